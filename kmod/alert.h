/* SPDX-License-Identifier: GPL-2.0 */
/* Between alert.c (queue, ring) and alert_encode.c (netlink form). */
#ifndef BW_ALERT_H
#define BW_ALERT_H

#include <linux/llist.h>
#include "bw.h"

/* An alert between the hook that raised it and the work item. */
struct bw_pending {
	struct llist_node node;
	struct bw_ctx *ctx;		/* ref */
	struct bw_attrib *attr;		/* ref: package/step of the actor */
	u64 time;
	u8 severity;
	bool upgrade;
	int n_tree;
	struct bw_tree_node tree[BW_TREE_MAX];	/* root first, pi refs */
};

/* Largest encoded alert; evidence beyond it is left out (and counted). */
#define BW_ALERT_MAX_BYTES 16384

/*
 * Encode @p as one BW_A_ALERT attribute in a new kmalloc'd buffer
 * (GFP_KERNEL: process context only). Returns NULL on failure.
 */
void *bw_alert_encode(struct bw_pending *p, u64 seq, u32 *len);

#endif
