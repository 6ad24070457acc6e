/*
 * record.c — JSON lines for doc, event and error records; see record.h.
 *
 * Field order follows the contract in docs/records.md so that records diff
 * cleanly in golden tests; nothing here decides content, only its spelling.
 */
#include "record.h"

#include "../code/extract.h"

#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* An event told a thousand times (a run-on page, a feed repeating itself)
 * lists its first spans; "mentions" still counts them all. */
#define SR_MAX_EVIDENCE_OUT 32

/* ---- writing by hand ------------------------------------------------------
 *
 * Event and doc records are most of what `sitrep code` writes (about seven
 * bytes out per byte in), so they are spelled here by hand rather than with
 * the sr_json_kv_* shorthands of util/buf.h.  Those append a key and then its
 * value, each with its own room check, a look back for the comma, a call to
 * sr_json_cstr -> strlen -> sr_json_str -> sr_buf_reserve, and a scan of the
 * string to decide whether it needs escaping followed by a second pass (a
 * memcpy) to copy it.  Here the punctuation and keys between two values are
 * one literal (",\"name\":"), whose length the compiler knows, and a string
 * is escaped and copied in one pass, sixteen bytes at a time, into room
 * reserved once.  The bytes written are exactly sr_json_str's: the unit test
 * (tests/unit/test_record.c) holds sr_record_json_str to it on every one- and
 * two-byte string and on random ones, and records stay byte-identical.
 */

/* A literal (keys and punctuation); its length is a compile-time constant.
 * Appended without the NUL and the oom test of sr_buf_append, a third of its
 * cost: the event and doc writers end with sr_buf_putc, which writes the NUL,
 * and a buffer whose growth failed either fails again here (sr_buf_reserve
 * does while oom) or has room for bytes that no one reads. */
#define LIT(b, s) lit((b), (s), sizeof(s) - 1)
static inline void lit(sr_buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap && !sr_buf_reserve(b, n)) return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

/* Room for n more bytes and the NUL; false when memory ran out (b->oom). */
static inline bool room(sr_buf *b, size_t n)
{
    if (b->len + n + 1 > b->cap && !sr_buf_reserve(b, n)) return false;
    return !b->oom;
}

/* Bytes sr_json_str looks at: controls, '"', '\\' and every non-ASCII byte. */
static inline bool special(unsigned char c) { return c < 0x20 || c == '"' || c == '\\' || c >= 0x80; }

#ifdef __SSE2__
/* Bit i set when byte i of v is special.  Why by hand: the bytes of strings
 * are most of what `sitrep code` writes, and SSE2 (always there on x86-64)
 * tests 16 of them at once and says where the first special one is. */
static inline unsigned special_mask(__m128i v)
{
    /* v ^ 0x02 is below 0x21 (signed: or 0x80 and up) just where v is below
     * 0x20, '"' (0x22, which becomes 0x20) or 0x80 and up: one compare for
     * three of the four tests */
    __m128i low = _mm_cmplt_epi8(_mm_xor_si128(v, _mm_set1_epi8(0x02)), _mm_set1_epi8(0x21));
    __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(low, backslash));
}
#endif

/* Is any of the 16 bytes of the words lo and hi special? */
static inline bool special16(uint64_t lo, uint64_t hi)
{
#ifdef __SSE2__
    return special_mask(_mm_set_epi64x((long long)hi, (long long)lo)) != 0;
#else
    /* bit tricks on a word: a byte below 0x20, equal to '"' or '\\', or with its top bit set */
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    uint64_t any = 0;
    for (int i = 0; i < 2; i++) {
        uint64_t x = i ? hi : lo, quote = x ^ (ones * '"'), backslash = x ^ (ones * '\\');
        any |= ((x - ones * 0x20) & ~x) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | x;
    }
    return (any & highs) != 0;
#endif
}

/* Copies the 16 bytes at u to o and returns a mask of those that are special
 * (bit i for u[i]). */
static inline unsigned copy16(const unsigned char *u, char *o)
{
#ifdef __SSE2__
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)u);
    _mm_storeu_si128((__m128i *)(void *)o, v);
    return special_mask(v);
#else
    unsigned m = 0;
    for (int i = 0; i < 16; i++) {
        o[i] = (char)u[i];
        if (special(u[i])) m |= 1u << i;
    }
    return m;
#endif
}

/* Strings longer than this go to sr_json_str, which reserves their length
 * rather than six times it: a long post or evidence span must not reserve
 * memory for the worst case. */
#define SR_RECORD_STR_ONE_PASS 4096

#define SPACES 0x2020202020202020ull /* eight bytes that are not special */

/* Copies u[0..n) to o (which has room for n bytes) and returns true when none
 * of its bytes is special; false otherwise, with o's bytes undefined.  No
 * byte loop for the short strings that are most of a record's ("US", "day",
 * a country's name), where one took a test and a mispredicted exit per byte:
 * sixteen bytes and up go sixteen at a time, the last sixteen overlapping;
 * eight to fifteen as two overlapping words, four to seven as two
 * overlapping halves, and one to three as the first, middle and last byte. */
static inline bool copy_clean(const unsigned char *u, size_t n, char *o)
{
    if (n >= 16) {
        for (size_t k = 0; n - k > 16; k += 16)
            if (copy16(u + k, o + k)) return false;
        return !copy16(u + n - 16, o + n - 16);
    }
    if (n >= 8) {
        uint64_t lo, hi;
        memcpy(&lo, u, 8);
        memcpy(&hi, u + n - 8, 8);
        if (special16(lo, hi)) return false;
        memcpy(o, &lo, 8);
        memcpy(o + n - 8, &hi, 8);
        return true;
    }
    if (n >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, u, 4);
        memcpy(&hi, u + n - 4, 4);
        if (special16(lo | (uint64_t)hi << 32, SPACES)) return false;
        memcpy(o, &lo, 4);
        memcpy(o + n - 4, &hi, 4);
        return true;
    }
    if (n == 0) return true;
    if (special16(u[0] | (uint64_t)u[n / 2] << 8 | (uint64_t)u[n - 1] << 16 | SPACES << 24, SPACES)) return false;
    o[0] = (char)u[0];
    o[n / 2] = (char)u[n / 2];
    o[n - 1] = (char)u[n - 1];
    return true;
}

/* The length of the run of bytes at the start of u[0..n) that need no
 * escape, copied to o (which has room for n bytes). */
static inline size_t clean_run(const unsigned char *u, size_t n, char *o)
{
    size_t k = 0;
    for (; n - k >= 16; k += 16) {
        unsigned m = copy16(u + k, o + k);
        if (m) return k + (size_t)__builtin_ctz(m);
    }
    for (; k < n && !special(u[k]); k++) o[k] = (char)u[k];
    return k;
}

/* Writes the string u[0..end) from o on (room for 6 bytes per byte), with
 * its closing quote and the NUL, and sets b->len.  Out of line: few strings
 * need it (a quote, a control, non-ASCII), and inlined it made every call of
 * sr_record_json_str save and restore registers. */
__attribute__((noinline)) static void write_escaped(sr_buf *b, const unsigned char *u, const unsigned char *end,
                                                    char *o)
{
    static const char hex[] = "0123456789abcdef";
    for (;;) {
        size_t k = clean_run(u, (size_t)(end - u), o);
        u += k;
        o += k;
        if (u == end) break;
        unsigned char c = *u;
        if (c >= 0x80) {
            size_t n = sr_utf8_len(u, (size_t)(end - u));
            if (n) {
                for (size_t i = 0; i < n; i++) o[i] = (char)u[i];
                o += n;
                u += n;
            } else { /* never write invalid UTF-8 into a record: U+FFFD stands for the byte */
                memcpy(o, "\\ufffd", 6);
                o += 6;
                u++;
            }
            continue;
        }
        u++;
        *o++ = '\\';
        switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '\n': *o++ = 'n'; break;
        case '\r': *o++ = 'r'; break;
        case '\t': *o++ = 't'; break;
        default:
            memcpy(o, "u00", 3);
            o[3] = hex[c >> 4];
            o[4] = hex[c & 15];
            o += 5;
        }
    }
    *o++ = '"';
    *o = '\0';
    b->len = (size_t)(o - b->data);
}

/* sr_record_json_str for what its fast path leaves: NULL, a long string, a
 * buffer without the room.  Apart so that the fast path calls nothing but in
 * a tail call, and so saves no registers. */
__attribute__((noinline)) static void json_str_slow(sr_buf *b, const char *s, size_t len)
{
    if (!s) sr_buf_append(b, "null", 4);
    else if (len > SR_RECORD_STR_ONE_PASS) sr_json_str(b, s, len);
    else if (room(b, 6 * len + 2)) sr_record_json_str(b, s, len); /* every byte escaped as \u00XX at worst */
}

/* ---- fields ---------------------------------------------------------------
 *
 * A record is some fifty fields, each a key with its punctuation (",\"end\":",
 * a literal) and a value.  The writers below take the two together and write
 * them with one room check and one update of b->len: a LIT and then the
 * value took two of each, and after every store into the buffer the compiler
 * loads b->len and b->cap again (a char store may alias them).  The KV_*
 * macros pass the key with its length as a constant; a key of "" writes the
 * value alone.  A value that is a literal too ("null", "true") is one LIT
 * with its key: KV_NULL, KV_BOOL.
 *
 * FIELD_INLINE marks the small writers that must be inlined: only there is
 * the key's length a constant, and GCC left some of them out of line, where
 * the key took a call of memcpy (each field of the doc record cost more than
 * the two room checks it saves).
 */
#define FIELD_INLINE static inline __attribute__((always_inline))
#define KV_NULL(b, key) LIT(b, key "null")
#define KV_BOOL(b, key, v) ((v) ? LIT(b, key "true") : LIT(b, key "false"))

/* Room for the key and n more bytes: copies the key, moves b->len past both
 * and returns where the n bytes go, or NULL when memory ran out (the NUL and
 * the oom test as for LIT). */
#define FIELD(b, key, n) field((b), (key), sizeof(key) - 1, (n))
FIELD_INLINE char *field(sr_buf *b, const char *key, size_t klen, size_t n)
{
    size_t len = b->len;
    if (len + klen + n + 1 > b->cap && !sr_buf_reserve(b, klen + n)) return NULL;
    char *o = b->data + len;
    b->len = len + klen + n;
    memcpy(o, key, klen);
    return o + klen;
}

/* The key and then s[0..len) as sr_record_json_str writes it (NULL writes
 * null).  Most strings of a record need no escape: those are checked and
 * copied here in one pass, and the rest go to write_escaped, which starts
 * over. */
#define KV_STR(b, key, s, n) put_str((b), (key), sizeof(key) - 1, (s), (n))
static inline void put_str(sr_buf *b, const char *key, size_t klen, const char *s, size_t len)
{
    if (!s || len > SR_RECORD_STR_ONE_PASS || b->len + klen + 6 * len + 3 > b->cap || b->oom) {
        lit(b, key, klen);
        json_str_slow(b, s, len);
        return;
    }
    const unsigned char *u = (const unsigned char *)s;
    char *o = b->data + b->len;
    memcpy(o, key, klen);
    o += klen;
    *o++ = '"';
    if (!copy_clean(u, len, o)) { write_escaped(b, u, u + len, o); return; }
    o[len] = '"';
    o[len + 1] = '\0';
    b->len += klen + len + 2;
}

/* Contract: see record.h. */
void sr_record_json_str(sr_buf *b, const char *s, size_t len) { put_str(b, "", 0, s, len); }

/* The key and the C string s (NULL writes null). */
#define KV_CSTR(b, key, s) put_cstr((b), (key), sizeof(key) - 1, (s))
static inline void put_cstr(sr_buf *b, const char *key, size_t klen, const char *s)
{
    put_str(b, key, klen, s, s ? strlen(s) : 0);
}

/* The key and a name from one of our own tables of at most 15 bytes (a
 * language code, a date precision, a feature, a modality), or NULL for null.
 * Such a name is ASCII letters that need no escape, so it is quoted and
 * copied here in a few stores (two overlapping words, halves or bytes, as
 * copy_clean does) without the checks of put_str: records hold half a dozen
 * of them each, most of two to five bytes. */
#define KV_NAME(b, key, s, n) put_name((b), (key), sizeof(key) - 1, (s), (n))
FIELD_INLINE void put_name(sr_buf *b, const char *key, size_t klen, const char *s, size_t n)
{
    if (!s) {
        lit(b, key, klen);
        LIT(b, "null");
        return;
    }
    char *o = field(b, key, klen, n + 2);
    if (!o) return;
    o[0] = '"';
    if (n >= 8) {
        memcpy(o + 1, s, 8);
        memcpy(o + 1 + n - 8, s + n - 8, 8);
    } else if (n >= 4) {
        memcpy(o + 1, s, 4);
        memcpy(o + 1 + n - 4, s + n - 4, 4);
    } else if (n) {
        o[1] = s[0];
        o[1 + n / 2] = s[n / 2];
        o[n] = s[n - 1];
    }
    o[n + 1] = '"';
}

#define KV_NAME_CSTR(b, key, s) put_name_cstr((b), (key), sizeof(key) - 1, (s))
static inline void put_name_cstr(sr_buf *b, const char *key, size_t klen, const char *s)
{
    put_name(b, key, klen, s, s ? strlen(s) : 0);
}

/* The key and a country field (an ISO3 code or "" in a char[4]) as put_cstr
 * writes it, "" as null.  A code is three capital letters, which need no
 * escape: those go out in a few stores, without strlen and the escape scan;
 * anything else goes to put_cstr. */
#define KV_COUNTRY(b, key, c) put_country((b), (key), sizeof(key) - 1, (c))
static inline void put_country(sr_buf *b, const char *key, size_t klen, const char c[4])
{
    if (!c[0]) {
        lit(b, key, klen);
        LIT(b, "null");
        return;
    }
    bool code = (unsigned char)(c[0] - 'A') < 26 && (unsigned char)(c[1] - 'A') < 26 &&
                (unsigned char)(c[2] - 'A') < 26 && !c[3];
    if (!code) { put_cstr(b, key, klen, c); return; }
    char *o = field(b, key, klen, 5);
    if (!o) return;
    o[0] = '"';
    memcpy(o + 1, c, 3);
    o[4] = '"';
}

/* The key and a language code as sr_lang_code spells it, quoted. */
#define KV_LANG(b, key, l) put_lang((b), (key), sizeof(key) - 1, (l))
FIELD_INLINE void put_lang(sr_buf *b, const char *key, size_t klen, sr_lang l)
{
    size_t n;
    const char *code = sr_lang_code_n(l, &n);
    put_name(b, key, klen, code, n);
}

/* ---- numbers ----------------------------------------------------------
 *
 * sr_json_int and sr_json_double (util/buf.c) again, inline and for the
 * numbers records are made of: offsets, counts and ids below 2^32, and
 * coordinates and scores with four or two decimals (the digits a constant
 * here, so the scale is one and its divisions multiplications).  Each
 * record holds some twenty of them, which the calls, the general digit
 * count and the general scale cost twice what the digits do.  The bytes are
 * those of buf.c: any other number goes to it. */

/* The number of decimal digits of u: most numbers of a record are small,
 * and a few compares find that for less than buf.c's bit count and table. */
static inline size_t digits32(uint32_t u)
{
    if (u < 10) return 1;
    if (u < 100) return 2;
    if (u < 1000) return 3;
    if (u < 10000) return 4;
    if (u < 100000) return 5;
    if (u < 1000000) return 6;
    if (u < 10000000) return 7;
    if (u < 100000000) return 8;
    return u < 1000000000 ? 9 : 10;
}

/* Writes the digits of u backwards so that they end at end, two at a time. */
static inline void put_digits(char *end, uint32_t u)
{
    while (u >= 100) {
        end -= 2;
        memcpy(end, sr_digit_pairs + 2 * (u % 100), 2);
        u /= 100;
    }
    if (u >= 10) memcpy(end - 2, sr_digit_pairs + 2 * u, 2);
    else end[-1] = (char)('0' + u);
}

/* The key and n as sr_json_int writes it (without the NUL: see LIT). */
#define KV_INT(b, key, n) put_int((b), (key), sizeof(key) - 1, (n))
FIELD_INLINE void put_int(sr_buf *b, const char *key, size_t klen, long long n)
{
    if (n < 0 || n > UINT32_MAX) {
        lit(b, key, klen);
        sr_json_int(b, n);
        return;
    }
    size_t k = digits32((uint32_t)n);
    char *o = field(b, key, klen, k);
    if (o) put_digits(o + k, (uint32_t)n);
}

/* The key and val as sr_json_double(b, val, digits) writes it, for digits 1
 * to 9 (a constant where it is inlined): rounded to that many decimals,
 * trailing zeros dropped. */
#define KV_FIXED(b, key, val, digits) put_fixed((b), (key), sizeof(key) - 1, (val), (digits))
static inline void put_fixed(sr_buf *b, const char *key, size_t klen, double val, int digits)
{
    static const uint32_t scales[10] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000};
    if (!(val > -1e5 && val < 1e5) || digits < 1 || digits > 9) { /* NaN, or an integer part past 32 bits */
        lit(b, key, klen);
        sr_json_double(b, val, digits);
        return;
    }
    uint32_t scale = scales[digits];
    bool neg = val < 0;
    double a = neg ? -val : val;
    long long q = (long long)(a * (double)(long long)scale + 0.5); /* buf.c's rounding, to the bit */
    uint32_t ip = (uint32_t)(q / scale), fp = (uint32_t)(q % scale);
    int d = digits;
    while (d > 0 && fp % 10 == 0) { fp /= 10; d--; }
    bool sign = neg && q != 0;
    size_t ni = digits32(ip), n = (size_t)sign + ni + (d > 0 ? 1 + (size_t)d : 0);
    char *o = field(b, key, klen, n);
    if (!o) return;
    if (sign) *o++ = '-';
    put_digits(o + ni, ip);
    if (d > 0) {
        o += ni;
        *o = '.';
        /* the d decimals at o[1..d], leading zeros included, two at a time */
        int k = d;
        for (; k >= 2; k -= 2, fp /= 100) memcpy(o + k - 1, sr_digit_pairs + 2 * (fp % 100), 2);
        if (k) o[1] = (char)('0' + fp);
    }
}

/* The key and a count, or null when negative (unknown). */
#define KV_COUNT(b, key, n) put_count((b), (key), sizeof(key) - 1, (n))
static inline void put_count(sr_buf *b, const char *key, size_t klen, int n)
{
    if (n < 0) {
        lit(b, key, klen);
        LIT(b, "null");
    } else {
        put_int(b, key, klen, n);
    }
}

/* "date" and "date_precision" (keys given with their punctuation).  A date
 * is digits and '-', which need no escape, so it goes out as put_name would
 * write it. */
#define PUT_DATE(b, key, prec_key, d) put_date((b), (key), sizeof(key) - 1, (prec_key), sizeof(prec_key) - 1, (d))
static void put_date(sr_buf *b, const char *key, size_t key_len, const char *prec_key, size_t prec_len, sr_date d)
{
    char tmp[16];
    if (d.precision == SR_PREC_NONE) {
        lit(b, key, key_len);
        LIT(b, "null");
        lit(b, prec_key, prec_len);
        LIT(b, "null");
        return;
    }
    put_str(b, key, key_len, tmp, sr_date_write(d, tmp));
    put_name_cstr(b, prec_key, prec_len, sr_precision_name(d.precision));
}

/* The key and an array of strings. */
#define KV_STRINGS(b, key, items, n) put_strings((b), (key), sizeof(key) - 1, (items), (n))
static void put_strings(sr_buf *b, const char *key, size_t klen, const char *const *items, int n)
{
    lit(b, key, klen);
    LIT(b, "[");
    for (int i = 0; i < n; i++) {
        if (i) KV_CSTR(b, ",", items[i]);
        else KV_CSTR(b, "", items[i]);
    }
    LIT(b, "]");
}

/* An actor object or null (the key with its punctuation already written). */
static void put_actor(sr_buf *b, const sr_text *t, const sr_actor *a)
{
    if (!a) { LIT(b, "null"); return; }
    if (a->implied) LIT(b, "{\"text\":null");
    else KV_STR(b, "{\"text\":", t->text + a->start, a->end - a->start);
    KV_CSTR(b, ",\"name\":", a->name);
    KV_COUNTRY(b, ",\"country\":", a->country);
    KV_CSTR(b, ",\"sector\":", a->sector);
    LIT(b, "}");
}

/* A location object or null (the key with its punctuation already written). */
static void put_loc(sr_buf *b, const sr_text *t, const sr_loc *l)
{
    if (!l) { LIT(b, "null"); return; }
    const sr_place *p = l->place;
    KV_STR(b, "{\"text\":", t->text + l->start, l->end - l->start);
    KV_CSTR(b, ",\"name\":", p->name);
    KV_COUNTRY(b, ",\"country\":", p->country);
    KV_CSTR(b, ",\"admin1\":", p->feature == SR_FEAT_ADMIN1 ? p->name : p->admin1);
    KV_FIXED(b, ",\"lat\":", p->lat, 4);
    KV_FIXED(b, ",\"lon\":", p->lon, 4);
    if (p->geonameid) KV_INT(b, ",\"geonameid\":", p->geonameid);
    else KV_NULL(b, ",\"geonameid\":");
    KV_NAME_CSTR(b, ",\"feature\":", sr_feature_name(p->feature));
    KV_INT(b, ",\"precision\":", l->precision);
    KV_FIXED(b, ",\"score\":", l->score, 2);
    LIT(b, "}");
}

/* ---- the shorthands, for the records written less often ---------------- */

static void kv_date(sr_buf *b, const char *key, const char *prec_key, sr_date d)
{
    char tmp[16];
    if (d.precision == SR_PREC_NONE) {
        sr_json_kv_null(b, key);
        sr_json_kv_null(b, prec_key);
        return;
    }
    sr_json_kv_str(b, key, sr_date_format(d, tmp));
    sr_json_kv_str(b, prec_key, sr_precision_name(d.precision));
}

#define FNV_PRIME 1099511628211ull

/* FNV-1a, four bytes a round: the compiler keeps the byte loop one at a time,
 * and the event id hashes some sixty bytes per event. */
static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        h = (h ^ s[i]) * FNV_PRIME;
        h = (h ^ s[i + 1]) * FNV_PRIME;
        h = (h ^ s[i + 2]) * FNV_PRIME;
        h = (h ^ s[i + 3]) * FNV_PRIME;
    }
    for (; i < n; i++) h = (h ^ s[i]) * FNV_PRIME;
    return h;
}

/* fnv of the four bytes of w, least significant first, from the register
 * rather than through a byte array and a call. */
static inline uint64_t fnv32(uint64_t h, uint32_t w)
{
    h = (h ^ (w & 0xff)) * FNV_PRIME;
    h = (h ^ (w >> 8 & 0xff)) * FNV_PRIME;
    h = (h ^ (w >> 16 & 0xff)) * FNV_PRIME;
    return (h ^ (w >> 24)) * FNV_PRIME;
}

/* The eight hex digits of w, most significant first, into o[0..8), without
 * a table or a branch: three shift-and-mask steps give each nibble a byte of
 * its own (nibble k in byte k), and adding '0', plus 'a' - '0' - 10 where
 * the nibble is 10 or more (bit 4 of nibble + 6), makes each a digit. */
static inline void hex8(uint32_t w, char *o)
{
    uint64_t x = w;
    x = (x | x << 16) & 0x0000ffff0000ffffull;
    x = (x | x << 8) & 0x00ff00ff00ff00ffull;
    x = (x | x << 4) & 0x0f0f0f0f0f0f0f0full;
    uint64_t letter = ((x + 0x0606060606060606ull) >> 4) & 0x0101010101010101ull;
    x += 0x3030303030303030ull + letter * ('a' - '0' - 10);
    /* digit k (from the least significant) goes to o[7 - k]: byte k of x in
     * memory order on a big-endian machine, after a byte swap on ours */
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    x = __builtin_bswap64(x);
#endif
    memcpy(o, &x, 8);
}

/* sr_event_id with the lengths of doc_id and lexv given: the event writer
 * needs them for the record too, and measures each once. */
static void event_id(const char *doc_id, size_t doc_len, const sr_event *e, const char *lexv, size_t lexv_len,
                     char out[20])
{
    uint64_t h = 1469598103934665603ull;
    h = fnv(h, doc_id, doc_len) * FNV_PRIME; /* and its NUL: h ^ 0 == h */
    h = fnv32(h, e->evidence[0].start);
    h = fnv32(h, e->evidence[0].trig_start);
    h = fnv32(h, e->evidence[0].trig_end);
    h = fnv(h, lexv, lexv_len);
    /* one trigger may tell two events (a threat and the hypothetical act it threatens) */
    if (e->type && e->type->key) h = fnv(h, e->type->key, strlen(e->type->key));
    /* "ev-%016llx" by hand: snprintf cost more than the whole hash */
    memcpy(out, "ev-", 3);
    hex8((uint32_t)(h >> 32), out + 3);
    hex8((uint32_t)h, out + 11);
    out[19] = '\0';
}

void sr_event_id(const char *doc_id, const sr_event *e, const char *lexv, char out[20])
{
    event_id(doc_id, strlen(doc_id), e, lexv, strlen(lexv), out);
}

void sr_record_event(sr_buf *b, const sr_doc_meta *m, const sr_text *t, const sr_event *e)
{
    char id[20];
    const char *doc_id = m->doc->id, *lexv = m->lexicon_version;
    size_t doc_len = strlen(doc_id), lexv_len = strlen(lexv);
    event_id(doc_id, doc_len, e, lexv, lexv_len, id);
    char *o = FIELD(b, "{\"kind\":\"event\",\"id\":", 21);
    if (o) { /* "ev-" and hex digits, which need no escape */
        o[0] = '"';
        memcpy(o + 1, id, 19);
        o[20] = '"';
    }
    KV_STR(b, ",\"doc\":", doc_id, doc_len);
    PUT_DATE(b, ",\"date\":", ",\"date_precision\":", e->date);
    KV_BOOL(b, ",\"historical\":", e->historical);
    char *json = FIELD(b, ",\"type\":", e->type->json_len);
    if (json) memcpy(json, e->type->json, e->type->json_len); /* made by the taxonomy at load */
    LIT(b, ",\"actor1\":");
    put_actor(b, t, e->actor1);
    LIT(b, ",\"actor2\":");
    put_actor(b, t, e->actor2);
    LIT(b, ",\"location\":");
    put_loc(b, t, e->location);
    LIT(b, ",\"origin\":");
    put_loc(b, t, e->origin);
    KV_COUNT(b, ",\"fatalities\":", e->fatalities);
    KV_COUNT(b, ",\"injured\":", e->injured);
    if (e->quantity < 0) KV_NULL(b, ",\"quantity\":");
    else {
        KV_INT(b, ",\"quantity\":{\"n\":", e->quantity);
        KV_CSTR(b, ",\"unit\":", e->quantity_unit);
        LIT(b, "}");
    }
    KV_NAME_CSTR(b, ",\"modality\":", sr_modality_name(e->modality));
    KV_BOOL(b, ",\"retaliation\":", e->retaliation);
    KV_BOOL(b, ",\"labelled\":", e->labelled);
    LIT(b, ",\"sources\":[");
    for (int i = 0; i < e->n_sources; i++) {
        const sr_source *s = &e->sources[i];
        if (i) KV_CSTR(b, ",{\"text\":", s->text);
        else KV_CSTR(b, "{\"text\":", s->text);
        KV_CSTR(b, ",\"name\":", s->name);
        KV_CSTR(b, ",\"kind\":", s->kind);
        if (s->handle) KV_CSTR(b, ",\"handle\":", s->handle);
        LIT(b, "}");
    }
    KV_LANG(b, "],\"lang\":", (sr_lang)e->lang);
    LIT(b, ",\"langs\":[");
    for (int l = 1, nl = 0; l < 8; l++)
        if (e->langs & (1u << l)) {
            if (nl++) KV_LANG(b, ",", (sr_lang)l);
            else KV_LANG(b, "", (sr_lang)l);
        }
    KV_INT(b, "],\"mentions\":", e->n_mentions);
    LIT(b, ",\"evidence\":[");
    for (int i = 0; i < e->n_evidence && i < SR_MAX_EVIDENCE_OUT; i++) {
        const sr_evidence *v = &e->evidence[i];
        if (i) KV_INT(b, ",{\"start\":", v->start);
        else KV_INT(b, "{\"start\":", v->start);
        KV_INT(b, ",\"end\":", v->end);
        KV_STR(b, ",\"text\":", t->text + v->start, v->end - v->start);
        KV_INT(b, ",\"trigger_start\":", v->trig_start);
        KV_INT(b, ",\"trigger_end\":", v->trig_end);
        LIT(b, "}");
    }
    KV_FIXED(b, "],\"confidence\":", e->confidence, 2);
    KV_STR(b, ",\"lexicon\":", lexv, lexv_len);
    sr_buf_putc(b, '}'); /* and the NUL, which LIT leaves out */
}


void sr_record_doc(sr_buf *b, const sr_doc_meta *m, const sr_text *t, int n_events)
{
    const sr_document *d = m->doc;
    KV_CSTR(b, "{\"kind\":\"doc\",\"id\":", d->id);
    PUT_DATE(b, ",\"date\":", ",\"date_precision\":", m->date);
    KV_CSTR(b, ",\"date_source\":", m->date_source);
    if (m->date_note) KV_CSTR(b, ",\"date_note\":", m->date_note);
    if (d->title) KV_CSTR(b, ",\"title\":", d->title);
    if (d->url) KV_CSTR(b, ",\"url\":", d->url);
    if (d->source) KV_CSTR(b, ",\"source\":", d->source);
    KV_INT(b, ",\"bytes\":", (long long)d->text_len);
    if (t) {
        KV_LANG(b, ",\"lang\":", t->lang);
        LIT(b, ",\"langs\":[");
        bool seen[3] = {false, false, false};
        for (int i = 0, nl = 0; i < t->n_paragraphs; i++) {
            int l = t->paragraphs[i].lang;
            if (l > 0 && l < 3 && !seen[l] && !t->paragraphs[i].is_signature) {
                seen[l] = true;
                if (nl++) KV_LANG(b, ",", (sr_lang)l);
                else KV_LANG(b, "", (sr_lang)l);
            }
        }
        KV_INT(b, "],\"paragraphs\":", t->n_paragraphs);
        KV_INT(b, ",\"sentences\":", t->n_sentences);
    }
    KV_INT(b, ",\"events\":", n_events);
    LIT(b, ",\"posts\":[");
    for (int i = 0; t && i < t->n_posts; i++) {
        const sr_post *p = &t->posts[i];
        if (i) KV_CSTR(b, ",{\"author\":", p->author);
        else KV_CSTR(b, "{\"author\":", p->author);
        KV_CSTR(b, ",\"handle\":", p->handle);
        sr_date pd = {p->year, p->month, p->day, p->year ? SR_PREC_DAY : SR_PREC_NONE};
        char tmp[16];
        if (p->year) KV_STR(b, ",\"date\":", tmp, sr_date_write(pd, tmp));
        else KV_NULL(b, ",\"date\":");
        KV_LANG(b, ",\"lang\":", (sr_lang)p->lang);
        KV_STR(b, ",\"text\":", t->text + p->start, p->end - p->start);
        KV_INT(b, ",\"start\":", p->start);
        KV_INT(b, ",\"end\":", p->end);
        KV_STRINGS(b, ",\"links\":", p->links, p->n_links);
        KV_STRINGS(b, ",\"hashtags\":", p->hashtags, p->n_hashtags);
        LIT(b, "}");
    }
    LIT(b, "],\"warnings\":[");
    for (int i = 0; t && i < t->n_warnings; i++) {
        if (i) KV_INT(b, ",{\"offset\":", t->warnings[i].offset);
        else KV_INT(b, "{\"offset\":", t->warnings[i].offset);
        KV_CSTR(b, ",\"reason\":", t->warnings[i].reason);
        LIT(b, "}");
    }
    LIT(b, "]");
    if (t && t->n_bad_bytes) KV_INT(b, ",\"repaired_bytes\":", t->n_bad_bytes);
    KV_CSTR(b, ",\"lexicon\":", m->lexicon_version);
    sr_buf_putc(b, '}'); /* and the NUL, which LIT leaves out */
}

void sr_record_places_doc(sr_buf *b, const sr_doc_meta *m, const sr_text *t, int n_places)
{
    sr_buf_puts(b, "{\"kind\":\"doc\"");
    sr_json_kv_str(b, "id", m->doc->id);
    kv_date(b, "date", "date_precision", m->date);
    sr_json_kv_str(b, "date_source", m->date_source);
    sr_json_kv_int(b, "bytes", (long long)m->doc->text_len);
    sr_json_kv_str(b, "lang", sr_lang_code(t->lang));
    sr_json_kv_int(b, "places", n_places);
    sr_buf_putc(b, '}');
}

void sr_record_place(sr_buf *b, const char *doc_id, const sr_text *t, const sr_place_mention *p)
{
    sr_buf_puts(b, "{\"kind\":\"place\"");
    sr_json_kv_str(b, "doc", doc_id);
    sr_json_kv_int(b, "start", p->start);
    sr_json_kv_int(b, "end", p->end);
    sr_json_kv_strn(b, "text", t->text + p->start, p->end - p->start);
    sr_json_kv_str(b, "name", p->name);
    if (p->geonameid) sr_json_kv_int(b, "geonameid", p->geonameid);
    else sr_json_kv_null(b, "geonameid");
    sr_json_kv_str(b, "country", p->country[0] ? p->country : NULL);
    sr_json_kv_str(b, "admin1", p->admin1);
    sr_json_kv_double(b, "lat", p->lat, 4);
    sr_json_kv_double(b, "lon", p->lon, 4);
    sr_json_kv_str(b, "feature", p->feature);
    sr_json_kv_int(b, "precision", p->precision);
    sr_json_kv_double(b, "score", p->score, 2);
    if (p->demonym) sr_json_kv_bool(b, "demonym", true);
    sr_buf_putc(b, '}');
}

void sr_record_error(sr_buf *b, const char *where, long record_no, long long offset, const char *doc_id,
                     const char *reason)
{
    sr_buf_puts(b, "{\"kind\":\"error\"");
    sr_json_kv_str(b, "input", where);
    if (record_no > 0) sr_json_kv_int(b, "record", record_no);
    else sr_json_kv_null(b, "record");
    if (offset >= 0) sr_json_kv_int(b, "offset", offset);
    else sr_json_kv_null(b, "offset");
    sr_json_kv_str(b, "doc", doc_id);
    sr_json_kv_str(b, "reason", reason);
    sr_buf_putc(b, '}');
}
