// SPDX-License-Identifier: GPL-2.0 OR MIT
#include "pathrules.h"
#include "glob.h"
#include "names.h"

#define R(g, c) { g, BW_CLASS_##c, BW_ACC_READ }
#define W(g, c) { g, BW_CLASS_##c, BW_ACC_WRITE }
/* An exclusion: matches first and yields "no signal". */
#define X(g, a) { g, BW_CLASS_NONE, a }

const struct bw_path_rule bw_default_path_rules[] = {
	/* credential access (read) — DESIGN §3.1 */
	R("/var/run/secrets/kubernetes.io/serviceaccount/token", KUBERNETES_TOKEN),
	R("/run/secrets/kubernetes.io/serviceaccount/token", KUBERNETES_TOKEN),
	R("/var/run/secrets/eks.amazonaws.com/serviceaccount/token", KUBERNETES_TOKEN),
	R("/run/secrets/eks.amazonaws.com/serviceaccount/token", KUBERNETES_TOKEN),
	R("/var/run/secrets/azure/tokens/*", KUBERNETES_TOKEN),
	R("/run/secrets/azure/tokens/*", KUBERNETES_TOKEN),
	R("~/.kube/config", KUBERNETES_TOKEN),
	X("~/.ssh/id_*.pub", BW_ACC_READ),
	R("~/.ssh/id_*", SSH_KEY),
	X("/etc/ssh/ssh_host_*_key.pub", BW_ACC_READ),
	R("/etc/ssh/ssh_host_*_key", SSH_KEY),
	R("~/.aws/credentials", CLOUD_CREDENTIALS_FILE),
	R("~/.aws/config", CLOUD_CREDENTIALS_FILE),
	R("~/.aws/sso/cache/*", CLOUD_CREDENTIALS_FILE),
	R("~/.config/gcloud/application_default_credentials.json", CLOUD_CREDENTIALS_FILE),
	R("~/.config/gcloud/credentials.db", CLOUD_CREDENTIALS_FILE),
	R("~/.config/gcloud/access_tokens.db", CLOUD_CREDENTIALS_FILE),
	R("~/.azure/accessTokens.json", CLOUD_CREDENTIALS_FILE),
	R("~/.azure/msal_token_cache.*", CLOUD_CREDENTIALS_FILE),
	R("~/.oci/config", CLOUD_CREDENTIALS_FILE),
	R("~/.npmrc", REGISTRY_TOKEN),
	R("~/.yarnrc.yml", REGISTRY_TOKEN),
	R("~/.pypirc", REGISTRY_TOKEN),
	R("~/.gem/credentials", REGISTRY_TOKEN),
	R("~/.cargo/credentials*", REGISTRY_TOKEN),
	R("~/.m2/settings.xml", REGISTRY_TOKEN),
	R("~/.gradle/gradle.properties", REGISTRY_TOKEN),
	R("~/.docker/config.json", REGISTRY_TOKEN),
	R("~/.composer/auth.json", REGISTRY_TOKEN),
	R("~/.nuget/NuGet/NuGet.Config", REGISTRY_TOKEN),
	R("~/.git-credentials", VCS_TOKEN),
	R("~/.config/gh/hosts.yml", VCS_TOKEN),
	R("~/.netrc", VCS_TOKEN),
	R("~/.vault-token", VCS_TOKEN),
	R("~/.terraform.d/credentials.tfrc.json", VCS_TOKEN),

	/* persistence (write) — DESIGN §3.3 */
	W("/etc/crontab", CRON),
	W("/etc/cron.d/*", CRON),
	W("/etc/cron.hourly/*", CRON),
	W("/etc/cron.daily/*", CRON),
	W("/etc/cron.weekly/*", CRON),
	W("/etc/cron.monthly/*", CRON),
	W("/var/spool/cron/**", CRON),
	W("/etc/anacrontab", CRON),
	W("/etc/systemd/system/**", SYSTEMD),
	W("/etc/systemd/user/**", SYSTEMD),
	W("/lib/systemd/system/**", SYSTEMD),
	W("/usr/lib/systemd/system/**", SYSTEMD),
	W("~/.config/systemd/user/**", SYSTEMD),
	W("/etc/init.d/*", SYSTEMD),
	W("/etc/rc.local", SYSTEMD),
	W("~/.ssh/authorized_keys", SSH_AUTHORIZED_KEYS),
	W("~/.ssh/authorized_keys2", SSH_AUTHORIZED_KEYS),
	W("/lib/modules/**", KERNEL_MODULE),
	W("/usr/lib/modules/**", KERNEL_MODULE),
	W("/etc/modules", KERNEL_MODULE),
	W("/etc/modules-load.d/*", KERNEL_MODULE),
	W("/etc/ld.so.preload", DYNAMIC_LINKER),
	W("/etc/ld.so.conf", DYNAMIC_LINKER),
	W("/etc/ld.so.conf.d/*", DYNAMIC_LINKER),
	W("~/.bashrc", SHELL_PROFILE),
	W("~/.bash_profile", SHELL_PROFILE),
	W("~/.profile", SHELL_PROFILE),
	W("~/.zshrc", SHELL_PROFILE),
	W("~/.zshenv", SHELL_PROFILE),
	W("/etc/profile", SHELL_PROFILE),
	W("/etc/profile.d/*", SHELL_PROFILE),
	W("/etc/bash.bashrc", SHELL_PROFILE),
	W("/etc/sudoers", SUDOERS),
	W("/etc/sudoers.d/*", SUDOERS),
	W("**/.github/workflows/*.yml", CI_WORKFLOW),
	W("**/.github/workflows/*.yaml", CI_WORKFLOW),
	W("**/.runner", CI_WORKFLOW),
	W("**/.credentials", CI_WORKFLOW),
};

const size_t bw_default_path_rules_count = BW_ARRAY_SIZE(bw_default_path_rules);

int bw_path_classify(const struct bw_path_rule *rules, size_t n,
		     const char *path, unsigned int access)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (!(rules[i].access & access))
			continue;
		if (bw_path_match(rules[i].glob, path))
			return rules[i].cls;
	}
	return BW_CLASS_NONE;
}

/*
 * Component @from_end (0: last, 1: its parent) of @pat into @buf; false if
 * there is none, it does not fit, or it cannot be checked on its own
 * ("**" spans directories, "~" is any home).
 */
static bool glob_component(const char *pat, int from_end, char *buf, size_t len)
{
	const char *end = pat + strlen(pat), *start;

	for (;;) {
		start = end;
		while (start > pat && start[-1] != '/')
			start--;
		if (!from_end--)
			break;
		if (start == pat)
			return false;
		end = start - 1;
	}
	if ((size_t)(end - start) >= len || end == start)
		return false;
	memcpy(buf, start, end - start);
	buf[end - start] = '\0';
	return strcmp(buf, "**") && strcmp(buf, "~");
}

bool bw_path_prefilter(const struct bw_path_rule *rules, size_t n,
		       const char *name, const char *parent, unsigned int access)
{
	char comp[64];
	size_t i;

	for (i = 0; i < n; i++) {
		if (!(rules[i].access & access) || rules[i].cls == BW_CLASS_NONE)
			continue;
		/* a trailing "**" could be any depth: only the full path can tell */
		if (!glob_component(rules[i].glob, 0, comp, sizeof(comp)))
			return true;
		if (!bw_glob_match(comp, name))
			continue;
		if (parent && glob_component(rules[i].glob, 1, comp, sizeof(comp)) &&
		    !bw_glob_match(comp, parent))
			continue;
		return true;
	}
	return false;
}
