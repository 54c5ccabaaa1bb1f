// SPDX-License-Identifier: MIT
#include <stdarg.h>
#include "test.h"
#include "bw/argv.h"
#include "bw/names.h"

static char buf[4096];

/* Build a cmdline buffer from a NULL-terminated list of words. */
static void mk(struct bw_argv *a, const char *first, ...)
{
	va_list ap;
	const char *w;
	size_t o = 0;

	va_start(ap, first);
	for (w = first; w; w = va_arg(ap, const char *)) {
		size_t n = strlen(w) + 1;

		memcpy(buf + o, w, n);
		o += n;
	}
	va_end(ap);
	bw_argv_split(a, buf, o);
}

#define KIND(file, ...) ({ struct bw_argv _a; mk(&_a, __VA_ARGS__, NULL); bw_argv_context_kind(file, &_a); })
#define CLS(flags, ...) ({ struct bw_argv _a; mk(&_a, __VA_ARGS__, NULL); bw_argv_exec_class(&_a, flags); })

void test_argv(void)
{
	struct bw_argv a;
	char raw[] = "a\0bb\0\0c";

	bw_argv_split(&a, raw, sizeof(raw));	/* includes the final NUL */
	CHECK(a.n == 4 && !strcmp(a.v[1], "bb") && !strcmp(a.v[2], "") && !strcmp(a.v[3], "c"));
	bw_argv_split(&a, raw, 0);
	CHECK(a.n == 0);

	/* npm, through its shebang (env node /usr/bin/npm install) */
	CHECK(KIND("/usr/bin/npm", "/usr/bin/env", "node", "/usr/bin/npm", "install") == BW_KIND_NPM);
	CHECK(KIND("/usr/bin/node", "node", "/usr/lib/node_modules/npm/bin/npm-cli.js", "ci") == BW_KIND_NPM);
	CHECK(KIND("/usr/bin/npm", "npm", "--loglevel=error", "i", "left-pad") == BW_KIND_NPM);
	CHECK(KIND("/usr/bin/npm", "npm", "test") == BW_KIND_NONE);
	CHECK(KIND("/usr/bin/npm", "npm", "publish") == BW_KIND_NONE);
	CHECK(KIND("/usr/bin/npx", "npx", "cowsay") == BW_KIND_NPM);
	CHECK(KIND("/usr/bin/yarn", "yarn") == BW_KIND_YARN);
	CHECK(KIND("/usr/bin/python3", "python3", "-m", "pip", "install", ".") == BW_KIND_PIP);
	CHECK(KIND("/usr/bin/pip3", "pip3", "install", "x") == BW_KIND_PIP);
	CHECK(KIND("/usr/bin/pip3.11", "pip3.11", "list") == BW_KIND_NONE);
	CHECK(KIND("/usr/bin/python3", "python3", "setup.py", "install") == BW_KIND_PIP);
	CHECK(KIND("/usr/bin/python3", "python3", "-c", "import os") == BW_KIND_NONE);
	CHECK(KIND("/usr/bin/uv", "uv", "pip", "install", "x") == BW_KIND_UV);
	CHECK(KIND("/usr/bin/cargo", "cargo", "build", "--offline") == BW_KIND_CARGO);
	CHECK(KIND("/usr/bin/dpkg", "dpkg", "-i", "x.deb") == BW_KIND_APT);
	CHECK(KIND("/usr/bin/dpkg", "dpkg", "-l") == BW_KIND_NONE);
	CHECK(KIND("/usr/bin/apt-get", "apt-get", "-y", "install", "jq") == BW_KIND_APT);
	CHECK(KIND("/opt/runner/bin/Runner.Worker", "/opt/runner/bin/Runner.Worker", "spawnclient") == BW_KIND_GITHUB);
	CHECK(KIND("/usr/bin/java", "java", "-Xmx1g", "-jar", "/opt/agent.jar") == BW_KIND_JENKINS);
	CHECK(KIND("/usr/bin/gitlab-runner", "gitlab-runner", "run") == BW_KIND_GITLAB);
	CHECK(KIND("/bin/sh", "sh", "-c", "npm install") == BW_KIND_NONE);
	CHECK(bw_exec_name_may_start_context("npm") && bw_exec_name_may_start_context("python3.11") &&
	      !bw_exec_name_may_start_context("curl"));

	/* the program an exec really runs (allow rules match on it) */
#define PROG(file, ...) ({ struct bw_argv _a; mk(&_a, __VA_ARGS__, NULL); bw_argv_program(file, &_a); })
	CHECK(!strcmp(PROG("/usr/bin/npm", "/usr/bin/env", "node", "/usr/bin/npm", "install"), "npm"));
	CHECK(!strcmp(PROG("/usr/bin/python3", "python3", "-m", "pip", "install", "."), "pip"));
	CHECK(!strcmp(PROG("/usr/bin/python3", "python3", "-u", "setup.py", "install"), "setup.py"));
	CHECK(!strcmp(PROG("/bin/sh", "sh", "-c", "cat ~/.npmrc"), ""));
	CHECK(!strcmp(PROG("/usr/bin/ssh", "ssh", "git@github.com"), "ssh"));
	CHECK(!strcmp(PROG("/usr/bin/bun", "bun", "install"), "bun"));
	CHECK(!strcmp(PROG("/usr/bin/bun", "bun", "run.js"), "run.js"));

	/* curl upload forms (DESIGN §3.2) */
	CHECK(CLS(0, "curl", "-T", "/tmp/x", "https://h") == BW_CLASS_NETWORK_UPLOAD_TOOL);
	CHECK(CLS(0, "curl", "-sSfT", "/tmp/x", "https://h") == BW_CLASS_NETWORK_UPLOAD_TOOL);
	CHECK(CLS(0, "curl", "-T/tmp/x", "https://h") == BW_CLASS_NETWORK_UPLOAD_TOOL);
	CHECK(CLS(0, "curl", "--upload-file", "x", "h") == BW_CLASS_NETWORK_UPLOAD_TOOL);
	CHECK(CLS(0, "curl", "-F", "f=@x", "h") == BW_CLASS_NETWORK_UPLOAD_TOOL);
	CHECK(CLS(0, "/usr/bin/curl", "--data-binary", "@cov.xml", "h") == BW_CLASS_NETWORK_UPLOAD_TOOL);
	CHECK(CLS(0, "curl", "--data-binary=@cov.xml", "h") == BW_CLASS_NETWORK_UPLOAD_TOOL);
	CHECK(CLS(0, "curl", "-d", "@-", "h") == BW_CLASS_NETWORK_UPLOAD_TOOL);
	CHECK(CLS(0, "curl", "-d", "a=b", "h") == BW_CLASS_NONE);
	CHECK(CLS(BW_EXEC_IN_INSTALL, "curl", "-d", "a=b", "h") == BW_CLASS_NETWORK_UPLOAD_TOOL);
	CHECK(CLS(BW_EXEC_IN_INSTALL, "curl", "-X", "POST", "h") == BW_CLASS_NETWORK_UPLOAD_TOOL);
	CHECK(CLS(0, "curl", "-X", "POST", "h") == BW_CLASS_NONE);
	CHECK(CLS(0, "curl", "-o", "-T", "h") == BW_CLASS_NONE);	/* "-T" is -o's value */
	CHECK(CLS(0, "curl", "-sSL", "https://h/x.tgz", "-o", "x.tgz") == BW_CLASS_NONE);
	CHECK(CLS(0, "curl", "--data-urlencode", "name@file", "h") == BW_CLASS_NETWORK_UPLOAD_TOOL);
	CHECK(CLS(0, "wget", "--post-file=/etc/passwd", "h") == BW_CLASS_NETWORK_UPLOAD_TOOL);
	CHECK(CLS(0, "wget", "https://h/x") == BW_CLASS_NONE);
}
