/*
 * api.c — the JSON endpoints; see api.h.
 *
 * Store failures are answered with 500 and the store's message, and logged
 * on stderr; they never bring the server down.
 */
#include "api.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/record.h"
#include "serve/query.h"
#include "util/file.h"

enum { MAX_LISTED_ERRORS = 100 };

void sr_api_error(sr_buf *out, const char *param, const char *message)
{
    sr_buf_clear(out);
    sr_buf_putc(out, '{');
    sr_json_kv_str(out, "error", message);
    if (param && *param) sr_json_kv_str(out, "parameter", param);
    sr_buf_putc(out, '}');
}

/* 500 with the store's message (err is freed). */
static int store_failed(sr_buf *out, const char *what, sr_status st, char *err)
{
    char *msg = sr_strf("%s: %s", what, err ? err : sr_status_text(st));
    fprintf(stderr, "sitrep serve: %s\n", msg ? msg : what);
    sr_api_error(out, NULL, msg ? msg : what);
    free(msg);
    free(err);
    return 500;
}

int sr_api_list(sr_store *store, bool incidents, const char *query, size_t qlen, sr_buf *out)
{
    sr_query q;
    sr_query_error qe;
    if (!sr_query_parse(query, qlen, &q, &qe)) {
        sr_api_error(out, qe.param, qe.message);
        return qe.status;
    }
    char *err = NULL;
    sr_status st = incidents ? sr_store_query_incidents(store, &q.filter, out, &err)
                             : sr_store_query_events(store, &q.filter, out, &err);
    if (st != SR_OK) return store_failed(out, incidents ? "incidents query" : "events query", st, err);
    return 200;
}

int sr_api_incident(sr_store *store, const char *id, sr_buf *out)
{
    if (!sr_query_id_ok(id, strlen(id))) {
        sr_api_error(out, "id", "an incident id is 1-128 letters, digits and . _ : -");
        return 400;
    }
    bool found = false;
    char *err = NULL;
    sr_status st = sr_store_incident(store, id, out, &found, &err);
    if (st != SR_OK) return store_failed(out, "incident lookup", st, err);
    if (!found) {
        char *msg = sr_strf("no incident %s", id);
        sr_api_error(out, NULL, msg ? msg : "no such incident");
        free(msg);
        return 404;
    }
    return 200;
}

int sr_api_stats(sr_store *store, sr_buf *out)
{
    sr_store_counts c;
    char *err = NULL;
    sr_status st = sr_store_count(store, &c, &err);
    if (st != SR_OK) return store_failed(out, "counting", st, err);
    sr_buf_putc(out, '{');
    sr_json_kv_int(out, "documents", c.documents);
    sr_json_kv_int(out, "posts", c.posts);
    sr_json_kv_int(out, "events", c.events);
    sr_json_kv_int(out, "incidents", c.incidents);
    sr_json_kv_int(out, "sources", c.sources);
    sr_buf_putc(out, '}');
    return 200;
}

/* What ingesting tells: events stored, and error records (at most
 * MAX_LISTED_ERRORS kept, all counted), as `sitrep code` writes them. */
typedef struct tally {
    long events, n_errors;
    sr_buf errors;   /* error records joined by commas */
} tally;

static void keep_error(tally *t, const char *json, size_t len)
{
    if (++t->n_errors > MAX_LISTED_ERRORS) return;
    if (t->errors.len) sr_buf_putc(&t->errors, ',');
    sr_buf_append(&t->errors, json, len);
}

static int count_record(void *ctx, const char *json, size_t len)
{
    tally *t = ctx;
    static const char EVENT[] = "{\"kind\":\"event\"", ERROR[] = "{\"kind\":\"error\"";
    if (len >= sizeof EVENT - 1 && !memcmp(json, EVENT, sizeof EVENT - 1)) t->events++;
    else if (len >= sizeof ERROR - 1 && !memcmp(json, ERROR, sizeof ERROR - 1)) keep_error(t, json, len);
    return 0;
}

int sr_api_ingest(sr_store *writer, sr_worker *worker, sr_body_kind kind, const char *query, size_t qlen,
                  const char *body, size_t len, sr_buf *out)
{
    sr_doc_query meta;
    sr_query_error qe;
    if (kind == SR_BODY_TEXT) {
        if (!sr_query_parse_document(query, qlen, &meta, &qe)) {
            sr_api_error(out, qe.param, qe.message);
            return qe.status;
        }
    } else if (qlen > 0) {
        sr_api_error(out, NULL, "JSON lines carry their own id, date, url, source, title and lang: "
                                "no query parameters");
        return 400;
    }
    sr_body rd;
    if (!sr_body_init(&rd, kind, body, len, kind == SR_BODY_TEXT ? &meta : NULL)) {
        sr_api_error(out, NULL, "out of memory");
        return 503;
    }
    tally t = {0};
    sr_buf_init(&t.errors, NULL);
    sr_buf line;
    sr_buf_init(&line, NULL);
    long docs = 0, stored = 0;
    int status = 0;
    sr_body_item it;
    while (status == 0 && sr_body_next(&rd, &it)) {
        if (!it.is_doc) {
            sr_buf_clear(&line);
            sr_record_error(&line, "POST /api/documents", it.record, it.offset, NULL, it.reason);
            keep_error(&t, line.data, line.len);
            continue;
        }
        docs++;
        long before = t.events;
        char *err = NULL;
        sr_status st = sr_store_ingest(writer, worker, &it.doc, count_record, &t, &err);
        if (st == SR_OK) {
            stored++;
        } else if (st == SR_EINPUT) {
            t.events = before;   /* its error record was kept */
        } else {
            status = store_failed(out, "ingest", st, err);
            err = NULL;
        }
        free(err);
    }
    sr_body_release(&rd);
    if (status == 0) {
        status = t.n_errors == 0 ? 200 : stored > 0 ? 207 : 400;
        sr_buf_clear(out);
        sr_buf_putc(out, '{');
        sr_json_kv_int(out, "documents", docs);
        sr_json_kv_int(out, "stored", stored);
        sr_json_kv_int(out, "events", t.events);
        sr_json_key(out, "errors");
        sr_buf_putc(out, '[');
        if (t.errors.len) sr_buf_append(out, t.errors.data, t.errors.len);
        sr_buf_putc(out, ']');
        if (t.n_errors > MAX_LISTED_ERRORS) sr_json_kv_int(out, "more_errors", t.n_errors - MAX_LISTED_ERRORS);
        sr_buf_putc(out, '}');
        if (t.errors.oom || line.oom) {
            sr_api_error(out, NULL, "out of memory");
            status = 503;
        }
    }
    sr_buf_release(&t.errors);
    sr_buf_release(&line);
    return status;
}
