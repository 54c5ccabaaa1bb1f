// SPDX-License-Identifier: MIT
/* BW_A_ALERT → struct bwc_alert, with strict libnl policies. */
#include "alert.h"

#include <string.h>
#include <netlink/attr.h>

#include "../../include/uapi/buildward.h"

static struct nla_policy alert_pol[BW_AL_MAX + 1] = {
	[BW_AL_SEQ] = { .type = NLA_U64 },
	[BW_AL_TIME] = { .type = NLA_U64 },
	[BW_AL_LOAD_ID] = { .type = NLA_U64 },
	[BW_AL_RULE] = { .type = NLA_STRING },
	[BW_AL_SEVERITY] = { .type = NLA_STRING },
	[BW_AL_UPGRADE] = { .type = NLA_FLAG },
	[BW_AL_CONTEXT] = { .type = NLA_NESTED },
	[BW_AL_EVIDENCE] = { .type = NLA_NESTED },
	[BW_AL_TREE] = { .type = NLA_NESTED },
	[BW_AL_COUNT_CRED] = { .type = NLA_U32 },
	[BW_AL_COUNT_EXFIL] = { .type = NLA_U32 },
	[BW_AL_COUNT_PERSIST] = { .type = NLA_U32 },
};

static struct nla_policy ctx_pol[BW_CTX_MAX + 1] = {
	[BW_CTX_ID] = { .type = NLA_U64 },
	[BW_CTX_PARENT_ID] = { .type = NLA_U64 },
	[BW_CTX_CREATED] = { .type = NLA_U64 },
	[BW_CTX_ROOT_PID] = { .type = NLA_U32 },
	[BW_CTX_KIND] = { .type = NLA_STRING },
	[BW_CTX_PARENT_KIND] = { .type = NLA_STRING },
	[BW_CTX_ROOT_EXE] = { .type = NLA_STRING },
	[BW_CTX_ROOT_CMDLINE] = { .type = NLA_UNSPEC },
	[BW_CTX_PKG_NAME] = { .type = NLA_STRING },
	[BW_CTX_PKG_VERSION] = { .type = NLA_STRING },
	[BW_CTX_PKG_SCRIPT] = { .type = NLA_STRING },
	[BW_CTX_PKG_DIR] = { .type = NLA_STRING },
	[BW_CTX_CI_PROVIDER] = { .type = NLA_STRING },
	[BW_CTX_CI_REPOSITORY] = { .type = NLA_STRING },
	[BW_CTX_CI_WORKFLOW] = { .type = NLA_STRING },
	[BW_CTX_CI_JOB] = { .type = NLA_STRING },
	[BW_CTX_CI_RUN_ID] = { .type = NLA_STRING },
	[BW_CTX_CI_STEP] = { .type = NLA_STRING },
};

static struct nla_policy ev_pol[BW_EV_MAX + 1] = {
	[BW_EV_CATEGORY] = { .type = NLA_STRING },
	[BW_EV_CLASS] = { .type = NLA_STRING },
	[BW_EV_TIME] = { .type = NLA_U64 },
	[BW_EV_PID] = { .type = NLA_U32 },
	[BW_EV_COMM] = { .type = NLA_STRING },
	[BW_EV_PATH] = { .type = NLA_STRING },
	[BW_EV_EXE] = { .type = NLA_STRING },
	[BW_EV_ARGV] = { .type = NLA_UNSPEC },
	[BW_EV_DEST] = { .type = NLA_STRING },
};

static struct nla_policy proc_pol[BW_PROC_MAX + 1] = {
	[BW_PROC_PID] = { .type = NLA_U32 },
	[BW_PROC_PPID] = { .type = NLA_U32 },
	[BW_PROC_COMM] = { .type = NLA_STRING },
	[BW_PROC_EXE] = { .type = NLA_STRING },
	[BW_PROC_CMDLINE] = { .type = NLA_UNSPEC },
};

static const char *str(struct nlattr *a)
{
	return a ? nla_get_string(a) : NULL;
}

static struct bwc_args args(struct nlattr *a)
{
	struct bwc_args r = { NULL, 0 };

	if (a) {
		r.p = nla_data(a);
		r.len = (size_t)nla_len(a);
	}
	return r;
}

static uint64_t u64(struct nlattr *a)
{
	return a ? nla_get_u64(a) : 0;
}

static uint32_t u32(struct nlattr *a)
{
	return a ? nla_get_u32(a) : 0;
}

static int parse_ctx(struct nlattr *nest, struct bwc_alert *a)
{
	struct nlattr *tb[BW_CTX_MAX + 1];
	int err = nla_parse_nested(tb, BW_CTX_MAX, nest, ctx_pol);

	if (err)
		return err;
	a->ctx.id = u64(tb[BW_CTX_ID]);
	a->ctx.parent_id = u64(tb[BW_CTX_PARENT_ID]);
	a->ctx.created = u64(tb[BW_CTX_CREATED]);
	a->ctx.root_pid = u32(tb[BW_CTX_ROOT_PID]);
	a->ctx.kind = str(tb[BW_CTX_KIND]);
	a->ctx.parent_kind = str(tb[BW_CTX_PARENT_KIND]);
	a->ctx.root_exe = str(tb[BW_CTX_ROOT_EXE]);
	a->ctx.root_cmdline = args(tb[BW_CTX_ROOT_CMDLINE]);
	a->ctx.pkg_name = str(tb[BW_CTX_PKG_NAME]);
	a->ctx.pkg_version = str(tb[BW_CTX_PKG_VERSION]);
	a->ctx.pkg_script = str(tb[BW_CTX_PKG_SCRIPT]);
	a->ctx.pkg_dir = str(tb[BW_CTX_PKG_DIR]);
	a->ctx.ci_provider = str(tb[BW_CTX_CI_PROVIDER]);
	a->ctx.ci_repository = str(tb[BW_CTX_CI_REPOSITORY]);
	a->ctx.ci_workflow = str(tb[BW_CTX_CI_WORKFLOW]);
	a->ctx.ci_job = str(tb[BW_CTX_CI_JOB]);
	a->ctx.ci_run_id = str(tb[BW_CTX_CI_RUN_ID]);
	a->ctx.ci_step = str(tb[BW_CTX_CI_STEP]);
	return 0;
}

static int parse_evidence(struct nlattr *nest, struct bwc_alert *a)
{
	struct nlattr *item;
	int rem, err;

	nla_for_each_nested(item, nest, rem) {
		struct nlattr *tb[BW_EV_MAX + 1];
		struct bwc_evidence *e;

		if (nla_type(item) != BW_AL_ITEM || a->n_ev >= BWC_MAX_ITEMS)
			continue;
		err = nla_parse_nested(tb, BW_EV_MAX, item, ev_pol);
		if (err)
			return err;
		e = &a->ev[a->n_ev++];
		e->category = str(tb[BW_EV_CATEGORY]);
		e->cls = str(tb[BW_EV_CLASS]);
		e->time = u64(tb[BW_EV_TIME]);
		e->pid = u32(tb[BW_EV_PID]);
		e->comm = str(tb[BW_EV_COMM]);
		e->path = str(tb[BW_EV_PATH]);
		e->exe = str(tb[BW_EV_EXE]);
		e->dest = str(tb[BW_EV_DEST]);
		e->argv = args(tb[BW_EV_ARGV]);
	}
	return 0;
}

static int parse_tree(struct nlattr *nest, struct bwc_alert *a)
{
	struct nlattr *item;
	int rem, err;

	nla_for_each_nested(item, nest, rem) {
		struct nlattr *tb[BW_PROC_MAX + 1];
		struct bwc_proc *p;

		if (nla_type(item) != BW_AL_ITEM || a->n_tree >= BWC_MAX_ITEMS)
			continue;
		err = nla_parse_nested(tb, BW_PROC_MAX, item, proc_pol);
		if (err)
			return err;
		p = &a->tree[a->n_tree++];
		p->pid = u32(tb[BW_PROC_PID]);
		p->ppid = u32(tb[BW_PROC_PPID]);
		p->comm = str(tb[BW_PROC_COMM]);
		p->exe = str(tb[BW_PROC_EXE]);
		p->cmdline = args(tb[BW_PROC_CMDLINE]);
	}
	return 0;
}

int bwc_alert_parse(struct nlattr *alert, struct bwc_alert *a)
{
	struct nlattr *tb[BW_AL_MAX + 1];
	int err;

	memset(a, 0, sizeof(*a));
	err = nla_parse_nested(tb, BW_AL_MAX, alert, alert_pol);
	if (err)
		return err;
	if (!tb[BW_AL_SEQ] || !tb[BW_AL_SEVERITY] || !tb[BW_AL_CONTEXT])
		return -NLE_MISSING_ATTR;
	a->seq = u64(tb[BW_AL_SEQ]);
	a->time = u64(tb[BW_AL_TIME]);
	a->load_id = u64(tb[BW_AL_LOAD_ID]);
	a->rule = str(tb[BW_AL_RULE]);
	a->severity = str(tb[BW_AL_SEVERITY]);
	a->upgrade = tb[BW_AL_UPGRADE] != NULL;
	a->count_cred = u32(tb[BW_AL_COUNT_CRED]);
	a->count_exfil = u32(tb[BW_AL_COUNT_EXFIL]);
	a->count_persist = u32(tb[BW_AL_COUNT_PERSIST]);
	err = parse_ctx(tb[BW_AL_CONTEXT], a);
	if (!err && tb[BW_AL_EVIDENCE])
		err = parse_evidence(tb[BW_AL_EVIDENCE], a);
	if (!err && tb[BW_AL_TREE])
		err = parse_tree(tb[BW_AL_TREE], a);
	return err;
}
