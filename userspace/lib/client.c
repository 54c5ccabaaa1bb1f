// SPDX-License-Identifier: MIT
#include "client.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <netlink/netlink.h>
#include <netlink/genl/genl.h>
#include <netlink/genl/ctrl.h>
#include <netlink/msg.h>
#include <netlink/attr.h>

#include "../../include/uapi/buildward.h"

/* Alerts can be tens of KiB; let the kernel hand us its largest messages. */
#define BWC_BUF (64 * 1024)

static struct nla_policy top_pol[BW_A_MAX + 1] = {
	[BW_A_VERSION] = { .type = NLA_STRING },
	[BW_A_COUNTERS] = { .type = NLA_NESTED },
	[BW_A_ALERT] = { .type = NLA_NESTED },
	[BW_A_SINCE_SEQ] = { .type = NLA_U64 },
	[BW_A_LOAD_ID] = { .type = NLA_U64 },
	[BW_A_LAST_SEQ] = { .type = NLA_U64 },
};

static struct nla_policy cnt_pol[BW_CNT_MAX + 1] = {
	[BW_CNT_NAME] = { .type = NLA_STRING },
	[BW_CNT_VALUE] = { .type = NLA_U64 },
};

const char *bwc_strerror(int err)
{
	switch (err) {
	case BWC_ERR_NOT_LOADED:
		return "the buildward kernel module is not loaded (try: modprobe buildward)";
	case BWC_ERR_PERM:
		return "permission denied: buildward requires root (CAP_NET_ADMIN)";
	case -ENOBUFS:
		return "netlink socket overrun";
	}
	if (err < 0 && err > -NLE_MAX - 1)
		return nl_geterror(err);
	return strerror(err < 0 ? -err : err);
}

static int map_err(int err)
{
	if (err == -NLE_PERM)
		return BWC_ERR_PERM;
	if (err == -NLE_OBJ_NOTFOUND)
		return BWC_ERR_NOT_LOADED;
	return err;
}

static struct nl_sock *new_sock(void)
{
	struct nl_sock *sk = nl_socket_alloc();

	if (!sk)
		return NULL;
	if (genl_connect(sk)) {
		nl_socket_free(sk);
		return NULL;
	}
	nl_socket_set_msg_buf_size(sk, BWC_BUF);
	nl_socket_set_buffer_size(sk, 4 * 1024 * 1024, 0);
	return sk;
}

int bwc_open(struct bwc *c, bool subscribe)
{
	int err;

	memset(c, 0, sizeof(*c));
	c->sk = new_sock();
	if (!c->sk)
		return -NLE_NOMEM;
	c->family = genl_ctrl_resolve(c->sk, BW_GENL_NAME);
	if (c->family < 0) {
		err = map_err(c->family);
		goto fail;
	}
	if (!subscribe)
		return 0;
	c->group = genl_ctrl_resolve_grp(c->sk, BW_GENL_NAME, BW_GENL_MCGRP_ALERTS);
	if (c->group < 0) {
		err = map_err(c->group);
		goto fail;
	}
	c->mc = new_sock();
	if (!c->mc) {
		err = -NLE_NOMEM;
		goto fail;
	}
	nl_socket_disable_seq_check(c->mc);
	err = nl_socket_add_membership(c->mc, c->group);
	if (err) {
		err = map_err(err);
		goto fail;
	}
	nl_socket_set_nonblocking(c->mc);
	return 0;
fail:
	bwc_close(c);
	return err;
}

void bwc_close(struct bwc *c)
{
	if (c->mc)
		nl_socket_free(c->mc);
	if (c->sk)
		nl_socket_free(c->sk);
	memset(c, 0, sizeof(*c));
}

struct cb_state {
	bwc_alert_fn afn;
	bwc_counter_fn cfn;
	void *arg;
	struct bwc_status *status;
	int err;
};

static int on_msg(struct nl_msg *msg, void *arg)
{
	struct cb_state *st = arg;
	struct nlattr *tb[BW_A_MAX + 1];
	struct genlmsghdr *gh = genlmsg_hdr(nlmsg_hdr(msg));
	int err;

	err = genlmsg_parse(nlmsg_hdr(msg), 0, tb, BW_A_MAX, top_pol);
	if (err) {
		st->err = err;
		return NL_SKIP;
	}
	if (gh->cmd == BW_CMD_ALERT && tb[BW_A_ALERT] && st->afn) {
		struct bwc_alert *a = malloc(sizeof(*a));

		if (!a) {
			st->err = -NLE_NOMEM;
			return NL_STOP;
		}
		err = bwc_alert_parse(tb[BW_A_ALERT], a);
		if (err)
			st->err = err;
		else if ((err = st->afn(a, st->arg)) != 0)
			st->err = err;
		free(a);
		return st->err ? NL_STOP : NL_OK;
	}
	if (gh->cmd == BW_CMD_GET_STATUS) {
		struct nlattr *c;
		int rem;

		if (tb[BW_A_VERSION])
			snprintf(st->status->version, sizeof(st->status->version), "%s",
				 nla_get_string(tb[BW_A_VERSION]));
		if (tb[BW_A_LOAD_ID])
			st->status->load_id = nla_get_u64(tb[BW_A_LOAD_ID]);
		if (tb[BW_A_LAST_SEQ])
			st->status->last_seq = nla_get_u64(tb[BW_A_LAST_SEQ]);
		if (tb[BW_A_COUNTERS] && st->cfn) {
			nla_for_each_nested(c, tb[BW_A_COUNTERS], rem) {
				struct nlattr *ct[BW_CNT_MAX + 1];

				if (nla_parse_nested(ct, BW_CNT_MAX, c, cnt_pol) ||
				    !ct[BW_CNT_NAME] || !ct[BW_CNT_VALUE])
					continue;
				st->cfn(nla_get_string(ct[BW_CNT_NAME]),
					nla_get_u64(ct[BW_CNT_VALUE]), st->arg);
			}
		}
	}
	return NL_OK;
}

static int run(struct bwc *c, int cmd, int flags, uint64_t *since, struct cb_state *st)
{
	struct nl_msg *msg = nlmsg_alloc();
	struct nl_cb *cb;
	int err;

	if (!msg)
		return -NLE_NOMEM;
	if (!genlmsg_put(msg, NL_AUTO_PORT, NL_AUTO_SEQ, c->family, 0, flags, cmd,
			 BW_GENL_VERSION) ||
	    (since && nla_put_u64(msg, BW_A_SINCE_SEQ, *since))) {
		nlmsg_free(msg);
		return -NLE_NOMEM;
	}
	err = nl_send_auto(c->sk, msg);
	nlmsg_free(msg);
	if (err < 0)
		return map_err(err);
	cb = nl_cb_clone(nl_socket_get_cb(c->sk));
	if (!cb)
		return -NLE_NOMEM;
	nl_cb_set(cb, NL_CB_VALID, NL_CB_CUSTOM, on_msg, st);
	err = nl_recvmsgs(c->sk, cb);
	if (err >= 0 && !(flags & NLM_F_DUMP))
		err = nl_wait_for_ack(c->sk);
	nl_cb_put(cb);
	if (err < 0)
		return map_err(err);
	return st->err;
}

int bwc_status(struct bwc *c, struct bwc_status *s, bwc_counter_fn fn, void *arg)
{
	struct cb_state st = { .cfn = fn, .arg = arg, .status = s };

	memset(s, 0, sizeof(*s));

	return run(c, BW_CMD_GET_STATUS, NLM_F_REQUEST, NULL, &st);
}

int bwc_dump_alerts(struct bwc *c, uint64_t since, bwc_alert_fn fn, void *arg)
{
	struct cb_state st = { .afn = fn, .arg = arg };

	return run(c, BW_CMD_GET_ALERTS, NLM_F_REQUEST | NLM_F_DUMP, &since, &st);
}

int bwc_mc_fd(struct bwc *c)
{
	return c->mc ? nl_socket_get_fd(c->mc) : -1;
}

int bwc_mc_read(struct bwc *c, bwc_alert_fn fn, void *arg)
{
	struct cb_state st = { .afn = fn, .arg = arg };
	struct nl_cb *cb = nl_cb_clone(nl_socket_get_cb(c->mc));
	int err;

	if (!cb)
		return -NLE_NOMEM;
	nl_cb_set(cb, NL_CB_VALID, NL_CB_CUSTOM, on_msg, &st);
	for (;;) {
		err = nl_recvmsgs(c->mc, cb);
		if (err < 0 || st.err)
			break;
	}
	nl_cb_put(cb);
	if (st.err)
		return st.err;
	/* non-blocking: EAGAIN ends the batch; ENOBUFS is reported as NOMEM */
	if (err == -NLE_AGAIN)
		return 0;
	if (err == -NLE_NOMEM)
		return -ENOBUFS;
	return map_err(err);
}
