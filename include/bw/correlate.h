/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The correlation state machine of one context (DESIGN §4): credential
 * access + exfiltration within the window is "high"; with persistence too
 * it is "critical"; order does not matter; one alert per severity, and a
 * critical after a high is an upgrade. Pure: the caller supplies time and
 * holds whatever lock protects @c.
 */
#ifndef BW_CORRELATE_H
#define BW_CORRELATE_H

#include "bw_types.h"
#include "names.h"

struct bw_corr {
	uint64_t last[BW_CAT__COUNT];	/* ns of the latest signal; 0: never */
	uint32_t count[BW_CAT__COUNT];
	uint8_t alerted;		/* enum bw_severity already alerted */
};

struct bw_corr_result {
	uint8_t severity;	/* enum bw_severity to alert now, or BW_SEV_NONE */
	bool upgrade;		/* a critical that follows this context's high */
};

/* Record one signal of @cat at @now (ns, > 0) and decide whether to alert. */
struct bw_corr_result bw_corr_signal(struct bw_corr *c, int cat, uint64_t now,
				     uint64_t window_ns);

/* Bit mask (1 << enum bw_category) of categories seen within the window. */
unsigned int bw_corr_categories(const struct bw_corr *c, uint64_t now,
				uint64_t window_ns);

#endif
