/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Command-line classification: which exec starts a package installation or
 * CI runner context, and which exec is itself a signal (upload tools, …).
 * Input is untrusted (any process chooses its argv): every loop is bounded
 * by BW_ARGV_MAX and the strings are NUL-terminated by bw_argv_split().
 */
#ifndef BW_ARGV_H
#define BW_ARGV_H

#include "bw_types.h"

#define BW_ARGV_MAX 64

struct bw_argv {
	const char *v[BW_ARGV_MAX];
	int n;
};

/*
 * Split a /proc/<pid>/cmdline-style buffer (NUL-separated, @len bytes) in
 * place. A missing final NUL is replaced by truncating the last byte.
 */
void bw_argv_split(struct bw_argv *a, char *buf, size_t len);

/* Final path component of @path. */
const char *bw_basename(const char *path);

/*
 * Context kind (enum bw_kind) started by executing @filename with @a, or
 * BW_KIND_NONE. Sees through env, interpreters (node, python, sh) and
 * "python -m pip".
 */
int bw_argv_context_kind(const char *filename, const struct bw_argv *a);

/*
 * Name of the program @filename with @a really runs (through env,
 * interpreters, "python -m"): "npm" for "env node /usr/bin/npm install",
 * "setup.py" for "python3 setup.py install"; "" for inline code. Points
 * into @a or @filename.
 */
const char *bw_argv_program(const char *filename, const struct bw_argv *a);

/* Cheap pre-check on the executable's basename for bw_argv_context_kind(). */
bool bw_exec_name_may_start_context(const char *name);

enum bw_exec_flags {
	BW_EXEC_IN_INSTALL = 1,	/* the task is inside a package install */
};

/*
 * Signal class (enum bw_class) of executing @a, or BW_CLASS_NONE:
 * network_upload_tool and friends (DESIGN §3.2).
 */
int bw_argv_exec_class(const struct bw_argv *a, unsigned int flags);

#endif
