// SPDX-License-Identifier: MIT
#include "test.h"
#include "bw/envscan.h"
#include "bw/pathrules.h"
#include "bw/names.h"
#include "bw/allow.h"
#include "../../userspace/lib/jsonw.h"

void test_envscan(void)
{
	static const char env[] = "PATH=/bin\0npm_package_name=left-pad\0npm_package_nameX=no\0EMPTY=\0TRUNC=abc";
	char out[8];

	CHECK(bw_env_get(env, sizeof(env) - 1, "npm_package_name", out, sizeof(out)));
	CHECK(!strcmp(out, "left-pa"));	/* truncated to the buffer */
	CHECK(bw_env_get(env, sizeof(env) - 1, "EMPTY", out, sizeof(out)) && !out[0]);
	CHECK(!bw_env_get(env, sizeof(env) - 1, "npm_package", out, sizeof(out)));
	CHECK(!bw_env_get(env, sizeof(env) - 1, "HOME", out, sizeof(out)));
	/* a block cut in the middle of the last value is read up to the cut */
	CHECK(bw_env_get(env, sizeof(env) - 2, "TRUNC", out, sizeof(out)) && !strcmp(out, "ab"));
	CHECK(!bw_env_get(env, 3, "PATH", out, sizeof(out)));
}

#define CLASSIFY(p, acc) bw_path_classify(bw_default_path_rules, bw_default_path_rules_count, p, acc)
#define PRE(n, acc) bw_path_prefilter(bw_default_path_rules, bw_default_path_rules_count, n, NULL, acc)
#define PRE2(d, n, acc) bw_path_prefilter(bw_default_path_rules, bw_default_path_rules_count, n, d, acc)

void test_pathrules(void)
{
	CHECK(CLASSIFY("/root/.aws/credentials", BW_ACC_READ) == BW_CLASS_CLOUD_CREDENTIALS_FILE);
	CHECK(CLASSIFY("/home/ci/.ssh/id_ed25519", BW_ACC_READ) == BW_CLASS_SSH_KEY);
	CHECK(CLASSIFY("/home/ci/.ssh/id_ed25519.pub", BW_ACC_READ) == BW_CLASS_NONE);
	CHECK(CLASSIFY("/home/ci/.ssh/known_hosts", BW_ACC_READ) == BW_CLASS_NONE);
	CHECK(CLASSIFY("/var/run/secrets/kubernetes.io/serviceaccount/token", BW_ACC_READ) == BW_CLASS_KUBERNETES_TOKEN);
	CHECK(CLASSIFY("/root/.npmrc", BW_ACC_READ) == BW_CLASS_REGISTRY_TOKEN);
	CHECK(CLASSIFY("/root/.bashrc", BW_ACC_READ) == BW_CLASS_NONE);
	CHECK(CLASSIFY("/root/.bashrc", BW_ACC_WRITE) == BW_CLASS_SHELL_PROFILE);
	CHECK(CLASSIFY("/etc/cron.d/x", BW_ACC_WRITE) == BW_CLASS_CRON);
	CHECK(CLASSIFY("/etc/cron.d/x", BW_ACC_READ) == BW_CLASS_NONE);
	CHECK(CLASSIFY("/etc/ld.so.preload", BW_ACC_WRITE) == BW_CLASS_DYNAMIC_LINKER);
	CHECK(CLASSIFY("/w/app/.github/workflows/x.yaml", BW_ACC_WRITE) == BW_CLASS_CI_WORKFLOW);
	CHECK(PRE("credentials", BW_ACC_READ) && PRE("id_rsa", BW_ACC_READ));
	CHECK(!PRE2("lib", "index.js", BW_ACC_READ) && !PRE2("app", "package.json", BW_ACC_READ));
	CHECK(PRE2(".aws", "credentials", BW_ACC_READ) && PRE2("cache", "abc.json", BW_ACC_READ));
	CHECK(PRE2(".ssh", "id_rsa", BW_ACC_READ) && !PRE2("keys", "id_rsa", BW_ACC_READ));
	CHECK(PRE2("cron.d", "job", BW_ACC_WRITE) && !PRE2("cron.d", "job", BW_ACC_READ));
	CHECK(PRE2("x", "anything", BW_ACC_WRITE));	/* the cron spool rule spans directories */
	/* every default rule names a real class of the right category */
	for (size_t i = 0; i < bw_default_path_rules_count; i++) {
		const struct bw_path_rule *r = &bw_default_path_rules[i];
		int cat = bw_class_category(r->cls);

		CHECK(r->cls == BW_CLASS_NONE ||
		      (r->access == BW_ACC_READ ? cat == BW_CAT_CREDENTIAL : cat == BW_CAT_PERSIST));
	}
	CHECK(!strcmp(bw_class_name(BW_CLASS_CLOUD_IMDS), "cloud_imds"));
	CHECK(bw_class_from_name("ssh_key") == BW_CLASS_SSH_KEY && bw_class_from_name("x") < 0);
	CHECK(!strcmp(bw_kind_name(BW_KIND_NPM), "package_install_npm"));
	CHECK(bw_kind_from_name("cicd_runner_gitlab") == BW_KIND_GITLAB);
}

void test_jsonw(void)
{
	struct jsonw w;

	jw_init(&w);
	jw_obj_open(&w);
	jw_kstr(&w, "a", "q\"\\\n\x01");
	jw_key(&w, "b");
	jw_arr_open(&w);
	jw_u64(&w, 1);
	jw_strn(&w, "xy", 1);
	jw_str(&w, "z");
	jw_bool(&w, false);
	jw_null(&w);
	jw_arr_close(&w);
	jw_kstr(&w, "skipped", NULL);
	jw_obj_close(&w);
	CHECK(!strcmp(jw_text(&w), "{\"a\":\"q\\\"\\\\\\n\\u0001\",\"b\":[1,\"x\",\"z\",false,null]}"));
	jw_free(&w);
}

#define ALLOWED(kind, cls, root, prog, parent) ({ \
	struct bw_reader _r = { kind, cls, root, prog, parent }; \
	bw_allow_match(bw_default_allow_rules, bw_default_allow_rules_count, &_r); })

void test_allow(void)
{
	/* npm's own root reads ~/.npmrc: expected */
	CHECK(ALLOWED(BW_KIND_NPM, BW_CLASS_REGISTRY_TOKEN, true, "npm", NULL));
	/* ... but not a lifecycle script (node child), nor npm outside its context root */
	CHECK(!ALLOWED(BW_KIND_NPM, BW_CLASS_REGISTRY_TOKEN, false, "npm", NULL));
	CHECK(!ALLOWED(BW_KIND_NPM, BW_CLASS_REGISTRY_TOKEN, true, "collect.js", NULL));
	/* nor a different credential class */
	CHECK(!ALLOWED(BW_KIND_NPM, BW_CLASS_CLOUD_CREDENTIALS_FILE, true, "npm", NULL));
	/* pip reads ~/.netrc; a "python3 setup.py install" root is package code */
	CHECK(ALLOWED(BW_KIND_PIP, BW_CLASS_VCS_TOKEN, true, "pip3", NULL));
	CHECK(!ALLOWED(BW_KIND_PIP, BW_CLASS_VCS_TOKEN, true, "setup.py", NULL));
	/* the npm rule does not carry over to another ecosystem's context */
	CHECK(!ALLOWED(BW_KIND_PIP, BW_CLASS_REGISTRY_TOKEN, true, "npm", NULL));
	CHECK(ALLOWED(BW_KIND_CARGO, BW_CLASS_REGISTRY_TOKEN, true, "cargo", NULL));
	/* ssh run by git in any install reads keys; ssh run by a script does not */
	CHECK(ALLOWED(BW_KIND_NPM, BW_CLASS_SSH_KEY, false, "ssh", "git"));
	CHECK(!ALLOWED(BW_KIND_NPM, BW_CLASS_SSH_KEY, false, "ssh", "sh"));
	CHECK(!ALLOWED(BW_KIND_NPM, BW_CLASS_SSH_KEY, false, "ssh", NULL));
	/* install-only rules do not apply in CI contexts; bad kinds never match */
	CHECK(!ALLOWED(BW_KIND_GITHUB, BW_CLASS_SSH_KEY, false, "ssh", "git"));
	CHECK(!ALLOWED(99, BW_CLASS_SSH_KEY, false, "ssh", "git"));
	CHECK(!ALLOWED(-1, BW_CLASS_SSH_KEY, false, "ssh", "git"));
}
