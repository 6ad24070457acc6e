/*
 * jsonl.c — parse one JSONL line into an sr_document.
 *
 * Place in the pipeline: [input] -> doc.  The JSONL reader (reader.c) cuts a
 * stream into lines and hands each non-blank one to sr_jsonl_parse_line; the
 * fuzzer calls it directly.  This file knows nothing about files, line numbers
 * or default ids: it turns bytes into either a document whose strings live in
 * a json-c object kept by the scratch, or a reason and a byte offset within the
 * line.
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
    json_object *root;   /* the last line's object; doc strings point into it */
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
    free(scratch);
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

    const char *nul = len ? memchr(line, '\0', len) : NULL;
    if (nul)
        return fail(s, reason, offset, (long long)(nul - line), "line contains a NUL byte");

    size_t first = 0;
    while (first < len && is_blank((unsigned char)line[first]))
        first++;
    if (first == len)
        return fail(s, reason, offset, 0, "empty line");
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
            return fail(s, reason, offset, (long long)len,
                        "truncated JSON: the line ends inside a value");
        }
        stop = len;
    }

    if (len > SR_JSONL_SHRINK_AFTER) {
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
