/* SPDX-License-Identifier: MIT */
/*
 * The netlink client shared by buildwardd and buildward (libnl-genl-3):
 * resolve the family, join the alerts group, run commands, receive alerts.
 */
#ifndef BWU_CLIENT_H
#define BWU_CLIENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "alert.h"

struct nl_sock;

struct bwc {
	struct nl_sock *sk;	/* commands and dumps */
	struct nl_sock *mc;	/* alerts multicast, if subscribed */
	int family;
	int group;
};

/* Errors worth a sentence of their own. */
enum {
	BWC_ERR_NOT_LOADED = -1000,	/* family "buildward" not registered */
	BWC_ERR_PERM = -1001,		/* not CAP_NET_ADMIN */
};

/* Connect; with @subscribe also join the alerts group. 0 or an error. */
int bwc_open(struct bwc *c, bool subscribe);
void bwc_close(struct bwc *c);
/* A message for an error returned by these functions. */
const char *bwc_strerror(int err);

typedef int (*bwc_alert_fn)(const struct bwc_alert *a, void *arg);
typedef void (*bwc_counter_fn)(const char *name, uint64_t value, void *arg);

struct bwc_status {
	char version[64];
	uint64_t load_id;	/* changes when the module is reloaded */
	uint64_t last_seq;	/* newest alert of this load */
};

/* GET_STATUS: fills @s, calls @fn (may be NULL) for each counter. */
int bwc_status(struct bwc *c, struct bwc_status *s, bwc_counter_fn fn, void *arg);

/* GET_ALERTS: every backlog alert with seq > @since, oldest first. */
int bwc_dump_alerts(struct bwc *c, uint64_t since, bwc_alert_fn fn, void *arg);

/* The fd to poll for multicast alerts. */
int bwc_mc_fd(struct bwc *c);

/*
 * Read pending multicast alerts (non-blocking socket), calling @fn for each.
 * Returns 0, -ENOBUFS when the socket overran (alerts were lost in transit:
 * replay from the backlog), or another error (e.g. the module went away).
 */
int bwc_mc_read(struct bwc *c, bwc_alert_fn fn, void *arg);

#endif
