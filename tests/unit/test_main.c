// SPDX-License-Identifier: MIT
/* Unit tests of the shared pure C (include/bw/), built with ASan/UBSan. */
#include "test.h"

int t_pass, t_fail;

int main(void)
{
	test_glob();
	test_argv();
	test_correlate();
	test_envscan();
	test_pathrules();
	test_jsonw();
	test_allow();
	printf("%d passed, %d failed\n", t_pass, t_fail);
	return t_fail ? 1 : 0;
}
