/*
 * jsonl.c — parse one JSONL line into an sr_document.
 *
 * Place in the pipeline: [input] -> doc.  The JSONL reader (reader.c) cuts a
 * stream into lines and hands each non-blank one to sr_jsonl_parse_line; the
 * fuzzer calls it directly.  This file knows nothing about files, line numbers
 * or default ids: it turns bytes into either a document whose strings live in
 * the scratch (a buffer of decoded strings, or a json-c object), or a reason
 * and a byte offset within the line.
 *
 * Two parsers, one behaviour.  Almost every line is one flat object of string
 * members, and json-c costs a locale switch (newlocale inside the tokener),
 * a byte-at-a-time state machine, a hash table and a tree of objects per
 * line, about 8% of coding instructions on news text.  A reader that knows
 * the one shape we need scans strings sixteen (SSE2) or eight bytes at a
 * time, decodes them straight into one reused buffer and allocates nothing,
 * for a sixteenth of json-c's instructions (105.8M -> 6.3M on 2 MB of the
 * bench corpus); so a small hand-written reader (fast_parse) takes those
 * lines.  It takes a line only when it is sure to read it as json-c does,
 * and gives up on anything else -- a number, a nested value, an escaped
 * member name, a duplicate member we read, a control character, a lone
 * surrogate, \u0000, or a surrogate pair json-c 0.16 misreads (see
 * fast_string) in a string, any syntax error -- and the line goes to json-c,
 * which decides and words every error.  So the two can never disagree:
 * fuzz/fuzz_jsonl.c checks that on every input against
 * sr_jsonl_scratch_set_reference, which turns the fast path off.
 *
 * Parsing uses json-c's tokener in strict mode (no trailing commas, no leading
 * zeros, ...) with a nesting limit of SR_JSONL_MAX_DEPTH.  The line is fed to
 * the tokener in chunks of SR_JSONL_CHUNK bytes, so the offset of an error is
 * chunk start + json_tokener_get_parse_end().  Trailing bytes after the object
 * are checked here rather than by json-c so that the reason can say so.
 *
 * json-c 0.16 does not report every allocation failure (see
 * reserve_string_buffer): the string buffer is reserved before parsing and a
 * NULL result that is not the literal null is taken as out-of-memory, so that
 * memory pressure never yields a silently shortened text.  Lines are limited
 * to SR_JSONL_MAX_LINE bytes (just under 2 GiB) because json-c keeps string
 * lengths in ints.
 *
 * Field rules (the contract the reader documents for its users):
 *   - "text" is required and must be a string; it may be empty, may contain
 *     \u0000 (text_len covers it) and may contain invalid UTF-8, which json-c
 *     0.16 (without JSON_TOKENER_VALIDATE_UTF8, which we do not set) passes
 *     through byte for byte; the engine repairs it.
 *   - "id" may be a string or an integer (converted to its decimal form);
 *     null, "" or absent leave doc->id NULL (the reader substitutes
 *     "<input>:<line>").
 *   - "date", "url", "source", "title", "lang": string, or null/absent (= not
 *     given).  Any other type is an error.
 *   - A NUL character (\u0000) in any field except "text" is an error, since
 *     those fields are handed on as C strings.
 *   - Other members are ignored.  With duplicate keys json-c keeps the last.
 */
#include <json-c/json.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "io/reader.h"

/* Nesting limit handed to json_tokener_new_ex: the object itself counts as
 * one level, so {"a":[[...]]} may hold 31 nested arrays. */
#define SR_JSONL_MAX_DEPTH 32

/* Bytes handed to json_tokener_parse_ex per call.  Small enough that long
 * lines cross many chunk boundaries (so that path is always exercised), large
 * enough that the per-call overhead does not show. */
#define SR_JSONL_CHUNK ((size_t)1 << 16)

/* After a line this long the tokener (whose internal buffer has grown to the
 * longest string seen) is dropped, so one huge line does not pin its memory
 * for the rest of the stream. */
#define SR_JSONL_SHRINK_AFTER ((size_t)1 << 24)

/* json-c keeps string lengths in ints: a longer line is refused rather than
 * risk a string cut short. */
#define SR_JSONL_MAX_LINE (INT_MAX - 16)

/* The reason given when memory ran out; reader.c compares against the same
 * text and turns it into SR_READ_FATAL. */
#define SR_JSONL_OOM "out of memory"

struct sr_jsonl_scratch {
    json_tokener *tok;   /* NULL until needed, or after a huge line */
    json_object *root;   /* the last line's object when json-c parsed it; doc strings point into it */
    char *strings;       /* the fast path's decoded strings; doc strings point into it */
    size_t cap;          /* bytes at strings */
    bool reference;      /* json-c only (sr_jsonl_scratch_set_reference) */
    char reason[160];    /* formatted reasons */
};

/* Contract: see reader.h.  A new, empty scratch (the tokener is made on first
 * use); NULL on OOM.  One scratch per thread. */
sr_jsonl_scratch *sr_jsonl_scratch_new(void)
{
    sr_jsonl_scratch *s = calloc(1, sizeof *s);
    return s;
}

/* Contract: see reader.h.  Releases the last document's storage too; NULL is
 * a no-op. */
void sr_jsonl_scratch_free(sr_jsonl_scratch *scratch)
{
    if (!scratch)
        return;
    if (scratch->root)
        json_object_put(scratch->root);
    if (scratch->tok)
        json_tokener_free(scratch->tok);
    free(scratch->strings);
    free(scratch);
}

/* Contract: see reader.h. */
void sr_jsonl_scratch_set_reference(sr_jsonl_scratch *scratch, bool on)
{
    scratch->reference = on;
}

/* json-c 0.16 ignores allocation failures while it collects a string: the
 * printbuf append fails and those bytes are silently dropped, so under memory
 * pressure a long "text" would come out shortened with no error.  A decoded
 * string is never longer than the line, so reserving len + 1 bytes in the
 * tokener's printbuf up front means collecting never has to allocate; if the
 * reservation fails we know it and say so.  (tok->pb is a published but
 * deprecated field of struct json_tokener; there is no other way to reach it.) */
static bool reserve_string_buffer(json_tokener *tok, size_t len)
{
    struct printbuf *pb = tok->pb;
    if (pb->size > 0 && (size_t)pb->size > len + 1)
        return true;
    if (printbuf_memset(pb, 0, 0, (int)len + 1) < 0)
        return false;
    printbuf_reset(pb);
    return true;
}

static bool is_blank(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/* Names of the optional string fields and where they go. */
enum { F_DATE, F_URL, F_SOURCE, F_TITLE, F_LANG, F_COUNT };
static const char *const optional_fields[F_COUNT] = { "date", "url", "source", "title", "lang" };

static const char **optional_slot(sr_document *doc, int which)
{
    switch (which) {
    case F_DATE: return &doc->date;
    case F_URL: return &doc->url;
    case F_SOURCE: return &doc->source;
    case F_TITLE: return &doc->title;
    default: return &doc->lang;
    }
}

__attribute__((format(printf, 5, 6)))
static bool fail(sr_jsonl_scratch *s, const char **reason, long long *offset, long long at,
                 const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s->reason, sizeof s->reason, fmt, ap);
    va_end(ap);
    *reason = s->reason;
    *offset = at;
    return false;
}

/* ---- the fast path ------------------------------------------------------ */

/* White space between JSON tokens, as json-c's strict tokener takes it (not
 * \f or \v, which is_blank also allows around the object). */
static bool json_ws(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static const char *skip_ws(const char *p, const char *end)
{
    while (p < end && json_ws((unsigned char)*p))
        p++;
    return p;
}

/* A byte a string scan must stop at: '"', '\\' or a control character. */
static bool string_stop(unsigned char c)
{
    return c == '"' || c == '\\' || c < 0x20;
}

/* Is any of the 8 bytes at p a string_stop?  (On one word: a byte below 0x20,
 * or one that is zero after xor with '"' or '\\'; bytes of 0x80 and up never
 * count.) */
static bool string_stop8(const char *p)
{
    const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
    uint64_t x;
    memcpy(&x, p, 8);
    uint64_t quote = x ^ (ones * '"'), backslash = x ^ (ones * '\\');
    return (((x - ones * 0x20) & ~x) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash)) & high;
}

#ifdef __SSE2__
/* Bit i set when byte i of the 16 at p is a string_stop. */
static inline unsigned string_stop16(const char *p)
{
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), low = _mm_set1_epi8(0x1F);
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                               _mm_cmpeq_epi8(_mm_min_epu8(v, low), v)); /* v <= 0x1F */
    return (unsigned)_mm_movemask_epi8(hit);
}
#endif

/* The first byte of [p, end) that a string scan must stop at, or end; the
 * bytes from lo (<= p) on may be read too. */
static const char *string_run(const char *p, const char *lo, const char *end)
{
#ifdef __SSE2__
    /* Why: this scan reads every byte of every document's text.  SSE2
     * (always there on x86-64) tests 16 bytes at once and says where the
     * stop is.  The last 16 bytes of the line, which hold the end of its
     * last string, are tested as one block that overlaps bytes already
     * passed (shifted out of the mask); the portable words below take what
     * is left of a line shorter than that. */
    while (end - p >= 16) {
        unsigned m = string_stop16(p);
        if (m)
            return p + __builtin_ctz(m);
        p += 16;
    }
    if (end - lo >= 16) {
        unsigned m = string_stop16(end - 16) >> (16 - (end - p)); /* bit 0 is p */
        return m ? p + __builtin_ctz(m) : end;
    }
#else
    (void)lo;
#endif
    while (end - p >= 8 && !string_stop8(p))
        p += 8;
    while (p < end && !string_stop((unsigned char)*p))
        p++;
    return p;
}

/* The value of the 4 hex digits at p (end - p >= 4), or -1. */
static long hex4(const char *p)
{
    long v = 0;
    for (int i = 0; i < 4; i++) {
        unsigned char c = (unsigned char)p[i];
        int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* Decodes the JSON string whose opening quote is at *at, in the line that
 * starts at line and ends at end, into out (at most as many bytes as the
 * string takes in the line, plus a NUL).  Returns the
 * end of the decoded bytes (where the NUL went) and moves *at past the
 * closing quote; NULL to give up (see the file comment). */
static char *fast_string(const char **at, const char *line, const char *end, char *out)
{
    const char *p = *at + 1;
    for (;;) {
        const char *run = p;
        p = string_run(p, line, end);
        memcpy(out, run, (size_t)(p - run));
        out += p - run;
        if (p >= end || (unsigned char)*p < 0x20)
            return NULL;
        if (*p == '"') {
            *out = '\0';
            *at = p + 1;
            return out;
        }
        if (end - p < 2)
            return NULL;
        char c = p[1];
        p += 2;
        switch (c) {
        case '"': case '\\': case '/': *out++ = c; continue;
        case 'b': *out++ = '\b'; continue;
        case 'f': *out++ = '\f'; continue;
        case 'n': *out++ = '\n'; continue;
        case 'r': *out++ = '\r'; continue;
        case 't': *out++ = '\t'; continue;
        case 'u': break;
        default: return NULL;
        }
        long u = end - p >= 4 ? hex4(p) : -1;
        if (u <= 0 || (u >= 0xDC00 && u <= 0xDFFF))
            return NULL; /* \u0000 (json-c keeps the NUL; rare), a lone low surrogate */
        p += 4;
        if (u >= 0xD800 && u <= 0xDBFF) { /* only as the first half of a pair */
            long lo = end - p >= 6 && p[0] == '\\' && p[1] == 'u' ? hex4(p + 2) : -1;
            if (lo < 0xDC00 || lo > 0xDFFF)
                return NULL;
            p += 6;
            u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            /* json-c 0.16 tests the joined code point with IS_HIGH_SURROGATE
             * and IS_LOW_SURROGATE, which mask it with 0xFC00 as if it had
             * 16 bits: U+1D800..U+1DFFF, U+2D800..U+2DFFF, ... U+10D800..
             * U+10DFFF (pairs \uD836-\uD837, \uD876-\uD877, ... \uDBF6-\uDBF7)
             * come out as U+FFFD, or join with a following \uDCxx into some
             * other character.  Those lines go to json-c, which keeps its
             * own reading of them (the output must not change). */
            if ((u & 0xF800) == 0xD800)
                return NULL;
        }
        if (u < 0x80) {
            *out++ = (char)u;
        } else if (u < 0x800) {
            *out++ = (char)(0xC0 | (u >> 6));
            *out++ = (char)(0x80 | (u & 0x3F));
        } else if (u < 0x10000) {
            *out++ = (char)(0xE0 | (u >> 12));
            *out++ = (char)(0x80 | ((u >> 6) & 0x3F));
            *out++ = (char)(0x80 | (u & 0x3F));
        } else {
            *out++ = (char)(0xF0 | (u >> 18));
            *out++ = (char)(0x80 | ((u >> 12) & 0x3F));
            *out++ = (char)(0x80 | ((u >> 6) & 0x3F));
            *out++ = (char)(0x80 | (u & 0x3F));
        }
    }
}

/* The literal at p (null, true or false), or 0 when none starts there. */
static size_t literal(const char *p, const char *end, const char *word)
{
    size_t n = strlen(word);
    return (size_t)(end - p) >= n && memcmp(p, word, n) == 0 ? n : 0;
}

/* The members we read ("id", "text", "date", "url", "source", "title",
 * "lang"), in the order of the fields of sr_document. */
enum { M_ID, M_TEXT, M_DATE, M_URL, M_SOURCE, M_TITLE, M_LANG, M_COUNT };

/* The member named key[0..n) (not NUL-terminated), M_COUNT when it is none
 * of ours: by length first, each compare of a constant size (a loop over the
 * names, with a strlen and a memcmp call for each, cost more than the rest
 * of a member's parse). */
static int member_of(const char *key, size_t n)
{
#define IS(name) (memcmp(key, name, sizeof name - 1) == 0)
    switch (n) {
    case 2: return IS("id") ? M_ID : M_COUNT;
    case 3: return IS("url") ? M_URL : M_COUNT;
    case 4: return IS("text") ? M_TEXT : IS("date") ? M_DATE : IS("lang") ? M_LANG : M_COUNT;
    case 5: return IS("title") ? M_TITLE : M_COUNT;
    case 6: return IS("source") ? M_SOURCE : M_COUNT;
    default: return M_COUNT;
    }
#undef IS
}

/* Reads line as one flat object of string (or null) members into doc, with
 * the decoded strings in the scratch; false to leave the line to json-c (see
 * the file comment), also when the scratch cannot grow.  On success doc is
 * what the json-c path would give. */
static bool fast_parse(sr_jsonl_scratch *s, const char *line, size_t len, sr_document *doc)
{
    if (s->cap < len + 1) {
        free(s->strings);
        s->cap = len + 1 > 4096 ? len + 1 : 4096;
        s->strings = malloc(s->cap);
        if (!s->strings) {
            s->cap = 0;
            return false;
        }
    }
    const char *value[M_COUNT] = {0};
    size_t value_len[M_COUNT] = {0};
    bool seen[M_COUNT] = {0};
    char *out = s->strings;
    const char *p = skip_ws(line, line + len), *end = line + len;
    if (p == end || *p != '{')
        return false;
    p = skip_ws(p + 1, end);
    for (;;) {
        if (p == end || *p != '"')
            return false; /* also the empty object: it has no "text" */
        const char *key = p + 1, *q = string_run(key, line, end);
        if (q == end || *q != '"')
            return false;
        int m = member_of(key, (size_t)(q - key));
        if (m < M_COUNT && seen[m])
            return false; /* json-c keeps the last of duplicate members */
        p = skip_ws(q + 1, end);
        if (p == end || *p != ':')
            return false;
        p = skip_ws(p + 1, end);
        size_t n;
        if (p < end && *p == '"') {
            char *e = fast_string(&p, line, end, out);
            if (!e)
                return false;
            if (m < M_COUNT) {
                value[m] = out;
                value_len[m] = (size_t)(e - out);
                seen[m] = true;
                out = e + 1;
            }
        } else if ((n = literal(p, end, "null")) != 0) {
            if (m == M_TEXT)
                return false;
            if (m < M_COUNT)
                seen[m] = true;
            p += n;
        } else if (m == M_COUNT && ((n = literal(p, end, "true")) != 0 || (n = literal(p, end, "false")) != 0)) {
            p += n;
        } else {
            return false;
        }
        p = skip_ws(p, end);
        if (p < end && *p == ',') {
            p = skip_ws(p + 1, end);
            continue;
        }
        if (p < end && *p == '}')
            break;
        return false;
    }
    for (p++; p < end; p++)
        if (!is_blank((unsigned char)*p))
            return false;
    if (!value[M_TEXT])
        return false;
    doc->id = value[M_ID] && value[M_ID][0] ? value[M_ID] : NULL;
    doc->text = value[M_TEXT];
    doc->text_len = value_len[M_TEXT];
    doc->date = value[M_DATE];
    doc->url = value[M_URL];
    doc->source = value[M_SOURCE];
    doc->title = value[M_TITLE];
    doc->lang = value[M_LANG];
    return true;
}

/*
 * Contract: see reader.h.  In addition:
 *   - on success doc->id is NULL when the line has no usable "id" (the caller
 *     substitutes a default); doc->text is never NULL; input_name and
 *     record_no are left 0/NULL for the caller to fill;
 *   - on failure doc->id is still set when the line was an object whose "id"
 *     could be read (so the error can name the record), else NULL; the other
 *     doc fields are unspecified;
 *   - *offset is the byte offset within [line, line+len) of the problem: the
 *     offending byte for syntax errors, len for truncated JSON, the first byte
 *     of the value (after leading blanks) for a non-object or a bad field,
 *     0 for an empty or over-long line and for out-of-memory;
 *   - the reason is exactly "out of memory" (SR_JSONL_OOM) when memory ran
 *     out, which the caller should treat as fatal rather than as a bad line;
 *   - scratch, line (when len > 0), doc, reason and offset must not be NULL;
 *     the bytes need not be NUL-terminated.
 */
bool sr_jsonl_parse_line(sr_jsonl_scratch *scratch, const char *line, size_t len, sr_document *doc,
                         const char **reason, long long *offset)
{
    sr_jsonl_scratch *s = scratch;

    memset(doc, 0, sizeof *doc);
    *reason = NULL;
    *offset = -1;
    if (s->root) {
        json_object_put(s->root);
        s->root = NULL;
    }

    size_t first = 0;
    while (first < len && is_blank((unsigned char)line[first]))
        first++;
    if (first == len)
        return fail(s, reason, offset, 0, "empty line"); /* a NUL byte is not blank */

    /* fast_parse takes no line with a NUL byte (a NUL stops its scans and
     * is neither white space nor JSON), so the search for one, a pass over
     * the whole line, waits until it has given up */
    if (len <= SR_JSONL_MAX_LINE) {
        if (s->cap > SR_JSONL_SHRINK_AFTER && len < SR_JSONL_SHRINK_AFTER) {
            free(s->strings); /* after a huge line: fast_parse makes a smaller one */
            s->strings = NULL;
            s->cap = 0;
        }
        if (!s->reference && fast_parse(s, line, len, doc))
            return true;
    }
    memset(doc, 0, sizeof *doc);

    const char *nul = memchr(line, '\0', len);
    if (nul)
        return fail(s, reason, offset, (long long)(nul - line), "line contains a NUL byte");
    if (len > SR_JSONL_MAX_LINE)
        return fail(s, reason, offset, 0, "line longer than json-c can parse (%d bytes at most)", SR_JSONL_MAX_LINE);

    if (!s->tok) {
        s->tok = json_tokener_new_ex(SR_JSONL_MAX_DEPTH);
        if (!s->tok)
            return fail(s, reason, offset, 0, SR_JSONL_OOM);
        json_tokener_set_flags(s->tok, JSON_TOKENER_STRICT | JSON_TOKENER_ALLOW_TRAILING_CHARS);
    } else {
        json_tokener_reset(s->tok);
    }
    if (!reserve_string_buffer(s->tok, len))
        return fail(s, reason, offset, 0, SR_JSONL_OOM);

    json_object *root = NULL;
    enum json_tokener_error err = json_tokener_continue;
    size_t pos = 0;        /* start of the chunk being fed */
    size_t stop = len;     /* where the tokener stopped: end of the value, or the error */
    while (pos < len) {
        size_t n = len - pos < SR_JSONL_CHUNK ? len - pos : SR_JSONL_CHUNK;
        root = json_tokener_parse_ex(s->tok, line + pos, (int)n);
        err = json_tokener_get_error(s->tok);
        if (err != json_tokener_continue) {
            stop = pos + (size_t)json_tokener_get_parse_end(s->tok);
            break;
        }
        pos += n;
    }
    if (err == json_tokener_continue) {
        /* The line ran out.  A bare top-level number or literal is only known
         * to be complete at end of input: json-c takes a '\0' as that signal. */
        root = json_tokener_parse_ex(s->tok, "", 1);
        err = json_tokener_get_error(s->tok);
        if (err != json_tokener_success) {
            if (root)
                json_object_put(root);
            json_tokener_free(s->tok); /* see below */
            s->tok = NULL;
            return fail(s, reason, offset, (long long)len,
                        "truncated JSON: the line ends inside a value");
        }
        stop = len;
    }

    /* A tokener that stopped on an error may keep half a \uD800-\uDBFF pair
     * that json_tokener_reset does not clear (json-c 0.16): the next line
     * would begin its first surrogate pair with a stray U+FFFD.  So every
     * line starts from a fresh one after an error, as the fast path does. */
    if (len > SR_JSONL_SHRINK_AFTER || err != json_tokener_success) {
        json_tokener_free(s->tok);
        s->tok = NULL;
    }

    if (err != json_tokener_success) {
        if (root)
            json_object_put(root);
        long long at = (long long)stop;
        if (err == json_tokener_error_depth)
            return fail(s, reason, offset, at, "invalid JSON: nested deeper than %d levels", SR_JSONL_MAX_DEPTH);
        if (stop < len) {
            unsigned char c = (unsigned char)line[stop];
            if (c > 0x20 && c < 0x7F)
                return fail(s, reason, offset, at, "invalid JSON: %s (at '%c')", json_tokener_error_desc(err), c);
            return fail(s, reason, offset, at, "invalid JSON: %s (at byte 0x%02X)", json_tokener_error_desc(err), c);
        }
        return fail(s, reason, offset, at, "invalid JSON: %s", json_tokener_error_desc(err));
    }
    if (!root) {
        /* json-c returns NULL with success both for the literal null and when
         * it could not allocate a value (0.16 has no error code for that). */
        size_t end = stop;
        while (end > first && is_blank((unsigned char)line[end - 1]))
            end--;
        if (end - first == 4 && memcmp(line + first, "null", 4) == 0)
            return fail(s, reason, offset, (long long)first, "not a JSON object (got null)");
        return fail(s, reason, offset, 0, SR_JSONL_OOM);
    }
    s->root = root;

    /* Name the record in the errors below when its id is readable at all
     * (the full check of "id" comes later). */
    json_object *v = NULL;
    if (json_object_is_type(root, json_type_object) && json_object_object_get_ex(root, "id", &v) &&
        (json_object_is_type(v, json_type_int) ||
         (json_object_is_type(v, json_type_string) &&
          strlen(json_object_get_string(v)) == (size_t)json_object_get_string_len(v))) &&
        json_object_get_string(v)[0])
        doc->id = json_object_get_string(v);

    for (size_t i = stop; i < len; i++) {
        if (!is_blank((unsigned char)line[i]))
            return fail(s, reason, offset, (long long)i, "trailing data after the JSON %s",
                        json_object_is_type(root, json_type_object) ? "object" : "value");
    }

    if (!json_object_is_type(root, json_type_object))
        return fail(s, reason, offset, (long long)first, "not a JSON object (got %s)",
                    json_type_to_name(json_object_get_type(root)));

    /* id: string or integer; null/""/absent = none. */
    if (json_object_object_get_ex(root, "id", &v) && v) {
        json_type t = json_object_get_type(v);
        if (t == json_type_string || t == json_type_int) {
            const char *id = json_object_get_string(v);
            if (t == json_type_string && strlen(id) != (size_t)json_object_get_string_len(v))
                return fail(s, reason, offset, (long long)first, "field \"id\" contains a NUL character");
            if (id && id[0])
                doc->id = id;
        } else {
            return fail(s, reason, offset, (long long)first, "field \"id\" must be a string or an integer (got %s)",
                        json_type_to_name(t));
        }
    }

    /* text: required string. */
    if (!json_object_object_get_ex(root, "text", &v))
        return fail(s, reason, offset, (long long)first, "missing field \"text\"");
    if (!json_object_is_type(v, json_type_string))
        return fail(s, reason, offset, (long long)first, "field \"text\" must be a string (got %s)",
                    json_type_to_name(json_object_get_type(v)));
    doc->text = json_object_get_string(v);
    doc->text_len = (size_t)json_object_get_string_len(v);

    for (int f = 0; f < F_COUNT; f++) {
        if (!json_object_object_get_ex(root, optional_fields[f], &v) || !v)
            continue;
        if (!json_object_is_type(v, json_type_string))
            return fail(s, reason, offset, (long long)first, "field \"%s\" must be a string (got %s)",
                        optional_fields[f], json_type_to_name(json_object_get_type(v)));
        const char *str = json_object_get_string(v);
        if (strlen(str) != (size_t)json_object_get_string_len(v))
            return fail(s, reason, offset, (long long)first, "field \"%s\" contains a NUL character",
                        optional_fields[f]);
        *optional_slot(doc, f) = str;
    }
    return true;
}
