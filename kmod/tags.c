// SPDX-License-Identifier: GPL-2.0
/*
 * Per-task tags: which context a task belongs to. An rhashtable keyed by
 * the task pointer gives lock-free RCU lookups on the hot path; inserts
 * and removals never sleep (table growth is deferred by rhashtable).
 */
#include <linux/rhashtable.h>
#include <linux/slab.h>
#include "bw.h"

atomic_t bw_nr_tags = ATOMIC_INIT(0);
static struct kmem_cache *bw_tag_cache;
static struct rhashtable bw_tag_table;

static const struct rhashtable_params bw_tag_params = {
	.key_len = sizeof(struct task_struct *),
	.key_offset = offsetof(struct bw_tag, task),
	.head_offset = offsetof(struct bw_tag, node),
	.automatic_shrinking = true,
};

struct bw_tag *bw_tag_lookup(struct task_struct *t)
{
	if (!bw_any_tags())
		return NULL;
	return rhashtable_lookup(&bw_tag_table, &t, bw_tag_params);
}

struct bw_tag *bw_tag_insert(struct task_struct *t, struct bw_ctx *ctx,
			     struct bw_procinfo *pi, struct bw_attrib *attr)
{
	struct bw_tag *tag;
	int err;

	if (atomic_inc_return(&bw_nr_tags) > bw_cfg.max_tags) {
		atomic_dec(&bw_nr_tags);
		bw_count(BW_C_TAGS_DROPPED_CAP);
		return NULL;
	}
	tag = kmem_cache_alloc(bw_tag_cache, GFP_ATOMIC);
	if (!tag) {
		atomic_dec(&bw_nr_tags);
		bw_count(BW_C_ALLOC_FAILURES);
		return NULL;
	}
	tag->task = t;
	tag->ctx = ctx;
	tag->pi = bw_procinfo_get(pi);
	tag->attr = bw_attrib_get(attr);
	bw_ctx_get(ctx);
	bw_ctx_member_add(ctx);
	err = rhashtable_lookup_insert_fast(&bw_tag_table, &tag->node, bw_tag_params);
	if (err) {
		/* -EEXIST cannot happen for a new task; -ENOMEM/-EBUSY can. */
		bw_ctx_member_del(ctx);
		bw_ctx_put(ctx);
		bw_procinfo_put(tag->pi);
		bw_attrib_put(tag->attr);
		kmem_cache_free(bw_tag_cache, tag);
		atomic_dec(&bw_nr_tags);
		bw_count(BW_C_TAGS_DROPPED_CAP);
		return NULL;
	}
	bw_count(BW_C_TAGS_CREATED);
	return tag;
}

/* Move @tag (owned by current) to @ctx, e.g. a new nested context at exec. */
void bw_tag_set_ctx(struct bw_tag *tag, struct bw_ctx *ctx)
{
	struct bw_ctx *old = tag->ctx;

	if (old == ctx)
		return;
	bw_ctx_get(ctx);
	bw_ctx_member_add(ctx);
	tag->ctx = ctx;
	bw_ctx_member_del(old);
	bw_ctx_put(old);
}

static void bw_tag_free_rcu(struct rcu_head *head)
{
	struct bw_tag *tag = container_of(head, struct bw_tag, rcu);

	bw_ctx_put(tag->ctx);
	bw_procinfo_put(tag->pi);
	bw_attrib_put(tag->attr);
	kmem_cache_free(bw_tag_cache, tag);
}

static void bw_tag_release(struct bw_tag *tag)
{
	bw_ctx_member_del(tag->ctx);
	atomic_dec(&bw_nr_tags);
	call_rcu(&tag->rcu, bw_tag_free_rcu);
}

void bw_tag_remove(struct task_struct *t)
{
	struct bw_tag *tag;

	rcu_read_lock();
	tag = bw_tag_lookup(t);
	if (tag && !rhashtable_remove_fast(&bw_tag_table, &tag->node, bw_tag_params))
		bw_tag_release(tag);
	rcu_read_unlock();
}

int bw_tags_init(void)
{
	int err;

	bw_tag_cache = KMEM_CACHE(bw_tag, 0);
	if (!bw_tag_cache)
		return -ENOMEM;
	err = rhashtable_init(&bw_tag_table, &bw_tag_params);
	if (err)
		kmem_cache_destroy(bw_tag_cache);
	return err;
}

static void bw_tag_free_now(void *ptr, void *arg)
{
	struct bw_tag *tag = ptr;

	bw_ctx_member_del(tag->ctx);
	atomic_dec(&bw_nr_tags);
	bw_ctx_put(tag->ctx);
	bw_procinfo_put(tag->pi);
	bw_attrib_put(tag->attr);
	kmem_cache_free(bw_tag_cache, tag);
}

/* Hooks are unregistered and RCU readers are gone: free what is left. */
void bw_tags_exit(void)
{
	rhashtable_free_and_destroy(&bw_tag_table, bw_tag_free_now, NULL);
	rcu_barrier();
	kmem_cache_destroy(bw_tag_cache);
}
