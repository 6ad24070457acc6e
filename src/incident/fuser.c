/*
 * fuser.c — collecting doc and event records and clustering the events into
 * incidents; see fuser.h for the rules and incident.c for the record.
 *
 * Records are parsed with json-c and kept as objects (documents in a JSON
 * object keyed by id, events in an array of mentions pointing into their
 * objects).  Clustering walks the events by first day, keeping only the
 * incidents still open: one whose earliest-ending member ends more than a
 * day before the current event's first day can take no later event, so it is
 * closed, which keeps the work near-linear on a long stream.  An incident
 * keeps one member of each distinct profile (sr_mention_same_profile): a
 * story repeated by a hundred reports is checked against a few profiles, not
 * a hundred members.
 */
#include "incident/fuser.h"

#include <stdlib.h>
#include <string.h>

#include "code/engine_int.h"
#include "incident/incident.h"
#include "util/file.h"

#define FUSER_MAX_DEPTH 64

struct sr_fuser {
    const sr_taxonomy *tax;
    json_object *docs;      /* doc id -> doc record */
    json_object *seen;      /* event id -> null: the events added */
    sr_mention *m;          /* the events, each holding a reference to its record */
    size_t n, cap;
    json_tokener *tok;
    sr_arena *scratch;      /* per incident record */
    sr_arena *work;         /* per sr_fuser_emit */
    sr_buf out;
};

const sr_taxonomy *sr_fuser_taxonomy(const sr_engine *engine) { return engine ? engine->tax : NULL; }

sr_status sr_fuser_new(const sr_taxonomy *tax, sr_fuser **out)
{
    *out = NULL;
    sr_fuser *f = calloc(1, sizeof *f);
    if (!f) return SR_ENOMEM;
    f->tax = tax;
    f->docs = json_object_new_object();
    f->seen = json_object_new_object();
    f->tok = json_tokener_new_ex(FUSER_MAX_DEPTH);
    /* records are sitrep's, always valid UTF-8: ids that differ only in bad bytes would meet in the output */
    if (f->tok) json_tokener_set_flags(f->tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
    f->scratch = sr_arena_new(NULL);
    f->work = sr_arena_new(NULL);
    sr_buf_init(&f->out, NULL);
    if (!f->docs || !f->seen || !f->tok || !f->scratch || !f->work) {
        sr_fuser_free(f);
        return SR_ENOMEM;
    }
    *out = f;
    return SR_OK;
}

sr_status sr_fuser_reset(sr_fuser *f)
{
    json_object *docs = json_object_new_object(), *seen = json_object_new_object();
    if (!docs || !seen) {
        json_object_put(docs);
        json_object_put(seen);
        return SR_ENOMEM;
    }
    for (size_t i = 0; i < f->n; i++) json_object_put(f->m[i].rec);
    f->n = 0;
    json_object_put(f->docs);
    json_object_put(f->seen);
    f->docs = docs;
    f->seen = seen;
    return SR_OK;
}

void sr_fuser_free(sr_fuser *f)
{
    if (!f) return;
    for (size_t i = 0; i < f->n; i++) json_object_put(f->m[i].rec);
    free(f->m);
    json_object_put(f->docs);
    json_object_put(f->seen);
    if (f->tok) json_tokener_free(f->tok);
    sr_arena_free(f->scratch);
    sr_arena_free(f->work);
    sr_buf_release(&f->out);
    free(f);
}

size_t sr_fuser_count(const sr_fuser *f) { return f->n; }

/* Of two records with one id, is a the one to keep (the first of their texts in
 * byte order, so that the choice does not depend on which came first)? */
static bool first_text(json_object *a, json_object *b)
{
    const char *ta = json_object_to_json_string_ext(a, JSON_C_TO_STRING_PLAIN);
    /* json-c keeps the text in a; copy it before b's is made */
    char *copy = ta ? strdup(ta) : NULL;
    const char *tb = json_object_to_json_string_ext(b, JSON_C_TO_STRING_PLAIN);
    bool first = copy && tb && strcmp(copy, tb) < 0;
    free(copy);
    return first;
}

sr_status sr_fuser_add_object(sr_fuser *f, json_object *rec, char **errmsg)
{
    if (!json_object_is_type(rec, json_type_object)) {
        sr_set_error(errmsg, sr_strf("fusion: record is not a JSON object"));
        return SR_EINPUT;
    }
    const char *kind = sr_json_get_str(rec, "kind");
    if (kind && !strcmp(kind, "doc")) {
        const char *id = sr_json_get_str(rec, "id");
        if (!id) {
            sr_set_error(errmsg, sr_strf("fusion: doc record without a string \"id\""));
            return SR_EINPUT;
        }
        json_object *old;
        if (json_object_object_get_ex(f->docs, id, &old) && !first_text(rec, old)) return SR_OK;
        if (json_object_object_add(f->docs, id, json_object_get(rec)) != 0) {
            json_object_put(rec);
            return SR_ENOMEM;
        }
        return SR_OK;
    }
    if (!kind || strcmp(kind, "event")) return SR_OK;
    sr_mention m;
    const char *why = NULL;
    if (!sr_mention_read(&m, rec, f->tax, &why)) {
        sr_set_error(errmsg, sr_strf("fusion: %s", why));
        return SR_EINPUT;
    }
    json_object *at;
    if (json_object_object_get_ex(f->seen, m.id, &at)) {
        /* the same id twice: keep one of the two whatever the order they came in */
        sr_mention *had = &f->m[json_object_get_int(at)];
        if (!first_text(rec, had->rec)) return SR_OK;
        json_object_get(rec);
        json_object_put(had->rec);
        *had = m;
        return SR_OK;
    }
    if (f->n == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 64;
        sr_mention *v = realloc(f->m, cap * sizeof *v);
        if (!v) return SR_ENOMEM;
        f->m = v;
        f->cap = cap;
    }
    json_object *index = f->n < 0x7fffffff ? json_object_new_int((int)f->n) : NULL;
    if (!index || json_object_object_add(f->seen, m.id, index) != 0) {
        json_object_put(index);
        return SR_ENOMEM;
    }
    json_object_get(rec);
    f->m[f->n++] = m;
    return SR_OK;
}

sr_status sr_fuser_add(sr_fuser *f, const char *json, size_t len, char **errmsg)
{
    if (len > (size_t)0x7fffffff - 1) {
        sr_set_error(errmsg, sr_strf("fusion: record too long"));
        return SR_EINPUT;
    }
    json_tokener_reset(f->tok);
    json_object *rec = json_tokener_parse_ex(f->tok, json, (int)len);
    enum json_tokener_error err = json_tokener_get_error(f->tok);
    if (err == json_tokener_continue) err = json_tokener_error_parse_eof;
    if (!rec || err != json_tokener_success) {
        json_object_put(rec);
        sr_set_error(errmsg, sr_strf("fusion: not JSON: %s", json_tokener_error_desc(err)));
        return SR_EINPUT;
    }
    size_t end = json_tokener_get_parse_end(f->tok);
    while (end < len && (json[end] == ' ' || json[end] == '\t' || json[end] == '\r' || json[end] == '\n')) end++;
    sr_status st = SR_OK;
    if (end < len) {
        sr_set_error(errmsg, sr_strf("fusion: bytes after the record at offset %zu", end));
        st = SR_EINPUT;
    } else {
        st = sr_fuser_add_object(f, rec, errmsg);
    }
    json_object_put(rec);
    return st;
}

/* ---- clustering ------------------------------------------------------------ */

typedef struct cluster {
    sr_mention **mem;
    int n, cap;
    sr_mention **profile;  /* one member of each distinct profile (sr_mention_same_profile) */
    int n_profiles, cap_profiles;
    long min_day1;        /* the earliest last day of a dated member */
    long first_day;       /* the earliest first day of a member */
    bool dated;
    char id[20];
} cluster;

static int cmp_walk(const void *pa, const void *pb)
{
    const sr_mention *a = *(sr_mention *const *)pa, *b = *(sr_mention *const *)pb;
    if (a->dated != b->dated) return a->dated ? -1 : 1;
    if (a->dated && a->day0 != b->day0) return a->day0 < b->day0 ? -1 : 1;
    if (a->confidence != b->confidence) return a->confidence > b->confidence ? -1 : 1;
    if (a->mentions != b->mentions) return a->mentions > b->mentions ? -1 : 1;
    return strcmp(a->id, b->id);
}

static int cmp_cluster(const void *pa, const void *pb)
{
    const cluster *a = pa, *b = pb;
    if (a->dated != b->dated) return a->dated ? -1 : 1;
    if (a->dated && a->first_day != b->first_day) return a->first_day < b->first_day ? -1 : 1;
    return strcmp(a->id, b->id);
}

static bool accepts(const cluster *c, const sr_mention *m)
{
    const sr_mention *head = c->mem[0];
    if (head->historical != m->historical || head->retaliation != m->retaliation || head->dated != m->dated ||
        strcmp(head->family, m->family))
        return false;
    /* an undated or placeless mention meets only its own document's: every member's document counts */
    bool by_profile = m->dated && m->place.present;
    sr_mention *const *v = by_profile ? c->profile : c->mem;
    int n = by_profile ? c->n_profiles : c->n;
    for (int i = 0; i < n; i++)
        if (!sr_mention_compatible(v[i], m)) return false;
    return true;
}

/* Append m to the list v (n used, cap room) in the arena; false on OOM. */
static bool push(sr_arena *a, sr_mention ***v, int *n, int *cap, sr_mention *m)
{
    if (*n == *cap) {
        int c = *cap ? *cap * 2 : 4;
        sr_mention **nv = sr_arena_grow(a, *v, (size_t)*n, (size_t)c, sizeof *nv);
        if (!nv) return false;
        *v = nv;
        *cap = c;
    }
    (*v)[(*n)++] = m;
    return true;
}

static bool join(sr_arena *a, cluster *c, sr_mention *m)
{
    if (!push(a, &c->mem, &c->n, &c->cap, m)) return false;
    bool known = false;
    for (int i = 0; i < c->n_profiles && !known; i++) known = sr_mention_same_profile(c->profile[i], m);
    if (!known && !push(a, &c->profile, &c->n_profiles, &c->cap_profiles, m)) return false;
    if (m->dated) {
        if (c->n == 1 || m->day1 < c->min_day1) c->min_day1 = m->day1;
        if (c->n == 1 || m->day0 < c->first_day) c->first_day = m->day0;
        c->dated = true;
    }
    return true;
}

/* Cluster the events: *out the incidents, *n_out how many.  false on OOM. */
static bool cluster_all(sr_fuser *f, cluster **out, size_t *n_out)
{
    sr_arena *a = f->work;
    sr_mention **walk = sr_arena_alloc(a, f->n * sizeof *walk + 1);
    cluster *cs = sr_arena_alloc(a, f->n * sizeof *cs + 1);
    size_t *open = sr_arena_alloc(a, f->n * sizeof *open + 1);
    if (!walk || !cs || !open) return false;
    for (size_t i = 0; i < f->n; i++) walk[i] = &f->m[i];
    qsort(walk, f->n, sizeof *walk, cmp_walk);
    size_t n_cs = 0, n_open = 0;
    for (size_t i = 0; i < f->n; i++) {
        sr_mention *m = walk[i];
        size_t keep = 0;
        for (size_t k = 0; k < n_open; k++) {
            const cluster *c = &cs[open[k]];
            bool closed = m->dated ? c->min_day1 < m->day0 - 1 : c->dated;
            if (!closed) open[keep++] = open[k];
        }
        n_open = keep;
        cluster *home = NULL;
        for (size_t k = 0; k < n_open && !home; k++)
            if (accepts(&cs[open[k]], m)) home = &cs[open[k]];
        if (!home) {
            home = &cs[n_cs];
            memset(home, 0, sizeof *home);
            open[n_open++] = n_cs++;
        }
        if (!join(a, home, m)) return false;
    }
    for (size_t i = 0; i < n_cs; i++) sr_incident_id(cs[i].mem, cs[i].n, cs[i].id);
    qsort(cs, n_cs, sizeof *cs, cmp_cluster);
    *out = cs;
    *n_out = n_cs;
    return true;
}

sr_status sr_fuser_each(sr_fuser *f, sr_incident_fn fn, void *ctx)
{
    sr_arena_reset(f->work);
    cluster *cs = NULL;
    size_t n_cs = 0;
    if (!cluster_all(f, &cs, &n_cs)) return SR_ENOMEM;
    sr_status st = SR_OK;
    for (size_t i = 0; i < n_cs && st == SR_OK; i++) {
        sr_buf_clear(&f->out);
        sr_arena_reset(f->scratch);
        sr_incident_summary summary;
        st = sr_incident_write(&f->out, cs[i].mem, cs[i].n, f->docs, f->scratch, &summary);
        if (st == SR_OK && fn(ctx, f->out.data, f->out.len, &summary, cs[i].mem, cs[i].n) != 0) st = SR_EIO;
    }
    sr_arena_reset(f->work);
    sr_arena_reset(f->scratch);
    return st;
}

typedef struct emit_ctx {
    sr_emit_fn emit;
    void *ctx;
} emit_ctx;

static int emit_record(void *ctx, const char *json, size_t len, const sr_incident_summary *summary,
                       sr_mention *const *members, int n)
{
    (void)summary;
    (void)members;
    (void)n;
    const emit_ctx *e = ctx;
    return e->emit(e->ctx, json, len);
}

sr_status sr_fuser_emit(sr_fuser *f, sr_emit_fn emit, void *ctx)
{
    emit_ctx e = {emit, ctx};
    return sr_fuser_each(f, emit_record, &e);
}
