// SPDX-License-Identifier: GPL-2.0
#include <linux/percpu.h>
#include "scratch.h"

struct bw_exec_scratch __percpu *bw_exec_scratch;
struct bw_file_scratch __percpu *bw_file_scratch;

int bw_scratch_init(void)
{
	bw_exec_scratch = alloc_percpu(struct bw_exec_scratch);
	bw_file_scratch = alloc_percpu(struct bw_file_scratch);
	if (!bw_exec_scratch || !bw_file_scratch) {
		bw_scratch_exit();
		return -ENOMEM;
	}
	return 0;
}

void bw_scratch_exit(void)
{
	free_percpu(bw_exec_scratch);
	free_percpu(bw_file_scratch);
	bw_exec_scratch = NULL;
	bw_file_scratch = NULL;
}
