/*
 * acled.c — event-coding evaluation against ACLED rows: dates read, actor
 * names parsed, admin1 names keyed, labels tallied (the rules are in
 * acled.h, the numbers in docs/eval.md).
 *
 * Place in the pipeline: outside it, looking in (sitrep eval acled).  Per
 * row the engine codes the note once and the comparison is a handful of
 * string and number checks; across rows only counters grow: two label tables
 * (event types, sub-event types: label -> id, per-id counts, and a hash map
 * of (gold id, predicted id) -> count for the confusion table), the type keys
 * of primary events outside ACLED's codebook, and one 64-bit hash per
 * distinct note to count the notes rows share.  The summary's tables are
 * built on request from those.
 */
#include "acled.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../code/engine_int.h"
#include "../gaz/gazetteer.h"
#include "../gaz/gazkey.h"
#include "../gaz/placetab.h"

enum { KEYBUF = 512 };   /* country and admin1 names longer than this never match */

/* ---- small strings ---------------------------------------------------------------- */

static bool is_space(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/* s without surrounding white space: *len bytes from the returned pointer. */
static const char *trim(const char *s, size_t *len)
{
    if (!s) s = "";
    while (is_space((unsigned char)*s)) s++;
    size_t n = strlen(s);
    while (n && is_space((unsigned char)s[n - 1])) n--;
    *len = n;
    return s;
}

static bool prefix_ci(const char *s, const char *p)
{
    for (; *p; s++, p++)
        if (tolower((unsigned char)*s) != tolower((unsigned char)*p)) return false;
    return true;
}

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

/* ---- dates ------------------------------------------------------------------------ */

static int month_named(const char *s, size_t n)
{
    static const char *const names[12] = {"january", "february", "march",     "april",   "may",      "june",
                                          "july",    "august",   "september", "october", "november", "december"};
    if (n < 3) return 0;
    for (int m = 0; m < 12; m++) {
        size_t full = strlen(names[m]);
        if (n > full) continue;
        bool same = true;
        for (size_t i = 0; i < n && same; i++) same = tolower((unsigned char)s[i]) == names[m][i];
        if (same && (n == 3 || n == full || (m == 8 && n == 4))) return m + 1;   /* "Sep", "Sept", "September" */
    }
    return 0;
}

static bool leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static bool valid_day(int y, int m, int d)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
    return d <= days[m - 1] + (m == 2 && leap(y));
}

/* A year of 4 digits as is; of 2 digits with the century of the row's year
 * column when it agrees, else 19YY for 97-99 and 20YY. */
static int full_year(const char *digits, size_t n, const char *year_col)
{
    int y = 0;
    for (size_t i = 0; i < n; i++) y = 10 * y + (digits[i] - '0');
    if (n == 4) return y;
    if (n != 2) return -1;
    size_t cn;
    const char *c = trim(year_col, &cn);
    if (cn == 4 && isdigit((unsigned char)c[0]) && isdigit((unsigned char)c[1]) && c[2] == digits[0] &&
        c[3] == digits[1])
        return (c[0] - '0') * 1000 + (c[1] - '0') * 100 + y;
    return y >= 97 ? 1900 + y : 2000 + y;
}

typedef struct dtok {
    const char *s;
    size_t n;
    bool digits;
} dtok;

bool sr_acled_date(const char *s, const char *year, char out[11])
{
    out[0] = '\0';
    if (!s) return false;
    dtok t[3];
    int nt = 0;
    for (const char *p = s; *p;) {
        unsigned char c = (unsigned char)*p;
        if (is_space(c) || c == '-' || c == '/' || c == '.' || c == ',') {
            p++;
            continue;
        }
        bool dig = isdigit(c) != 0;
        if (!dig && !isalpha(c)) return false;
        const char *b = p;
        while (*p && (dig ? isdigit((unsigned char)*p) : isalpha((unsigned char)*p))) p++;
        if (nt == 3) return false;
        t[nt++] = (dtok){b, (size_t)(p - b), dig};
    }
    if (nt != 3) return false;
    int y, m, d;
    const dtok *dt, *yt;
    if (t[0].digits && t[1].digits && t[2].digits) {
        if (t[0].n == 4) {                                /* 2020-05-09 */
            if (t[1].n > 2 || t[2].n > 2) return false;
            y = full_year(t[0].s, 4, NULL);
            m = atoi(t[1].s);
            d = atoi(t[2].s);
        } else {                                          /* 31-12-19, else 12-31-19 */
            if (t[0].n > 2 || t[1].n > 2) return false;
            y = full_year(t[2].s, t[2].n, year);
            d = atoi(t[0].s);
            m = atoi(t[1].s);
            if (!valid_day(y, m, d) && valid_day(y, d, m)) {
                int x = d;
                d = m;
                m = x;
            }
        }
    } else {
        if (t[0].digits && !t[1].digits && t[2].digits) { /* 9 May 2020, 9-May-20 */
            dt = &t[0];
            yt = &t[2];
            m = month_named(t[1].s, t[1].n);
        } else if (!t[0].digits && t[1].digits && t[2].digits) { /* May 9, 2020 */
            dt = &t[1];
            yt = &t[2];
            m = month_named(t[0].s, t[0].n);
        } else {
            return false;
        }
        if (dt->n > 2) return false;
        d = atoi(dt->s);
        y = full_year(yt->s, yt->n, year);
    }
    if (!valid_day(y, m, d)) return false;
    snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
    return true;
}

/* ---- actor names ------------------------------------------------------------------ */

static void copy_trimmed(const char *s, size_t n, char *out, size_t cap)
{
    while (n && is_space((unsigned char)*s)) s++, n--;
    while (n && is_space((unsigned char)s[n - 1])) n--;
    if (n >= 4 && prefix_ci(s, "the ")) s += 4, n -= 4;
    if (!cap) return;
    if (n >= cap) n = cap - 1;
    memcpy(out, s, n);
    out[n] = '\0';
}

sr_acled_actor_kind sr_acled_actor_country(const char *actor, char *name, size_t cap)
{
    static const char *const state[] = {"Military Forces of ", "Police Forces of ", "Government of "};
    static const char *const people[] = {"Civilians (", "Protesters (", "Rioters ("};
    if (cap) name[0] = '\0';
    size_t n;
    const char *a = trim(actor, &n);
    for (size_t i = 0; i < sizeof state / sizeof *state; i++) {
        size_t pn = strlen(state[i]);
        if (n <= pn || !prefix_ci(a, state[i])) continue;
        const char *c = a + pn, *e = strstr(c, " (");
        size_t cn = e && e < a + n ? (size_t)(e - c) : (size_t)(a + n - c);
        copy_trimmed(c, cn, name, cap);
        return cap && *name ? SR_ACLED_ACTOR_STATE : SR_ACLED_ACTOR_NONE;
    }
    for (size_t i = 0; i < sizeof people / sizeof *people; i++) {
        size_t pn = strlen(people[i]);
        if (n <= pn || !prefix_ci(a, people[i])) continue;
        const char *c = a + pn, *e = memchr(c, ')', (size_t)(a + n - c));
        if (!e) return SR_ACLED_ACTOR_NONE;
        copy_trimmed(c, (size_t)(e - c), name, cap);
        return cap && *name ? SR_ACLED_ACTOR_PEOPLE : SR_ACLED_ACTOR_NONE;
    }
    return SR_ACLED_ACTOR_NONE;
}

/* ---- admin1 names ----------------------------------------------------------------- */

static bool designator(const char *w, size_t n)
{
    static const char *const words[] = {"county",       "province", "region",     "state",     "district",
                                        "governorate",  "department", "division", "prefecture", "oblast",
                                        "municipality", "area",     "territory",  "capital",   "city",
                                        "autonomous",   "republic", "of",         "the"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == n && !memcmp(words[i], w, n)) return true;
    return false;
}

size_t sr_acled_admin_key(const char *name, char *out, size_t cap)
{
    size_t n = sr_gaz_key(name, out, cap);
    if (!n) return 0;
    /* keys are words separated by single spaces: drop designators in place,
     * unless that would leave nothing */
    size_t kept = 0, o = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && out[j] != ' ') j++;
        if (!designator(out + i, j - i)) kept++;
        i = j + 1;
    }
    if (!kept) return n;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && out[j] != ' ') j++;
        if (!designator(out + i, j - i)) {
            if (o) out[o++] = ' ';
            memmove(out + o, out + i, j - i);
            o += j - i;
        }
        i = j + 1;
    }
    out[o] = '\0';
    return o;
}

/* Both admin1 names have the same non-empty key. */
static bool admin_equal(const char *a, const char *b)
{
    char ka[KEYBUF], kb[KEYBUF];
    if (!a || !b || strlen(a) >= KEYBUF || strlen(b) >= KEYBUF) return false;
    return sr_acled_admin_key(a, ka, sizeof ka) && sr_acled_admin_key(b, kb, sizeof kb) && !strcmp(ka, kb);
}

/* ---- tables ----------------------------------------------------------------------- */

/* uint64 -> count, open addressing. */
typedef struct u64map {
    uint64_t *keys;
    long *vals;
    unsigned char *used;
    size_t cap, n;
} u64map;

static uint64_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return x;
}

static void u64map_free(u64map *m)
{
    free(m->keys);
    free(m->vals);
    free(m->used);
    memset(m, 0, sizeof *m);
}

/* The count stored for key (a new one starts at 0); NULL when memory runs out. */
static long *u64map_at(u64map *m, uint64_t key)
{
    if (2 * (m->n + 1) > m->cap) {
        u64map g = {0};
        g.cap = m->cap ? 2 * m->cap : 64;
        g.keys = malloc(g.cap * sizeof *g.keys);
        g.vals = malloc(g.cap * sizeof *g.vals);
        g.used = calloc(g.cap, 1);
        if (!g.keys || !g.vals || !g.used) {
            u64map_free(&g);
            return NULL;
        }
        for (size_t i = 0; i < m->cap; i++) {
            if (!m->used[i]) continue;
            size_t j = mix(m->keys[i]) & (g.cap - 1);
            while (g.used[j]) j = (j + 1) & (g.cap - 1);
            g.used[j] = 1;
            g.keys[j] = m->keys[i];
            g.vals[j] = m->vals[i];
        }
        g.n = m->n;
        u64map_free(m);
        *m = g;
    }
    size_t j = mix(key) & (m->cap - 1);
    while (m->used[j] && m->keys[j] != key) j = (j + 1) & (m->cap - 1);
    if (!m->used[j]) {
        m->used[j] = 1;
        m->keys[j] = key;
        m->vals[j] = 0;
        m->n++;
    }
    return &m->vals[j];
}

/* A label table: label -> id, counts per id, and the confusion cells. */
typedef struct labels {
    char **name;
    long *support, *predicted, *correct;
    int n, cap;
    int *slots;                 /* id + 1; 0 empty */
    size_t nslots;
    u64map cells;               /* gold id << 32 | predicted id -> rows */
    sr_acled_class *classes;    /* built by the summary */
    sr_acled_cell *conf;
    int n_conf;
} labels;

static void labels_free(labels *L)
{
    for (int i = 0; i < L->n; i++) free(L->name[i]);
    free(L->name);
    free(L->support);
    free(L->predicted);
    free(L->correct);
    free(L->slots);
    u64map_free(&L->cells);
    free(L->classes);
    free(L->conf);
    memset(L, 0, sizeof *L);
}

static bool labels_rehash(labels *L, size_t nslots)
{
    int *s = calloc(nslots, sizeof *s);
    if (!s) return false;
    for (int i = 0; i < L->n; i++) {
        size_t j = hash_bytes(L->name[i], strlen(L->name[i])) & (nslots - 1);
        while (s[j]) j = (j + 1) & (nslots - 1);
        s[j] = i + 1;
    }
    free(L->slots);
    L->slots = s;
    L->nslots = nslots;
    return true;
}

/* The id of label s[0..len), added when new; -1 when memory runs out. */
static int label_id(labels *L, const char *s, size_t len)
{
    if (L->nslots) {
        size_t j = hash_bytes(s, len) & (L->nslots - 1);
        for (; L->slots[j]; j = (j + 1) & (L->nslots - 1)) {
            const char *x = L->name[L->slots[j] - 1];
            if (strlen(x) == len && !memcmp(x, s, len)) return L->slots[j] - 1;
        }
    }
    if (L->n == L->cap) {
        int cap = L->cap ? 2 * L->cap : 32;
        char **nm = realloc(L->name, (size_t)cap * sizeof *nm);
        if (nm) L->name = nm;
        long *a = nm ? realloc(L->support, (size_t)cap * sizeof *a) : NULL;
        if (a) L->support = a;
        long *b = a ? realloc(L->predicted, (size_t)cap * sizeof *b) : NULL;
        if (b) L->predicted = b;
        long *c = b ? realloc(L->correct, (size_t)cap * sizeof *c) : NULL;
        if (!c) return -1;
        L->correct = c;
        L->cap = cap;
    }
    if (2 * ((size_t)L->n + 1) > L->nslots && !labels_rehash(L, L->nslots ? 2 * L->nslots : 64)) return -1;
    char *copy = malloc(len + 1);
    if (!copy) return -1;
    memcpy(copy, s, len);
    copy[len] = '\0';
    int id = L->n++;
    L->name[id] = copy;
    L->support[id] = L->predicted[id] = L->correct[id] = 0;
    size_t j = hash_bytes(s, len) & (L->nslots - 1);
    while (L->slots[j]) j = (j + 1) & (L->nslots - 1);
    L->slots[j] = id + 1;
    return id;
}

/* Count one row: gold label g, predicted p (both trimmed). */
static bool labels_add(labels *L, const char *g, size_t gn, const char *p, size_t pn)
{
    int gi = label_id(L, g, gn);
    int pi = gi < 0 ? -1 : label_id(L, p, pn);
    if (pi < 0) return false;
    long *cell = u64map_at(&L->cells, (uint64_t)gi << 32 | (uint64_t)pi);
    if (!cell) return false;
    (*cell)++;
    L->support[gi]++;
    L->predicted[pi]++;
    if (gi == pi) L->correct[gi]++;
    return true;
}

/* ---- the evaluator ---------------------------------------------------------------- */

struct sr_acled_eval {
    const sr_engine *engine;
    sr_acled_summary s;         /* counters; the tables are filled by the summary */
    labels type, sub;
    labels outside;             /* type keys of primary events outside ACLED's codebook */
    sr_acled_key_count *outside_out;
    u64map notes;               /* note hash -> rows */
};

sr_acled_eval *sr_acled_eval_new(const sr_engine *engine)
{
    sr_acled_eval *ev = calloc(1, sizeof *ev);
    if (ev) ev->engine = engine;
    return ev;
}

void sr_acled_eval_free(sr_acled_eval *ev)
{
    if (!ev) return;
    labels_free(&ev->type);
    labels_free(&ev->sub);
    labels_free(&ev->outside);
    free(ev->outside_out);
    u64map_free(&ev->notes);
    free(ev);
}

/* The ISO3 of the country an actor names: the row's iso3 when it is the row's
 * country, else the engine's gazetteer's country of that name; NULL when
 * neither says.  out holds 4 bytes. */
static const char *country_iso3(const sr_acled_eval *ev, const char *name, const sr_acled_row *row, char *out)
{
    char kn[KEYBUF], kc[KEYBUF];
    size_t in;
    const char *iso = trim(row->iso3, &in);
    if (in == 3 && strlen(name) < KEYBUF && row->country && strlen(row->country) < KEYBUF &&
        sr_gaz_key(name, kn, sizeof kn) && sr_gaz_key(row->country, kc, sizeof kc) && !strcmp(kn, kc)) {
        for (int i = 0; i < 3; i++) out[i] = (char)toupper((unsigned char)iso[i]);
        out[3] = '\0';
        return out;
    }
    const sr_gazetteer *g = ev->engine ? ev->engine->gaz : NULL;
    const uint32_t *ids;
    int n = sr_gazetteer_find(g, name, &ids);
    for (int i = 0; i < n; i++) {
        sr_gaz_entry e;
        if (sr_gazetteer_entry(g, ids[i], &e) && e.feature == SR_FEAT_COUNTRY && strlen(e.country) == 3) {
            memcpy(out, e.country, 4);
            return out;
        }
    }
    return NULL;
}

/* A non-negative integer (spaces around allowed); -1 otherwise. */
static long parse_count(const char *s)
{
    size_t n;
    const char *p = trim(s, &n);
    if (!n || n > 9) return -1;
    long v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)p[i])) return -1;
        v = 10 * v + (p[i] - '0');
    }
    return v;
}

bool sr_acled_missed(const sr_acled_row *row, const sr_acled_pred *ours)
{
    size_t gn, on;
    const char *g = trim(row->sub_event_type, &gn);
    bool acled = ours->found && ours->event_type && ours->sub_event_type;
    const char *o = acled ? trim(ours->sub_event_type, &on) : SR_ACLED_NONE;
    if (!acled) on = strlen(SR_ACLED_NONE);
    if (gn != on || memcmp(g, o, gn)) return true;
    long gf = parse_count(row->fatalities);
    return gf >= 0 && gf != (ours->found && ours->fatalities > 0 ? ours->fatalities : 0);
}

static bool parse_degrees(const char *s, double lim, double *out)
{
    size_t n;
    const char *p = trim(s, &n);
    if (!n || n > 63) return false;
    char tmp[64];
    memcpy(tmp, p, n);
    tmp[n] = '\0';
    char *end;
    double v = strtod(tmp, &end);
    if (*end || !isfinite(v) || v < -lim || v > lim) return false;
    *out = v;
    return true;
}

static void score_actor(sr_acled_eval *ev, const sr_acled_row *row, const sr_acled_pred *pred)
{
    sr_acled_summary *s = &ev->s;
    char name[KEYBUF], iso[4];
    sr_acled_actor_kind kind = sr_acled_actor_country(row->actor1, name, sizeof name);
    if (kind == SR_ACLED_ACTOR_NONE) {
        s->actor_not_scored++;
        return;
    }
    const char *gold = country_iso3(ev, name, row, iso);
    if (!gold) {
        s->actor_unresolved++;
        return;
    }
    const char *ours = pred->found && pred->actor1_country ? pred->actor1_country : "";
    bool agree = *ours && !strcmp(ours, gold);
    s->actor_rows++;
    if (agree) s->actor_agree++;
    else if (*ours) s->actor_other++;
    else s->actor_unknown++;
    if (kind == SR_ACLED_ACTOR_STATE) {
        s->actor_state_rows++;
        s->actor_state_agree += agree;
    } else {
        s->actor_people_rows++;
        s->actor_people_agree += agree;
    }
}

static void score_place(sr_acled_eval *ev, const sr_acled_row *row, const sr_acled_pred *pred)
{
    sr_acled_summary *s = &ev->s;
    bool located = pred->found && pred->has_location;
    if (parse_count(row->geo_precision) == 1) {
        double lat, lon;
        if (parse_degrees(row->latitude, 90, &lat) && parse_degrees(row->longitude, 180, &lon)) {
            s->near_rows++;
            if (located) {
                s->near_located++;
                if (sr_distance_km(lat, lon, pred->lat, pred->lon) <= SR_ACLED_NEAR_KM) s->near_within++;
            }
        } else {
            s->near_unread++;
        }
    }
    size_t an;
    trim(row->admin1, &an);
    if (an) {
        s->admin_rows++;
        if (located && pred->admin1) {
            s->admin_located++;
            if (admin_equal(row->admin1, pred->admin1)) s->admin_match++;
        }
    }
}

sr_status sr_acled_eval_score(sr_acled_eval *ev, const sr_acled_row *row, const sr_acled_pred *pred, int date_state,
                              bool uncoded, const char **why)
{
    if (why) *why = NULL;
    if (!ev || !row || !pred) return SR_EARG;
    size_t gtn, gsn;
    const char *gt = trim(row->event_type, &gtn), *gs = trim(row->sub_event_type, &gsn);
    if (!gtn || !gsn) {
        if (why) *why = !gtn ? "no event_type" : "no sub_event_type";
        return SR_EINPUT;
    }
    sr_acled_summary *s = &ev->s;
    bool acled = pred->found && pred->event_type && pred->sub_event_type;
    size_t ptn = strlen(SR_ACLED_NONE), psn = ptn;
    const char *pt = SR_ACLED_NONE, *ps = SR_ACLED_NONE;
    if (acled) {
        pt = trim(pred->event_type, &ptn);
        ps = trim(pred->sub_event_type, &psn);
    }
    if (!labels_add(&ev->type, gt, gtn, pt, ptn) || !labels_add(&ev->sub, gs, gsn, ps, psn)) return SR_ENOMEM;
    if (pred->found && !acled) {
        const char *k = pred->type_key ? pred->type_key : "?";
        int id = label_id(&ev->outside, k, strlen(k));
        if (id < 0) return SR_ENOMEM;
        ev->outside.predicted[id]++;
        s->outside++;
    }
    long *seen = u64map_at(&ev->notes, hash_bytes(row->notes ? row->notes : "", row->notes ? row->notes_len : 0));
    if (!seen) return SR_ENOMEM;
    (*seen)++;

    s->rows++;
    s->uncoded += uncoded;
    s->none += !acled;
    if (date_state == 0) s->dated++;
    else if (date_state == 1) s->date_missing++;
    else s->date_unread++;

    long gf = parse_count(row->fatalities);
    if (!row->fatalities) {
        /* no such column: nothing to score */
    } else if (gf < 0) {
        s->fat_unread++;
    } else {
        long ours = pred->found && pred->fatalities > 0 ? pred->fatalities : 0;
        s->fat_rows++;
        s->fat_stated += pred->found && pred->fatalities >= 0;
        s->fat_exact += ours == gf;
        if (gf == 0) {
            s->fat_gold_zero++;
        } else {
            s->fat_positive++;
            s->fat_exact_positive += ours == gf;
        }
    }
    score_actor(ev, row, pred);
    score_place(ev, row, pred);
    return SR_OK;
}

sr_status sr_acled_eval_row(sr_acled_eval *ev, sr_worker *w, const sr_acled_row *row, sr_acled_pred *ours,
                            const char **why)
{
    if (why) *why = NULL;
    if (ours) *ours = (sr_acled_pred){.fatalities = -1};
    if (!ev || !w || !row) return SR_EARG;
    size_t n;
    if (!*trim(row->event_type, &n) || !*trim(row->sub_event_type, &n)) {
        sr_acled_pred none = {0};
        return sr_acled_eval_score(ev, row, &none, 1, false, why);   /* says which is missing */
    }
    char date[11];
    int date_state = 0;
    trim(row->event_date, &n);
    if (!n) date_state = 1;
    else if (!sr_acled_date(row->event_date, row->year, date)) date_state = 2;

    sr_document d = {0};
    d.id = row->id && *row->id ? row->id : "acled";
    d.text = row->notes ? row->notes : "";
    d.text_len = row->notes ? row->notes_len : 0;
    d.date = date_state == 0 ? date : NULL;
    d.lang = "en";
    sr_primary p;
    const char *wwhy = NULL;
    /* ACLED codes the violence, not the condemnation of it: the primary event among ACLED's types */
    sr_status st = sr_worker_primary_of(w, &d, true, &p, &wwhy);
    if (st != SR_OK && st != SR_EINPUT) {
        if (why) *why = wwhy;
        return st;
    }
    sr_acled_pred pred = {0};
    pred.fatalities = -1;
    if (st == SR_OK && p.found && p.type) {
        pred.found = true;
        pred.type_key = p.type->key;
        pred.event_type = p.type->acled;
        pred.sub_event_type = p.type->acled_sub;
        pred.fatalities = p.fatalities;
        pred.actor1_country = p.actor1_country;
        pred.has_location = p.has_location;
        pred.lat = p.lat;
        pred.lon = p.lon;
        pred.admin1 = p.admin1;
    }
    if (ours) *ours = pred;
    return sr_acled_eval_score(ev, row, &pred, date_state, st == SR_EINPUT, why);
}

/* ---- the summary ------------------------------------------------------------------ */

static int by_class(const void *x, const void *y)
{
    const sr_acled_class *a = x, *b = y;
    if (a->support != b->support) return a->support > b->support ? -1 : 1;
    if (a->predicted != b->predicted) return a->predicted > b->predicted ? -1 : 1;
    return strcmp(a->label, b->label);
}

static int by_cell(const void *x, const void *y)
{
    const sr_acled_cell *a = x, *b = y;
    if (a->count != b->count) return a->count > b->count ? -1 : 1;
    int c = strcmp(a->gold, b->gold);
    return c ? c : strcmp(a->predicted, b->predicted);
}

static int by_key(const void *x, const void *y)
{
    const sr_acled_key_count *a = x, *b = y;
    if (a->count != b->count) return a->count > b->count ? -1 : 1;
    return strcmp(a->key, b->key);
}

static double ratio(long a, long b)
{
    return b ? (double)a / (double)b : NAN;
}

static bool labels_summary(labels *L, long rows, sr_acled_labels *out)
{
    memset(out, 0, sizeof *out);
    free(L->classes);
    free(L->conf);
    L->classes = NULL;
    L->conf = NULL;
    L->n_conf = 0;
    if (L->n) {
        L->classes = malloc((size_t)L->n * sizeof *L->classes);
        L->conf = malloc((L->cells.n ? L->cells.n : 1) * sizeof *L->conf);
        if (!L->classes || !L->conf) return false;
    }
    double macro = 0, weighted = 0;
    int with_support = 0;
    for (int i = 0; i < L->n; i++) {
        sr_acled_class *c = &L->classes[i];
        c->label = L->name[i];
        c->support = L->support[i];
        c->predicted = L->predicted[i];
        c->correct = L->correct[i];
        c->precision = c->predicted ? (double)c->correct / (double)c->predicted : 0;
        c->recall = c->support ? (double)c->correct / (double)c->support : 0;
        c->f1 = c->precision + c->recall > 0 ? 2 * c->precision * c->recall / (c->precision + c->recall) : 0;
        out->correct += c->correct;
        if (c->support) {
            with_support++;
            macro += c->f1;
            weighted += c->f1 * (double)c->support;
        }
    }
    for (size_t j = 0; j < L->cells.cap; j++) {
        if (!L->cells.used[j]) continue;
        int g = (int)(L->cells.keys[j] >> 32), p = (int)(L->cells.keys[j] & 0xFFFFFFFFu);
        if (g == p) continue;
        L->conf[L->n_conf++] = (sr_acled_cell){L->name[g], L->name[p], L->cells.vals[j]};
    }
    if (L->n) qsort(L->classes, (size_t)L->n, sizeof *L->classes, by_class);
    if (L->n_conf) qsort(L->conf, (size_t)L->n_conf, sizeof *L->conf, by_cell);
    out->accuracy = rows ? (double)out->correct / (double)rows : 0;
    out->macro_f1 = with_support ? macro / with_support : 0;
    out->weighted_f1 = rows ? weighted / (double)rows : 0;
    out->n_classes = L->n;
    out->classes = L->classes;
    out->n_confusions = L->n_conf;
    out->confusions = L->conf;
    return true;
}

sr_status sr_acled_eval_summary(sr_acled_eval *ev, sr_acled_summary *out)
{
    if (!ev || !out) return SR_EARG;
    sr_acled_summary s = ev->s;
    s.shared_rows = s.shared_notes = 0;
    for (size_t j = 0; j < ev->notes.cap; j++) {
        if (!ev->notes.used[j] || ev->notes.vals[j] < 2) continue;
        s.shared_notes++;
        s.shared_rows += ev->notes.vals[j];
    }
    s.fat_accuracy = ratio(s.fat_exact, s.fat_rows);
    s.fat_accuracy_positive = ratio(s.fat_exact_positive, s.fat_positive);
    s.fat_zero_share = ratio(s.fat_gold_zero, s.fat_rows);
    s.actor_agreement = ratio(s.actor_agree, s.actor_rows);
    s.near_share = ratio(s.near_within, s.near_rows);
    s.admin_share = ratio(s.admin_match, s.admin_rows);
    bool ok = labels_summary(&ev->type, s.rows, &s.type) && labels_summary(&ev->sub, s.rows, &s.sub);
    free(ev->outside_out);
    ev->outside_out = NULL;
    if (ok && ev->outside.n) {
        ev->outside_out = malloc((size_t)ev->outside.n * sizeof *ev->outside_out);
        if (ev->outside_out) {
            for (int i = 0; i < ev->outside.n; i++)
                ev->outside_out[i] = (sr_acled_key_count){ev->outside.name[i], ev->outside.predicted[i]};
            qsort(ev->outside_out, (size_t)ev->outside.n, sizeof *ev->outside_out, by_key);
            s.n_outside_keys = ev->outside.n;
            s.outside_keys = ev->outside_out;
        } else {
            ok = false;
        }
    }
    if (!ok) {
        memset(&s.type, 0, sizeof s.type);
        memset(&s.sub, 0, sizeof s.sub);
        s.n_outside_keys = 0;
        s.outside_keys = NULL;
    }
    *out = s;
    return ok ? SR_OK : SR_ENOMEM;
}
