/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The vocabulary of buildward: context kinds, signal categories and
 * classes, severities. The string names are part of the alert contract
 * (DESIGN §5): never rename one without bumping the alert schema.
 */
#ifndef BW_NAMES_H
#define BW_NAMES_H

#include "bw_types.h"

/* X(enum suffix, name, provider or NULL) */
#define BW_KINDS(X)                                                     \
	X(NONE, "none", NULL)                                           \
	X(NPM, "package_install_npm", NULL)                             \
	X(YARN, "package_install_yarn", NULL)                           \
	X(PNPM, "package_install_pnpm", NULL)                           \
	X(BUN, "package_install_bun", NULL)                             \
	X(PIP, "package_install_pip", NULL)                             \
	X(UV, "package_install_uv", NULL)                               \
	X(POETRY, "package_install_poetry", NULL)                       \
	X(PIPX, "package_install_pipx", NULL)                           \
	X(CONDA, "package_install_conda", NULL)                         \
	X(GEM, "package_install_gem", NULL)                             \
	X(BUNDLER, "package_install_bundler", NULL)                     \
	X(COMPOSER, "package_install_composer", NULL)                   \
	X(CARGO, "package_install_cargo", NULL)                         \
	X(GO, "package_install_go", NULL)                               \
	X(APT, "package_install_apt", NULL)                             \
	X(GITHUB, "cicd_runner_github_actions", "github_actions")       \
	X(GITLAB, "cicd_runner_gitlab", "gitlab")                       \
	X(JENKINS, "cicd_runner_jenkins", "jenkins")                    \
	X(BUILDKITE, "cicd_runner_buildkite", "buildkite")              \
	X(CIRCLECI, "cicd_runner_circleci", "circleci")                 \
	X(AZURE, "cicd_runner_azure_pipelines", "azure_pipelines")      \
	X(TEAMCITY, "cicd_runner_teamcity", "teamcity")                 \
	X(BITBUCKET, "cicd_runner_bitbucket", "bitbucket")              \
	X(TRAVIS, "cicd_runner_travis", "travis")                       \
	X(CODEBUILD, "cicd_runner_codebuild", "codebuild")              \
	X(DRONE, "cicd_runner_drone", "drone")                          \
	X(WOODPECKER, "cicd_runner_woodpecker", "woodpecker")

#define BW_X_ENUM(e, n, p) BW_KIND_##e,
enum bw_kind { BW_KINDS(BW_X_ENUM) BW_KIND__COUNT };
#undef BW_X_ENUM

static inline bool bw_kind_is_ci(int kind)
{
	return kind >= BW_KIND_GITHUB && kind < BW_KIND__COUNT;
}

static inline bool bw_kind_is_install(int kind)
{
	return kind > BW_KIND_NONE && kind < BW_KIND_GITHUB;
}

enum bw_category {
	BW_CAT_CREDENTIAL = 0,
	BW_CAT_EXFIL = 1,
	BW_CAT_PERSIST = 2,
	BW_CAT__COUNT
};

#define BW_CLASSES(X)                                                   \
	X(NONE, "none", BW_CAT_CREDENTIAL)                              \
	X(CLOUD_IMDS, "cloud_imds", BW_CAT_CREDENTIAL)                  \
	X(KUBERNETES_TOKEN, "kubernetes_token", BW_CAT_CREDENTIAL)      \
	X(SSH_KEY, "ssh_key", BW_CAT_CREDENTIAL)                        \
	X(CLOUD_CREDENTIALS_FILE, "cloud_credentials_file", BW_CAT_CREDENTIAL) \
	X(REGISTRY_TOKEN, "registry_token", BW_CAT_CREDENTIAL)          \
	X(VCS_TOKEN, "vcs_token", BW_CAT_CREDENTIAL)                    \
	X(PROCESS_ENVIRONMENT, "process_environment", BW_CAT_CREDENTIAL) \
	X(PROCESS_MEMORY, "process_memory", BW_CAT_CREDENTIAL)          \
	X(CREDENTIAL_HELPER, "credential_helper", BW_CAT_CREDENTIAL)    \
	X(SECRET_SCANNER, "secret_scanner", BW_CAT_CREDENTIAL)          \
	X(EXFIL_DOMAIN, "exfil_domain", BW_CAT_EXFIL)                   \
	X(DNS_TXT, "dns_txt", BW_CAT_EXFIL)                             \
	X(DNS_TUNNEL, "dns_tunnel", BW_CAT_EXFIL)                       \
	X(NETWORK_UPLOAD_TOOL, "network_upload_tool", BW_CAT_EXFIL)     \
	X(FILE_SYNC_TOOL, "file_sync_tool", BW_CAT_EXFIL)               \
	X(VCS_PUSH, "vcs_push", BW_CAT_EXFIL)                           \
	X(REGISTRY_PUBLISH, "registry_publish", BW_CAT_EXFIL)           \
	X(CRON, "cron", BW_CAT_PERSIST)                                 \
	X(SYSTEMD, "systemd", BW_CAT_PERSIST)                           \
	X(SSH_AUTHORIZED_KEYS, "ssh_authorized_keys", BW_CAT_PERSIST)   \
	X(KERNEL_MODULE, "kernel_module", BW_CAT_PERSIST)               \
	X(DYNAMIC_LINKER, "dynamic_linker", BW_CAT_PERSIST)             \
	X(SHELL_PROFILE, "shell_profile", BW_CAT_PERSIST)               \
	X(SUDOERS, "sudoers", BW_CAT_PERSIST)                           \
	X(CI_WORKFLOW, "ci_workflow", BW_CAT_PERSIST)

#define BW_X_ENUM(e, n, c) BW_CLASS_##e,
enum bw_class { BW_CLASSES(BW_X_ENUM) BW_CLASS__COUNT };
#undef BW_X_ENUM

enum bw_severity {
	BW_SEV_NONE = 0,
	BW_SEV_HIGH = 1,
	BW_SEV_CRITICAL = 2,
};

const char *bw_kind_name(int kind);
const char *bw_kind_provider(int kind);
int bw_kind_from_name(const char *name);
const char *bw_class_name(int cls);
int bw_class_from_name(const char *name);
int bw_class_category(int cls);
const char *bw_category_name(int cat);
const char *bw_severity_name(int sev);

#endif
