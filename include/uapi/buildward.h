/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note OR MIT */
/*
 * buildward generic netlink API (family "buildward", version 1).
 *
 * Only the initial network namespace is served. Every command requires
 * CAP_NET_ADMIN (GENL_ADMIN_PERM); the "alerts" multicast group may only be
 * joined with CAP_NET_ADMIN as well (alerts carry command lines and paths).
 * Attribute and command numbers are append-only; validation is strict.
 *
 * Commands
 *   BW_CMD_GET_STATUS   doit. Reply: BW_A_VERSION, BW_A_LOAD_ID,
 *                       BW_A_LAST_SEQ, BW_A_COUNTERS.
 *   BW_CMD_GET_ALERTS   dumpit. Request: optional BW_A_SINCE_SEQ (u64).
 *                       One BW_CMD_ALERT message per alert still in the
 *                       backlog with seq > SINCE_SEQ, oldest first.
 *   BW_CMD_ALERT        never sent by userspace: the multicast alert, and
 *                       the message type of each GET_ALERTS dump entry.
 *                       Carries BW_A_ALERT (nested, enum bw_alert_attr).
 *
 * Counters (BW_A_COUNTERS) are self-describing: a list of nested
 * BW_A_COUNTER entries, each {BW_CNT_NAME string, BW_CNT_VALUE u64}, so
 * tools print counters added by newer modules without an update.
 */
#ifndef _UAPI_BUILDWARD_H
#define _UAPI_BUILDWARD_H

#define BW_GENL_NAME		"buildward"
#define BW_GENL_VERSION		1
#define BW_GENL_MCGRP_ALERTS	"alerts"

enum bw_cmd {
	BW_CMD_UNSPEC,
	BW_CMD_GET_STATUS,
	BW_CMD_GET_ALERTS,
	BW_CMD_ALERT,
	__BW_CMD_MAX,
};
#define BW_CMD_MAX (__BW_CMD_MAX - 1)

/* Top-level attributes. */
enum bw_attr {
	BW_A_UNSPEC,
	BW_A_PAD,
	BW_A_VERSION,		/* string: module version */
	BW_A_COUNTERS,		/* nest: BW_A_COUNTER* */
	BW_A_COUNTER,		/* nest: enum bw_counter_attr */
	BW_A_SINCE_SEQ,		/* u64 */
	BW_A_ALERT,		/* nest: enum bw_alert_attr */
	BW_A_LOAD_ID,		/* u64: random per module load (status) */
	BW_A_LAST_SEQ,		/* u64: seq of the newest alert (status) */
	__BW_A_MAX,
};
#define BW_A_MAX (__BW_A_MAX - 1)

enum bw_counter_attr {
	BW_CNT_UNSPEC,
	BW_CNT_PAD,
	BW_CNT_NAME,		/* string */
	BW_CNT_VALUE,		/* u64 */
	__BW_CNT_MAX,
};
#define BW_CNT_MAX (__BW_CNT_MAX - 1)

/* An alert. Times are nanoseconds since the Unix epoch (CLOCK_REALTIME). */
enum bw_alert_attr {
	BW_AL_UNSPEC,
	BW_AL_PAD,
	BW_AL_SEQ,		/* u64: monotonic per module load */
	BW_AL_TIME,		/* u64 */
	BW_AL_RULE,		/* string: "supply_chain_secret_exfiltration", … */
	BW_AL_SEVERITY,		/* string: "high" | "critical" */
	BW_AL_UPGRADE,		/* flag: follows a high alert of the same context */
	BW_AL_CONTEXT,		/* nest: enum bw_ctx_attr */
	BW_AL_EVIDENCE,		/* nest: BW_AL_ITEM* of enum bw_ev_attr */
	BW_AL_TREE,		/* nest: BW_AL_ITEM* of enum bw_proc_attr, root first */
	BW_AL_ITEM,		/* nest: one evidence or process entry */
	BW_AL_COUNT_CRED,	/* u32: credential access signals in the context */
	BW_AL_COUNT_EXFIL,	/* u32 */
	BW_AL_COUNT_PERSIST,	/* u32 */
	BW_AL_LOAD_ID,		/* u64: random per module load; seq restarts with it */
	__BW_AL_MAX,
};
#define BW_AL_MAX (__BW_AL_MAX - 1)

enum bw_ctx_attr {
	BW_CTX_UNSPEC,
	BW_CTX_PAD,
	BW_CTX_ID,		/* u64 */
	BW_CTX_KIND,		/* string: "package_install_npm", … */
	BW_CTX_PARENT_ID,	/* u64 */
	BW_CTX_PARENT_KIND,	/* string */
	BW_CTX_ROOT_PID,	/* u32 */
	BW_CTX_ROOT_EXE,	/* string */
	BW_CTX_ROOT_CMDLINE,	/* string (masked) */
	BW_CTX_PKG_NAME,	/* string */
	BW_CTX_PKG_VERSION,	/* string */
	BW_CTX_PKG_SCRIPT,	/* string: lifecycle event */
	BW_CTX_PKG_DIR,		/* string: pip source directory */
	BW_CTX_CI_PROVIDER,	/* string */
	BW_CTX_CI_REPOSITORY,	/* string */
	BW_CTX_CI_WORKFLOW,	/* string */
	BW_CTX_CI_JOB,		/* string */
	BW_CTX_CI_RUN_ID,	/* string */
	BW_CTX_CI_STEP,		/* string */
	BW_CTX_CREATED,		/* u64: ns since the epoch */
	__BW_CTX_MAX,
};
#define BW_CTX_MAX (__BW_CTX_MAX - 1)

enum bw_ev_attr {
	BW_EV_UNSPEC,
	BW_EV_PAD,
	BW_EV_CATEGORY,		/* string: "credential_access" | "exfiltration" | "persistence" */
	BW_EV_CLASS,		/* string: signal class */
	BW_EV_TIME,		/* u64 */
	BW_EV_PID,		/* u32 */
	BW_EV_COMM,		/* string */
	BW_EV_PATH,		/* string */
	BW_EV_EXE,		/* string */
	BW_EV_ARGV,		/* binary: NUL-separated arguments (masked) */
	BW_EV_DEST,		/* string: "addr:port" or a host name */
	__BW_EV_MAX,
};
#define BW_EV_MAX (__BW_EV_MAX - 1)

enum bw_proc_attr {
	BW_PROC_UNSPEC,
	BW_PROC_PID,		/* u32 */
	BW_PROC_PPID,		/* u32 */
	BW_PROC_COMM,		/* string */
	BW_PROC_EXE,		/* string */
	BW_PROC_CMDLINE,	/* string (masked, space-joined) */
	__BW_PROC_MAX,
};
#define BW_PROC_MAX (__BW_PROC_MAX - 1)

#endif
