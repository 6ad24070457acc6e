/*
 * test_timex.c — unit tests for src/time: the calendar, finding time
 * expressions (English and Turkish), resolving them against a document date,
 * and inferring a document's date.  Every sentence here was written for this
 * file.  Expected expressions are written as "K:span|K:span" with K one of
 * A (absolute), R (relative), D (duration), P (part of day), so a failure shows
 * the whole list found.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "time/timex.h"

/* ------------------------------------------------------------- helpers */

static const char KIND_LETTER[] = {'A', 'R', 'D', 'P'};

/* "K:span|K:span" of every expression in text[from, to). */
static const char *spans_range(const char *text, size_t from, size_t to)
{
    static char buf[4096];
    sr_timex tx[32];
    int n = sr_timex_find(text, from, to, tx, 32);
    size_t k = 0;
    buf[0] = '\0';
    for (int i = 0; i < n && i < 32; i++) {
        assert_true(tx[i].start >= from && tx[i].end <= to && tx[i].start < tx[i].end);
        k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%c:%.*s", i ? "|" : "", KIND_LETTER[tx[i].kind],
                              (int)(tx[i].end - tx[i].start), text + tx[i].start);
    }
    return buf;
}

static const char *spans(const char *text)
{
    return spans_range(text, 0, strlen(text));
}

static sr_date day(int y, int m, int d)
{
    sr_date r = {y, m, d, SR_PREC_DAY};
    return r;
}

/* The i-th expression of text resolved against doc, formatted. */
static const char *resolved(const char *text, int i, sr_date doc)
{
    static char buf[16];
    sr_timex tx[32];
    int n = sr_timex_find(text, 0, strlen(text), tx, 32);
    assert_true(i < n);
    sr_date d = sr_timex_resolve(&tx[i], doc);
    return sr_date_format(d, buf);
}

static sr_timex first(const char *text)
{
    sr_timex tx[8];
    int n = sr_timex_find(text, 0, strlen(text), tx, 8);
    assert_true(n >= 1);
    return tx[0];
}

static const char *fmt(sr_date d)
{
    static char buf[16];
    return sr_date_format(d, buf);
}

/* ------------------------------------------------------------ calendar */

static void test_calendar_days(void **state)
{
    (void)state;
    assert_int_equal(sr_date_to_days(1970, 1, 1), 0);
    assert_int_equal(sr_date_to_days(1969, 12, 31), -1);
    assert_int_equal(sr_date_to_days(2000, 3, 1), 11017);
    assert_int_equal(sr_date_to_days(1900, 1, 1), -25567);
    /* round trip over four centuries, including negative day counts */
    for (long d = -150000; d <= 150000; d += 7) {
        int y, m, dd;
        sr_days_to_date(d, &y, &m, &dd);
        assert_true(sr_date_valid(y, m, dd));
        assert_int_equal(sr_date_to_days(y, m, dd), d);
    }
    int y, m, dd;
    sr_days_to_date(-1, &y, &m, &dd);
    assert_int_equal(y, 1969);
    assert_int_equal(m, 12);
    assert_int_equal(dd, 31);
}

static void test_calendar_weekday(void **state)
{
    (void)state;
    assert_int_equal(sr_weekday(1970, 1, 1), 3);   /* Thursday */
    assert_int_equal(sr_weekday(1969, 12, 31), 2); /* Wednesday */
    assert_int_equal(sr_weekday(2021, 3, 18), 3);  /* Thursday */
    assert_int_equal(sr_weekday(2000, 2, 29), 1);  /* Tuesday */
    assert_int_equal(sr_weekday(2024, 1, 1), 0);   /* Monday */
    assert_int_equal(sr_weekday(1900, 1, 1), 0);   /* Monday */
    assert_int_equal(sr_weekday(2023, 10, 29), 6); /* Sunday */
}

static void test_calendar_valid(void **state)
{
    (void)state;
    assert_true(sr_date_valid(2000, 2, 29));
    assert_true(sr_date_valid(2024, 2, 29));
    assert_false(sr_date_valid(1900, 2, 29));
    assert_false(sr_date_valid(2021, 2, 29));
    assert_false(sr_date_valid(2021, 4, 31));
    assert_true(sr_date_valid(2021, 12, 31));
    assert_false(sr_date_valid(2021, 13, 1));
    assert_false(sr_date_valid(2021, 0, 1));
    assert_false(sr_date_valid(2021, 1, 0));
}

static void test_calendar_iso(void **state)
{
    (void)state;
    sr_date d;
    assert_true(sr_date_parse_iso("2021-03-18", &d));
    assert_int_equal(d.year, 2021);
    assert_int_equal(d.month, 3);
    assert_int_equal(d.day, 18);
    assert_int_equal(d.precision, SR_PREC_DAY);
    assert_true(sr_date_parse_iso("2021-03-18T10:15:00Z", &d));
    assert_int_equal(d.day, 18);
    assert_true(sr_date_parse_iso("2019-10", &d));
    assert_int_equal(d.precision, SR_PREC_MONTH);
    assert_int_equal(d.day, 0);
    assert_true(sr_date_parse_iso("2015", &d));
    assert_int_equal(d.precision, SR_PREC_YEAR);
    assert_true(sr_date_parse_iso("2024-02-29", &d));
    const char *bad[] = {"2021-02-30", "2021-3-1", "2021-13-01", "2021-00-10", "2021-03-18x", "20210318",
                         "21-03-18", "", "abcd", "2021-", "2021-03-", "0000-01-01", "2021/03/18", "2021-1"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_false(sr_date_parse_iso(bad[i], &d));
    assert_false(sr_date_parse_iso(NULL, &d));
}

static void test_calendar_format(void **state)
{
    (void)state;
    char buf[11];
    sr_date d = {2021, 3, 18, SR_PREC_DAY};
    assert_string_equal(sr_date_format(d, buf), "2021-03-18");
    d.precision = SR_PREC_WEEK;
    assert_string_equal(sr_date_format(d, buf), "2021-03-18");
    d.precision = SR_PREC_MONTH;
    assert_string_equal(sr_date_format(d, buf), "2021-03");
    d.precision = SR_PREC_YEAR;
    assert_string_equal(sr_date_format(d, buf), "2021");
    d.precision = SR_PREC_NONE;
    assert_string_equal(sr_date_format(d, buf), "");
    sr_date noyear = {0, 3, 18, SR_PREC_DAY};
    assert_string_equal(sr_date_format(noyear, buf), "--03-18");
    sr_date bad = {2021, 2, 30, SR_PREC_DAY};
    assert_string_equal(sr_date_format(bad, buf), "");
    sr_date huge = {-2147483647 - 1, 1, 1, SR_PREC_DAY};
    assert_string_equal(sr_date_format(huge, buf), "");
    /* fixed widths, zero-padded, at every precision */
    sr_date early = {5, 1, 2, SR_PREC_DAY};
    assert_string_equal(sr_date_format(early, buf), "0005-01-02");
    sr_date last = {9999, 12, 31, SR_PREC_WEEK};
    assert_string_equal(sr_date_format(last, buf), "9999-12-31");
    sr_date beyond = {10000, 1, 1, SR_PREC_DAY};
    assert_string_equal(sr_date_format(beyond, buf), "");
    sr_date month = {999, 7, 0, SR_PREC_MONTH};
    assert_string_equal(sr_date_format(month, buf), "0999-07");
    month.year = 0;
    assert_string_equal(sr_date_format(month, buf), "--07");
    month.month = 13;
    assert_string_equal(sr_date_format(month, buf), "");
    sr_date year = {42, 0, 0, SR_PREC_YEAR};
    assert_string_equal(sr_date_format(year, buf), "0042");
    year.year = 0;
    assert_string_equal(sr_date_format(year, buf), "");
    sr_date leap = {0, 2, 29, SR_PREC_DAY};
    assert_string_equal(sr_date_format(leap, buf), "--02-29");
    assert_string_equal(sr_precision_name(SR_PREC_DAY), "day");
    assert_string_equal(sr_precision_name(SR_PREC_WEEK), "week");
    assert_string_equal(sr_precision_name(SR_PREC_MONTH), "month");
    assert_string_equal(sr_precision_name(SR_PREC_YEAR), "year");
    assert_null(sr_precision_name(SR_PREC_NONE));
}

static void test_calendar_diff(void **state)
{
    (void)state;
    assert_int_equal(sr_date_diff_days(day(2021, 3, 18), day(2021, 3, 17)), 1);
    assert_int_equal(sr_date_diff_days(day(2021, 3, 1), day(2021, 2, 1)), 28);
    sr_date oct19 = {2019, 10, 0, SR_PREC_MONTH};
    /* 2019-10-01 against 2021-03-01 */
    assert_int_equal(sr_date_diff_days(oct19, day(2021, 3, 18)),
                     sr_date_to_days(2019, 10, 1) - sr_date_to_days(2021, 3, 1));
    sr_date y2015 = {2015, 0, 0, SR_PREC_YEAR};
    assert_int_equal(sr_date_diff_days(day(2015, 6, 30), y2015), 0);
    sr_date none = {0, 0, 0, SR_PREC_NONE};
    assert_int_equal(sr_date_diff_days(none, day(2021, 3, 18)), 0);
    sr_date wk = {2021, 3, 18, SR_PREC_WEEK}; /* the week of Monday 2021-03-15 */
    assert_int_equal(sr_date_diff_days(wk, day(2021, 3, 15)), 0);
}

/* ------------------------------------------------------- English finding */

static void test_find_english_absolute(void **state)
{
    (void)state;
    assert_string_equal(spans("The convoy was hit on Monday, and the ministry said so on March 2, 2022."),
                        "R:on Monday|A:on March 2, 2022");
    assert_string_equal(spans("Shelling resumed In October 2018 near the dam."), "A:In October 2018");
    assert_string_equal(spans("Troops first arrived in 2016, officials said."), "A:in 2016");
    assert_string_equal(spans("On 4 June 2020, gunmen raided a market."), "A:On 4 June 2020");
    assert_string_equal(spans("on November 30 2019 militia members clashed"), "A:on November 30 2019");
    assert_string_equal(spans("Filed Feb. 7, 2022 and updated Sept. 9"), "A:Feb. 7, 2022|A:Sept. 9");
    assert_string_equal(spans("dates: 2022-02-07, 07/02/2022, 07.02.2022"),
                        "A:2022-02-07|A:07/02/2022|A:07.02.2022");
    assert_string_equal(spans("the 7th of February and February 7th and 12 July"),
                        "A:the 7th of February|A:February 7th|A:12 July");
    assert_string_equal(spans("Saturday, 5 February 2022: a car bomb"), "A:Saturday, 5 February 2022");
    assert_string_equal(spans("BAGHDAD, FEBRUARY 5, 2022 -"), "A:FEBRUARY 5, 2022");
    assert_string_equal(spans("the 2016 coup attempt and the 1999 treaty"), "A:2016|A:1999");
    assert_string_equal(spans("the war of 2006."), "A:of 2006");
    assert_string_equal(spans("he moved in early 2019 and left by the end of 2020"),
                        "A:in early 2019|A:by the end of 2020");
    assert_string_equal(spans("fighting in mid-August"), "A:in mid-August");
    assert_string_equal(spans("during 3-5 May 2021 the town was besieged"), "A:during 3-5 May 2021");

    sr_timex t = first("They met on 9 May 2020 in the capital.");
    assert_int_equal(t.kind, SR_TIMEX_ABSOLUTE);
    assert_int_equal(t.date.year, 2020);
    assert_int_equal(t.date.month, 5);
    assert_int_equal(t.date.day, 9);
    assert_int_equal(t.date.precision, SR_PREC_DAY);
    assert_int_equal(t.start, 9);
    assert_int_equal(t.end, 22);

    t = first("Clashes were reported on 3 September.");
    assert_int_equal(t.date.year, 0);
    assert_int_equal(t.date.month, 9);
    assert_int_equal(t.date.day, 3);

    t = first("In March 2011 protests began.");
    assert_int_equal(t.date.precision, SR_PREC_MONTH);
    assert_int_equal(t.date.year, 2011);
    assert_int_equal(t.date.month, 3);

    t = first("3/14/2022 was the day"); /* US order only when day first is impossible */
    assert_int_equal(t.date.month, 3);
    assert_int_equal(t.date.day, 14);
    t = first("05/04/2022 was the day"); /* ambiguous: day first */
    assert_int_equal(t.date.month, 4);
    assert_int_equal(t.date.day, 5);
}

static void test_find_english_relative(void **state)
{
    (void)state;
    assert_string_equal(spans("Two soldiers died yesterday and more may die today or tomorrow."),
                        "R:yesterday|R:today|R:tomorrow");
    assert_string_equal(spans("The base was shelled on Friday night and again Saturday morning."),
                        "P:on Friday night|P:Saturday morning");
    assert_string_equal(spans("Residents heard blasts last night and early this morning."),
                        "P:last night|P:early this morning");
    assert_string_equal(spans("Talks collapsed last week; a truce was agreed earlier this month."),
                        "R:last week|R:earlier this month");
    assert_string_equal(spans("It happened this week, not last month, and not last year."),
                        "R:this week|R:last month|R:last year");
    assert_string_equal(spans("Police said three days ago and a week ago."), "R:three days ago|R:a week ago");
    assert_string_equal(spans("late on Tuesday the militia withdrew"), "R:late on Tuesday");
    assert_string_equal(spans("The raid began Wednesday."), "R:Wednesday");
    assert_string_equal(spans("over the weekend, the day before yesterday"),
                        "R:over the weekend|R:the day before yesterday");
    assert_string_equal(spans("Yesterday's strike hit a clinic."), "R:Yesterday's");
    /* curly quotes and dashes around the words */
    assert_string_equal(spans("\xe2\x80\x9cYesterday\xe2\x80\x99s raid\xe2\x80\x9d \xe2\x80\x94 for years"),
                        "R:Yesterday\xe2\x80\x99s|D:for years");

    sr_timex t = first("The drone struck on Sunday.");
    assert_int_equal(t.kind, SR_TIMEX_RELATIVE);
    assert_int_equal(t.weekday, 6);
    assert_false(t.has_day_offset);
    t = first("The drone struck yesterday.");
    assert_true(t.has_day_offset);
    assert_int_equal(t.day_offset, -1);
    assert_int_equal(t.weekday, -1);
    t = first("They left last week.");
    assert_int_equal(t.day_offset, -7);
    assert_int_equal(t.date.precision, SR_PREC_WEEK);
    t = first("They left last night.");
    assert_int_equal(t.kind, SR_TIMEX_PART_OF_DAY);
    assert_int_equal(t.day_offset, 0); /* the report day, by decision */
    t = first("A blast on Thursday night");
    assert_int_equal(t.kind, SR_TIMEX_PART_OF_DAY);
    assert_int_equal(t.weekday, 3);
}

static void test_find_english_duration(void **state)
{
    (void)state;
    assert_string_equal(spans("The region has been contested for 12 years now."), "D:for 12 years now");
    assert_string_equal(spans("unrest for eight years, since 2014, since June"),
                        "D:for eight years|D:since 2014|D:since June");
    assert_string_equal(spans("Over the past decade the group grew; for more than two decades it hid."),
                        "D:Over the past decade|D:for more than two decades");
    assert_string_equal(spans("They fought for years. In the last 5 years, for two days."),
                        "D:for years|D:In the last 5 years|R:for two days");
    /* short spans are recent news, not background */
    assert_string_equal(spans("in the past 24 hours, over the past week, since Thursday, for three months"),
                        "R:in the past 24 hours|R:over the past week|R:since Thursday|D:for three months");
    assert_string_equal(spans("for several days, for ten weeks, gunlerdir, for days, aylardır"),
                        "R:for several days|D:for ten weeks|R:gunlerdir|R:for days|D:aylardır");
    sr_timex t = first("since March 2011 the country");
    assert_int_equal(t.kind, SR_TIMEX_DURATION);
    assert_int_equal(t.date.year, 2011);
    assert_int_equal(t.date.month, 3);
    t = first("a conflict for ten years now");
    assert_int_equal(t.kind, SR_TIMEX_DURATION);
    assert_true(t.has_day_offset);
    assert_int_equal(t.date.precision, SR_PREC_YEAR);
    /* a decade is a span: "fighting occurred in the 1980s" is background, not today's */
    assert_string_equal(spans("where fighting occurred in the 1980s; since the 1990's; 1985s; the 1983s"),
                        "D:in the 1980s|D:since the 1990's");
    t = first("in the 1980s");
    assert_int_equal(t.kind, SR_TIMEX_DURATION);
    assert_int_equal(t.date.year, 1980);
}

static void test_find_english_false_positives(void **state)
{
    (void)state;
    assert_string_equal(spans("Rebels may attack the convoy, officials may say."), "");
    assert_string_equal(spans("The May 9 attack was the worst."), "A:May 9");
    assert_string_equal(spans("They joined a protest march through the city."), "");
    assert_string_equal(spans("a march 18 people joined"), "");
    assert_string_equal(spans("Jan Egeland visited the camp."), "");
    assert_string_equal(spans("The sun set. Sat down. Wed twice."), "");
    assert_string_equal(spans("2015 people fled and 1999 homes burned"), "");
    assert_string_equal(spans("a total of 2015 people"), "");
    assert_string_equal(spans("The 2015 soldiers marched."), "");
    assert_string_equal(spans("Prices rose 2,015 units and 2019.5 points, F16 jets and 1990s prices."), "");
    assert_string_equal(spans("A 10-year-old boy and 24/7 coverage, call 18:30"), "");
    assert_string_equal(spans("blamed for Thursday's attack"), "R:Thursday's");
    assert_string_equal(spans("in may and in march"), "");
    assert_string_equal(spans("Only 30 February 2021 or 2021-02-30 are fake"), "A:February 2021");
    assert_string_equal(spans("version 1.18.03.2021 and 18.03.2021.4"), "");
    assert_string_equal(spans("Thursdayville and Mondays"), "");
}

/* ------------------------------------------------------- Turkish finding */

static void test_find_turkish(void **state)
{
    (void)state;
    assert_string_equal(spans("Bugün ve dün saldırılar oldu, yarın da olabilir."), "R:Bugün|R:dün|R:yarın");
    assert_string_equal(spans("Roketler Salı günü düştü."), "R:Salı günü");
    assert_string_equal(spans("SALI GÜNÜ ve Sali gunu ve salı"), "R:SALI GÜNÜ|R:Sali gunu|R:salı");
    assert_string_equal(spans("geçen hafta bu sabah dün gece"), "R:geçen hafta|P:bu sabah|P:dün gece");
    assert_string_equal(spans("Operasyon 9 Ekim 2019'da başladı."), "A:9 Ekim 2019'da");
    assert_string_equal(spans("Ekim 2019’da ve Şubat 2020 ve ŞUBAT 2020 ve Subat 2020"),
                        "A:Ekim 2019’da|A:Şubat 2020|A:ŞUBAT 2020|A:Subat 2020");
    assert_string_equal(spans("Saldırı 4 Nisan'da oldu; Mayıs'ta ve Haziran ayında da."),
                        "A:4 Nisan'da|A:Mayıs'ta|A:Haziran ayında");
    assert_string_equal(spans("Asker 2016'da gitti, 2016 yılında döndü."), "A:2016'da|A:2016 yılında");
    assert_string_equal(spans("2019 yılının Ekim ayında harekat başladı"), "A:2019 yılının Ekim ayında");
    assert_string_equal(spans("4 Nisan 2022 Pazartesi günü ve 04.04.2022 tarihinde"),
                        "A:4 Nisan 2022 Pazartesi günü|A:04.04.2022 tarihinde");
    assert_string_equal(spans("Çatışmalar 8 yıldır, on yıldır, yıllardır sürüyor."),
                        "D:8 yıldır|D:on yıldır|D:yıllardır");
    assert_string_equal(spans("2014'ten beri ve 2014 yılından bu yana ve Mart'tan beri"),
                        "D:2014'ten beri|D:2014 yılından bu yana|D:Mart'tan beri");
    assert_string_equal(spans("üç gün önce, geçtiğimiz Cuma, Cuma günü, Perşembe akşamı"),
                        "R:üç gün önce|R:geçtiğimiz Cuma|R:Cuma günü|P:Perşembe akşamı");

    sr_timex t = first("Perşembe günü roket düştü");
    assert_int_equal(t.weekday, 3);
    assert_int_equal(t.start, 0);
    assert_int_equal(t.end, strlen("Perşembe günü"));
    t = first("PERŞEMBE");
    assert_int_equal(t.weekday, 3);
    t = first("persembe");
    assert_int_equal(t.weekday, 3);
    t = first("dün gece");
    assert_int_equal(t.day_offset, -1);
    t = first("Ekim 2019'da");
    assert_int_equal(t.date.month, 10);
    assert_int_equal(t.date.year, 2019);
    t = first("2011'den beri");
    assert_int_equal(t.kind, SR_TIMEX_DURATION);
    assert_int_equal(t.date.year, 2011);
}

static void test_find_turkish_false_positives(void **state)
{
    (void)state;
    /* Pazar is also "market", Cuma a given name, Kasım a name, aralık "gap", ocak "hearth", ay "moon" */
    assert_string_equal(spans("Pazar yerinde kalabalık vardı. Cuma Bey konuştu."), "");
    assert_string_equal(spans("Kasım Bey ile aralıkta ocakta bir ay gördük."), "");
    assert_string_equal(spans("2015 kişi göç etti"), "");
    assert_string_equal(spans("on gun positions and one gun"), "");
}

/* ------------------------------------------------ words the scan skips */

/* The main loop steps over keywords followed by a word without an entry, or
 * by "the" and such a word, without parsing there (skip_nonstarters); the
 * expressions around them must be found as if it parsed at every word. */
static void test_find_after_skipped_words(void **state)
{
    (void)state;
    assert_string_equal(spans("Most of the town fled in the morning of the 18th of March."),
                        "P:in the morning|A:of the 18th of March");
    assert_string_equal(spans("OF THE DEAD, IN THE PAST WEEK, several were children."), "R:IN THE PAST WEEK");
    assert_string_equal(spans("The the town was shelled on the weekend and at the end of 2019."),
                        "A:at the end of 2019");
    assert_string_equal(spans("In the 2011 uprising and in the year 2015, for the past decade."),
                        "A:2011|A:in the year 2015|D:for the past decade");
    assert_string_equal(spans("Of the 2015 people, a few days ago, at least two died."), "R:a few days ago");
    assert_string_equal(spans("Police said that the attack came over the weekend, the day before yesterday."),
                        "R:over the weekend|R:the day before yesterday");
    assert_string_equal(spans("A couple of weeks ago the the the army entered; more than 10 years of war."),
                        "R:A couple of weeks ago");
    assert_string_equal(spans("Bu sabah ve geçen hafta, son yıllarda, the town in the mid-October heat."),
                        "P:Bu sabah|R:geçen hafta|D:son yıllarda|A:mid-October");
    assert_string_equal(spans("and the\nThursday raid; of the\n2014 plan"), "R:Thursday");
}

/* ------------------------------------------------------- range handling */

static void test_find_ranges(void **state)
{
    (void)state;
    const char *text = "Intro. On Monday the town fell. In 2014 it was quiet.";
    size_t a = strlen("Intro. ");
    size_t b = strlen("Intro. On Monday the town fell.");
    assert_string_equal(spans_range(text, a, b), "R:On Monday");
    sr_timex tx[4];
    int n = sr_timex_find(text, a, b, tx, 4);
    assert_int_equal(n, 1);
    assert_int_equal(tx[0].start, a); /* absolute offsets */
    /* counting without output; more found than room */
    assert_int_equal(sr_timex_find(text, 0, strlen(text), NULL, 0), 2);
    assert_int_equal(sr_timex_find(text, 0, strlen(text), tx, 1), 2);
    assert_int_equal(sr_timex_find(text, 5, 5, tx, 4), 0);
    assert_int_equal(sr_timex_find(NULL, 0, 10, tx, 4), 0);
    /* a range that cuts an expression keeps only what is inside */
    assert_string_equal(spans_range("on March 18, 2021", 0, 8), "");
    assert_string_equal(spans_range("on March 18, 2021", 0, 11), "A:on March 18");
    /* not NUL-terminated */
    char raw[8];
    memcpy(raw, "dün gece", 8); /* "dün" is 4 bytes: d, ü (2), n */
    assert_string_equal(spans_range(raw, 0, 8), "R:dün");
    /* expressions do not cross a line break */
    assert_string_equal(spans("March\n18, 2021"), "");
}

/* -------------------------------------------------------------- resolve */

static void test_resolve(void **state)
{
    (void)state;
    sr_date thu = day(2021, 3, 18); /* a Thursday */
    assert_string_equal(resolved("on Thursday", 0, thu), "2021-03-18");   /* same day counts */
    assert_string_equal(resolved("on Wednesday", 0, thu), "2021-03-17");
    assert_string_equal(resolved("on Friday", 0, thu), "2021-03-12");
    assert_string_equal(resolved("Perşembe günü", 0, thu), "2021-03-18");
    assert_string_equal(resolved("yesterday", 0, thu), "2021-03-17");
    assert_string_equal(resolved("dün", 0, day(2021, 3, 1)), "2021-02-28");
    assert_string_equal(resolved("tomorrow", 0, day(2020, 12, 31)), "2021-01-01");
    assert_string_equal(resolved("last week", 0, thu), "2021-03-08");   /* Monday of that week */
    assert_string_equal(resolved("in the previous week", 0, thu), "2021-03-08"); /* "previous" is "last" */
    assert_string_equal(resolved("the previous month", 0, thu), "2021-02");
    assert_string_equal(resolved("this week", 0, thu), "2021-03-15");
    assert_string_equal(resolved("last month", 0, thu), "2021-02");
    assert_string_equal(resolved("last month", 0, day(2021, 1, 10)), "2020-12");
    assert_string_equal(resolved("geçen yıl", 0, thu), "2020");
    assert_string_equal(resolved("for 10 years now", 0, thu), "2011");
    assert_string_equal(resolved("10 yıldır", 0, thu), "2011");
    assert_string_equal(resolved("since 2011", 0, thu), "2011");
    assert_string_equal(resolved("In October 2019", 0, thu), "2019-10");
    assert_string_equal(resolved("two days ago", 0, thu), "2021-03-16");
    assert_string_equal(resolved("for two days", 0, thu), "2021-03-16");
    assert_string_equal(resolved("since Tuesday", 0, thu), "2021-03-16");
    assert_string_equal(resolved("for years", 0, thu), "");
    assert_string_equal(resolved("in the morning", 0, thu), "");
    /* a year-less date: the latest year no more than ~2 months after the report */
    assert_string_equal(resolved("on 18 March", 0, thu), "2021-03-18");
    assert_string_equal(resolved("on 20 March", 0, thu), "2021-03-20");
    assert_string_equal(resolved("on 20 December", 0, thu), "2020-12-20");
    assert_string_equal(resolved("on 3 January", 0, day(2020, 12, 20)), "2021-01-03");
    assert_string_equal(resolved("in May", 0, thu), "2021-05");
    assert_string_equal(resolved("in June", 0, thu), "2020-06");
    assert_string_equal(resolved("on 29 February", 0, thu), "2020-02-29");
    /* an absolute date ignores the document date, even a bad one */
    sr_date bad = {2021, 2, 30, SR_PREC_DAY};
    assert_string_equal(resolved("on March 18, 2021", 0, bad), "2021-03-18");
    assert_string_equal(resolved("yesterday", 0, bad), "");
    assert_int_equal(sr_timex_resolve(NULL, thu).precision, SR_PREC_NONE);
}

/* ------------------------------------------------------------ inference */

static void test_infer_posts_and_weekday(void **state)
{
    (void)state;
    const char *text = "Officials said a mortar hit a school on Tuesday, injuring two.\n"
                       "Okul vuruldu, iki öğrenci yaralandı.\n"
                       "— Example Agency (@example_ag) June 7, 2022\n"
                       "The army said it responded.\n"
                       "Yaralılar hastaneye kaldırıldı.\n"
                       "— Another Person (@another) June 7, 2022\n"
                       "The town has been shelled for six years now; in 2016 a dam was hit.\n";
    const char *how = NULL;
    sr_date d = sr_date_infer(text, strlen(text), NULL, 0, &how);
    assert_string_equal(fmt(d), "2022-06-07"); /* a Tuesday */
    assert_int_equal(sr_weekday(2022, 6, 7), 1);
    assert_string_equal(how, "posts+weekday");
    /* the same posts passed in by the text layer are not counted twice */
    sr_date posts[2] = {day(2022, 6, 7), day(2022, 6, 7)};
    d = sr_date_infer(text, strlen(text), posts, 2, &how);
    assert_string_equal(fmt(d), "2022-06-07");
    assert_string_equal(how, "posts+weekday");
    /* posts alone */
    d = sr_date_infer(NULL, 0, posts, 2, &how);
    assert_string_equal(fmt(d), "2022-06-07");
    assert_string_equal(how, "posts");
}

static void test_infer_only_year(void **state)
{
    (void)state;
    /* a bare year is background, not the report's date */
    const char *text = "In 2015, the garrison was reinforced.";
    const char *how = NULL;
    sr_date d = sr_date_infer(text, strlen(text), NULL, 0, &how);
    assert_int_equal(d.precision, SR_PREC_NONE);
    assert_string_equal(how, "none");
    text = "Since 2011 the war went on. In October 2019 a new offensive began; in 2015 Russia came.";
    d = sr_date_infer(text, strlen(text), NULL, 0, &how);
    assert_string_equal(fmt(d), "2019-10");
    assert_string_equal(how, "text-month");
    /* the same inference from expressions found beforehand */
    sr_timex tx[8];
    int n = sr_timex_find(text, 0, strlen(text), tx, 8);
    d = sr_date_infer_from(text, strlen(text), tx, n, NULL, 0, &how);
    assert_string_equal(fmt(d), "2019-10");
    assert_string_equal(how, "text-month");
}

static void test_infer_background_loses(void **state)
{
    (void)state;
    /* a background full date (once) against a report date (twice): frequency wins */
    const char *text = "On 15 March 2011 protests began. On 2 May 2022 rebels shelled the town; "
                       "the shelling of 2 May 2022 killed one.";
    const char *how = NULL;
    sr_date d = sr_date_infer(text, strlen(text), NULL, 0, &how);
    assert_string_equal(fmt(d), "2022-05-02");
    assert_string_equal(how, "text");
    /* a tie goes to the latest */
    text = "On 15 March 2011 protests began. On 2 May 2022 rebels shelled the town.";
    d = sr_date_infer(text, strlen(text), NULL, 0, &how);
    assert_string_equal(fmt(d), "2022-05-02");
    /* dates inside spans do not vote */
    text = "Since 15 March 2011 the war has gone on.";
    d = sr_date_infer(text, strlen(text), NULL, 0, &how);
    assert_int_equal(d.precision, SR_PREC_NONE);
    assert_string_equal(how, "none");
}

static void test_infer_datelines(void **state)
{
    (void)state;
    const char *how = NULL;
    const char *text = "BEIRUT, June 7 (Wire) - Shells fell on a village on Tuesday.";
    sr_date d = sr_date_infer(text, strlen(text), NULL, 0, &how);
    assert_int_equal(d.year, 0); /* no year anywhere */
    assert_int_equal(d.month, 6);
    assert_int_equal(d.day, 7);
    assert_string_equal(how, "dateline");
    sr_date posts[1] = {day(2022, 6, 6)};
    d = sr_date_infer(text, strlen(text), posts, 1, &how);
    assert_string_equal(fmt(d), "2022-06-07"); /* the dateline's day, the posts' year */
    assert_string_equal(how, "dateline+posts+weekday");
    text = "07.06.2022\nİdlib'de çatışma çıktı. Salı günü iki kişi öldü.";
    d = sr_date_infer(text, strlen(text), NULL, 0, &how);
    assert_string_equal(fmt(d), "2022-06-07");
    assert_string_equal(how, "dateline+weekday");
    /* a date at the start that is not a dateline */
    text = "On 9 May 2020, militants attacked a patrol.";
    d = sr_date_infer(text, strlen(text), NULL, 0, &how);
    assert_string_equal(fmt(d), "2020-05-09");
    assert_string_equal(how, "text");
}

static void test_infer_nothing(void **state)
{
    (void)state;
    const char *how = NULL;
    const char *text = "Gunmen attacked a convoy yesterday and on Friday.";
    sr_date d = sr_date_infer(text, strlen(text), NULL, 0, &how);
    assert_int_equal(d.precision, SR_PREC_NONE);
    assert_string_equal(how, "none");
    d = sr_date_infer(NULL, 0, NULL, 0, NULL);
    assert_int_equal(d.precision, SR_PREC_NONE);
    sr_date junk[2] = {{2021, 2, 30, SR_PREC_DAY}, {2021, 3, 0, SR_PREC_MONTH}};
    d = sr_date_infer(text, strlen(text), junk, 2, &how);
    assert_int_equal(d.precision, SR_PREC_NONE);
    text = "On 13 August, a bomb went off near the 2007 monument.";
    d = sr_date_infer(text, strlen(text), NULL, 0, &how);
    assert_string_equal(fmt(d), "--08-13");
    assert_string_equal(how, "text-noyear");
}

/* Many expressions: the inference reads the text in several batches. */
static void test_infer_long_text(void **state)
{
    (void)state;
    static char text[8192];
    size_t k = 0;
    for (int i = 0; i < 50; i++)
        k += (size_t)snprintf(text + k, sizeof text - k, "In %d a raid. ", 1950 + i);
    k += (size_t)snprintf(text + k, sizeof text - k, "On 3 July 2021 the last one.");
    const char *how = NULL;
    sr_date d = sr_date_infer(text, k, NULL, 0, &how);
    assert_string_equal(fmt(d), "2021-07-03");
    assert_string_equal(how, "text");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_calendar_days),
        cmocka_unit_test(test_calendar_weekday),
        cmocka_unit_test(test_calendar_valid),
        cmocka_unit_test(test_calendar_iso),
        cmocka_unit_test(test_calendar_format),
        cmocka_unit_test(test_calendar_diff),
        cmocka_unit_test(test_find_english_absolute),
        cmocka_unit_test(test_find_english_relative),
        cmocka_unit_test(test_find_english_duration),
        cmocka_unit_test(test_find_english_false_positives),
        cmocka_unit_test(test_find_turkish),
        cmocka_unit_test(test_find_turkish_false_positives),
        cmocka_unit_test(test_find_after_skipped_words),
        cmocka_unit_test(test_find_ranges),
        cmocka_unit_test(test_resolve),
        cmocka_unit_test(test_infer_posts_and_weekday),
        cmocka_unit_test(test_infer_only_year),
        cmocka_unit_test(test_infer_background_loses),
        cmocka_unit_test(test_infer_datelines),
        cmocka_unit_test(test_infer_nothing),
        cmocka_unit_test(test_infer_long_text),
    };
    return cmocka_run_group_tests_name("timex", tests, NULL, NULL);
}
