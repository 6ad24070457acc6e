/*
 * query.c — reading the store: filtered pages of event or incident records,
 * one incident with its events and documents, and whole walks for export;
 * see store.h.
 *
 * Place in the pipeline: store -> [query] -> serve / export.  A filter
 * becomes one WHERE clause over `events` or `incidents` (alias e) with named
 * parameters: days compare the records' first day (day0), the type matches
 * any of the five codings, and the text query goes through the FTS5 index of
 * folded evidence (for incidents, the evidence of any member).  Records come
 * back as stored, byte for byte.
 *
 * Pages must stay cheap on a store of millions of records, under a server
 * answering many at once.  The listing index (events_list / incidents_list:
 * day0 descending, id, historical, lat, lon) is the page order itself, so a
 * page walks it from the top and stops after limit + offset matches, testing
 * dates, the background flag and the box in the index alone; the records of
 * the page only are then read.  A bounding box that holds few records (its
 * R*Tree entries, counted up to the count cap, are fewer) may be slow to meet
 * on that walk: it is counted from its R*Tree (event_geo / incident_geo, keyed
 * by rowid: the candidates are read from the table, tested and counted), and
 * its page is walked on a budget of steps in proportion to its candidates; when
 * the budget runs out, the page too comes from the R*Tree's candidates, sorted.
 * Either way the box is tested on the exact coordinates (the R*Tree keeps them
 * as 32-bit floats, rounded outwards).
 * `total` counts at most cap = limit + offset + TOTAL_BEYOND matches
 * (`total_capped` says when there are more): counting every match of a
 * broad filter would read the whole index for each page.
 */
#include "store/store_int.h"

#include <json-c/json.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/file.h"

enum { DEFAULT_LIMIT = 100, MAX_LIMIT = 1000 };

/* `total` counts up to this many matches beyond the page's end. */
#define TOTAL_BEYOND 10000

/* A walk of the listing index that would take more virtual-machine steps
 * than this many per R*Tree candidate of its box is stopped, and the box is
 * searched from its R*Tree instead: a step costs ~30 ns, a candidate read from
 * the table ~4 us. */
#define WALK_STEPS_PER_CANDIDATE 100
/* How often (in steps) the walk's budget is looked at. */
#define WALK_CHECK_STEPS 1000

/* A filter made SQL: the FROM and WHERE clauses and the values of their parameters. */
typedef struct where {
    const char *table;   /* "events e" or "incidents e" */
    const char *rtree;   /* the same after its R*Tree: a small box's candidates; NULL without a box */
    sr_buf sql;          /* " WHERE ..." */
    long from_day, to_day;
    char *fts;           /* NULL: no text query */
    long long in_box;    /* R*Tree entries overlapping the box, counted up to the cap */
    bool small_box;      /* in_box < cap: the R*Tree is the way to count, and to page when walking is long */
} where;

static void where_free(where *w)
{
    sr_buf_release(&w->sql);
    free(w->fts);
}

/* The R*Tree entries that overlap the filter's box (the R*Tree rounds
 * outwards, so these hold every record inside it), counted up to cap.  Kept
 * like a total (totals.c): counting ten thousand R*Tree entries is no cheaper
 * than counting index entries.  SR_OK or a store failure. */
static sr_status count_box(sr_store *s, const sr_store_filter *f, bool incidents, long cap, long long *n,
                           char **errmsg)
{
    char sql[192];
    snprintf(sql, sizeof sql,
             "SELECT count(*) FROM (SELECT 1 FROM %s WHERE max_lon >= ?1 AND min_lon <= ?2 AND max_lat >= ?3"
             " AND min_lat <= ?4 LIMIT ?5)",
             incidents ? "incident_geo" : "event_geo");
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) return sr_store_fail(s, "querying", errmsg);
    sqlite3_bind_double(st, 1, f->min_lon);
    sqlite3_bind_double(st, 2, f->max_lon);
    sqlite3_bind_double(st, 3, f->min_lat);
    sqlite3_bind_double(st, 4, f->max_lat);
    sqlite3_bind_int64(st, 5, cap);
    char *key = sr_strf("%s\n%.17g %.17g %.17g %.17g %ld", sql, f->min_lon, f->min_lat, f->max_lon, f->max_lat, cap);
    sr_status status = key ? sr_store_total(s, key, st, n, errmsg) : SR_ENOMEM;
    if (!key) sr_set_error(errmsg, sr_strf("%s: out of memory", s->path));
    free(key);
    sqlite3_finalize(st);
    return status;
}

/* A NULL filter: everything but historical records. */
static const sr_store_filter NO_FILTER = {0};

/* cap: how many matches are wanted at most (it decides how a box is searched). */
static sr_status make_where(sr_store *s, const sr_store_filter *f, bool incidents, long cap, where *w,
                            char **errmsg)
{
    memset(w, 0, sizeof *w);
    w->table = incidents ? "incidents e" : "events e";
    sr_buf_init(&w->sql, NULL);
    sr_buf_puts(&w->sql, " WHERE 1");
    if (f->from) {
        if (!sr_store_day(f->from, false, &w->from_day)) {
            sr_set_error(errmsg, sr_strf("from: want YYYY-MM-DD, got '%s'", f->from));
            return SR_EARG;
        }
        sr_buf_puts(&w->sql, " AND e.day0 >= :from");
    }
    if (f->to) {
        if (!sr_store_day(f->to, true, &w->to_day)) {
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
        sr_status status = count_box(s, f, incidents, cap, &w->in_box, errmsg);
        if (status != SR_OK) return status;
        w->small_box = w->in_box < cap;
        w->rtree = incidents ? "incident_geo g CROSS JOIN incidents e ON e.rowid = g.id AND g.max_lon >= :x0"
                               " AND g.min_lon <= :x1 AND g.max_lat >= :y0 AND g.min_lat <= :y1"
                             : "event_geo g CROSS JOIN events e ON e.rowid = g.id AND g.max_lon >= :x0"
                               " AND g.min_lon <= :x1 AND g.max_lat >= :y0 AND g.min_lat <= :y1";
        sr_buf_puts(&w->sql, " AND e.lon BETWEEN :x0 AND :x1 AND e.lat BETWEEN :y0 AND :y1");
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
    if ((i = sqlite3_bind_parameter_index(st, ":from"))) sqlite3_bind_int64(st, i, w->from_day);
    if ((i = sqlite3_bind_parameter_index(st, ":to"))) sqlite3_bind_int64(st, i, w->to_day);
    if ((i = sqlite3_bind_parameter_index(st, ":type"))) sqlite3_bind_text(st, i, f->type, -1, SQLITE_STATIC);
    if ((i = sqlite3_bind_parameter_index(st, ":x0"))) sqlite3_bind_double(st, i, f->min_lon);
    if ((i = sqlite3_bind_parameter_index(st, ":x1"))) sqlite3_bind_double(st, i, f->max_lon);
    if ((i = sqlite3_bind_parameter_index(st, ":y0"))) sqlite3_bind_double(st, i, f->min_lat);
    if ((i = sqlite3_bind_parameter_index(st, ":y1"))) sqlite3_bind_double(st, i, f->max_lat);
    if ((i = sqlite3_bind_parameter_index(st, ":q"))) sqlite3_bind_text(st, i, w->fts, -1, SQLITE_STATIC);
}

/* Prepare head + "FROM <w's table, or its R*Tree and table> <w's where>" + tail and bind the filter. */
static sqlite3_stmt *prepare(sr_store *s, const char *head, const where *w, bool rtree, const char *tail,
                             const sr_store_filter *f, char **errmsg)
{
    sr_buf sql;
    sr_buf_init(&sql, NULL);
    sr_buf_printf(&sql, "%s FROM %s%s%s", head, rtree ? w->rtree : w->table, w->sql.data, tail);
    sqlite3_stmt *st = NULL;
    if (sql.oom) sr_set_error(errmsg, sr_strf("%s: out of memory", s->path));
    else if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL) != SQLITE_OK) sr_store_fail(s, "querying", errmsg);
    else bind_where(st, f, w);
    sr_buf_release(&sql);
    return st;
}

/* The progress handler of a walk on a budget: stop (non-zero) once it is spent. */
static int walk_budget(void *ctx)
{
    long long *left = ctx;
    return --*left < 0;
}

/* Step st, appending column 0 of each row to out after a comma (none before
 * the first).  With budget > 0, a walk on a budget: after about that many
 * virtual-machine steps it stops, *stopped is set, out is left as it was and
 * SR_OK returned. */
static sr_status append_rows(sr_store *s, sqlite3_stmt *st, long long budget, bool *stopped, sr_buf *out,
                             char **errmsg)
{
    size_t mark = out->len;
    long long left = budget / WALK_CHECK_STEPS;
    if (budget > 0) sqlite3_progress_handler(s->db, WALK_CHECK_STEPS, walk_budget, &left);
    int rc;
    bool first = true;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (!first) sr_buf_putc(out, ',');
        first = false;
        sr_buf_append(out, (const char *)sqlite3_column_text(st, 0), (size_t)sqlite3_column_bytes(st, 0));
    }
    if (budget > 0) sqlite3_progress_handler(s->db, 0, NULL, NULL);
    if (budget > 0 && rc == SQLITE_INTERRUPT && left < 0) {
        *stopped = true;
        if (!out->oom) {
            out->len = mark;
            if (out->data) out->data[mark] = '\0';
        }
        return SR_OK;
    }
    if (rc != SQLITE_DONE) return sr_store_fail(s, "reading records", errmsg);
    return out->oom ? SR_ENOMEM : SR_OK;
}

/* The key of a count in the store's kept totals: its SQL and the values bound to it. */
static char *total_key(sqlite3_stmt *count, const sr_store_filter *f, const where *w)
{
    return sr_strf("%s\n%ld %ld %.17g %.17g %.17g %.17g\n%s\n%s", sqlite3_sql(count), w->from_day, w->to_day, f->min_lon,
                   f->min_lat, f->max_lon, f->max_lat, f->type ? f->type : "", w->fts ? w->fts : "");
}

/* Run a statement of the transaction protocol (a read transaction here). */
static sr_status step_once(sr_store *s, sr_stmt_id id, char **errmsg)
{
    sqlite3_stmt *st = sr_store_stmt(s, id, errmsg);
    if (!st) return SR_EIO;
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? SR_OK : sr_store_fail(s, "a read transaction", errmsg);
}

/* Append the page's records to out: the page's rowids in order, then their
 * records (DESC puts undated records last).  A small box is walked on a
 * budget first; when that is spent, it is searched from its R*Tree. */
static sr_status append_page(sr_store *s, bool incidents, const sr_store_filter *f, const where *w, long limit,
                             long offset, sr_buf *out, char **errmsg)
{
    char tail[192];
    snprintf(tail, sizeof tail,
             " ORDER BY e.day0 DESC, e.id LIMIT %ld OFFSET %ld) AS p CROSS JOIN %s e ON e.rowid = p.r"
             " ORDER BY p.d DESC, p.i",
             limit, offset, incidents ? "incidents" : "events");
    static const char HEAD[] = "SELECT e.record FROM (SELECT e.rowid AS r, e.day0 AS d, e.id AS i";
    long long budget = w->small_box ? (w->in_box > 0 ? w->in_box * WALK_STEPS_PER_CANDIDATE : 0) : -1;
    bool stopped = budget == 0;
    sr_status status = SR_OK;
    if (!stopped) {
        sqlite3_stmt *page = prepare(s, HEAD, w, false, tail, f, errmsg);
        status = page ? append_rows(s, page, budget, &stopped, out, errmsg) : SR_EIO;
        sqlite3_finalize(page);
    }
    if (status == SR_OK && stopped) {
        sqlite3_stmt *page = prepare(s, HEAD, w, true, tail, f, errmsg);
        status = page ? append_rows(s, page, -1, &stopped, out, errmsg) : SR_EIO;
        sqlite3_finalize(page);
    }
    return status;
}

static sr_status query_page(sr_store *s, bool incidents, const sr_store_filter *f, sr_buf *out, char **errmsg)
{
    if (!s || !out) return SR_EARG;
    if (!f) f = &NO_FILTER;
    size_t mark = out->len;
    long limit = f->limit > 0 ? f->limit : DEFAULT_LIMIT, offset = f->offset > 0 ? f->offset : 0;
    if (limit > MAX_LIMIT) limit = MAX_LIMIT;
    long cap = limit + offset + TOTAL_BEYOND;
    /* the box's count, the total and the page read one snapshot (inside a batch, the batch's) */
    bool own = sqlite3_get_autocommit(s->db);
    sr_status status = own ? step_once(s, ST_BEGIN_READ, errmsg) : SR_OK;
    if (status != SR_OK) return status;
    where w;
    status = make_where(s, f, incidents, cap, &w, errmsg);
    sqlite3_stmt *count = NULL;
    if (status == SR_OK) {
        /* a small box is counted from its R*Tree: walking would read the whole index to find fewer than cap */
        char tail[48];
        snprintf(tail, sizeof tail, " LIMIT %ld)", cap + 1);
        count = prepare(s, "SELECT count(*) FROM (SELECT 1", &w, w.small_box, tail, f, errmsg);
        if (!count) status = SR_EIO;
    }
    long long n = 0;
    char *key = status == SR_OK ? total_key(count, f, &w) : NULL;
    if (status == SR_OK && !key) {
        sr_set_error(errmsg, sr_strf("%s: out of memory", s->path));
        status = SR_ENOMEM;
    }
    if (status == SR_OK) status = sr_store_total(s, key, count, &n, errmsg);
    free(key);
    sqlite3_finalize(count);
    if (status == SR_OK) {
        sr_buf_printf(out, "{\"total\":%lld,\"total_capped\":%s,\"limit\":%ld,\"offset\":%ld,\"items\":[",
                      n > cap ? (long long)cap : n, n > cap ? "true" : "false", limit, offset);
        status = append_page(s, incidents, f, &w, limit, offset, out, errmsg);
        sr_buf_puts(out, "]}");
        if (status == SR_OK && out->oom) status = SR_ENOMEM;
    }
    where_free(&w);
    if (own && !sqlite3_get_autocommit(s->db)) {
        sr_status end = step_once(s, ST_COMMIT, status == SR_OK ? errmsg : NULL);
        if (status == SR_OK) status = end;
    }
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
    sr_status status = make_where(s, f, incidents, TOTAL_BEYOND, &w, errmsg);
    sqlite3_stmt *st = NULL;
    if (status == SR_OK) {
        st = prepare(s, "SELECT e.record", &w, w.small_box, " ORDER BY e.day0 IS NULL, e.day0, e.id", f, errmsg);
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
        bool stopped = false;
        status = append_rows(s, st, -1, &stopped, out, errmsg);
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
