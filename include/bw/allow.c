// SPDX-License-Identifier: GPL-2.0 OR MIT
#include "allow.h"
#include "glob.h"
#include "names.h"

#define NODE_PMS (BW_KBIT(BW_KIND_NPM) | BW_KBIT(BW_KIND_YARN) | \
		  BW_KBIT(BW_KIND_PNPM) | BW_KBIT(BW_KIND_BUN))
#define PY_PMS (BW_KBIT(BW_KIND_PIP) | BW_KBIT(BW_KIND_UV) | \
		BW_KBIT(BW_KIND_POETRY) | BW_KBIT(BW_KIND_PIPX))

const struct bw_allow_rule bw_default_allow_rules[] = {
	/* registry auth: ~/.npmrc, ~/.yarnrc.yml read by the manager itself */
	{ NODE_PMS, BW_CLASS_REGISTRY_TOKEN, true, "npm", NULL },
	{ NODE_PMS, BW_CLASS_REGISTRY_TOKEN, true, "npm-cli.js", NULL },
	{ NODE_PMS, BW_CLASS_REGISTRY_TOKEN, true, "yarn*", NULL },
	{ NODE_PMS, BW_CLASS_REGISTRY_TOKEN, true, "pnpm*", NULL },
	{ NODE_PMS, BW_CLASS_REGISTRY_TOKEN, true, "bun", NULL },
	/* index auth: ~/.netrc, ~/.pypirc */
	{ PY_PMS, BW_CLASS_VCS_TOKEN, true, "pip*", NULL },
	{ PY_PMS, BW_CLASS_VCS_TOKEN, true, "uv", NULL },
	{ PY_PMS, BW_CLASS_VCS_TOKEN, true, "poetry", NULL },
	{ PY_PMS, BW_CLASS_REGISTRY_TOKEN, true, "poetry", NULL },
	{ BW_KBIT(BW_KIND_CARGO), BW_CLASS_REGISTRY_TOKEN, true, "cargo", NULL },
	/* git+ssh dependencies: git runs ssh, which reads the keys */
	{ 0, BW_CLASS_SSH_KEY, false, "ssh", "git" },
};

const size_t bw_default_allow_rules_count = BW_ARRAY_SIZE(bw_default_allow_rules);

bool bw_allow_match(const struct bw_allow_rule *rules, size_t n,
		    const struct bw_reader *r)
{
	size_t i;

	if (r->kind <= BW_KIND_NONE || r->kind >= BW_KIND__COUNT)
		return false;
	for (i = 0; i < n; i++) {
		const struct bw_allow_rule *a = &rules[i];

		if (a->cls != r->cls || (a->root_only && !r->is_root))
			continue;
		if (a->kinds ? !(a->kinds & BW_KBIT(r->kind)) : !bw_kind_is_install(r->kind))
			continue;
		if (!r->prog || !bw_glob_match(a->prog, r->prog))
			continue;
		if (a->parent_prog &&
		    (!r->parent_prog || !bw_glob_match(a->parent_prog, r->parent_prog)))
			continue;
		return true;
	}
	return false;
}
