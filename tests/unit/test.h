/* SPDX-License-Identifier: MIT */
#ifndef BW_TEST_H
#define BW_TEST_H

#include <stdio.h>
#include <string.h>

extern int t_pass, t_fail;

/* One check = one counted test; failures print where and what. */
#define CHECK(cond) do {                                                     \
	if (cond) {                                                          \
		t_pass++;                                                    \
	} else {                                                             \
		t_fail++;                                                    \
		fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
	}                                                                    \
} while (0)

void test_glob(void);
void test_argv(void);
void test_correlate(void);
void test_envscan(void);
void test_pathrules(void);
void test_jsonw(void);
void test_allow(void);

#endif
