/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel-version differences, in one place. Hooked functions and
 * tracepoints, with their signatures:
 *
 *   sched_process_exec  (struct task_struct *, pid_t old_pid, struct linux_binprm *)
 *   sched_process_fork  (struct task_struct *parent, struct task_struct *child)
 *   sched_process_exit  (struct task_struct *)                 <= 6.x
 *                       (struct task_struct *, bool group_dead) newer kernels
 *   security_file_open  (struct file *)                         kprobe
 *
 * Generic netlink multicast groups can require CAP_NET_ADMIN through
 * GENL_MCAST_CAP_NET_ADMIN (upstream 6.6, backported to Debian's 6.1).
 */
#ifndef BW_COMPAT_H
#define BW_COMPAT_H

#include <linux/version.h>

#ifdef BW_HAVE_TP_EXIT_GROUP_DEAD
#define BW_TP_EXIT_EXTRA_ARGS , bool group_dead
#else
#define BW_TP_EXIT_EXTRA_ARGS
#endif

#endif
