/*
 * test_lexmatch.c — the token trie matcher against a plain reference: random
 * lexicons (exact, stem, prefix, number and wildcard tests, entries of every
 * language, several entries on one pattern) over random token sequences must
 * give exactly the hits, in exactly the order, that trying every entry at
 * every token gives.  And prefix keys of 63 bytes and more (the matcher keeps
 * one bit per prefix length up to 64).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "lex/fold.h"
#include "lex/lexicon.h"
#include "util/arena.h"

#define MAX_ENTRIES 160
#define MAX_TOKS 40
#define LONG_WORD "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz"

/* lower-case NFC words (their fold is themselves); some share stems, some are
 * prefixes of others, two are not ASCII */
static const char *const VOCAB[] = {
    "fire", "fired", "firing", "fires", "return", "returned", "returns", "launch", "launched",
    "an", "the", "operation", "operations", "attack", "attacked", "attacks", "attacker", "police",
    "policeman", "killed", "kill", "saldırı", "saldırdı", "kılıç", "kilic", "of", "in", "at",
    LONG_WORD,
};
#define N_VOCAB (sizeof VOCAB / sizeof VOCAB[0])

enum { T_EXACT, T_STEM, T_PREFIX, T_NUM, T_ANY };

typedef struct ref_test {
    int kind;
    char key[128];  /* plain form the token must equal (stem key for T_STEM) or start with */
    char word[128]; /* for T_STEM, the word as written in the pattern */
} ref_test;

typedef struct ref_entry {
    int n;
    ref_test tests[4];
    sr_lang lang;
    int stemmed; /* the pattern has a ~ */
} ref_entry;

static unsigned rng_state;
static unsigned rnd(unsigned n)
{
    rng_state = rng_state * 1103515245u + 12345u;
    return (rng_state >> 8) % n;
}

static void plain_copy(const char *s, char *out, size_t cap) { sr_plain(s, out, cap); }

/* Builds a random lexicon into text (and its reference into ents); returns the count. */
static int random_lexicon(sr_lexicon *stemmer, char *text, size_t cap, ref_entry *ents, int n_entries)
{
    size_t o = (size_t)snprintf(text, cap, "[trigger]\n");
    static const char *const langs[] = {"any", "en", "tr"};
    static const sr_lang lang_vals[] = {SR_LANG_UNKNOWN, SR_LANG_EN, SR_LANG_TR};
    for (int e = 0; e < n_entries; e++) {
        ref_entry *re = &ents[e];
        int l = (int)rnd(3);
        re->lang = lang_vals[l];
        re->stemmed = 0;
        /* now and then the pattern of the entry before, in another language: one node, several entries */
        if (e > 0 && rnd(6) == 0) {
            sr_lang keep = re->lang;
            *re = ents[e - 1];
            re->lang = keep;
            if (re->stemmed) {
                /* stem keys depend on the entry's language: keep the pattern only when they agree */
                re->lang = ents[e - 1].lang;
                l = re->lang == SR_LANG_UNKNOWN ? 0 : re->lang == SR_LANG_EN ? 1 : 2;
            }
        } else {
            re->n = 1 + (int)rnd(4);
            for (int k = 0; k < re->n; k++) {
                ref_test *t = &re->tests[k];
                const char *w = VOCAB[rnd(N_VOCAB)];
                t->kind = (int)rnd(k ? 5 : 4); /* no pattern starts with _ */
                if (t->kind == T_EXACT) plain_copy(w, t->key, sizeof t->key);
                if (t->kind == T_STEM) {
                    char stem[128];
                    sr_lexicon_stem(stemmer, re->lang == SR_LANG_TR ? SR_LANG_TR : SR_LANG_EN, w, stem, sizeof stem);
                    plain_copy(stem, t->key, sizeof t->key);
                    re->stemmed = 1;
                }
                if (t->kind == T_PREFIX) {
                    char plain[128];
                    plain_copy(w, plain, sizeof plain);
                    size_t pl = 1 + rnd((unsigned)strlen(plain));
                    memcpy(t->key, plain, pl);
                    t->key[pl] = '\0';
                }
                if (t->kind == T_NUM || t->kind == T_ANY) t->key[0] = '\0';
                snprintf(t->word, sizeof t->word, "%s", w);
            }
        }
        o += (size_t)snprintf(text + o, cap - o, "%%lang %s\n", langs[l]);
        for (int k = 0; k < re->n; k++) {
            const ref_test *t = &re->tests[k];
            switch (t->kind) {
            case T_EXACT: o += (size_t)snprintf(text + o, cap - o, "%s%s", k ? " " : "", t->key); break;
            case T_STEM: o += (size_t)snprintf(text + o, cap - o, "%s%s~", k ? " " : "", t->word); break;
            case T_PREFIX: o += (size_t)snprintf(text + o, cap - o, "%s%s*", k ? " " : "", t->key); break;
            case T_NUM: o += (size_t)snprintf(text + o, cap - o, "%s<num>", k ? " " : ""); break;
            default: o += (size_t)snprintf(text + o, cap - o, "%s_", k ? " " : ""); break;
            }
        }
        o += (size_t)snprintf(text + o, cap - o, " | type=t%d\n", e);
        assert_true(o < cap);
    }
    return n_entries;
}

typedef struct ref_tok {
    char fold[128], stem[128], plain[128], plain_stem[128];
} ref_tok;

static bool matchable(const sr_token *t)
{
    return t->kind == SR_TOK_WORD || t->kind == SR_TOK_NUMBER || t->kind == SR_TOK_PUNCT || t->kind == SR_TOK_HASHTAG;
}

static bool lang_fits(sr_lang entry, uint8_t tok)
{
    return entry == SR_LANG_UNKNOWN || tok == SR_LANG_UNKNOWN || entry == tok;
}

static bool test_fits(const ref_test *t, const sr_token *tok, const ref_tok *rt)
{
    if (!matchable(tok)) return false;
    switch (t->kind) {
    case T_EXACT: return strcmp(rt->plain, t->key) == 0;
    case T_STEM: return tok->kind == SR_TOK_WORD && strcmp(rt->plain_stem, t->key) == 0;
    case T_PREFIX: return tok->kind == SR_TOK_WORD && strncmp(rt->plain, t->key, strlen(t->key)) == 0;
    case T_NUM: return tok->kind == SR_TOK_NUMBER;
    default: return tok->kind == SR_TOK_WORD;
    }
}

typedef struct ref_hit {
    int b, e, entry;
} ref_hit;

static int ref_order(const void *pa, const void *pb, const ref_entry *ents)
{
    const ref_hit *a = pa, *b = pb;
    if (a->b != b->b) return a->b - b->b;
    if (a->e != b->e) return b->e - a->e;
    if (ents[a->entry].stemmed != ents[b->entry].stemmed) return ents[a->entry].stemmed - ents[b->entry].stemmed;
    return a->entry - b->entry;
}

static const ref_entry *sort_ents;
static int ref_cmp(const void *a, const void *b) { return ref_order(a, b, sort_ents); }

/* Every entry tried at every token of [begin, end). */
static int ref_match(const ref_entry *ents, int n_ents, const sr_token *toks, const ref_tok *rts, int begin, int end,
                     ref_hit *out)
{
    int n = 0;
    for (int i = begin; i < end; i++) {
        if (!matchable(&toks[i])) continue;
        for (int e = 0; e < n_ents; e++) {
            if (!lang_fits(ents[e].lang, toks[i].lang) || i + ents[e].n > end) continue;
            bool ok = true;
            for (int k = 0; ok && k < ents[e].n; k++) ok = test_fits(&ents[e].tests[k], &toks[i + k], &rts[i + k]);
            if (ok) out[n++] = (ref_hit){i, i + ents[e].n, e};
        }
    }
    sort_ents = ents;
    qsort(out, (size_t)n, sizeof *out, ref_cmp);
    return n;
}

static void test_against_reference(void **state)
{
    (void)state;
    static char text[65536];
    static ref_entry ents[MAX_ENTRIES];
    sr_lexicon *stemmer = sr_lexicon_new();
    assert_non_null(stemmer);
    rng_state = 20261126u;
    int checked_hits = 0;
    for (int round = 0; round < 60; round++) {
        int n_ents = 20 + (int)rnd(MAX_ENTRIES - 20);
        random_lexicon(stemmer, text, sizeof text, ents, n_ents);
        sr_lexicon *lex = sr_lexicon_new();
        char *err = NULL;
        if (sr_lexicon_load_buffer(lex, "random.lex", text, strlen(text), SR_LANG_EN, &err) != SR_OK)
            fail_msg("%s\n%s", err, text);
        assert_int_equal(sr_lexicon_compile(lex, NULL), SR_OK);
        assert_int_equal(sr_lexicon_size(lex), n_ents);
        sr_arena *arena = sr_arena_new(NULL);
        for (int seq = 0; seq < 40; seq++) {
            sr_token toks[MAX_TOKS];
            ref_tok rts[MAX_TOKS];
            int n = 1 + (int)rnd(MAX_TOKS);
            uint8_t lang = (uint8_t)rnd(3);
            for (int i = 0; i < n; i++) {
                sr_token *t = &toks[i];
                ref_tok *rt = &rts[i];
                memset(t, 0, sizeof *t);
                unsigned r = rnd(20);
                if (r < 15) {
                    t->kind = SR_TOK_WORD;
                    snprintf(rt->fold, sizeof rt->fold, "%s", VOCAB[rnd(N_VOCAB)]);
                } else if (r < 17) {
                    t->kind = SR_TOK_NUMBER;
                    snprintf(rt->fold, sizeof rt->fold, "%u", rnd(100));
                } else if (r < 18) {
                    t->kind = SR_TOK_PUNCT;
                    snprintf(rt->fold, sizeof rt->fold, ",");
                } else if (r < 19) {
                    t->kind = SR_TOK_HASHTAG;
                    snprintf(rt->fold, sizeof rt->fold, "%s", VOCAB[rnd(N_VOCAB)]);
                } else {
                    t->kind = SR_TOK_URL; /* never matched */
                    snprintf(rt->fold, sizeof rt->fold, "%s", VOCAB[rnd(N_VOCAB)]);
                }
                t->lang = rnd(4) ? lang : (uint8_t)rnd(3); /* mostly the sentence's language */
                t->fold = rt->fold;
                if (t->kind == SR_TOK_WORD) {
                    sr_lexicon_stem(stemmer, t->lang == SR_LANG_TR ? SR_LANG_TR : SR_LANG_EN, rt->fold, rt->stem,
                                    sizeof rt->stem);
                    /* the tokenizer hands the fold itself when the stem is the same: both ways here */
                    t->stem = strcmp(rt->stem, rt->fold) || rnd(2) ? rt->stem : rt->fold;
                } else {
                    memcpy(rt->stem, rt->fold, sizeof rt->stem);
                    t->stem = t->fold;
                }
                plain_copy(rt->fold, rt->plain, sizeof rt->plain);
                plain_copy(rt->stem, rt->plain_stem, sizeof rt->plain_stem);
            }
            int begin = (int)rnd(3) % n, end = n - (int)(rnd(3) % (unsigned)(n - begin));
            static ref_hit want[MAX_TOKS * MAX_ENTRIES];
            int nw = ref_match(ents, n_ents, toks, rts, begin, end, want);
            sr_lex_hit *hits = NULL;
            int nh = sr_lexicon_match(lex, toks, begin, end, arena, &hits);
            if (nh != nw) fail_msg("round %d seq %d: %d hits, want %d\n%s", round, seq, nh, nw, text);
            for (int h = 0; h < nh; h++) {
                if ((int)hits[h].tok_begin != want[h].b || (int)hits[h].tok_end != want[h].e ||
                    hits[h].entry != sr_lexicon_entry(lex, want[h].entry))
                    fail_msg("round %d seq %d hit %d: [%u,%u) entry %d (%s), want [%d,%d) entry %d (%s)", round, seq,
                             h, hits[h].tok_begin, hits[h].tok_end, hits[h].entry->index, hits[h].entry->pattern,
                             want[h].b, want[h].e, want[h].entry, sr_lexicon_entry(lex, want[h].entry)->pattern);
            }
            checked_hits += nh;
            sr_arena_reset(arena);
        }
        sr_arena_free(arena);
        sr_lexicon_free(lex);
    }
    sr_lexicon_free(stemmer);
    assert_true(checked_hits > 1000); /* the random lexicons do match */
}

/* Prefix keys around 64 bytes: the matcher keeps a bit per length up to 63
 * and one for every longer one. */
static void test_long_prefixes(void **state)
{
    (void)state;
    static const int sets[][8] = {{1, 62, 63, 64, 65, 70, 78, 0}, {64, 66, 78, 0}, {40, 65, 0}};
    for (size_t set = 0; set < sizeof sets / sizeof sets[0]; set++) {
        const int *lens = sets[set];
        char text[4096];
        size_t o = (size_t)snprintf(text, sizeof text, "[trigger]\n");
        for (int i = 0; lens[i]; i++)
            o += (size_t)snprintf(text + o, sizeof text - o, "%.*s* | type=p%d\n", lens[i], LONG_WORD, lens[i]);
        /* one that parts from the word after 63 bytes: no hit */
        o += (size_t)snprintf(text + o, sizeof text - o, "%.63sZZZ* | type=other\n", LONG_WORD);
        sr_lexicon *lex = sr_lexicon_new();
        assert_int_equal(sr_lexicon_load_buffer(lex, "long.lex", text, o, SR_LANG_UNKNOWN, NULL), SR_OK);
        assert_int_equal(sr_lexicon_compile(lex, NULL), SR_OK);
        sr_arena *arena = sr_arena_new(NULL);
        for (int wl = 1; wl <= 78; wl++) {
            char word[128];
            snprintf(word, sizeof word, "%.*s", wl, LONG_WORD);
            sr_token tok = {.fold = word, .stem = word, .kind = SR_TOK_WORD, .lang = SR_LANG_EN};
            sr_lex_hit *hits;
            int n = sr_lexicon_match(lex, &tok, 0, 1, arena, &hits);
            int want = 0;
            for (int i = 0; lens[i]; i++) want += lens[i] <= wl;
            if (n != want) fail_msg("set %zu, a word of %d bytes: %d hits, want %d", set, wl, n, want);
            for (int h = 0; h < n; h++) assert_int_equal(hits[h].entry->index, h); /* load order */
        }
        sr_arena_free(arena);
        sr_lexicon_free(lex);
    }
}

/* [suffix] lookups against every ending and every inner occurrence tried in
 * load order, longest first. */
static void test_suffix_reference(void **state)
{
    (void)state;
    const char *text = "[suffix]\n%lang tr\nde | role=location\nden | role=origin\nte | role=location\n"
                       "ten | role=origin\nnden | role=origin extra\ni | role=target\nı | role=target\n"
                       "memiş | negation\nmadı | negation\nmedi | negation\nan | participle\nen | participle\n"
                       "diği | participle_inside\ndığı | participle_inside\n%lang en\nden | role=english\n"
                       "%lang any\nxyz | role=any\n";
    sr_lexicon *lex = sr_lexicon_new();
    assert_int_equal(sr_lexicon_load_buffer(lex, "s", text, strlen(text), SR_LANG_UNKNOWN, NULL), SR_OK);
    assert_int_equal(sr_lexicon_compile(lex, NULL), SR_OK);
    static const char *const words[] = {"suriyeden", "kilisten", "bolgesinde", "evinden", "kilis", "de", "i", "",
                                        "dusmemistir", "gelmedi", "vurmadi", "atilan", "olen", "vurdugu",
                                        "oldugunu", "abxyz", "xyzxyz", "denden", "nden"};
    static const char *const attrs[] = {"role", "negation", "participle", "participle_inside", "extra", "none", NULL};
    static const sr_lang langs[] = {SR_LANG_TR, SR_LANG_EN, SR_LANG_UNKNOWN};
    /* the words above, then random ones of the suffixes' letters */
    size_t n_fixed = sizeof words / sizeof words[0];
    rng_state = 7u;
    for (size_t w = 0; w < n_fixed + 2000; w++) {
        char random_word[16];
        const char *word = w < n_fixed ? words[w] : random_word;
        if (w >= n_fixed) {
            static const char letters[] = "deintamsxyzgu";
            size_t len = rnd(12);
            for (size_t i = 0; i < len; i++) random_word[i] = letters[rnd(sizeof letters - 1)];
            random_word[len] = '\0';
        }
        for (size_t a = 0; a < sizeof attrs / sizeof attrs[0]; a++)
            for (size_t l = 0; l < 3; l++)
                for (int anywhere = 0; anywhere < 2; anywhere++) {
                    /* the reference: every entry in load order, the first of the longest */
                    const sr_lex_entry *best = NULL;
                    size_t best_len = 0, wl = strlen(word);
                    for (int i = 0; i < sr_lexicon_size(lex); i++) {
                        const sr_lex_entry *e = sr_lexicon_entry(lex, i);
                        char key[64];
                        sr_plain(e->pattern, key, sizeof key);
                        size_t kl = strlen(key);
                        if (kl > wl || kl <= best_len) continue;
                        if (attrs[a] && !sr_lex_get(e, attrs[a])) continue;
                        if (!lang_fits((sr_lang)e->lang, (uint8_t)langs[l])) continue;
                        bool found = anywhere ? wl > 2 && strstr(word + 2, key) != NULL
                                              : memcmp(word + wl - kl, key, kl) == 0;
                        if (found) best = e, best_len = kl;
                    }
                    const sr_lex_entry *got = sr_lexicon_suffix(lex, langs[l], word, attrs[a], anywhere);
                    if (got != best)
                        fail_msg("%s %s lang %d anywhere %d: %s, want %s", word, attrs[a] ? attrs[a] : "(any)",
                                 (int)langs[l], anywhere, got ? got->pattern : "none", best ? best->pattern : "none");
                }
    }
    sr_lexicon_free(lex);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_against_reference),
        cmocka_unit_test(test_long_prefixes),
        cmocka_unit_test(test_suffix_reference),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
