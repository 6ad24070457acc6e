/*
 * test_geoxml.c — unit tests for the geoparsing corpus reader
 * (src/io/geoxml.c) and the geoparsing scorer (src/eval/geo.c).
 *
 * Reader: LGL- and GeoVirus-shaped articles written here (non-ASCII before
 * the toponyms, so character and byte offsets differ; a toponym without
 * coordinates; GeoVirus's nested <location> slip), unusable articles that
 * are skipped with file:line, malformed XML, entities, line numbers past
 * libxml2's 65535, and a real file.  Scorer: every number of the summary on
 * hand-made predictions, worked out by hand in the comments.
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

#include "eval/geo.h"
#include "io/geoxml.h"

/* ---- helpers ----------------------------------------------------------------- */

static sr_geoxml *open_str(const char *xml, const char *name)
{
    sr_geoxml *r = sr_geoxml_open_memory(xml, strlen(xml), name);
    assert_non_null(r);
    return r;
}

static void next_article(sr_geoxml *r, sr_geo_article *a)
{
    sr_geoxml_status st = sr_geoxml_next(r, a);
    if (st != SR_GEOXML_ARTICLE) fail_msg("expected an article, got %d: %s", (int)st, sr_geoxml_message(r));
}

static void expect_skip(sr_geoxml *r, const char *message)
{
    sr_geo_article a;
    sr_geoxml_status st = sr_geoxml_next(r, &a);
    if (st != SR_GEOXML_SKIPPED) fail_msg("expected a skip (%s), got %d", message, (int)st);
    assert_string_equal(sr_geoxml_message(r), message);
    assert_null(a.text);
}

static void expect_toponym(const sr_geo_toponym *t, long start, long end, const char *phrase, const char *name,
                           long geonameid, bool has_coords, double lat, double lon, long line)
{
    assert_int_equal(t->start, start);
    assert_int_equal(t->end, end);
    assert_string_equal(t->phrase, phrase);
    assert_string_equal(t->name, name);
    assert_int_equal(t->geonameid, geonameid);
    assert_int_equal(t->has_coords, has_coords);
    if (has_coords) {
        assert_true(t->lat == lat);
        assert_true(t->lon == lon);
    }
    assert_int_equal(t->line, line);
}

/* ---- the reader -------------------------------------------------------------- */

static const char LGL[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"                                        /* 1 */
    "<articles>\n"                                                                        /* 2 */
    "  <article docid=\"7\">\n"                                                           /* 3 */
    "    <title> \xC3\x87" "anakkale news </title>\n"                                     /* 4 */
    "    <url>http://example.org/a</url>\n"                                               /* 5 */
    "    <text><![CDATA[\xC3\x87ok g\xC3\xBCzel \xE2\x80\x94 \xC2\xAB" "Aleppo\xC2\xBB & Kilis.]]></text>\n" /* 6 */
    "    <toponyms count=\"2\">\n"                                                        /* 7 */
    "      <toponym>\n"                                                                   /* 8 */
    "        <start>13</start>\n"                                                         /* 9 */
    "        <end> 19 </end>\n"                                                           /* 10 */
    "        <phrase>Aleppo</phrase>\n"                                                   /* 11 */
    "        <gaztag geonameid=\"170063\"><name>Halab</name><lat>36.2</lat><lon>37.15</lon>\n" /* 12 */
    "          <country geonameid=\"163843\">Syria</country></gaztag>\n"                  /* 13 */
    "      </toponym>\n"                                                                  /* 14 */
    "      <toponym><start>23</start><end>28</end><phrase>Kilis</phrase></toponym>\n"     /* 15 */
    "    </toponyms>\n"                                                                   /* 16 */
    "  </article>\n"                                                                      /* 17 */
    "  <article docid=\"8\"><text>x &amp; y &lt;Mosul&gt;</text><toponyms><toponym><start>7</start>"
    "<end>12</end><phrase>Mosul</phrase><gaztag geonameid=\"99\"><name>Mosul</name><lat>-36.5</lat>"
    "<lon>-1e2</lon></gaztag></toponym></toponyms></article>\n"                           /* 18 */
    "</articles>\n";

static void test_lgl(void **state)
{
    (void)state;
    sr_geoxml *r = open_str(LGL, "lgl.xml");
    sr_geo_article a;
    next_article(r, &a);
    assert_string_equal(a.docid, "7");
    assert_int_equal(a.ordinal, 1);
    assert_int_equal(a.line, 3);
    assert_string_equal(a.title, "\xC3\x87" "anakkale news");
    assert_string_equal(a.url, "http://example.org/a");
    /* "Çok güzel — «Aleppo» & Kilis.": 29 characters, 35 bytes */
    assert_string_equal(a.text, "\xC3\x87ok g\xC3\xBCzel \xE2\x80\x94 \xC2\xAB" "Aleppo\xC2\xBB & Kilis.");
    assert_int_equal(a.text_len, 35);
    assert_int_equal(a.text_chars, 29);
    assert_int_equal(a.n_toponyms, 2);
    /* Aleppo is characters 13-19 (bytes 18-24); the gaztag's name is the gold
     * place, its country's geonameid is not the toponym's */
    expect_toponym(&a.toponyms[0], 13, 19, "Aleppo", "Halab", 170063, true, 36.2, 37.15, 8);
    assert_null(a.toponyms[0].page);
    /* no gaztag: no coordinates, the name falls back to the phrase */
    expect_toponym(&a.toponyms[1], 23, 28, "Kilis", "Kilis", 0, false, 0, 0, 15);

    next_article(r, &a);
    assert_string_equal(a.docid, "8");
    assert_int_equal(a.ordinal, 2);
    assert_string_equal(a.text, "x & y <Mosul>");   /* predefined entities decoded */
    assert_null(a.title);
    assert_int_equal(a.n_toponyms, 1);
    expect_toponym(&a.toponyms[0], 7, 12, "Mosul", "Mosul", 99, true, -36.5, -100, 18);

    assert_int_equal(sr_geoxml_next(r, &a), SR_GEOXML_END);
    assert_int_equal(sr_geoxml_next(r, &a), SR_GEOXML_END);
    assert_string_equal(sr_geoxml_message(r), "");
    sr_geoxml_close(r);
}

static const char GEOVIRUS[] =
    "<articles>\n"                                                            /* 1 */
    "    <article>\n"                                                         /* 2 */
    "        <source>https://en.wikinews.org/wiki/X</source>\n"               /* 3 */
    "        <text>Za\xC3\xAFre and Ilocos Sur.</text>\n"                     /* 4 */
    "        <locations>\n"                                                   /* 5 */
    "            <location>\n"                                                /* 6 */
    "                <location>\n"                                            /* 7 */
    "                <name>Ilocos Sur</name>\n"                               /* 8 */
    "                <start>11</start>\n"                                     /* 9 */
    "                <end>21</end>\n"                                         /* 10 */
    "                <lat>17.33</lat>\n"                                      /* 11 */
    "                <lon>120.58</lon>\n"                                     /* 12 */
    "                <page>https://en.wikipedia.org/wiki/Ilocos_Sur</page>\n" /* 13 */
    "            </location>\n"                                               /* 14 */
    "                <name>Za\xC3\xAFre</name>\n"                             /* 15 */
    "                <altName>Congo</altName>\n"                              /* 16 */
    "                <start>1</start>\n"                                      /* 17 */
    "                <end>6</end>\n"                                          /* 18 */
    "                <lat>-1.44</lat>\n"                                      /* 19 */
    "                <lon>15.55</lon>\n"                                      /* 20 */
    "                <page>https://en.wikipedia.org/wiki/Zaire</page>\n"      /* 21 */
    "                <continent/>\n"                                          /* 22 */
    "            </location>\n"                                               /* 23 */
    "        </locations>\n"                                                  /* 24 */
    "    </article>\n"                                                        /* 25 */
    "    <article><source>s2</source><text></text><locations/></article>\n"  /* 26 */
    "</articles>\n"                                                           /* 27 */
    "    <!--<article>-->\n";

static void test_geovirus(void **state)
{
    (void)state;
    sr_geoxml *r = open_str(GEOVIRUS, NULL);
    sr_geo_article a;
    next_article(r, &a);
    assert_string_equal(a.docid, "#1");   /* no docid: the ordinal */
    assert_int_equal(a.line, 2);
    assert_string_equal(a.url, "https://en.wikinews.org/wiki/X");
    assert_int_equal(a.text_len, 22);
    assert_int_equal(a.text_chars, 21);
    assert_int_equal(a.n_toponyms, 2);
    /* the nested one closes first; offsets as written (GeoVirus's are one
     * character to the right: the evaluator realigns them, not the reader) */
    expect_toponym(&a.toponyms[0], 11, 21, "Ilocos Sur", "Ilocos Sur", 0, true, 17.33, 120.58, 7);
    assert_string_equal(a.toponyms[0].page, "https://en.wikipedia.org/wiki/Ilocos_Sur");
    /* altName is the gold place, name the words in the text */
    expect_toponym(&a.toponyms[1], 1, 6, "Za\xC3\xAFre", "Congo", 0, true, -1.44, 15.55, 6);
    assert_string_equal(a.toponyms[1].page, "https://en.wikipedia.org/wiki/Zaire");

    next_article(r, &a);
    assert_string_equal(a.docid, "#2");
    assert_string_equal(a.text, "");
    assert_int_equal(a.text_len, 0);
    assert_int_equal(a.n_toponyms, 0);
    assert_int_equal(sr_geoxml_next(r, &a), SR_GEOXML_END);   /* the comment after the root is fine */
    sr_geoxml_close(r);
}

static void test_skipped_articles(void **state)
{
    (void)state;
    static const char xml[] =
        "<articles>\n"
        "<article docid=\"s1\"><text>a</text><toponyms><toponym><start>x1</start><end>2</end></toponym>"
        "</toponyms></article>\n"
        "<article docid=\"s2\"><text>abc</text><toponyms><toponym><start>2</start><end>1</end></toponym>"
        "</toponyms></article>\n"
        "<article docid=\"s3\"><text>abc</text><toponyms><toponym><start>0</start><end>1</end><gaztag>"
        "<lat>91</lat><lon>0</lon></gaztag></toponym></toponyms></article>\n"
        "<article docid=\"s4\"><text>abc</text><toponyms><toponym><start>0</start><end>1</end><gaztag>"
        "<lat>1</lat></gaztag></toponym></toponyms></article>\n"
        "<article docid=\"s5\"><title>no text</title></article>\n"
        "<article docid=\"s6\"><text>a</text><text>b</text></article>\n"
        "<article docid=\"s7\"><text>abc</text><toponyms><toponym><end>1</end></toponym></toponyms></article>\n"
        "<article docid=\"s8\"><text>abc</text><toponyms><toponym><start>0</start><end>1</end>"
        "<lon>1,5</lon><lat>0</lat></toponym></toponyms></article>\n"
        "<article docid=\"ok\"><text>abc</text></article>\n"
        "</articles>\n";
    sr_geoxml *r = open_str(xml, "skip.xml");
    expect_skip(r, "skip.xml:2: article s1 skipped: <start> is not a character offset: 'x1'");
    expect_skip(r, "skip.xml:3: article s2 skipped: a toponym whose <end> 1 is not after its <start> 2");
    expect_skip(r, "skip.xml:4: article s3 skipped: <lat> is not a latitude: '91'");
    expect_skip(r, "skip.xml:5: article s4 skipped: a toponym with <lat> but no <lon>");
    expect_skip(r, "skip.xml:6: article s5 skipped: no <text>");
    expect_skip(r, "skip.xml:7: article s6 skipped: a second <text>");
    expect_skip(r, "skip.xml:8: article s7 skipped: a toponym without <start>");
    expect_skip(r, "skip.xml:9: article s8 skipped: <lon> is not a longitude: '1,5'");
    sr_geo_article a;
    next_article(r, &a);
    assert_string_equal(a.docid, "ok");
    assert_int_equal(a.ordinal, 9);   /* skipped ones count */
    assert_int_equal(sr_geoxml_next(r, &a), SR_GEOXML_END);
    sr_geoxml_close(r);
}

static void test_malformed(void **state)
{
    (void)state;
    sr_geo_article a;
    sr_geoxml *r = open_str("<articles>\n<article docid=\"m\"><text>abc</text>\n</artcle></articles>\n", "bad.xml");
    assert_int_equal(sr_geoxml_next(r, &a), SR_GEOXML_EXML);
    const char *m = sr_geoxml_message(r);
    assert_true(strncmp(m, "bad.xml:3:", 10) == 0);
    assert_non_null(strstr(m, "malformed XML: Opening and ending tag mismatch"));
    assert_int_equal(sr_geoxml_next(r, &a), SR_GEOXML_EXML);   /* the reader stops */
    sr_geoxml_close(r);

    r = open_str("not xml at all", "t.xml");
    assert_int_equal(sr_geoxml_next(r, &a), SR_GEOXML_EXML);
    assert_true(strncmp(sr_geoxml_message(r), "t.xml:1:", 8) == 0);
    sr_geoxml_close(r);

    r = open_str("", "e.xml");
    assert_int_equal(sr_geoxml_next(r, &a), SR_GEOXML_EXML);
    assert_string_equal(sr_geoxml_message(r), "e.xml: empty file, not XML");
    sr_geoxml_close(r);

    /* truncated in the middle of an article */
    r = open_str("<articles><article docid=\"t\"><text>abc", "cut.xml");
    assert_int_equal(sr_geoxml_next(r, &a), SR_GEOXML_EXML);
    assert_true(strncmp(sr_geoxml_message(r), "cut.xml:1:", 10) == 0);
    sr_geoxml_close(r);

    /* a namespace error is an error, not malformed XML: the reader goes on */
    r = open_str("<articles><article docid=\"n\"><text>Aleppo</text><x:foo/></article></articles>", "ns.xml");
    next_article(r, &a);
    assert_string_equal(a.text, "Aleppo");
    assert_int_equal(sr_geoxml_next(r, &a), SR_GEOXML_END);
    sr_geoxml_close(r);

    assert_null(sr_geoxml_open_memory(NULL, 3, "x"));
    sr_geoxml_close(NULL);
    assert_int_equal(sr_geoxml_next(NULL, &a), SR_GEOXML_EIO);
}

/* Entities a DTD declares are never expanded (nor external ones loaded): an
 * article whose fields use them is skipped; predefined entities and
 * character references are decoded.  An entity bomb is stopped by libxml2. */
static void test_entities(void **state)
{
    (void)state;
    static const char xml[] =
        "<!DOCTYPE articles [<!ENTITY place \"Aleppo\"><!ENTITY secret SYSTEM \"file:///etc/passwd\">\n"
        "<!ENTITY a \"&place;&place;\">]>\n"
        "<articles>\n"
        "<article docid=\"e1\"><text>near &place;</text></article>\n"
        "<article docid=\"e2\"><text>leak: &secret;</text></article>\n"
        "<article docid=\"e3\"><text>&a;</text></article>\n"
        "<article docid=\"e4\"><text>plain &#xC7;ok &amp; fine</text></article>\n"
        "</articles>\n";
    sr_geoxml *r = open_str(xml, "ent.xml");
    expect_skip(r, "ent.xml:4: article e1 skipped: a reference to an entity a DTD declares (&place;), which is "
                   "not expanded");
    expect_skip(r, "ent.xml:5: article e2 skipped: a reference to an entity a DTD declares (&secret;), which is "
                   "not expanded");
    expect_skip(r, "ent.xml:6: article e3 skipped: a reference to an entity a DTD declares (&a;), which is "
                   "not expanded");
    sr_geo_article a;
    next_article(r, &a);
    assert_string_equal(a.text, "plain \xC3\x87ok & fine");
    assert_int_equal(a.text_chars, 16);
    assert_int_equal(sr_geoxml_next(r, &a), SR_GEOXML_END);
    sr_geoxml_close(r);

    static const char bomb[] =
        "<!DOCTYPE articles [<!ENTITY l0 \"lol\">\n"
        "<!ENTITY l1 \"&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;\"><!ENTITY l2 \"&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;\">\n"
        "<!ENTITY l3 \"&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;\"><!ENTITY l4 \"&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;\">\n"
        "<!ENTITY l5 \"&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;\"><!ENTITY l6 \"&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;\">\n"
        "<!ENTITY l7 \"&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;\"><!ENTITY l8 \"&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;\">\n"
        "<!ENTITY l9 \"&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;\">]>\n"
        "<articles><article docid=\"b\"><text>&l9;</text></article></articles>\n";
    r = open_str(bomb, "bomb.xml");
    sr_geoxml_status st = sr_geoxml_next(r, &a);
    assert_true(st == SR_GEOXML_EXML || st == SR_GEOXML_SKIPPED);
    if (st == SR_GEOXML_EXML) assert_non_null(strstr(sr_geoxml_message(r), "bomb.xml:"));
    sr_geoxml_close(r);
}

/* libxml2 2.9 keeps element lines up to 65535; past that they still come out exact. */
static void test_big_lines(void **state)
{
    (void)state;
    size_t pad = 70000;
    const char *head = "<articles>\n";
    const char *body = "<article docid=\"far\">\n"
                       "  <text>Aleppo</text>\n"
                       "  <toponyms>\n"
                       "    <toponym>\n"
                       "      <start>0</start><end>6</end><phrase>Aleppo</phrase>\n"
                       "    </toponym>\n"
                       "    <toponym><start>0</start>\n"
                       "      <end>x</end></toponym>\n"
                       "  </toponyms>\n"
                       "</article>\n"
                       "</articles>\n";
    size_t len = strlen(head) + pad + strlen(body);
    char *xml = malloc(len + 1);
    assert_non_null(xml);
    strcpy(xml, head);
    memset(xml + strlen(head), '\n', pad);
    strcpy(xml + strlen(head) + pad, body);
    sr_geoxml *r = sr_geoxml_open_memory(xml, len, "big.xml");
    assert_non_null(r);
    /* <article> is on line 1 + 70000 + 1 = 70002; the bad <end> on 70009 */
    expect_skip(r, "big.xml:70009: article far skipped: <end> is not a character offset: 'x'");
    sr_geoxml_close(r);

    memcpy(strstr(xml, "<end>x"), "<end>1", 6);
    r = sr_geoxml_open_memory(xml, len, "big.xml");
    sr_geo_article a;
    next_article(r, &a);
    assert_int_equal(a.line, 70002);
    assert_int_equal(a.toponyms[0].line, 70005);
    assert_int_equal(a.toponyms[1].line, 70008);
    sr_geoxml_close(r);
    free(xml);
}

static void test_file(void **state)
{
    (void)state;
    char dir[] = "/tmp/sr_test_geoxml_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[64];
    snprintf(path, sizeof path, "%s/lgl.xml", dir);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(LGL, 1, strlen(LGL), f), strlen(LGL));
    assert_int_equal(fclose(f), 0);

    char *err = NULL;
    sr_geoxml *r = sr_geoxml_open(path, &err);
    assert_non_null(r);
    assert_null(err);
    sr_geo_article a;
    next_article(r, &a);
    expect_toponym(&a.toponyms[0], 13, 19, "Aleppo", "Halab", 170063, true, 36.2, 37.15, 8);
    next_article(r, &a);
    assert_int_equal(sr_geoxml_next(r, &a), SR_GEOXML_END);
    sr_geoxml_close(r);
    unlink(path);

    r = sr_geoxml_open(path, &err);
    assert_null(r);
    assert_non_null(err);
    char want[128];
    snprintf(want, sizeof want, "%s: No such file or directory", path);
    assert_string_equal(err, want);
    free(err);
    rmdir(dir);
}

/* ---- the scorer --------------------------------------------------------------- */

static const double DEG = SR_GEO_EARTH_KM * M_PI / 180;   /* 111.19508 km: one degree of a meridian */

static void test_km(void **state)
{
    (void)state;
    assert_float_equal(sr_geo_km(0, 0, 0, 0), 0, 1e-12);
    assert_float_equal(sr_geo_km(10, 20, 11, 20), DEG, 1e-9);
    assert_float_equal(sr_geo_km(-5, 170, -7, 170), 2 * DEG, 1e-9);
    assert_float_equal(sr_geo_km(0, 0, 0, 180), 180 * DEG, 1e-6);   /* antipodes */
    assert_float_equal(sr_geo_km(0, 179.5, 0, -179.5), DEG, 1e-9);  /* across the date line */
}

static sr_place_mention mention(uint32_t start, uint32_t end, const char *name, double lat, double lon, bool demonym)
{
    sr_place_mention m;
    memset(&m, 0, sizeof m);
    m.start = start;
    m.end = end;
    m.name = name;
    memcpy(m.country, "SYR", 4);
    m.lat = lat;
    m.lon = lon;
    m.feature = "place";
    m.demonym = demonym;
    return m;
}

static sr_geo_toponym gold(long start, long end, const char *phrase, bool has_coords, double lat, double lon)
{
    sr_geo_toponym t = {start, end, phrase, phrase, 0, NULL, lat, lon, has_coords, 1};
    return t;
}

/* "Çà — «Aleppo» and Kilis; Syrian Rapides Parish, Mosul, Velmora, Duma."
 * characters / bytes:  Aleppo 6-12 / 11-17, Kilis 18-23 / 24-29, Syrian
 * 25-31 / 31-37, Rapides 32-39 / 38-45, Parish 40-46 / 46-52, Mosul
 * 48-53 / 54-59, Velmora 55-62 / 61-68, Duma 64-68 / 70-74. */
static const char TEXT[] = "\xC3\x87\xC3\xA0 \xE2\x80\x94 \xC2\xAB" "Aleppo\xC2\xBB and Kilis; Syrian Rapides Parish, "
                           "Mosul, Velmora, Duma.";

static void test_score(void **state)
{
    (void)state;
    sr_geo_toponym g[] = {
        gold(6, 12, "Aleppo", true, 36, 37),
        gold(19, 24, "Kilis", true, 36, 37),      /* one character right: realigned by -1 */
        gold(25, 31, "Syrian", true, 35, 38),     /* LGL-style adjective */
        gold(32, 39, "Rapides", false, 0, 0),     /* no coordinates */
        gold(40, 46, "Parish", true, 31, -92),
        gold(48, 53, "Mosul", true, 36, 43),
        gold(55, 62, "Velmorra", true, 1, 2),     /* the phrase is not in the text: unaligned */
    };
    sr_geo_article a = {"doc1", 1, 1, NULL, NULL, TEXT, strlen(TEXT), 69, g, 7};
    assert_int_equal(a.text_len, 75);
    sr_place_mention m[] = {
        mention(11, 17, "Aleppo", 36, 37, false),          /* 0 km */
        mention(24, 29, "Kilis", 37, 37, false),           /* one degree north: DEG */
        mention(31, 37, "Syria", 35, 38, true),            /* demonym: left out, on a gold toponym */
        mention(38, 52, "Rapides Parish", 31, -92, false), /* overlaps Rapides by 7, Parish by 6: Rapides */
        mention(54, 59, "Mosul", 34, 43, false),           /* two degrees south: 2 DEG, beyond 161 km */
        mention(70, 74, "Duma", 55, 37, false),            /* nothing gold there */
    };
    /* scored as LGL is by default: the demonym counts (and meets "Syrian") */
    sr_geo_eval *with = sr_geo_eval_new();
    assert_non_null(with);
    assert_int_equal(sr_geo_eval_score(with, &a, m, 6, TEXT, a.text_len), SR_OK);
    sr_geo_summary d;
    sr_geo_eval_summary(with, &d);
    assert_int_equal(d.predicted, 6);
    assert_int_equal(d.demonyms, 0);
    assert_int_equal(d.matched, 5);            /* Aleppo, Kilis, Syrian, Rapides, Mosul */
    assert_int_equal(d.undetected, 2);         /* Parish, Velmorra */
    assert_int_equal(d.resolved, 4);
    assert_int_equal(d.within_acc, 3);         /* Syrian at 0 km joins Aleppo and Kilis */
    sr_geo_eval_free(with);

    /* demonyms left out, for corpora that do not tag adjectives */
    sr_geo_eval *ev = sr_geo_eval_new();
    assert_non_null(ev);
    sr_geo_eval_skip_demonyms(ev, true);
    assert_int_equal(sr_geo_eval_score(ev, &a, m, 6, TEXT, a.text_len), SR_OK);
    sr_geo_summary s;
    sr_geo_eval_summary(ev, &s);
    assert_int_equal(s.articles, 1);
    assert_int_equal(s.gold, 7);
    assert_int_equal(s.gold_coords, 6);
    assert_int_equal(s.gold_as_given, 5);
    assert_int_equal(s.gold_realigned, 1);
    assert_int_equal(s.realigned_by[-1 + SR_GEO_MAX_SHIFT], 1);
    assert_int_equal(s.gold_unaligned, 1);
    assert_int_equal(s.predicted, 5);
    assert_int_equal(s.demonyms, 1);
    assert_int_equal(s.demonyms_on_gold, 1);
    assert_int_equal(s.matched, 4);            /* Aleppo, Kilis, Rapides, Mosul */
    assert_int_equal(s.false_positives, 1);    /* Duma */
    assert_int_equal(s.undetected, 3);         /* Syrian, Parish, Velmorra */
    assert_float_equal(s.precision, 0.8, 1e-12);
    assert_float_equal(s.recall, 4.0 / 7, 1e-12);
    assert_float_equal(s.f1, 2.0 / 3, 1e-12);  /* 2 * 0.8 * 4/7 / (0.8 + 4/7) */
    assert_int_equal(s.resolved, 3);           /* Rapides has no coordinates */
    assert_int_equal(s.within_acc, 2);
    assert_float_equal(s.accuracy, 2.0 / 3, 1e-12);
    assert_float_equal(s.median_km, DEG, 1e-9);
    assert_float_equal(s.mean_km, DEG, 1e-9);  /* (0 + DEG + 2 DEG) / 3 */
    assert_float_equal(s.auc, (log1p(DEG) + log1p(2 * DEG)) / 3 / log1p(SR_GEO_MAX_KM), 1e-12);
    assert_float_equal(s.auc, 0.34086025, 1e-8);
    assert_int_equal(s.n_worst, 3);
    assert_string_equal(s.worst[0].text, "Mosul");
    assert_float_equal(s.worst[0].km, 2 * DEG, 1e-9);
    assert_string_equal(s.worst[0].docid, "doc1");
    assert_string_equal(s.worst[0].our_country, "SYR");
    assert_int_equal(s.worst[0].count, 1);
    assert_true(s.worst[0].gold_lat == 36 && s.worst[0].our_lat == 34);
    assert_string_equal(s.worst[1].text, "Kilis");
    assert_string_equal(s.worst[2].text, "Aleppo");
    assert_float_equal(s.worst[2].km, 0, 1e-12);
    assert_int_equal(s.n_undetected_names, 3);
    assert_string_equal(s.undetected_names[0].name, "Parish");
    assert_string_equal(s.undetected_names[1].name, "Syrian");
    assert_string_equal(s.undetected_names[2].name, "Velmorra");
    assert_int_equal(s.n_false_names, 1);
    assert_string_equal(s.false_names[0].name, "Duma");
    assert_int_equal(s.false_names[0].count, 1);

    /* a second article: the same Kilis miss again folds into one entry; an
     * article with nothing predicted adds its gold as undetected */
    static const char t2[] = "Kilis, Parish.";
    sr_geo_toponym g2[] = {gold(0, 5, "Kilis", true, 36, 37), gold(7, 13, "Parish", true, 31, -92)};
    sr_geo_article a2 = {"doc2", 2, 9, NULL, NULL, t2, strlen(t2), 14, g2, 2};
    sr_place_mention m2[] = {mention(0, 5, "Kilis", 37, 37, false)};
    assert_int_equal(sr_geo_eval_score(ev, &a2, m2, 1, t2, a2.text_len), SR_OK);
    sr_geo_article a3 = {"doc3", 3, 20, NULL, NULL, "", 0, 0, NULL, 0};
    assert_int_equal(sr_geo_eval_score(ev, &a3, NULL, 0, NULL, 0), SR_OK);
    sr_geo_eval_summary(ev, &s);
    assert_int_equal(s.articles, 3);
    assert_int_equal(s.gold, 9);
    assert_int_equal(s.matched, 5);
    assert_int_equal(s.predicted, 6);
    assert_int_equal(s.resolved, 4);
    assert_float_equal(s.median_km, DEG, 1e-9);            /* 0, DEG, DEG, 2 DEG */
    assert_float_equal(s.mean_km, DEG, 1e-9);
    assert_int_equal(s.n_worst, 3);
    assert_string_equal(s.worst[1].text, "Kilis");
    assert_int_equal(s.worst[1].count, 2);
    assert_string_equal(s.worst[1].docid, "doc1");
    assert_string_equal(s.undetected_names[0].name, "Parish");   /* 2, then the ones met once */
    assert_int_equal(s.undetected_names[0].count, 2);
    sr_geo_eval_free(ev);
}

/* Greedy by overlap, then by the distance between starts, then gold order. */
static void test_greedy(void **state)
{
    (void)state;
    static const char t[] = "ab cd ef";
    sr_geo_toponym g[] = {gold(0, 5, "ab cd", true, 0, 0), gold(6, 8, "ef", true, 0, 0)};
    sr_geo_article a = {"g", 1, 1, NULL, NULL, t, strlen(t), 8, g, 2};
    /* "ab" and "cd" both overlap "ab cd" by 2: "ab" starts at the same place
     * and wins, "cd" is a false positive; "d ef" overlaps "ab cd" by 1 and "ef"
     * by 2: it takes "ef" */
    sr_place_mention m[] = {mention(3, 5, "cd", 0, 0, false), mention(0, 2, "ab", 0, 0, false),
                            mention(4, 8, "d ef", 0, 0, false)};
    sr_geo_eval *ev = sr_geo_eval_new();
    assert_int_equal(sr_geo_eval_score(ev, &a, m, 3, t, strlen(t)), SR_OK);
    sr_geo_summary s;
    sr_geo_eval_summary(ev, &s);
    assert_int_equal(s.matched, 2);
    assert_int_equal(s.false_positives, 1);
    assert_string_equal(s.false_names[0].name, "cd");
    assert_int_equal(s.resolved, 2);
    sr_geo_eval_free(ev);

    /* one prediction over two gold toponyms takes one of them only */
    ev = sr_geo_eval_new();
    sr_place_mention wide = mention(0, 8, "ab cd ef", 0, 0, false);
    assert_int_equal(sr_geo_eval_score(ev, &a, &wide, 1, t, strlen(t)), SR_OK);
    sr_geo_eval_summary(ev, &s);
    assert_int_equal(s.matched, 1);
    assert_int_equal(s.undetected, 1);
    assert_string_equal(s.undetected_names[0].name, "ef");
    sr_geo_eval_free(ev);
}

/* Only the ten largest errors are kept, largest first; nothing resolved gives NaN. */
static void test_worst_and_empty(void **state)
{
    (void)state;
    static const char t[] = "a b c d e f g h i j k l";
    sr_geo_toponym g[12];
    sr_place_mention m[12];
    static const char *names[12] = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"};
    for (int i = 0; i < 12; i++) {
        g[i] = gold(2 * i, 2 * i + 1, names[i], true, (i * 5) % 12, 0);   /* 0, 5, 10, 3, 8, ... degrees */
        m[i] = mention((uint32_t)(2 * i), (uint32_t)(2 * i + 1), names[i], 0, 0, false);
    }
    sr_geo_article a = {"w", 1, 1, NULL, NULL, t, strlen(t), 23, g, 12};
    sr_geo_eval *ev = sr_geo_eval_new();
    assert_int_equal(sr_geo_eval_score(ev, &a, m, 12, t, strlen(t)), SR_OK);
    sr_geo_summary s;
    sr_geo_eval_summary(ev, &s);
    assert_int_equal(s.n_worst, SR_GEO_TOP);
    for (int i = 0; i < SR_GEO_TOP; i++) assert_float_equal(s.worst[i].km, (11 - i) * DEG, 1e-6);
    assert_int_equal(s.within_acc, 2);   /* 0 and 1 degree */
    assert_float_equal(s.median_km, 5.5 * DEG, 1e-6);
    sr_geo_eval_free(ev);

    ev = sr_geo_eval_new();
    sr_geo_eval_summary(ev, &s);
    assert_int_equal(s.articles, 0);
    assert_true(s.precision == 0 && s.recall == 0 && s.f1 == 0);
    assert_true(isnan(s.accuracy) && isnan(s.median_km) && isnan(s.mean_km) && isnan(s.auc));
    assert_int_equal(s.n_worst, 0);
    assert_int_equal(s.n_undetected_names, 0);
    assert_int_equal(sr_geo_eval_score(NULL, &a, m, 1, t, 1), SR_EARG);
    assert_int_equal(sr_geo_eval_score(ev, &a, NULL, 1, t, 1), SR_EARG);
    sr_geo_eval_free(ev);
    sr_geo_eval_free(NULL);
}

/* Through the engine: a text it refuses still counts its gold, as undetected;
 * a text it reads is matched in characters. */
static void test_with_engine(void **state)
{
    (void)state;
    sr_engine *eng = NULL;
    char *err = NULL;
    if (sr_engine_new(NULL, &eng, &err) != SR_OK) fail_msg("engine: %s", err ? err : "?");
    sr_worker *w = NULL;
    assert_int_equal(sr_worker_new(eng, &w), SR_OK);
    sr_geo_eval *ev = sr_geo_eval_new();

    sr_geo_toponym g0[] = {gold(0, 6, "Aleppo", true, 36.2021, 37.1343)};
    sr_geo_article empty = {"e", 1, 1, NULL, NULL, "   ", 3, 3, g0, 1};
    assert_int_equal(sr_geo_eval_article(ev, w, &empty, NULL), SR_OK);

    /* "Çà — «Aleppo»": Aleppo is characters 6-12, bytes 11-17 */
    static const char t[] = "\xC3\x87\xC3\xA0 \xE2\x80\x94 \xC2\xAB" "Aleppo\xC2\xBB was shelled on Monday.";
    sr_geo_toponym g1[] = {gold(6, 12, "Aleppo", true, 36.2021, 37.1343)};
    sr_geo_article a = {"t", 2, 1, NULL, NULL, t, strlen(t), 36, g1, 1};
    assert_int_equal(sr_geo_eval_article(ev, w, &a, "en"), SR_OK);
    sr_geo_summary s;
    sr_geo_eval_summary(ev, &s);
    assert_int_equal(s.articles, 2);
    assert_int_equal(s.articles_uncoded, 1);
    assert_int_equal(s.gold, 2);
    assert_int_equal(s.matched, 1);
    assert_int_equal(s.undetected, 1);
    assert_int_equal(s.resolved, 1);
    assert_int_equal(s.within_acc, 1);
    assert_int_equal(s.articles_repaired, 0);
    assert_int_equal(sr_geo_eval_article(ev, NULL, &a, NULL), SR_EARG);
    sr_geo_eval_free(ev);
    sr_worker_free(w);
    sr_engine_free(eng);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lgl),          cmocka_unit_test(test_geovirus),   cmocka_unit_test(test_skipped_articles),
        cmocka_unit_test(test_malformed),    cmocka_unit_test(test_entities),   cmocka_unit_test(test_big_lines),
        cmocka_unit_test(test_file),         cmocka_unit_test(test_km),         cmocka_unit_test(test_score),
        cmocka_unit_test(test_greedy),       cmocka_unit_test(test_worst_and_empty),
        cmocka_unit_test(test_with_engine),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
