/*
 * test_csv.c — unit tests for the streaming CSV reader (src/io/csv.c) and
 * for the rules of the ACLED scorer that reads its rows (src/eval/acled.c).
 *
 * Reader: quoted fields with "" escapes, separators and line ends inside
 * quotes, LF, CR LF and lone CR rows, a byte order mark, empty lines, a last
 * row without a line end, NUL bytes, column lookup; malformed rows (stray
 * quote, text after a closing quote, an unclosed quote at the end, rows over
 * the limit) reported with line and byte offset and skipped; a file larger
 * than the reader's chunk read the same as from memory; unreadable input.
 * Scorer: dates, actor names, admin1 keys, and every number of the summary
 * on hand-made rows and predictions, worked out by hand in the comments; a
 * note through the engine.  All inputs are written here.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "eval/acled.h"
#include "io/csv.h"

/* ---- helpers ----------------------------------------------------------------- */

static sr_csv *open_str(const char *s, const char *name)
{
    sr_csv *r = sr_csv_open_memory(s, strlen(s), name);
    assert_non_null(r);
    return r;
}

/* The next row is exactly the n fields given, starting at line and offset. */
static void expect_row(sr_csv *r, long line, long long offset, int n, ...)
{
    sr_csv_status st = sr_csv_next(r);
    if (st != SR_CSV_ROW) fail_msg("expected a row, got %d: %s", (int)st, sr_csv_message(r));
    assert_int_equal(sr_csv_fields(r), n);
    assert_int_equal(sr_csv_row_line(r), line);
    assert_int_equal(sr_csv_row_offset(r), offset);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        const char *want = va_arg(ap, const char *);
        size_t len;
        const char *got = sr_csv_field(r, i, &len);
        assert_string_equal(got, want);
        assert_int_equal(len, strlen(want));
    }
    va_end(ap);
}

static void expect_bad(sr_csv *r, const char *message)
{
    sr_csv_status st = sr_csv_next(r);
    if (st != SR_CSV_BAD) fail_msg("expected a bad row (%s), got %d", message, (int)st);
    assert_string_equal(sr_csv_message(r), message);
    assert_int_equal(sr_csv_fields(r), 0);
}

static void expect_end(sr_csv *r)
{
    assert_int_equal(sr_csv_next(r), SR_CSV_END);
    assert_int_equal(sr_csv_next(r), SR_CSV_END);   /* stays ended */
    assert_int_equal(sr_csv_fields(r), 0);
}

/* ---- the reader -------------------------------------------------------------- */

static void test_quoting(void **state)
{
    (void)state;
    /* line 1 holds a quoted field with CR LF inside: the next row is line 3 */
    sr_csv *r = open_str("\"x,y\",\"say \"\"hi\"\"\",\"multi\r\nline\",\"\"\n"
                         "plain,\"\",,\n"
                         "\"\"\"\",end",
                         "q.csv");
    expect_row(r, 1, 0, 4, "x,y", "say \"hi\"", "multi\r\nline", "");
    expect_row(r, 3, 36, 4, "plain", "", "", "");
    expect_row(r, 4, 47, 2, "\"", "end");
    expect_end(r);
    assert_string_equal(sr_csv_message(r), "");
    sr_csv_close(r);
}

static void test_line_ends(void **state)
{
    (void)state;
    /* CR LF, lone CR, LF; two empty lines skipped; a last row without a line end */
    sr_csv *r = open_str("a,b\r\nc,d\re,f\n\n\ng", "e.csv");
    expect_row(r, 1, 0, 2, "a", "b");
    expect_row(r, 2, 5, 2, "c", "d");
    expect_row(r, 3, 9, 2, "e", "f");
    expect_row(r, 6, 15, 1, "g");
    expect_end(r);
    sr_csv_close(r);

    r = open_str("", "empty.csv");
    expect_end(r);
    sr_csv_close(r);
    r = open_str("\xEF\xBB\xBF", "bom-only.csv");
    expect_end(r);
    sr_csv_close(r);
    r = open_str("\r\n\n\r", "blank.csv");
    expect_end(r);
    sr_csv_close(r);
}

static void test_header_and_bom(void **state)
{
    (void)state;
    sr_csv *r = open_str("\xEF\xBB\xBFNotes, Event_Type ,notes,year\n\"a\",b,c,2020\n", "h.csv");
    assert_int_equal(sr_csv_column(r, "notes"), -1);   /* no header read yet */
    assert_int_equal(sr_csv_read_header(r), SR_CSV_ROW);
    assert_int_equal(sr_csv_columns(r), 4);
    assert_int_equal(sr_csv_row_offset(r), 3);   /* after the byte order mark */
    assert_int_equal(sr_csv_column(r, "notes"), 2);   /* exact first */
    assert_int_equal(sr_csv_column(r, "NOTES"), 0);   /* then ignoring case */
    assert_int_equal(sr_csv_column(r, "event_type"), 1);   /* and surrounding spaces */
    assert_int_equal(sr_csv_column(r, "iso3"), -1);
    assert_int_equal(sr_csv_column(r, NULL), -1);
    expect_row(r, 2, 33, 4, "a", "b", "c", "2020");
    size_t len;
    assert_string_equal(sr_csv_field(r, 4, &len), "");   /* out of range */
    assert_int_equal(len, 0);
    assert_string_equal(sr_csv_field(r, -1, NULL), "");
    expect_end(r);
    assert_int_equal(sr_csv_columns(r), 4);   /* the header outlives the rows */
    sr_csv_close(r);

    r = open_str("", "none.csv");
    assert_int_equal(sr_csv_read_header(r), SR_CSV_END);
    assert_int_equal(sr_csv_columns(r), 0);
    sr_csv_close(r);
}

static void test_nul_bytes(void **state)
{
    (void)state;
    static const char s[] = "a\0b,\"c\0\"\n";
    sr_csv *r = sr_csv_open_memory(s, sizeof s - 1, NULL);
    assert_non_null(r);
    assert_int_equal(sr_csv_next(r), SR_CSV_ROW);
    size_t len;
    const char *f = sr_csv_field(r, 0, &len);
    assert_int_equal(len, 3);
    assert_memory_equal(f, "a\0b", 4);
    f = sr_csv_field(r, 1, &len);
    assert_int_equal(len, 2);
    assert_memory_equal(f, "c\0", 3);
    expect_end(r);
    sr_csv_close(r);
}

static void test_malformed(void **state)
{
    (void)state;
    /* bytes: "h1,h2\n" 0-5; line 2 from 6, its quote at 7; line 3 from 12, its
     * 'y' at 15; line 4 from 19; line 5 from 24, the space after its closing
     * quote at 29; line 6 from 33. */
    sr_csv *r = open_str("h1,h2\n"
                         "a\"b,c\n"
                         "\"x\"y,z\n"
                         "ok,1\n"
                         "p,\"q\" ,r\n"
                         "last,2\n",
                         "m.csv");
    expect_row(r, 1, 0, 2, "h1", "h2");
    expect_bad(r, "m.csv:2: byte 7: row skipped: a quote inside an unquoted field (row from line 2)");
    expect_bad(r, "m.csv:3: byte 15: row skipped: text after a closing quote (row from line 3)");
    expect_row(r, 4, 19, 2, "ok", "1");
    expect_bad(r, "m.csv:5: byte 29: row skipped: text after a closing quote (row from line 5)");
    expect_row(r, 6, 33, 2, "last", "2");
    expect_end(r);
    sr_csv_close(r);

    /* a quote left open: reported where it opened, and the file ends there */
    r = open_str("a,b\n\"open,\nmore\n", "u.csv");
    expect_row(r, 1, 0, 2, "a", "b");
    expect_bad(r, "u.csv:2: byte 4: a quoted field opened here is never closed (the file ends on line 4)");
    expect_end(r);
    sr_csv_close(r);
    r = open_str("\"", NULL);
    expect_bad(r, "<memory>:1: byte 0: a quoted field opened here is never closed (the file ends on line 1)");
    expect_end(r);
    sr_csv_close(r);
}

static void test_row_limit(void **state)
{
    (void)state;
    /* limit 8 bytes, each field costing its bytes plus one: "x,y" is 4; the
     * first row passes the limit at its ninth byte (offset 8); the second
     * runs over two lines inside quotes and must be skipped whole */
    sr_csv *r = open_str("abcdefghij,k\nx,y\n\"aaaaaaaaaa\nbbb\",c\nz\n1234567,\n", "l.csv");
    sr_csv_set_max_row(r, 8);
    expect_bad(r, "l.csv:1: byte 8: row skipped: longer than 8 bytes (row from line 1)");
    expect_row(r, 2, 13, 2, "x", "y");
    expect_bad(r, "l.csv:3: byte 26: row skipped: longer than 8 bytes (row from line 3)");
    expect_row(r, 5, 36, 1, "z");
    /* 7 bytes + NUL fill the limit; the empty second field's NUL passes it */
    expect_bad(r, "l.csv:6: byte 46: row skipped: longer than 8 bytes (row from line 6)");
    expect_end(r);
    sr_csv_close(r);

    r = open_str("1234567\n", "fit.csv");
    sr_csv_set_max_row(r, 8);
    expect_row(r, 1, 0, 1, "1234567");
    sr_csv_set_max_row(r, 0);   /* back to the default */
    sr_csv_close(r);
    sr_csv_set_max_row(NULL, 1);
    sr_csv_close(NULL);
}

/* A file much larger than the 64 KiB chunk, with a byte order mark and
 * quoted multi-line fields straddling chunk borders, reads as from memory. */
static void test_file(void **state)
{
    (void)state;
    char path[] = "/tmp/sitrep-test-csv-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "wb");
    assert_non_null(f);
    size_t cap = 1 << 20, len = 0;
    char *all = malloc(cap);
    assert_non_null(all);
    len += (size_t)snprintf(all + len, cap - len, "\xEF\xBB\xBFid,notes\r\n");
    for (int i = 0; i < 6000; i++)
        len += (size_t)snprintf(all + len, cap - len, "%d,\"row %d says \"\"%d\"\",\r\nthen more\"\r\n", i, i, i * 7);
    assert_true(len < cap && len > 3 * 65536);
    assert_int_equal(fwrite(all, 1, len, f), len);
    assert_int_equal(fclose(f), 0);

    sr_csv *a = sr_csv_open(path, NULL), *b = sr_csv_open_memory(all, len, path);
    assert_non_null(a);
    assert_non_null(b);
    assert_int_equal(sr_csv_read_header(a), SR_CSV_ROW);
    assert_int_equal(sr_csv_read_header(b), SR_CSV_ROW);
    assert_int_equal(sr_csv_column(a, "notes"), 1);
    long rows = 0;
    for (;;) {
        sr_csv_status sa = sr_csv_next(a), sb = sr_csv_next(b);
        assert_int_equal(sa, sb);
        if (sa != SR_CSV_ROW) break;
        assert_int_equal(sr_csv_fields(a), 2);
        assert_int_equal(sr_csv_row_line(a), 2 + 2 * rows);
        assert_int_equal(sr_csv_row_line(a), sr_csv_row_line(b));
        assert_int_equal(sr_csv_row_offset(a), sr_csv_row_offset(b));
        assert_string_equal(sr_csv_field(a, 1, NULL), sr_csv_field(b, 1, NULL));
        char want[64];
        snprintf(want, sizeof want, "row %ld says \"%ld\",\r\nthen more", rows, rows * 7);
        assert_string_equal(sr_csv_field(a, 1, NULL), want);
        rows++;
    }
    assert_int_equal(rows, 6000);
    sr_csv_close(a);
    sr_csv_close(b);
    free(all);
    unlink(path);

    char *err = NULL;
    assert_null(sr_csv_open("/nonexistent/sitrep.csv", &err));
    assert_string_equal(err, "/nonexistent/sitrep.csv: No such file or directory");
    free(err);
    assert_null(sr_csv_open(NULL, NULL));

    /* a directory opens but cannot be read: EIO, and it stays so */
    sr_csv *d = sr_csv_open("/", NULL);
    if (d) {
        assert_int_equal(sr_csv_next(d), SR_CSV_EIO);
        assert_string_equal(sr_csv_message(d), "/: read error: Is a directory");
        assert_int_equal(sr_csv_next(d), SR_CSV_EIO);
        sr_csv_close(d);
    }
}

/* ---- the ACLED rules ---------------------------------------------------------- */

static void expect_date(const char *s, const char *year, const char *want)
{
    char out[11];
    bool ok = sr_acled_date(s, year, out);
    if (!want) {
        if (ok) fail_msg("'%s' read as %s", s, out);
        assert_string_equal(out, "");
        return;
    }
    if (!ok) fail_msg("'%s' not read", s);
    assert_string_equal(out, want);
}

static void test_dates(void **state)
{
    (void)state;
    expect_date("31-12-19", NULL, "2019-12-31");       /* the Kenya export */
    expect_date("07-01-04", "2004", "2004-01-07");
    expect_date("9-May-20", NULL, "2020-05-09");       /* the world export */
    expect_date("21 March 2020", NULL, "2020-03-21");  /* the Afghanistan export */
    expect_date(" 09 May 2020 ", "2020", "2020-05-09");
    expect_date("2020-05-09", NULL, "2020-05-09");
    expect_date("2020/5/9", NULL, "2020-05-09");
    expect_date("May 9, 2020", NULL, "2020-05-09");
    expect_date("Sept 3 2019", NULL, "2019-09-03");
    expect_date("3 SEPTEMBER 2019", NULL, "2019-09-03");
    expect_date("31/12/2019", NULL, "2019-12-31");
    expect_date("31.12.2019", NULL, "2019-12-31");
    expect_date("05-06-19", NULL, "2019-06-05");       /* day first */
    expect_date("12-31-19", NULL, "2019-12-31");       /* month first: day first is no date */
    expect_date("31-12-98", NULL, "1998-12-31");
    expect_date("01-01-97", NULL, "1997-01-01");
    expect_date("01-01-96", NULL, "2096-01-01");
    expect_date("01-01-05", "1905", "1905-01-01");     /* the year column's century */
    expect_date("01-01-05", "2006", "2005-01-01");     /* … only when it agrees */
    expect_date("29-02-20", NULL, "2020-02-29");
    expect_date("29-02-19", NULL, NULL);
    expect_date("29-02-00", NULL, "2000-02-29");
    expect_date("32-13-19", NULL, NULL);
    expect_date("", NULL, NULL);
    expect_date(NULL, NULL, NULL);
    expect_date("yesterday", NULL, NULL);
    expect_date("9 Mayo 2020", NULL, NULL);
    expect_date("9 Ma 2020", NULL, NULL);
    expect_date("1-2-3-4", NULL, NULL);
    expect_date("9 May 202", NULL, NULL);
    expect_date("123-5-2020", NULL, NULL);
    expect_date("2020-05-09T00:00", NULL, NULL);
    expect_date("9 May 2020 !", NULL, NULL);
}

static void expect_actor(const char *actor, sr_acled_actor_kind kind, const char *name)
{
    char out[64];
    assert_int_equal(sr_acled_actor_country(actor, out, sizeof out), kind);
    assert_string_equal(out, name);
}

static void test_actors(void **state)
{
    (void)state;
    expect_actor("Military Forces of Kenya (2013-)", SR_ACLED_ACTOR_STATE, "Kenya");
    expect_actor("Police Forces of the Philippines (2016-) Prison Guards", SR_ACLED_ACTOR_STATE, "Philippines");
    expect_actor("Police Forces of Ethiopia (1995-2018) Liyu Police", SR_ACLED_ACTOR_STATE, "Ethiopia");
    expect_actor("Government of Kenya (2013-)", SR_ACLED_ACTOR_STATE, "Kenya");
    expect_actor("Military Forces of the Democratic Republic of Congo (2019-)", SR_ACLED_ACTOR_STATE,
                 "Democratic Republic of Congo");
    expect_actor(" Military Forces of Kenya ", SR_ACLED_ACTOR_STATE, "Kenya");
    expect_actor("Civilians (Kenya)", SR_ACLED_ACTOR_PEOPLE, "Kenya");
    expect_actor("Protesters (Ethiopia)", SR_ACLED_ACTOR_PEOPLE, "Ethiopia");
    expect_actor("Rioters (Kenya)", SR_ACLED_ACTOR_PEOPLE, "Kenya");
    expect_actor("Protesters (International)", SR_ACLED_ACTOR_PEOPLE, "International");
    expect_actor("Unidentified Armed Group (Kenya)", SR_ACLED_ACTOR_NONE, "");
    expect_actor("Pokot Ethnic Militia (Kenya)", SR_ACLED_ACTOR_NONE, "");
    expect_actor("Al Shabaab", SR_ACLED_ACTOR_NONE, "");
    expect_actor("Military Forces of ", SR_ACLED_ACTOR_NONE, "");
    expect_actor("Protesters (Kenya", SR_ACLED_ACTOR_NONE, "");
    expect_actor("Protesters ()", SR_ACLED_ACTOR_NONE, "");
    expect_actor("", SR_ACLED_ACTOR_NONE, "");
    expect_actor(NULL, SR_ACLED_ACTOR_NONE, "");
    char small[4];
    assert_int_equal(sr_acled_actor_country("Civilians (Kenya)", small, sizeof small), SR_ACLED_ACTOR_PEOPLE);
    assert_string_equal(small, "Ken");   /* truncated */
}

static void expect_admin(const char *name, const char *key)
{
    char out[128];
    assert_int_equal(sr_acled_admin_key(name, out, sizeof out), strlen(key));
    assert_string_equal(out, key);
}

static void test_admin_keys(void **state)
{
    (void)state;
    expect_admin("Kilifi County", "kilifi");
    expect_admin("Taita-Taveta", "taita taveta");
    expect_admin("Taita Taveta", "taita taveta");
    expect_admin("Michoac\xC3\xA1n", "michoacan");
    expect_admin("Tartar District", "tartar");
    expect_admin("Murang'a", "muranga");
    expect_admin("Banaadir", "banadir");   /* doubled letters, as gazetteer keys */
    expect_admin("Autonomous Republic of Adjara", "adjara");
    expect_admin("Nairobi City", "nairobi");
    expect_admin("NAIROBI AREA", "nairobi");
    expect_admin("Region", "region");      /* nothing else left: kept */
    expect_admin("", "");
    expect_admin(NULL, "");
}

/* Hand-made rows and predictions; every number worked out in the comments. */
static void test_score(void **state)
{
    (void)state;
    sr_acled_eval *ev = sr_acled_eval_new(NULL);
    assert_non_null(ev);
    const char *why;
    /* A: all right.  Armed clash, state forces of Kenya, 2 dead, at ACLED's point, "Lamu" = "Lamu County". */
    sr_acled_row a = {"n1", 2, "01-05-20", NULL, "Battles", "Armed clash", "Military Forces of Kenya (2013-)",
                      "Kenya", "KEN", "Lamu", "-2.27", "40.9", "1", "2", "A"};
    sr_acled_pred pa = {true, "armed_clash", "Battles", "Armed clash", 2, "KEN", true, -2.27, 40.9, "Lamu County"};
    assert_int_equal(sr_acled_eval_score(ev, &a, &pa, 0, false, &why), SR_OK);
    /* B: Attack read as Armed clash; 1 dead not stated; actor not scored; geo_precision 2; Kilifi != Mombasa. */
    sr_acled_row b = {"n2", 2, "02-05-20", NULL, "Violence against civilians", "Attack",
                      "Unidentified Armed Group (Kenya)", "Kenya", "KEN", "Kilifi", "-3.6", "39.8", "2", "1", "B"};
    sr_acled_pred pb = {true, "armed_clash", "Battles", "Armed clash", -1, "", true, -4.05, 39.66, "Mombasa"};
    assert_int_equal(sr_acled_eval_score(ev, &b, &pb, 0, false, &why), SR_OK);
    /* C: nothing predicted (the engine refused it); no date; 0 dead = our nothing. */
    sr_acled_row c = {"n3", 2, "", NULL, "Protests", "Peaceful protest", "Protesters (Kenya)", "Kenya", "KEN",
                      "Nairobi", "-1.28", "36.82", "1", "0", "C"};
    sr_acled_pred pc = {false, NULL, NULL, NULL, -1, NULL, false, 0, 0, NULL};
    assert_int_equal(sr_acled_eval_score(ev, &c, &pc, 1, true, &why), SR_OK);
    /* D: right type; Uganda's police in Kenya, no gazetteer: unresolved; fatalities and latitude
     * unreadable; no admin1; an unreadable date. */
    sr_acled_row d = {"n4", 2, "soon", NULL, " Protests ", "Peaceful protest ", "Police Forces of Uganda (1986-)",
                      "Kenya", "KEN", "", "abc", "36.8", "1", "x", "D"};
    sr_acled_pred pd = {true, "peaceful_protest", "Protests", "Peaceful protest", 0, "UGA", true, 0, 0, NULL};
    assert_int_equal(sr_acled_eval_score(ev, &d, &pd, 2, false, &why), SR_OK);
    /* E: the note of C again; the primary event is outside ACLED's codebook (NONE); 3 dead stated;
     * another country; 0.2 degrees of latitude (22.2 km) off; "Nairobi City" = "Nairobi Area". */
    sr_acled_row e = {"n3", 2, "03-05-20", NULL, "Riots", "Mob violence", "Rioters (Kenya)", "Kenya", "ken",
                      "Nairobi City", "0", "0", "1", "3", "E"};
    sr_acled_pred pe = {true, "org_crime", NULL, NULL, 3, "TZA", true, 0.2, 0, "Nairobi Area"};
    assert_int_equal(sr_acled_eval_score(ev, &e, &pe, 0, false, &why), SR_OK);
    /* F: no sub_event_type: refused, nothing counted */
    sr_acled_row f = {"n5", 2, "", NULL, "Riots", " ", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "F"};
    assert_int_equal(sr_acled_eval_score(ev, &f, &pe, 0, false, &why), SR_EINPUT);
    assert_string_equal(why, "no sub_event_type");
    f.event_type = NULL;
    assert_int_equal(sr_acled_eval_score(ev, &f, &pe, 0, false, &why), SR_EINPUT);
    assert_string_equal(why, "no event_type");
    assert_int_equal(sr_acled_eval_score(NULL, &f, &pe, 0, false, NULL), SR_EARG);

    sr_acled_summary s;
    assert_int_equal(sr_acled_eval_summary(ev, &s), SR_OK);
    assert_int_equal(s.rows, 5);
    assert_int_equal(s.none, 2);   /* C, E */
    assert_int_equal(s.uncoded, 1);
    assert_int_equal(s.outside, 1);
    assert_int_equal(s.n_outside_keys, 1);
    assert_string_equal(s.outside_keys[0].key, "org_crime");
    assert_int_equal(s.outside_keys[0].count, 1);
    assert_int_equal(s.dated, 3);
    assert_int_equal(s.date_missing, 1);
    assert_int_equal(s.date_unread, 1);
    assert_int_equal(s.shared_rows, 2);
    assert_int_equal(s.shared_notes, 1);

    /* sub-types: right A and D of 5.  Armed clash P 1/2 R 1 F1 2/3; Peaceful protest P 1 R 1/2 F1 2/3;
     * Attack, Mob violence 0.  Macro (4 classes with support) 1/3; weighted (2/3 + 2 * 2/3) / 5 = 0.4. */
    assert_int_equal(s.sub.correct, 2);
    assert_float_equal(s.sub.accuracy, 0.4, 1e-9);
    assert_float_equal(s.sub.macro_f1, 1.0 / 3, 1e-9);
    assert_float_equal(s.sub.weighted_f1, 0.4, 1e-9);
    assert_int_equal(s.sub.n_classes, 5);
    static const char *order[] = {"Peaceful protest", "Armed clash", "Attack", "Mob violence", "NONE"};
    static const long support[] = {2, 1, 1, 1, 0}, predicted[] = {1, 2, 0, 0, 2};
    for (int i = 0; i < 5; i++) {
        assert_string_equal(s.sub.classes[i].label, order[i]);
        assert_int_equal(s.sub.classes[i].support, support[i]);
        assert_int_equal(s.sub.classes[i].predicted, predicted[i]);
    }
    assert_float_equal(s.sub.classes[0].precision, 1, 1e-9);
    assert_float_equal(s.sub.classes[0].recall, 0.5, 1e-9);
    assert_float_equal(s.sub.classes[1].precision, 0.5, 1e-9);
    assert_float_equal(s.sub.classes[1].f1, 2.0 / 3, 1e-9);
    assert_float_equal(s.sub.classes[4].f1, 0, 1e-9);
    assert_int_equal(s.sub.n_confusions, 3);
    assert_string_equal(s.sub.confusions[0].gold, "Attack");
    assert_string_equal(s.sub.confusions[0].predicted, "Armed clash");
    assert_string_equal(s.sub.confusions[1].gold, "Mob violence");
    assert_string_equal(s.sub.confusions[1].predicted, "NONE");
    assert_string_equal(s.sub.confusions[2].gold, "Peaceful protest");
    assert_int_equal(s.sub.confusions[2].count, 1);
    /* types: the same shape (Battles 2 predicted, Protests 2 gold) */
    assert_int_equal(s.type.correct, 2);
    assert_float_equal(s.type.macro_f1, 1.0 / 3, 1e-9);
    assert_string_equal(s.type.classes[0].label, "Protests");

    /* fatalities: A 2=2, B 1!=0, C 0=0, E 3=3; D left out */
    assert_int_equal(s.fat_rows, 4);
    assert_int_equal(s.fat_unread, 1);
    assert_int_equal(s.fat_exact, 3);
    assert_int_equal(s.fat_stated, 2);
    assert_int_equal(s.fat_gold_zero, 1);
    assert_int_equal(s.fat_positive, 3);
    assert_int_equal(s.fat_exact_positive, 2);
    assert_float_equal(s.fat_accuracy, 0.75, 1e-9);
    assert_float_equal(s.fat_accuracy_positive, 2.0 / 3, 1e-9);
    assert_float_equal(s.fat_zero_share, 0.25, 1e-9);

    /* actor 1: A agrees (state), C unknown and E another country (people); B not scored; D unresolved */
    assert_int_equal(s.actor_rows, 3);
    assert_int_equal(s.actor_agree, 1);
    assert_int_equal(s.actor_unknown, 1);
    assert_int_equal(s.actor_other, 1);
    assert_int_equal(s.actor_state_rows, 1);
    assert_int_equal(s.actor_state_agree, 1);
    assert_int_equal(s.actor_people_rows, 2);
    assert_int_equal(s.actor_people_agree, 0);
    assert_int_equal(s.actor_not_scored, 1);
    assert_int_equal(s.actor_unresolved, 1);
    assert_float_equal(s.actor_agreement, 1.0 / 3, 1e-9);

    /* place: precision 1 with coordinates A, C, E (D unreadable); A and E placed and near.
     * admin1 A, B, C, E; placed A, B, E; matching A, E. */
    assert_int_equal(s.near_rows, 3);
    assert_int_equal(s.near_unread, 1);
    assert_int_equal(s.near_located, 2);
    assert_int_equal(s.near_within, 2);
    assert_float_equal(s.near_share, 2.0 / 3, 1e-9);
    assert_int_equal(s.admin_rows, 4);
    assert_int_equal(s.admin_located, 3);
    assert_int_equal(s.admin_match, 2);
    assert_float_equal(s.admin_share, 0.5, 1e-9);
    sr_acled_eval_free(ev);

    /* nothing scored: shares NaN, tables empty */
    ev = sr_acled_eval_new(NULL);
    assert_int_equal(sr_acled_eval_summary(ev, &s), SR_OK);
    assert_int_equal(s.rows, 0);
    assert_true(isnan(s.fat_accuracy) && isnan(s.actor_agreement) && isnan(s.near_share) && isnan(s.admin_share));
    assert_true(s.sub.accuracy == 0 && s.sub.n_classes == 0 && s.sub.n_confusions == 0);
    sr_acled_eval_free(ev);
    sr_acled_eval_free(NULL);
}

/* Through the engine (its own data, no gazetteer needed): a note is coded,
 * an empty one is refused and counts as NONE. */
static void test_with_engine(void **state)
{
    (void)state;
    sr_engine *eng = NULL;
    char *err = NULL;
    if (sr_engine_new(NULL, &eng, &err) != SR_OK) fail_msg("engine: %s", err ? err : "?");
    sr_worker *w = NULL;
    assert_int_equal(sr_worker_new(eng, &w), SR_OK);
    sr_acled_eval *ev = sr_acled_eval_new(eng);
    const char *why;
    static const char note[] = "On 9 May 2020, police shot dead two protesters in Nairobi.";
    sr_acled_row r = {note, sizeof note - 1, "9-May-20", "2020", "Violence against civilians", "Attack",
                      "Police Forces of Kenya (2013-)", "Kenya", "KEN", "Nairobi", "-1.2833", "36.8167", "1", "2",
                      NULL};
    assert_int_equal(sr_acled_eval_row(ev, w, &r, NULL, &why), SR_OK);
    sr_acled_row empty = r;
    empty.notes = "   ";
    empty.notes_len = 3;
    empty.event_date = "";
    assert_int_equal(sr_acled_eval_row(ev, w, &empty, NULL, &why), SR_OK);
    empty.sub_event_type = "";
    assert_int_equal(sr_acled_eval_row(ev, w, &empty, NULL, &why), SR_EINPUT);
    assert_string_equal(why, "no sub_event_type");
    assert_int_equal(sr_acled_eval_row(ev, NULL, &r, NULL, &why), SR_EARG);
    sr_acled_summary s;
    assert_int_equal(sr_acled_eval_summary(ev, &s), SR_OK);
    assert_int_equal(s.rows, 2);
    assert_int_equal(s.uncoded, 1);
    assert_true(s.none >= 1);
    assert_int_equal(s.dated, 1);
    assert_int_equal(s.date_missing, 1);
    assert_int_equal(s.actor_rows, 2);
    sr_acled_eval_free(ev);
    sr_worker_free(w);
    sr_engine_free(eng);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quoting),     cmocka_unit_test(test_line_ends),  cmocka_unit_test(test_header_and_bom),
        cmocka_unit_test(test_nul_bytes),   cmocka_unit_test(test_malformed),  cmocka_unit_test(test_row_limit),
        cmocka_unit_test(test_file),        cmocka_unit_test(test_dates),      cmocka_unit_test(test_actors),
        cmocka_unit_test(test_admin_keys),  cmocka_unit_test(test_score),      cmocka_unit_test(test_with_engine),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
