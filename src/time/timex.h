/*
 * timex.h — time expressions and the calendar.
 *
 * Place in the pipeline: text -> match -> [extract: time] -> resolve.  The
 * extractor asks this module for every time expression in a sentence ("on
 * Thursday", "In October 2019", "March 18, 2021", "18 Mart 2021", "in 2015",
 * "yesterday", "dün", "Perşembe günü", "last week", "for 10 years") and
 * resolves each against the document date.  The document-date inference
 * (explicit dates in the text, dates of embedded posts, a weekday consistent
 * with them) also lives here.  Pure functions over byte ranges; no allocation.
 */
#ifndef SR_TIMEX_H
#define SR_TIMEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum sr_date_precision {
    SR_PREC_NONE = 0,
    SR_PREC_DAY,
    SR_PREC_WEEK,
    SR_PREC_MONTH,
    SR_PREC_YEAR
} sr_date_precision;

/* "day", "week", "month", "year", or NULL for SR_PREC_NONE. */
const char *sr_precision_name(sr_date_precision p);

typedef struct sr_date {
    int year, month, day;        /* month/day 0 when below the precision */
    sr_date_precision precision;
} sr_date;

typedef enum sr_timex_kind {
    SR_TIMEX_ABSOLUTE = 0,  /* a calendar date or part of one: "March 18, 2021", "18.03.2021", "October 2019", "2015" */
    SR_TIMEX_RELATIVE,      /* relative to the document date: "yesterday", "on Thursday", "last week", "dün", "bugün" */
    SR_TIMEX_DURATION,      /* a span reaching back: "for 10 years", "since 2011", "10 yıldır" — marks background */
    SR_TIMEX_PART_OF_DAY    /* "on Thursday night", "this morning", "sabah" with no date shift */
} sr_timex_kind;

typedef struct sr_timex {
    uint32_t start, end;      /* byte offsets into the text passed to sr_timex_find (absolute, not relative to from) */
    sr_timex_kind kind;
    /* ABSOLUTE: the date as written (year may be 0 when the text omits it, e.g. "on 18 March").
     * RELATIVE: offset fields below. DURATION: `date` is the start of the span when known (since 2011 -> 2011). */
    sr_date date;
    int weekday;              /* RELATIVE by weekday: 0=Monday … 6=Sunday; -1 otherwise */
    int day_offset;           /* RELATIVE by days: -1 yesterday, 0 today, +1 tomorrow; weeks as -7 with precision week */
    bool has_day_offset;
} sr_timex;

/* Find the time expressions in text[from, to) (English and Turkish), in order,
 * writing at most max of them to out.  Returns how many were found (may be
 * larger than max; only max are written).  text need not be NUL-terminated. */
int sr_timex_find(const char *text, size_t from, size_t to, sr_timex *out, int max);

/* Resolve one expression against the document date (which must be a full day
 * date).  ABSOLUTE dates without a year take the year that puts them nearest
 * before-or-on the document date; weekdays resolve to the most recent such day
 * on or before the document date (the same day counts: a Thursday report
 * saying "on Thursday" means that day); durations give their start. */
sr_date sr_timex_resolve(const sr_timex *tx, sr_date doc_date);

/* Infer the document date from its text when none was given.  post_dates are the
 * dates of embedded posts (full day dates; may be NULL when n_post_dates is 0).
 * Rules, in order: the most frequent full date among post signatures and the
 * explicit full dates in the text (latest wins a tie), then a weekday mention
 * consistent with it; when there is no full date, the latest month (a bare
 * year is background far more often than a date line, and dates nothing).
 * Writes a short static description of where it came from ("posts",
 * "text", "text+weekday", …) to *how (may be NULL).  Returns precision
 * SR_PREC_NONE when nothing usable is found. */
sr_date sr_date_infer(const char *text, size_t len, const sr_date *post_dates, int n_post_dates,
                      const char **how);

/* The same inference over expressions already found in text (all of them,
 * in order), for callers that need the expressions anyway. */
sr_date sr_date_infer_from(const char *text, size_t len, const sr_timex *tx, int n_tx, const sr_date *post_dates,
                           int n_post_dates, const char **how);

/* Parse "YYYY-MM-DD", "YYYY-MM" or "YYYY" (and a leading ISO datetime "YYYY-MM-DDT…");
 * false when malformed or not a real calendar date. */
bool sr_date_parse_iso(const char *s, sr_date *out);

/* Write the date as "YYYY-MM-DD", "YYYY-MM" or "YYYY" according to its precision
 * into buf (at least 11 bytes).  Returns buf; "" for SR_PREC_NONE. */
char *sr_date_format(sr_date d, char *buf);
/* The same into buf (not NULL), returning the length written (0 for ""). */
size_t sr_date_write(sr_date d, char *buf);

/* Days since 1970-01-01 of a full date (proleptic Gregorian). */
long sr_date_to_days(int year, int month, int day);
/* Inverse of sr_date_to_days. */
void sr_days_to_date(long days, int *year, int *month, int *day);
/* 0=Monday … 6=Sunday. */
int sr_weekday(int year, int month, int day);
/* true when y-m-d is a real calendar day. */
bool sr_date_valid(int year, int month, int day);
/* Signed difference a - b in days, comparing at the coarser of the two precisions
 * (so 2019-10 vs 2021-03-18 compares first days of months).  */
long sr_date_diff_days(sr_date a, sr_date b);

#endif
