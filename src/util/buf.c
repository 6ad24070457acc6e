/*
 * buf.c — growable buffer and JSON string escaping; see buf.h.
 *
 * Hand-written rather than json-c's serializer: records are written once,
 * straight into the line that leaves the process, with fields in the fixed
 * order of the record contract and no intermediate object tree per record.
 */
#include "buf.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "arena.h"

void sr_buf_init(sr_buf *b, const sr_allocator *alloc)
{
    b->data = NULL;
    b->len = b->cap = 0;
    b->oom = false;
    b->alloc = alloc ? alloc : sr_allocator_default();
}

void sr_buf_release(sr_buf *b)
{
    if (b->data) b->alloc->free_fn(b->alloc->ctx, b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->oom = false;
}

void sr_buf_clear(sr_buf *b)
{
    b->len = 0;
    b->oom = false;
    if (b->data) b->data[0] = '\0';
}

void sr_buf_truncate(sr_buf *b, size_t len)
{
    if (len > b->len) return;
    b->len = len;
    b->oom = false;
    if (b->data) b->data[len] = '\0';
}

bool sr_buf_reserve(sr_buf *b, size_t extra)
{
    if (b->oom) return false;
    if (b->len + extra + 1 <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1) {
        if (cap > ((size_t)-1) / 2) { b->oom = true; return false; }
        cap *= 2;
    }
    char *p = b->alloc->realloc_fn(b->alloc->ctx, b->data, cap);
    if (!p) { b->oom = true; return false; }
    b->data = p;
    b->cap = cap;
    return true;
}

void sr_buf_puts(sr_buf *b, const char *s) { sr_buf_append(b, s, strlen(s)); }

void sr_buf_printf(sr_buf *b, const char *fmt, ...)
{
    char small[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof small) { sr_buf_append(b, small, (size_t)n); return; }
    if (!sr_buf_reserve(b, (size_t)n)) return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

/* Bytes that need a look: controls, '"', '\\' and every non-ASCII byte. */
static inline bool json_special(unsigned char c) { return c < 0x20 || c == '"' || c == '\\' || c >= 0x80; }

/* Does any of the 8 bytes at u need a look?  (Bit tricks on one word: a byte
 * below 0x20, equal to '"' or '\\', or with its top bit set.) */
static inline bool json_special8(const unsigned char *u)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    uint64_t x;
    memcpy(&x, u, 8);
    uint64_t quote = x ^ (ones * '"'), backslash = x ^ (ones * '\\');
    uint64_t zero_or_low = ((x - ones * 0x20) & ~x) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash);
    return ((zero_or_low | x) & highs) != 0;
}

void sr_json_str(sr_buf *b, const char *s, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    if (!s) { sr_buf_append(b, "null", 4); return; }
    if (!sr_buf_reserve(b, len + 2)) return;
    const unsigned char *u = (const unsigned char *)s;
    size_t clean = 0; /* most text is plain ASCII: 8 bytes at a time up to the first byte that needs a look */
    while (clean + 8 <= len && !json_special8(u + clean)) clean += 8;
    while (clean < len && !json_special(u[clean])) clean++;
    if (clean == len) { /* nothing to escape: quoted in one go, in the room reserved above */
        char *p = b->data + b->len;
        p[0] = '"';
        memcpy(p + 1, s, len);
        p[len + 1] = '"';
        p[len + 2] = '\0';
        b->len += len + 2;
        return;
    }
    sr_buf_putc(b, '"');
    size_t run = 0; /* start of the pending run of bytes that need no escape */
    for (size_t i = clean; i < len; i++) {
        while (i + 8 <= len && !json_special8(u + i)) i += 8;
        if (i == len || !json_special(u[i])) continue;
        unsigned char c = u[i];
        if (c >= 0x80) {
            size_t n = sr_utf8_len(u + i, len - i);
            if (n) { i += n - 1; continue; }
            /* never write invalid UTF-8 into a record: U+FFFD stands for the byte */
            sr_buf_append(b, s + run, i - run);
            run = i + 1;
            sr_buf_append(b, "\\ufffd", 6);
            continue;
        }
        sr_buf_append(b, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': sr_buf_append(b, "\\\"", 2); break;
        case '\\': sr_buf_append(b, "\\\\", 2); break;
        case '\n': sr_buf_append(b, "\\n", 2); break;
        case '\r': sr_buf_append(b, "\\r", 2); break;
        case '\t': sr_buf_append(b, "\\t", 2); break;
        default: {
            char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            sr_buf_append(b, e, 6);
        }
        }
    }
    sr_buf_append(b, s + run, len - run);
    sr_buf_putc(b, '"');
}

void sr_json_cstr(sr_buf *b, const char *s) { sr_json_str(b, s, s ? strlen(s) : 0); }

/* The decimal digits of u, written backwards so that they end just before
 * end; returns where they start.  Two digits per division by 100 (a table
 * of the pairs), half the divisions of a digit-by-digit loop: records are
 * full of offsets and counts.  Inlined into its three callers: the call
 * was a third of the cost of writing a small number. */
const char sr_digit_pairs[201] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                 "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                 "8081828384858687888990919293949596979899";

static inline __attribute__((always_inline)) char *put_decimal(char *end, unsigned long long u)
{
    while (u >= 100) {
        end -= 2;
        memcpy(end, sr_digit_pairs + 2 * (u % 100), 2);
        u /= 100;
    }
    if (u >= 10) {
        end -= 2;
        memcpy(end, sr_digit_pairs + 2 * u, 2);
    } else {
        *--end = (char)('0' + u);
    }
    return end;
}

/* The number of decimal digits of u (1 for 0).  floor(log10(u)) is one of
 * two values for a given bit length: (bits * 1233) >> 12 (1233 / 4096 is
 * just above log10(2)) is the larger, and a compare with the power of ten
 * picks (the "integer log base 10" of Bit Twiddling Hacks).  Why: the
 * numbers are written straight into the buffer, backwards from their end,
 * which must be known first. */
static size_t decimal_digits(unsigned long long u)
{
    static const unsigned long long pow10[20] = {1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull,
                                                 10000000ull, 100000000ull, 1000000000ull, 10000000000ull,
                                                 100000000000ull, 1000000000000ull, 10000000000000ull,
                                                 100000000000000ull, 1000000000000000ull, 10000000000000000ull,
                                                 100000000000000000ull, 1000000000000000000ull,
                                                 10000000000000000000ull};
    if (u < 10) return 1;
    unsigned bits = 64 - (unsigned)__builtin_clzll(u);
    unsigned t = (bits * 1233) >> 12;
    return t + (u >= pow10[t]);
}

/* Room for n more bytes and the NUL, and not oom. */
static inline bool room_for(sr_buf *b, size_t n)
{
    if (b->len + n + 1 > b->cap && !sr_buf_reserve(b, n)) return false;
    return !b->oom;
}

/* Written in place, with no copy through a temporary: records are full of
 * offsets and counts. */
void sr_json_int(sr_buf *b, long long val)
{
    bool neg = val < 0;
    unsigned long long u = neg ? 0ull - (unsigned long long)val : (unsigned long long)val;
    size_t n = (size_t)neg + decimal_digits(u);
    if (!room_for(b, n)) return;
    char *p = b->data + b->len;
    put_decimal(p + n, u);
    if (neg) p[0] = '-';
    p[n] = '\0';
    b->len += n;
}

void sr_json_double(sr_buf *b, double val, int digits)
{
    static const long long scales[10] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000};
    bool neg = val < 0;
    double a = neg ? -val : val;
    /* the scaled value must fit a long long (9.2e18): 1e12 at 9 decimals would not */
    if (!(val == val) || a > 1e12 || digits < 0 || digits > 9 || a * (double)scales[digits] >= 9.0e18) {
        /* outside what records hold (coordinates, scores): the C library, or null */
        char tmp[64];
        int n = (val == val && val < 1e300 && val > -1e300) ? snprintf(tmp, sizeof tmp, "%.*g", 12, val) : -1;
        if (n <= 0 || (size_t)n >= sizeof tmp) sr_buf_puts(b, "null");
        else sr_buf_append(b, tmp, (size_t)n);
        return;
    }
    /* fixed point by hand: snprintf("%.4f") was a tenth of the cost of a place record */
    long long scale = scales[digits];
    long long q = (long long)(a * (double)scale + 0.5);
    long long ip = q / scale, fp = q % scale;
    int d = digits;
    while (d > 0 && fp % 10 == 0) { fp /= 10; d--; } /* trailing zeros dropped */
    /* in place, like sr_json_int: sign, integer part, then '.' and d decimals */
    bool sign = neg && q != 0;
    size_t n = (size_t)sign + decimal_digits((unsigned long long)ip) + (d > 0 ? 1 + (size_t)d : 0);
    if (!room_for(b, n)) return;
    char *start = b->data + b->len, *end = start + n, *p = end;
    if (d > 0) {
        p = put_decimal(p, (unsigned long long)fp);
        while (p > end - d) *--p = '0'; /* the leading zeros of the decimals */
        *--p = '.';
    }
    put_decimal(p, (unsigned long long)ip);
    if (sign) start[0] = '-';
    *end = '\0';
    b->len += n;
}
