// SPDX-License-Identifier: GPL-2.0
/*
 * buildward: catch supply-chain secret exfiltration on build hosts.
 * Init and exit order only; see bw.h for the data flow.
 */
#include <linux/module.h>
#include "bw.h"
#include "scratch.h"

static int __init bw_init(void)
{
	int err;

	err = bw_config_init();
	if (err)
		return err;
	err = bw_scratch_init();
	if (err)
		return err;
	err = bw_procinfo_init();
	if (err)
		goto err_scratch;
	err = bw_contexts_init();
	if (err)
		goto err_procinfo;
	err = bw_tags_init();
	if (err)
		goto err_contexts;
	err = bw_alerts_init();
	if (err)
		goto err_tags;
	err = bw_netlink_init();
	if (err)
		goto err_alerts;
	err = bw_hooks_proc_init();
	if (err)
		goto err_netlink;
	err = bw_hooks_file_init();
	if (err)
		goto err_hooks_proc;
	pr_info("buildward %s loaded\n", BW_VERSION);
	return 0;

err_hooks_proc:
	bw_hooks_proc_exit();
err_netlink:
	bw_netlink_exit();
err_alerts:
	bw_alerts_exit();
err_tags:
	bw_tags_exit();
err_contexts:
	bw_contexts_exit();
err_procinfo:
	bw_procinfo_exit();
err_scratch:
	bw_scratch_exit();
	return err;
}

/* DESIGN §8: probes → synchronize → work → genl family → RCU → caches. */
static void __exit bw_exit(void)
{
	bw_hooks_file_exit();
	bw_hooks_proc_exit();	/* includes tracepoint_synchronize_unregister() */
	bw_alerts_exit();	/* cancels the work item, frees the backlog */
	bw_netlink_exit();
	bw_tags_exit();		/* rcu_barrier() inside */
	bw_contexts_exit();
	bw_procinfo_exit();
	bw_scratch_exit();
	pr_info("buildward unloaded\n");
}

module_init(bw_init);
module_exit(bw_exit);
MODULE_LICENSE("GPL");
MODULE_AUTHOR("buildward developers");
MODULE_DESCRIPTION("Detect supply-chain secret exfiltration on build hosts");
MODULE_VERSION(BW_VERSION);
