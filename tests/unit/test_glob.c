// SPDX-License-Identifier: MIT
#include <stdlib.h>
#include "test.h"
#include "bw/glob.h"

/* Obviously-correct recursive reference for the iterative matcher. */
static int ref(const char *p, const char *s)
{
	if (!*p)
		return !*s;
	if (p[0] == '*' && p[1] == '*') {
		while (*p == '*')
			p++;
		for (;; s++) {
			if (ref(p, s))
				return 1;
			if (!*s)
				return 0;
		}
	}
	if (*p == '*') {
		for (;; s++) {
			if (ref(p + 1, s))
				return 1;
			if (!*s || *s == '/')
				return 0;
		}
	}
	if (!*s)
		return 0;
	if (*p == '?' ? *s != '/' : *p == *s)
		return ref(p + 1, s + 1);
	return 0;
}

static void rnd(char *b, int n, const char *alpha)
{
	int i, len = rand() % n;

	for (i = 0; i < len; i++)
		b[i] = alpha[rand() % strlen(alpha)];
	b[len] = '\0';
}

void test_glob(void)
{
	char p[16], s[20];
	int i, mismatches = 0;

	CHECK(bw_glob_match("/etc/crontab", "/etc/crontab"));
	CHECK(!bw_glob_match("/etc/crontab", "/etc/crontab2"));
	CHECK(bw_glob_match("/etc/cron.d/*", "/etc/cron.d/evil"));
	CHECK(!bw_glob_match("/etc/cron.d/*", "/etc/cron.d/sub/evil"));
	CHECK(bw_glob_match("/var/spool/cron/**", "/var/spool/cron/crontabs/root"));
	CHECK(bw_glob_match("**/.github/workflows/*.yml", "/src/app/.github/workflows/ci.yml"));
	CHECK(!bw_glob_match("**/.github/workflows/*.yml", "/src/app/.github/workflows/x/ci.yml"));
	CHECK(bw_glob_match("/etc/ssh/ssh_host_*_key", "/etc/ssh/ssh_host_ed25519_key"));
	CHECK(!bw_glob_match("/etc/ssh/ssh_host_*_key", "/etc/ssh/ssh_host_ed25519_key.pub"));
	CHECK(bw_glob_match("a?c", "abc") && !bw_glob_match("a?c", "a/c"));
	CHECK(bw_path_match("~/.aws/credentials", "/root/.aws/credentials"));
	CHECK(bw_path_match("~/.aws/credentials", "/home/ci/.aws/credentials"));
	CHECK(!bw_path_match("~/.aws/credentials", "/home/.aws/credentials"));
	CHECK(!bw_path_match("~/.aws/credentials", "/home/a/b/.aws/credentials"));
	CHECK(!bw_path_match("~/.aws/credentials", "/tmp/.aws/credentials"));
	CHECK(!strcmp(bw_glob_basename("~/.ssh/id_*"), "id_*"));

	/* differential: the iterative matcher agrees with the reference */
	srand(1);
	for (i = 0; i < 200000; i++) {
		rnd(p, 10, "ab/*?");
		rnd(s, 14, "ab/");
		if (!!bw_glob_match(p, s) != ref(p, s)) {
			if (mismatches++ < 5)
				fprintf(stderr, "glob mismatch: '%s' vs '%s'\n", p, s);
		}
	}
	CHECK(mismatches == 0);
}
