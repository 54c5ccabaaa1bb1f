/* SPDX-License-Identifier: MIT */
/* A small JSON writer into a growable buffer (escapes per RFC 8259). */
#ifndef BWU_JSONW_H
#define BWU_JSONW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct jsonw {
	char *buf;
	size_t len, cap;
	bool need_comma;
	bool oom;
};

void jw_init(struct jsonw *w);
void jw_free(struct jsonw *w);
void jw_obj_open(struct jsonw *w);
void jw_obj_close(struct jsonw *w);
void jw_arr_open(struct jsonw *w);
void jw_arr_close(struct jsonw *w);
void jw_key(struct jsonw *w, const char *key);
void jw_str(struct jsonw *w, const char *s);
void jw_strn(struct jsonw *w, const char *s, size_t n);
void jw_u64(struct jsonw *w, uint64_t v);
void jw_bool(struct jsonw *w, bool v);
void jw_null(struct jsonw *w);
/* key + value shorthands; jw_kstr skips NULL values */
void jw_kstr(struct jsonw *w, const char *key, const char *s);
void jw_ku64(struct jsonw *w, const char *key, uint64_t v);
/* The text so far (NUL-terminated), or NULL after an allocation failure. */
const char *jw_text(struct jsonw *w);

#endif
