/* SPDX-License-Identifier: GPL-2.0 */
/*
 * buildward internal interfaces. Data flow:
 *   hooks_*.c → tags.c (is this task in a context?) → classify_*.c →
 *   signal.c (evidence + correlation per context) → alert.c (backlog ring,
 *   work item) → netlink.c (genl family "buildward").
 */
#ifndef BW_H
#define BW_H

#include <linux/types.h>
#include <linux/atomic.h>
#include <linux/percpu.h>
#include <linux/refcount.h>
#include <linux/rhashtable-types.h>
#include <linux/spinlock.h>
#include <linux/list.h>
#include <linux/sched.h>

#include "../include/bw/names.h"
#include "../include/bw/correlate.h"

#define BW_VERSION "0.1.0"

/* ---- counters (stats.c) -------------------------------------------------- */
#define BW_COUNTERS(X)                                                       \
	X(TAGS_ACTIVE, "tags_active")                                        \
	X(TAGS_CREATED, "tags_created")                                      \
	X(TAGS_DROPPED_CAP, "tags_dropped_cap")                              \
	X(CONTEXTS_ACTIVE, "contexts_active")                                \
	X(CONTEXTS_CREATED, "contexts_created")                              \
	X(CONTEXTS_DROPPED_CAP, "contexts_dropped_cap")                      \
	X(CONTEXTS_REAPED, "contexts_reaped")                                \
	X(SIGNALS, "signals")                                                \
	X(SIGNALS_ALLOWED, "signals_allowed")                                \
	X(EVIDENCE_DROPPED, "evidence_dropped")                              \
	X(ALERTS_RAISED, "alerts_raised")                                    \
	X(ALERTS, "alerts")                                                  \
	X(ALERTS_DROPPED_QUEUE, "alerts_dropped_queue")                      \
	X(ALERTS_MCAST_FAILED, "alerts_mcast_failed")                        \
	X(ALERTS_EVICTED_BACKLOG, "alerts_evicted_backlog")                  \
	X(ALLOC_FAILURES, "alloc_failures")                                  \
	X(USER_READ_FAULTS, "user_read_faults")                              \
	X(HOOK_EXEC, "hook_exec")                                            \
	X(HOOK_FORK, "hook_fork")                                            \
	X(HOOK_EXIT, "hook_exit")                                            \
	X(HOOK_FILE_OPEN, "hook_file_open")                                  \
	X(PATHS_RESOLVED, "paths_resolved")                                  \
	X(KPROBE_MISSED, "kprobe_missed")

#define BW_X_ENUM(e, n) BW_C_##e,
enum bw_counter { BW_COUNTERS(BW_X_ENUM) BW_C__COUNT };
#undef BW_X_ENUM

/* Per-CPU: hooks count on every call, a shared cache line would bounce. */
DECLARE_PER_CPU(u64, bw_pcpu_counters[BW_C__COUNT]);
extern const char *const bw_counter_names[BW_C__COUNT];

static inline void bw_count(enum bw_counter c)
{
	this_cpu_inc(bw_pcpu_counters[c]);
}

/* Sum over CPUs; gauges (tags, contexts) and kprobe nmissed read live. */
u64 bw_counter_read(enum bw_counter c);

/* ---- configuration (config.c) ------------------------------------------- */
struct bw_config {
	u64 window_ns;		/* correlation window */
	u64 grace_ns;		/* context lifetime after its last member */
	unsigned int max_tags;
	unsigned int max_contexts;
	unsigned int backlog;	/* alerts kept for replay */
	unsigned int evidence_per_cat;
};
extern struct bw_config bw_cfg;
int bw_config_init(void);

/* ---- process info of an exec (procinfo.c) -------------------------------- */
#define BW_EXE_LEN 128
#define BW_CMDLINE_LEN 256
#define BW_PROG_LEN 32

/* What one exec looked like; shared by the exec'ing task and its forks. */
struct bw_procinfo {
	refcount_t ref;
	u32 argv_len;			/* bytes used in argv, NUL-separated */
	char prog[BW_PROG_LEN];		/* program it runs (bw_argv_program) */
	char exe[BW_EXE_LEN];
	char argv[BW_CMDLINE_LEN];
};

struct bw_procinfo *bw_procinfo_new(const char *exe, const char *prog,
				    const char *argv, size_t len);
void bw_procinfo_put(struct bw_procinfo *pi);
int bw_procinfo_init(void);
void bw_procinfo_exit(void);
static inline struct bw_procinfo *bw_procinfo_get(struct bw_procinfo *pi)
{
	if (pi)
		refcount_inc(&pi->ref);
	return pi;
}

/* ---- attribution ---------------------------------------------------------- */
#define BW_ATTR_LEN 64
/* Which package or CI step a task works for; shared, immutable once made. */
struct bw_attrib {
	refcount_t ref;
	char pkg_name[BW_ATTR_LEN];
	char pkg_version[32];
	char pkg_script[32];
};

struct bw_attrib *bw_attrib_new(void);
void bw_attrib_put(struct bw_attrib *a);
static inline struct bw_attrib *bw_attrib_get(struct bw_attrib *a)
{
	if (a)
		refcount_inc(&a->ref);
	return a;
}

/* ---- contexts (context.c) ------------------------------------------------- */
struct bw_evidence {
	struct list_head node;
	u8 category, cls;
	pid_t pid;
	u64 time;		/* ns since the epoch */
	char comm[TASK_COMM_LEN];
	char path[256];		/* file path, or "" */
	char dest[64];		/* address, or "" */
	struct bw_procinfo *pi;	/* exe + argv of the acting process */
	struct bw_attrib *attr;	/* package/step of the acting process */
};

struct bw_ctx {
	refcount_t ref;
	atomic_t members;		/* tasks whose innermost context is this */
	u64 id;
	int kind;
	struct bw_ctx *parent;		/* enclosing context (ref held) or NULL */
	pid_t root_pid;
	u64 created;			/* ns since the epoch */
	u64 ended;			/* ktime ns when members hit 0, or 0 */
	struct bw_procinfo *root;	/* root exec (ref held) */

	spinlock_t lock;		/* protects everything below */
	struct bw_corr corr;
	struct list_head evidence;	/* struct bw_evidence, oldest first */
	unsigned int n_evidence[BW_CAT__COUNT];

	struct list_head all;		/* bw_contexts, under bw_ctx_lock */
	struct rcu_head rcu;
};

struct bw_ctx *bw_ctx_create(int kind, struct bw_ctx *parent,
			     struct task_struct *root, struct bw_procinfo *pi);
void bw_ctx_get(struct bw_ctx *ctx);
void bw_ctx_put(struct bw_ctx *ctx);
void bw_ctx_member_add(struct bw_ctx *ctx);
void bw_ctx_member_del(struct bw_ctx *ctx);
int bw_contexts_init(void);
void bw_contexts_exit(void);
extern atomic_t bw_nr_contexts;

/* ---- task tags (tags.c) --------------------------------------------------- */
struct bw_tag {
	struct rhash_head node;
	struct task_struct *task;	/* key; the tag dies at its exit */
	struct bw_ctx *ctx;		/* innermost context (ref + member) */
	struct bw_procinfo *pi;		/* its current exec (ref) */
	struct bw_attrib *attr;		/* innermost package/step known (ref) */
	struct rcu_head rcu;
};

/* Fast path: no context exists at all → nothing to do. */
extern atomic_t bw_nr_tags;
static inline bool bw_any_tags(void)
{
	return atomic_read(&bw_nr_tags) != 0;
}

/*
 * Tags are written only by their own task (exec, exit) or by its parent
 * before the child runs (fork): a task may read and update its own tag's
 * fields without a lock. Lookup requires rcu_read_lock (or preemption off).
 */
struct bw_tag *bw_tag_lookup(struct task_struct *t);
struct bw_tag *bw_tag_insert(struct task_struct *t, struct bw_ctx *ctx,
			     struct bw_procinfo *pi, struct bw_attrib *attr);
void bw_tag_set_ctx(struct bw_tag *tag, struct bw_ctx *ctx);
void bw_tag_remove(struct task_struct *t);
int bw_tags_init(void);
void bw_tags_exit(void);

/* ---- classification (classify_*.c) -------------------------------------- */
struct linux_binprm;
struct file;
void bw_classify_exec(struct task_struct *t, struct linux_binprm *bprm);
void bw_classify_file_open(struct file *f);

/* ---- signals and correlation (signal.c) ---------------------------------- */
struct bw_signal {
	int cls;
	const char *path;	/* or NULL */
	const char *dest;	/* or NULL */
};
void bw_signal(struct bw_tag *tag, const struct bw_signal *s);

/* ---- alerts (alert.c) ------------------------------------------------------ */
#define BW_TREE_MAX 16
struct bw_tree_node {
	pid_t pid, ppid;
	char comm[TASK_COMM_LEN];
	struct bw_procinfo *pi;
};

/* Queue an alert for @ctx; called from hook context (no sleeping). */
void bw_alert_raise(struct bw_ctx *ctx, u8 severity, bool upgrade,
		    struct task_struct *actor, struct bw_attrib *attr);
int bw_alerts_init(void);
void bw_alerts_exit(void);	/* after hooks are gone */
struct sk_buff;
struct netlink_callback;
int bw_alerts_dump(struct sk_buff *skb, struct netlink_callback *cb, u64 since);
u64 bw_alerts_last_seq(void);
extern u64 bw_load_id;

/* ---- netlink (netlink.c) -------------------------------------------------- */
int bw_netlink_init(void);
void bw_netlink_exit(void);
int bw_netlink_multicast_alert(const void *nest, u32 len);
extern struct genl_family bw_genl_family;

/* ---- hooks (hooks_*.c) ---------------------------------------------------- */
int bw_hooks_proc_init(void);
void bw_hooks_proc_exit(void);
int bw_hooks_file_init(void);
void bw_hooks_file_exit(void);
unsigned long bw_hooks_file_nmissed(void);

/* ---- helpers -------------------------------------------------------------- */
u64 bw_now_real(void);		/* ns since the epoch */

#endif
