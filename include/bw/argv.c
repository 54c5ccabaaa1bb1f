// SPDX-License-Identifier: GPL-2.0 OR MIT
#include "argv.h"
#include "names.h"

void bw_argv_split(struct bw_argv *a, char *buf, size_t len)
{
	size_t i = 0;

	a->n = 0;
	if (!len)
		return;
	buf[len - 1] = '\0';
	while (i < len && a->n < BW_ARGV_MAX) {
		a->v[a->n++] = buf + i;
		while (i < len && buf[i])
			i++;
		i++;
	}
	/* "cmd\0\0" has no empty final argument */
	if (a->n > 1 && !a->v[a->n - 1][0] && a->v[a->n - 1] == buf + len - 1)
		a->n--;
}

const char *bw_basename(const char *path)
{
	const char *b = path, *c;

	for (c = path; *c; c++)
		if (*c == '/' && c[1])
			b = c + 1;
	return b;
}

static bool streq(const char *a, const char *b)
{
	return !strcmp(a, b);
}

static bool has_prefix(const char *s, const char *p)
{
	return !strncmp(s, p, strlen(p));
}

static bool in_list(const char *s, const char *const *list)
{
	for (; *list; list++)
		if (streq(s, *list))
			return true;
	return false;
}

/* python, python3, python3.11, pypy3 … */
static bool is_python(const char *n)
{
	if (has_prefix(n, "python"))
		n += 6;
	else if (has_prefix(n, "pypy"))
		n += 4;
	else
		return false;
	for (; *n; n++)
		if (!((*n >= '0' && *n <= '9') || *n == '.'))
			return false;
	return true;
}

static bool is_pip(const char *n)
{
	if (!has_prefix(n, "pip"))
		return false;
	for (n += 3; *n; n++)
		if (!((*n >= '0' && *n <= '9') || *n == '.'))
			return false;
	return true;
}

static bool is_shell(const char *n)
{
	static const char *const shells[] = { "sh", "bash", "dash", "zsh", "ash", NULL };

	return in_list(n, shells);
}

static bool is_node(const char *n)
{
	return streq(n, "node") || streq(n, "nodejs");
}

/* First argument at or after @i that is not an option; -1 if none. */
static int next_operand(const struct bw_argv *a, int i)
{
	for (; i < a->n; i++)
		if (a->v[i][0] != '-')
			return i;
	return -1;
}

static const char *operand(const struct bw_argv *a, int i)
{
	int j = next_operand(a, i);

	return j < 0 ? NULL : a->v[j];
}

static const char *const npm_install_cmds[] = {
	"install", "i", "in", "ins", "inst", "insta", "instal", "isnt", "isnta",
	"isntal", "isntall", "add", "ci", "clean-install", "ic", "install-clean",
	"isntall-clean", "install-ci-test", "cit", "install-test", "it", "update",
	"up", "upgrade", "udpate", "rebuild", "rb", "exec", "x", NULL
};
static const char *const yarn_cmds[] = {
	"install", "add", "upgrade", "up", "dlx", "rebuild", "exec", NULL
};
static const char *const pnpm_cmds[] = {
	"install", "i", "add", "update", "up", "upgrade", "dlx", "exec",
	"rebuild", "rb", "install-test", "it", NULL
};
static const char *const bun_cmds[] = {
	"install", "i", "add", "a", "update", "x", NULL
};
static const char *const pip_cmds[] = { "install", "wheel", "download", NULL };
static const char *const uv_cmds[] = { "sync", "add", NULL };
static const char *const install_add[] = { "install", "add", NULL };
static const char *const pipx_cmds[] = { "install", "run", "inject", NULL };
static const char *const conda_cmds[] = { "install", "create", "update", NULL };
static const char *const composer_cmds[] = {
	"install", "require", "update", "i", "u", "create-project", NULL
};
static const char *const cargo_cmds[] = {
	"install", "build", "b", "run", "r", "test", "t", "check", "c", NULL
};
static const char *const go_cmds[] = { "install", "get", "generate", "build", "run", NULL };
static const char *const apt_cmds[] = {
	"install", "upgrade", "dist-upgrade", "full-upgrade", "reinstall", NULL
};
static const char *const setup_py_cmds[] = {
	"install", "develop", "build", "bdist_wheel", "bdist_egg", "sdist", NULL
};

/* Kind for program @name whose arguments start at @i. */
static int kind_of(const char *name, const struct bw_argv *a, int i)
{
	const char *sub = operand(a, i);
	int j;

	if (streq(name, "npm") || streq(name, "npm-cli.js"))
		return sub && in_list(sub, npm_install_cmds) ? BW_KIND_NPM : BW_KIND_NONE;
	if (streq(name, "npx") || streq(name, "npx-cli.js"))
		return BW_KIND_NPM;
	if (streq(name, "yarn") || streq(name, "yarn.js") || streq(name, "yarnpkg"))
		return !sub || in_list(sub, yarn_cmds) ? BW_KIND_YARN : BW_KIND_NONE;
	if (streq(name, "pnpm") || streq(name, "pnpm.cjs"))
		return sub && in_list(sub, pnpm_cmds) ? BW_KIND_PNPM : BW_KIND_NONE;
	if (streq(name, "pnpx"))
		return BW_KIND_PNPM;
	if (streq(name, "bun"))
		return sub && in_list(sub, bun_cmds) ? BW_KIND_BUN : BW_KIND_NONE;
	if (streq(name, "bunx"))
		return BW_KIND_BUN;
	if (is_pip(name))
		return sub && in_list(sub, pip_cmds) ? BW_KIND_PIP : BW_KIND_NONE;
	if (streq(name, "uv")) {
		if (!sub)
			return BW_KIND_NONE;
		if (streq(sub, "pip")) {
			j = next_operand(a, i);
			sub = operand(a, j + 1);
			return sub && streq(sub, "install") ? BW_KIND_UV : BW_KIND_NONE;
		}
		return in_list(sub, uv_cmds) ? BW_KIND_UV : BW_KIND_NONE;
	}
	if (streq(name, "uvx"))
		return BW_KIND_UV;
	if (streq(name, "poetry"))
		return sub && in_list(sub, install_add) ? BW_KIND_POETRY : BW_KIND_NONE;
	if (streq(name, "pipx"))
		return sub && in_list(sub, pipx_cmds) ? BW_KIND_PIPX : BW_KIND_NONE;
	if (streq(name, "conda") || streq(name, "mamba") || streq(name, "micromamba"))
		return sub && in_list(sub, conda_cmds) ? BW_KIND_CONDA : BW_KIND_NONE;
	if (streq(name, "setup.py"))
		return sub && in_list(sub, setup_py_cmds) ? BW_KIND_PIP : BW_KIND_NONE;
	if (streq(name, "gem"))
		return sub && streq(sub, "install") ? BW_KIND_GEM : BW_KIND_NONE;
	if (streq(name, "bundle") || streq(name, "bundler"))
		return !sub || streq(sub, "install") || streq(sub, "update") ?
		       BW_KIND_BUNDLER : BW_KIND_NONE;
	if (streq(name, "composer") || streq(name, "composer.phar"))
		return sub && in_list(sub, composer_cmds) ? BW_KIND_COMPOSER : BW_KIND_NONE;
	if (streq(name, "cargo"))
		return sub && in_list(sub, cargo_cmds) ? BW_KIND_CARGO : BW_KIND_NONE;
	if (streq(name, "go"))
		return sub && in_list(sub, go_cmds) ? BW_KIND_GO : BW_KIND_NONE;
	if (streq(name, "apt") || streq(name, "apt-get") || streq(name, "aptitude"))
		return sub && in_list(sub, apt_cmds) ? BW_KIND_APT : BW_KIND_NONE;
	if (streq(name, "dpkg")) {
		for (j = i; j < a->n; j++)
			if (streq(a->v[j], "-i") || streq(a->v[j], "--install") ||
			    streq(a->v[j], "--unpack") || streq(a->v[j], "--configure"))
				return BW_KIND_APT;
		return BW_KIND_NONE;
	}
	/* CI runner workers: their children are the job's steps. */
	if (streq(name, "Runner.Worker"))
		return BW_KIND_GITHUB;
	if (streq(name, "gitlab-runner") || streq(name, "gitlab-ci-multi-runner"))
		return sub && (streq(sub, "run") || streq(sub, "exec") ||
			       streq(sub, "run-single")) ? BW_KIND_GITLAB : BW_KIND_NONE;
	if (streq(name, "buildkite-agent"))
		return sub && streq(sub, "start") ? BW_KIND_BUILDKITE : BW_KIND_NONE;
	if (streq(name, "circleci-agent"))
		return BW_KIND_CIRCLECI;
	if (streq(name, "Agent.Worker"))
		return BW_KIND_AZURE;
	if (streq(name, "drone-runner-exec") || streq(name, "drone-runner-docker"))
		return BW_KIND_DRONE;
	if (streq(name, "woodpecker-agent"))
		return BW_KIND_WOODPECKER;
	return BW_KIND_NONE;
}

/* java [opts] -jar agent.jar|remoting.jar / TeamCity's AgentMain */
static int java_kind(const struct bw_argv *a, int i)
{
	for (; i < a->n; i++) {
		const char *b = bw_basename(a->v[i]);

		if (streq(b, "agent.jar") || streq(b, "remoting.jar") ||
		    streq(a->v[i], "hudson.remoting.jnlp.Main"))
			return BW_KIND_JENKINS;
		if (streq(a->v[i], "jetbrains.buildServer.agent.AgentMain"))
			return BW_KIND_TEAMCITY;
	}
	return BW_KIND_NONE;
}

/*
 * Index of the script an interpreter at @i runs, or -1 when it runs inline
 * code (-c, -e) or nothing.
 */
static int interp_script(const struct bw_argv *a, int i)
{
	static const char *const inline_opts[] = { "-c", "-e", "--eval", "-p", "--print", NULL };
	int j;

	for (j = i + 1; j < a->n; j++) {
		if (in_list(a->v[j], inline_opts))
			return -1;
		if (a->v[j][0] != '-')
			return j;
	}
	return -1;
}

static bool is_interpreter(const char *n)
{
	return is_python(n) || is_node(n) || streq(n, "bun") || is_shell(n) ||
	       streq(n, "ruby") || streq(n, "php");
}

/*
 * The program an exec really runs, seeing through env, interpreters
 * (node script.js, sh script) and "python -m module": sets *@name to its
 * name and returns the index of the word that names it (its arguments
 * follow), or -1 when it is inline code or nothing at all.
 */
static int resolve_program(const char *filename, const struct bw_argv *a,
			   const char **name)
{
	int i = 0, hops, j;

	if (a->n == 0)
		return -1;
	*name = bw_basename(a->v[0]);
	/* A script run by its shebang: argv[0] is the interpreter. */
	if (filename && !streq(bw_basename(filename), *name) &&
	    !is_interpreter(*name) && !streq(*name, "env") && !streq(*name, "java"))
		*name = bw_basename(filename);

	for (hops = 0; hops < 4; hops++) {
		if (streq(*name, "env")) {
			for (j = i + 1; j < a->n; j++)
				if (a->v[j][0] != '-' && !strchr(a->v[j], '='))
					break;
			if (j >= a->n)
				return -1;
			i = j;
			*name = bw_basename(a->v[i]);
			continue;
		}
		if (is_python(*name)) {
			/* "python -m pip install": the module is the program */
			for (j = i + 1; j < a->n && a->v[j][0] == '-'; j++) {
				if (streq(a->v[j], "-m") && j + 1 < a->n) {
					*name = a->v[j + 1];
					return j + 1;
				}
			}
		}
		/* bun is both a package manager and a runtime */
		if (streq(*name, "bun") && kind_of(*name, a, i + 1) != BW_KIND_NONE)
			return i;
		if (!is_interpreter(*name))
			return i;
		i = interp_script(a, i);
		if (i < 0)
			return -1;
		*name = bw_basename(a->v[i]);
	}
	return -1;
}

int bw_argv_context_kind(const char *filename, const struct bw_argv *a)
{
	const char *name;
	int i = resolve_program(filename, a, &name);

	if (i < 0)
		return BW_KIND_NONE;
	if (streq(name, "java"))
		return java_kind(a, i + 1);
	return kind_of(name, a, i + 1);
}

const char *bw_argv_program(const char *filename, const struct bw_argv *a)
{
	const char *name;

	return resolve_program(filename, a, &name) < 0 ? "" : name;
}

bool bw_exec_name_may_start_context(const char *name)
{
	static const char *const names[] = {
		"npm", "npx", "yarn", "yarnpkg", "pnpm", "pnpx", "bun", "bunx",
		"node", "nodejs", "env", "uv", "uvx", "poetry", "pipx", "conda",
		"mamba", "micromamba", "gem", "bundle", "bundler", "composer",
		"cargo", "go", "apt", "apt-get", "aptitude", "dpkg", "java",
		"ruby", "php", "sh", "bash", "dash", "zsh", "setup.py",
		"Runner.Worker", "gitlab-runner", "gitlab-ci-multi-runner",
		"buildkite-agent", "circleci-agent", "Agent.Worker",
		"drone-runner-exec", "drone-runner-docker", "woodpecker-agent",
		NULL
	};

	return in_list(name, names) || is_python(name) || is_pip(name);
}

/* --- exec signals -------------------------------------------------------- */

/* curl's short options that take a value (the rest of the word or the next). */
static bool curl_short_takes_arg(char c)
{
	return c && strchr("AbcCdDeEFHKmoPQrTtuUwxXyYz", c);
}

static bool curl_is_data_long(const char *o)
{
	return streq(o, "--data") || streq(o, "--data-binary") ||
	       streq(o, "--data-raw") || streq(o, "--data-ascii") ||
	       streq(o, "--data-urlencode") || streq(o, "--json");
}

static bool curl_long_takes_arg(const char *o)
{
	static const char *const no_arg[] = {
		"--silent", "--show-error", "--fail", "--location", "--insecure",
		"--verbose", "--include", "--head", "--compressed", "--globoff",
		"--http1.1", "--http2", "--ipv4", "--ipv6", "--remote-name",
		"--remote-name-all", "--get", "--fail-with-body", "--no-progress-meter",
		"--progress-bar", "--create-dirs", "--ssl-reqd", "--tcp-nodelay",
		"--no-buffer", "--no-keepalive", "--raw", "--disable", "--path-as-is",
		"--anyauth", "--basic", "--digest", "--ntlm", "--negotiate", NULL
	};

	return !in_list(o, no_arg);
}

/* A data value that reads a file: "@file", or "name@file" for urlencode. */
static bool data_reads_file(const char *opt, const char *val)
{
	if (!val)
		return false;
	if (val[0] == '@')
		return true;
	if (streq(opt, "--data-urlencode")) {
		const char *at = strchr(val, '@');
		const char *eq = strchr(val, '=');

		return at && (!eq || at < eq);
	}
	return false;
}

static int curl_class(const struct bw_argv *a, unsigned int flags)
{
	bool install = flags & BW_EXEC_IN_INSTALL;
	int i;

	for (i = 1; i < a->n; i++) {
		const char *w = a->v[i], *val = NULL, *eq;
		char opt[32];

		if (streq(w, "--"))
			break;
		if (w[0] == '-' && w[1] == '-') {
			eq = strchr(w, '=');
			if (eq && (size_t)(eq - w) < sizeof(opt)) {
				memcpy(opt, w, eq - w);
				opt[eq - w] = '\0';
				val = eq + 1;
			} else {
				if (strlen(w) >= sizeof(opt))
					continue;
				strcpy(opt, w);
				if (curl_long_takes_arg(opt) && i + 1 < a->n)
					val = a->v[++i];
			}
			if (streq(opt, "--upload-file") || streq(opt, "--form") ||
			    streq(opt, "--form-string"))
				return BW_CLASS_NETWORK_UPLOAD_TOOL;
			if (curl_is_data_long(opt) &&
			    (install || data_reads_file(opt, val)))
				return BW_CLASS_NETWORK_UPLOAD_TOOL;
			if (install && streq(opt, "--request") && val &&
			    (streq(val, "POST") || streq(val, "PUT")))
				return BW_CLASS_NETWORK_UPLOAD_TOOL;
			continue;
		}
		if (w[0] == '-' && w[1]) {
			const char *c;

			for (c = w + 1; *c; c++) {
				if (!curl_short_takes_arg(*c))
					continue;
				val = c[1] ? c + 1 : (i + 1 < a->n ? a->v[++i] : NULL);
				if (*c == 'T' || *c == 'F')
					return BW_CLASS_NETWORK_UPLOAD_TOOL;
				if (*c == 'd' && (install || data_reads_file("-d", val)))
					return BW_CLASS_NETWORK_UPLOAD_TOOL;
				if (*c == 'X' && install && val &&
				    (streq(val, "POST") || streq(val, "PUT")))
					return BW_CLASS_NETWORK_UPLOAD_TOOL;
				break;
			}
		}
	}
	return BW_CLASS_NONE;
}

static int wget_class(const struct bw_argv *a)
{
	int i;

	for (i = 1; i < a->n; i++) {
		const char *w = a->v[i];

		if (has_prefix(w, "--post-file") || has_prefix(w, "--post-data") ||
		    has_prefix(w, "--body-file") || has_prefix(w, "--body-data"))
			return BW_CLASS_NETWORK_UPLOAD_TOOL;
		if (streq(w, "--method=POST") || streq(w, "--method=PUT") ||
		    (streq(w, "--method") && i + 1 < a->n &&
		     (streq(a->v[i + 1], "POST") || streq(a->v[i + 1], "PUT"))))
			return BW_CLASS_NETWORK_UPLOAD_TOOL;
	}
	return BW_CLASS_NONE;
}

int bw_argv_exec_class(const struct bw_argv *a, unsigned int flags)
{
	const char *name;

	if (a->n == 0)
		return BW_CLASS_NONE;
	name = bw_basename(a->v[0]);
	if (streq(name, "curl"))
		return curl_class(a, flags);
	if (streq(name, "wget"))
		return wget_class(a);
	return BW_CLASS_NONE;
}
