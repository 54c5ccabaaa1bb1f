// SPDX-License-Identifier: GPL-2.0
/*
 * What a task is: exe and argv of its exec (captured at exec time, for
 * evidence and process trees) and the package or CI step it works for.
 */
#include <linux/slab.h>
#include "bw.h"

static struct kmem_cache *bw_procinfo_cache;

struct bw_procinfo *bw_procinfo_new(const char *exe, const char *prog,
				    const char *argv, size_t len)
{
	struct bw_procinfo *pi = kmem_cache_alloc(bw_procinfo_cache, GFP_ATOMIC);

	if (!pi) {
		bw_count(BW_C_ALLOC_FAILURES);
		return NULL;
	}
	refcount_set(&pi->ref, 1);
	strscpy(pi->exe, exe ? exe : "", sizeof(pi->exe));
	strscpy(pi->prog, prog, sizeof(pi->prog));
	if (len > sizeof(pi->argv))
		len = sizeof(pi->argv);
	memcpy(pi->argv, argv, len);
	if (len)
		pi->argv[len - 1] = '\0';
	pi->argv_len = len;
	return pi;
}

void bw_procinfo_put(struct bw_procinfo *pi)
{
	if (pi && refcount_dec_and_test(&pi->ref))
		kmem_cache_free(bw_procinfo_cache, pi);
}

struct bw_attrib *bw_attrib_new(void)
{
	struct bw_attrib *a = kzalloc(sizeof(*a), GFP_ATOMIC);

	if (!a) {
		bw_count(BW_C_ALLOC_FAILURES);
		return NULL;
	}
	refcount_set(&a->ref, 1);
	return a;
}

void bw_attrib_put(struct bw_attrib *a)
{
	if (a && refcount_dec_and_test(&a->ref))
		kfree(a);
}

int bw_procinfo_init(void)
{
	bw_procinfo_cache = KMEM_CACHE(bw_procinfo, 0);
	return bw_procinfo_cache ? 0 : -ENOMEM;
}

void bw_procinfo_exit(void)
{
	kmem_cache_destroy(bw_procinfo_cache);
}
