// SPDX-License-Identifier: GPL-2.0 OR MIT
#include "envscan.h"

bool bw_env_get(const char *env, size_t len, const char *name,
		char *out, size_t outlen)
{
	size_t nlen = strlen(name), i = 0, j, n;

	while (i < len) {
		size_t start = i;

		while (i < len && env[i])
			i++;
		/* [start, i) is one NAME=VALUE string (maybe truncated) */
		if (i - start > nlen && !memcmp(env + start, name, nlen) &&
		    env[start + nlen] == '=') {
			if (outlen) {
				j = start + nlen + 1;
				n = i - j;
				if (n > outlen - 1)
					n = outlen - 1;
				memcpy(out, env + j, n);
				out[n] = '\0';
			}
			return true;
		}
		i++;
	}
	return false;
}
