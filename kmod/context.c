// SPDX-License-Identifier: GPL-2.0
/*
 * Execution contexts (DESIGN §2): created at the exec that starts a package
 * install or CI job, inherited by every descendant, kept for a grace period
 * after the last member task exits, then reaped. Bounded by max_contexts.
 */
#include <linux/slab.h>
#include <linux/workqueue.h>
#include <linux/ktime.h>
#include <linux/timekeeping.h>
#include "bw.h"

#define BW_NEST_MAX 8
#define BW_REAP_PERIOD (5 * HZ)

atomic_t bw_nr_contexts = ATOMIC_INIT(0);
static atomic64_t bw_ctx_next_id = ATOMIC64_INIT(0);
static LIST_HEAD(bw_contexts);
static DEFINE_SPINLOCK(bw_ctx_lock);
static struct kmem_cache *bw_ctx_cache;
static struct delayed_work bw_reap_work;

u64 bw_now_real(void)
{
	return ktime_get_real_ns();
}

void bw_ctx_get(struct bw_ctx *ctx)
{
	refcount_inc(&ctx->ref);
}

static void bw_ctx_free(struct bw_ctx *ctx)
{
	struct bw_evidence *ev, *tmp;
	struct bw_ctx *parent;

	/* Iterate, not recurse, up the (bounded) parent chain. */
	while (ctx) {
		parent = ctx->parent;
		list_for_each_entry_safe(ev, tmp, &ctx->evidence, node) {
			bw_procinfo_put(ev->pi);
			bw_attrib_put(ev->attr);
			kfree(ev);
		}
		bw_procinfo_put(ctx->root);
		kmem_cache_free(bw_ctx_cache, ctx);
		atomic_dec(&bw_nr_contexts);
		ctx = parent && refcount_dec_and_test(&parent->ref) ? parent : NULL;
	}
}

void bw_ctx_put(struct bw_ctx *ctx)
{
	if (ctx && refcount_dec_and_test(&ctx->ref))
		bw_ctx_free(ctx);
}

void bw_ctx_member_add(struct bw_ctx *ctx)
{
	atomic_inc(&ctx->members);
	WRITE_ONCE(ctx->ended, 0);
}

void bw_ctx_member_del(struct bw_ctx *ctx)
{
	if (atomic_dec_and_test(&ctx->members))
		WRITE_ONCE(ctx->ended, ktime_get_ns());
}

static int bw_ctx_depth(struct bw_ctx *ctx)
{
	int d = 0;

	for (; ctx; ctx = ctx->parent)
		d++;
	return d;
}

/* Returns a context with one reference for the caller (the list holds another). */
struct bw_ctx *bw_ctx_create(int kind, struct bw_ctx *parent,
			     struct task_struct *root, struct bw_procinfo *pi)
{
	struct bw_ctx *ctx;

	if (parent && bw_ctx_depth(parent) >= BW_NEST_MAX)
		return NULL;
	if (atomic_inc_return(&bw_nr_contexts) > bw_cfg.max_contexts) {
		atomic_dec(&bw_nr_contexts);
		bw_count(BW_C_CONTEXTS_DROPPED_CAP);
		return NULL;
	}
	ctx = kmem_cache_zalloc(bw_ctx_cache, GFP_ATOMIC);
	if (!ctx) {
		atomic_dec(&bw_nr_contexts);
		bw_count(BW_C_ALLOC_FAILURES);
		return NULL;
	}
	refcount_set(&ctx->ref, 2);
	atomic_set(&ctx->members, 0);
	ctx->id = atomic64_inc_return(&bw_ctx_next_id);
	ctx->kind = kind;
	ctx->parent = parent;
	if (parent) {
		bw_ctx_get(parent);
	}
	ctx->root_pid = task_tgid_nr(root);
	ctx->created = bw_now_real();
	ctx->ended = ktime_get_ns();
	ctx->root = bw_procinfo_get(pi);
	spin_lock_init(&ctx->lock);
	INIT_LIST_HEAD(&ctx->evidence);

	spin_lock(&bw_ctx_lock);
	list_add_tail(&ctx->all, &bw_contexts);
	spin_unlock(&bw_ctx_lock);
	bw_count(BW_C_CONTEXTS_CREATED);
	return ctx;
}

static void bw_reap(struct work_struct *work)
{
	struct bw_ctx *ctx, *tmp;
	LIST_HEAD(dead);
	u64 now = ktime_get_ns();

	spin_lock(&bw_ctx_lock);
	list_for_each_entry_safe(ctx, tmp, &bw_contexts, all) {
		u64 ended = READ_ONCE(ctx->ended);

		if (atomic_read(&ctx->members) == 0 && ended &&
		    now - ended >= bw_cfg.grace_ns)
			list_move(&ctx->all, &dead);
	}
	spin_unlock(&bw_ctx_lock);

	list_for_each_entry_safe(ctx, tmp, &dead, all) {
		list_del(&ctx->all);
		bw_count(BW_C_CONTEXTS_REAPED);
		bw_ctx_put(ctx);
	}
	schedule_delayed_work(&bw_reap_work, BW_REAP_PERIOD);
}

int bw_contexts_init(void)
{
	bw_ctx_cache = KMEM_CACHE(bw_ctx, 0);
	if (!bw_ctx_cache)
		return -ENOMEM;
	INIT_DELAYED_WORK(&bw_reap_work, bw_reap);
	schedule_delayed_work(&bw_reap_work, BW_REAP_PERIOD);
	return 0;
}

/* After tags are gone: drop the list's references. */
void bw_contexts_exit(void)
{
	struct bw_ctx *ctx, *tmp;

	cancel_delayed_work_sync(&bw_reap_work);
	list_for_each_entry_safe(ctx, tmp, &bw_contexts, all) {
		list_del(&ctx->all);
		bw_ctx_put(ctx);
	}
	rcu_barrier();
	kmem_cache_destroy(bw_ctx_cache);
}
