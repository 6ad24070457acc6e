/*
 * fuzz_query.c — libFuzzer target for what `sitrep serve` reads from a
 * request before the store sees it: the query string of /api/events and
 * /api/incidents (sr_query_parse), the metadata query of POST /api/documents
 * (sr_query_parse_document), ids (sr_query_id_ok), percent-decoding
 * (sr_query_decode), Content-Type (sr_body_kind_of) and the body read as
 * documents (sr_body, text and JSON lines).
 *
 * The first byte picks nothing: every input goes through every reader, so one
 * corpus serves them all.  Contracts checked: a parse either succeeds with a
 * filter whose strings are valid, bounded and within the documented ranges,
 * or fails with a 400/414 status and a message; a body yields at least one
 * item, never more than its lines, with offsets inside it.
 *
 * Seeds: fuzz/corpus/query/.  Run e.g.
 *   build-fuzz/fuzz_query -max_total_time=60 /tmp/new-corpus fuzz/corpus/query
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "serve/body.h"
#include "serve/query.h"

static volatile size_t sink;

static void bounded(const char *s, size_t max)
{
    if (!s) return;
    size_t n = strlen(s);
    if (n == 0 || n > max) abort();
    sink += n;
}

static void check_query(const char *s, size_t len)
{
    sr_query q;
    sr_query_error err;
    if (sr_query_parse(s, len, &q, &err)) {
        const sr_store_filter *f = &q.filter;
        if (f->from && strlen(f->from) != 10) abort();
        if (f->to && strlen(f->to) != 10) abort();
        if (f->from && f->to && strcmp(f->from, f->to) > 0) abort();
        bounded(f->type, SR_QUERY_TYPE_MAX);
        bounded(f->q, SR_QUERY_TEXT_MAX);
        if (f->limit < 1 || f->limit > SR_QUERY_LIMIT_MAX) abort();
        if (f->offset < 0 || f->offset > SR_QUERY_OFFSET_MAX) abort();
        if (f->has_bbox && (!(f->min_lon <= f->max_lon) || !(f->min_lat <= f->max_lat) || f->min_lon < -180 ||
                            f->max_lon > 180 || f->min_lat < -90 || f->max_lat > 90))
            abort();
    } else {
        if (err.status != 400 && err.status != 414) abort();
        if (!err.message[0]) abort();
        sink += strlen(err.param);
    }
    sr_doc_query d;
    if (sr_query_parse_document(s, len, &d, &err)) {
        if (d.id[0] && !sr_query_id_ok(d.id, strlen(d.id))) abort();
        sink += strlen(d.url) + strlen(d.source) + strlen(d.title) + strlen(d.date) + strlen(d.lang);
    } else if (err.status != 400 && err.status != 414) {
        abort();
    }
    char out[64];
    size_t n;
    if (sr_query_decode(s, len, true, out, sizeof out, &n) && (n >= sizeof out || strlen(out) != n)) abort();
    sink += sr_query_id_ok(s, len);
}

static void check_body(sr_body_kind kind, const char *data, size_t len)
{
    sr_doc_query meta;
    memset(&meta, 0, sizeof meta);
    sr_body b;
    if (!sr_body_init(&b, kind, data, len, &meta)) return;
    sr_body_item it;
    long items = 0, lines = 1;
    for (size_t i = 0; i < len; i++) lines += data[i] == '\n';
    while (sr_body_next(&b, &it)) {
        items++;
        if (items > lines) abort();
        if (it.is_doc) {
            if (!it.doc.id || !it.doc.text) abort();
            sink += strlen(it.doc.id) + it.doc.text_len;
        } else {
            if (!it.reason || it.offset < 0 || (size_t)it.offset > len) abort();
        }
    }
    if (items == 0) abort();
    sr_body_release(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    check_query(s, size);
    check_body(SR_BODY_TEXT, s, size);
    check_body(SR_BODY_JSONL, s, size);
    /* Content-Type values are NUL-terminated header strings */
    char *ct = malloc(size + 1);
    if (!ct) return 0;
    memcpy(ct, data, size);
    ct[size] = '\0';
    sr_body_kind k;
    if (sr_body_kind_of(ct, &k)) sink += k;
    free(ct);
    return 0;
}
