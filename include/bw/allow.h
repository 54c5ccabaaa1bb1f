/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Allow rules: credential access that is expected (DESIGN §3.1, last
 * paragraph) — a package manager's own root process reading its own
 * configuration, ssh run by git reading keys for a git+ssh dependency.
 * A rule names the reader by program (as bw_argv_program() sees it, so a
 * "python3 setup.py" root is not "pip"), optionally its parent's program,
 * and whether it must be the context's root process.
 */
#ifndef BW_ALLOW_H
#define BW_ALLOW_H

#include "bw_types.h"

#define BW_KBIT(k) (1u << (k))

struct bw_allow_rule {
	uint32_t kinds;		/* BW_KBIT() of context kinds; 0: any install */
	uint8_t cls;		/* enum bw_class */
	bool root_only;		/* the reader must be the context's root */
	const char *prog;	/* glob on the reader's program */
	const char *parent_prog;	/* glob on its parent's program, or NULL */
};

extern const struct bw_allow_rule bw_default_allow_rules[];
extern const size_t bw_default_allow_rules_count;

/* The reader, as the hook sees it. */
struct bw_reader {
	int kind;		/* innermost context kind */
	int cls;		/* signal class */
	bool is_root;		/* its thread group is the context's root */
	const char *prog;	/* bw_argv_program() of its exec */
	const char *parent_prog;	/* same for its parent, or NULL if unknown */
};

bool bw_allow_match(const struct bw_allow_rule *rules, size_t n,
		    const struct bw_reader *r);

#endif
