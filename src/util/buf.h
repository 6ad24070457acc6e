/*
 * buf.h — a growable byte buffer and the JSON writing helpers built on it.
 *
 * Output records are written field by field into an sr_buf and handed to the
 * caller's emit callback as one line.  A buffer that failed to grow stays in a
 * sticky failed state (`oom`), so writers need check only once, at the end.
 */
#ifndef SR_BUF_H
#define SR_BUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "sitrep.h"

typedef struct sr_buf {
    char *data;          /* NUL-terminated while !oom; owned */
    size_t len;
    size_t cap;
    bool oom;            /* an append failed; contents are incomplete */
    const sr_allocator *alloc;
} sr_buf;

/* Initialise an empty buffer (no allocation yet).  alloc NULL = C library. */
void sr_buf_init(sr_buf *b, const sr_allocator *alloc);
/* Release the storage; the buffer may be re-initialised. */
void sr_buf_release(sr_buf *b);
/* Empty it, keeping the storage and clearing oom. */
void sr_buf_clear(sr_buf *b);
/* Cut it back to its first len bytes (len <= b->len) and clear oom: undoes
 * appends, failed ones included, made since its length was len. */
void sr_buf_truncate(sr_buf *b, size_t len);
/* Make room for extra more bytes (and the NUL); false, and oom set, when
 * memory ran out (or oom was set already). */
bool sr_buf_reserve(sr_buf *b, size_t extra);
/* Append s[0..len) / one byte (inline: records are written a few bytes at a
 * time, and the room is there but when the buffer grows). */
static inline void sr_buf_append(sr_buf *b, const char *s, size_t len)
{
    if (b->len + len + 1 > b->cap && !sr_buf_reserve(b, len)) return;
    if (b->oom) return;
    if (len) memcpy(b->data + b->len, s, len);
    b->len += len;
    b->data[b->len] = '\0';
}
static inline void sr_buf_putc(sr_buf *b, char c)
{
    if (b->len + 2 > b->cap && !sr_buf_reserve(b, 1)) return;
    if (b->oom) return;
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}
void sr_buf_puts(sr_buf *b, const char *s);
void sr_buf_printf(sr_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* JSON: a quoted, escaped string of s[0..len) (which must be valid UTF-8; any
 * control byte is escaped as \u00XX).  NULL s writes null. */
void sr_json_str(sr_buf *b, const char *s, size_t len);
/* Same for a NUL-terminated string; NULL writes null. */
void sr_json_cstr(sr_buf *b, const char *s);
/* "00" "01" … "99": the two digits of 0 to 99 at offset 2 * n, for writers
 * that put numbers two digits at a time (here and in io/record.c). */
extern const char sr_digit_pairs[201];
/* A number; a number with at most `digits` decimals, trailing zeros dropped. */
void sr_json_int(sr_buf *b, long long val);
void sr_json_double(sr_buf *b, double val, int digits);

/* `"key":` preceded by a comma unless the previous byte opens an object.
 * Inline with the shorthands below: records name their keys with literals,
 * so the key's length is a constant and its copy a few stores. */
static inline void sr_json_key(sr_buf *b, const char *key)
{
    size_t n = strlen(key);
    if (b->len + n + 5 > b->cap && !sr_buf_reserve(b, n + 4)) return;
    if (b->oom) return;
    char *p = b->data + b->len;
    if (b->len && p[-1] != '{' && p[-1] != '[') *p++ = ',';
    *p++ = '"';
    memcpy(p, key, n);
    p += n;
    *p++ = '"';
    *p++ = ':';
    *p = '\0';
    b->len = (size_t)(p - b->data);
}

/* Shorthands: key then value. */
static inline void sr_json_kv_str(sr_buf *b, const char *key, const char *val)
{
    sr_json_key(b, key);
    sr_json_cstr(b, val);
}
static inline void sr_json_kv_strn(sr_buf *b, const char *key, const char *val, size_t len)
{
    sr_json_key(b, key);
    sr_json_str(b, val, len);
}
static inline void sr_json_kv_int(sr_buf *b, const char *key, long long val)
{
    sr_json_key(b, key);
    sr_json_int(b, val);
}
static inline void sr_json_kv_bool(sr_buf *b, const char *key, bool val)
{
    sr_json_key(b, key);
    if (val) sr_buf_append(b, "true", 4);
    else sr_buf_append(b, "false", 5);
}
static inline void sr_json_kv_null(sr_buf *b, const char *key)
{
    sr_json_key(b, key);
    sr_buf_append(b, "null", 4);
}
static inline void sr_json_kv_double(sr_buf *b, const char *key, double val, int digits)
{
    sr_json_key(b, key);
    sr_json_double(b, val, digits);
}

/* Length of the valid UTF-8 sequence at s[0..avail) (avail >= 1), or 0 when
 * invalid: no overlongs, surrogates or code points above U+10FFFF.  Inline:
 * the JSON string writers call it for every non-ASCII byte. */
static inline size_t sr_utf8_len(const unsigned char *s, size_t avail)
{
    unsigned char c = s[0];
    if (c >= 0xC2 && c < 0xE0) return avail >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
    size_t n;
    uint32_t cp;
    if (c < 0xC2) return 0;
    if (c < 0xF0) { n = 3; cp = c & 0x0F; }
    else if (c < 0xF5) { n = 4; cp = c & 0x07; }
    else return 0;
    if (n > avail) return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    return n;
}

#endif
