// SPDX-License-Identifier: GPL-2.0
/*
 * Generic netlink family "buildward" (include/uapi/buildward.h). Every
 * command is GENL_ADMIN_PERM; the alerts group requires CAP_NET_ADMIN to
 * join; only the initial network namespace is served (netnsok = false).
 */
#include <net/genetlink.h>
#include "bw.h"
#include "../include/uapi/buildward.h"

enum { BW_MCGRP_ALERTS };

static const struct genl_multicast_group bw_mcgrps[] = {
	[BW_MCGRP_ALERTS] = {
		.name = BW_GENL_MCGRP_ALERTS,
		.flags = GENL_MCAST_CAP_NET_ADMIN,
	},
};

static const struct nla_policy bw_policy[BW_A_MAX + 1] = {
	[BW_A_SINCE_SEQ] = { .type = NLA_U64 },
};

static int bw_put_counters(struct sk_buff *skb)
{
	struct nlattr *all = nla_nest_start(skb, BW_A_COUNTERS);
	int i;

	if (!all)
		return -EMSGSIZE;
	for (i = 0; i < BW_C__COUNT; i++) {
		struct nlattr *c = nla_nest_start(skb, BW_A_COUNTER);

		if (!c)
			return -EMSGSIZE;
		if (nla_put_string(skb, BW_CNT_NAME, bw_counter_names[i]) ||
		    nla_put_u64_64bit(skb, BW_CNT_VALUE, bw_counter_read(i), BW_CNT_PAD))
			return -EMSGSIZE;
		nla_nest_end(skb, c);
	}
	nla_nest_end(skb, all);
	return 0;
}

static int bw_cmd_get_status(struct sk_buff *skb, struct genl_info *info)
{
	struct sk_buff *msg;
	void *hdr;

	msg = genlmsg_new(8192, GFP_KERNEL);
	if (!msg)
		return -ENOMEM;
	hdr = genlmsg_put_reply(msg, info, &bw_genl_family, 0, BW_CMD_GET_STATUS);
	if (!hdr)
		goto nospace;
	if (nla_put_string(msg, BW_A_VERSION, BW_VERSION) ||
	    nla_put_u64_64bit(msg, BW_A_LOAD_ID, bw_load_id, BW_A_PAD) ||
	    nla_put_u64_64bit(msg, BW_A_LAST_SEQ, bw_alerts_last_seq(), BW_A_PAD) ||
	    bw_put_counters(msg))
		goto nospace;
	genlmsg_end(msg, hdr);
	return genlmsg_reply(msg, info);
nospace:
	nlmsg_free(msg);
	return -EMSGSIZE;
}

static int bw_cmd_get_alerts(struct sk_buff *skb, struct netlink_callback *cb)
{
	const struct genl_dumpit_info *info = genl_dumpit_info(cb);
	struct nlattr *since = info->attrs[BW_A_SINCE_SEQ];

	return bw_alerts_dump(skb, cb, since ? nla_get_u64(since) : 0);
}

static const struct genl_ops bw_ops[] = {
	{
		.cmd = BW_CMD_GET_STATUS,
		.doit = bw_cmd_get_status,
		.flags = GENL_ADMIN_PERM,
	},
	{
		.cmd = BW_CMD_GET_ALERTS,
		.dumpit = bw_cmd_get_alerts,
		.flags = GENL_ADMIN_PERM,
	},
};

struct genl_family bw_genl_family __ro_after_init = {
	.name = BW_GENL_NAME,
	.version = BW_GENL_VERSION,
	.maxattr = BW_A_MAX,
	.policy = bw_policy,
	.netnsok = false,
	.module = THIS_MODULE,
	.ops = bw_ops,
	.n_ops = ARRAY_SIZE(bw_ops),
	.mcgrps = bw_mcgrps,
	.n_mcgrps = ARRAY_SIZE(bw_mcgrps),
	/* .resv_start_op stays 0: strict validation of every command */
};

int bw_netlink_multicast_alert(const void *nest, u32 len)
{
	struct sk_buff *msg = genlmsg_new(len, GFP_KERNEL);
	void *hdr;
	int err;

	if (!msg)
		return -ENOMEM;
	hdr = genlmsg_put(msg, 0, 0, &bw_genl_family, 0, BW_CMD_ALERT);
	if (!hdr) {
		nlmsg_free(msg);
		return -EMSGSIZE;
	}
	skb_put_data(msg, nest, len);
	genlmsg_end(msg, hdr);
	err = genlmsg_multicast(&bw_genl_family, msg, 0, BW_MCGRP_ALERTS, GFP_KERNEL);
	return err == -ESRCH ? 0 : err;	/* nobody listening is not a failure */
}

int bw_netlink_init(void)
{
	return genl_register_family(&bw_genl_family);
}

void bw_netlink_exit(void)
{
	genl_unregister_family(&bw_genl_family);
}
