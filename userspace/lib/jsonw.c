// SPDX-License-Identifier: MIT
#include "jsonw.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void jw_init(struct jsonw *w)
{
	memset(w, 0, sizeof(*w));
}

void jw_free(struct jsonw *w)
{
	free(w->buf);
	memset(w, 0, sizeof(*w));
}

static void put(struct jsonw *w, const char *s, size_t n)
{
	if (w->oom)
		return;
	if (w->len + n + 1 > w->cap) {
		size_t cap = w->cap ? w->cap : 256;
		char *nb;

		while (w->len + n + 1 > cap)
			cap *= 2;
		nb = realloc(w->buf, cap);
		if (!nb) {
			w->oom = true;
			return;
		}
		w->buf = nb;
		w->cap = cap;
	}
	memcpy(w->buf + w->len, s, n);
	w->len += n;
	w->buf[w->len] = '\0';
}

static void putc_(struct jsonw *w, char c)
{
	put(w, &c, 1);
}

static void sep(struct jsonw *w)
{
	if (w->need_comma)
		putc_(w, ',');
	w->need_comma = true;
}

void jw_obj_open(struct jsonw *w)
{
	sep(w);
	putc_(w, '{');
	w->need_comma = false;
}

void jw_obj_close(struct jsonw *w)
{
	putc_(w, '}');
	w->need_comma = true;
}

void jw_arr_open(struct jsonw *w)
{
	sep(w);
	putc_(w, '[');
	w->need_comma = false;
}

void jw_arr_close(struct jsonw *w)
{
	putc_(w, ']');
	w->need_comma = true;
}

static void put_str(struct jsonw *w, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i;

	putc_(w, '"');
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		char esc[7];

		switch (c) {
		case '"': put(w, "\\\"", 2); break;
		case '\\': put(w, "\\\\", 2); break;
		case '\n': put(w, "\\n", 2); break;
		case '\r': put(w, "\\r", 2); break;
		case '\t': put(w, "\\t", 2); break;
		default:
			if (c < 0x20 || c == 0x7f) {
				memcpy(esc, "\\u00", 4);
				esc[4] = hex[c >> 4];
				esc[5] = hex[c & 15];
				put(w, esc, 6);
			} else {
				putc_(w, (char)c);
			}
		}
	}
	putc_(w, '"');
}

void jw_key(struct jsonw *w, const char *key)
{
	sep(w);
	put_str(w, key, strlen(key));
	putc_(w, ':');
	w->need_comma = false;
}

void jw_strn(struct jsonw *w, const char *s, size_t n)
{
	sep(w);
	put_str(w, s, n);
}

void jw_str(struct jsonw *w, const char *s)
{
	jw_strn(w, s, strlen(s));
}

void jw_u64(struct jsonw *w, uint64_t v)
{
	char b[24];
	int n = snprintf(b, sizeof(b), "%" PRIu64, v);

	sep(w);
	put(w, b, (size_t)n);
}

void jw_bool(struct jsonw *w, bool v)
{
	sep(w);
	put(w, v ? "true" : "false", v ? 4 : 5);
}

void jw_null(struct jsonw *w)
{
	sep(w);
	put(w, "null", 4);
}

void jw_kstr(struct jsonw *w, const char *key, const char *s)
{
	if (!s)
		return;
	jw_key(w, key);
	jw_str(w, s);
}

void jw_ku64(struct jsonw *w, const char *key, uint64_t v)
{
	jw_key(w, key);
	jw_u64(w, v);
}

const char *jw_text(struct jsonw *w)
{
	if (w->oom)
		return NULL;
	return w->buf ? w->buf : "";
}
