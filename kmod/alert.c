// SPDX-License-Identifier: GPL-2.0
/*
 * Alerts: raised from hook context into a bounded lock-free pending list;
 * a work item (process context) numbers them, encodes each once into its
 * netlink form, keeps it in the backlog ring for replay, and multicasts it.
 * Nothing here sleeps on the hook side; netlink never runs in a hook.
 */
#include <linux/llist.h>
#include <linux/mutex.h>
#include <linux/random.h>
#include <linux/slab.h>
#include <linux/workqueue.h>
#include <net/genetlink.h>
#include "bw.h"
#include "alert.h"
#include "../include/uapi/buildward.h"

#define BW_PENDING_MAX 256

static LLIST_HEAD(bw_pending);
static atomic_t bw_npending = ATOMIC_INIT(0);
static struct work_struct bw_alert_work;
static bool bw_alerts_ready;

struct bw_ring_entry {
	u64 seq;
	u32 len;
	void *nest;	/* a complete BW_A_ALERT attribute */
};

static DEFINE_MUTEX(bw_ring_lock);	/* ring, bw_seq */
static struct bw_ring_entry *bw_ring;
static unsigned int bw_ring_head, bw_ring_count;
static u64 bw_seq;
u64 bw_load_id;

static bool bw_ctx_within(struct bw_ctx *c, struct bw_ctx *outer)
{
	for (; c; c = c->parent)
		if (c == outer)
			return true;
	return false;
}

/* The acting process and its ancestors inside @ctx, root first. */
static void bw_capture_tree(struct bw_pending *p, struct bw_ctx *ctx,
			    struct task_struct *t)
{
	struct bw_tree_node tmp[BW_TREE_MAX];
	pid_t last = 0;
	int n = 0, i;

	while (t && n < BW_TREE_MAX) {
		struct bw_tag *tag = bw_tag_lookup(t);
		struct task_struct *parent = rcu_dereference(t->real_parent);

		if (!tag || !bw_ctx_within(tag->ctx, ctx))
			break;
		if (task_tgid_nr(t) != last) {
			last = task_tgid_nr(t);
			tmp[n].pid = last;
			tmp[n].ppid = task_tgid_nr(parent);
			strscpy(tmp[n].comm, t->comm, sizeof(tmp[n].comm));
			tmp[n].pi = bw_procinfo_get(tag->pi);
			n++;
		}
		if (last == ctx->root_pid || parent == t)
			break;
		t = parent;
	}
	for (i = 0; i < n; i++)
		p->tree[i] = tmp[n - 1 - i];
	p->n_tree = n;
}

void bw_alert_raise(struct bw_ctx *ctx, u8 severity, bool upgrade,
		    struct task_struct *actor, struct bw_attrib *attr)
{
	struct bw_pending *p;

	if (!READ_ONCE(bw_alerts_ready))
		return;
	bw_count(BW_C_ALERTS_RAISED);
	if (atomic_inc_return(&bw_npending) > BW_PENDING_MAX) {
		atomic_dec(&bw_npending);
		bw_count(BW_C_ALERTS_DROPPED_QUEUE);
		return;
	}
	p = kzalloc(sizeof(*p), GFP_ATOMIC);
	if (!p) {
		atomic_dec(&bw_npending);
		bw_count(BW_C_ALLOC_FAILURES);
		bw_count(BW_C_ALERTS_DROPPED_QUEUE);
		return;
	}
	bw_ctx_get(ctx);
	p->ctx = ctx;
	p->attr = bw_attrib_get(attr);
	p->severity = severity;
	p->upgrade = upgrade;
	p->time = bw_now_real();
	bw_capture_tree(p, ctx, actor);
	llist_add(&p->node, &bw_pending);
	queue_work(system_unbound_wq, &bw_alert_work);
}

static void bw_pending_free(struct bw_pending *p)
{
	int i;

	for (i = 0; i < p->n_tree; i++)
		bw_procinfo_put(p->tree[i].pi);
	bw_attrib_put(p->attr);
	bw_ctx_put(p->ctx);
	kfree(p);
	atomic_dec(&bw_npending);
}

/* Store in the ring (evicting the oldest, counted). Under bw_ring_lock. */
static void bw_ring_store(u64 seq, void *nest, u32 len)
{
	struct bw_ring_entry *e = &bw_ring[bw_ring_head];

	if (e->nest) {
		kfree(e->nest);
		bw_count(BW_C_ALERTS_EVICTED_BACKLOG);
	}
	e->seq = seq;
	e->nest = nest;
	e->len = len;
	bw_ring_head = (bw_ring_head + 1) % bw_cfg.backlog;
	if (bw_ring_count < bw_cfg.backlog)
		bw_ring_count++;
}

static void bw_alert_work_fn(struct work_struct *work)
{
	struct llist_node *list = llist_reverse_order(llist_del_all(&bw_pending));
	struct bw_pending *p, *tmp;

	llist_for_each_entry_safe(p, tmp, list, node) {
		void *nest;
		u32 len;
		u64 seq;

		mutex_lock(&bw_ring_lock);
		seq = bw_seq + 1;
		nest = bw_alert_encode(p, seq, &len);
		if (nest) {
			bw_seq = seq;
			bw_ring_store(seq, nest, len);
			bw_count(BW_C_ALERTS);
			if (bw_netlink_multicast_alert(nest, len))
				bw_count(BW_C_ALERTS_MCAST_FAILED);
		} else {
			bw_count(BW_C_ALERTS_DROPPED_QUEUE);
		}
		mutex_unlock(&bw_ring_lock);
		bw_pending_free(p);
	}
}

u64 bw_alerts_last_seq(void)
{
	u64 s;

	mutex_lock(&bw_ring_lock);
	s = bw_seq;
	mutex_unlock(&bw_ring_lock);
	return s;
}

/*
 * Dump every alert with seq > @since that is still in the ring, oldest
 * first; cb->args[0] remembers progress across dump calls.
 */
int bw_alerts_dump(struct sk_buff *skb, struct netlink_callback *cb, u64 since)
{
	unsigned int i, idx;
	int added = 0;

	if (!cb->args[1]) {
		cb->args[0] = since;
		cb->args[1] = 1;
	}
	mutex_lock(&bw_ring_lock);
	for (i = 0; i < bw_ring_count; i++) {
		struct bw_ring_entry *e;
		void *hdr;

		idx = (bw_ring_head + bw_cfg.backlog - bw_ring_count + i) % bw_cfg.backlog;
		e = &bw_ring[idx];
		if (e->seq <= (u64)cb->args[0])
			continue;
		hdr = genlmsg_put(skb, NETLINK_CB(cb->skb).portid, cb->nlh->nlmsg_seq,
				  &bw_genl_family, NLM_F_MULTI, BW_CMD_ALERT);
		if (!hdr || skb_tailroom(skb) < (int)e->len) {
			if (hdr)
				genlmsg_cancel(skb, hdr);
			mutex_unlock(&bw_ring_lock);
			/* an alert larger than an empty dump buffer: say so */
			return added ? skb->len : -EMSGSIZE;
		}
		skb_put_data(skb, e->nest, e->len);
		genlmsg_end(skb, hdr);
		cb->args[0] = e->seq;
		added++;
	}
	mutex_unlock(&bw_ring_lock);
	return skb->len;
}

int bw_alerts_init(void)
{
	bw_ring = kcalloc(bw_cfg.backlog, sizeof(*bw_ring), GFP_KERNEL);
	if (!bw_ring)
		return -ENOMEM;
	get_random_bytes(&bw_load_id, sizeof(bw_load_id));
	INIT_WORK(&bw_alert_work, bw_alert_work_fn);
	WRITE_ONCE(bw_alerts_ready, true);
	return 0;
}

/* Hooks are gone: finish queued work, then free. */
void bw_alerts_exit(void)
{
	struct llist_node *list;
	struct bw_pending *p, *tmp;
	unsigned int i;

	WRITE_ONCE(bw_alerts_ready, false);
	cancel_work_sync(&bw_alert_work);
	list = llist_del_all(&bw_pending);
	llist_for_each_entry_safe(p, tmp, list, node)
		bw_pending_free(p);
	for (i = 0; i < bw_cfg.backlog; i++)
		kfree(bw_ring[i].nest);
	kfree(bw_ring);
	bw_ring = NULL;
}
