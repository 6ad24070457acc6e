/*
 * docdate.c — inferring a document's date when the caller gave none.
 *
 * Place in the pipeline: doc -> [text: document date] -> … -> resolve.  When
 * an input document comes without a date, the relative expressions in it
 * ("on Thursday", "dün") have nothing to resolve against.  This file looks at
 * everything dated in the text — a dateline ("ANKARA, March 18 (Reuters) -",
 * "18.03.2021" on its own line), the signatures of embedded posts ("— Name
 * (@handle) March 18, 2021"), the dates of posts the text layer already
 * parsed, other full dates in the prose — and picks the one the document was
 * most likely written on, checking it against any weekday the text mentions.
 * Background dates ("In October 2019", "since 2011", "in 2015") never beat a
 * full date.  Uses sr_timex_find; no allocation (fixed stack tables).
 */
#include <stddef.h>
#include <string.h>

#include "timex.h"

#define CHUNK 32      /* expressions fetched per sr_timex_find call */
#define MAX_VOTES 64  /* distinct full dates counted; further new ones are ignored */
#define DATELINE_ZONE 200   /* a dateline starts within this many bytes of the text */
#define DATELINE_PLACE 80   /* … after at most this much of its line ("ANKARA, ") */

typedef struct vote {
    sr_date d;
    long days;
    int n;
    bool posts, text;
} vote;

enum how_bits { H_DATELINE = 1, H_POSTS = 2, H_TEXT = 4, H_WEEKDAY = 8 };

/* Every *how answer, indexed by how_bits (static storage). */
static const char *const HOW[16] = {
    "none", "dateline", "posts", "dateline+posts", "text", "dateline+text", "posts+text",
    "dateline+posts+text", "weekday", "dateline+weekday", "posts+weekday", "dateline+posts+weekday",
    "text+weekday", "dateline+text+weekday", "posts+text+weekday", "dateline+posts+text+weekday",
};

static void add_vote(vote *v, int *nv, sr_date d, bool from_posts)
{
    long days = sr_date_to_days(d.year, d.month, d.day);
    for (int i = 0; i < *nv; i++) {
        if (v[i].days == days) {
            v[i].n++;
            v[i].posts |= from_posts;
            v[i].text |= !from_posts;
            return;
        }
    }
    if (*nv >= MAX_VOTES)
        return;
    vote *x = &v[(*nv)++];
    x->d = d;
    x->d.precision = SR_PREC_DAY;
    x->days = days;
    x->n = 1;
    x->posts = from_posts;
    x->text = !from_posts;
}

static bool hspace(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* Is the byte sequence at p a dash: '-', '–' (E2 80 93) or '—' (E2 80 94)? */
static bool dash_at(const char *t, size_t len, size_t p)
{
    if (p < len && t[p] == '-')
        return true;
    return p + 2 < len && (unsigned char)t[p] == 0xE2 && (unsigned char)t[p + 1] == 0x80 &&
           ((unsigned char)t[p + 2] == 0x93 || (unsigned char)t[p + 2] == 0x94);
}

/* A dateline: a day date near the top of the text, alone on its line or after
 * a short "PLACE," / "Published:" prefix, and followed by the end of the line,
 * "(" (the agency) or a dash.  "On 9 May 2020, rebels …" is not one. */
static bool is_dateline(const char *t, size_t len, const sr_timex *tx)
{
    if (tx->start >= DATELINE_ZONE)
        return false;
    size_t p = tx->end;
    while (p < len && hspace(t[p]))
        p++;
    if (!(p >= len || t[p] == '\n' || t[p] == '(' || dash_at(t, len, p)))
        return false;
    size_t q = tx->start;
    while (q > 0 && hspace(t[q - 1]))
        q--;
    if (q == 0 || t[q - 1] == '\n')
        return true;
    char c = t[q - 1];
    if (c != ',' && c != ':' && c != '|')
        return false;
    size_t line = q;
    while (line > 0 && t[line - 1] != '\n')
        line--;
    return q - line <= DATELINE_PLACE;
}

/* The signature of an embedded post: the date follows "(@handle)", or ends a
 * line that starts with a dash ("— Name (@handle) March 18, 2021"). */
static bool is_signature(const char *t, size_t len, const sr_timex *tx)
{
    size_t q = tx->start;
    while (q > 0 && hspace(t[q - 1]))
        q--;
    if (q > 0 && t[q - 1] == ')') {
        for (size_t k = q - 1, n = 0; k > 0 && n < 64; k--, n++) {
            if (t[k - 1] == '(')
                break;
            if (t[k - 1] == '@')
                return true;
        }
    }
    size_t e = tx->end;
    while (e < len && hspace(t[e]))
        e++;
    if (e < len && t[e] != '\n')
        return false;
    size_t line = tx->start;
    while (line > 0 && t[line - 1] != '\n')
        line--;
    while (line < tx->start && hspace(t[line]))
        line++;
    return line < tx->start && dash_at(t, len, line);
}

/* Is a later than b, month-or-year dates compared as (year, month)? */
static bool coarse_later(sr_date a, sr_date b)
{
    if (b.precision == SR_PREC_NONE)
        return true;
    if (a.year != b.year)
        return a.year > b.year;
    if (a.month != b.month)
        return a.month > b.month;
    return a.precision < b.precision;
}

/* Contract: see timex.h.  The order of evidence:
 * 1. a dateline (see is_dateline) with a year wins outright: it is the
 *    publication date.  A dateline without a year ("ANKARA, March 18
 *    (Reuters) -") takes its year from the best full date of step 2 (the
 *    nearest year by sr_timex_resolve's rule), or stays year 0 ("--03-18")
 *    when the text has none;
 * 2. otherwise the most frequent full date among post_dates and the full
 *    dates in the text (ties: the latest).  When post_dates are given, dates
 *    in post-signature position in the text are taken to be the same posts
 *    and not counted twice; when none are given, those signatures count as
 *    posts.  Dates inside spans ("since March 15, 2011") do not count;
 * 3. otherwise the first day date without a year ("On 13 August, …"), year 0
 *    ("text-noyear"): a background year elsewhere ("after the 2007
 *    elections") is no better a guess;
 * 4. otherwise the latest month or year named in the text outside spans, at
 *    that precision ("text-month" / "text-year").
 * A weekday named in the text ("on Thursday", "Perşembe günü") that falls on
 * the chosen day adds "+weekday" to *how.  *how is one of the static strings
 * "dateline", "posts", "text", "posts+text" with optional "dateline+" before
 * and "+weekday" after, "text-noyear", "text-month", "text-year" or "none".  text may be NULL
 * when len is 0; post dates that are not valid full dates are ignored. */
/* What the expressions of one text vote for, gathered one expression at a time. */
typedef struct infer_state {
    int nv;
    unsigned wdays;
    bool have_dl;
    sr_timex dl;
    sr_date coarse, noyear;
    int n_post_dates;
    vote v[MAX_VOTES];       /* last: infer_begin clears what comes before it */
} infer_state;

/* Clears every field of st but the votes, of which nothing reads those past
 * nv: clearing all MAX_VOTES of them cost more, per document, than the rest
 * of the inference. */
static void infer_begin(infer_state *st, const sr_date *post_dates, int n_post_dates)
{
    memset(st, 0, offsetof(infer_state, v));
    st->coarse.precision = st->noyear.precision = SR_PREC_NONE;
    st->n_post_dates = n_post_dates;
    for (int i = 0; post_dates != NULL && i < n_post_dates; i++) {
        sr_date d = post_dates[i];
        if (d.precision == SR_PREC_DAY && d.year > 0 && sr_date_valid(d.year, d.month, d.day))
            add_vote(st->v, &st->nv, d, true);
    }
}

static void infer_add(infer_state *st, const char *text, size_t len, const sr_timex *tx)
{
    if (tx->kind == SR_TIMEX_DURATION)
        return;
    if (tx->kind != SR_TIMEX_ABSOLUTE) {
        if (tx->weekday >= 0 && tx->weekday <= 6)
            st->wdays |= 1u << tx->weekday;
        return;
    }
    sr_date d = tx->date;
    if (d.precision == SR_PREC_DAY) {
        if (!st->have_dl && is_dateline(text, len, tx)) {
            st->dl = *tx;
            st->have_dl = true;
        }
        if (d.year == 0 && st->noyear.precision == SR_PREC_NONE)
            st->noyear = d;
        if (d.year > 0) {
            if (!is_signature(text, len, tx))
                add_vote(st->v, &st->nv, d, false);
            else if (st->n_post_dates <= 0)
                add_vote(st->v, &st->nv, d, true);
        }
    } else if (d.precision == SR_PREC_MONTH && d.year > 0 && coarse_later(d, st->coarse)) {
        /* a month can date a report ("March 2021"); a bare year is far more
         * often background ("In 2015, …") and dates nothing */
        st->coarse = d;
    }
}

static sr_date infer_finish(const infer_state *st, const char **how)
{
    sr_date result = {0, 0, 0, SR_PREC_NONE};
    unsigned bits = 0;
    const vote *best = NULL;
    for (int i = 0; i < st->nv; i++)
        if (best == NULL || st->v[i].n > best->n || (st->v[i].n == best->n && st->v[i].days > best->days))
            best = &st->v[i];

    if (st->have_dl && st->dl.date.year > 0) {
        result = st->dl.date;
        bits = H_DATELINE;
    } else if (st->have_dl) {
        if (best != NULL) {
            result = sr_timex_resolve(&st->dl, best->d);
            bits = H_DATELINE | (best->posts ? H_POSTS : H_TEXT);
        } else {
            result = st->dl.date;
            bits = H_DATELINE;
        }
    } else if (best != NULL) {
        result = best->d;
        bits = (best->posts ? H_POSTS : 0) | (best->text ? H_TEXT : 0);
    } else if (st->noyear.precision != SR_PREC_NONE) {
        if (how != NULL)
            *how = "text-noyear";
        return st->noyear;
    } else if (st->coarse.precision != SR_PREC_NONE) {
        if (how != NULL)
            *how = "text-month";
        return st->coarse;
    }
    if (result.precision == SR_PREC_DAY && result.year > 0 &&
        (st->wdays & (1u << sr_weekday(result.year, result.month, result.day))))
        bits |= H_WEEKDAY;
    if (how != NULL)
        *how = HOW[bits];
    return result;
}

sr_date sr_date_infer(const char *text, size_t len, const sr_date *post_dates, int n_post_dates,
                      const char **how)
{
    infer_state st;
    infer_begin(&st, post_dates, n_post_dates);
    sr_timex buf[CHUNK];
    /* line by line (no expression crosses a line), so each call scans one line */
    for (size_t line = 0; text != NULL && line < len;) {
        const char *nl = memchr(text + line, '\n', len - line);
        size_t eol = nl ? (size_t)(nl - text) : len;
        size_t from = line;
        while (from < eol) {
            int n = sr_timex_find(text, from, eol, buf, CHUNK);
            int k = n < CHUNK ? n : CHUNK;
            for (int i = 0; i < k; i++)
                infer_add(&st, text, len, &buf[i]);
            if (n <= CHUNK || k == 0)
                break;
            from = buf[CHUNK - 1].end;
        }
        line = eol + 1;
    }
    return infer_finish(&st, how);
}

sr_date sr_date_infer_from(const char *text, size_t len, const sr_timex *tx, int n_tx, const sr_date *post_dates,
                           int n_post_dates, const char **how)
{
    infer_state st;
    infer_begin(&st, post_dates, n_post_dates);
    for (int i = 0; i < n_tx; i++)
        infer_add(&st, text, len, &tx[i]);
    return infer_finish(&st, how);
}
