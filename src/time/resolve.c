/*
 * resolve.c — turning one time expression into a calendar date.
 *
 * Place in the pipeline: extract -> [resolve: dates] -> fuse.  The extractor
 * finds expressions with sr_timex_find (timex.c) and asks this file what date
 * each one names, given the document date: "on Thursday" in a report of
 * Thursday 2021-03-18 is 2021-03-18, "last week" is the week of 2021-03-08,
 * "for 10 years" starts in 2011, "18 March" is 2021-03-18.  Pure calendar
 * arithmetic over calendar.c; no allocation.
 */
#include "timex.h"

/* A year-less day or month is put in the latest year that keeps it no more
 * than this many days after the document date: "on 18 March" in a report of
 * 2021-03-20 is 2021-03-18; "in May" in a report of 2021-03-18 is May 2021
 * (an announced or just-past month), "in June" is June 2020, and "on 3
 * January" in a report of 2020-12-20 is 2021-01-03. */
#define AHEAD_DAYS 62

static sr_date none(void)
{
    sr_date d = {0, 0, 0, SR_PREC_NONE};
    return d;
}

static sr_date day_date(long days, sr_date_precision p)
{
    sr_date d;
    sr_days_to_date(days, &d.year, &d.month, &d.day);
    d.precision = p;
    return d;
}

static long div_round(long a, long b)
{
    return a >= 0 ? (a + b / 2) / b : -((-a + b / 2) / b);
}

/* Monday of the week holding the given day. */
static long monday_of(long days)
{
    long w = (days + 3) % 7;
    if (w < 0)
        w += 7;
    return days - w;
}

/* Contract: see timex.h.  In detail, by what the expression carries:
 * - a written year: that date at its precision (finer fields zeroed);
 * - a month (and day) without a year: the latest year that puts its first day
 *   at most AHEAD_DAYS after doc_date (29 February skips to a leap year);
 * - a weekday: the most recent such day on or before doc_date (the same day
 *   counts);
 * - a day offset: doc_date shifted by it; precision week gives the Monday of
 *   that week, precision month/year shift whole months/years by offset/30 or
 *   offset/365 (rounded), with the finer fields zeroed;
 * - a duration gives its start by the same rules ("since 2011" -> 2011, "for
 *   10 years" -> doc year - 10).
 * Returns precision SR_PREC_NONE when the expression names no date ("for
 * years", "in the morning", "next Thursday") or when a date relative to the
 * document is asked for and doc_date is not a valid full day in the years
 * 1–9999.  tx may be NULL
 * (precision none). */
sr_date sr_timex_resolve(const sr_timex *tx, sr_date doc_date)
{
    if (tx == NULL)
        return none();
    sr_date d = tx->date;
    if (d.year > 0 && d.precision != SR_PREC_NONE) {
        if (d.precision == SR_PREC_YEAR)
            d.month = d.day = 0;
        else if (d.precision == SR_PREC_MONTH)
            d.day = 0;
        return d;
    }
    bool doc_ok = doc_date.precision == SR_PREC_DAY && doc_date.year > 0 && doc_date.year <= 9999 &&
                  sr_date_valid(doc_date.year, doc_date.month, doc_date.day);
    if (!doc_ok)
        return none();
    long doc = sr_date_to_days(doc_date.year, doc_date.month, doc_date.day);
    if (d.year == 0 && d.month >= 1 && d.month <= 12 &&
        (d.precision == SR_PREC_DAY || d.precision == SR_PREC_MONTH)) {
        int day = d.precision == SR_PREC_DAY ? d.day : 1;
        for (int y = doc_date.year + 1; y >= doc_date.year - 8; y--) {
            if (!sr_date_valid(y, d.month, day))
                continue;
            if (sr_date_to_days(y, d.month, day) <= doc + AHEAD_DAYS) {
                sr_date out = {y, d.month, d.precision == SR_PREC_DAY ? day : 0, d.precision};
                return out;
            }
        }
        return none();
    }
    if (tx->weekday >= 0 && tx->weekday <= 6) {
        long back = (sr_weekday(doc_date.year, doc_date.month, doc_date.day) - tx->weekday + 7) % 7;
        return day_date(doc - back, SR_PREC_DAY);
    }
    if (!tx->has_day_offset)
        return none();
    long off = tx->day_offset;
    switch (d.precision) {
    case SR_PREC_WEEK:
        return day_date(monday_of(doc + off), SR_PREC_WEEK);
    case SR_PREC_MONTH: {
        long total = (long)doc_date.year * 12 + (doc_date.month - 1) + div_round(off, 30);
        long y = total >= 0 ? total / 12 : -((-total + 11) / 12);
        sr_date out = {(int)y, (int)(total - y * 12) + 1, 0, SR_PREC_MONTH};
        return out;
    }
    case SR_PREC_YEAR: {
        sr_date out = {doc_date.year + (int)div_round(off, 365), 0, 0, SR_PREC_YEAR};
        return out;
    }
    case SR_PREC_DAY:
    case SR_PREC_NONE:
        break;
    }
    return day_date(doc + off, SR_PREC_DAY);
}
