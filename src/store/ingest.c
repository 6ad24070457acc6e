/*
 * ingest.c — storing one coded document and re-fusing the incidents it
 * touches, in one transaction; see sr_store_ingest in store.h.
 *
 * Place in the pipeline: code -> fuse -> [store].  Steps for a document:
 *   1. its input hash (text, given date, language hint, url, source, title
 *      and the lexicon version): when the stored document has the same, the
 *      stored records are handed back and nothing changes;
 *   2. code it, keeping the records; an error record means nothing is stored;
 *   3. BEGIN IMMEDIATE; a stored older version is deleted with its events,
 *      and the incidents it was part of are dissolved (their other members
 *      become seeds of step 5);
 *   4. insert the doc record, its posts, its events with their evidence
 *      (and folded search text), sources and coordinates;
 *   5. re-fuse: gather the new events (and the orphaned members), the stored
 *      events compatible with them (sr_mention_compatible; candidates
 *      narrowed in SQL by family, days, country and a box of SR_INCIDENT_KM
 *      around points) and every member of the incidents those belong to;
 *      dissolve those incidents and cluster the group again (fuser.h).  When
 *      the compatible pairs form separate small groups, as reports of distinct
 *      incidents do, this is exactly what fusing the whole store would give,
 *      whatever order the documents came in.  A long chain of pairwise
 *      compatible reports (daily shelling of one town, each day compatible
 *      with the next) is only re-fused around the new events, so there the
 *      split of the chain may depend on the order of ingest: the price of
 *      keeping an ingest's work bounded.  Past MAX_GROUP events in a group,
 *      no more neighbours are gathered (members of the incidents dissolved
 *      are always re-fused, so every event keeps an incident);
 *   6. COMMIT.  A crash before it leaves the previous state (WAL), and the
 *      next ingest of the same input finds the document missing and stores it.
 */
#include "store/store_int.h"

#include <json-c/json.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code/engine_int.h"
#include "gaz/gazetteer.h"
#include "incident/fuser.h"
#include "incident/mention.h"
#include "util/file.h"

/* The most events one re-fusion gathers (see the file comment). */
#define MAX_GROUP 20000

/* ---- binding helpers -------------------------------------------------------- */

static void bind_str(sqlite3_stmt *st, int i, const char *s)
{
    if (s) sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
    else sqlite3_bind_null(st, i);
}

static void bind_int_member(sqlite3_stmt *st, int i, json_object *obj, const char *key)
{
    json_object *v;
    if (obj && json_object_object_get_ex(obj, key, &v) && json_object_is_type(v, json_type_int))
        sqlite3_bind_int64(st, i, json_object_get_int64(v));
    else
        sqlite3_bind_null(st, i);
}

/* Step a statement that returns no rows. */
static sr_status run(sr_store *s, sqlite3_stmt *st, const char *what, char **errmsg)
{
    int rc = sqlite3_step(st);
    sr_status status = rc == SQLITE_DONE || rc == SQLITE_ROW ? SR_OK : sr_store_fail(s, what, errmsg);
    sqlite3_reset(st);
    return status;
}

/* ---- the records of one coding ------------------------------------------------ */

typedef struct records {
    sr_buf text;          /* the records, each followed by a NUL */
    size_t *off;          /* where each starts */
    size_t n, cap;
    bool oom;
} records;

static int keep_record(void *ctx, const char *json, size_t len)
{
    records *r = ctx;
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 16;
        size_t *v = realloc(r->off, cap * sizeof *v);
        if (!v) {
            r->oom = true;
            return -1;
        }
        r->off = v;
        r->cap = cap;
    }
    r->off[r->n++] = r->text.len;
    sr_buf_append(&r->text, json, len);
    sr_buf_putc(&r->text, '\0');
    if (r->text.oom) r->oom = true;
    return r->oom ? -1 : 0;
}

static const char *record_at(const records *r, size_t i, size_t *len)
{
    size_t end = i + 1 < r->n ? r->off[i + 1] - 1 : r->text.len - 1;
    *len = end - r->off[i];
    return r->text.data + r->off[i];
}

static bool is_kind(const char *json, const char *kind)
{
    char want[32];
    snprintf(want, sizeof want, "{\"kind\":\"%s\"", kind);
    return !strncmp(json, want, strlen(want));
}

/* ---- input hash ------------------------------------------------------------------ */

static bool input_hash(const sr_document *d, const char *lexicon, char out[17])
{
    sr_buf b;
    sr_buf_init(&b, NULL);
    const char *fields[] = {d->date, d->lang, d->url, d->source, d->title, lexicon};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
        sr_buf_putc(&b, fields[i] ? '+' : '-');
        if (fields[i]) sr_buf_append(&b, fields[i], strlen(fields[i]) + 1);
    }
    sr_buf_append(&b, d->text, d->text_len);
    bool ok = !b.oom;
    if (ok) snprintf(out, 17, "%016llx", (unsigned long long)sr_gazetteer_key_hash(b.data, b.len));
    sr_buf_release(&b);
    return ok;
}

/* Hand the stored records of doc id to emit (the document is unchanged). */
static sr_status emit_stored(sr_store *s, const char *id, sr_emit_fn emit, void *ctx, char **errmsg)
{
    sqlite3_stmt *st = sr_store_stmt(s, ST_DOC_RECORD, errmsg);
    if (!st) return SR_EIO;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW && emit(ctx, (const char *)sqlite3_column_text(st, 0), (size_t)sqlite3_column_bytes(st, 0)))
        rc = SQLITE_MISUSE;
    sqlite3_reset(st);
    if (rc == SQLITE_MISUSE) return SR_EIO;
    if (rc != SQLITE_ROW) return sr_store_fail(s, "reading a stored document", errmsg);
    if (!(st = sr_store_stmt(s, ST_DOC_EVENTS, errmsg))) return SR_EIO;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        if (emit(ctx, (const char *)sqlite3_column_text(st, 0), (size_t)sqlite3_column_bytes(st, 0))) {
            sqlite3_reset(st);
            return SR_EIO;
        }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? SR_OK : sr_store_fail(s, "reading stored events", errmsg);
}

/* ---- seeds: event ids to re-fuse from ----------------------------------------------- */

typedef struct idlist {
    char **v;
    size_t n, cap;
} idlist;

static bool id_add(idlist *l, const char *id)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        char **v = realloc(l->v, cap * sizeof *v);
        if (!v) return false;
        l->v = v;
        l->cap = cap;
    }
    if (!(l->v[l->n] = strdup(id))) return false;
    l->n++;
    return true;
}

static void id_free(idlist *l)
{
    for (size_t i = 0; i < l->n; i++) free(l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}

/* The ids a statement with one text parameter returns in its first column. */
static sr_status collect_ids(sr_store *s, sr_stmt_id sid, const char *param, idlist *out, char **errmsg)
{
    sqlite3_stmt *st = sr_store_stmt(s, sid, errmsg);
    if (!st) return SR_EIO;
    sqlite3_bind_text(st, 1, param, -1, SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        if (!id_add(out, (const char *)sqlite3_column_text(st, 0))) {
            sqlite3_reset(st);
            sr_set_error(errmsg, sr_strf("%s: out of memory", s->path));
            return SR_ENOMEM;
        }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? SR_OK : sr_store_fail(s, "reading ids", errmsg);
}

static sr_status delete_incident(sr_store *s, const char *id, char **errmsg)
{
    static const sr_stmt_id STEPS[] = {ST_INCIDENT_UNGEO, ST_MEMBERS_DELETE, ST_INCIDENT_DELETE};
    for (size_t i = 0; i < sizeof STEPS / sizeof *STEPS; i++) {
        sqlite3_stmt *st = sr_store_stmt(s, STEPS[i], errmsg);
        if (!st) return SR_EIO;
        sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
        sr_status status = run(s, st, "deleting an incident", errmsg);
        if (status != SR_OK) return status;
    }
    return SR_OK;
}

/* Delete the stored version of doc id; its incidents' other members go to seeds. */
static sr_status remove_document(sr_store *s, const char *id, idlist *seeds, char **errmsg)
{
    idlist incidents = {0};
    sr_status status = collect_ids(s, ST_INCIDENTS_OF_DOC, id, &incidents, errmsg);
    for (size_t i = 0; status == SR_OK && i < incidents.n; i++) {
        status = collect_ids(s, ST_MEMBERS, incidents.v[i], seeds, errmsg);
        if (status == SR_OK) status = delete_incident(s, incidents.v[i], errmsg);
    }
    id_free(&incidents);
    sqlite3_stmt *st = status == SR_OK ? sr_store_stmt(s, ST_DOC_DELETE, errmsg) : NULL;
    if (!st) return status == SR_OK ? SR_EIO : status;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    return run(s, st, "deleting the old version of a document", errmsg);
}

/* ---- inserting a document --------------------------------------------------------- */

static sr_status insert_posts(sr_store *s, const char *doc, json_object *rec, char **errmsg)
{
    json_object *posts = sr_json_get_array(rec, "posts");
    size_t n = posts ? json_object_array_length(posts) : 0;
    for (size_t i = 0; i < n; i++) {
        json_object *p = json_object_array_get_idx(posts, i);
        sqlite3_stmt *st = sr_store_stmt(s, ST_POST_INSERT, errmsg);
        if (!st) return SR_EIO;
        bind_str(st, 1, doc);
        sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
        bind_str(st, 3, sr_json_get_str(p, "author"));
        bind_str(st, 4, sr_json_get_str(p, "handle"));
        bind_str(st, 5, sr_json_get_str(p, "date"));
        bind_str(st, 6, sr_json_get_str(p, "lang"));
        bind_str(st, 7, sr_json_get_str(p, "text"));
        bind_int_member(st, 8, p, "start");
        bind_int_member(st, 9, p, "end");
        sr_status status = run(s, st, "storing a post", errmsg);
        if (status != SR_OK) return status;
    }
    return SR_OK;
}

static sr_status insert_document(sr_store *s, const sr_document *d, const char *hash, const char *json,
                                 size_t len, char **errmsg)
{
    json_object *rec = sr_store_parsed(s, json, len);
    if (!rec) {
        sr_set_error(errmsg, sr_strf("%s: %s: unreadable doc record", s->path, d->id));
        return SR_EDATA;
    }
    sqlite3_stmt *st = sr_store_stmt(s, ST_DOC_INSERT, errmsg);
    sr_status status = st ? SR_OK : SR_EIO;
    if (st) {
        bind_str(st, 1, d->id);
        bind_str(st, 2, hash);
        bind_str(st, 3, sr_json_get_str(rec, "date"));
        bind_str(st, 4, d->url);
        bind_str(st, 5, d->title);
        bind_str(st, 6, d->source);
        bind_str(st, 7, sr_json_get_str(rec, "lang"));
        sqlite3_bind_text(st, 8, json, (int)len, SQLITE_STATIC);
        status = run(s, st, "storing a document", errmsg);
    }
    if (status == SR_OK) status = insert_posts(s, d->id, rec, errmsg);
    json_object_put(rec);
    return status;
}

static sr_status insert_evidence(sr_store *s, const char *event, json_object *rec, char **errmsg)
{
    json_object *ev = sr_json_get_array(rec, "evidence");
    size_t n = ev ? json_object_array_length(ev) : 0;
    for (size_t i = 0; i < n; i++) {
        json_object *e = json_object_array_get_idx(ev, i);
        const char *text = sr_json_get_str(e, "text");
        if (!text) continue;
        char *folded = sr_store_fold(text, strlen(text));
        sqlite3_stmt *st = folded ? sr_store_stmt(s, ST_EVIDENCE_INSERT, errmsg) : NULL;
        if (!st) {
            if (!folded) sr_set_error(errmsg, sr_strf("%s: out of memory", s->path));
            free(folded);
            return folded ? SR_EIO : SR_ENOMEM;
        }
        bind_str(st, 1, event);
        sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
        bind_int_member(st, 3, e, "start");
        bind_int_member(st, 4, e, "end");
        bind_int_member(st, 5, e, "trigger_start");
        bind_int_member(st, 6, e, "trigger_end");
        bind_str(st, 7, text);
        bind_str(st, 8, folded);
        sr_status status = run(s, st, "storing evidence", errmsg);
        if (status == SR_OK) {
            sqlite3_int64 rowid = sqlite3_last_insert_rowid(s->db);
            if (!(st = sr_store_stmt(s, ST_EVIDENCE_FTS, errmsg))) status = SR_EIO;
            else {
                sqlite3_bind_int64(st, 1, rowid);
                bind_str(st, 2, folded);
                status = run(s, st, "indexing evidence", errmsg);
            }
        }
        free(folded);
        if (status != SR_OK) return status;
    }
    return SR_OK;
}

static sr_status insert_sources(sr_store *s, const char *event, json_object *rec, char **errmsg)
{
    json_object *arr = sr_json_get_array(rec, "sources");
    size_t n = arr ? json_object_array_length(arr) : 0;
    for (size_t i = 0; i < n; i++) {
        json_object *o = json_object_array_get_idx(arr, i);
        const char *text = sr_json_get_str(o, "text"), *name = sr_json_get_str(o, "name");
        const char *kind = sr_json_get_str(o, "kind");
        if (!name) name = text;
        if (!name) continue;
        if (!kind) kind = "unknown";
        sqlite3_stmt *st = sr_store_stmt(s, ST_SOURCE_INSERT, errmsg);
        if (!st) return SR_EIO;
        bind_str(st, 1, name);
        bind_str(st, 2, kind);
        sr_status status = run(s, st, "storing a source", errmsg);
        if (status != SR_OK) return status;
        if (!(st = sr_store_stmt(s, ST_SOURCE_ID, errmsg))) return SR_EIO;
        bind_str(st, 1, name);
        bind_str(st, 2, kind);
        if (sqlite3_step(st) != SQLITE_ROW) return sr_store_fail(s, "reading a source", errmsg);
        sqlite3_int64 source = sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
        if (!(st = sr_store_stmt(s, ST_EVENT_SOURCE_INSERT, errmsg))) return SR_EIO;
        bind_str(st, 1, event);
        sqlite3_bind_int64(st, 2, source);
        bind_str(st, 3, text);
        if ((status = run(s, st, "storing an event's source", errmsg)) != SR_OK) return status;
    }
    return SR_OK;
}

static sr_status insert_event(sr_store *s, const sr_taxonomy *tax, const char *json, size_t len, idlist *seeds,
                              char **errmsg)
{
    json_object *rec = sr_store_parsed(s, json, len);
    sr_mention m;
    const char *why = "not JSON";
    if (!rec || !sr_mention_read(&m, rec, tax, &why)) {
        json_object_put(rec);
        sr_set_error(errmsg, sr_strf("%s: unreadable event record: %s", s->path, why));
        return SR_EDATA;
    }
    json_object *type = sr_json_get_obj(rec, "type");
    sqlite3_stmt *st = sr_store_stmt(s, ST_EVENT_INSERT, errmsg);
    sr_status status = st ? SR_OK : SR_EIO;
    if (st) {
        bind_str(st, 1, m.id);
        bind_str(st, 2, m.doc);
        bind_str(st, 3, m.date);
        if (m.dated) {
            sqlite3_bind_int64(st, 4, m.day0);
            sqlite3_bind_int64(st, 5, m.day1);
        }
        sqlite3_bind_int(st, 6, m.historical);
        sqlite3_bind_int(st, 7, m.retaliation);
        bind_str(st, 8, m.family);
        bind_str(st, 9, sr_json_get_str(type, "acled"));
        bind_str(st, 10, sr_json_get_str(type, "acled_sub"));
        bind_str(st, 11, sr_json_get_str(type, "plover"));
        bind_str(st, 12, sr_json_get_str(type, "cameo"));
        bind_str(st, 13, m.key);
        sqlite3_bind_int(st, 14, m.place.present);
        sqlite3_bind_int(st, 15, m.place.coarse);
        bind_str(st, 16, m.place.country);
        if (m.place.has_coord) {
            sqlite3_bind_double(st, 17, m.place.lat);
            sqlite3_bind_double(st, 18, m.place.lon);
        }
        sqlite3_bind_text(st, 19, json, (int)len, SQLITE_STATIC);
        status = run(s, st, "storing an event", errmsg);
    }
    sqlite3_int64 rowid = sqlite3_last_insert_rowid(s->db);
    if (status == SR_OK && m.place.has_coord) {
        if (!(st = sr_store_stmt(s, ST_EVENT_GEO, errmsg))) status = SR_EIO;
        else {
            sqlite3_bind_int64(st, 1, rowid);
            sqlite3_bind_double(st, 2, m.place.lon);
            sqlite3_bind_double(st, 3, m.place.lat);
            status = run(s, st, "storing an event's coordinates", errmsg);
        }
    }
    if (status == SR_OK) status = insert_evidence(s, m.id, rec, errmsg);
    if (status == SR_OK) status = insert_sources(s, m.id, rec, errmsg);
    if (status == SR_OK && !id_add(seeds, m.id)) {
        sr_set_error(errmsg, sr_strf("%s: out of memory", s->path));
        status = SR_ENOMEM;
    }
    json_object_put(rec);
    return status;
}

/* ---- re-fusion ------------------------------------------------------------------------ */

/* The events gathered for one re-fusion. */
typedef struct group {
    sr_mention *m;           /* each holds a reference to its record */
    size_t n, cap;
    json_object *ids;        /* id -> null: gathered already */
    json_object *docs;       /* doc id -> null: its doc record handed to the fuser */
    bool cut;                /* MAX_GROUP reached: no more neighbours */
} group;

static void group_free(group *g)
{
    for (size_t i = 0; i < g->n; i++) json_object_put(g->m[i].rec);
    free(g->m);
    json_object_put(g->ids);
    json_object_put(g->docs);
}

/* Add the event record json (id known) unless gathered; when near is non-NULL
 * (a neighbour of near), only if compatible with it and the group is not full.
 * false on OOM. */
static bool group_add(sr_store *s, group *g, const sr_taxonomy *tax, const char *id, const char *json, size_t len,
                      const sr_mention *near)
{
    if (json_object_object_get_ex(g->ids, id, NULL)) return true;
    /* only neighbours are left out: a dissolved incident's members must all be fused again */
    if (near && g->n >= MAX_GROUP) {
        g->cut = true;
        return true;
    }
    json_object *rec = sr_store_parsed(s, json, len);
    sr_mention m;
    const char *why;
    if (!rec || !sr_mention_read(&m, rec, tax, &why) || (near && !sr_mention_compatible(near, &m))) {
        json_object_put(rec);
        return true;
    }
    if (g->n == g->cap) {
        size_t cap = g->cap ? g->cap * 2 : 32;
        sr_mention *v = realloc(g->m, cap * sizeof *v);
        if (!v) {
            json_object_put(rec);
            return false;
        }
        g->m = v;
        g->cap = cap;
    }
    if (json_object_object_add(g->ids, id, NULL) != 0) {
        json_object_put(rec);
        return false;
    }
    g->m[g->n++] = m;
    return true;
}

/* Step a candidate query, adding the compatible rows (id, record) to g. */
static sr_status add_candidates(sr_store *s, const sr_taxonomy *tax, sqlite3_stmt *st, group *g, size_t near,
                                char **errmsg)
{
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        /* g->m may move as it grows: copy the mention compared with */
        sr_mention m = g->m[near];
        if (!group_add(s, g, tax, (const char *)sqlite3_column_text(st, 0), (const char *)sqlite3_column_text(st, 1),
                       (size_t)sqlite3_column_bytes(st, 1), &m)) {
            sqlite3_reset(st);
            sr_set_error(errmsg, sr_strf("%s: out of memory", s->path));
            return SR_ENOMEM;
        }
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? SR_OK : sr_store_fail(s, "finding events to fuse", errmsg);
}

/* The stored events that may merge with g->m[i]. */
static sr_status neighbours(sr_store *s, const sr_taxonomy *tax, group *g, size_t i, char **errmsg)
{
    const sr_mention *m = &g->m[i];
    sqlite3_stmt *st;
    if (!m->dated || m->historical) {
        if (!(st = sr_store_stmt(s, ST_CAND_OWN_DOC, errmsg))) return SR_EIO;
        sqlite3_bind_text(st, 1, m->doc, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, m->family, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(st, 3, m->historical);
        sqlite3_bind_int(st, 4, m->retaliation);
        return add_candidates(s, tax, st, g, i, errmsg);
    }
    if (!(st = sr_store_stmt(s, ST_CAND_DATED, errmsg))) return SR_EIO;
    sqlite3_bind_text(st, 1, m->family, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 2, m->historical);
    sqlite3_bind_int(st, 3, m->retaliation);
    sqlite3_bind_int64(st, 4, m->day0 - 1);
    sqlite3_bind_int64(st, 5, m->day1 + 1);
    if (m->place.present && m->place.country) sqlite3_bind_text(st, 6, m->place.country, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 7, m->doc, -1, SQLITE_TRANSIENT);
    bool point = m->place.present && m->place.has_coord && !m->place.coarse;
    sqlite3_bind_int(st, 8, point);
    if (point) {
        /* a box a little larger than SR_INCIDENT_KM around the point */
        double dlat = SR_INCIDENT_KM / 110.0, c = cos(m->place.lat * M_PI / 180.0);
        double dlon = c > 0.01 ? dlat / c : 180.0;
        sqlite3_bind_double(st, 9, m->place.lat - dlat);
        sqlite3_bind_double(st, 10, m->place.lat + dlat);
        sqlite3_bind_double(st, 11, m->place.lon - dlon);
        sqlite3_bind_double(st, 12, m->place.lon + dlon);
    }
    return add_candidates(s, tax, st, g, i, errmsg);
}

/* Store one incident record the fuser wrote. */
typedef struct incident_sink {
    sr_store *s;
    sr_status status;
    char **errmsg;
} incident_sink;

static sr_status insert_incident(sr_store *s, const char *json, size_t len, const sr_incident_summary *sum,
                                 sr_mention *const *members, int n, char **errmsg)
{
    json_object *type;
    if (!json_object_object_get_ex(sum->top->rec, "type", &type)) type = NULL;
    const sr_mention_place *p = &sum->where->place;
    sqlite3_stmt *st = sr_store_stmt(s, ST_INCIDENT_INSERT, errmsg);
    if (!st) return SR_EIO;
    bind_str(st, 1, sum->id);
    if (sum->when) {
        bind_str(st, 2, sum->when->date);
        sqlite3_bind_int64(st, 3, sum->when->day0);
    }
    sqlite3_bind_int(st, 4, sum->top->historical);
    bind_str(st, 5, sum->top->family);
    bind_str(st, 6, sr_json_get_str(type, "acled"));
    bind_str(st, 7, sr_json_get_str(type, "acled_sub"));
    bind_str(st, 8, sr_json_get_str(type, "plover"));
    bind_str(st, 9, sr_json_get_str(type, "cameo"));
    bind_str(st, 10, sum->top->key);
    if (p->present && p->has_coord) {
        sqlite3_bind_double(st, 11, p->lat);
        sqlite3_bind_double(st, 12, p->lon);
    }
    sqlite3_bind_int64(st, 13, n);
    sqlite3_bind_int64(st, 14, sum->n_reports);
    sqlite3_bind_int64(st, 15, sum->n_sources);
    sqlite3_bind_text(st, 16, json, (int)len, SQLITE_STATIC);
    sr_status status = run(s, st, "storing an incident", errmsg);
    sqlite3_int64 rowid = sqlite3_last_insert_rowid(s->db);
    if (status == SR_OK && p->present && p->has_coord) {
        if (!(st = sr_store_stmt(s, ST_INCIDENT_GEO, errmsg))) return SR_EIO;
        sqlite3_bind_int64(st, 1, rowid);
        sqlite3_bind_double(st, 2, p->lon);
        sqlite3_bind_double(st, 3, p->lat);
        status = run(s, st, "storing an incident's coordinates", errmsg);
    }
    for (int i = 0; status == SR_OK && i < n; i++) {
        if (!(st = sr_store_stmt(s, ST_MEMBER_INSERT, errmsg))) return SR_EIO;
        bind_str(st, 1, members[i]->id);
        bind_str(st, 2, sum->id);
        status = run(s, st, "storing an incident's member", errmsg);
    }
    return status;
}

static int sink_incident(void *ctx, const char *json, size_t len, const sr_incident_summary *summary,
                         sr_mention *const *members, int n)
{
    incident_sink *k = ctx;
    k->status = insert_incident(k->s, json, len, summary, members, n, k->errmsg);
    return k->status != SR_OK;
}

/* Add the stored event id to g (no compatibility check). */
static sr_status add_stored(sr_store *s, const sr_taxonomy *tax, group *g, const char *id, char **errmsg)
{
    if (json_object_object_get_ex(g->ids, id, NULL)) return SR_OK;
    sqlite3_stmt *st = sr_store_stmt(s, ST_EVENT_RECORD, errmsg);
    if (!st) return SR_EIO;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    sr_status status = SR_OK;
    if (rc == SQLITE_ROW && !group_add(s, g, tax, id, (const char *)sqlite3_column_text(st, 0),
                                       (size_t)sqlite3_column_bytes(st, 0), NULL)) {
        sr_set_error(errmsg, sr_strf("%s: out of memory", s->path));
        status = SR_ENOMEM;
    } else if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        status = sr_store_fail(s, "reading an event", errmsg);
    }
    sqlite3_reset(st);
    return status;
}

/* Gather the group of the seeds (the seeds, the stored events compatible with
 * them, and every member of the incidents those belong to), dissolve those
 * incidents and fuse the group again. */
static sr_status refuse(sr_store *s, const sr_taxonomy *tax, const idlist *seeds, char **errmsg)
{
    group g = {0};
    g.ids = json_object_new_object();
    g.docs = json_object_new_object();
    json_object *dissolved = json_object_new_object();
    sr_status status = g.ids && g.docs && dissolved ? SR_OK : SR_ENOMEM;
    for (size_t i = 0; status == SR_OK && i < seeds->n; i++) status = add_stored(s, tax, &g, seeds->v[i], errmsg);
    size_t n_seeds = g.n;
    for (size_t i = 0; status == SR_OK && i < n_seeds && !g.cut; i++) status = neighbours(s, tax, &g, i, errmsg);

    /* the incidents of the group, whole: their members join it, they are dissolved */
    idlist incidents = {0}, members = {0};
    size_t n_direct = g.n;
    for (size_t i = 0; status == SR_OK && i < n_direct; i++) {
        size_t before = incidents.n;
        status = collect_ids(s, ST_INCIDENT_OF_EVENT, g.m[i].id, &incidents, errmsg);
        for (size_t k = before; status == SR_OK && k < incidents.n; k++) {
            if (json_object_object_get_ex(dissolved, incidents.v[k], NULL)) continue;
            if (json_object_object_add(dissolved, incidents.v[k], NULL) != 0) status = SR_ENOMEM;
            if (status == SR_OK) status = collect_ids(s, ST_MEMBERS, incidents.v[k], &members, errmsg);
            if (status == SR_OK) status = delete_incident(s, incidents.v[k], errmsg);
        }
    }
    for (size_t i = 0; status == SR_OK && i < members.n; i++) status = add_stored(s, tax, &g, members.v[i], errmsg);
    id_free(&incidents);
    id_free(&members);
    json_object_put(dissolved);

    if (status == SR_OK && (!s->fuser || s->fuser_tax != tax)) {
        sr_fuser_free(s->fuser);
        s->fuser = NULL;
        s->fuser_tax = tax;
        status = sr_fuser_new(tax, &s->fuser);
    } else if (status == SR_OK) {
        status = sr_fuser_reset(s->fuser);
    }
    for (size_t i = 0; status == SR_OK && i < g.n; i++) {
        status = sr_fuser_add_object(s->fuser, g.m[i].rec, errmsg);
        if (status != SR_OK || json_object_object_get_ex(g.docs, g.m[i].doc, NULL)) continue;
        if (json_object_object_add(g.docs, g.m[i].doc, NULL) != 0) {
            status = SR_ENOMEM;
            break;
        }
        /* the document's record gives posts and dates */
        sqlite3_stmt *st = sr_store_stmt(s, ST_DOC_RECORD, errmsg);
        if (status == SR_OK && !st) status = SR_EIO;
        if (status != SR_OK) break;
        sqlite3_bind_text(st, 1, g.m[i].doc, -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW) {
            json_object *doc = sr_store_parsed(s, (const char *)sqlite3_column_text(st, 0),
                                               (size_t)sqlite3_column_bytes(st, 0));
            if (doc) status = sr_fuser_add_object(s->fuser, doc, errmsg);
            json_object_put(doc);
        }
        sqlite3_reset(st);
    }
    if (status == SR_OK) {
        incident_sink k = {s, SR_OK, errmsg};
        status = sr_fuser_each(s->fuser, sink_incident, &k);
        if (status == SR_EIO) status = k.status;
    }
    if (status == SR_ENOMEM && errmsg && !*errmsg) *errmsg = sr_strf("%s: out of memory while fusing", s->path);
    group_free(&g);
    if (s->fuser) sr_fuser_reset(s->fuser);
    return status;
}

/* Is document id stored, and with this input hash? */
static sr_status lookup(sr_store *s, const char *id, const char *hash, bool *stored, bool *same, char **errmsg)
{
    sqlite3_stmt *st = sr_store_stmt(s, ST_DOC_HASH, errmsg);
    if (!st) return SR_EIO;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    *stored = rc == SQLITE_ROW;
    *same = *stored && !strcmp((const char *)sqlite3_column_text(st, 0), hash);
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return sr_store_fail(s, "looking up a document", errmsg);
    return SR_OK;
}

/* ---- the whole ingest ------------------------------------------------------------------ */

static sr_status store_coded(sr_store *s, const sr_taxonomy *tax, const sr_document *d, const char *hash,
                             bool replace, const records *r, char **errmsg)
{
    idlist seeds = {0};
    sr_status status = replace ? remove_document(s, d->id, &seeds, errmsg) : SR_OK;
    for (size_t i = 0; status == SR_OK && i < r->n; i++) {
        size_t len;
        const char *json = record_at(r, i, &len);
        if (is_kind(json, "doc")) status = insert_document(s, d, hash, json, len, errmsg);
        else if (is_kind(json, "event")) status = insert_event(s, tax, json, len, &seeds, errmsg);
    }
    if (status == SR_OK) status = refuse(s, tax, &seeds, errmsg);
    id_free(&seeds);
    return status;
}

/* Run one step of the transaction or savepoint protocol. */
static sr_status step(sr_store *s, sr_stmt_id id, const char *what, char **errmsg)
{
    sqlite3_stmt *st = sr_store_stmt(s, id, errmsg);
    return st ? run(s, st, what, errmsg) : SR_EIO;
}

/* Store the coded records of d in a transaction of their own, or a savepoint
 * of the batch's transaction: all of it or nothing. */
static sr_status store_in_transaction(sr_store *s, const sr_taxonomy *tax, const sr_document *d, const char *hash,
                                      const records *r, char **errmsg)
{
    bool batch = s->batch && !sqlite3_get_autocommit(s->db);
    sr_status status = batch ? step(s, ST_SAVEPOINT, "starting a savepoint", errmsg)
                             : step(s, ST_BEGIN, "starting a transaction", errmsg);
    if (status != SR_OK) return status;
    /* another writer may have stored it while this one was coding */
    bool stored = false, same = false;
    status = lookup(s, d->id, hash, &stored, &same, errmsg);
    if (status == SR_OK && !same) status = store_coded(s, tax, d, hash, stored, r, errmsg);
    if (status == SR_OK && !same)
        return batch ? step(s, ST_RELEASE, "releasing a savepoint", errmsg) : step(s, ST_COMMIT, "committing", errmsg);
    if (sqlite3_get_autocommit(s->db)) {
        /* SQLite rolled the whole transaction back itself (I/O error, full disk) */
        if (batch) s->batch = false;
        return status;
    }
    if (batch) {
        step(s, ST_ROLLBACK_TO, "rolling back a savepoint", NULL);
        step(s, ST_RELEASE, "releasing a savepoint", NULL);
    } else {
        step(s, ST_ROLLBACK, "rolling back", NULL);
    }
    return status;
}

sr_status sr_store_ingest(sr_store *s, sr_worker *w, const sr_document *d, sr_emit_fn emit, void *ctx,
                          char **errmsg)
{
    if (!s || !w || !d || !d->id || (!d->text && d->text_len)) return SR_EARG;
    if (s->read_only) {
        sr_set_error(errmsg, sr_strf("%s: opened read-only, cannot ingest", s->path));
        return SR_EARG;
    }
    const sr_engine *eng = w->engine;
    char hash[17];
    if (!input_hash(d, sr_engine_lexicon_version(eng), hash)) {
        sr_set_error(errmsg, sr_strf("%s: out of memory", s->path));
        return SR_ENOMEM;
    }
    bool stored = false, same = false;
    sr_status status = lookup(s, d->id, hash, &stored, &same, errmsg);
    if (status != SR_OK) return status;
    if (same) return emit ? emit_stored(s, d->id, emit, ctx, errmsg) : SR_OK;

    records r = {0};
    sr_buf_init(&r.text, NULL);
    status = sr_code_document(w, d, keep_record, &r);
    if (r.oom) status = SR_ENOMEM;
    bool coded = status == SR_OK && r.n > 0 && is_kind(r.text.data, "doc");
    if (status == SR_OK && !coded) status = SR_EINPUT;
    if (status == SR_EINPUT) {
        size_t len;
        const char *json = r.n ? record_at(&r, 0, &len) : NULL;
        sr_set_error(errmsg, sr_strf("%s: could not be coded", d->id));
        if (json && emit && emit(ctx, json, len)) status = SR_EIO;
    } else if (status != SR_OK) {
        sr_set_error(errmsg, sr_strf("%s: %s", d->id, sr_status_text(status)));
    }
    if (coded && status == SR_OK) status = store_in_transaction(s, sr_fuser_taxonomy(w->engine), d, hash, &r, errmsg);
    for (size_t i = 0; status == SR_OK && emit && i < r.n; i++) {
        size_t len;
        const char *json = record_at(&r, i, &len);
        if (emit(ctx, json, len)) status = SR_EIO;
    }
    free(r.off);
    sr_buf_release(&r.text);
    return status;
}
