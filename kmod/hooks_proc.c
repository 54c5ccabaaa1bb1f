// SPDX-License-Identifier: GPL-2.0
/*
 * Process lifecycle hooks: sched_process_{exec,fork,exit} tracepoints.
 * They are not exported to modules by name, so they are found with
 * for_each_kernel_tracepoint() (as Falco's driver and LKRG do).
 */
#include <linux/tracepoint.h>
#include <linux/binfmts.h>
#include <linux/sched.h>
#include "bw.h"
#include "compat.h"

static void bw_tp_exec(void *data, struct task_struct *p, pid_t old_pid,
		       struct linux_binprm *bprm)
{
	bw_count(BW_C_HOOK_EXEC);
	rcu_read_lock();
	bw_classify_exec(p, bprm);
	rcu_read_unlock();
}

static void bw_tp_fork(void *data, struct task_struct *parent,
		       struct task_struct *child)
{
	struct bw_tag *ptag;

	if (!bw_any_tags())
		return;
	bw_count(BW_C_HOOK_FORK);
	rcu_read_lock();
	ptag = bw_tag_lookup(parent);
	if (ptag)
		bw_tag_insert(child, ptag->ctx, ptag->pi, ptag->attr);
	rcu_read_unlock();
}

static void bw_tp_exit(void *data, struct task_struct *p BW_TP_EXIT_EXTRA_ARGS)
{
	if (!bw_any_tags())
		return;
	bw_count(BW_C_HOOK_EXIT);
	bw_tag_remove(p);
}

struct bw_tp {
	const char *name;
	void *probe;
	struct tracepoint *tp;
	bool registered;
};

static struct bw_tp bw_tps[] = {
	{ .name = "sched_process_exec", .probe = bw_tp_exec },
	{ .name = "sched_process_fork", .probe = bw_tp_fork },
	{ .name = "sched_process_exit", .probe = bw_tp_exit },
};

static void bw_tp_find(struct tracepoint *tp, void *priv)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(bw_tps); i++)
		if (!strcmp(tp->name, bw_tps[i].name))
			bw_tps[i].tp = tp;
}

void bw_hooks_proc_exit(void)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(bw_tps); i++) {
		if (!bw_tps[i].registered)
			continue;
		tracepoint_probe_unregister(bw_tps[i].tp, bw_tps[i].probe, NULL);
		bw_tps[i].registered = false;
	}
	tracepoint_synchronize_unregister();
}

/* All three are required: without them there are no contexts at all. */
int bw_hooks_proc_init(void)
{
	size_t i;
	int err;

	for_each_kernel_tracepoint(bw_tp_find, NULL);
	for (i = 0; i < ARRAY_SIZE(bw_tps); i++) {
		if (!bw_tps[i].tp) {
			pr_err("buildward: tracepoint %s not found\n", bw_tps[i].name);
			err = -ENOENT;
			goto fail;
		}
		err = tracepoint_probe_register(bw_tps[i].tp, bw_tps[i].probe, NULL);
		if (err) {
			pr_err("buildward: cannot attach to tracepoint %s: %d\n",
			       bw_tps[i].name, err);
			goto fail;
		}
		bw_tps[i].registered = true;
	}
	return 0;
fail:
	bw_hooks_proc_exit();
	return err;
}
