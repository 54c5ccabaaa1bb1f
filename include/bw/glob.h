/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Path globs for rule tables. '*' and '?' never cross '/', '**' does,
 * a leading "~/" means any home directory (/root/ or /home/<one>/).
 * Matching is iterative with bounded backtracking: safe on a kernel stack
 * and linear-ish in the input for the patterns rules use.
 */
#ifndef BW_GLOB_H
#define BW_GLOB_H

#include "bw_types.h"

bool bw_glob_match(const char *pat, const char *str);
bool bw_path_match(const char *pat, const char *path);
/* The last '/'-separated component of a pattern (for the basename prefilter). */
const char *bw_glob_basename(const char *pat);

#endif
