/*
 * geo.c — geoparsing evaluation: offsets into characters, gold spans
 * aligned, predictions matched one-to-one by overlap, errors in km, and the
 * counts and worst cases kept for the summary (the rules are in geo.h).
 *
 * Place in the pipeline: outside it, looking in (sitrep eval geo).  Per
 * article the work is small: a character index of the text (one offset per
 * code point, reused between articles), the overlapping pairs sorted once.
 * Across articles only counters grow: the list of errors (for the median),
 * two name counters (hash tables) and the ten worst misses.
 */
#include "geo.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- growable pieces ----------------------------------------------------------- */

/* Byte offset of each character of a text, plus its length at [n]. */
typedef struct char_index {
    size_t *at;
    size_t n, cap;
} char_index;

static bool index_build(char_index *ix, const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
    if (n + 1 > ix->cap) {
        size_t cap = n + 1 > 2 * ix->cap ? n + 1 : 2 * ix->cap;
        size_t *at = realloc(ix->at, cap * sizeof *at);
        if (!at) return false;
        ix->at = at;
        ix->cap = cap;
    }
    size_t k = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) ix->at[k++] = i;
    ix->at[n] = len;
    ix->n = n;
    return true;
}

/* The number of characters that start before byte b: the character offset of
 * b when b starts a character (an offset inside one rounds up). */
static long index_char(const char_index *ix, size_t b)
{
    size_t lo = 0, hi = ix->n;   /* first i in [0, n] with at[i] >= b */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ix->at[mid] < b) lo = mid + 1;
        else hi = mid;
    }
    return (long)lo;
}

/* Name -> count, open addressing. */
typedef struct counter {
    struct slot { char *key; long n; } *slots;
    size_t cap, used;
} counter;

static uint64_t hash(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static bool counter_grow(counter *c)
{
    size_t cap = c->cap ? c->cap * 2 : 64;
    struct slot *s = calloc(cap, sizeof *s);
    if (!s) return false;
    for (size_t i = 0; i < c->cap; i++) {
        if (!c->slots[i].key) continue;
        size_t j = hash(c->slots[i].key) & (cap - 1);
        while (s[j].key) j = (j + 1) & (cap - 1);
        s[j] = c->slots[i];
    }
    free(c->slots);
    c->slots = s;
    c->cap = cap;
    return true;
}

static bool counter_add(counter *c, const char *key, size_t len)
{
    if ((c->used + 1) * 10 > c->cap * 7 && !counter_grow(c)) return false;
    char *k = malloc(len + 1);
    if (!k) return false;
    memcpy(k, key, len);
    k[len] = '\0';
    size_t j = hash(k) & (c->cap - 1);
    while (c->slots[j].key && strcmp(c->slots[j].key, k)) j = (j + 1) & (c->cap - 1);
    if (c->slots[j].key) {
        free(k);
    } else {
        c->slots[j].key = k;
        c->used++;
    }
    c->slots[j].n++;
    return true;
}

static void counter_free(counter *c)
{
    for (size_t i = 0; i < c->cap; i++) free(c->slots[i].key);
    free(c->slots);
}

static bool before(const sr_geo_name_count *a, const struct slot *b)
{
    return b->n > a->count || (b->n == a->count && strcmp(b->key, a->name) < 0);
}

/* The SR_GEO_TOP largest counts into top[], larger first, then by name. */
static int counter_top(const counter *c, sr_geo_name_count *top)
{
    int n = 0;
    for (size_t i = 0; i < c->cap; i++) {
        const struct slot *s = &c->slots[i];
        if (!s->key) continue;
        int at = n;
        while (at > 0 && before(&top[at - 1], s)) at--;
        if (at >= SR_GEO_TOP) continue;
        int last = n < SR_GEO_TOP ? n : SR_GEO_TOP - 1;
        memmove(&top[at + 1], &top[at], (size_t)(last - at) * sizeof *top);
        top[at] = (sr_geo_name_count){s->key, s->n};
        if (n < SR_GEO_TOP) n++;
    }
    return n;
}

/* ---- the evaluator --------------------------------------------------------------- */

typedef struct miss {
    long count;
    char *docid, *text, *gold_name, *our_name;
    char country[4];
    double gold_lat, gold_lon, our_lat, our_lon, km;
} miss;

typedef struct gold_span {
    long start, end;                  /* characters, after alignment, clipped to the text */
    int shift;                        /* applied by the alignment */
    bool aligned;                     /* the span reads the phrase (or there is no phrase to read) */
} gold_span;

typedef struct pred_span {
    long start, end;                  /* characters */
    const sr_place_mention *m;
} pred_span;

typedef struct pair {
    long overlap, start_gap;
    int gold, pred;                   /* indexes into the gold and pred arrays */
} pair;

struct sr_geo_eval {
    sr_geo_summary s;                 /* counts accumulate here; the rest is filled by summary() */
    bool skip_demonyms;               /* leave adjectives ("Syrian") out of the predictions */
    double *km;                       /* errors of resolved pairs */
    size_t n_km, cap_km;
    counter undetected, false_pos;
    miss worst[SR_GEO_TOP];
    int n_worst;
    /* per-article scratch, reused */
    char_index gold_ix, pred_ix;
    gold_span *gold;
    pred_span *pred;
    pair *pairs;
    int *gold_match, *pred_match;
    size_t cap_gold, cap_gold_match, cap_pred, cap_pred_match, cap_pairs;
};

sr_geo_eval *sr_geo_eval_new(void)
{
    return calloc(1, sizeof(sr_geo_eval));
}

void sr_geo_eval_skip_demonyms(sr_geo_eval *ev, bool skip) { ev->skip_demonyms = skip; }

static void miss_free(miss *m)
{
    free(m->docid);
    free(m->text);
    free(m->gold_name);
    free(m->our_name);
}

void sr_geo_eval_free(sr_geo_eval *ev)
{
    if (!ev) return;
    free(ev->km);
    counter_free(&ev->undetected);
    counter_free(&ev->false_pos);
    for (int i = 0; i < ev->n_worst; i++) miss_free(&ev->worst[i]);
    free(ev->gold_ix.at);
    free(ev->pred_ix.at);
    free(ev->gold);
    free(ev->pred);
    free(ev->pairs);
    free(ev->gold_match);
    free(ev->pred_match);
    free(ev);
}

double sr_geo_km(double lat1, double lon1, double lat2, double lon2)
{
    const double rad = M_PI / 180.0;
    double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
    double a = sin(dlat / 2) * sin(dlat / 2) + cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) * sin(dlon / 2);
    if (a > 1) a = 1;
    return 2 * SR_GEO_EARTH_KM * asin(sqrt(a));
}

/* Room for n elements of size sz in *p (capacity *cap). */
static bool reserve(void **p, size_t *cap, size_t n, size_t sz)
{
    if (n <= *cap) return true;
    size_t c = n > 2 * *cap ? n : 2 * *cap;
    void *q = realloc(*p, c * sz);
    if (!q) return false;
    *p = q;
    *cap = c;
    return true;
}

static bool scratch(sr_geo_eval *ev, size_t n_gold, size_t n_pred)
{
    return reserve((void **)&ev->gold, &ev->cap_gold, n_gold, sizeof *ev->gold) &&
           reserve((void **)&ev->gold_match, &ev->cap_gold_match, n_gold, sizeof *ev->gold_match) &&
           reserve((void **)&ev->pred, &ev->cap_pred, n_pred, sizeof *ev->pred) &&
           reserve((void **)&ev->pred_match, &ev->cap_pred_match, n_pred, sizeof *ev->pred_match);
}

/* Does the text at characters [s, e) read phrase? */
static bool reads(const char_index *ix, const char *text, long s, long e, const char *phrase)
{
    if (s < 0 || e > (long)ix->n || s >= e) return false;
    size_t b = ix->at[s], len = ix->at[e] - b;
    return strlen(phrase) == len && !memcmp(text + b, phrase, len);
}

/* The gold span in characters: as given when it reads the phrase, else moved
 * to the nearest place within SR_GEO_MAX_SHIFT that does (left first), else
 * as given; then clipped to the text. */
static void align(const char_index *ix, const char *text, const sr_geo_toponym *t, gold_span *g)
{
    g->shift = 0;
    g->aligned = !*t->phrase;     /* nothing to check against: as given */
    for (int k = 0; !g->aligned && k <= 2 * SR_GEO_MAX_SHIFT; k++) {
        g->shift = (k + 1) / 2 * (k % 2 ? -1 : 1);   /* 0, -1, +1, -2, +2, ... */
        g->aligned = reads(ix, text, t->start + g->shift, t->end + g->shift, t->phrase);
    }
    if (!g->aligned) g->shift = 0;
    long n = (long)ix->n;
    g->start = t->start + g->shift < n ? t->start + g->shift : n;
    g->end = t->end + g->shift < n ? t->end + g->shift : n;
}

static int pair_order(const void *x, const void *y)
{
    const pair *a = x, *b = y;
    if (a->overlap != b->overlap) return a->overlap > b->overlap ? -1 : 1;
    if (a->start_gap != b->start_gap) return a->start_gap < b->start_gap ? -1 : 1;
    if (a->gold != b->gold) return a->gold < b->gold ? -1 : 1;
    return (a->pred > b->pred) - (a->pred < b->pred);
}

static char *dup_or_empty(const char *s) { return strdup(s ? s : ""); }

static bool same_miss(const miss *x, const sr_geo_toponym *t, const sr_place_mention *m, double km)
{
    return x->km == km && x->gold_lat == t->lat && x->gold_lon == t->lon && x->our_lat == m->lat &&
           x->our_lon == m->lon && !strcmp(x->text, t->phrase) && !strcmp(x->gold_name, t->name) &&
           !strcmp(x->our_name, m->name ? m->name : "");
}

/* Keep the pair among the SR_GEO_TOP largest errors, folding identical ones
 * (all of which have the same km, so a kept entry has seen every one of its
 * kind).  false when memory ran out. */
static bool note_miss(sr_geo_eval *ev, const sr_geo_article *a, const sr_geo_toponym *t, const sr_place_mention *m,
                      double km)
{
    if (ev->n_worst == SR_GEO_TOP && !(km >= ev->worst[SR_GEO_TOP - 1].km)) return true;
    for (int i = 0; i < ev->n_worst; i++)
        if (same_miss(&ev->worst[i], t, m, km)) {
            ev->worst[i].count++;
            return true;
        }
    if (ev->n_worst == SR_GEO_TOP && !(km > ev->worst[SR_GEO_TOP - 1].km)) return true;
    miss x = {1, dup_or_empty(a->docid), dup_or_empty(t->phrase), dup_or_empty(t->name), dup_or_empty(m->name),
              {0}, t->lat, t->lon, m->lat, m->lon, km};
    memcpy(x.country, m->country, sizeof x.country);
    x.country[3] = '\0';
    if (!x.docid || !x.text || !x.gold_name || !x.our_name) {
        miss_free(&x);
        return false;
    }
    if (ev->n_worst == SR_GEO_TOP) miss_free(&ev->worst[--ev->n_worst]);
    int at = ev->n_worst;
    while (at > 0 && km > ev->worst[at - 1].km) at--;
    memmove(&ev->worst[at + 1], &ev->worst[at], (size_t)(ev->n_worst - at) * sizeof *ev->worst);
    ev->worst[at] = x;
    ev->n_worst++;
    return true;
}

static bool add_km(sr_geo_eval *ev, double km)
{
    if (!reserve((void **)&ev->km, &ev->cap_km, ev->n_km + 1, sizeof *ev->km)) return false;
    ev->km[ev->n_km++] = km;
    return true;
}

sr_status sr_geo_eval_score(sr_geo_eval *ev, const sr_geo_article *a, const sr_place_mention *m, int n,
                            const char *text, size_t text_len)
{
    if (!ev || !a || (n > 0 && (!m || !text)) || (!a->text && a->text_len)) return SR_EARG;
    if (n < 0) n = 0;
    int ng = a->n_toponyms > 0 ? a->n_toponyms : 0;
    if (!scratch(ev, (size_t)ng, (size_t)n)) return SR_ENOMEM;
    if (!index_build(&ev->gold_ix, a->text ? a->text : "", a->text_len)) return SR_ENOMEM;
    const char_index *pix = &ev->gold_ix;
    bool repaired = n > 0 && text != a->text && (text_len != a->text_len || memcmp(text, a->text, text_len));
    if (repaired) {
        if (!index_build(&ev->pred_ix, text, text_len)) return SR_ENOMEM;
        pix = &ev->pred_ix;
    }

    /* the spans, in characters */
    for (int j = 0; j < ng; j++) {
        align(&ev->gold_ix, a->text, &a->toponyms[j], &ev->gold[j]);
        ev->gold_match[j] = -1;
    }
    int np = 0, demonyms = 0, demonyms_on_gold = 0;
    for (int i = 0; i < n; i++) {
        size_t s = m[i].start, e = m[i].end;
        if (e > text_len) e = text_len;
        if (s > e) s = e;
        pred_span p = {index_char(pix, s), index_char(pix, e), &m[i]};
        if (m[i].demonym && ev->skip_demonyms) {
            demonyms++;
            for (int j = 0; j < ng; j++)
                if (p.start < ev->gold[j].end && ev->gold[j].start < p.end) {
                    demonyms_on_gold++;
                    break;
                }
            continue;
        }
        ev->pred[np] = p;
        ev->pred_match[np++] = -1;
    }

    /* every overlapping pair, then greedy one-to-one */
    size_t n_pairs = 0;
    for (int i = 0; i < np; i++)
        for (int j = 0; j < ng; j++) {
            long lo = ev->pred[i].start > ev->gold[j].start ? ev->pred[i].start : ev->gold[j].start;
            long hi = ev->pred[i].end < ev->gold[j].end ? ev->pred[i].end : ev->gold[j].end;
            if (hi <= lo) continue;
            if (!reserve((void **)&ev->pairs, &ev->cap_pairs, n_pairs + 1, sizeof *ev->pairs)) return SR_ENOMEM;
            ev->pairs[n_pairs++] = (pair){hi - lo, labs(ev->pred[i].start - ev->gold[j].start), j, i};
        }
    if (n_pairs > 1) qsort(ev->pairs, n_pairs, sizeof *ev->pairs, pair_order);
    long matched = 0;
    for (size_t k = 0; k < n_pairs; k++) {
        const pair *p = &ev->pairs[k];
        if (ev->gold_match[p->gold] >= 0 || ev->pred_match[p->pred] >= 0) continue;
        ev->gold_match[p->gold] = p->pred;
        ev->pred_match[p->pred] = p->gold;
        matched++;
    }

    /* errors, misses, names: everything that can fail before any count moves */
    size_t km_before = ev->n_km;
    for (int j = 0; j < ng; j++) {
        const sr_geo_toponym *t = &a->toponyms[j];
        int i = ev->gold_match[j];
        bool ok = true;
        if (i < 0) {
            ok = counter_add(&ev->undetected, t->phrase, strlen(t->phrase));
        } else if (t->has_coords) {
            const sr_place_mention *pm = ev->pred[i].m;
            double km = isfinite(pm->lat) && isfinite(pm->lon) ? sr_geo_km(t->lat, t->lon, pm->lat, pm->lon)
                                                               : SR_GEO_MAX_KM;
            ok = add_km(ev, km) && note_miss(ev, a, t, pm, km);
        }
        if (!ok) {
            ev->n_km = km_before;
            return SR_ENOMEM;
        }
    }
    for (int i = 0; i < np; i++) {
        if (ev->pred_match[i] >= 0) continue;
        size_t s = ev->pred[i].m->start, e = ev->pred[i].m->end;
        if (e > text_len) e = text_len;
        if (s > e) s = e;
        if (!counter_add(&ev->false_pos, text + s, e - s)) return SR_ENOMEM;
    }

    sr_geo_summary *S = &ev->s;
    S->articles++;
    S->articles_repaired += repaired;
    S->gold += ng;
    for (int j = 0; j < ng; j++) {
        const gold_span *g = &ev->gold[j];
        S->gold_coords += a->toponyms[j].has_coords;
        if (!g->aligned) S->gold_unaligned++;
        else if (!g->shift) S->gold_as_given++;
        else S->gold_realigned++, S->realigned_by[g->shift + SR_GEO_MAX_SHIFT]++;
    }
    S->predicted += np;
    S->demonyms += demonyms;
    S->demonyms_on_gold += demonyms_on_gold;
    S->matched += matched;
    S->resolved += (long)(ev->n_km - km_before);
    for (size_t k = km_before; k < ev->n_km; k++) S->within_acc += ev->km[k] <= SR_GEO_ACC_KM;
    return SR_OK;
}

sr_status sr_geo_eval_article(sr_geo_eval *ev, sr_worker *w, const sr_geo_article *a, const char *lang)
{
    if (!ev || !w || !a) return SR_EARG;
    sr_document d = {0};
    d.id = a->docid ? a->docid : "";
    d.text = a->text ? a->text : "";
    d.text_len = a->text_len;
    d.lang = lang;
    d.url = a->url;
    d.title = a->title;
    const sr_place_mention *m = NULL;
    int n = 0;
    const char *text = NULL, *why = NULL;
    sr_status st = sr_worker_places(w, &d, &m, &n, &text, &why);
    if (st == SR_EINPUT) {
        st = sr_geo_eval_score(ev, a, NULL, 0, NULL, 0);
        if (st == SR_OK) ev->s.articles_uncoded++;
        return st;
    }
    if (st != SR_OK) return st;
    return sr_geo_eval_score(ev, a, m, n, text, a->text_len);
}

static int by_value(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

void sr_geo_eval_summary(sr_geo_eval *ev, sr_geo_summary *out)
{
    sr_geo_summary s = ev->s;
    s.undetected = s.gold - s.matched;
    s.false_positives = s.predicted - s.matched;
    s.precision = s.predicted ? (double)s.matched / (double)s.predicted : 0;
    s.recall = s.gold ? (double)s.matched / (double)s.gold : 0;
    s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
    s.accuracy = s.median_km = s.mean_km = s.auc = NAN;
    size_t n = ev->n_km;
    if (n) {
        qsort(ev->km, n, sizeof *ev->km, by_value);
        s.median_km = n % 2 ? ev->km[n / 2] : (ev->km[n / 2 - 1] + ev->km[n / 2]) / 2;
        double sum = 0, logs = 0;
        for (size_t i = 0; i < n; i++) {
            sum += ev->km[i];
            logs += log1p(ev->km[i] < SR_GEO_MAX_KM ? ev->km[i] : SR_GEO_MAX_KM);
        }
        s.mean_km = sum / (double)n;
        s.auc = logs / (double)n / log1p(SR_GEO_MAX_KM);
        s.accuracy = (double)s.within_acc / (double)n;
    }
    s.n_worst = ev->n_worst;
    for (int i = 0; i < ev->n_worst; i++) {
        const miss *m = &ev->worst[i];
        s.worst[i] = (sr_geo_miss){m->docid, m->count, m->text, m->gold_name, m->gold_lat, m->gold_lon,
                                   m->our_name, m->country, m->our_lat, m->our_lon, m->km};
    }
    s.n_undetected_names = counter_top(&ev->undetected, s.undetected_names);
    s.n_false_names = counter_top(&ev->false_pos, s.false_names);
    *out = s;
}
