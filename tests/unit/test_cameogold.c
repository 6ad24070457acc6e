/*
 * test_cameogold.c — unit tests for the event-coding gold readers
 * (src/io/cameogold.c) and the event-coding scorer (src/eval/cameo.c).
 *
 * Readers: PLOVER-GSR-shaped JSON and PETRARCH-shaped XML written here
 * (made-up records: a DOCUMENT entry, compound actors, "" for no target,
 * an integer id, multi-line <Text>, noevents, error, no <EventCoding>),
 * every kind of skipped record with its message, malformed input, a file on
 * disk, and the actor-country rule.  Scorer: every number of the summary on
 * hand-made guesses, worked out by hand in the comments, the "instead" lists
 * and the "(other)" pool, and one run through the engine.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "eval/cameo.h"
#include "io/cameogold.h"

/* ---- helpers ------------------------------------------------------------------- */

static sr_cameogold *open_str(const char *s, sr_cameogold_format format, const char *name)
{
    sr_cameogold *r = sr_cameogold_open_memory(s, strlen(s), format, name);
    assert_non_null(r);
    return r;
}

static void next_record(sr_cameogold *r, sr_cameo_record *rec)
{
    sr_cameogold_status st = sr_cameogold_next(r, rec);
    if (st != SR_CAMEOGOLD_RECORD) fail_msg("expected a record, got %d: %s", (int)st, sr_cameogold_message(r));
}

static void expect_skip(sr_cameogold *r, const char *message)
{
    sr_cameo_record rec;
    sr_cameogold_status st = sr_cameogold_next(r, &rec);
    if (st != SR_CAMEOGOLD_SKIPPED) fail_msg("expected a skip (%s), got %d", message, (int)st);
    assert_string_equal(sr_cameogold_message(r), message);
    assert_null(rec.text);
    assert_null(rec.id);
}

static void expect_actor(const sr_cameo_actor *a, const char *text, const char *code, const char *country)
{
    if (text) assert_string_equal(a->text, text);
    else assert_null(a->text);
    assert_string_equal(a->code, code);
    assert_string_equal(a->country, country);
}

/* ---- the country rule ----------------------------------------------------------- */

static void test_country(void **state)
{
    (void)state;
    char c[4];
    assert_true(sr_cameo_country("RUSGOV", c));
    assert_string_equal(c, "RUS");
    assert_true(sr_cameo_country("USA", c));
    assert_string_equal(c, "USA");
    assert_true(sr_cameo_country("ABW", c));   /* the first and last of the table */
    assert_string_equal(c, "ABW");
    assert_true(sr_cameo_country("ZWEMIL", c));
    assert_string_equal(c, "ZWE");
    assert_true(sr_cameo_country("XKX", c));
    assert_true(sr_cameo_country("ERI", c));   /* PETRARCH's Eriador: a real code all the same */
    const char *none[] = {"---GOV", "---", "###", "", "IGOEEU", "NGO", "IMGMOSALQ", "ARN", "GONMIL",
                          "JAP", "ITL", "VTN", "rus", "RU", "R", "RuS", "XKK"};
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        c[0] = 'x';
        if (sr_cameo_country(none[i], c)) fail_msg("'%s' has a country", none[i]);
        assert_string_equal(c, "");
    }
    assert_false(sr_cameo_country(NULL, c));
}

/* ---- PLOVER ---------------------------------------------------------------------- */

static const char PLOVER[] =
    "[\n"
    "{\"id\": \"T-DOCUMENT-0001\", \"event\": \"DOCUMENT\", \"eventText\": \"documentation\"},\n"
    "{\"id\": \"T-AGREE-0001\", \"date\": \"2000-01-01\", \"language\": \"en\",\n"
    " \"source\": [{\"actorText\": \"Russian officials\", \"code\": \"RUSGOV\", \"sector\": \"GOV\"},\n"
    "            {\"actorText\": \"the UN\", \"code\": \" IGO \"}],\n"
    " \"target\": \"\", \"event\": \"AGREE\", \"eventText\": \"agreed\",\n"
    " \"text\": \"Russian officials and the UN agreed on Monday to reopen the crossing.\"},\n"
    "{\"id\": 42, \"event\": \" PROTEST \", \"text\": \"  Students marched in Velmora \\u00e9.\",\n"
    " \"source\": [{\"code\": \"---\"}, 7], \"date\": \"yesterday\",\n"
    " \"target\": [{\"actorText\": \"Tokyo\", \"code\": \"JAP\"}, {\"actorText\": \"Seoul\", \"code\": \"KORGOV\"}]},\n"
    "{\"id\": \"T-REJECT-0001\", \"event\": \"REJECT\", \"eventText\": \"rejected\"},\n"
    "\"a string\",\n"
    "{\"event\": \"FIGHT\", \"text\": \"  \\n \"},\n"
    "{\"id\": \"T-FIGHT-0002\", \"event\": 5, \"text\": \"Troops clashed.\"},\n"
    "{\"id\": \"T-FIGHT-0003\", \"event\": \"FIGHT\", \"text\": \"Troops clashed.\", \"target\": \"diplomatic\",\n"
    " \"source\": []}\n"
    "]\n";

static void test_plover(void **state)
{
    (void)state;
    sr_cameogold *r = open_str(PLOVER, SR_CAMEOGOLD_PLOVER, "gsr.json");
    sr_cameo_record rec;

    next_record(r, &rec);   /* the DOCUMENT entry is passed over and not counted */
    assert_string_equal(rec.id, "T-AGREE-0001");
    assert_int_equal(rec.ordinal, 1);
    assert_int_equal(rec.line, 0);
    assert_string_equal(rec.text, "Russian officials and the UN agreed on Monday to reopen the crossing.");
    assert_int_equal(rec.text_len, strlen(rec.text));
    assert_string_equal(rec.date, "2000-01-01");
    assert_string_equal(rec.lang, "en");
    assert_null(rec.category);
    assert_false(rec.no_events);
    assert_null(rec.error);
    assert_int_equal(rec.n_codings, 1);
    const sr_cameo_coding *c = &rec.codings[0];
    assert_string_equal(c->event, "AGREE");
    assert_int_equal(c->n_sources, 2);
    expect_actor(&c->sources[0], "Russian officials", "RUSGOV", "RUS");
    expect_actor(&c->sources[1], "the UN", "IGO", "");
    assert_int_equal(c->n_targets, 0);   /* "" is no target */
    assert_null(c->targets);

    next_record(r, &rec);
    assert_string_equal(rec.id, "42");   /* an integer id, in decimal */
    assert_int_equal(rec.ordinal, 2);
    assert_string_equal(rec.text, "  Students marched in Velmora \xC3\xA9.");   /* as given */
    assert_null(rec.date);                 /* not a date */
    assert_null(rec.lang);
    c = &rec.codings[0];
    assert_string_equal(c->event, "PROTEST");
    assert_int_equal(c->n_sources, 2);
    expect_actor(&c->sources[0], NULL, "---", "");
    expect_actor(&c->sources[1], NULL, "", "");   /* not an object: an actor without a code */
    assert_int_equal(c->n_targets, 2);
    expect_actor(&c->targets[0], "Tokyo", "JAP", "");
    expect_actor(&c->targets[1], "Seoul", "KORGOV", "KOR");

    expect_skip(r, "gsr.json: record 3 (T-REJECT-0001) skipped: no \"text\" string (the sentence)");
    expect_skip(r, "gsr.json: record 4 (no id) skipped: not a JSON object");
    expect_skip(r, "gsr.json: record 5 (#5) skipped: an empty \"text\"");
    expect_skip(r, "gsr.json: record 6 (T-FIGHT-0002) skipped: no \"event\" string");

    next_record(r, &rec);
    assert_string_equal(rec.id, "T-FIGHT-0003");
    assert_int_equal(rec.ordinal, 7);
    assert_int_equal(rec.codings[0].n_sources, 0);
    assert_int_equal(rec.codings[0].n_targets, 0);   /* "diplomatic": not an array */

    assert_int_equal(sr_cameogold_next(r, &rec), SR_CAMEOGOLD_END);
    assert_int_equal(sr_cameogold_next(r, &rec), SR_CAMEOGOLD_END);
    assert_null(rec.text);
    assert_string_equal(sr_cameogold_message(r), "");
    sr_cameogold_close(r);
}

static void expect_bad(const char *s, sr_cameogold_format format, const char *message)
{
    sr_cameogold *r = sr_cameogold_open_memory(s, strlen(s), format, "bad");
    assert_non_null(r);
    sr_cameo_record rec;
    sr_cameogold_status st = sr_cameogold_next(r, &rec);
    if (st != SR_CAMEOGOLD_EBAD) fail_msg("expected EBAD (%s), got %d", message, (int)st);
    const char *m = sr_cameogold_message(r);
    if (strncmp(m, message, strlen(message))) fail_msg("message '%s' does not start '%s'", m, message);
    assert_int_equal(sr_cameogold_next(r, &rec), SR_CAMEOGOLD_EBAD);   /* sticky */
    sr_cameogold_close(r);
}

static void test_plover_malformed(void **state)
{
    (void)state;
    expect_bad("[\n{\"id\": \"a\",\n \"event\": }\n]", SR_CAMEOGOLD_PLOVER, "bad:3: malformed JSON: ");
    expect_bad("[\n{\"id\": \"a\"}\n", SR_CAMEOGOLD_PLOVER, "bad: malformed JSON: the file ends inside the array");
    expect_bad("", SR_CAMEOGOLD_PLOVER, "bad: malformed JSON: the file ends inside nothing (empty file)");
    expect_bad("{\"id\": \"a\"}", SR_CAMEOGOLD_PLOVER, "bad: not a PLOVER gold file: the JSON is not an array");
    expect_bad("[]\n\n[]", SR_CAMEOGOLD_PLOVER, "bad:3: malformed JSON: ");   /* json-c or us */
    expect_bad("[1,]", SR_CAMEOGOLD_PLOVER, "bad:1: malformed JSON: ");   /* strict: no trailing comma */

    /* an array of DOCUMENT entries alone: no record, no skip */
    sr_cameogold *r = open_str("[{\"event\": \"DOCUMENT\"}]  \n", SR_CAMEOGOLD_PLOVER, "doc");
    sr_cameo_record rec;
    assert_int_equal(sr_cameogold_next(r, &rec), SR_CAMEOGOLD_END);
    sr_cameogold_close(r);
}

/* ---- PETRARCH -------------------------------------------------------------------- */

static const char PETRARCH[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"                                                        /* 1 */
    "<Validation>\n"                                                                                      /* 2 */
    "<!-- <Sentence id=\"commented\"> -->\n"                                                              /* 3 */
    "<Environment><Config option=\"x\" value=\"1\"></Config></Environment>\n"                             /* 4 */
    "<Sentences>\n"                                                                                       /* 5 */
    "<Sentence date=\"19950101\" id=\"DEMO-00\" category=\"DEMO\" sentence=\"true\">\n"                   /* 6 */
    "<!-- a comment -->\n"                                                                                /* 7 */
    "<EventCoding sourcecode=\"RUSGOV\" targetcode=\"ARN\" eventcode=\"064\"></EventCoding>\n"            /* 8 */
    "<EventCoding sourcecode=\"---\" targetcode=\"GONMIL\" eventcode=\" 1721 \"/>\n"                      /* 9 */
    "<Text>\n"                                                                                            /* 10 */
    "Russia is about to restore   full diplomatic ties\t\n"                                               /* 11 */
    "with Gondor &amp; Arnor.\n"                                                                          /* 12 */
    "</Text>\n"                                                                                           /* 13 */
    "<Parse>(ROOT (S (NP (NNP Russia))))</Parse>\n"                                                       /* 14 */
    "</Sentence>\n"                                                                                       /* 15 */
    "<Sentence date = \"2008-08-01\" id =\"N-1\" category=\"PARSING\" sentence=\"false\">\n"              /* 16 */
    "<EventCoding noevents = \"True\"></EventCoding>\n"                                                   /* 17 */
    "<Text>Nothing happened.</Text>\n"                                                                    /* 18 */
    "</Sentence>\n"                                                                                       /* 19 */
    "<Sentence id=\"E-1\" category=\"ERROR\" sentence=\"true\">\n"                                        /* 20 */
    "<EventCoding error=\"dateline\"></EventCoding>\n"                                                    /* 21 */
    "<Text>CEBU CITY: -- a dateline.</Text>\n"                                                            /* 22 */
    "</Sentence>\n"                                                                                       /* 23 */
    "<Sentence date=\"1995x101\" category=\"PATTERN\">\n"                                                 /* 24 */
    "<Text>Gollum was in an accord.</Text>\n"                                                             /* 25 */
    "</Sentence>\n"                                                                                       /* 26 */
    "<Sentence id=\"BAD-1\"><EventCoding sourcecode=\"ARN\" targetcode=\"GON\"/><Text>x</Text></Sentence>\n" /* 27 */
    "<Sentence id=\"BAD-2\"><EventCoding eventcode=\"010\"/><Text>a</Text><Text>b</Text></Sentence>\n"   /* 28 */
    "<Sentence id=\"BAD-3\"><EventCoding eventcode=\"010\"/><Text> \t </Text></Sentence>\n"                /* 29 */
    "<Sentence id=\"BAD-4\"><EventCoding eventcode=\"010\"/></Sentence>\n"                                /* 30 */
    "<Sentence id=\"BAD-5\"><Sentence id=\"in\"><Text>x</Text></Sentence><Text>y</Text></Sentence>\n"    /* 31 */
    "<Sentence id=\"LAST\"><EventCoding sourcecode=\"USA\" eventcode=\"190\"/>"
    "<Text><![CDATA[US forces <fought>.]]></Text></Sentence>\n"                                           /* 32 */
    "</Sentences>\n"
    "</Validation>\n";

static void test_petrarch(void **state)
{
    (void)state;
    sr_cameogold *r = open_str(PETRARCH, SR_CAMEOGOLD_PETRARCH, "unit.xml");
    sr_cameo_record rec;

    next_record(r, &rec);
    assert_string_equal(rec.id, "DEMO-00");
    assert_int_equal(rec.ordinal, 1);
    assert_int_equal(rec.line, 6);
    assert_string_equal(rec.text, "Russia is about to restore full diplomatic ties with Gondor & Arnor.");
    assert_int_equal(rec.text_len, strlen(rec.text));
    assert_string_equal(rec.date, "1995-01-01");
    assert_null(rec.lang);
    assert_string_equal(rec.category, "DEMO");
    assert_false(rec.disabled);
    assert_false(rec.no_events);
    assert_null(rec.error);
    assert_int_equal(rec.n_codings, 2);
    assert_string_equal(rec.codings[0].event, "064");
    assert_int_equal(rec.codings[0].n_sources, 1);
    assert_int_equal(rec.codings[0].n_targets, 1);
    expect_actor(rec.codings[0].sources, NULL, "RUSGOV", "RUS");
    expect_actor(rec.codings[0].targets, NULL, "ARN", "");
    assert_string_equal(rec.codings[1].event, "1721");
    expect_actor(rec.codings[1].sources, NULL, "---", "");
    expect_actor(rec.codings[1].targets, NULL, "GONMIL", "");

    next_record(r, &rec);
    assert_string_equal(rec.id, "N-1");
    assert_int_equal(rec.line, 16);
    assert_string_equal(rec.date, "2008-08-01");
    assert_true(rec.disabled);
    assert_true(rec.no_events);
    assert_int_equal(rec.n_codings, 0);
    assert_null(rec.codings);

    next_record(r, &rec);
    assert_string_equal(rec.id, "E-1");
    assert_null(rec.date);
    assert_string_equal(rec.error, "dateline");
    assert_false(rec.no_events);
    assert_int_equal(rec.n_codings, 0);

    next_record(r, &rec);   /* no id, no <EventCoding>: "no event" */
    assert_string_equal(rec.id, "#4");
    assert_int_equal(rec.ordinal, 4);
    assert_null(rec.date);   /* "1995x101" */
    assert_true(rec.no_events);
    assert_string_equal(rec.text, "Gollum was in an accord.");

    expect_skip(r, "unit.xml:27: sentence BAD-1 skipped: an <EventCoding> without eventcode");
    expect_skip(r, "unit.xml:28: sentence BAD-2 skipped: a second <Text>");
    expect_skip(r, "unit.xml:29: sentence BAD-3 skipped: an empty <Text>");
    expect_skip(r, "unit.xml:30: sentence BAD-4 skipped: no <Text>");
    expect_skip(r, "unit.xml:31: sentence BAD-5 skipped: a <Sentence> inside a <Sentence>");

    next_record(r, &rec);
    assert_string_equal(rec.id, "LAST");
    assert_int_equal(rec.ordinal, 10);
    assert_string_equal(rec.text, "US forces <fought>.");
    assert_int_equal(rec.n_codings, 1);
    expect_actor(rec.codings[0].sources, NULL, "USA", "USA");
    assert_int_equal(rec.codings[0].n_targets, 0);
    assert_null(rec.codings[0].targets);

    assert_int_equal(sr_cameogold_next(r, &rec), SR_CAMEOGOLD_END);
    assert_int_equal(sr_cameogold_next(r, &rec), SR_CAMEOGOLD_END);
    sr_cameogold_close(r);
}

static void test_petrarch_malformed(void **state)
{
    (void)state;
    expect_bad("<Sentences>\n<Sentence id=\"x\"><Text>a</Sentence>\n</Sentences>\n", SR_CAMEOGOLD_PETRARCH,
               "bad:2:");
    sr_cameogold *r = open_str("<Sentences>\n<Sentence id=\"x\"><Text>a</Sentence>\n</Sentences>\n",
                               SR_CAMEOGOLD_PETRARCH, "bad");
    sr_cameo_record rec;
    assert_int_equal(sr_cameogold_next(r, &rec), SR_CAMEOGOLD_EBAD);
    /* file:line:column, then libxml2's words (which vary between its versions) */
    assert_int_equal(strncmp(sr_cameogold_message(r), "bad:2:", 6), 0);
    assert_non_null(strstr(sr_cameogold_message(r), ": malformed XML: "));
    sr_cameogold_close(r);

    /* an entity a DTD declares is not expanded: the sentence is skipped */
    r = open_str("<!DOCTYPE s [<!ENTITY g \"Gondor\">]>\n<s><Sentence id=\"d\"><EventCoding eventcode=\"010\"/>"
                 "<Text>Arnor met &g;.</Text></Sentence></s>",
                 SR_CAMEOGOLD_PETRARCH, "dtd.xml");
    expect_skip(r, "dtd.xml:2: sentence d skipped: a reference to an entity a DTD declares (&g;), which is not "
                   "expanded");
    assert_int_equal(sr_cameogold_next(r, &rec), SR_CAMEOGOLD_END);
    sr_cameogold_close(r);

    /* well-formed, no sentence */
    r = open_str("<Validation/>", SR_CAMEOGOLD_PETRARCH, "none.xml");
    assert_int_equal(sr_cameogold_next(r, &rec), SR_CAMEOGOLD_END);
    sr_cameogold_close(r);
    assert_int_equal(sr_cameogold_next(NULL, &rec), SR_CAMEOGOLD_EIO);
    sr_cameogold_close(NULL);
}

static void test_files(void **state)
{
    (void)state;
    char dir[] = "/tmp/sr_test_cameogold_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[2][64];
    const char *body[2] = {PLOVER, PETRARCH};
    sr_cameogold_format fmt[2] = {SR_CAMEOGOLD_PLOVER, SR_CAMEOGOLD_PETRARCH};
    for (int i = 0; i < 2; i++) {
        snprintf(path[i], sizeof path[i], "%s/gold%d", dir, i);
        FILE *f = fopen(path[i], "wb");
        assert_non_null(f);
        assert_int_equal(fwrite(body[i], 1, strlen(body[i]), f), strlen(body[i]));
        assert_int_equal(fclose(f), 0);
        char *err = NULL;
        sr_cameogold *r = sr_cameogold_open(path[i], fmt[i], &err);
        assert_non_null(r);
        assert_null(err);
        sr_cameo_record rec;
        next_record(r, &rec);
        assert_string_equal(rec.id, i ? "DEMO-00" : "T-AGREE-0001");
        int records = 1, skipped = 0;
        sr_cameogold_status st;
        while ((st = sr_cameogold_next(r, &rec)) == SR_CAMEOGOLD_RECORD || st == SR_CAMEOGOLD_SKIPPED)
            st == SR_CAMEOGOLD_RECORD ? records++ : skipped++;
        assert_int_equal(st, SR_CAMEOGOLD_END);
        assert_int_equal(records, i ? 5 : 3);
        assert_int_equal(skipped, i ? 5 : 4);
        sr_cameogold_close(r);
        unlink(path[i]);

        r = sr_cameogold_open(path[i], fmt[i], &err);
        assert_null(r);
        char want[256];
        snprintf(want, sizeof want, "%s: No such file or directory", path[i]);
        assert_string_equal(err, want);
        free(err);
    }
    rmdir(dir);
}

/* ---- the scorer ------------------------------------------------------------------- */

static sr_cameo_actor actor(const char *code)
{
    sr_cameo_actor a = {NULL, code, ""};
    sr_cameo_country(code, a.country);
    return a;
}

static sr_cameo_guess guess(const char *plover, const char *cameo, const char *src, const char *tgt)
{
    sr_cameo_guess g = {true, plover, cameo, src, tgt};
    return g;
}

static void score(sr_cameo_eval *ev, const sr_cameo_record *rec, sr_cameo_guess g, bool refused, bool scored,
                  bool agree, const char *ours)
{
    sr_cameo_outcome o;
    assert_int_equal(sr_cameo_eval_score(ev, rec, &g, refused, &o), SR_OK);
    assert_int_equal(o.scored, scored);
    assert_int_equal(o.agree, agree);
    assert_string_equal(o.ours, ours);
}

static void test_score_plover(void **state)
{
    (void)state;
    sr_cameo_eval *ev = sr_cameo_eval_new(SR_CAMEO_PLOVER);
    assert_non_null(ev);
    sr_cameo_actor rus[] = {actor("RUSGOV"), actor("IGO")}, usa[] = {actor("USA")}, igo[] = {actor("IGO")};
    sr_cameo_coding agree_c = {"AGREE", rus, 2, usa, 1}, reject_c = {"REJECT", igo, 1, NULL, 0};
    sr_cameo_record agree_r = {.id = "a", .text = "t", .text_len = 1, .codings = &agree_c, .n_codings = 1};
    sr_cameo_record reject_r = {.id = "r", .text = "t", .text_len = 1, .codings = &reject_c, .n_codings = 1};

    /* 1 AGREE, ours AGREE, source RUS (agrees), target none given (disagrees, unknown) */
    score(ev, &agree_r, guess("AGREE", "057", "RUS", ""), false, true, true, "AGREE");
    /* 2 AGREE, ours FIGHT, source TUR (disagrees), target USA (agrees) */
    score(ev, &agree_r, guess("FIGHT", "190", "TUR", "USA"), false, true, false, "FIGHT");
    /* 3 AGREE, no event */
    sr_cameo_guess nothing = {0};
    score(ev, &agree_r, nothing, false, true, false, SR_CAMEO_NO_EVENT);
    /* 4 REJECT, an event without a PLOVER type; gold source IGO has no country */
    score(ev, &reject_r, guess("-", "-", "RUS", NULL), false, true, false, SR_CAMEO_NO_CODE);
    /* 5 REJECT, refused (whatever the guess says) */
    score(ev, &reject_r, guess("REJECT", "120", NULL, NULL), true, true, false, SR_CAMEO_NO_EVENT);
    /* 6 REJECT, ours FIGHT */
    score(ev, &reject_r, guess("FIGHT", "190", NULL, NULL), false, true, false, "FIGHT");

    sr_cameo_summary s;
    sr_cameo_eval_summary(ev, &s);
    assert_int_equal(s.scheme, SR_CAMEO_PLOVER);
    assert_int_equal(s.records, 6);
    assert_int_equal(s.refused, 1);
    assert_int_equal(s.no_event_all, 2);   /* 3 and 5 */
    assert_int_equal(s.scored, 6);
    assert_int_equal(s.agree, 1);
    assert_int_equal(s.agree_full, 0);
    assert_int_equal(s.no_event, 2);
    assert_int_equal(s.no_code, 1);
    assert_int_equal(s.wrong, 2);
    assert_true(s.agreement == 1.0 / 6);
    assert_true(s.agreement_on_events == 1.0 / 3);   /* 1 of records 1, 2, 6 */
    /* sources: records 1-3 have RUS; 1 agrees; 3 gave none.  Targets: USA on 1-3; 2 agrees; 1, 3 none */
    assert_int_equal(s.source_gold, 3);
    assert_int_equal(s.source_agree, 1);
    assert_int_equal(s.source_unknown, 1);
    assert_int_equal(s.target_gold, 3);
    assert_int_equal(s.target_agree, 1);
    assert_int_equal(s.target_unknown, 2);
    assert_true(s.source_agreement == 1.0 / 3);
    /* rows: REJECT 3 missed, AGREE 2 missed */
    assert_int_equal(s.n_rows, 2);
    const sr_cameo_row *r = &s.rows[0];
    assert_string_equal(r->gold, "REJECT");
    assert_int_equal(r->n, 3);
    assert_int_equal(r->agree, 0);
    assert_int_equal(r->missed, 3);
    assert_int_equal(r->no_event, 2);
    assert_int_equal(r->n_instead, 3);   /* ties in the order first met in the run */
    assert_string_equal(r->instead[0].label, "FIGHT");
    assert_string_equal(r->instead[1].label, SR_CAMEO_NO_EVENT);
    assert_string_equal(r->instead[2].label, SR_CAMEO_NO_CODE);
    r = &s.rows[1];
    assert_string_equal(r->gold, "AGREE");
    assert_int_equal(r->n, 3);
    assert_int_equal(r->agree, 1);
    assert_int_equal(r->missed, 2);
    assert_true(r->agreement == 1.0 / 3);
    assert_int_equal(r->n_instead, 2);
    assert_string_equal(r->instead[0].label, "FIGHT");
    assert_int_equal(r->instead[0].count, 1);

    assert_int_equal(sr_cameo_eval_score(NULL, &agree_r, &nothing, false, NULL), SR_EARG);
    assert_int_equal(sr_cameo_eval_score(ev, &agree_r, NULL, false, NULL), SR_EARG);
    sr_cameo_eval_free(ev);
}

static void test_score_petrarch(void **state)
{
    (void)state;
    char root[3];
    assert_true(sr_cameo_root("0874", root));
    assert_string_equal(root, "08");
    assert_true(sr_cameo_root("190", root));
    assert_string_equal(root, "19");
    assert_true(sr_cameo_root("2041", root));
    assert_true(sr_cameo_root("174K", root));
    assert_false(sr_cameo_root("903", root));
    assert_string_equal(root, "");
    assert_false(sr_cameo_root("210", root));
    assert_false(sr_cameo_root("00", root));
    assert_false(sr_cameo_root("1", root));
    assert_false(sr_cameo_root("-", root));
    assert_false(sr_cameo_root(NULL, root));

    sr_cameo_eval *ev = sr_cameo_eval_new(SR_CAMEO_PETRARCH);
    assert_non_null(ev);
    sr_cameo_actor arn = actor("ARN"), rus = actor("RUSGOV"), gon = actor("GON"), usa = actor("USAGOV");
    sr_cameo_coding two[] = {{"064", &rus, 1, &gon, 1}, {"023", &arn, 1, &usa, 1}};
    sr_cameo_coding test[] = {{"903", &rus, 1, NULL, 0}};
    sr_cameo_record two_r = {.id = "2", .text = "t", .text_len = 1, .codings = two, .n_codings = 2};
    sr_cameo_record test_r = {.id = "9", .text = "t", .text_len = 1, .codings = test, .n_codings = 1};
    sr_cameo_record none_r = {.id = "n", .text = "t", .text_len = 1, .no_events = true};
    sr_cameo_record err_r = {.id = "e", .text = "t", .text_len = 1, .error = "dateline"};
    sr_cameo_guess nothing = {0};

    /* roots 06 and 02: ours 0641 agrees on the root only; source RUS agrees, target USA agrees */
    score(ev, &two_r, guess("AGREE", "0641", "RUS", "USA"), false, true, true, "06");
    /* ours 023: root and full code */
    score(ev, &two_r, guess("SUPPORT", "023", "GON", NULL), false, true, true, "02");
    /* ours 190: neither; counts in both rows */
    score(ev, &two_r, guess("FIGHT", "190", NULL, NULL), false, true, false, "19");
    /* test codes only: not in the code agreement; its source counts */
    score(ev, &test_r, guess("FIGHT", "190", "RUS", NULL), false, false, false, "19");
    /* noevents: once an event (disagrees), once none (agrees) */
    score(ev, &none_r, guess("FIGHT", "190", NULL, NULL), false, false, false, "19");
    score(ev, &none_r, nothing, false, false, false, SR_CAMEO_NO_EVENT);
    /* error: refused */
    score(ev, &err_r, nothing, true, false, false, SR_CAMEO_NO_EVENT);

    sr_cameo_summary s;
    sr_cameo_eval_summary(ev, &s);
    assert_int_equal(s.records, 7);
    assert_int_equal(s.refused, 1);
    assert_int_equal(s.no_event_all, 2);
    assert_int_equal(s.scored, 3);
    assert_int_equal(s.agree, 2);
    assert_int_equal(s.agree_full, 1);
    assert_int_equal(s.wrong, 1);
    assert_int_equal(s.no_event + s.no_code, 0);
    assert_true(s.agreement == 2.0 / 3);
    assert_true(s.agreement_full == 1.0 / 3);
    assert_int_equal(s.gold_none, 2);
    assert_int_equal(s.gold_none_agree, 1);
    assert_int_equal(s.gold_error, 1);
    assert_int_equal(s.gold_error_agree, 1);
    assert_int_equal(s.gold_test_codes, 1);
    assert_int_equal(s.source_gold, 4);   /* the three two-coding records and the test one */
    assert_int_equal(s.source_agree, 2);
    assert_int_equal(s.source_unknown, 1);
    assert_int_equal(s.target_gold, 3);
    assert_int_equal(s.target_agree, 1);
    assert_int_equal(s.target_unknown, 2);
    /* rows 02 and 06: 3 records each, 2 agree, 1 missed (19); same misses, same n: by label */
    assert_int_equal(s.n_rows, 2);
    assert_string_equal(s.rows[0].gold, "02");
    assert_string_equal(s.rows[1].gold, "06");
    for (int i = 0; i < 2; i++) {
        assert_int_equal(s.rows[i].n, 3);
        assert_int_equal(s.rows[i].agree, 2);
        assert_int_equal(s.rows[i].missed, 1);
        assert_int_equal(s.rows[i].n_instead, 1);
        assert_string_equal(s.rows[i].instead[0].label, "19");
    }
    sr_cameo_eval_free(ev);
}

static void test_instead_and_pool(void **state)
{
    (void)state;
    sr_cameo_eval *ev = sr_cameo_eval_new(SR_CAMEO_PLOVER);
    sr_cameo_coding x = {"X", NULL, 0, NULL, 0};
    sr_cameo_record xr = {.id = "x", .text = "t", .text_len = 1, .codings = &x, .n_codings = 1};
    /* ours: A, B, B, C, D, D, D -> D x3, B x2, A x1 (A met before C) */
    const char *ours[] = {"A", "B", "B", "C", "D", "D", "D"};
    for (size_t i = 0; i < sizeof ours / sizeof ours[0]; i++)
        score(ev, &xr, guess(ours[i], NULL, NULL, NULL), false, true, false, ours[i]);
    /* 70 more gold labels, each once and agreed: 62 get rows of their own, 8 pool into "(other)" */
    char labels[70][16];
    for (int i = 0; i < 70; i++) {
        snprintf(labels[i], sizeof labels[i], "L%02d", i);
        sr_cameo_coding c = {labels[i], NULL, 0, NULL, 0};
        sr_cameo_record r = {.id = "l", .text = "t", .text_len = 1, .codings = &c, .n_codings = 1};
        score(ev, &r, guess(labels[i], NULL, NULL, NULL), false, true, true, labels[i]);
    }
    sr_cameo_summary s;
    sr_cameo_eval_summary(ev, &s);
    assert_int_equal(s.scored, 77);
    assert_int_equal(s.agree, 70);
    assert_int_equal(s.n_rows, SR_CAMEO_MAX_LABELS);
    const sr_cameo_row *r = &s.rows[0];
    assert_string_equal(r->gold, "X");
    assert_int_equal(r->missed, 7);
    assert_int_equal(r->n_instead, 3);
    assert_string_equal(r->instead[0].label, "D");
    assert_int_equal(r->instead[0].count, 3);
    assert_string_equal(r->instead[1].label, "B");
    assert_int_equal(r->instead[1].count, 2);
    assert_string_equal(r->instead[2].label, "A");
    assert_int_equal(r->instead[2].count, 1);
    /* then by more records: "(other)" with 8, then the rest by label */
    assert_string_equal(s.rows[1].gold, "(other)");
    assert_int_equal(s.rows[1].n, 8);
    assert_int_equal(s.rows[1].agree, 8);   /* agreement compares the labels themselves, not the pool */
    assert_string_equal(s.rows[2].gold, "L00");
    assert_string_equal(s.rows[63].gold, "L61");
    sr_cameo_eval_free(ev);

    /* empty */
    ev = sr_cameo_eval_new(SR_CAMEO_PETRARCH);
    sr_cameo_eval_summary(ev, &s);
    assert_int_equal(s.records, 0);
    assert_int_equal(s.n_rows, 0);
    assert_true(s.agreement == 0);
    sr_cameo_eval_free(ev);
    sr_cameo_eval_summary(NULL, &s);
    assert_int_equal(s.records, 0);
}

static void test_with_engine(void **state)
{
    (void)state;
    sr_engine *eng = NULL;
    char *err = NULL;
    if (sr_engine_new(NULL, &eng, &err) != SR_OK) fail_msg("engine: %s", err ? err : "?");
    sr_worker *w = NULL;
    assert_int_equal(sr_worker_new(eng, &w), SR_OK);
    sr_cameo_eval *ev = sr_cameo_eval_new(SR_CAMEO_PLOVER);
    sr_cameo_coding c = {"PROTEST", NULL, 0, NULL, 0};
    sr_cameo_record blank = {.id = "b", .text = "   ", .text_len = 3, .codings = &c, .n_codings = 1};
    sr_cameo_outcome o;
    assert_int_equal(sr_cameo_eval_record(ev, w, &blank, &o), SR_OK);   /* refused: only white space */
    assert_false(o.guess.found);
    assert_string_equal(o.ours, SR_CAMEO_NO_EVENT);
    sr_cameo_record rec = {.id = "p", .text = "Police arrested four men in Nairobi on Tuesday.", .codings = &c,
                           .n_codings = 1, .date = "2020-05-05", .lang = "xx"};
    rec.text_len = strlen(rec.text);
    assert_int_equal(sr_cameo_eval_record(ev, w, &rec, &o), SR_OK);
    assert_true(o.scored);
    if (o.guess.found) assert_string_equal(o.ours, o.guess.plover);   /* whatever the lexicon says */
    sr_cameo_summary s;
    sr_cameo_eval_summary(ev, &s);
    assert_int_equal(s.records, 2);
    assert_int_equal(s.refused, 1);
    assert_int_equal(s.scored, 2);
    assert_int_equal(sr_cameo_eval_record(ev, NULL, &rec, NULL), SR_EARG);
    sr_cameo_eval_free(ev);
    sr_worker_free(w);
    sr_engine_free(eng);
    free(err);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_country),          cmocka_unit_test(test_plover),
        cmocka_unit_test(test_plover_malformed), cmocka_unit_test(test_petrarch),
        cmocka_unit_test(test_petrarch_malformed), cmocka_unit_test(test_files),
        cmocka_unit_test(test_score_plover),     cmocka_unit_test(test_score_petrarch),
        cmocka_unit_test(test_instead_and_pool), cmocka_unit_test(test_with_engine),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
