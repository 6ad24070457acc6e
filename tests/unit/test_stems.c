/*
 * test_stems.c — a lint of the shipped lexicons: two different words written
 * with `~` (match by Snowball stem) must not share a stem, unless
 * tests/lexicon/stem_pairs.txt lists the pair as meant.
 *
 * A `word~` test matches every token whose stem equals the stem of `word`.
 * When two different pattern words stem alike, each pattern also matches the
 * other's words: `explosive~` (a weapon, IED) matched "explosions", so every
 * explosion was an IED; `mine~` matched "mining".  Such a collision is silent
 * in the data and costs accuracy far from the line that caused it, so this
 * test stems every `~` word of data/lexicon/en and data/lexicon/tr with the
 * engine's stemmer (libstemmer, English or Turkish after the directory) and
 * fails on each pair of distinct words with one stem that is not on the list,
 * naming both words, their files and lines.
 *
 * A stem does not join a verb to its irregular past: "threw" is no `throw~`.  So every
 * English trigger or cue that is no noun and writes a verb of tests/lexicon/irregular_verbs.txt
 * with `~` must also list each irregular form that stems apart (the same pattern with
 * the form, with or without `~`, in the verb's place: `hold~ hostages` wants `held
 * hostages`); the test names each missing pattern.
 *
 * No pattern may be written twice in one section of a language's lexicons: the second
 * entry is never read.
 *
 * It also guards the tokenizer's shortcut past the English stemmer
 * (tx_en_stem_may_change, src/text/text_int.h): a word whose last two letters
 * end no Snowball rule is taken as its own stem without asking libstemmer.
 * Every word the shortcut skips, over many stems times every ending of two or
 * three letters, must come back from libstemmer unchanged, so an upgraded
 * stemmer with a new rule fails here rather than matching silently less.
 */
#include <ctype.h>
#include <dirent.h>
#include <libstemmer.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "text/text_int.h"

enum { MAX_WORDS = 8192, WORD_MAX = 64 };

typedef struct stem_word {
    char word[WORD_MAX];   /* the pattern word, lower-cased, without its ~ */
    char stem[WORD_MAX];
    char where[544];       /* FILE:LINE of its first use */
} stem_word;

static stem_word words[MAX_WORDS];
static int n_words;

/* Lower-cases ASCII letters in place (the lexicons' own folding is richer;
 * for a lint of stems of lower-case pattern words this is enough). */
static void lower(char *s)
{
    for (; *s; s++) *s = (char)tolower((unsigned char)*s);
}

/* Adds every `word~` token of the pattern part of line (text before " |"). */
static void add_line(struct sb_stemmer *stemmer, const char *path, int line_no, const char *line)
{
    const char *bar = strstr(line, " |");
    if (!bar) return;
    const char *p = line;
    while (p < bar) {
        while (p < bar && *p == ' ') p++;
        const char *b = p;
        while (p < bar && *p != ' ') p++;
        size_t n = (size_t)(p - b);
        if (n < 2 || b[n - 1] != '~' || n - 1 >= WORD_MAX) continue;
        char w[WORD_MAX];
        memcpy(w, b, n - 1);
        w[n - 1] = '\0';
        lower(w);
        int k = 0;
        while (k < n_words && strcmp(words[k].word, w)) k++;
        if (k < n_words) continue; /* the same word again: meant */
        assert_true(n_words < MAX_WORDS);
        stem_word *sw = &words[n_words++];
        snprintf(sw->word, sizeof sw->word, "%s", w);
        const sb_symbol *st = sb_stemmer_stem(stemmer, (const sb_symbol *)w, (int)strlen(w));
        assert_non_null(st);
        snprintf(sw->stem, sizeof sw->stem, "%s", (const char *)st);
        snprintf(sw->where, sizeof sw->where, "%s:%d", path, line_no);
    }
}

/* Calls visit(path, line number, line, section, ctx) for each entry line (not a comment,
 * section header or directive) of every .lex file of dir; section is the name of the
 * [section] the line is in ("trigger", "cue", …; "" before any). */
typedef void lex_line_fn(const char *path, int line_no, const char *line, const char *section, void *ctx);

static void each_lex_line(const char *dir, lex_line_fn *visit, void *ctx)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t l = strlen(de->d_name);
        if (l < 5 || strcmp(de->d_name + l - 4, ".lex")) continue;
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        FILE *f = fopen(path, "r");
        assert_non_null(f);
        char line[1024], section[32] = "";
        int no = 0;
        while (fgets(line, sizeof line, f)) {
            no++;
            if (line[0] == '[') sscanf(line, "[%31[^]]", section);
            if (line[0] == '#' || line[0] == '[' || line[0] == '%') continue;
            visit(path, no, line, section, ctx);
        }
        fclose(f);
    }
    closedir(d);
}

static void add_stem_line(const char *path, int line_no, const char *line, const char *section, void *stemmer)
{
    (void)section;
    add_line(stemmer, path, line_no, line);
}

static void read_dir(const char *dir, const char *language)
{
    struct sb_stemmer *stemmer = sb_stemmer_new(language, "UTF_8");
    assert_non_null(stemmer);
    each_lex_line(dir, add_stem_line, stemmer);
    sb_stemmer_delete(stemmer);
}

/* Is "a b" (either order) listed in the allowed pairs file? */
static bool allowed(const char *list, const char *a, const char *b)
{
    char one[2 * WORD_MAX + 2], two[2 * WORD_MAX + 2];
    snprintf(one, sizeof one, "\n%s %s\n", a, b);
    snprintf(two, sizeof two, "\n%s %s\n", b, a);
    return strstr(list, one) || strstr(list, two);
}

static char *slurp_list(const char *path)
{
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    size_t cap = 4096, n = 1;
    char *s = malloc(cap);
    assert_non_null(s);
    s[0] = '\n'; /* so that every entry is "\nA B\n" */
    char line[256];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n') continue;
        char a[WORD_MAX], b[WORD_MAX];
        if (sscanf(line, "%63s %63s", a, b) != 2) continue;
        size_t need = strlen(a) + strlen(b) + 3;
        if (n + need + 1 > cap) {
            cap = 2 * (n + need + 1);
            s = realloc(s, cap);
            assert_non_null(s);
        }
        n += (size_t)sprintf(s + n, "%s %s\n", a, b);
    }
    fclose(f);
    return s;
}

static void test_no_stem_collisions(void **state)
{
    (void)state;
    char *list = slurp_list("tests/lexicon/stem_pairs.txt");
    int collisions = 0;
    for (int pass = 0; pass < 2; pass++) {
        n_words = 0;
        read_dir(pass ? "data/lexicon/tr" : "data/lexicon/en", pass ? "turkish" : "english");
        if (!pass) assert_true(n_words > 20); /* the English lexicons were found and read (Turkish ones
                                                 mostly use prefix tests, `word*`) */
        for (int i = 0; i < n_words; i++)
            for (int k = i + 1; k < n_words; k++)
                if (!strcmp(words[i].stem, words[k].stem) && !allowed(list, words[i].word, words[k].word)) {
                    fprintf(stderr, "stem collision: %s~ (%s) and %s~ (%s) both stem to \"%s\"\n", words[i].word,
                            words[i].where, words[k].word, words[k].where, words[i].stem);
                    collisions++;
                }
    }
    free(list);
    assert_int_equal(collisions, 0);
}

enum { MAX_PATTERNS = 16384, PATTERN_MAX = 160, MAX_IRREGULAR = 128, MAX_FORMS = 3 };

typedef struct irregular_verb {
    char verb[WORD_MAX];
    char forms[MAX_FORMS][WORD_MAX];
    int n_forms;
} irregular_verb;

typedef struct lex_pattern {
    char text[PATTERN_MAX];  /* lower-cased, single-spaced */
    char section[32];
    char where[544];
    bool noun;               /* pos=noun, or not a trigger or cue: a verb's irregular forms are not its forms */
} lex_pattern;

static lex_pattern patterns[MAX_PATTERNS];
static int n_patterns;

/* The pattern part of line (text before " |"), lower-cased, single-spaced, into out. */
static bool pattern_of(const char *line, char *out, size_t cap)
{
    const char *bar = strstr(line, " |");
    if (!bar) return false;
    size_t n = 0;
    for (const char *p = line; p < bar && n + 1 < cap; p++) {
        if (*p == ' ' && (n == 0 || out[n - 1] == ' ')) continue;
        out[n++] = (char)tolower((unsigned char)*p);
    }
    while (n > 0 && out[n - 1] == ' ') n--;
    out[n] = '\0';
    return n > 0;
}

static void add_pattern(const char *path, int line_no, const char *line, const char *section, void *ctx)
{
    (void)ctx;
    assert_true(n_patterns < MAX_PATTERNS);
    lex_pattern *lp = &patterns[n_patterns];
    if (!pattern_of(line, lp->text, sizeof lp->text)) return;
    /* (the words of a [trigger] or [cue] section tell deeds; the other sections name things) */
    bool words_of_deeds = !strcmp(section, "trigger") || !strcmp(section, "cue");
    lp->noun = !words_of_deeds || strstr(line, "pos=noun") != NULL;
    snprintf(lp->section, sizeof lp->section, "%s", section);
    snprintf(lp->where, sizeof lp->where, "%s:%d", path, line_no);
    n_patterns++;
}

/* One pattern written twice in a section of a language's lexicons (in one file or two):
 * the engine reads the first entry of a class on a span, so the second is dead, whatever
 * it says ("military exercise~" was cooperation in politics.lex and, unread, a change of
 * activity in triggers.lex). */
static void test_no_pattern_twice(void **state)
{
    (void)state;
    int twice = 0;
    for (int pass = 0; pass < 2; pass++) {
        n_patterns = 0;
        each_lex_line(pass ? "data/lexicon/tr" : "data/lexicon/en", add_pattern, NULL);
        assert_true(n_patterns > 50);
        for (int i = 0; i < n_patterns; i++)
            for (int k = i + 1; k < n_patterns; k++)
                if (!strcmp(patterns[i].text, patterns[k].text) && !strcmp(patterns[i].section, patterns[k].section)) {
                    fprintf(stderr, "pattern twice in [%s]: \"%s\" (%s and %s)\n", patterns[i].section,
                            patterns[i].text, patterns[i].where, patterns[k].where);
                    twice++;
                }
    }
    assert_int_equal(twice, 0);
}

static bool pattern_listed(const char *text)
{
    for (int i = 0; i < n_patterns; i++)
        if (!strcmp(patterns[i].text, text)) return true;
    return false;
}

static int read_irregular(const char *path, irregular_verb *out)
{
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    char line[256];
    int n = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n') continue;
        assert_true(n < MAX_IRREGULAR);
        irregular_verb *iv = &out[n];
        int got = sscanf(line, "%63s %63s %63s %63s", iv->verb, iv->forms[0], iv->forms[1], iv->forms[2]);
        assert_true(got >= 2);
        iv->n_forms = got - 1;
        n++;
    }
    fclose(f);
    return n;
}

static void test_irregular_forms_listed(void **state)
{
    (void)state;
    static irregular_verb verbs[MAX_IRREGULAR];
    int n_verbs = read_irregular("tests/lexicon/irregular_verbs.txt", verbs);
    assert_true(n_verbs > 20);
    n_patterns = 0;
    each_lex_line("data/lexicon/en", add_pattern, NULL);
    assert_true(n_patterns > 100);
    struct sb_stemmer *en = sb_stemmer_new("english", NULL);
    assert_non_null(en);
    int missing = 0, checked = 0;
    for (int i = 0; i < n_patterns; i++) {
        if (patterns[i].noun) continue;
        const char *text = patterns[i].text;
        for (int v = 0; v < n_verbs; v++) {
            char word[WORD_MAX + 1];
            size_t vl = strnlen(verbs[v].verb, WORD_MAX - 1);
            memcpy(word, verbs[v].verb, vl);
            word[vl] = '~';
            word[vl + 1] = '\0';
            size_t wl = vl + 1;
            const char *at = text;
            while ((at = strstr(at, word)) && !((at == text || at[-1] == ' ') && (at[wl] == ' ' || !at[wl]))) at++;
            if (!at) continue;
            checked++;
            char verb_stem[WORD_MAX];
            snprintf(verb_stem, sizeof verb_stem, "%s",
                     (const char *)sb_stemmer_stem(en, (const sb_symbol *)verbs[v].verb, (int)strlen(verbs[v].verb)));
            for (int k = 0; k < verbs[v].n_forms; k++) {
                const char *form = verbs[v].forms[k];
                const sb_symbol *fs = sb_stemmer_stem(en, (const sb_symbol *)form, (int)strlen(form));
                if (!strcmp((const char *)fs, verb_stem)) continue; /* the stem joins them */
                char plain[2 * PATTERN_MAX], tilde[2 * PATTERN_MAX];
                int pre = (int)(at - text);
                snprintf(plain, sizeof plain, "%.*s%s%s", pre, text, form, at + wl);
                snprintf(tilde, sizeof tilde, "%.*s%s~%s", pre, text, form, at + wl);
                if (pattern_listed(plain) || pattern_listed(tilde)) continue;
                fprintf(stderr, "irregular form missing: \"%s\" (%s) has no \"%s\"\n", text, patterns[i].where, plain);
                missing++;
            }
        }
    }
    sb_stemmer_delete(en);
    assert_true(checked > 10); /* verbs of the table were found in the lexicons */
    assert_int_equal(missing, 0);
}

static void test_english_shortcut_matches_snowball(void **state)
{
    (void)state;
    static const char *const stems[] = {"", "a", "x", "ab", "kill", "walk", "nation", "attack", "bomb", "gaza",
                                        "police", "shell", "happi", "generous", "string", "fe", "sky", "proce"};
    const char letters[] = "abcdefghijklmnopqrstuvwxyz'0";
    struct sb_stemmer *en = sb_stemmer_new("english", NULL);
    assert_non_null(en);
    long skipped = 0, wrong = 0;
    char w[64];
    for (size_t s = 0; s < sizeof stems / sizeof *stems; s++)
        for (const char *a = letters; *a; a++)
            for (const char *b = letters; *b; b++)
                for (int c = -1; c < (int)sizeof letters - 1; c++) {
                    /* the stem, then two or three letters (c == -1: no third) */
                    int n = c < 0 ? snprintf(w, sizeof w, "%s%c%c", stems[s], *a, *b)
                                  : snprintf(w, sizeof w, "%s%c%c%c", stems[s], *a, *b, letters[c]);
                    if (n < 2 || tx_en_stem_may_change(w, (size_t)n)) continue;
                    skipped++;
                    const sb_symbol *r = sb_stemmer_stem(en, (const sb_symbol *)w, n);
                    if (r && sb_stemmer_length(en) == n && !memcmp(r, w, (size_t)n)) continue;
                    if (wrong++ < 10) fprintf(stderr, "shortcut skips \"%s\", which Snowball stems to \"%.*s\"\n", w,
                                              sb_stemmer_length(en), r ? (const char *)r : "");
                }
    sb_stemmer_delete(en);
    assert_true(skipped > 100000); /* the shortcut was asked, and skips most endings */
    assert_int_equal(wrong, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_stem_collisions),
        cmocka_unit_test(test_irregular_forms_listed),
        cmocka_unit_test(test_no_pattern_twice),
        cmocka_unit_test(test_english_shortcut_matches_snowball),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
