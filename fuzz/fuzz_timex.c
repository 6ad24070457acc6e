/*
 * fuzz_timex.c — libFuzzer target for src/time: sr_timex_find, sr_timex_resolve,
 * sr_date_infer, sr_date_parse_iso and sr_date_format on arbitrary bytes.
 *
 * The first bytes choose a sub-range and a document date; the rest is the
 * text.  Besides the sanitizers' checks, the target traps when a result breaks
 * the contract: spans outside the range, empty or overlapping spans, a count
 * that disagrees between calls, or a formatted date longer than 10 bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "time/timex.h"

#define MAXTX 64

static void check(int cond)
{
    if (!cond)
        __builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    /* byte 0..2: range cut and document date */
    size_t cut_a = data[0], cut_b = data[1];
    int doc_shift = (int)data[2] * 97 - 12000;
    const char *text = (const char *)data + 3;
    size_t len = size - 3;
    size_t from = len ? cut_a % (len + 1) : 0;
    size_t to = len - (len ? cut_b % (len + 1 - from) : 0);

    /* a copy with no bytes after it, so reads past `to` are caught by ASan */
    char *copy = malloc(len ? len : 1);
    if (copy == NULL)
        return 0;
    memcpy(copy, text, len);

    sr_timex tx[MAXTX];
    int n = sr_timex_find(copy, from, to, tx, MAXTX);
    check(n >= 0);
    check(sr_timex_find(copy, from, to, NULL, 0) == n);
    int y, m, d;
    sr_days_to_date(sr_date_to_days(2021, 3, 18) + doc_shift, &y, &m, &d);
    sr_date doc = {y, m, d, SR_PREC_DAY};
    uint32_t prev_end = (uint32_t)from;
    char buf[11];
    for (int i = 0; i < n && i < MAXTX; i++) {
        check(tx[i].start >= prev_end);
        check(tx[i].start < tx[i].end);
        check(tx[i].end <= to);
        check(tx[i].kind >= SR_TIMEX_ABSOLUTE && tx[i].kind <= SR_TIMEX_PART_OF_DAY);
        prev_end = tx[i].end;
        sr_date r = sr_timex_resolve(&tx[i], doc);
        check(strlen(sr_date_format(r, buf)) <= 10);
        check(strlen(sr_date_format(tx[i].date, buf)) <= 10);
        if (r.precision == SR_PREC_DAY)
            check(sr_date_valid(r.year, r.month, r.day));
    }

    const char *how = NULL;
    sr_date posts[2] = {doc, {2021, 2, 30, SR_PREC_DAY}};
    sr_date inf = sr_date_infer(copy, len, posts, (int)(data[0] % 3), &how);
    check(how != NULL);
    check(strlen(sr_date_format(inf, buf)) <= 10);
    inf = sr_date_infer(copy, len, NULL, 0, NULL);
    check(strlen(sr_date_format(inf, buf)) <= 10);
    free(copy);

    /* ISO parsing of a NUL-terminated prefix, and the format round trip */
    char iso[32];
    size_t k = len < sizeof iso - 1 ? len : sizeof iso - 1;
    memcpy(iso, text, k);
    iso[k] = '\0';
    sr_date p;
    if (sr_date_parse_iso(iso, &p)) {
        sr_date q;
        check(sr_date_parse_iso(sr_date_format(p, buf), &q));
        check(q.year == p.year && q.month == p.month && q.day == p.day && q.precision == p.precision);
    }
    return 0;
}
