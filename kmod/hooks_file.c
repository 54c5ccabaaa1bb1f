// SPDX-License-Identifier: GPL-2.0
/* File hooks: a kprobe on security_file_open (every open, after permission). */
#include <linux/kprobes.h>
#include <linux/ptrace.h>
#include "bw.h"

static int bw_kp_file_open(struct kprobe *p, struct pt_regs *regs)
{
	struct file *f;

	if (!bw_any_tags())
		return 0;
	bw_count(BW_C_HOOK_FILE_OPEN);
	f = (struct file *)regs_get_kernel_argument(regs, 0);
	rcu_read_lock();
	bw_classify_file_open(f);
	rcu_read_unlock();
	return 0;
}

static struct kprobe bw_kp_open = {
	.symbol_name = "security_file_open",
	.pre_handler = bw_kp_file_open,
};
static bool bw_kp_open_registered;

unsigned long bw_hooks_file_nmissed(void)
{
	return bw_kp_open_registered ? bw_kp_open.nmissed : 0;
}

int bw_hooks_file_init(void)
{
	int err = register_kprobe(&bw_kp_open);

	if (err) {
		pr_err("buildward: kprobe on %s failed: %d\n", bw_kp_open.symbol_name, err);
		return err;
	}
	bw_kp_open_registered = true;
	return 0;
}

void bw_hooks_file_exit(void)
{
	if (bw_kp_open_registered)
		unregister_kprobe(&bw_kp_open);
	bw_kp_open_registered = false;
}
