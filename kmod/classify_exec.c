// SPDX-License-Identifier: GPL-2.0
/*
 * Exec: start contexts (package installs, CI runners), learn attribution
 * from the new environment, and classify the command line as a signal.
 * Runs in the sched_process_exec tracepoint, in the new image's task,
 * with preemption disabled: user memory is read with the _nofault copy
 * (argv and env were just written by exec, so they are resident).
 */
#include <linux/binfmts.h>
#include <linux/dcache.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/uaccess.h>
#include <linux/sched/mm.h>
#include "bw.h"
#include "scratch.h"
#include "../include/bw/argv.h"
#include "../include/bw/envscan.h"

/* Copy [start, end) of the task's memory, bounded by @cap. */
static size_t bw_read_user_block(unsigned long start, unsigned long end,
				 char *buf, size_t cap)
{
	size_t len;

	if (end <= start)
		return 0;
	len = min_t(size_t, end - start, cap);
	if (copy_from_user_nofault(buf, (const void __user *)start, len)) {
		bw_count(BW_C_USER_READ_FAULTS);
		return 0;
	}
	return len;
}

/* npm sets these for every lifecycle script it runs (DESIGN §2). */
static struct bw_attrib *bw_attrib_from_env(const char *env, size_t len,
					    struct bw_attrib *cur)
{
	struct bw_attrib *a;
	char name[BW_ATTR_LEN];

	if (!bw_env_get(env, len, "npm_package_name", name, sizeof(name)) || !name[0])
		return NULL;
	if (cur && !strcmp(cur->pkg_name, name))
		return NULL;
	a = bw_attrib_new();
	if (!a)
		return NULL;
	strscpy(a->pkg_name, name, sizeof(a->pkg_name));
	bw_env_get(env, len, "npm_package_version", a->pkg_version, sizeof(a->pkg_version));
	bw_env_get(env, len, "npm_lifecycle_event", a->pkg_script, sizeof(a->pkg_script));
	return a;
}

void bw_classify_exec(struct task_struct *t, struct linux_binprm *bprm)
{
	struct bw_exec_scratch *s;
	struct mm_struct *mm = t->mm;
	struct bw_procinfo *pi;
	struct bw_attrib *attr;
	struct bw_argv argv;
	struct bw_tag *tag;
	const char *exe;
	size_t alen, elen;
	int kind, cls;

	tag = bw_tag_lookup(t);
	if (!tag && !bw_exec_name_may_start_context(kbasename(bprm->filename)))
		return;
	if (!mm)
		return;

	s = this_cpu_ptr(bw_exec_scratch);
	alen = bw_read_user_block(mm->arg_start, mm->arg_end, s->argv, sizeof(s->argv));
	if (!alen)
		return;
	/* Splitting only terminates the last word: s->argv stays the raw argv. */
	bw_argv_split(&argv, s->argv, alen);
	kind = bw_argv_context_kind(bprm->filename, &argv);
	if (!tag && kind == BW_KIND_NONE)
		return;		/* the common untagged case: nothing built */

	exe = d_path(&bprm->file->f_path, s->path, sizeof(s->path));
	if (IS_ERR(exe))
		exe = bprm->filename;
	pi = bw_procinfo_new(exe, bw_argv_program(bprm->filename, &argv), s->argv, alen);

	if (kind != BW_KIND_NONE && (!tag || tag->ctx->kind != kind)) {
		struct bw_ctx *ctx = bw_ctx_create(kind, tag ? tag->ctx : NULL, t, pi);

		if (ctx) {
			if (tag)
				bw_tag_set_ctx(tag, ctx);
			else
				tag = bw_tag_insert(t, ctx, pi, NULL);
			bw_ctx_put(ctx);
		}
	}
	if (!tag)
		goto out;

	/* the tag keeps this exec's procinfo (a new tag already holds it) */
	if (tag->pi != pi) {
		bw_procinfo_put(tag->pi);
		tag->pi = bw_procinfo_get(pi);
	}

	elen = bw_read_user_block(mm->env_start, mm->env_end, s->env, sizeof(s->env));
	attr = bw_attrib_from_env(s->env, elen, tag->attr);
	if (attr) {
		bw_attrib_put(tag->attr);
		tag->attr = attr;
	}

	cls = bw_argv_exec_class(&argv, bw_kind_is_install(tag->ctx->kind) ?
					  BW_EXEC_IN_INSTALL : 0);
	if (cls != BW_CLASS_NONE) {
		struct bw_signal sig = { .cls = cls };

		bw_signal(tag, &sig);
	}
out:
	bw_procinfo_put(pi);
}
