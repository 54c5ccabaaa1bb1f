/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Per-CPU scratch buffers for hook handlers (which run with preemption
 * disabled and never nest on one CPU for the same hook family). Too big for
 * the stack, too hot for an allocation.
 */
#ifndef BW_SCRATCH_H
#define BW_SCRATCH_H

#include <linux/limits.h>

#define BW_ARGV_BYTES 4096
#define BW_ENV_BYTES 16384

struct bw_exec_scratch {
	char argv[BW_ARGV_BYTES];
	char env[BW_ENV_BYTES];
	char path[512];
};

struct bw_file_scratch {
	char path[PATH_MAX];
};

extern struct bw_exec_scratch __percpu *bw_exec_scratch;
extern struct bw_file_scratch __percpu *bw_file_scratch;

int bw_scratch_init(void);
void bw_scratch_exit(void);

#endif
