// SPDX-License-Identifier: GPL-2.0
/*
 * File opens by tagged tasks: credential reads and persistence writes.
 * The basename prefilter runs on the dentry name; a full path is built
 * (d_path into a per-CPU buffer) only for candidates.
 */
#include <linux/dcache.h>
#include <linux/fs.h>
#include <linux/path.h>
#include <linux/sched.h>
#include "bw.h"
#include "scratch.h"
#include "../include/bw/pathrules.h"
#include "../include/bw/allow.h"

/* Expected access (allow rules): a package manager reading its own config. */
static bool bw_file_access_allowed(struct bw_tag *tag, int cls)
{
	struct task_struct *parent = rcu_dereference(current->real_parent);
	struct bw_tag *ptag = bw_tag_lookup(parent);
	struct bw_reader r = {
		.kind = tag->ctx->kind,
		.cls = cls,
		.is_root = task_tgid_nr(current) == tag->ctx->root_pid,
		.prog = tag->pi ? tag->pi->prog : NULL,
		.parent_prog = ptag && ptag->pi ? ptag->pi->prog : NULL,
	};

	return bw_allow_match(bw_default_allow_rules, bw_default_allow_rules_count, &r);
}

void bw_classify_file_open(struct file *f)
{
	const struct bw_path_rule *rules = bw_default_path_rules;
	size_t n = bw_default_path_rules_count;
	struct bw_file_scratch *s;
	struct bw_signal sig = {};
	unsigned int access = 0;
	struct bw_tag *tag;
	const char *path;

	tag = bw_tag_lookup(current);
	if (!tag)
		return;
	if (f->f_mode & FMODE_READ)
		access |= BW_ACC_READ;
	if (f->f_mode & FMODE_WRITE)
		access |= BW_ACC_WRITE;
	/* d_name is stable enough under RCU for a prefilter */
	if (!bw_path_prefilter(rules, n, f->f_path.dentry->d_name.name,
			       f->f_path.dentry->d_parent->d_name.name, access))
		return;

	s = this_cpu_ptr(bw_file_scratch);
	path = d_path(&f->f_path, s->path, sizeof(s->path));
	if (IS_ERR(path))
		return;
	bw_count(BW_C_PATHS_RESOLVED);
	sig.cls = bw_path_classify(rules, n, path, access);
	if (sig.cls == BW_CLASS_NONE)
		return;
	if (bw_file_access_allowed(tag, sig.cls)) {
		bw_count(BW_C_SIGNALS_ALLOWED);
		return;
	}
	sig.path = path;
	bw_signal(tag, &sig);
}
