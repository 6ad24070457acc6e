/*
 * kafka_key.c — the key an output record is produced under (see
 * kafka_key.h): a scan of the record's top level for "id", "doc" or "input".
 *
 * Place in the pipeline: called by `sitrep kafka` for every record the coder
 * emits, just before the record is produced.  The records come from our own
 * writer, so they are valid JSON; the scan still stops (no key) at anything
 * it does not expect rather than read past the end.
 */
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "kafka_key.h"

/* The fields that may key a record, best first. */
static const char *const KEY_FIELDS[] = {"id", "doc", "input"};
enum { N_KEY_FIELDS = sizeof KEY_FIELDS / sizeof *KEY_FIELDS };

static const char *skip_blanks(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    return p;
}

/* p at an opening quote: just past the closing one, or NULL. */
static const char *string_end(const char *p, const char *end)
{
    for (p++; p < end; p++) {
        if (*p == '\\')
            p++;
        else if (*p == '"')
            return p + 1;
    }
    return NULL;
}

/* Just past the value at p: a string, an object or array (skipped whole), or
 * a number or literal; NULL when it does not end. */
static const char *value_end(const char *p, const char *end)
{
    if (p >= end)
        return NULL;
    if (*p == '"')
        return string_end(p, end);
    if (*p == '{' || *p == '[') {
        int depth = 0;
        while (p < end) {
            if (*p == '"') {
                if (!(p = string_end(p, end)))
                    return NULL;
                continue;
            }
            if (*p == '{' || *p == '[')
                depth++;
            else if ((*p == '}' || *p == ']') && --depth == 0)
                return p + 1;
            p++;
        }
        return NULL;
    }
    while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n')
        p++;
    return p;
}

/* Decode the string literal [quote, quote + n) with json-c into k's buffer. */
static bool decode(sr_kafka_key *k, const char *quote, size_t n, const char **key, size_t *keylen)
{
    json_tokener *tok = json_tokener_new();
    json_object *s = tok ? json_tokener_parse_ex(tok, quote, (int)n) : NULL;
    bool ok = false;
    if (s && json_object_is_type(s, json_type_string)) {
        size_t len = (size_t)json_object_get_string_len(s);
        if (len + 1 > k->cap) {
            char *grown = realloc(k->buf, len + 1);
            if (grown) {
                k->buf = grown;
                k->cap = len + 1;
            }
        }
        if (len + 1 <= k->cap) {
            memcpy(k->buf, json_object_get_string(s), len + 1);
            *key = k->buf;
            *keylen = len;
            ok = true;
        }
    }
    json_object_put(s);
    if (tok)
        json_tokener_free(tok);
    return ok;
}

/* Contract: see kafka_key.h.  k, json, key and keylen must not be NULL. */
bool sr_kafka_key_of(sr_kafka_key *k, const char *json, size_t len, const char **key, size_t *keylen)
{
    const char *end = json + len;
    const char *found[N_KEY_FIELDS] = {NULL};   /* the opening quote of each field's string value */
    const char *found_end[N_KEY_FIELDS] = {NULL};
    const char *p = skip_blanks(json, end);
    if (p >= end || *p != '{')
        return false;
    p = skip_blanks(p + 1, end);
    while (p < end && *p == '"' && !found[0]) {
        const char *name = p + 1, *name_end = string_end(p, end);
        if (!name_end)
            break;
        size_t name_len = (size_t)(name_end - 1 - name);
        p = skip_blanks(name_end, end);
        if (p >= end || *p != ':')
            break;
        const char *value = skip_blanks(p + 1, end), *after = value_end(value, end);
        if (!after)
            break;
        for (int i = 0; i < N_KEY_FIELDS && *value == '"'; i++) {
            if (name_len == strlen(KEY_FIELDS[i]) && !memcmp(name, KEY_FIELDS[i], name_len)) {
                found[i] = value;
                found_end[i] = after;
            }
        }
        p = skip_blanks(after, end);
        if (p >= end || *p != ',')
            break;
        p = skip_blanks(p + 1, end);
    }
    for (int i = 0; i < N_KEY_FIELDS; i++) {
        if (!found[i])
            continue;
        size_t n = (size_t)(found_end[i] - found[i]);   /* with both quotes */
        if (memchr(found[i], '\\', n))
            return decode(k, found[i], n, key, keylen);
        *key = found[i] + 1;
        *keylen = n - 2;
        return true;
    }
    return false;
}

void sr_kafka_key_release(sr_kafka_key *k)
{
    free(k->buf);
    k->buf = NULL;
    k->cap = 0;
}
