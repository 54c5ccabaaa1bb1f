// SPDX-License-Identifier: MIT
/* struct bwc_alert → DESIGN §5 JSON, and → text for a terminal. */
#include "alert.h"
#include "jsonw.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void read_line(const char *path, char *buf, size_t len)
{
	FILE *f = fopen(path, "r");

	buf[0] = '\0';
	if (!f)
		return;
	if (fgets(buf, (int)len, f))
		buf[strcspn(buf, "\n")] = '\0';
	fclose(f);
}

void bwc_host_init(struct bwc_host *h)
{
	if (gethostname(h->host, sizeof(h->host)) != 0)
		strcpy(h->host, "unknown");
	h->host[sizeof(h->host) - 1] = '\0';
	read_line("/proc/sys/kernel/random/boot_id", h->boot_id, sizeof(h->boot_id));
}

void bwc_format_time(uint64_t ns, char *buf, size_t len)
{
	time_t s = (time_t)(ns / 1000000000ull);
	struct tm tm;
	char base[32];

	gmtime_r(&s, &tm);
	strftime(base, sizeof(base), "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(buf, len, "%s.%06" PRIu64 "Z", base, (ns / 1000) % 1000000);
}

void bwc_args_join(const struct bwc_args *a, char *buf, size_t len)
{
	size_t i, o = 0;

	if (!len)
		return;
	for (i = 0; i < a->len && o + 1 < len; i++) {
		unsigned char c = (unsigned char)a->p[i];

		if (c == '\0') {
			if (i + 1 == a->len)
				break;
			c = ' ';
		} else if (c < 0x20 || c == 0x7f) {
			c = '?';
		}
		buf[o++] = (char)c;
	}
	buf[o] = '\0';
}

static void jw_argv(struct jsonw *w, const char *key, const struct bwc_args *a)
{
	size_t i = 0;

	if (!a->p)
		return;
	jw_key(w, key);
	jw_arr_open(w);
	while (i < a->len) {
		size_t n = strnlen(a->p + i, a->len - i);

		jw_strn(w, a->p + i, n);
		i += n + 1;
	}
	jw_arr_close(w);
}

static void jw_time(struct jsonw *w, const char *key, uint64_t ns)
{
	char t[48];

	if (!ns)
		return;
	bwc_format_time(ns, t, sizeof(t));
	jw_kstr(w, key, t);
}

static void jw_cmdline(struct jsonw *w, const char *key, const struct bwc_args *a)
{
	char buf[4096];

	if (!a->p)
		return;
	bwc_args_join(a, buf, sizeof(buf));
	jw_kstr(w, key, buf);
}

static void corr_key(char *buf, size_t len, const char *kind,
		     const struct bwc_host *h, uint64_t load_id, uint64_t id)
{
	snprintf(buf, len, "%s:%s:%08" PRIx64 "-%" PRIu64, kind ? kind : "unknown",
		 h->boot_id, load_id >> 32, id);
}

char *bwc_alert_json(const struct bwc_alert *a, const struct bwc_host *h)
{
	struct jsonw w;
	char key[256];
	char *out;
	int i;

	jw_init(&w);
	jw_obj_open(&w);
	jw_kstr(&w, "schema", "buildward.alert/1");
	jw_ku64(&w, "seq", a->seq);
	jw_time(&w, "time", a->time);
	jw_kstr(&w, "host", h->host);
	jw_kstr(&w, "boot_id", h->boot_id);
	jw_kstr(&w, "rule", a->rule ? a->rule : "supply_chain_secret_exfiltration");
	jw_kstr(&w, "severity", a->severity);
	jw_key(&w, "upgrade");
	jw_bool(&w, a->upgrade);

	jw_key(&w, "categories");
	jw_arr_open(&w);
	if (a->count_cred)
		jw_str(&w, "credential_access");
	if (a->count_exfil)
		jw_str(&w, "exfiltration");
	if (a->count_persist)
		jw_str(&w, "persistence");
	jw_arr_close(&w);

	jw_key(&w, "context");
	jw_obj_open(&w);
	jw_kstr(&w, "kind", a->ctx.kind);
	corr_key(key, sizeof(key), a->ctx.kind, h, a->load_id, a->ctx.id);
	jw_kstr(&w, "correlation_key", key);
	if (a->ctx.parent_id) {
		corr_key(key, sizeof(key), a->ctx.parent_kind, h, a->load_id, a->ctx.parent_id);
		jw_kstr(&w, "parent_correlation_key", key);
	}
	jw_key(&w, "root");
	jw_obj_open(&w);
	jw_ku64(&w, "pid", a->ctx.root_pid);
	jw_kstr(&w, "exe", a->ctx.root_exe);
	jw_cmdline(&w, "cmdline", &a->ctx.root_cmdline);
	jw_obj_close(&w);
	if (a->ctx.pkg_name || a->ctx.pkg_dir) {
		jw_key(&w, "package");
		jw_obj_open(&w);
		jw_kstr(&w, "name", a->ctx.pkg_name);
		jw_kstr(&w, "version", a->ctx.pkg_version);
		jw_kstr(&w, "script", a->ctx.pkg_script);
		jw_kstr(&w, "dir", a->ctx.pkg_dir);
		jw_obj_close(&w);
	}
	if (a->ctx.ci_provider) {
		jw_key(&w, "ci");
		jw_obj_open(&w);
		jw_kstr(&w, "provider", a->ctx.ci_provider);
		jw_kstr(&w, "repository", a->ctx.ci_repository);
		jw_kstr(&w, "workflow", a->ctx.ci_workflow);
		jw_kstr(&w, "job", a->ctx.ci_job);
		jw_kstr(&w, "run_id", a->ctx.ci_run_id);
		jw_kstr(&w, "step", a->ctx.ci_step);
		jw_obj_close(&w);
	}
	jw_obj_close(&w);

	jw_key(&w, "evidence");
	jw_arr_open(&w);
	for (i = 0; i < a->n_ev; i++) {
		const struct bwc_evidence *e = &a->ev[i];

		jw_obj_open(&w);
		jw_kstr(&w, "category", e->category);
		jw_kstr(&w, "class", e->cls);
		jw_kstr(&w, "path", e->path);
		jw_ku64(&w, "pid", e->pid);
		jw_kstr(&w, "comm", e->comm);
		jw_kstr(&w, "exe", e->exe);
		jw_argv(&w, "argv", &e->argv);
		jw_kstr(&w, "dest", e->dest);
		jw_time(&w, "time", e->time);
		jw_obj_close(&w);
	}
	jw_arr_close(&w);

	jw_key(&w, "process_tree");
	jw_arr_open(&w);
	for (i = 0; i < a->n_tree; i++) {
		const struct bwc_proc *p = &a->tree[i];

		jw_obj_open(&w);
		jw_ku64(&w, "pid", p->pid);
		jw_ku64(&w, "ppid", p->ppid);
		jw_kstr(&w, "comm", p->comm);
		jw_kstr(&w, "exe", p->exe);
		jw_cmdline(&w, "cmdline", &p->cmdline);
		jw_obj_close(&w);
	}
	jw_arr_close(&w);

	jw_key(&w, "counts");
	jw_obj_open(&w);
	jw_ku64(&w, "credential_access", a->count_cred);
	jw_ku64(&w, "exfiltration", a->count_exfil);
	jw_ku64(&w, "persistence", a->count_persist);
	jw_obj_close(&w);
	jw_obj_close(&w);

	out = jw_text(&w) ? strdup(jw_text(&w)) : NULL;
	jw_free(&w);
	return out;
}

#define C(on, code) ((on) ? "\033[" code "m" : "")

void bwc_alert_print(FILE *f, const struct bwc_alert *a, bool color)
{
	bool crit = a->severity && !strcmp(a->severity, "critical");
	char t[48], line[4096];
	int i;

	bwc_format_time(a->time, t, sizeof(t));
	fprintf(f, "%s%s %s%s  #%" PRIu64 "  %s  %s\n",
		color ? (crit ? "\033[1;41;97m" : "\033[1;31m") : "",
		crit ? "CRITICAL" : "HIGH", C(color, "0"),
		a->upgrade ? " (upgrade)" : "", a->seq, t,
		a->rule ? a->rule : "");
	bwc_args_join(&a->ctx.root_cmdline, line, sizeof(line));
	fprintf(f, "  %scontext%s   %s  root pid %u: %s\n", C(color, "1"), C(color, "0"),
		a->ctx.kind ? a->ctx.kind : "?", a->ctx.root_pid, line);
	if (a->ctx.parent_kind)
		fprintf(f, "  %sinside%s    %s\n", C(color, "1"), C(color, "0"),
			a->ctx.parent_kind);
	if (a->ctx.pkg_name)
		fprintf(f, "  %spackage%s   %s%s%s%s%s%s\n", C(color, "1"), C(color, "0"),
			a->ctx.pkg_name, a->ctx.pkg_version ? "@" : "",
			a->ctx.pkg_version ? a->ctx.pkg_version : "",
			a->ctx.pkg_script ? " (" : "",
			a->ctx.pkg_script ? a->ctx.pkg_script : "",
			a->ctx.pkg_script ? ")" : "");
	if (a->ctx.ci_provider)
		fprintf(f, "  %sci%s        %s %s %s %s %s\n", C(color, "1"), C(color, "0"),
			a->ctx.ci_provider,
			a->ctx.ci_repository ? a->ctx.ci_repository : "",
			a->ctx.ci_workflow ? a->ctx.ci_workflow : "",
			a->ctx.ci_job ? a->ctx.ci_job : "",
			a->ctx.ci_step ? a->ctx.ci_step : "");
	fprintf(f, "  %sevidence%s  (credential access %u, exfiltration %u, persistence %u)\n",
		C(color, "1"), C(color, "0"), a->count_cred, a->count_exfil, a->count_persist);
	for (i = 0; i < a->n_ev; i++) {
		const struct bwc_evidence *e = &a->ev[i];

		bwc_args_join(&e->argv, line, sizeof(line));
		fprintf(f, "    %s%-17s%s %-22s %s%s%s  by %s[%u]\n",
			C(color, "33"), e->category ? e->category : "?", C(color, "0"),
			e->cls ? e->cls : "?",
			e->path ? e->path : (e->dest ? e->dest : line),
			e->path && e->dest ? " -> " : "",
			e->path && e->dest ? e->dest : "",
			e->comm ? e->comm : "?", e->pid);
	}
	fprintf(f, "  %sprocess tree%s\n", C(color, "1"), C(color, "0"));
	for (i = 0; i < a->n_tree; i++) {
		const struct bwc_proc *p = &a->tree[i];

		bwc_args_join(&p->cmdline, line, sizeof(line));
		fprintf(f, "    %*s%s%u %s\n", i * 2, "", i ? "└─ " : "", p->pid,
			line[0] ? line : (p->comm ? p->comm : "?"));
	}
}
