/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Portability shim for the pure C shared by the kernel module and the
 * userspace tests/fuzzers: only fixed-width types, bool, size_t and the
 * mem/str functions that exist in both worlds.
 */
#ifndef BW_TYPES_H
#define BW_TYPES_H

#ifdef __KERNEL__
#include <linux/types.h>
#include <linux/string.h>
#include <linux/stddef.h>
#else
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#endif

#define BW_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#endif
