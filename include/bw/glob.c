// SPDX-License-Identifier: GPL-2.0 OR MIT
#include "glob.h"

/*
 * Two backtrack points: the last single '*' (may not swallow '/') and the
 * last '**' (may). When the single star cannot grow any more we fall back
 * to growing the double star, which subsumes everything after it.
 */
bool bw_glob_match(const char *pat, const char *str)
{
	const char *p = pat, *s = str;
	const char *star_p = NULL, *star_s = NULL;	/* single '*' */
	const char *dstar_p = NULL, *dstar_s = NULL;	/* '**' */

	for (;;) {
		if (*p == '*') {
			if (p[1] == '*') {
				while (*p == '*')
					p++;
				dstar_p = p;
				dstar_s = s;
				star_p = NULL;
			} else {
				p++;
				star_p = p;
				star_s = s;
			}
			continue;
		}
		if (*s == '\0') {
			if (*p == '\0')
				return true;
			goto backtrack;
		}
		if (*p == '?' ? *s != '/' : *p == *s) {
			p++;
			s++;
			continue;
		}
backtrack:
		if (star_p && *star_s != '\0' && *star_s != '/') {
			star_s++;
			p = star_p;
			s = star_s;
			continue;
		}
		if (dstar_p && *dstar_s != '\0') {
			dstar_s++;
			p = dstar_p;
			s = dstar_s;
			star_p = NULL;
			continue;
		}
		return false;
	}
}

bool bw_path_match(const char *pat, const char *path)
{
	const char *rest;
	size_t n;

	if (pat[0] != '~' || pat[1] != '/')
		return bw_glob_match(pat, path);
	rest = pat + 2;
	if (!strncmp(path, "/root/", 6))
		return bw_glob_match(rest, path + 6);
	if (strncmp(path, "/home/", 6))
		return false;
	path += 6;
	for (n = 0; path[n] && path[n] != '/'; n++)
		;
	if (n == 0 || path[n] != '/')
		return false;
	return bw_glob_match(rest, path + n + 1);
}

const char *bw_glob_basename(const char *pat)
{
	const char *b = pat, *c;

	for (c = pat; *c; c++)
		if (*c == '/')
			b = c + 1;
	return b;
}
