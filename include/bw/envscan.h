/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Look up variables in a raw environment block (NUL-separated NAME=VALUE
 * strings, as at the top of a new process's stack). Untrusted and possibly
 * truncated input: bounded by @len, never reads past it.
 */
#ifndef BW_ENVSCAN_H
#define BW_ENVSCAN_H

#include "bw_types.h"

/*
 * Copy the value of @name into @out (always NUL-terminated when @outlen > 0,
 * truncated if needed). Returns true if the variable is present.
 */
bool bw_env_get(const char *env, size_t len, const char *name,
		char *out, size_t outlen);

#endif
