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
	/*
	 * Default allow rule (DESIGN §3.1): a package manager's own root
	 * process reading its registry/VCS credentials is expected.
	 */
	if ((sig.cls == BW_CLASS_REGISTRY_TOKEN || sig.cls == BW_CLASS_VCS_TOKEN) &&
	    bw_kind_is_install(tag->ctx->kind) &&
	    task_tgid_nr(current) == tag->ctx->root_pid) {
		bw_count(BW_C_SIGNALS_ALLOWED);
		return;
	}
	sig.path = path;
	bw_signal(tag, &sig);
}
