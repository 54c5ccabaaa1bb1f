// SPDX-License-Identifier: GPL-2.0
/* Counters: every drop, eviction and failure is counted (DESIGN §8). */
#include "bw.h"

atomic64_t bw_counters[BW_C__COUNT];

#define BW_X_NAME(e, n) n,
const char *const bw_counter_names[BW_C__COUNT] = { BW_COUNTERS(BW_X_NAME) };
#undef BW_X_NAME

u64 bw_counter_read(enum bw_counter c)
{
	if (c == BW_C_KPROBE_MISSED)
		return bw_hooks_file_nmissed();
	return atomic64_read(&bw_counters[c]);
}
