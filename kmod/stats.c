// SPDX-License-Identifier: GPL-2.0
/* Counters: every drop, eviction and failure is counted (DESIGN §8). */
#include <linux/cpumask.h>
#include "bw.h"

DEFINE_PER_CPU(u64, bw_pcpu_counters[BW_C__COUNT]);

#define BW_X_NAME(e, n) n,
const char *const bw_counter_names[BW_C__COUNT] = { BW_COUNTERS(BW_X_NAME) };
#undef BW_X_NAME

u64 bw_counter_read(enum bw_counter c)
{
	u64 sum = 0;
	int cpu;

	switch (c) {
	case BW_C_TAGS_ACTIVE:
		return atomic_read(&bw_nr_tags);
	case BW_C_CONTEXTS_ACTIVE:
		return atomic_read(&bw_nr_contexts);
	case BW_C_KPROBE_MISSED:
		return bw_hooks_file_nmissed();
	default:
		break;
	}
	for_each_possible_cpu(cpu)
		sum += per_cpu(bw_pcpu_counters[c], cpu);
	return sum;
}
