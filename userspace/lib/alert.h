/* SPDX-License-Identifier: MIT */
/*
 * An alert as userspace sees it: parsed from the module's BW_A_ALERT
 * attribute (pointers into the netlink message: valid while it is), then
 * rendered as the DESIGN §5 JSON object or as text for a terminal.
 */
#ifndef BWU_ALERT_H
#define BWU_ALERT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define BWC_MAX_ITEMS 64

struct bwc_args {		/* NUL-separated argv bytes */
	const char *p;
	size_t len;
};

struct bwc_evidence {
	const char *category, *cls, *comm, *path, *exe, *dest;
	uint64_t time;
	uint32_t pid;
	struct bwc_args argv;
};

struct bwc_proc {
	uint32_t pid, ppid;
	const char *comm, *exe;
	struct bwc_args cmdline;
};

struct bwc_alert {
	uint64_t seq, time, load_id;
	const char *rule, *severity;
	bool upgrade;
	struct {
		uint64_t id, parent_id, created;
		uint32_t root_pid;
		const char *kind, *parent_kind, *root_exe;
		struct bwc_args root_cmdline;
		const char *pkg_name, *pkg_version, *pkg_script, *pkg_dir;
		const char *ci_provider, *ci_repository, *ci_workflow, *ci_job,
			*ci_run_id, *ci_step;
	} ctx;
	uint32_t count_cred, count_exfil, count_persist;
	int n_ev, n_tree;
	struct bwc_evidence ev[BWC_MAX_ITEMS];
	struct bwc_proc tree[BWC_MAX_ITEMS];
};

struct nlattr;
/* Parse a BW_A_ALERT attribute; returns 0 or a negative libnl error. */
int bwc_alert_parse(struct nlattr *alert, struct bwc_alert *a);

/* Host facts that the JSON carries beside the kernel's fields. */
struct bwc_host {
	char host[256];
	char boot_id[64];
};
void bwc_host_init(struct bwc_host *h);

/* One-line JSON object (no newline); malloc'd, NULL on allocation failure. */
char *bwc_alert_json(const struct bwc_alert *a, const struct bwc_host *h);

/* Multi-line text for people; @color adds ANSI colours. */
void bwc_alert_print(FILE *f, const struct bwc_alert *a, bool color);

/* RFC 3339 UTC time with microseconds. */
void bwc_format_time(uint64_t ns, char *buf, size_t len);
/* argv bytes joined with spaces, non-printables replaced; into @buf. */
void bwc_args_join(const struct bwc_args *a, char *buf, size_t len);

#endif
