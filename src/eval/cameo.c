/*
 * cameo.c — event-coding evaluation against PLOVER-GSR and PETRARCH2 unit
 * tests: labels compared, actors' countries compared, counts and the
 * per-label table kept for the summary (the rules are in cameo.h).
 *
 * Place in the pipeline: outside it, looking in (sitrep eval plover,
 * sitrep eval petrarch).  Per record the work is a handful of string
 * comparisons.  Labels are interned in two small tables (gold, ours) of at
 * most SR_CAMEO_MAX_LABELS entries each; a gold x ours matrix of the
 * disagreements gives each row's "instead" list when the summary is made.
 */
#include "cameo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../code/engine_int.h"

enum { MAXL = SR_CAMEO_MAX_LABELS };

typedef struct labels {
    char *s[MAXL];
    int n;
} labels;

struct sr_cameo_eval {
    sr_cameo_scheme scheme;
    labels gold, ours;
    long n[MAXL], agree[MAXL], no_event[MAXL];   /* per gold label */
    long miss[MAXL][MAXL];                       /* gold x ours, on records that disagree */
    sr_cameo_summary sum;                        /* the counters; ratios and rows filled by _summary */
    sr_cameo_row rows[MAXL];
};

/* ---- labels -------------------------------------------------------------------------- */

/* The index of s in t, adding it (or pooling it as "(other)" once the table
 * is full); -1 when memory runs out. */
static int intern(labels *t, const char *s)
{
    for (int i = 0; i < t->n; i++)
        if (!strcmp(t->s[i], s)) return i;
    if (t->n == MAXL) return MAXL - 1;   /* the last one is "(other)" */
    const char *add = t->n == MAXL - 1 ? "(other)" : s;
    char *copy = strdup(add);
    if (!copy) return -1;
    t->s[t->n++] = copy;
    return t->n - 1;
}

static bool no_code(const char *s) { return !s || !*s || !strcmp(s, "-"); }

bool sr_cameo_root(const char *code, char out[3])
{
    out[0] = '\0';
    if (!code || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') return false;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (root < 1 || root > 20) return false;
    out[0] = code[0];
    out[1] = code[1];
    out[2] = '\0';
    return true;
}

/* ---- scoring --------------------------------------------------------------------------- */

sr_cameo_eval *sr_cameo_eval_new(sr_cameo_scheme scheme)
{
    sr_cameo_eval *ev = calloc(1, sizeof *ev);
    if (ev) ev->scheme = scheme;
    return ev;
}

void sr_cameo_eval_free(sr_cameo_eval *ev)
{
    if (!ev) return;
    for (int i = 0; i < ev->gold.n; i++) free(ev->gold.s[i]);
    for (int i = 0; i < ev->ours.n; i++) free(ev->ours.s[i]);
    free(ev);
}

/* Our label for the guess into buf (or a constant); *none when it is not a code. */
static const char *our_label(const sr_cameo_eval *ev, const sr_cameo_guess *g, bool refused, char root[3], bool *none)
{
    *none = true;
    if (refused || !g->found) return SR_CAMEO_NO_EVENT;
    if (ev->scheme == SR_CAMEO_PLOVER) {
        if (no_code(g->plover)) return SR_CAMEO_NO_CODE;
        *none = false;
        return g->plover;
    }
    if (no_code(g->cameo) || !sr_cameo_root(g->cameo, root)) return SR_CAMEO_NO_CODE;
    *none = false;
    return root;
}

/* The gold label of one coding (into root for PETRARCH); NULL when it has none. */
static const char *gold_label(const sr_cameo_eval *ev, const sr_cameo_coding *c, char root[3])
{
    if (!c->event || !*c->event) return NULL;
    if (ev->scheme == SR_CAMEO_PLOVER) return c->event;
    return sr_cameo_root(c->event, root) ? root : NULL;
}

/* Whether one of the record's codings has an actor of this side with a
 * country, and whether ours is among them. */
static void actor_side(const sr_cameo_record *rec, bool sources, const char *ours, bool *has, bool *agree)
{
    *has = *agree = false;
    for (int i = 0; i < rec->n_codings; i++) {
        const sr_cameo_coding *c = &rec->codings[i];
        const sr_cameo_actor *a = sources ? c->sources : c->targets;
        int n = sources ? c->n_sources : c->n_targets;
        for (int k = 0; k < n; k++) {
            if (!a[k].country[0]) continue;
            *has = true;
            if (ours && *ours && !strcmp(ours, a[k].country)) *agree = true;
        }
    }
}

sr_status sr_cameo_eval_score(sr_cameo_eval *ev, const sr_cameo_record *rec, const sr_cameo_guess *guess,
                              bool refused, sr_cameo_outcome *out)
{
    if (out) memset(out, 0, sizeof *out);
    if (!ev || !rec || !guess || (rec->n_codings > 0 && !rec->codings)) return SR_EARG;
    char root[3];
    bool none;
    const char *ours = our_label(ev, guess, refused, root, &none);

    /* the record's distinct gold labels, interned before anything is counted */
    int gi[MAXL], ng = 0;
    bool agree = false, agree_full = false;
    for (int i = 0; i < rec->n_codings; i++) {
        char groot[3];
        const char *g = gold_label(ev, &rec->codings[i], groot);
        if (!g) continue;
        if (!none && !strcmp(g, ours)) agree = true;
        if (ev->scheme == SR_CAMEO_PETRARCH && !none && !strcmp(rec->codings[i].event, guess->cameo))
            agree_full = true;
        int k = intern(&ev->gold, g);
        if (k < 0) return SR_ENOMEM;
        bool seen = false;
        for (int j = 0; j < ng; j++) seen |= gi[j] == k;
        if (!seen) gi[ng++] = k;
    }
    int oi = -1;
    if (ng && !agree && (oi = intern(&ev->ours, ours)) < 0) return SR_ENOMEM;

    if (out) {
        out->guess = *guess;
        snprintf(out->ours, sizeof out->ours, "%s", ours);
        out->scored = ng > 0 && !rec->error;
        out->agree = out->scored && agree;
    }
    sr_cameo_summary *s = &ev->sum;
    s->records++;
    s->refused += refused;
    bool no_event = refused || !guess->found;
    s->no_event_all += no_event;
    if (rec->error) {
        s->gold_error++;
        s->gold_error_agree += no_event;
        return SR_OK;
    }
    if (rec->no_events && !rec->n_codings) {
        s->gold_none++;
        s->gold_none_agree += no_event;
        return SR_OK;
    }

    bool has, ok;
    actor_side(rec, true, guess->source, &has, &ok);
    if (has) {
        s->source_gold++;
        s->source_agree += ok;
        s->source_unknown += no_code(guess->source);
    }
    actor_side(rec, false, guess->target, &has, &ok);
    if (has) {
        s->target_gold++;
        s->target_agree += ok;
        s->target_unknown += no_code(guess->target);
    }

    if (!ng) {
        s->gold_test_codes += rec->n_codings > 0;
        return SR_OK;
    }
    s->scored++;
    s->agree += agree;
    s->agree_full += agree_full;
    if (!agree) {
        if (no_event) s->no_event++;
        else if (none) s->no_code++;
        else s->wrong++;
    }
    for (int j = 0; j < ng; j++) {
        int k = gi[j];
        ev->n[k]++;
        if (agree) {
            ev->agree[k]++;
            continue;
        }
        ev->no_event[k] += none;
        ev->miss[k][oi]++;
    }
    return SR_OK;
}

sr_status sr_cameo_eval_record(sr_cameo_eval *ev, sr_worker *w, const sr_cameo_record *rec, sr_cameo_outcome *out)
{
    if (out) memset(out, 0, sizeof *out);
    if (!ev || !w || !rec || !rec->text) return SR_EARG;
    sr_document d = {0};
    d.id = rec->id ? rec->id : "";
    d.text = rec->text;
    d.text_len = rec->text_len;
    d.date = rec->date;
    d.lang = rec->lang && (!strcmp(rec->lang, "en") || !strcmp(rec->lang, "tr")) ? rec->lang : "en";
    sr_primary p;
    const char *why = NULL;
    sr_status st = sr_worker_primary(w, &d, &p, &why);
    if (st != SR_OK && st != SR_EINPUT) return st;
    sr_cameo_guess g = {0};
    g.found = st == SR_OK && p.found && p.type;
    if (g.found) {
        g.plover = p.type->plover;
        g.cameo = p.type->cameo;
        g.source = p.actor1_country;
        g.target = p.actor2_country;
    }
    return sr_cameo_eval_score(ev, rec, &g, st == SR_EINPUT, out);
}

/* ---- summary ----------------------------------------------------------------------------- */

static double ratio(long a, long b) { return b > 0 ? (double)a / (double)b : 0.0; }

static int row_order(const void *pa, const void *pb)
{
    const sr_cameo_row *a = pa, *b = pb;
    if (a->missed != b->missed) return a->missed > b->missed ? -1 : 1;
    if (a->n != b->n) return a->n > b->n ? -1 : 1;
    return strcmp(a->gold, b->gold);
}

void sr_cameo_eval_summary(sr_cameo_eval *ev, sr_cameo_summary *out)
{
    memset(out, 0, sizeof *out);
    if (!ev) return;
    sr_cameo_summary *s = &ev->sum;
    s->scheme = ev->scheme;
    s->agreement = ratio(s->agree, s->scored);
    s->agreement_full = ratio(s->agree_full, s->scored);
    s->agreement_on_events = ratio(s->agree, s->scored - s->no_event - s->no_code);
    s->source_agreement = ratio(s->source_agree, s->source_gold);
    s->target_agreement = ratio(s->target_agree, s->target_gold);
    int nr = 0;
    for (int k = 0; k < ev->gold.n; k++) {
        if (!ev->n[k]) continue;
        sr_cameo_row *r = &ev->rows[nr++];
        memset(r, 0, sizeof *r);
        r->gold = ev->gold.s[k];
        r->n = ev->n[k];
        r->agree = ev->agree[k];
        r->no_event = ev->no_event[k];
        r->missed = r->n - r->agree;
        r->agreement = ratio(r->agree, r->n);
        /* the most frequent of our labels on the misses; ties in the order first met */
        for (int o = 0; o < ev->ours.n; o++) {
            long c = ev->miss[k][o];
            if (!c) continue;
            int at = r->n_instead;
            while (at > 0 && r->instead[at - 1].count < c) at--;
            if (at >= SR_CAMEO_INSTEAD) continue;
            int last = r->n_instead < SR_CAMEO_INSTEAD ? r->n_instead : SR_CAMEO_INSTEAD - 1;
            memmove(&r->instead[at + 1], &r->instead[at], (size_t)(last - at) * sizeof r->instead[0]);
            r->instead[at] = (sr_cameo_label_count){ev->ours.s[o], c};
            if (r->n_instead < SR_CAMEO_INSTEAD) r->n_instead++;
        }
    }
    if (nr > 1) qsort(ev->rows, (size_t)nr, sizeof ev->rows[0], row_order);
    *out = *s;
    out->n_rows = nr;
    out->rows = ev->rows;
}
