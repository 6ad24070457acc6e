/*
 * calendar.c — the proleptic Gregorian calendar under every date sitrep writes.
 *
 * Place in the pipeline: extract -> [resolve: dates].  The time-expression
 * finder (timex.c), the resolver (resolve.c) and the document-date inference
 * (docdate.c) reduce every date to days since 1970-01-01 to shift, compare and
 * name weekdays; the output layer writes dates with sr_date_format and reads the
 * caller's "YYYY-MM-DD" with sr_date_parse_iso.  Pure arithmetic: no tables but
 * month lengths, no allocation, no locale.
 *
 * Conventions: year 0 inside an sr_date means "year not known" (a text that
 * says "on 18 March"); the arithmetic itself is defined for every int year
 * (astronomical numbering, so year 0 is a leap year).
 */
#include "timex.h"

#include <string.h>

/* Contract: the static name of a precision as written in event records
 * ("day", "week", "month", "year"); NULL for SR_PREC_NONE or a value outside
 * the enum. */
const char *sr_precision_name(sr_date_precision p)
{
    switch (p) {
    case SR_PREC_DAY: return "day";
    case SR_PREC_WEEK: return "week";
    case SR_PREC_MONTH: return "month";
    case SR_PREC_YEAR: return "year";
    case SR_PREC_NONE: break;
    }
    return NULL;
}

static bool is_leap(long y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(long y, int m)
{
    static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    return len[m - 1] + (m == 2 && is_leap(y));
}

/* Contract: true exactly when 1 <= month <= 12 and 1 <= day <= the length of
 * that month in that year (29 February only in leap years). */
bool sr_date_valid(int year, int month, int day)
{
    return day >= 1 && day <= month_days(year, month);
}

/* Floor division and modulo, for negative day counts. */
static long floor_div(long a, long b)
{
    long q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

/* Contract: days since 1970-01-01 (negative before it) of year-month-day in the
 * proleptic Gregorian calendar.  The inputs need not be a valid date: month and
 * day are taken arithmetically (day 0 is the last day of the month before), so
 * callers should check sr_date_valid first when that matters.  Algorithm: the
 * days-from-civil method counting in 400-year eras from 0000-03-01. */
long sr_date_to_days(int year, int month, int day)
{
    long y = (long)year;
    long m = month;
    /* fold out-of-range months into the year first */
    y += floor_div(m - 1, 12);
    m = m - 1 - 12 * floor_div(m - 1, 12) + 1;
    y -= m <= 2;
    long era = floor_div(y, 400);
    long yoe = y - era * 400;                                     /* [0, 399] */
    long mp = (m + 9) % 12;                                       /* March = 0 */
    long doy = (153 * mp + 2) / 5 + (long)day - 1;                /* [0, 365] for valid days */
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;             /* [0, 146096] */
    return era * 146097 + doe - 719468;
}

/* Contract: the inverse of sr_date_to_days for every long that maps to an int
 * year; writes the date through the three out-parameters (none may be NULL). */
void sr_days_to_date(long days, int *year, int *month, int *day)
{
    long z = days + 719468;
    long era = floor_div(z, 146097);
    long doe = z - era * 146097;                                      /* [0, 146096] */
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; /* [0, 399] */
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);               /* [0, 365] */
    long mp = (5 * doy + 2) / 153;                                    /* [0, 11] */
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    *year = (int)(y + (m <= 2));
    *month = (int)m;
    *day = (int)d;
}

/* Contract: 0 = Monday … 6 = Sunday for the given day (1970-01-01 was a
 * Thursday).  Defined for any input that sr_date_to_days accepts. */
int sr_weekday(int year, int month, int day)
{
    long d = sr_date_to_days(year, month, day);
    long w = (d + 3) % 7;
    if (w < 0)
        w += 7;
    return (int)w;
}

static int digits(const char *s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 1;
}

/* Contract: parses "YYYY", "YYYY-MM", "YYYY-MM-DD" or an ISO datetime that
 * starts with "YYYY-MM-DDT".  Every field has exactly its number of digits
 * (so "2021-3-1" is rejected), the year is 0001–9999, and the date must exist
 * (2021-02-30 is rejected).  Nothing may follow but the 'T' part of a
 * datetime.  On success writes *out (precision day, month or year; finer
 * fields 0) and returns true; on failure returns false and leaves *out
 * untouched.  s may be NULL (false). */
bool sr_date_parse_iso(const char *s, sr_date *out)
{
    if (s == NULL || out == NULL)
        return false;
    int y, m = 0, d = 0;
    /* the string may be shorter than 4 bytes: check each byte before use */
    for (int i = 0; i < 4; i++)
        if (s[i] == '\0')
            return false;
    if (!digits(s, 4, &y) || y < 1)
        return false;
    sr_date r = {y, 0, 0, SR_PREC_YEAR};
    if (s[4] == '\0') {
        *out = r;
        return true;
    }
    if (s[4] != '-' || s[5] == '\0' || s[6] == '\0' || !digits(s + 5, 2, &m) || m < 1 || m > 12)
        return false;
    r.month = m;
    r.precision = SR_PREC_MONTH;
    if (s[7] == '\0') {
        *out = r;
        return true;
    }
    if (s[7] != '-' || s[8] == '\0' || s[9] == '\0' || !digits(s + 8, 2, &d) || !sr_date_valid(y, m, d))
        return false;
    if (s[10] != '\0' && s[10] != 'T' && s[10] != 't')
        return false;
    r.day = d;
    r.precision = SR_PREC_DAY;
    *out = r;
    return true;
}

/* Writes v (0 <= v < 10^n, n 2 or 4) as n decimal digits at p; returns p +
 * n.  By hand rather than snprintf, which cost more than the rest of an
 * event record's dates; two digits at a time from a table of the pairs,
 * rather than a division per digit. */
static char *put_digits(char *p, int v, int n)
{
    static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                "8081828384858687888990919293949596979899";
    if (n == 4) {
        memcpy(p, pairs + 2 * (v / 100), 2);
        p += 2;
        v %= 100;
    }
    memcpy(p, pairs + 2 * v, 2);
    return p + 2;
}

/* "YYYY" for a known year (1-9999), "-" for year 0, each followed by
 * "-MM" when month > 0 and "-DD" when day > 0; NUL-terminated.  Returns
 * where the NUL went. */
static char *put_date(char *p, int year, int month, int day)
{
    if (year == 0)
        *p++ = '-';
    else
        p = put_digits(p, year, 4);
    if (month > 0) {
        *p++ = '-';
        p = put_digits(p, month, 2);
    }
    if (day > 0) {
        *p++ = '-';
        p = put_digits(p, day, 2);
    }
    *p = '\0';
    return p;
}

/* Contract: see timex.h.  The record writers take the length from here
 * rather than from a strlen of what was written. */
size_t sr_date_write(sr_date d, char *buf)
{
    buf[0] = '\0';
    if (d.year < 0 || d.year > 9999)
        return 0;
    char *end = buf;
    switch (d.precision) {
    case SR_PREC_DAY:
    case SR_PREC_WEEK:
        /* year 0 stands for "unknown": check the day against a leap year */
        if (!sr_date_valid(d.year == 0 ? 2000 : d.year, d.month, d.day))
            return 0;
        end = put_date(buf, d.year, d.month, d.day);
        break;
    case SR_PREC_MONTH:
        if (d.month < 1 || d.month > 12)
            return 0;
        end = put_date(buf, d.year, d.month, 0);
        break;
    case SR_PREC_YEAR:
        if (d.year > 0)
            end = put_date(buf, d.year, 0, 0);
        break;
    case SR_PREC_NONE:
        break;
    }
    return (size_t)(end - buf);
}

/* Contract: writes "YYYY-MM-DD" (day and week precision), "YYYY-MM" (month)
 * or "YYYY" (year) into buf, which holds at least 11 bytes, and returns buf.
 * A date whose year is 0 (not known) is written in the ISO 8601 reduced forms
 * "--MM-DD" and "--MM"; a bare year 0 is "".  Writes "" for SR_PREC_NONE, a
 * year outside 0–9999, or fields that do not make a real date at that
 * precision.  buf may be NULL only if the caller wants NULL back. */
char *sr_date_format(sr_date d, char *buf)
{
    if (buf == NULL)
        return NULL;
    sr_date_write(d, buf);
    return buf;
}

/* Days of the first day of d at precision p (coarser or equal to d's own):
 * January 1 for years, the 1st for months, the Monday for weeks.  Missing
 * fields count as 1. */
static long start_days(sr_date d, sr_date_precision p)
{
    int m = d.month >= 1 && d.month <= 12 ? d.month : 1;
    int day = d.day >= 1 ? d.day : 1;
    switch (p) {
    case SR_PREC_YEAR: return sr_date_to_days(d.year, 1, 1);
    case SR_PREC_MONTH: return sr_date_to_days(d.year, m, 1);
    case SR_PREC_WEEK: {
        long x = sr_date_to_days(d.year, m, day);
        long w = (x + 3) % 7;
        if (w < 0)
            w += 7;
        return x - w;
    }
    case SR_PREC_DAY:
    case SR_PREC_NONE: break;
    }
    return sr_date_to_days(d.year, m, day);
}

/* Contract: a - b in days after reducing both dates to the coarser of their two
 * precisions (year > month > week > day) and taking the first day of that
 * period: 2019-10 vs 2021-03-18 compares 2019-10-01 with 2021-03-01.  Returns 0
 * when either date has precision SR_PREC_NONE. */
long sr_date_diff_days(sr_date a, sr_date b)
{
    if (a.precision == SR_PREC_NONE || b.precision == SR_PREC_NONE)
        return 0;
    sr_date_precision p = a.precision > b.precision ? a.precision : b.precision;
    return start_days(a, p) - start_days(b, p);
}
