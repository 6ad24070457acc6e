/*
 * incident.c — writing one incident record from its member event records;
 * see incident.h and docs/records.md (section incident).
 *
 * What the incident says is taken from its members, in their order of
 * strength (confidence, then number of mentions, then id):
 *   - type, modality, retaliation from the strongest member; actor1, actor2,
 *     origin and quantity from the strongest member that states them;
 *   - date: the finest precision any member has, the date most members at
 *     that precision give (the earliest on a tie);
 *   - location: the finest place (a town before a province before a country,
 *     then ACLED precision, then the resolver's score);
 *   - fatalities and injured: the lowest figure any member states (ACLED's
 *     rule for conflicting reports), with the disagreement in `conflicts`;
 *   - confidence: the strongest member's.
 * Every source keeps what it claims (fatalities, injured, quantity,
 * modality), one claim per distinct combination, with the events that carry
 * it; an event that names no source is attributed to its document (kind
 * "document", not counted in n_sources).  A report is a document, or an
 * embedded post of it, that holds a member's evidence: n_reports counts them,
 * first_seen and last_seen are their dates (a post's own date, else its
 * document's).
 */
#include "incident/incident.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gaz/gazetteer.h"

#define JSON_FLAGS (JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE)

/* ---- small sets of strings in the arena ---------------------------------- */

typedef struct strset {
    const char **v;
    int n, cap;
} strset;

static bool set_push(sr_arena *a, strset *s, const char *x)
{
    if (s->n == s->cap) {
        int cap = s->cap ? s->cap * 2 : 4;
        const char **v = sr_arena_grow(a, (void *)s->v, (size_t)s->n, (size_t)cap, sizeof *v);
        if (!v) return false;
        s->v = v;
        s->cap = cap;
    }
    s->v[s->n++] = x;
    return true;
}

/* Add x unless present (linear: for the small sets); false on OOM. */
static bool set_add(sr_arena *a, strset *s, const char *x)
{
    for (int i = 0; i < s->n; i++)
        if (!strcmp(s->v[i], x)) return true;
    return set_push(a, s, x);
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

/* Sort and drop repeats: for the sets that may grow with the members. */
static void set_unique(strset *s)
{
    if (s->n < 2) return;
    qsort((void *)s->v, (size_t)s->n, sizeof *s->v, cmp_str);
    int k = 1;
    for (int i = 1; i < s->n; i++)
        if (strcmp(s->v[i], s->v[k - 1])) s->v[k++] = s->v[i];
    s->n = k;
}

static void put_strset(sr_buf *b, const char *key, const strset *s)
{
    sr_json_key(b, key);
    sr_buf_putc(b, '[');
    for (int i = 0; i < s->n; i++) {
        if (i) sr_buf_putc(b, ',');
        sr_json_cstr(b, s->v[i]);
    }
    sr_buf_putc(b, ']');
}

/* ---- reading members ------------------------------------------------------ */

static json_object *member(json_object *obj, const char *key)
{
    json_object *v;
    if (!obj || !json_object_object_get_ex(obj, key, &v) || json_object_is_type(v, json_type_null)) return NULL;
    return v;
}

/* The JSON text of v ("null" when absent), copied into the arena. */
static const char *json_text(sr_arena *a, json_object *v)
{
    if (!v) return "null";
    const char *s = json_object_to_json_string_ext(v, JSON_FLAGS);
    return s ? sr_arena_strndup(a, s, strlen(s)) : NULL;
}

/* A non-negative count stated by the record, or NULL. */
static json_object *count_of(json_object *rec, const char *key)
{
    json_object *v = member(rec, key);
    return v && json_object_is_type(v, json_type_int) && json_object_get_int64(v) >= 0 ? v : NULL;
}

static void put_value(sr_buf *b, const char *key, json_object *v)
{
    sr_json_key(b, key);
    sr_buf_puts(b, v ? json_object_to_json_string_ext(v, JSON_FLAGS) : "null");
}

/* What one member claims, as JSON texts. */
typedef struct claimed {
    const char *fatalities, *injured, *quantity, *modality;
} claimed;

static bool read_claims(sr_arena *a, json_object *rec, claimed *c)
{
    c->fatalities = json_text(a, count_of(rec, "fatalities"));
    c->injured = json_text(a, count_of(rec, "injured"));
    json_object *q = member(rec, "quantity");
    c->quantity = json_text(a, q && json_object_is_type(q, json_type_object) ? q : NULL);
    json_object *m = member(rec, "modality");
    c->modality = json_text(a, m && json_object_is_type(m, json_type_string) ? m : NULL);
    return c->fatalities && c->injured && c->quantity && c->modality;
}

/* ---- the order of strength -------------------------------------------------- */

static int cmp_strength(const void *pa, const void *pb)
{
    const sr_mention *a = *(sr_mention *const *)pa, *b = *(sr_mention *const *)pb;
    if (a->confidence != b->confidence) return a->confidence > b->confidence ? -1 : 1;
    if (a->mentions != b->mentions) return a->mentions > b->mentions ? -1 : 1;
    return strcmp(a->id, b->id);
}

void sr_incident_id(sr_mention *const *members, int n, char out[20])
{
    const char *low = members[0]->id;
    for (int i = 1; i < n; i++)
        if (strcmp(members[i]->id, low) < 0) low = members[i]->id;
    uint64_t h = sr_gazetteer_key_hash(low, strlen(low));
    snprintf(out, 20, "in-%016llx", (unsigned long long)h);
}

/* The member whose date the incident takes. */
static const sr_mention *pick_date(sr_mention *const *ord, int n)
{
    const sr_mention *best = NULL;
    int best_votes = 0;
    for (int i = 0; i < n; i++) {
        const sr_mention *m = ord[i];
        if (!m->dated) continue;
        if (best && m->precision > best->precision) continue;
        int votes = 0;
        for (int j = 0; j < n; j++)
            if (ord[j]->dated && ord[j]->precision == m->precision && !strcmp(ord[j]->date, m->date)) votes++;
        if (!best || m->precision < best->precision || votes > best_votes ||
            (votes == best_votes && strcmp(m->date, best->date) < 0)) {
            best = m;
            best_votes = votes;
        }
    }
    return best;
}

/* Is place a finer than place b (a town before a province before a country)? */
static bool finer_place(const sr_mention *a, const sr_mention *b)
{
    const sr_mention_place *pa = &a->place, *pb = &b->place;
    if (pa->present != pb->present) return pa->present;
    if (pa->country_level != pb->country_level) return !pa->country_level;
    if (pa->coarse != pb->coarse) return !pa->coarse;
    if (pa->has_coord != pb->has_coord) return pa->has_coord;
    json_object *la = member(a->rec, "location"), *lb = member(b->rec, "location");
    json_object *va = member(la, "precision"), *vb = member(lb, "precision");
    double prec_a = va ? json_object_get_double(va) : 9, prec_b = vb ? json_object_get_double(vb) : 9;
    if (prec_a != prec_b) return prec_a < prec_b;
    va = member(la, "score");
    vb = member(lb, "score");
    double sa = va ? json_object_get_double(va) : 0, sb = vb ? json_object_get_double(vb) : 0;
    return sa > sb;
}

/* The first value of key among the members in order of strength, or NULL. */
static json_object *first_stated(sr_mention *const *ord, int n, const char *key)
{
    for (int i = 0; i < n; i++) {
        json_object *v = member(ord[i]->rec, key);
        if (v) return v;
    }
    return NULL;
}

/* The lowest count any member states, or NULL. */
static json_object *lowest_count(sr_mention *const *ord, int n, const char *key)
{
    json_object *best = NULL;
    for (int i = 0; i < n; i++) {
        json_object *v = count_of(ord[i]->rec, key);
        if (v && (!best || json_object_get_int64(v) < json_object_get_int64(best))) best = v;
    }
    return best;
}

/* ---- reports ---------------------------------------------------------------- */

typedef struct reports {
    strset keys;
    const char *first, *last;
} reports;

static void seen(reports *r, const char *date)
{
    if (!date) return;
    if (!r->first || strcmp(date, r->first) < 0) r->first = date;
    if (!r->last || strcmp(date, r->last) > 0) r->last = date;
}

/* The embedded post of doc holding [start, end), or NULL. */
static json_object *post_holding(json_object *doc, long long start, long long end, int *index)
{
    json_object *posts = member(doc, "posts");
    if (!posts || !json_object_is_type(posts, json_type_array)) return NULL;
    size_t n = json_object_array_length(posts);
    for (size_t i = 0; i < n; i++) {
        json_object *p = json_object_array_get_idx(posts, i), *ps = member(p, "start"), *pe = member(p, "end");
        if (!ps || !pe || !json_object_is_type(ps, json_type_int) || !json_object_is_type(pe, json_type_int)) continue;
        if (json_object_get_int64(ps) <= start && end <= json_object_get_int64(pe)) {
            *index = (int)i;
            return p;
        }
    }
    return NULL;
}

static bool count_reports(sr_arena *a, reports *r, const sr_mention *m, json_object *docs)
{
    json_object *doc = member(docs, m->doc);
    const char *doc_date = sr_json_get_str(doc, "date");
    json_object *ev = member(m->rec, "evidence");
    size_t n = ev && json_object_is_type(ev, json_type_array) ? json_object_array_length(ev) : 0;
    bool whole_doc = n == 0;
    for (size_t i = 0; i < n; i++) {
        json_object *e = json_object_array_get_idx(ev, i), *s = member(e, "start"), *t = member(e, "end");
        int index = -1;
        json_object *post = s && t ? post_holding(doc, json_object_get_int64(s), json_object_get_int64(t), &index)
                                   : NULL;
        if (!post) {
            whole_doc = true;
            continue;
        }
        char key[32];
        snprintf(key, sizeof key, "#%d:", index);
        size_t kl = strlen(key), dl = strlen(m->doc);
        char *k = sr_arena_alloc(a, kl + dl + 1);
        if (!k) return false;
        memcpy(k, key, kl);
        memcpy(k + kl, m->doc, dl + 1);
        if (!set_push(a, &r->keys, k)) return false;
        const char *pd = sr_json_get_str(post, "date");
        seen(r, pd ? pd : doc_date);
    }
    if (whole_doc) {
        if (!set_push(a, &r->keys, m->doc)) return false;
        seen(r, doc_date);
    }
    return true;
}

/* ---- sources and their claims ------------------------------------------------- */

typedef struct claim {
    claimed value;
    strset events;
} claim;

typedef struct source {
    const char *name, *kind, *handle;
    strset texts, docs, events;
    claim *claims;
    int n_claims, cap_claims;
} source;

typedef struct sources {
    source *v;
    int n, cap;
    int *slot;            /* open addressing over v by name: index + 1, 0 empty */
    int n_slots;          /* a power of two, at least twice n */
} sources;

static bool same_claim(const claimed *a, const claimed *b)
{
    return !strcmp(a->fatalities, b->fatalities) && !strcmp(a->injured, b->injured) &&
           !strcmp(a->quantity, b->quantity) && !strcmp(a->modality, b->modality);
}

static int *slot_of(const sources *ss, const char *name)
{
    size_t mask = (size_t)ss->n_slots - 1, i = (size_t)sr_gazetteer_key_hash(name, strlen(name)) & mask;
    while (ss->slot[i] && strcmp(ss->v[ss->slot[i] - 1].name, name)) i = (i + 1) & mask;
    return &ss->slot[i];
}

static source *source_get(sr_arena *a, sources *ss, const char *name, const char *kind, const char *handle)
{
    if (ss->n_slots) {
        int *sl = slot_of(ss, name);
        if (*sl) return &ss->v[*sl - 1];
    }
    if (ss->n == ss->cap) {
        int cap = ss->cap ? ss->cap * 2 : 8;
        source *v = sr_arena_grow(a, ss->v, (size_t)ss->n, (size_t)cap, sizeof *v);
        int *slots = sr_arena_calloc(a, (size_t)cap * 2, sizeof *slots);
        if (!v || !slots) return NULL;
        ss->v = v;
        ss->cap = cap;
        ss->slot = slots;
        ss->n_slots = cap * 2;
        for (int i = 0; i < ss->n; i++) *slot_of(ss, ss->v[i].name) = i + 1;
    }
    source *s = &ss->v[ss->n];
    memset(s, 0, sizeof *s);
    s->name = name;
    s->kind = kind ? kind : "unknown";
    s->handle = handle;
    *slot_of(ss, name) = ++ss->n;
    return s;
}

static bool source_claims(sr_arena *a, source *s, const sr_mention *m, const claimed *c, const char *text)
{
    /* an event naming one source twice gives it twice in a row */
    if (s->events.n && !strcmp(s->events.v[s->events.n - 1], m->id)) {
        if (text && !set_add(a, &s->texts, text)) return false;
        return true;
    }
    if (!set_push(a, &s->docs, m->doc) || !set_push(a, &s->events, m->id)) return false;
    if (text && !set_add(a, &s->texts, text)) return false;
    for (int i = 0; i < s->n_claims; i++)
        if (same_claim(&s->claims[i].value, c)) return set_push(a, &s->claims[i].events, m->id);
    if (s->n_claims == s->cap_claims) {
        int cap = s->cap_claims ? s->cap_claims * 2 : 2;
        claim *v = sr_arena_grow(a, s->claims, (size_t)s->n_claims, (size_t)cap, sizeof *v);
        if (!v) return false;
        s->claims = v;
        s->cap_claims = cap;
    }
    claim *cl = &s->claims[s->n_claims++];
    memset(cl, 0, sizeof *cl);
    cl->value = *c;
    return set_push(a, &cl->events, m->id);
}

/* The names of the sources of m (its document when it names none), added to names. */
static bool gather_sources(sr_arena *a, sources *ss, const sr_mention *m, const claimed *c, strset *names)
{
    json_object *arr = member(m->rec, "sources");
    size_t n = arr && json_object_is_type(arr, json_type_array) ? json_object_array_length(arr) : 0;
    int added = 0;
    for (size_t i = 0; i < n; i++) {
        json_object *o = json_object_array_get_idx(arr, i);
        const char *text = sr_json_get_str(o, "text"), *name = sr_json_get_str(o, "name");
        if (!name) name = text;
        if (!name) continue;
        source *s = source_get(a, ss, name, sr_json_get_str(o, "kind"), sr_json_get_str(o, "handle"));
        if (!s || !source_claims(a, s, m, c, text) || (names && !set_add(a, names, name))) return false;
        added++;
    }
    if (added) return true;
    source *s = source_get(a, ss, m->doc, "document", NULL);
    return s && source_claims(a, s, m, c, NULL) && (!names || set_add(a, names, m->doc));
}

static int cmp_source(const void *pa, const void *pb)
{
    const source *a = pa, *b = pb;
    if (a->events.n != b->events.n) return a->events.n > b->events.n ? -1 : 1;
    return strcmp(a->name, b->name);
}

static void put_claim(sr_buf *b, const claimed *c)
{
    sr_json_key(b, "fatalities");
    sr_buf_puts(b, c->fatalities);
    sr_json_key(b, "injured");
    sr_buf_puts(b, c->injured);
    sr_json_key(b, "quantity");
    sr_buf_puts(b, c->quantity);
    sr_json_key(b, "modality");
    sr_buf_puts(b, c->modality);
}

static void put_sources(sr_buf *b, sources *ss)
{
    for (int i = 0; i < ss->n; i++) {
        set_unique(&ss->v[i].docs);
        set_unique(&ss->v[i].events);
        for (int k = 0; k < ss->v[i].n_claims; k++) set_unique(&ss->v[i].claims[k].events);
    }
    qsort(ss->v, (size_t)ss->n, sizeof *ss->v, cmp_source);
    sr_json_key(b, "sources");
    sr_buf_putc(b, '[');
    for (int i = 0; i < ss->n; i++) {
        source *s = &ss->v[i];
        if (i) sr_buf_putc(b, ',');
        sr_buf_putc(b, '{');
        sr_json_kv_str(b, "name", s->name);
        sr_json_kv_str(b, "kind", s->kind);
        if (s->handle) sr_json_kv_str(b, "handle", s->handle);
        put_strset(b, "texts", &s->texts);
        put_strset(b, "docs", &s->docs);
        put_strset(b, "events", &s->events);
        sr_json_key(b, "claims");
        sr_buf_putc(b, '[');
        for (int k = 0; k < s->n_claims; k++) {
            if (k) sr_buf_putc(b, ',');
            sr_buf_putc(b, '{');
            put_claim(b, &s->claims[k].value);
            put_strset(b, "events", &s->claims[k].events);
            sr_buf_putc(b, '}');
        }
        sr_buf_puts(b, "]}");
    }
    sr_buf_putc(b, ']');
}

/* ---- conflicts ----------------------------------------------------------------- */

typedef struct value_group {
    const char *value;
    strset sources, events;
} value_group;

enum { FIELD_FATALITIES, FIELD_INJURED, FIELD_QUANTITY, FIELD_MODALITY, N_FIELDS };
static const char *const FIELD_NAMES[N_FIELDS] = {"fatalities", "injured", "quantity", "modality"};

static const char *field_of(const claimed *c, int f)
{
    switch (f) {
    case FIELD_FATALITIES: return c->fatalities;
    case FIELD_INJURED: return c->injured;
    case FIELD_QUANTITY: return c->quantity;
    default: return c->modality;
    }
}

static bool negative(const char *modality)
{
    return !strcmp(modality, "\"negated\"") || !strcmp(modality, "\"denied\"");
}

static int cmp_group(const void *pa, const void *pb)
{
    const value_group *a = pa, *b = pb;
    char *ea, *eb;
    double da = strtod(a->value, &ea), db = strtod(b->value, &eb);
    if (!*ea && !*eb && ea != a->value && eb != b->value && da != db) return da < db ? -1 : 1;
    return strcmp(a->value, b->value);
}

/* One field's conflict among the members, written when their stated values differ
 * (for modality: when some affirm and some deny). */
static bool put_conflict(sr_buf *b, sr_arena *a, sr_mention *const *ord, const claimed *cl, const strset *names,
                         int n, int field, bool *first)
{
    value_group *g = sr_arena_calloc(a, (size_t)n, sizeof *g);
    if (!g) return false;
    int ng = 0;
    bool pos = false, neg = false;
    for (int i = 0; i < n; i++) {
        const char *v = field_of(&cl[i], field);
        if (!strcmp(v, "null")) continue;
        if (field == FIELD_MODALITY) {
            if (negative(v)) neg = true;
            else pos = true;
        }
        int k = 0;
        while (k < ng && strcmp(g[k].value, v)) k++;
        if (k == ng) g[ng++].value = v;
        if (!set_push(a, &g[k].events, ord[i]->id)) return false;
        for (int s = 0; s < names[i].n; s++)
            if (!set_push(a, &g[k].sources, names[i].v[s])) return false;
    }
    if (ng < 2 || (field == FIELD_MODALITY && !(pos && neg))) return true;
    qsort(g, (size_t)ng, sizeof *g, cmp_group);
    if (!*first) sr_buf_putc(b, ',');
    *first = false;
    sr_buf_putc(b, '{');
    sr_json_kv_str(b, "field", FIELD_NAMES[field]);
    sr_json_key(b, "claims");
    sr_buf_putc(b, '[');
    for (int k = 0; k < ng; k++) {
        if (k) sr_buf_putc(b, ',');
        sr_buf_puts(b, "{\"value\":");
        sr_buf_puts(b, g[k].value);
        set_unique(&g[k].sources);
        set_unique(&g[k].events);
        put_strset(b, "sources", &g[k].sources);
        put_strset(b, "events", &g[k].events);
        sr_buf_putc(b, '}');
    }
    sr_buf_puts(b, "]}");
    return true;
}

/* ---- the record ------------------------------------------------------------------ */

sr_status sr_incident_write(sr_buf *b, sr_mention *const *members, int n, json_object *docs, sr_arena *a,
                            sr_incident_summary *summary)
{
    sr_mention **ord = sr_arena_alloc(a, (size_t)n * sizeof *ord);
    claimed *cl = sr_arena_calloc(a, (size_t)n, sizeof *cl);
    strset *names = sr_arena_calloc(a, (size_t)n, sizeof *names);
    if (!ord || !cl || !names) return SR_ENOMEM;
    memcpy(ord, members, (size_t)n * sizeof *ord);
    qsort(ord, (size_t)n, sizeof *ord, cmp_strength);
    const sr_mention *top = ord[0];

    sources ss = {0};
    reports rep = {0};
    strset ids = {0}, doc_ids = {0};
    const sr_mention *where = ord[0];
    for (int i = 0; i < n; i++) {
        if (!read_claims(a, ord[i]->rec, &cl[i]) || !gather_sources(a, &ss, ord[i], &cl[i], &names[i]) ||
            !count_reports(a, &rep, ord[i], docs) || !set_push(a, &ids, ord[i]->id) ||
            !set_push(a, &doc_ids, ord[i]->doc))
            return SR_ENOMEM;
        if (finer_place(ord[i], where)) where = ord[i];
    }
    long n_mentions = 0;
    for (int i = 0; i < n; i++) n_mentions += ord[i]->mentions > 0 ? ord[i]->mentions : 1;
    set_unique(&rep.keys);
    int n_sources = 0;
    for (int i = 0; i < ss.n; i++)
        if (strcmp(ss.v[i].kind, "document")) n_sources++;

    char id[20];
    sr_incident_id(members, n, id);
    const sr_mention *when = pick_date(ord, n);
    sr_buf_puts(b, "{\"kind\":\"incident\"");
    sr_json_kv_str(b, "id", id);
    sr_json_kv_str(b, "date", when ? when->date : NULL);
    sr_json_kv_str(b, "date_precision", when ? sr_json_get_str(when->rec, "date_precision") : NULL);
    sr_json_kv_bool(b, "historical", top->historical);
    put_value(b, "type", member(top->rec, "type"));
    sr_json_kv_str(b, "family", top->family);
    put_value(b, "actor1", first_stated(ord, n, "actor1"));
    put_value(b, "actor2", first_stated(ord, n, "actor2"));
    put_value(b, "location", member(where->rec, "location"));
    put_value(b, "origin", first_stated(ord, n, "origin"));
    put_value(b, "fatalities", lowest_count(ord, n, "fatalities"));
    put_value(b, "injured", lowest_count(ord, n, "injured"));
    put_value(b, "quantity", first_stated(ord, n, "quantity"));
    put_value(b, "modality", member(top->rec, "modality"));
    sr_json_kv_bool(b, "retaliation", top->retaliation);
    set_unique(&ids);
    set_unique(&doc_ids);
    put_strset(b, "events", &ids);
    put_strset(b, "docs", &doc_ids);
    sr_json_kv_int(b, "n_mentions", n_mentions);
    sr_json_kv_int(b, "n_reports", rep.keys.n);
    sr_json_kv_int(b, "n_sources", n_sources);
    sr_json_kv_str(b, "first_seen", rep.first);
    sr_json_kv_str(b, "last_seen", rep.last);
    put_sources(b, &ss);
    sr_json_key(b, "conflicts");
    sr_buf_putc(b, '[');
    bool first = true;
    for (int f = 0; f < N_FIELDS; f++)
        if (!put_conflict(b, a, ord, cl, names, n, f, &first)) return SR_ENOMEM;
    sr_buf_putc(b, ']');
    sr_json_kv_double(b, "confidence", top->confidence, 2);
    sr_buf_putc(b, '}');
    if (summary) {
        memcpy(summary->id, id, sizeof id);
        summary->top = top;
        summary->when = when;
        summary->where = where;
        summary->n_reports = rep.keys.n;
        summary->n_sources = n_sources;
    }
    return b->oom ? SR_ENOMEM : SR_OK;
}
