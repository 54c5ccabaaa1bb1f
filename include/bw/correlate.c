// SPDX-License-Identifier: GPL-2.0 OR MIT
#include "correlate.h"

static bool within(uint64_t t, uint64_t now, uint64_t window)
{
	return t && (now < t || now - t <= window);
}

unsigned int bw_corr_categories(const struct bw_corr *c, uint64_t now,
				uint64_t window_ns)
{
	unsigned int mask = 0;
	int i;

	for (i = 0; i < BW_CAT__COUNT; i++)
		if (within(c->last[i], now, window_ns))
			mask |= 1u << i;
	return mask;
}

struct bw_corr_result bw_corr_signal(struct bw_corr *c, int cat, uint64_t now,
				     uint64_t window_ns)
{
	struct bw_corr_result r = { BW_SEV_NONE, false };
	unsigned int mask;
	uint8_t sev = BW_SEV_NONE;

	if (cat < 0 || cat >= BW_CAT__COUNT || !now)
		return r;
	if (c->count[cat] != (uint32_t)~0u)
		c->count[cat]++;
	if (now > c->last[cat])
		c->last[cat] = now;

	mask = bw_corr_categories(c, now, window_ns);
	if ((mask & (1u << BW_CAT_CREDENTIAL)) && (mask & (1u << BW_CAT_EXFIL)))
		sev = (mask & (1u << BW_CAT_PERSIST)) ? BW_SEV_CRITICAL : BW_SEV_HIGH;
	if (sev > c->alerted) {
		r.upgrade = c->alerted == BW_SEV_HIGH;
		r.severity = sev;
		c->alerted = sev;
	}
	return r;
}
