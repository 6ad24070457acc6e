/*
 * test_lexicon.c — the lexicon loader (y_/n_ files in tests/lexicon: y_* must
 * load, n_* must be refused with the message stored in n_*.err) and the token
 * trie matcher (exact, stem, prefix, number and wildcard tests, language
 * filter, diacritic-insensitive matching, longest-first order).
 */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "lex/lexicon.h"
#include "lex/fold.h"
#include "util/arena.h"

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    if (fread(b, 1, (size_t)n, f) != (size_t)n) { free(b); fclose(f); return NULL; }
    b[n] = '\0';
    fclose(f);
    *len = (size_t)n;
    return b;
}

static void test_loader_verdicts(void **state)
{
    (void)state;
    DIR *d = opendir("tests/lexicon");
    assert_non_null(d);
    int checked = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n < 5 || strcmp(e->d_name + n - 4, ".lex")) continue;
        char path[512];
        snprintf(path, sizeof path, "tests/lexicon/%s", e->d_name);
        size_t len;
        char *text = slurp(path, &len);
        assert_non_null(text);
        sr_lexicon *lex = sr_lexicon_new();
        char *err = NULL;
        sr_status st = sr_lexicon_load_buffer(lex, e->d_name, text, len, SR_LANG_EN, &err);
        if (e->d_name[0] == 'y') {
            if (st != SR_OK) fail_msg("%s should load: %s", e->d_name, err);
            assert_int_equal(sr_lexicon_compile(lex, NULL), SR_OK);
            assert_true(sr_lexicon_size(lex) > 0);
        } else {
            assert_int_equal(st, SR_EDATA);
            char errpath[512];
            snprintf(errpath, sizeof errpath, "tests/lexicon/%.*s.err", (int)(n - 4), e->d_name);
            size_t elen;
            char *want = slurp(errpath, &elen);
            assert_non_null(want);
            if (elen && want[elen - 1] == '\n') want[elen - 1] = '\0';
            assert_non_null(err);
            assert_string_equal(err, want);
            free(want);
        }
        free(err);
        free(text);
        sr_lexicon_free(lex);
        checked++;
    }
    closedir(d);
    assert_true(checked >= 10);
}

/* Build tokens for a space-separated phrase: fold = the word lower-cased,
 * stem from the lexicon's English stemmer, numbers recognised. */
static int make_tokens(sr_lexicon *lex, char *words, sr_token *toks, int max, uint8_t lang)
{
    int n = 0;
    for (char *w = strtok(words, " "); w && n < max; w = strtok(NULL, " ")) {
        sr_token *t = &toks[n++];
        memset(t, 0, sizeof *t);
        t->fold = w;
        t->lang = lang;
        t->kind = (w[0] >= '0' && w[0] <= '9') ? SR_TOK_NUMBER : SR_TOK_WORD;
        if (t->kind == SR_TOK_WORD) {
            char *stem = malloc(64);
            sr_lexicon_stem(lex, lang == SR_LANG_TR ? SR_LANG_TR : SR_LANG_EN, w, stem, 64);
            t->stem = stem;
        } else {
            t->stem = t->fold;
        }
    }
    return n;
}

static void free_stems(sr_token *toks, int n)
{
    for (int i = 0; i < n; i++)
        if (toks[i].stem != toks[i].fold) free((char *)toks[i].stem);
}

static const char *LEX =
    "[trigger]\n"
    "fire~ | type=armed_clash\n"
    "return~ fire | type=armed_clash retaliation\n"
    "launch~ _ operation | type=armed_clash\n"
    "saldır* | type=attack\n"
    "[weapon]\n"
    "<num> rocket~ | type=shelling\n"
    "[place]\n";

static void test_match_kinds(void **state)
{
    (void)state;
    sr_lexicon *lex = sr_lexicon_new();
    char *err = NULL;
    /* [place] is not a section a file may declare */
    assert_int_equal(sr_lexicon_load_buffer(lex, "t", LEX, strlen(LEX), SR_LANG_EN, &err), SR_EDATA);
    assert_string_equal(err, "t:8: unknown section [place]");
    free(err);
    sr_lexicon_free(lex);

    lex = sr_lexicon_new();
    size_t len = strlen(LEX) - strlen("[place]\n");
    assert_int_equal(sr_lexicon_load_buffer(lex, "t", LEX, len, SR_LANG_UNKNOWN, NULL), SR_OK);
    sr_lex_attr a[] = {{"feature", "place"}};
    assert_int_equal(sr_lexicon_add(lex, SR_LEX_PLACE, SR_LANG_UNKNOWN, "Kılıs", a, 1, NULL, "code", 1, NULL), SR_OK);
    assert_int_equal(sr_lexicon_compile(lex, NULL), SR_OK);
    /* no entries after compiling */
    assert_int_equal(sr_lexicon_add(lex, SR_LEX_PLACE, SR_LANG_UNKNOWN, "x", a, 1, NULL, "code", 2, NULL), SR_EARG);

    char words[] = "forces returned fire and launched an operation after 2 rockets saldırıya hit kilis";
    sr_token toks[32];
    int n = make_tokens(lex, words, toks, 32, SR_LANG_EN);
    sr_arena *arena = sr_arena_new(NULL);
    sr_lex_hit *hits;
    int nh = sr_lexicon_match(lex, toks, 0, n, arena, &hits);
    /* returned fire (2) + fire (1) + launched an operation (3) + 2 rockets (2) + saldır* (1) + kilis (1) */
    assert_int_equal(nh, 6);
    assert_int_equal(hits[0].tok_begin, 1);
    assert_int_equal(hits[0].tok_end, 3); /* longest first at one start */
    assert_true(sr_lex_is(hits[0].entry, "retaliation", NULL));
    assert_int_equal(hits[1].tok_begin, 2);
    assert_int_equal(hits[2].tok_begin, 4);
    assert_int_equal(hits[2].tok_end, 7);
    assert_string_equal(sr_lex_get(hits[3].entry, "type"), "shelling");
    assert_int_equal(hits[4].entry->cls, SR_LEX_TRIGGER);
    assert_string_equal(sr_lex_get(hits[4].entry, "type"), "attack");
    assert_int_equal(hits[5].entry->cls, SR_LEX_PLACE); /* "Kılıs" pattern meets "kilis" */
    assert_null(sr_lex_get(hits[5].entry, "nonexistent"));
    free_stems(toks, n);
    sr_arena_free(arena);
    sr_lexicon_free(lex);
}

static void test_language_filter(void **state)
{
    (void)state;
    const char *text = "[trigger]\n%lang tr\nvur~ | type=attack\n%lang en\nhit | type=attack\n";
    sr_lexicon *lex = sr_lexicon_new();
    assert_int_equal(sr_lexicon_load_buffer(lex, "t", text, strlen(text), SR_LANG_UNKNOWN, NULL), SR_OK);
    assert_int_equal(sr_lexicon_compile(lex, NULL), SR_OK);
    char w1[] = "hit";
    sr_token toks[4];
    int n = make_tokens(lex, w1, toks, 4, SR_LANG_TR);
    sr_arena *arena = sr_arena_new(NULL);
    sr_lex_hit *hits;
    assert_int_equal(sr_lexicon_match(lex, toks, 0, n, arena, &hits), 0); /* English entry, Turkish text */
    free_stems(toks, n);
    char w2[] = "hit";
    n = make_tokens(lex, w2, toks, 4, SR_LANG_EN);
    assert_int_equal(sr_lexicon_match(lex, toks, 0, n, arena, &hits), 1);
    free_stems(toks, n);
    sr_arena_free(arena);
    sr_lexicon_free(lex);
}

/* [suffix] entries: never matched as tokens; the longest ending wins; an
 * attribute filter; a negation infix found inside a word. */
static void test_suffixes(void **state)
{
    (void)state;
    const char *text = "[suffix]\n%lang tr\nde | role=location\nden | role=origin\ni | role=target\n"
                       "memiş | negation\n[trigger]\n%lang tr\ndüş* | type=attack\n";
    sr_lexicon *lex = sr_lexicon_new();
    assert_int_equal(sr_lexicon_load_buffer(lex, "t", text, strlen(text), SR_LANG_UNKNOWN, NULL), SR_OK);
    assert_null(sr_lexicon_suffix(lex, SR_LANG_TR, "kilisden", "role", false)); /* before compiling */
    assert_int_equal(sr_lexicon_compile(lex, NULL), SR_OK);
    const sr_lex_entry *e = sr_lexicon_suffix(lex, SR_LANG_TR, "suriyeden", "role", false);
    assert_non_null(e);
    assert_string_equal(sr_lex_get(e, "role"), "origin"); /* "den", not "de" */
    e = sr_lexicon_suffix(lex, SR_LANG_TR, "bolgesinde", "role", false);
    assert_string_equal(sr_lex_get(e, "role"), "location");
    assert_null(sr_lexicon_suffix(lex, SR_LANG_TR, "kilis", "role", false));
    assert_null(sr_lexicon_suffix(lex, SR_LANG_EN, "suriyeden", "role", false)); /* Turkish entries only */
    e = sr_lexicon_suffix(lex, SR_LANG_TR, "dusmemistir", "negation", true);
    assert_non_null(e);
    assert_null(sr_lexicon_suffix(lex, SR_LANG_TR, "dusmustur", "negation", true));
    /* suffixes are not in the trie: the word "de" matches nothing */
    char w[] = "de";
    sr_token toks[2];
    int n = make_tokens(lex, w, toks, 2, SR_LANG_TR);
    sr_arena *arena = sr_arena_new(NULL);
    sr_lex_hit *hits;
    assert_int_equal(sr_lexicon_match(lex, toks, 0, n, arena, &hits), 0);
    free_stems(toks, n);
    sr_arena_free(arena);
    sr_lexicon_free(lex);
}

static void test_plain(void **state)
{
    (void)state;
    char out[64];
    sr_plain("kılıç", out, sizeof out);
    assert_string_equal(out, "kilic");
    sr_plain("i̇dlib", out, sizeof out); /* i + combining dot above */
    assert_string_equal(out, "idlib");
    sr_plain("millî şam", out, sizeof out);
    assert_string_equal(out, "milli sam");
    sr_plain("دمشق", out, sizeof out); /* other scripts pass unchanged */
    assert_string_equal(out, "دمشق");
    sr_plain("abcdef", out, 4); /* truncation stays NUL-terminated */
    assert_string_equal(out, "abc");
    assert_true(sr_is_ascii("abc"));
    assert_false(sr_is_ascii("abç"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_loader_verdicts),
        cmocka_unit_test(test_match_kinds),
        cmocka_unit_test(test_language_filter),
        cmocka_unit_test(test_suffixes),
        cmocka_unit_test(test_plain),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
