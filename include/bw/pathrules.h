/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Path rules: which file accesses are credential access (read) or
 * persistence (write). Default tables follow DESIGN §3.1 and §3.3; the
 * module can replace them at run time.
 */
#ifndef BW_PATHRULES_H
#define BW_PATHRULES_H

#include "bw_types.h"

enum bw_access {
	BW_ACC_READ = 1,
	BW_ACC_WRITE = 2,
};

struct bw_path_rule {
	const char *glob;
	uint8_t cls;	/* enum bw_class */
	uint8_t access;	/* enum bw_access bits that trigger it */
};

extern const struct bw_path_rule bw_default_path_rules[];
extern const size_t bw_default_path_rules_count;

/*
 * First rule whose glob matches @path and whose access bits intersect
 * @access; returns its class or BW_CLASS_NONE. Rules whose class has a
 * '!' exclusion glob (e.g. "*.pub") are listed before as BW_CLASS_NONE.
 */
int bw_path_classify(const struct bw_path_rule *rules, size_t n,
		     const char *path, unsigned int access);

/*
 * Cheap test before any full path is built: true if some rule could match
 * a file named @name in a directory named @parent (NULL: unknown).
 */
bool bw_path_prefilter(const struct bw_path_rule *rules, size_t n,
		       const char *name, const char *parent, unsigned int access);

#endif
