/*
 * fuzz_incident.c — libFuzzer target for incident fusion (src/incident/):
 * the input's lines are fed to a fuser as record JSON lines (doc and event
 * records, anything else), then the incidents are written.
 *
 * Checked: every incident line is a JSON object of kind "incident" with an id
 * "in-" + 16 hex digits, a non-empty sorted list of distinct member events,
 * n_reports >= 1 and n_sources >= 0; every event the fuser took is a member of
 * exactly one incident and no incident names another; the lines fed in the
 * reverse order give the same bytes (fusion depends on the set, not the
 * order); writing twice gives the same bytes.
 *
 * Seeds: fuzz/corpus/incident/.  Run e.g.
 *   build-fuzz/fuzz_incident -max_total_time=60 /tmp/new-corpus fuzz/corpus/incident
 */
#include <json-c/json.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "code/taxonomy.h"
#include "incident/fuser.h"
#include "util/buf.h"

static sr_taxonomy *tax;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    if (sr_taxonomy_load(SITREP_DATA_DIR "/taxonomy.tsv", &tax, NULL) != SR_OK) abort();
    return 0;
}

static int append(void *ctx, const char *json, size_t len)
{
    sr_buf *b = ctx;
    sr_buf_append(b, json, len);
    sr_buf_putc(b, '\n');
    return 0;
}

/* Feed the lines of data (in reverse when backwards) and write the incidents into out. */
static size_t fuse(const uint8_t *data, size_t size, bool backwards, sr_buf *out)
{
    sr_fuser *f = NULL;
    if (sr_fuser_new(tax, &f) != SR_OK) abort();
    const char *s = (const char *)data, *end = s + size;
    size_t n_lines = 1;
    for (const char *p = s; p < end; p++) n_lines += *p == '\n';
    const char **starts = malloc(n_lines * sizeof *starts);
    size_t *lens = malloc(n_lines * sizeof *lens);
    if (!starts || !lens) abort();
    size_t k = 0;
    for (const char *p = s; k < n_lines; k++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        starts[k] = p;
        lens[k] = nl ? (size_t)(nl - p) : (size_t)(end - p);
        p = nl ? nl + 1 : end;
    }
    for (size_t i = 0; i < n_lines; i++) {
        size_t j = backwards ? n_lines - 1 - i : i;
        char *err = NULL;
        sr_status st = sr_fuser_add(f, starts[j], lens[j], &err);
        if (st != SR_OK && st != SR_EINPUT) abort();
        if (st == SR_EINPUT && !err) abort();
        free(err);
    }
    free(starts);
    free(lens);
    size_t count = sr_fuser_count(f);
    if (sr_fuser_emit(f, append, out) != SR_OK || out->oom) abort();
    size_t first = out->len;
    if (sr_fuser_emit(f, append, out) != SR_OK || out->oom) abort();
    if (out->len != 2 * first || (first && memcmp(out->data, out->data + first, first))) abort();   /* twice */
    if (out->data) {
        out->len = first;
        out->data[first] = '\0';
    }
    sr_fuser_free(f);
    return count;
}

static bool is_hex16(const char *s)
{
    if (strlen(s) != 19 || strncmp(s, "in-", 3)) return false;
    for (int i = 3; i < 19; i++)
        if (!strchr("0123456789abcdef", s[i])) return false;
    return true;
}

/* Check the incident lines; returns the number of member events. */
static size_t check(const sr_buf *out)
{
    json_object *seen = json_object_new_object();
    size_t members = 0;
    for (const char *p = out->data; p && *p;) {
        const char *nl = strchr(p, '\n');
        if (!nl) abort();
        json_tokener *tok = json_tokener_new();
        json_object *o = json_tokener_parse_ex(tok, p, (int)(nl - p));
        if (!o || json_tokener_get_error(tok) != json_tokener_success) abort();
        json_tokener_free(tok);
        json_object *v, *events;
        if (!json_object_object_get_ex(o, "kind", &v) || strcmp(json_object_get_string(v), "incident")) abort();
        if (!json_object_object_get_ex(o, "id", &v) || !is_hex16(json_object_get_string(v))) abort();
        if (!json_object_object_get_ex(o, "events", &events) || !json_object_is_type(events, json_type_array)) abort();
        size_t n = json_object_array_length(events);
        if (n == 0) abort();
        for (size_t i = 0; i < n; i++) {
            const char *e = json_object_get_string(json_object_array_get_idx(events, i));
            if (i && strcmp(json_object_get_string(json_object_array_get_idx(events, i - 1)), e) >= 0) abort();
            if (json_object_object_get_ex(seen, e, NULL)) abort();   /* a member of two incidents */
            json_object_object_add(seen, e, NULL);
        }
        members += n;
        if (!json_object_object_get_ex(o, "n_reports", &v) || json_object_get_int(v) < 1) abort();
        if (!json_object_object_get_ex(o, "n_sources", &v) || json_object_get_int(v) < 0) abort();
        json_object_put(o);
        p = nl + 1;
    }
    json_object_put(seen);
    return members;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sr_buf fwd, bwd;
    sr_buf_init(&fwd, NULL);
    sr_buf_init(&bwd, NULL);
    size_t n = fuse(data, size, false, &fwd);
    size_t m = fuse(data, size, true, &bwd);
    if (n != m) abort();
    if (check(&fwd) != n) abort();   /* every event taken is in exactly one incident */
    if (fwd.len != bwd.len || (fwd.len && memcmp(fwd.data, bwd.data, fwd.len))) abort();
    sr_buf_release(&fwd);
    sr_buf_release(&bwd);
    return 0;
}
