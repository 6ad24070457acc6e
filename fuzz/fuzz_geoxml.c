/*
 * fuzz_geoxml.c — libFuzzer target for the geoparsing corpus reader
 * (src/io/geoxml.c) and, on what it reads, the scorer (src/eval/geo.c).
 *
 * The input bytes are read as XML from memory (sr_geoxml_open_memory).
 * Checked: every article honours the contract in geoxml.h (strings set, text
 * NUL-terminated with text_chars <= text_len, spans with 0 <= start < end,
 * coordinates in range), every SKIPPED/EXML/EIO has a message, the reader
 * ends and stays ended.  Each article is then scored against predictions cut
 * from its text at byte offsets derived from the input (some inside UTF-8
 * sequences), which exercises alignment, clipping and matching.
 *
 * Seeds: fuzz/corpus/geoxml/.  Run e.g.
 *   build-fuzz/fuzz_geoxml -max_total_time=60 /tmp/new-corpus fuzz/corpus/geoxml
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "eval/geo.h"
#include "io/geoxml.h"

static volatile size_t sink;

static void check_article(const sr_geo_article *a)
{
    if (!a->docid || !a->text || a->ordinal < 1 || a->line < 0) abort();
    if (a->text[a->text_len] != '\0' || a->text_chars > a->text_len) abort();
    if (a->n_toponyms < 0 || (a->n_toponyms > 0 && !a->toponyms)) abort();
    for (int i = 0; i < a->n_toponyms; i++) {
        const sr_geo_toponym *t = &a->toponyms[i];
        if (t->start < 0 || t->end <= t->start || !t->phrase || !t->name) abort();
        if (t->has_coords && !(t->lat >= -90 && t->lat <= 90 && t->lon >= -180 && t->lon <= 180)) abort();
        sink += strlen(t->phrase) + strlen(t->name) + (t->page ? strlen(t->page) : 0);
    }
    sink += strlen(a->docid) + (a->title ? strlen(a->title) : 0) + (a->url ? strlen(a->url) : 0);
}

static void score(sr_geo_eval *ev, const sr_geo_article *a, const uint8_t *data, size_t size)
{
    sr_place_mention m[4];
    memset(m, 0, sizeof m);
    size_t len = a->text_len;
    for (int i = 0; i < 4; i++) {
        uint32_t x = size > (size_t)i ? data[i] : 0, y = size > (size_t)i + 4 ? data[i + 4] : 0;
        uint32_t s = len ? (uint32_t)((x * len) / 255) : 0, e = len ? (uint32_t)((y * len) / 255) : 0;
        m[i].start = s < e ? s : e;
        m[i].end = s < e ? e : s;
        m[i].name = "x";
        m[i].lat = (double)(x % 180) - 90;
        m[i].lon = (double)y - 128;
        m[i].demonym = (x & 3) == 0;
    }
    if (sr_geo_eval_score(ev, a, m, len ? 4 : 0, a->text, len) != SR_OK) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sr_geoxml *r = sr_geoxml_open_memory((const char *)data, size, "fuzz.xml");
    if (!r) return 0;
    sr_geo_eval *ev = sr_geo_eval_new();
    if (!ev) abort();
    sr_geo_article a;
    sr_geoxml_status st;
    long guard = 0;
    for (;;) {
        if (++guard > (long)size + 2) abort();   /* more articles than bytes: the reader does not end */
        st = sr_geoxml_next(r, &a);
        if (st == SR_GEOXML_ARTICLE) {
            check_article(&a);
            score(ev, &a, data, size);
            continue;
        }
        if (a.text || a.toponyms) abort();      /* *out is zeroed */
        if (st == SR_GEOXML_SKIPPED) {
            if (!*sr_geoxml_message(r)) abort();
            continue;
        }
        break;
    }
    if (st != SR_GEOXML_END && !*sr_geoxml_message(r)) abort();
    if (sr_geoxml_next(r, &a) != st) abort();      /* stays ended */
    sr_geo_summary s;
    sr_geo_eval_summary(ev, &s);
    if (s.matched > s.gold || s.matched > s.predicted || s.resolved > s.matched || s.within_acc > s.resolved) abort();
    if (s.gold_as_given + s.gold_realigned + s.gold_unaligned != s.gold) abort();
    if (s.resolved && !(s.median_km >= 0 && s.median_km <= 20100 && s.auc >= 0 && s.auc <= 1)) abort();
    if (s.n_worst > SR_GEO_TOP || s.n_undetected_names > SR_GEO_TOP || s.n_false_names > SR_GEO_TOP) abort();
    sink += (size_t)s.articles;
    sr_geo_eval_free(ev);
    sr_geoxml_close(r);
    return 0;
}
