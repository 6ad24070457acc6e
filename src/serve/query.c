/*
 * query.c — reading a request's query string into a store filter; see query.h.
 *
 * Place in the pipeline: store -> [serve].  A query string is split on '&'
 * into name=value pairs; each name is looked up in the table of parameters,
 * its value decoded into a bounded buffer and checked by the parameter's own
 * reader.  The first problem ends the parse with a message naming the
 * parameter.  Values never reach SQL as text: the store binds them, and the
 * grammar here is narrow enough that strings meant to break out of a query
 * (quotes, semicolons, comment marks, parentheses) are refused outright.
 */
#include "query.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "time/timex.h"

static bool fail(sr_query_error *err, int status, const char *param, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static bool fail(sr_query_error *err, int status, const char *param, const char *fmt, ...)
{
    err->status = status;
    snprintf(err->param, sizeof err->param, "%s", param);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return false;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool sr_query_decode(const char *s, size_t len, bool plus_is_space, char *out, size_t cap, size_t *out_len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '%') {
            if (len - i < 3) return false;
            int hi = hexval(s[i + 1]), lo = hexval(s[i + 2]);
            if (hi < 0 || lo < 0) return false;
            c = (char)(hi * 16 + lo);
            i += 2;
        } else if (c == '+' && plus_is_space) {
            c = ' ';
        }
        if (c == '\0') return false;
        if (out) {
            if (n + 1 >= cap) return false;
            out[n] = c;
        }
        n++;
    }
    if (out) out[n] = '\0';
    *out_len = n;
    return true;
}

/* ---- values ------------------------------------------------------------- */

static bool read_date(const char *name, const char *v, size_t len, char out[11], sr_query_error *err)
{
    sr_date d;
    if (len != 10 || !sr_date_parse_iso(v, &d) || d.precision != SR_PREC_DAY)
        return fail(err, 400, name, "%s: want a calendar date YYYY-MM-DD", name);
    memcpy(out, v, 11);
    return true;
}

/* A decimal number that fills the whole of v (strtod accepts more: hex,
 * "inf", "nan", leading spaces; none of those are coordinates). */
static bool read_number(const char *v, size_t len, double *out)
{
    if (len == 0 || len > 32) return false;
    for (size_t i = 0; i < len; i++)
        if (!strchr("0123456789+-.eE", v[i])) return false;
    char tmp[33];
    memcpy(tmp, v, len);
    tmp[len] = '\0';
    char *end;
    *out = strtod(tmp, &end);
    return end == tmp + len && isfinite(*out);
}

static bool read_bbox(const char *v, size_t len, sr_store_filter *f, sr_query_error *err)
{
    double x[4];
    const char *p = v, *end = v + len;
    for (int i = 0; i < 4; i++) {
        const char *comma = memchr(p, ',', (size_t)(end - p));
        const char *stop = i < 3 ? comma : end;
        if (!stop || (i == 3 && comma) || !read_number(p, (size_t)(stop - p), &x[i]))
            return fail(err, 400, "bbox", "bbox: want four numbers minLon,minLat,maxLon,maxLat");
        p = stop + 1;
    }
    if (x[0] < -180 || x[2] > 180 || x[1] < -90 || x[3] > 90)
        return fail(err, 400, "bbox", "bbox: longitudes lie in [-180, 180], latitudes in [-90, 90]");
    if (x[0] > x[2] || x[1] > x[3])
        return fail(err, 400, "bbox", "bbox: minLon,minLat must not exceed maxLon,maxLat (a box across the "
                                      "antimeridian is two queries)");
    f->has_bbox = true;
    f->min_lon = x[0];
    f->min_lat = x[1];
    f->max_lon = x[2];
    f->max_lat = x[3];
    return true;
}

static bool read_long(const char *name, const char *v, size_t len, long lo, long hi, long *out, sr_query_error *err)
{
    long n = 0;
    if (len == 0 || len > 7) goto bad;
    for (size_t i = 0; i < len; i++) {
        if (v[i] < '0' || v[i] > '9') goto bad;
        n = n * 10 + (v[i] - '0');
    }
    if (n < lo || n > hi) goto bad;
    *out = n;
    return true;
bad:
    return fail(err, 400, name, "%s: want a whole number from %ld to %ld", name, lo, hi);
}

/* ACLED types and sub-types, PLOVER types, CAMEO codes and our keys are made
 * of ASCII letters, digits, spaces, '/', '_' and '-'. */
static bool read_type(const char *v, size_t len, sr_query *out, sr_query_error *err)
{
    for (size_t i = 0; i < len; i++) {
        char c = v[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' ||
                  c == '/' || c == '_' || c == '-';
        if (!ok) return fail(err, 400, "type", "type: an event type is letters, digits, spaces, '/', '_' and '-'");
    }
    memcpy(out->type, v, len + 1);
    if (len) out->filter.type = out->type;
    return true;
}

/* Words of letters and digits (any script), with apostrophes (' or U+2019),
 * hyphens and periods joining letters inside a word, and a '*' ending a word;
 * words separated by spaces. */
static bool read_text(const char *v, size_t len, sr_query *out, sr_query_error *err)
{
    static const char *const why =
        "q: words of letters and digits, with apostrophes, hyphens or periods inside a word and a trailing * "
        "for a prefix";
    size_t i = 0;
    bool in_word = false, joiner = false, starred = false;
    while (i < len) {
        UChar32 c;
        U8_NEXT(v, i, len, c);
        if (c < 0) return fail(err, 400, "q", "q: not valid UTF-8");
        if (c == ' ') {
            if (joiner) return fail(err, 400, "q", "%s", why);
            in_word = starred = false;
        } else if (starred) {
            return fail(err, 400, "q", "%s", why);
        } else if (u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || u_getCombiningClass(c) > 0) {
            in_word = true;
            joiner = false;
        } else if ((c == '\'' || c == 0x2019 || c == '-' || c == '.') && in_word && !joiner) {
            joiner = true;
        } else if (c == '*' && in_word && !joiner) {
            starred = true;
        } else {
            return fail(err, 400, "q", "%s", why);
        }
    }
    if (joiner) return fail(err, 400, "q", "%s", why);
    memcpy(out->q, v, len + 1);
    if (len) out->filter.q = out->q;
    return true;
}

/* ---- the parameter table ------------------------------------------------ */

enum param { P_FROM, P_TO, P_BBOX, P_TYPE, P_Q, P_LIMIT, P_OFFSET, P_HISTORICAL, P_COUNT };
static const char *const PARAM_NAMES[P_COUNT] = {"from",  "to",     "bbox",      "type",
                                                 "q",     "limit", "offset", "historical"};
/* decoded value capacity per parameter (bytes, with the NUL) */
static const size_t PARAM_CAP[P_COUNT] = {16, 16, 160, SR_QUERY_TYPE_MAX + 1, SR_QUERY_TEXT_MAX + 1, 16, 16, 4};

static bool read_value(enum param p, const char *v, size_t len, sr_query *out, sr_query_error *err)
{
    sr_store_filter *f = &out->filter;
    long n;
    switch (p) {
    case P_FROM:
        if (!read_date("from", v, len, out->from, err)) return false;
        f->from = out->from;
        return true;
    case P_TO:
        if (!read_date("to", v, len, out->to, err)) return false;
        f->to = out->to;
        return true;
    case P_BBOX: return read_bbox(v, len, f, err);
    case P_TYPE: return read_type(v, len, out, err);
    case P_Q: return read_text(v, len, out, err);
    case P_LIMIT:
        if (!read_long("limit", v, len, 1, SR_QUERY_LIMIT_MAX, &n, err)) return false;
        f->limit = n;
        return true;
    case P_OFFSET:
        if (!read_long("offset", v, len, 0, SR_QUERY_OFFSET_MAX, &n, err)) return false;
        f->offset = n;
        return true;
    case P_HISTORICAL:
        if (len != 1 || (v[0] != '0' && v[0] != '1'))
            return fail(err, 400, "historical", "historical: want 0 (leave background events out) or 1");
        f->include_historical = v[0] == '1';
        return true;
    case P_COUNT: break;
    }
    return fail(err, 400, "", "internal: parameter table");
}

/* The name as the client wrote it, made printable for the message. */
static void printable_name(const char *s, size_t len, char *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < len && n + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        out[n++] = (c >= 0x21 && c < 0x7f && c != '"' && c != '\\') ? (char)c : '?';
    }
    out[n] = '\0';
}

/* One endpoint's parameters: names, decoded capacities, and the reader that
 * checks and stores a decoded value. */
typedef struct param_table {
    const char *const *names;
    const size_t *caps;
    int count;
    const char *known;   /* for the message about an unknown name */
    bool (*read)(int param, const char *value, size_t len, void *out, sr_query_error *err);
} param_table;

static bool parse_pairs(const char *s, size_t len, const param_table *t, void *out, sr_query_error *err)
{
    if (len > SR_QUERY_MAX_LEN)
        return fail(err, 414, "", "the query string is longer than %d bytes", (int)SR_QUERY_MAX_LEN);
    unsigned seen = 0;
    char value[SR_QUERY_MAX_LEN + 1];
    size_t i = 0;
    while (i < len) {
        const char *pair = s + i;
        const char *amp = memchr(pair, '&', len - i);
        size_t plen = amp ? (size_t)(amp - pair) : len - i;
        i += plen + 1;
        if (plen == 0) continue;   /* "a=1&&b=2", a trailing '&' */
        const char *eq = memchr(pair, '=', plen);
        size_t nlen = eq ? (size_t)(eq - pair) : plen;
        char name[16];
        size_t name_len;
        int p = t->count;
        if (sr_query_decode(pair, nlen, true, name, sizeof name, &name_len))
            for (p = 0; p < t->count; p++)
                if (strlen(t->names[p]) == name_len && !memcmp(t->names[p], name, name_len)) break;
        if (p == t->count) {
            char shown[24];
            printable_name(pair, nlen, shown, sizeof shown);
            return fail(err, 400, shown, "unknown parameter '%s'; known: %s", shown, t->known);
        }
        const char *pname = t->names[p];
        if (!eq) return fail(err, 400, pname, "%s: no value (want %s=...)", pname, pname);
        if (seen & (1u << p)) return fail(err, 400, pname, "%s: given more than once", pname);
        seen |= 1u << p;
        const char *enc = eq + 1;
        size_t enc_len = plen - nlen - 1, vlen;
        if (!sr_query_decode(enc, enc_len, true, NULL, 0, &vlen))
            return fail(err, 400, pname, "%s: malformed percent-encoding or a NUL byte", pname);
        if (vlen >= t->caps[p]) return fail(err, 400, pname, "%s: longer than %zu bytes", pname, t->caps[p] - 1);
        sr_query_decode(enc, enc_len, true, value, sizeof value, &vlen);
        for (size_t k = 0; k < vlen; k++)
            if ((unsigned char)value[k] < 0x20 || value[k] == 0x7f)
                return fail(err, 400, pname, "%s: control characters are not allowed", pname);
        if (!t->read(p, value, vlen, out, err)) return false;
    }
    return true;
}

static bool read_list_param(int p, const char *v, size_t len, void *out, sr_query_error *err)
{
    return read_value((enum param)p, v, len, out, err);
}

static const param_table LIST_PARAMS = {PARAM_NAMES, PARAM_CAP, P_COUNT,
                                        "from, to, bbox, type, q, limit, offset, historical", read_list_param};

bool sr_query_parse(const char *s, size_t len, sr_query *out, sr_query_error *err)
{
    memset(out, 0, sizeof *out);
    out->filter.limit = 100;
    if (!parse_pairs(s, len, &LIST_PARAMS, out, err)) return false;
    if (out->filter.from && out->filter.to && strcmp(out->filter.from, out->filter.to) > 0)
        return fail(err, 400, "from", "from: %s is after to: %s", out->filter.from, out->filter.to);
    return true;
}

/* ---- a document's parameters (POST /api/documents, text/plain) ----------- */

enum doc_param { D_ID, D_DATE, D_URL, D_SOURCE, D_TITLE, D_LANG, D_COUNT };
static const char *const DOC_NAMES[D_COUNT] = {"id", "date", "url", "source", "title", "lang"};
static const size_t DOC_CAP[D_COUNT] = {SR_QUERY_ID_MAX + 1, 11, SR_QUERY_URL_MAX + 1, SR_QUERY_NAME_MAX + 1,
                                        SR_QUERY_NAME_MAX + 1, 3};

/* Text that is valid UTF-8 (control bytes were refused already). */
static bool utf8_ok(const char *v, size_t len)
{
    size_t i = 0;
    while (i < len) {
        UChar32 c;
        U8_NEXT(v, i, len, c);
        if (c < 0) return false;
    }
    return true;
}

static bool read_doc_param(int p, const char *v, size_t len, void *outp, sr_query_error *err)
{
    sr_doc_query *out = outp;
    const char *name = DOC_NAMES[p];
    switch ((enum doc_param)p) {
    case D_ID:
        if (!sr_query_id_ok(v, len))
            return fail(err, 400, name, "id: 1-%d letters, digits and . _ : -", (int)SR_QUERY_ID_MAX);
        memcpy(out->id, v, len + 1);
        return true;
    case D_DATE: return read_date("date", v, len, out->date, err);
    case D_URL:
        if ((strncmp(v, "http://", 7) && strncmp(v, "https://", 8)) || memchr(v, ' ', len) || !utf8_ok(v, len))
            return fail(err, 400, name, "url: want an http:// or https:// address without spaces");
        memcpy(out->url, v, len + 1);
        return true;
    case D_SOURCE:
    case D_TITLE:
        if (!utf8_ok(v, len)) return fail(err, 400, name, "%s: not valid UTF-8", name);
        memcpy(p == D_SOURCE ? out->source : out->title, v, len + 1);
        return true;
    case D_LANG:
        if (strcmp(v, "en") && strcmp(v, "tr")) return fail(err, 400, name, "lang: want en or tr");
        memcpy(out->lang, v, len + 1);
        return true;
    case D_COUNT: break;
    }
    return fail(err, 400, "", "internal: parameter table");
}

static const param_table DOC_PARAMS = {DOC_NAMES, DOC_CAP, D_COUNT, "id, date, url, source, title, lang",
                                       read_doc_param};

bool sr_query_parse_document(const char *s, size_t len, sr_doc_query *out, sr_query_error *err)
{
    memset(out, 0, sizeof *out);
    return parse_pairs(s, len, &DOC_PARAMS, out, err);
}

bool sr_query_id_ok(const char *id, size_t len)
{
    if (len == 0 || len > SR_QUERY_ID_MAX) return false;
    for (size_t i = 0; i < len; i++) {
        char c = id[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                  c == '_' || c == ':' || c == '-';
        if (!ok) return false;
    }
    return true;
}
