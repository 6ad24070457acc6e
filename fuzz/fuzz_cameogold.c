/*
 * fuzz_cameogold.c — libFuzzer target for the event-coding gold readers
 * (src/io/cameogold.c) and, on what they read, the scorer (src/eval/cameo.c).
 *
 * The input bytes are read from memory twice: as PLOVER JSON and as
 * PETRARCH XML (sr_cameogold_open_memory).  Checked: every record honours
 * the contract in cameogold.h (id and text set, text non-empty and
 * NUL-terminated at text_len, dates "YYYY-MM-DD", codings with a non-empty
 * event, actors with a code and a country that is "" or three capitals
 * equal to the code's start, no_events and error without codings), every
 * SKIPPED/EBAD/EIO has a message, the reader ends and stays ended.  Each
 * record is then scored under both schemes against a guess made from the
 * input's first bytes (found or not, refused or not, codes and countries
 * taken from the gold or made up), and the summary's sums are checked.
 *
 * Seeds: fuzz/corpus/cameogold/.  Run e.g.
 *   build-fuzz/fuzz_cameogold -max_total_time=60 /tmp/new-corpus fuzz/corpus/cameogold
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "eval/cameo.h"
#include "io/cameogold.h"

static volatile size_t sink;

static void check_actor(const sr_cameo_actor *a)
{
    if (!a->code) abort();
    size_t n = strlen(a->country);
    if (n != 0 && n != 3) abort();
    if (n == 3 && memcmp(a->country, a->code, 3)) abort();
    sink += strlen(a->code) + (a->text ? strlen(a->text) : 0);
}

static void check_record(const sr_cameo_record *r)
{
    if (!r->id || !*r->id || !r->text || !r->text_len || r->text[r->text_len] != '\0' || r->ordinal < 1) abort();
    if (r->date) {
        if (strlen(r->date) != 10 || r->date[4] != '-' || r->date[7] != '-') abort();
    }
    if (r->n_codings < 0 || (r->n_codings > 0 && !r->codings)) abort();
    if ((r->no_events || r->error) && r->n_codings) abort();
    if (r->no_events && r->error) abort();
    if (!r->no_events && !r->error && !r->n_codings) abort();
    for (int i = 0; i < r->n_codings; i++) {
        const sr_cameo_coding *c = &r->codings[i];
        if (!c->event || !*c->event || c->n_sources < 0 || c->n_targets < 0) abort();
        if ((c->n_sources && !c->sources) || (c->n_targets && !c->targets)) abort();
        for (int k = 0; k < c->n_sources; k++) check_actor(&c->sources[k]);
        for (int k = 0; k < c->n_targets; k++) check_actor(&c->targets[k]);
        sink += strlen(c->event);
    }
    sink += strlen(r->id) + (r->category ? strlen(r->category) : 0) + (r->lang ? strlen(r->lang) : 0);
}

static void score(sr_cameo_eval *ev, const sr_cameo_record *r, const uint8_t *data, size_t size)
{
    static const char *const MADE_UP[] = {"AGREE", "190", "0874", "-", "", "FIGHT", "20", "RUS", "903"};
    uint8_t x = size ? data[0] : 0, y = size > 1 ? data[1] : 0;
    const sr_cameo_coding *c = r->n_codings ? &r->codings[y % r->n_codings] : NULL;
    sr_cameo_guess g = {0};
    g.found = x & 1;
    g.plover = (x & 2) && c ? c->event : MADE_UP[y % 9];
    g.cameo = (x & 4) && c ? c->event : MADE_UP[(y / 9) % 9];
    g.source = (x & 8) && c && c->n_sources ? c->sources[0].country : MADE_UP[(x / 16) % 9];
    g.target = (x & 16) && c && c->n_targets ? c->targets[0].country : NULL;
    sr_cameo_outcome o;
    if (sr_cameo_eval_score(ev, r, &g, (x & 32) != 0, &o) != SR_OK) abort();
    if (o.agree && !o.scored) abort();
    if (o.ours[sizeof o.ours - 1] != '\0') abort();
}

static void check_summary(sr_cameo_eval *ev)
{
    sr_cameo_summary s;
    sr_cameo_eval_summary(ev, &s);
    if (s.agree + s.no_event + s.no_code + s.wrong != s.scored) abort();
    if (s.agree_full > s.agree && s.scheme == SR_CAMEO_PETRARCH) abort();   /* a full code has its root */
    if (s.scored + s.gold_none + s.gold_error + s.gold_test_codes != s.records) abort();
    if (s.source_agree > s.source_gold || s.target_agree > s.target_gold) abort();
    if (s.refused > s.no_event_all || s.no_event_all > s.records) abort();
    if (s.n_rows < 0 || s.n_rows > SR_CAMEO_MAX_LABELS) abort();
    for (int i = 0; i < s.n_rows; i++) {
        const sr_cameo_row *r = &s.rows[i];
        if (!r->gold || r->n < 1 || r->agree + r->missed != r->n || r->no_event > r->missed) abort();
        if (r->n_instead < 0 || r->n_instead > SR_CAMEO_INSTEAD) abort();
        long sum = 0;
        for (int k = 0; k < r->n_instead; k++) {
            if (!r->instead[k].label || r->instead[k].count < 1) abort();
            if (k && r->instead[k].count > r->instead[k - 1].count) abort();
            sum += r->instead[k].count;
        }
        if (sum > r->missed) abort();
    }
}

static void run(const uint8_t *data, size_t size, sr_cameogold_format format)
{
    sr_cameogold *r = sr_cameogold_open_memory((const char *)data, size, format, "fuzz");
    if (!r) return;
    sr_cameo_eval *ev[2] = {sr_cameo_eval_new(SR_CAMEO_PLOVER), sr_cameo_eval_new(SR_CAMEO_PETRARCH)};
    if (!ev[0] || !ev[1]) abort();
    sr_cameo_record rec;
    sr_cameogold_status st;
    long guard = 0;
    for (;;) {
        if (++guard > (long)size + 2) abort();   /* more records than bytes: the reader does not end */
        st = sr_cameogold_next(r, &rec);
        if (st == SR_CAMEOGOLD_RECORD) {
            check_record(&rec);
            score(ev[0], &rec, data, size);
            score(ev[1], &rec, data, size);
            continue;
        }
        if (rec.text || rec.codings || rec.id) abort();   /* *out is zeroed */
        if (st == SR_CAMEOGOLD_SKIPPED) {
            if (!*sr_cameogold_message(r)) abort();
            continue;
        }
        break;
    }
    if (st != SR_CAMEOGOLD_END && !*sr_cameogold_message(r)) abort();
    if (sr_cameogold_next(r, &rec) != st) abort();   /* stays ended */
    check_summary(ev[0]);
    check_summary(ev[1]);
    sr_cameo_eval_free(ev[0]);
    sr_cameo_eval_free(ev[1]);
    sr_cameogold_close(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    run(data, size, SR_CAMEOGOLD_PLOVER);
    run(data, size, SR_CAMEOGOLD_PETRARCH);
    return 0;
}
