/*
 * query.c — reading the store: filtered pages of event or incident records,
 * one incident with its events and documents, and whole walks for export;
 * see store.h.
 *
 * Place in the pipeline: store -> [query] -> serve / export.  A filter
 * becomes one WHERE clause over `events` or `incidents` (alias e) with named
 * parameters: days compare the records' first day (day0), the bounding box
 * goes through the R*Tree (event_geo / incident_geo, keyed by rowid), the
 * type matches any of the five codings, and the text query goes through the
 * FTS5 index of folded evidence (for incidents, the evidence of any member).
 * Records come back as stored, byte for byte.
 */
#include "store/store_int.h"

#include <json-c/json.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/file.h"

enum { DEFAULT_LIMIT = 100, MAX_LIMIT = 1000 };

/* A filter made SQL: the WHERE clause and the values of its parameters. */
typedef struct where {
    sr_buf sql;
    long from, to;
    char *fts;           /* NULL: no text query */
} where;

static void where_free(where *w)
{
    sr_buf_release(&w->sql);
    free(w->fts);
}

/* A NULL filter: everything but historical records. */
static const sr_store_filter NO_FILTER = {0};

static sr_status make_where(sr_store *s, const sr_store_filter *f, bool incidents, where *w, char **errmsg)
{
    memset(w, 0, sizeof *w);
    sr_buf_init(&w->sql, NULL);
    sr_buf_puts(&w->sql, " WHERE 1");
    if (f->from) {
        if (!sr_store_day(f->from, false, &w->from)) {
            sr_set_error(errmsg, sr_strf("from: want YYYY-MM-DD, got '%s'", f->from));
            return SR_EARG;
        }
        sr_buf_puts(&w->sql, " AND e.day0 >= :from");
    }
    if (f->to) {
        if (!sr_store_day(f->to, true, &w->to)) {
            sr_set_error(errmsg, sr_strf("to: want YYYY-MM-DD, got '%s'", f->to));
            return SR_EARG;
        }
        sr_buf_puts(&w->sql, " AND e.day0 <= :to");
    }
    if (!f->include_historical) sr_buf_puts(&w->sql, " AND e.historical = 0");
    if (f->type)
        sr_buf_puts(&w->sql, " AND (e.acled = :type OR e.acled_sub = :type OR e.plover = :type OR e.cameo = :type"
                             " OR e.key = :type)");
    if (f->has_bbox) {
        double v[4] = {f->min_lon, f->min_lat, f->max_lon, f->max_lat};
        for (int i = 0; i < 4; i++)
            if (!isfinite(v[i])) {
                sr_set_error(errmsg, sr_strf("bbox: not a number"));
                return SR_EARG;
            }
        if (f->min_lon > f->max_lon || f->min_lat > f->max_lat || fabs(f->min_lat) > 90 || fabs(f->max_lat) > 90 ||
            fabs(f->min_lon) > 180 || fabs(f->max_lon) > 180) {
            sr_set_error(errmsg, sr_strf("bbox: want minLon,minLat,maxLon,maxLat within -180..180 and -90..90,"
                                         " minima first"));
            return SR_EARG;
        }
        sr_buf_printf(&w->sql,
                      " AND e.rowid IN (SELECT id FROM %s WHERE min_lon >= :x0 AND max_lon <= :x1"
                      " AND min_lat >= :y0 AND max_lat <= :y1)",
                      incidents ? "incident_geo" : "event_geo");
    }
    if (f->q) {
        w->fts = sr_store_fts_query(f->q);
        if (!w->fts) {
            sr_set_error(errmsg, sr_strf("%s: out of memory", s->path));
            return SR_ENOMEM;
        }
        if (*w->fts) {
            if (incidents)
                sr_buf_puts(&w->sql, " AND e.id IN (SELECT m.incident FROM incident_members m JOIN evidence v"
                                     " ON v.event = m.event WHERE v.rowid IN"
                                     " (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH :q))");
            else
                sr_buf_puts(&w->sql, " AND e.id IN (SELECT v.event FROM evidence v WHERE v.rowid IN"
                                     " (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH :q))");
        }
    }
    if (w->sql.oom) {
        sr_set_error(errmsg, sr_strf("%s: out of memory", s->path));
        return SR_ENOMEM;
    }
    return SR_OK;
}

static void bind_where(sqlite3_stmt *st, const sr_store_filter *f, const where *w)
{
    int i;
    if ((i = sqlite3_bind_parameter_index(st, ":from"))) sqlite3_bind_int64(st, i, w->from);
    if ((i = sqlite3_bind_parameter_index(st, ":to"))) sqlite3_bind_int64(st, i, w->to);
    if ((i = sqlite3_bind_parameter_index(st, ":type"))) sqlite3_bind_text(st, i, f->type, -1, SQLITE_STATIC);
    if ((i = sqlite3_bind_parameter_index(st, ":x0"))) sqlite3_bind_double(st, i, f->min_lon);
    if ((i = sqlite3_bind_parameter_index(st, ":x1"))) sqlite3_bind_double(st, i, f->max_lon);
    if ((i = sqlite3_bind_parameter_index(st, ":y0"))) sqlite3_bind_double(st, i, f->min_lat);
    if ((i = sqlite3_bind_parameter_index(st, ":y1"))) sqlite3_bind_double(st, i, f->max_lat);
    if ((i = sqlite3_bind_parameter_index(st, ":q"))) sqlite3_bind_text(st, i, w->fts, -1, SQLITE_STATIC);
}

/* Prepare "SELECT <what> FROM <table> e <where> <tail>" and bind the filter. */
static sqlite3_stmt *prepare(sr_store *s, const char *what, bool incidents, const where *w, const char *tail,
                             const sr_store_filter *f, char **errmsg)
{
    sr_buf sql;
    sr_buf_init(&sql, NULL);
    sr_buf_printf(&sql, "SELECT %s FROM %s e%s%s", what, incidents ? "incidents" : "events", w->sql.data, tail);
    sqlite3_stmt *st = NULL;
    if (sql.oom) sr_set_error(errmsg, sr_strf("%s: out of memory", s->path));
    else if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL) != SQLITE_OK) sr_store_fail(s, "querying", errmsg);
    else bind_where(st, f, w);
    sr_buf_release(&sql);
    return st;
}

/* Step st, appending column 0 of each row to out after a comma (none before the first). */
static sr_status append_rows(sr_store *s, sqlite3_stmt *st, sr_buf *out, char **errmsg)
{
    int rc;
    bool first = true;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (!first) sr_buf_putc(out, ',');
        first = false;
        sr_buf_append(out, (const char *)sqlite3_column_text(st, 0), (size_t)sqlite3_column_bytes(st, 0));
    }
    if (rc != SQLITE_DONE) return sr_store_fail(s, "reading records", errmsg);
    return out->oom ? SR_ENOMEM : SR_OK;
}

static sr_status query_page(sr_store *s, bool incidents, const sr_store_filter *f, sr_buf *out, char **errmsg)
{
    if (!s || !out) return SR_EARG;
    if (!f) f = &NO_FILTER;
    size_t mark = out->len;
    where w;
    sr_status status = make_where(s, f, incidents, &w, errmsg);
    long limit = f->limit > 0 ? f->limit : DEFAULT_LIMIT, offset = f->offset > 0 ? f->offset : 0;
    if (limit > MAX_LIMIT) limit = MAX_LIMIT;
    sqlite3_stmt *count = NULL, *page = NULL;
    if (status == SR_OK) {
        count = prepare(s, "count(*)", incidents, &w, "", f, errmsg);
        if (count) {
            char tail[96];
            snprintf(tail, sizeof tail, " ORDER BY e.day0 IS NULL, e.day0 DESC, e.id LIMIT %ld OFFSET %ld", limit,
                     offset);
            page = prepare(s, "e.record", incidents, &w, tail, f, errmsg);
        }
        if (!count || !page) status = SR_EIO;
    }
    if (status == SR_OK && sqlite3_step(count) != SQLITE_ROW) status = sr_store_fail(s, "counting matches", errmsg);
    if (status == SR_OK) {
        sr_buf_printf(out, "{\"total\":%lld,\"limit\":%ld,\"offset\":%ld,\"items\":[",
                      (long long)sqlite3_column_int64(count, 0), limit, offset);
        status = append_rows(s, page, out, errmsg);
        sr_buf_puts(out, "]}");
        if (status == SR_OK && out->oom) status = SR_ENOMEM;
    }
    sqlite3_finalize(count);
    sqlite3_finalize(page);
    where_free(&w);
    if (status != SR_OK && out->len >= mark && !out->oom) {
        out->len = mark;
        if (out->data) out->data[mark] = '\0';
    }
    return status;
}

sr_status sr_store_query_events(sr_store *s, const sr_store_filter *f, sr_buf *out, char **errmsg)
{
    return query_page(s, false, f, out, errmsg);
}

sr_status sr_store_query_incidents(sr_store *s, const sr_store_filter *f, sr_buf *out, char **errmsg)
{
    return query_page(s, true, f, out, errmsg);
}

static sr_status each(sr_store *s, bool incidents, const sr_store_filter *f, sr_emit_fn fn, void *ctx,
                      char **errmsg)
{
    if (!s || !fn) return SR_EARG;
    if (!f) f = &NO_FILTER;
    where w;
    sr_status status = make_where(s, f, incidents, &w, errmsg);
    sqlite3_stmt *st = NULL;
    if (status == SR_OK) {
        st = prepare(s, "e.record", incidents, &w, " ORDER BY e.day0 IS NULL, e.day0, e.id", f, errmsg);
        if (!st) status = SR_EIO;
    }
    int rc = SQLITE_DONE;
    while (status == SR_OK && (rc = sqlite3_step(st)) == SQLITE_ROW)
        if (fn(ctx, (const char *)sqlite3_column_text(st, 0), (size_t)sqlite3_column_bytes(st, 0))) status = SR_EIO;
    if (status == SR_OK && rc != SQLITE_DONE) status = sr_store_fail(s, "reading records", errmsg);
    sqlite3_finalize(st);
    where_free(&w);
    return status;
}

sr_status sr_store_each_event(sr_store *s, const sr_store_filter *f, sr_emit_fn fn, void *ctx, char **errmsg)
{
    return each(s, false, f, fn, ctx, errmsg);
}

sr_status sr_store_each_incident(sr_store *s, const sr_store_filter *f, sr_emit_fn fn, void *ctx, char **errmsg)
{
    return each(s, true, f, fn, ctx, errmsg);
}

/* The documents of an incident's members, each with its embedded posts. */
static sr_status append_documents(sr_store *s, const char *id, sr_buf *out, char **errmsg)
{
    static const char SQL[] = "SELECT d.id, d.url, d.title, d.source, d.date, d.record FROM documents d"
                              " WHERE d.id IN (SELECT e.doc FROM incident_members m JOIN events e"
                              " ON e.id = m.event WHERE m.incident = ?1) ORDER BY d.id";
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, SQL, -1, &st, NULL) != SQLITE_OK)
        return sr_store_fail(s, "reading an incident's documents", errmsg);
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    json_tokener *tok = json_tokener_new_ex(64);
    int rc;
    bool first = true;
    sr_status status = tok ? SR_OK : SR_ENOMEM;
    while (status == SR_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (!first) sr_buf_putc(out, ',');
        first = false;
        sr_buf_putc(out, '{');
        static const char *const COLS[] = {"id", "url", "title", "source", "date"};
        for (int c = 0; c < 5; c++) sr_json_kv_str(out, COLS[c], (const char *)sqlite3_column_text(st, c));
        json_tokener_reset(tok);
        json_object *rec = json_tokener_parse_ex(tok, (const char *)sqlite3_column_text(st, 5),
                                                 sqlite3_column_bytes(st, 5));
        json_object *posts = NULL;
        sr_json_key(out, "posts");
        if (rec && json_object_object_get_ex(rec, "posts", &posts) && json_object_is_type(posts, json_type_array))
            sr_buf_puts(out, json_object_to_json_string_ext(posts, JSON_C_TO_STRING_PLAIN |
                                                                       JSON_C_TO_STRING_NOSLASHESCAPE));
        else
            sr_buf_puts(out, "[]");
        json_object_put(rec);
        sr_buf_putc(out, '}');
    }
    if (status == SR_OK && rc != SQLITE_DONE) status = sr_store_fail(s, "reading an incident's documents", errmsg);
    if (tok) json_tokener_free(tok);
    sqlite3_finalize(st);
    return status == SR_OK && out->oom ? SR_ENOMEM : status;
}

sr_status sr_store_incident(sr_store *s, const char *id, sr_buf *out, bool *found, char **errmsg)
{
    if (!s || !id || !out || !found) return SR_EARG;
    *found = false;
    size_t mark = out->len;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT record FROM incidents WHERE id = ?1", -1, &st, NULL) != SQLITE_OK)
        return sr_store_fail(s, "reading an incident", errmsg);
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sr_status status = SR_OK;
    if (rc == SQLITE_ROW) {
        *found = true;
        sr_buf_puts(out, "{\"incident\":");
        sr_buf_append(out, (const char *)sqlite3_column_text(st, 0), (size_t)sqlite3_column_bytes(st, 0));
    } else if (rc != SQLITE_DONE) {
        status = sr_store_fail(s, "reading an incident", errmsg);
    }
    sqlite3_finalize(st);
    st = NULL;
    if (status != SR_OK || !*found) return status;
    static const char EVENTS[] = "SELECT e.record FROM incident_members m JOIN events e ON e.id = m.event"
                                 " WHERE m.incident = ?1 ORDER BY e.id";
    if (sqlite3_prepare_v2(s->db, EVENTS, -1, &st, NULL) != SQLITE_OK) {
        status = sr_store_fail(s, "reading an incident's events", errmsg);
    } else {
        sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
        sr_buf_puts(out, ",\"events\":[");
        status = append_rows(s, st, out, errmsg);
        sr_buf_puts(out, "],\"documents\":[");
    }
    sqlite3_finalize(st);
    if (status == SR_OK) status = append_documents(s, id, out, errmsg);
    sr_buf_puts(out, "]}");
    if (status == SR_OK && out->oom) status = SR_ENOMEM;
    if (status != SR_OK) {
        *found = false;
        if (!out->oom) {
            out->len = mark;
            if (out->data) out->data[mark] = '\0';
        }
    }
    return status;
}
