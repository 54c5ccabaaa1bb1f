// SPDX-License-Identifier: MIT
#include "test.h"
#include "bw/correlate.h"

#define S 1000000000ull
#define W (1800 * S)

void test_correlate(void)
{
	struct bw_corr c;
	struct bw_corr_result r;

	/* credential then exfil: high, once */
	memset(&c, 0, sizeof(c));
	r = bw_corr_signal(&c, BW_CAT_CREDENTIAL, 10 * S, W);
	CHECK(r.severity == BW_SEV_NONE);
	r = bw_corr_signal(&c, BW_CAT_EXFIL, 20 * S, W);
	CHECK(r.severity == BW_SEV_HIGH && !r.upgrade);
	r = bw_corr_signal(&c, BW_CAT_EXFIL, 21 * S, W);
	CHECK(r.severity == BW_SEV_NONE);
	CHECK(c.count[BW_CAT_EXFIL] == 2);
	/* persistence afterwards: critical upgrade, once */
	r = bw_corr_signal(&c, BW_CAT_PERSIST, 30 * S, W);
	CHECK(r.severity == BW_SEV_CRITICAL && r.upgrade);
	r = bw_corr_signal(&c, BW_CAT_CREDENTIAL, 31 * S, W);
	CHECK(r.severity == BW_SEV_NONE);

	/* exfil first, then credential: order does not matter */
	memset(&c, 0, sizeof(c));
	bw_corr_signal(&c, BW_CAT_EXFIL, 5 * S, W);
	r = bw_corr_signal(&c, BW_CAT_CREDENTIAL, 6 * S, W);
	CHECK(r.severity == BW_SEV_HIGH);

	/* all three before any alert: straight to critical, not an upgrade */
	memset(&c, 0, sizeof(c));
	bw_corr_signal(&c, BW_CAT_PERSIST, 1 * S, W);
	bw_corr_signal(&c, BW_CAT_CREDENTIAL, 2 * S, W);
	r = bw_corr_signal(&c, BW_CAT_EXFIL, 3 * S, W);
	CHECK(r.severity == BW_SEV_CRITICAL && !r.upgrade);

	/* outside the window: nothing */
	memset(&c, 0, sizeof(c));
	bw_corr_signal(&c, BW_CAT_CREDENTIAL, 1 * S, W);
	r = bw_corr_signal(&c, BW_CAT_EXFIL, 1 * S + W + 1, W);
	CHECK(r.severity == BW_SEV_NONE);
	CHECK(bw_corr_categories(&c, 1 * S + W + 1, W) == (1u << BW_CAT_EXFIL));
	/* a fresh credential access inside the window of that exfil: high */
	r = bw_corr_signal(&c, BW_CAT_CREDENTIAL, 2 * S + W, W);
	CHECK(r.severity == BW_SEV_HIGH);

	/* one category only, many times: never an alert */
	memset(&c, 0, sizeof(c));
	for (int i = 1; i < 1000; i++)
		r = bw_corr_signal(&c, BW_CAT_CREDENTIAL, (uint64_t)i * S, W);
	CHECK(r.severity == BW_SEV_NONE && c.alerted == BW_SEV_NONE);

	/* invalid input changes nothing */
	memset(&c, 0, sizeof(c));
	r = bw_corr_signal(&c, 7, 1 * S, W);
	CHECK(r.severity == BW_SEV_NONE && c.count[0] == 0);
	r = bw_corr_signal(&c, BW_CAT_EXFIL, 0, W);
	CHECK(c.count[BW_CAT_EXFIL] == 0);
}
