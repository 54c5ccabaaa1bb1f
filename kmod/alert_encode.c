// SPDX-License-Identifier: GPL-2.0
/*
 * The netlink form of an alert (enum bw_alert_attr in the uapi header):
 * a snapshot of the context taken under its lock, the evidence, and the
 * process tree captured when the alert was raised.
 */
#include <linux/slab.h>
#include <net/netlink.h>
#include "bw.h"
#include "alert.h"
#include "../include/uapi/buildward.h"

#define BW_RULE_EXFIL "supply_chain_secret_exfiltration"

static int bw_put_str(struct sk_buff *skb, int type, const char *s)
{
	return s && s[0] ? nla_put_string(skb, type, s) : 0;
}

/* argv in a procinfo is NUL-separated; send it as binary. */
static int bw_put_argv(struct sk_buff *skb, int type, const struct bw_procinfo *pi)
{
	if (!pi || !pi->argv_len)
		return 0;
	return nla_put(skb, type, pi->argv_len, pi->argv);
}

static int bw_encode_attrib(struct sk_buff *skb, const struct bw_attrib *a)
{
	if (!a)
		return 0;
	if (bw_put_str(skb, BW_CTX_PKG_NAME, a->pkg_name) ||
	    bw_put_str(skb, BW_CTX_PKG_VERSION, a->pkg_version) ||
	    bw_put_str(skb, BW_CTX_PKG_SCRIPT, a->pkg_script))
		return -EMSGSIZE;
	return 0;
}

/* Package of the actor, else of the first evidence that has one. */
static const struct bw_attrib *bw_alert_attrib(struct bw_pending *p)
{
	struct bw_evidence *ev;

	if (p->attr)
		return p->attr;
	list_for_each_entry(ev, &p->ctx->evidence, node)
		if (ev->attr)
			return ev->attr;
	return NULL;
}

static int bw_encode_context(struct sk_buff *skb, struct bw_pending *p)
{
	struct bw_ctx *ctx = p->ctx;
	struct nlattr *nest = nla_nest_start(skb, BW_AL_CONTEXT);

	if (!nest)
		return -EMSGSIZE;
	if (nla_put_u64_64bit(skb, BW_CTX_ID, ctx->id, BW_CTX_PAD) ||
	    nla_put_string(skb, BW_CTX_KIND, bw_kind_name(ctx->kind)) ||
	    nla_put_u32(skb, BW_CTX_ROOT_PID, ctx->root_pid) ||
	    nla_put_u64_64bit(skb, BW_CTX_CREATED, ctx->created, BW_CTX_PAD) ||
	    (ctx->root && (bw_put_str(skb, BW_CTX_ROOT_EXE, ctx->root->exe) ||
			   bw_put_argv(skb, BW_CTX_ROOT_CMDLINE, ctx->root))) ||
	    bw_put_str(skb, BW_CTX_CI_PROVIDER, bw_kind_provider(ctx->kind)) ||
	    bw_encode_attrib(skb, bw_alert_attrib(p)))
		goto cancel;
	if (ctx->parent &&
	    (nla_put_u64_64bit(skb, BW_CTX_PARENT_ID, ctx->parent->id, BW_CTX_PAD) ||
	     nla_put_string(skb, BW_CTX_PARENT_KIND, bw_kind_name(ctx->parent->kind))))
		goto cancel;
	nla_nest_end(skb, nest);
	return 0;
cancel:
	nla_nest_cancel(skb, nest);
	return -EMSGSIZE;
}

static int bw_encode_evidence_one(struct sk_buff *skb, const struct bw_evidence *ev)
{
	struct nlattr *item = nla_nest_start(skb, BW_AL_ITEM);

	if (!item)
		return -EMSGSIZE;
	if (nla_put_string(skb, BW_EV_CATEGORY, bw_category_name(ev->category)) ||
	    nla_put_string(skb, BW_EV_CLASS, bw_class_name(ev->cls)) ||
	    nla_put_u64_64bit(skb, BW_EV_TIME, ev->time, BW_EV_PAD) ||
	    nla_put_u32(skb, BW_EV_PID, ev->pid) ||
	    bw_put_str(skb, BW_EV_COMM, ev->comm) ||
	    bw_put_str(skb, BW_EV_PATH, ev->path) ||
	    bw_put_str(skb, BW_EV_DEST, ev->dest) ||
	    (ev->pi && (bw_put_str(skb, BW_EV_EXE, ev->pi->exe) ||
			bw_put_argv(skb, BW_EV_ARGV, ev->pi)))) {
		nla_nest_cancel(skb, item);
		return -EMSGSIZE;
	}
	nla_nest_end(skb, item);
	return 0;
}

/* Evidence that does not fit is left out and counted. Under ctx->lock. */
static int bw_encode_evidence(struct sk_buff *skb, struct bw_ctx *ctx)
{
	struct nlattr *nest = nla_nest_start(skb, BW_AL_EVIDENCE);
	struct bw_evidence *ev;

	if (!nest)
		return -EMSGSIZE;
	list_for_each_entry(ev, &ctx->evidence, node)
		if (bw_encode_evidence_one(skb, ev))
			bw_count(BW_C_EVIDENCE_DROPPED);
	nla_nest_end(skb, nest);
	return 0;
}

static int bw_encode_tree(struct sk_buff *skb, struct bw_pending *p)
{
	struct nlattr *nest = nla_nest_start(skb, BW_AL_TREE);
	int i;

	if (!nest)
		return -EMSGSIZE;
	for (i = 0; i < p->n_tree; i++) {
		const struct bw_tree_node *n = &p->tree[i];
		struct nlattr *item = nla_nest_start(skb, BW_AL_ITEM);

		if (!item)
			break;
		if (nla_put_u32(skb, BW_PROC_PID, n->pid) ||
		    nla_put_u32(skb, BW_PROC_PPID, n->ppid) ||
		    bw_put_str(skb, BW_PROC_COMM, n->comm) ||
		    (n->pi && (bw_put_str(skb, BW_PROC_EXE, n->pi->exe) ||
			       bw_put_argv(skb, BW_PROC_CMDLINE, n->pi)))) {
			nla_nest_cancel(skb, item);
			break;
		}
		nla_nest_end(skb, item);
	}
	nla_nest_end(skb, nest);
	return 0;
}

void *bw_alert_encode(struct bw_pending *p, u64 seq, u32 *len)
{
	struct bw_ctx *ctx = p->ctx;
	struct sk_buff *skb;
	struct nlattr *nest;
	void *out = NULL;
	int err;

	skb = nlmsg_new(BW_ALERT_MAX_BYTES, GFP_KERNEL);
	if (!skb) {
		bw_count(BW_C_ALLOC_FAILURES);
		return NULL;
	}
	nest = nla_nest_start(skb, BW_A_ALERT);
	if (!nest)
		goto out;
	err = nla_put_u64_64bit(skb, BW_AL_SEQ, seq, BW_AL_PAD) ||
	      nla_put_u64_64bit(skb, BW_AL_LOAD_ID, bw_load_id, BW_AL_PAD) ||
	      nla_put_u64_64bit(skb, BW_AL_TIME, p->time, BW_AL_PAD) ||
	      nla_put_string(skb, BW_AL_RULE, BW_RULE_EXFIL) ||
	      nla_put_string(skb, BW_AL_SEVERITY, bw_severity_name(p->severity)) ||
	      (p->upgrade && nla_put_flag(skb, BW_AL_UPGRADE));
	if (err)
		goto out;

	spin_lock(&ctx->lock);
	err = bw_encode_context(skb, p) ||
	      nla_put_u32(skb, BW_AL_COUNT_CRED, ctx->corr.count[BW_CAT_CREDENTIAL]) ||
	      nla_put_u32(skb, BW_AL_COUNT_EXFIL, ctx->corr.count[BW_CAT_EXFIL]) ||
	      nla_put_u32(skb, BW_AL_COUNT_PERSIST, ctx->corr.count[BW_CAT_PERSIST]) ||
	      bw_encode_evidence(skb, ctx);
	spin_unlock(&ctx->lock);
	if (err || bw_encode_tree(skb, p))
		goto out;
	nla_nest_end(skb, nest);

	*len = NLA_ALIGN(nest->nla_len);
	out = kmemdup(nest, *len, GFP_KERNEL);
	if (!out)
		bw_count(BW_C_ALLOC_FAILURES);
out:
	kfree_skb(skb);
	return out;
}
