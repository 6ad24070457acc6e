/*
 * test_text.c — unit tests of the text layer (src/text): UTF-8 repair and
 * binary detection, paragraphs, language identification, tokens and their
 * folds/suffixes/offsets, sentence splitting, embedded posts, memory failure.
 * The sentences are written for these tests; the corpus example is only read
 * from /work/shared/corpus when it is there.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex/fold.h"
#include "text/text.h"
#include "text/text_int.h"

typedef struct fixture {
    sr_text_ctx *ctx;
    sr_arena *arena;
    sr_text t;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    if (!f) return -1;
    f->ctx = sr_text_ctx_new();
    f->arena = sr_arena_new(NULL);
    if (!f->ctx || !f->arena) return -1;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    sr_text_ctx_free(f->ctx);
    sr_arena_free(f->arena);
    free(f);
    return 0;
}

static sr_text_status run_len(fixture *f, const char *s, size_t len, sr_lang hint, size_t *bad)
{
    sr_arena_reset(f->arena);
    return sr_text_analyse(f->ctx, f->arena, s, len, hint, &f->t, bad);
}

static const sr_text *run(fixture *f, const char *s)
{
    assert_int_equal(run_len(f, s, strlen(s), SR_LANG_UNKNOWN, NULL), SR_TEXT_OK);
    return &f->t;
}

/* The first token whose text is exactly w. */
static const sr_token *tok(const sr_text *t, const char *w)
{
    size_t n = strlen(w);
    for (int i = 0; i < t->n_tokens; i++) {
        const sr_token *k = &t->tokens[i];
        if (k->end - k->start == n && memcmp(t->text + k->start, w, n) == 0) return k;
    }
    fail_msg("no token \"%s\"", w);
    return NULL;
}

static void assert_span(const sr_text *t, uint32_t s, uint32_t e, const char *want)
{
    size_t n = strlen(want);
    assert_int_equal(e - s, n);
    assert_memory_equal(t->text + s, want, n);
}

/* Every sentence's tokens lie inside it, in order, and non-empty. */
static void check_invariants(const sr_text *t)
{
    for (int i = 0; i < t->n_sentences; i++) {
        const sr_sentence *s = &t->sentences[i];
        assert_true(s->tok_begin < s->tok_end);
        assert_int_equal(s->start, t->tokens[s->tok_begin].start);
        assert_int_equal(s->end, t->tokens[s->tok_end - 1].end);
        if (i > 0) assert_int_equal(s->tok_begin, t->sentences[i - 1].tok_end);
        for (uint32_t k = s->tok_begin; k < s->tok_end; k++) {
            const sr_token *tk = &t->tokens[k];
            assert_true(tk->start < tk->end);
            assert_true(tk->base_end <= tk->end && tk->base_end > tk->start);
            assert_non_null(tk->fold);
            assert_non_null(tk->stem);
            if (k > s->tok_begin) assert_true(tk->start >= t->tokens[k - 1].end);
        }
    }
    assert_int_equal(t->n_sentences ? (int)t->sentences[t->n_sentences - 1].tok_end : 0, t->n_tokens);
}

/* ---- bytes ------------------------------------------------------------------ */

static void test_bom_and_line_ends(void **state)
{
    fixture *f = *state;
    const char *s = "\xEF\xBB\xBFThe convoy left at dawn.\r\nIt reached the town.\rNobody was hurt.\n\n  \n";
    const sr_text *t = run(f, s);
    assert_int_equal(t->n_paragraphs, 3);
    assert_int_equal(t->paragraphs[0].start, 3);
    assert_span(t, t->paragraphs[0].start, t->paragraphs[0].end, "The convoy left at dawn.");
    assert_span(t, t->paragraphs[1].start, t->paragraphs[1].end, "It reached the town.");
    assert_span(t, t->paragraphs[2].start, t->paragraphs[2].end, "Nobody was hurt.");
    assert_int_equal(t->tokens[0].start, 3);
    assert_true(t->tokens[0].flags & SR_TOKF_SPACE_BEFORE);
    assert_int_equal(t->n_warnings, 0);
    assert_ptr_equal(t->text, s); /* valid input is not copied */
    assert_int_equal(t->n_sentences, 3);
    check_invariants(t);
}

static void test_invalid_utf8_repaired(void **state)
{
    fixture *f = *state;
    /* enough valid text that the bad bytes stay under 5% */
    char buf[600];
    memset(buf, 'a', sizeof buf);
    for (size_t i = 7; i < sizeof buf; i += 8) buf[i] = ' ';
    memcpy(buf + 10, "\xFF", 1);                 /* invalid lead byte */
    memcpy(buf + 50, "\xC0\xAF", 2);             /* overlong '/' */
    memcpy(buf + 100, "\xE2\x82", 2);            /* truncated euro sign */
    buf[102] = 'b';
    memcpy(buf + 150, "\xED\xA0\x80", 3);        /* surrogate U+D800 */
    memcpy(buf + 200, "\xF4\x90\x80\x80", 4);    /* U+110000 */
    buf[300] = (char)0x80;                       /* stray continuation */
    buf[400] = '\0';                             /* NUL */
    memcpy(buf + 500, "\xC3\xA7", 2);            /* a valid ç stays */
    char orig[sizeof buf];
    memcpy(orig, buf, sizeof buf);

    assert_int_equal(run_len(f, buf, sizeof buf, SR_LANG_UNKNOWN, NULL), SR_TEXT_OK);
    const sr_text *t = &f->t;
    assert_memory_equal(buf, orig, sizeof buf); /* input untouched */
    assert_ptr_not_equal(t->text, buf);
    assert_int_equal(t->len, sizeof buf);
    assert_int_equal(t->n_bad_bytes, 1 + 2 + 2 + 3 + 4 + 1 + 1);
    static const uint32_t offs[] = {10, 50, 100, 150, 200, 300, 400};
    assert_int_equal(t->n_warnings, 7);
    for (int i = 0; i < 7; i++) {
        assert_int_equal(t->warnings[i].offset, offs[i]);
        assert_non_null(t->warnings[i].reason);
    }
    assert_non_null(strstr(t->warnings[1].reason, "overlong"));
    assert_non_null(strstr(t->warnings[2].reason, "truncated"));
    assert_non_null(strstr(t->warnings[3].reason, "surrogate"));
    assert_non_null(strstr(t->warnings[4].reason, "10FFFF"));
    assert_non_null(strstr(t->warnings[6].reason, "NUL"));
    assert_memory_equal(t->text + 10, "?", 1);
    assert_memory_equal(t->text + 50, "??", 2);
    assert_memory_equal(t->text + 100, "??b", 3);
    assert_memory_equal(t->text + 150, "???", 3);
    assert_memory_equal(t->text + 200, "????", 4);
    assert_memory_equal(t->text + 300, "?", 1);
    assert_memory_equal(t->text + 400, "?", 1);
    assert_memory_equal(t->text + 500, "\xC3\xA7", 2);
    check_invariants(t);
}

static void test_warnings_capped(void **state)
{
    fixture *f = *state;
    char buf[2000];
    memset(buf, 'x', sizeof buf);
    for (int i = 0; i < 40; i++) buf[i * 45] = (char)0xFE;
    assert_int_equal(run_len(f, buf, sizeof buf, SR_LANG_UNKNOWN, NULL), SR_TEXT_OK);
    assert_int_equal(f->t.n_bad_bytes, 40);
    assert_int_equal(f->t.n_warnings, SR_TEXT_MAX_WARNINGS);
}

static void test_binary_and_empty(void **state)
{
    fixture *f = *state;
    size_t bad = 12345;
    /* NUL-heavy: UTF-16 text */
    static const char utf16[] = "H\0e\0l\0l\0o\0 \0w\0o\0r\0l\0d\0";
    assert_int_equal(run_len(f, utf16, sizeof utf16 - 1, SR_LANG_UNKNOWN, &bad), SR_TEXT_EBINARY);
    assert_int_equal(bad, 1);
    /* more than 5% invalid bytes */
    char junk[200];
    memset(junk, 'k', sizeof junk);
    for (int i = 0; i < 20; i++) junk[33 + i * 8] = (char)0xFF;
    assert_int_equal(run_len(f, junk, sizeof junk, SR_LANG_UNKNOWN, &bad), SR_TEXT_EBINARY);
    assert_int_equal(bad, 33);
    /* over 1 KiB and not a single letter */
    char digits[1500];
    for (size_t i = 0; i < sizeof digits; i++) digits[i] = (char)(i % 7 == 6 ? ' ' : '0' + i % 10);
    digits[0] = ' ';
    assert_int_equal(run_len(f, digits, sizeof digits, SR_LANG_UNKNOWN, &bad), SR_TEXT_EBINARY);
    assert_int_equal(bad, 1);
    /* a few digits alone are fine */
    assert_int_equal(run_len(f, "2021", 4, SR_LANG_UNKNOWN, NULL), SR_TEXT_OK);
    /* empty */
    assert_int_equal(run_len(f, "", 0, SR_LANG_UNKNOWN, NULL), SR_TEXT_EEMPTY);
    assert_int_equal(run_len(f, NULL, 0, SR_LANG_UNKNOWN, NULL), SR_TEXT_EEMPTY);
    static const char blank[] = " \t\r\n\xEF\xBB\xBF \xC2\xA0\n\xE2\x80\x8B";
    assert_int_equal(run_len(f, blank, sizeof blank - 1, SR_LANG_UNKNOWN, NULL), SR_TEXT_EEMPTY);
    char spaces[3000];
    memset(spaces, ' ', sizeof spaces);
    assert_int_equal(run_len(f, spaces, sizeof spaces, SR_LANG_UNKNOWN, NULL), SR_TEXT_EEMPTY);
}

/* ---- language ------------------------------------------------------------------ */

static void test_langid(void **state)
{
    (void)state;
    static const char *const tr[] = {
        "Hatay’da düşen iki roket boş araziye isabet etti",
        "Gaziantep'te bugün sirenler çaldı",
        "Sınır hattında çatışma çıktı, 3 asker yaralandı pic.twitter.com/Zx81Qa",
        "AKÇAKALE'YE HAVAN MERMİSİ DÜŞTÜ",
        "Ordu birlikleri bölgeye sevk edildi.",
    };
    static const char *const en[] = {
        "Three blasts were heard near the port.",
        "Shelling resumed overnight, officials said.",
        "Watch: smoke rises over the city https://t.co/q1W2e3R4",
        "Two rockets hit an empty field in Hatay.",
        "BREAKING: Explosion reported in Ankara",
        "Ugandan paramilitary attacks Kenyan herdsman", /* names ending as Turkish suffixes do */
        "Afghan troops push Taliban out of Pakistan border post",
    };
    for (size_t i = 0; i < sizeof tr / sizeof *tr; i++)
        assert_int_equal(sr_lang_detect(tr[i], strlen(tr[i])), SR_LANG_TR);
    for (size_t i = 0; i < sizeof en / sizeof *en; i++)
        assert_int_equal(sr_lang_detect(en[i], strlen(en[i])), SR_LANG_EN);
    assert_int_equal(sr_lang_detect("Kilis", 5), SR_LANG_UNKNOWN);
    assert_int_equal(sr_lang_detect("", 0), SR_LANG_UNKNOWN);
    assert_int_equal(sr_lang_detect(NULL, 0), SR_LANG_UNKNOWN);
    assert_string_equal(sr_lang_code(SR_LANG_EN), "en");
    assert_string_equal(sr_lang_code(SR_LANG_TR), "tr");
    assert_string_equal(sr_lang_code(SR_LANG_UNKNOWN), "und");
    assert_int_equal(tx_function_word_lang("the"), SR_LANG_EN);
    assert_int_equal(tx_function_word_lang("tarafından"), SR_LANG_TR);
    assert_int_equal(tx_function_word_lang("roket"), 0);
    /* every listed function word is found (the hash table's slots and the
     * first-byte filter in front of it were both computed offline) */
    static const struct { const char *w; sr_lang lang; } fw[] = {
        {"if", SR_LANG_EN}, {"these", SR_LANG_EN}, {"over", SR_LANG_EN}, {"it", SR_LANG_EN},
        {"do", SR_LANG_EN}, {"than", SR_LANG_EN}, {"the", SR_LANG_EN}, {"daha", SR_LANG_TR},
        {"to", SR_LANG_EN}, {"olay", SR_LANG_TR}, {"should", SR_LANG_EN}, {"those", SR_LANG_EN},
        {"what", SR_LANG_EN}, {"ki", SR_LANG_TR}, {"ne", SR_LANG_TR}, {"about", SR_LANG_EN},
        {"could", SR_LANG_EN}, {"are", SR_LANG_EN}, {"çok", SR_LANG_TR}, {"da", SR_LANG_TR},
        {"where", SR_LANG_EN}, {"değil", SR_LANG_TR}, {"their", SR_LANG_EN}, {"of", SR_LANG_EN},
        {"with", SR_LANG_EN}, {"gibi", SR_LANG_TR}, {"killed", SR_LANG_EN}, {"some", SR_LANG_EN},
        {"diye", SR_LANG_TR}, {"from", SR_LANG_EN}, {"through", SR_LANG_EN}, {"sonra", SR_LANG_TR},
        {"be", SR_LANG_EN}, {"this", SR_LANG_EN}, {"during", SR_LANG_EN}, {"not", SR_LANG_EN},
        {"as", SR_LANG_EN}, {"how", SR_LANG_EN}, {"who", SR_LANG_EN}, {"ardından", SR_LANG_TR},
        {"had", SR_LANG_EN}, {"by", SR_LANG_EN}, {"sonucu", SR_LANG_TR}, {"you", SR_LANG_EN},
        {"in", SR_LANG_EN}, {"o", SR_LANG_TR}, {"de", SR_LANG_TR}, {"and", SR_LANG_EN}, {"ile", SR_LANG_TR},
        {"olduğu", SR_LANG_TR}, {"bin", SR_LANG_TR}, {"been", SR_LANG_EN}, {"ve", SR_LANG_TR},
        {"his", SR_LANG_EN}, {"under", SR_LANG_EN}, {"while", SR_LANG_EN}, {"karşı", SR_LANG_TR},
        {"yok", SR_LANG_TR}, {"which", SR_LANG_EN}, {"an", SR_LANG_EN}, {"they", SR_LANG_EN},
        {"against", SR_LANG_EN}, {"near", SR_LANG_EN}, {"veya", SR_LANG_TR}, {"is", SR_LANG_EN},
        {"when", SR_LANG_EN}, {"said", SR_LANG_EN}, {"up", SR_LANG_EN}, {"yüzde", SR_LANG_TR},
        {"into", SR_LANG_EN}, {"şu", SR_LANG_TR}, {"için", SR_LANG_TR}, {"a", SR_LANG_EN},
        {"that", SR_LANG_EN}, {"were", SR_LANG_EN}, {"our", SR_LANG_EN}, {"göre", SR_LANG_TR},
        {"before", SR_LANG_EN}, {"did", SR_LANG_EN}, {"olarak", SR_LANG_TR}, {"ise", SR_LANG_TR},
        {"tarafından", SR_LANG_TR}, {"also", SR_LANG_EN}, {"there", SR_LANG_EN}, {"ortaya", SR_LANG_TR},
        {"would", SR_LANG_EN}, {"ancak", SR_LANG_TR}, {"can", SR_LANG_EN}, {"kadar", SR_LANG_TR},
        {"between", SR_LANG_EN}, {"olayda", SR_LANG_TR}, {"or", SR_LANG_EN}, {"at", SR_LANG_EN},
        {"bunun", SR_LANG_TR}, {"en", SR_LANG_TR}, {"but", SR_LANG_EN}, {"her", SR_LANG_EN},
        {"will", SR_LANG_EN}, {"for", SR_LANG_EN}, {"oldu", SR_LANG_TR}, {"since", SR_LANG_EN},
        {"bunu", SR_LANG_TR}, {"şekilde", SR_LANG_TR}, {"bir", SR_LANG_TR}, {"we", SR_LANG_EN},
        {"üzerine", SR_LANG_TR}, {"does", SR_LANG_EN}, {"bu", SR_LANG_TR}, {"he", SR_LANG_EN},
        {"ama", SR_LANG_TR}, {"var", SR_LANG_TR}, {"dedi", SR_LANG_TR}, {"olan", SR_LANG_TR},
        {"mi", SR_LANG_TR}, {"all", SR_LANG_EN}, {"i", SR_LANG_EN}, {"after", SR_LANG_EN},
        {"on", SR_LANG_EN}, {"nedeniyle", SR_LANG_TR}, {"its", SR_LANG_EN}, {"more", SR_LANG_EN},
        {"she", SR_LANG_EN}, {"has", SR_LANG_EN}, {"them", SR_LANG_EN}, {"says", SR_LANG_EN},
        {"was", SR_LANG_EN}, {"other", SR_LANG_EN}, {"have", SR_LANG_EN},
    };
    for (size_t k = 0; k < sizeof fw / sizeof *fw; k++) assert_int_equal(tx_function_word_lang(fw[k].w), fw[k].lang);
    assert_int_equal(sizeof fw / sizeof *fw, 128);
    assert_int_equal(tx_function_word_lang("thee"), 0);
    assert_int_equal(tx_function_word_lang("çokça"), 0);
    assert_int_equal(tx_function_word_lang(""), 0);
    assert_int_equal(tx_function_word_lang("tarafındanlar"), 0);
}

static void test_paragraph_languages(void **state)
{
    fixture *f = *state;
    const sr_text *t = run(f, "Artillery fire was reported near the border on Monday.\n"
                              "Sınırda top atışları duyuldu ve halk endişeli.\n"
                              "Reuters\n");
    assert_int_equal(t->n_paragraphs, 3);
    assert_int_equal(t->paragraphs[0].lang, SR_LANG_EN);
    assert_int_equal(t->paragraphs[1].lang, SR_LANG_TR);
    assert_int_equal(t->paragraphs[2].lang, SR_LANG_EN); /* no evidence: the document's language */
    assert_int_equal(t->lang, SR_LANG_EN);
    /* a hint forces every paragraph */
    assert_int_equal(run_len(f, "Sınırda top atışları duyuldu.", strlen("Sınırda top atışları duyuldu."),
                             SR_LANG_EN, NULL), SR_TEXT_OK);
    assert_int_equal(f->t.paragraphs[0].lang, SR_LANG_EN);
    assert_int_equal(f->t.tokens[0].lang, SR_LANG_EN);
    /* a headline with no evidence either way is coded as sr_lang_detect would */
    t = run(f, "Gunman kills civilian");
    assert_int_equal(t->lang, SR_LANG_EN);
    assert_int_equal(t->paragraphs[0].lang, SR_LANG_EN);
    t = run(f, "Kilis");
    assert_int_equal(t->lang, SR_LANG_UNKNOWN); /* one word is no evidence at all */
}

/* ---- tokens ------------------------------------------------------------------- */

static void test_offsets_slice_back(void **state)
{
    fixture *f = *state;
    const char *s = "  Militants’ “drone” hit al-Bab’s depot at 04:30, killing 1,200 sheep!  ";
    const sr_text *t = run(f, s);
    static const char *const want[] = {
        "Militants", "’", "“", "drone", "”", "hit", "al-Bab’s", "depot", "at", "04", ":", "30", ",",
        "killing", "1,200", "sheep", "!",
    };
    assert_int_equal(t->n_sentences, 1);
    const sr_sentence *se = &t->sentences[0];
    assert_span(t, se->start, se->end, "Militants’ “drone” hit al-Bab’s depot at 04:30, killing 1,200 sheep!");
    assert_int_equal(se->tok_end - se->tok_begin, sizeof want / sizeof *want);
    for (uint32_t k = se->tok_begin; k < se->tok_end; k++)
        assert_span(t, t->tokens[k].start, t->tokens[k].end, want[k - se->tok_begin]);
    assert_string_equal(tok(t, "’")->fold, "'");
    assert_string_equal(tok(t, "“")->fold, "\"");
    assert_int_equal(tok(t, "“")->kind, SR_TOK_PUNCT);
    assert_string_equal(tok(t, "al-Bab’s")->fold, "al-bab");
    assert_string_equal(tok(t, "al-Bab’s")->suffix, "s");
    assert_int_equal(tok(t, "1,200")->kind, SR_TOK_NUMBER);
    assert_true(tok(t, "1,200")->value == 1200.0);
    assert_true(tok(t, "Militants")->flags & SR_TOKF_SENT_START);
    assert_true(tok(t, "Militants")->flags & SR_TOKF_CAP);
    assert_false(tok(t, "’")->flags & SR_TOKF_SPACE_BEFORE);
    assert_true(tok(t, "hit")->flags & SR_TOKF_SPACE_BEFORE);
    assert_false(tok(t, "hit")->flags & SR_TOKF_SENT_START);
    assert_string_equal(tok(t, "killing")->stem, "kill");
    check_invariants(t);
}

static void test_apostrophe_suffix(void **state)
{
    fixture *f = *state;
    const char *s = "Askerler Kilis'te ve Suriye’den geldi, TSK'nın açıklamasına göre 2019'da başladı.";
    const sr_text *t = run(f, s);
    assert_int_equal(t->paragraphs[0].lang, SR_LANG_TR);
    const sr_token *k = tok(t, "Kilis'te");
    assert_int_equal(k->kind, SR_TOK_WORD);
    assert_int_equal(k->start, 9);
    assert_int_equal(k->base_end, 14);
    assert_int_equal(k->end, 17);
    assert_string_equal(k->fold, "kilis");
    assert_string_equal(k->suffix, "te");
    k = tok(t, "Suriye’den");
    assert_int_equal(k->base_end - k->start, 6);
    assert_int_equal(k->end - k->start, 6 + 3 + 3);
    assert_string_equal(k->fold, "suriye");
    assert_string_equal(k->suffix, "den");
    k = tok(t, "TSK'nın");
    assert_string_equal(k->fold, "tsk");
    assert_string_equal(k->suffix, "nın");
    assert_true(k->flags & SR_TOKF_ALLCAPS);
    t = run(f, "Askerler Hatayʼda ve Mardin´de görüldü, Ankaraʼ gitti.");
    k = tok(t, "Hatayʼda");
    assert_string_equal(k->fold, "hatay");
    assert_string_equal(k->suffix, "da");
    k = tok(t, "Mardin´de");
    assert_string_equal(k->fold, "mardin");
    assert_string_equal(k->suffix, "de");
    k = tok(t, "Ankara");
    assert_string_equal((k + 1)->fold, "'");
    t = run(f, s);
    k = tok(t, "2019'da");
    assert_int_equal(k->kind, SR_TOK_NUMBER);
    assert_true(k->value == 2019.0);
    assert_string_equal(k->fold, "2019");
    assert_string_equal(k->suffix, "da");
    check_invariants(t);

    t = run(f, "Syria's army didn't move, and the Workers’ Party and O'Brien's aides can't say.");
    assert_int_equal(t->paragraphs[0].lang, SR_LANG_EN);
    k = tok(t, "Syria's");
    assert_string_equal(k->fold, "syria");
    assert_string_equal(k->suffix, "s");
    k = tok(t, "didn't");
    assert_string_equal(k->fold, "didn't");
    assert_null(k->suffix);
    assert_int_equal(k->base_end, k->end);
    assert_string_equal(tok(t, "can't")->fold, "can't");
    k = tok(t, "Workers");
    assert_string_equal(k->fold, "workers");
    assert_null(k->suffix);
    assert_int_equal((k + 1)->kind, SR_TOK_PUNCT);
    assert_string_equal((k + 1)->fold, "'");
    assert_string_equal(tok(t, "Party")->fold, "party");
    k = tok(t, "O'Brien's");
    assert_string_equal(k->fold, "o'brien");
    assert_string_equal(k->suffix, "s");
    check_invariants(t);
}

static void test_turkish_folding(void **state)
{
    fixture *f = *state;
    const sr_text *t = run(f, "İSTANBUL'da KILIÇ ve ILGAZ için İzmir'e gidildi, Işıl da geldi.");
    assert_int_equal(t->paragraphs[0].lang, SR_LANG_TR);
    assert_string_equal(tok(t, "İSTANBUL'da")->fold, "istanbul");
    assert_string_equal(tok(t, "İSTANBUL'da")->suffix, "da");
    assert_true(tok(t, "İSTANBUL'da")->flags & SR_TOKF_ALLCAPS);
    assert_string_equal(tok(t, "KILIÇ")->fold, "kılıç");
    assert_string_equal(tok(t, "ILGAZ")->fold, "ılgaz");
    assert_string_equal(tok(t, "İzmir'e")->fold, "izmir");
    assert_string_equal(tok(t, "Işıl")->fold, "ışıl");

    t = run(f, "KILIS and ISTANBUL were named in the İzmir report on the Millî Savunma office.");
    assert_int_equal(t->paragraphs[0].lang, SR_LANG_EN);
    assert_string_equal(tok(t, "KILIS")->fold, "kilis");
    assert_string_equal(tok(t, "ISTANBUL")->fold, "istanbul");
    assert_string_equal(tok(t, "İzmir")->fold, "izmir"); /* no stray combining dot */
    assert_string_equal(tok(t, "Millî")->fold, "millî"); /* diacritics stay */

    /* NFC: a decomposed e + combining acute folds to the precomposed é */
    t = run(f, "The Cafe\xCC\x81 Ne\xCC\x81gre was shelled.");
    assert_string_equal(tok(t, "Cafe\xCC\x81")->fold, "caf\xC3\xA9");
}

static void test_hashtags_mentions_urls(void **state)
{
    fixture *f = *state;
    const char *s = "Follow @UN_News and #Kilis'e now: https://example.org/a_(b)c. See www.example.com/x, "
                    "bit.ly/3xYz or (http://foo.test/path). C# and e-mail me@host.test";
    const sr_text *t = run(f, s);
    const sr_token *k = tok(t, "@UN_News");
    assert_int_equal(k->kind, SR_TOK_MENTION);
    assert_string_equal(k->fold, "un_news");
    k = tok(t, "#Kilis'e");
    assert_int_equal(k->kind, SR_TOK_HASHTAG);
    assert_string_equal(k->fold, "kilis");
    assert_string_equal(k->suffix, "e");
    assert_int_equal(k->base_end - k->start, 6);
    assert_int_equal(tok(t, "https://example.org/a_(b)c")->kind, SR_TOK_URL);
    assert_string_equal(tok(t, "https://example.org/a_(b)c")->fold, "https://example.org/a_(b)c");
    assert_int_equal(tok(t, "www.example.com/x")->kind, SR_TOK_URL);
    assert_int_equal(tok(t, "bit.ly/3xYz")->kind, SR_TOK_URL);
    assert_int_equal(tok(t, "http://foo.test/path")->kind, SR_TOK_URL);
    assert_int_equal(tok(t, "#")->kind, SR_TOK_PUNCT); /* "C#" */
    assert_int_equal(tok(t, "me")->kind, SR_TOK_WORD);
    assert_int_equal(tok(t, "@")->kind, SR_TOK_PUNCT); /* glued to "me" */
    check_invariants(t);

    /* URLs glued to the preceding word or to each other */
    t = run(f, "Roketler imha edildihttps://t.co/AbC123xY pic.twitter.com/QwE98 ve görüntülerpic.twitter.com/ZZ1");
    k = tok(t, "edildi");
    assert_int_equal(k->kind, SR_TOK_WORD);
    assert_int_equal(k->end, k->start + 6);
    assert_int_equal(tok(t, "https://t.co/AbC123xY")->kind, SR_TOK_URL);
    assert_false(tok(t, "https://t.co/AbC123xY")->flags & SR_TOKF_SPACE_BEFORE);
    assert_int_equal(tok(t, "pic.twitter.com/QwE98")->kind, SR_TOK_URL);
    assert_int_equal(tok(t, "görüntüler")->kind, SR_TOK_WORD);
    assert_int_equal(tok(t, "pic.twitter.com/ZZ1")->kind, SR_TOK_URL);
    t = run(f, "two links https://t.co/aaahttps://t.co/bbb here");
    assert_int_equal(tok(t, "https://t.co/aaa")->kind, SR_TOK_URL);
    assert_int_equal(tok(t, "https://t.co/bbb")->kind, SR_TOK_URL);
}

static void test_words_and_numbers(void **state)
{
    fixture *f = *state;
    const sr_text *t = run(f, "The Kurdish-backed al-Assad forces in war-weary Idlib fired 10-year-old F-16 "
                              "shells: 3.5 tons, 1.200 and 2,500,000 rounds on 18.03.2021 and ２ more.");
    assert_int_equal(tok(t, "Kurdish-backed")->kind, SR_TOK_WORD);
    assert_string_equal(tok(t, "al-Assad")->fold, "al-assad");
    assert_int_equal(tok(t, "war-weary")->kind, SR_TOK_WORD);
    const sr_token *k = tok(t, "10");
    assert_int_equal(k->kind, SR_TOK_NUMBER);
    assert_string_equal((k + 1)->fold, "-");
    assert_string_equal((k + 2)->fold, "year-old");
    assert_string_equal(tok(t, "F-16")->fold, "f-16");
    assert_true(tok(t, "3.5")->value == 3.5);
    assert_true(tok(t, "1.200")->value == 1.2);  /* English: '.' is the decimal point */
    assert_true(tok(t, "2,500,000")->value == 2500000.0);
    assert_true(tok(t, "18.03.2021")->value == 18.0);
    assert_int_equal(tok(t, "２")->kind, SR_TOK_NUMBER);
    assert_true(tok(t, "２")->value == 2.0);
    check_invariants(t);

    t = run(f, "Saldırıda 1.200 kişi etkilendi ve 3,5 ton yardım ile 2.500 çadır gönderildi.");
    assert_true(tok(t, "1.200")->value == 1200.0); /* Turkish: '.' groups thousands */
    assert_true(tok(t, "3,5")->value == 3.5);
    assert_true(tok(t, "2.500")->value == 2500.0);
}

static void test_emoji_and_scripts(void **state)
{
    fixture *f = *state;
    const char *s = "🇹🇷🇹🇷 Hello 👨‍👩‍👧 world 2️⃣ done ❤️. مرحبا بالعالم abcшкола ×2 ½ 🙂";
    const sr_text *t = run(f, s);
    assert_int_equal(tok(t, "🇹🇷🇹🇷")->kind, SR_TOK_SYMBOL);
    assert_int_equal(tok(t, "👨‍👩‍👧")->kind, SR_TOK_SYMBOL);
    assert_int_equal(tok(t, "2️⃣")->kind, SR_TOK_SYMBOL);
    assert_int_equal(tok(t, "❤️")->kind, SR_TOK_SYMBOL);
    assert_int_equal(tok(t, "done")->kind, SR_TOK_WORD);
    assert_int_equal(tok(t, "مرحبا")->kind, SR_TOK_WORD);
    assert_int_equal(tok(t, "abcшкола")->kind, SR_TOK_WORD);
    assert_true(tok(t, "Hello")->flags & SR_TOKF_SENT_START);
    check_invariants(t);
}

/* ---- sentences ------------------------------------------------------------------ */

static void expect_sentences(fixture *f, const char *s, const char *const *want, int n)
{
    const sr_text *t = run(f, s);
    for (int i = 0; i < t->n_sentences && i < n; i++) {
        const sr_sentence *se = &t->sentences[i];
        if (se->end - se->start != strlen(want[i]) || memcmp(t->text + se->start, want[i], strlen(want[i])))
            fail_msg("sentence %d: got \"%.*s\", want \"%s\"", i, (int)(se->end - se->start),
                     t->text + se->start, want[i]);
    }
    assert_int_equal(t->n_sentences, n);
    check_invariants(t);
}

static void test_sentences(void **state)
{
    fixture *f = *state;
    static const char *const a[] = {
        "Dr. Ayla Demir met Gen. Jones and Lt. Col. Smith in the U.S. capital on Jan. 5.",
        "The talks lasted 3.5 hours, e.g. until noon, vs. the planned two.",
        "J. R. Smith of Acme Ltd. spoke at 5 p.m. local time.",
        "It ended!",
        "Did it?",
    };
    expect_sentences(f, "Dr. Ayla Demir met Gen. Jones and Lt. Col. Smith in the U.S. capital on Jan. 5. "
                        "The talks lasted 3.5 hours, e.g. until noon, vs. the planned two. "
                        "J. R. Smith of Acme Ltd. spoke at 5 p.m. local time. It ended! Did it?",
                     a, 5);
    static const char *const b[] = {
        "They flew to the U.S.",
        "The talks failed etc.",
        "Then they left...",
        "Nobody followed.",
    };
    expect_sentences(f, "They flew to the U.S. The talks failed etc. Then they left... Nobody followed.", b, 4);
    static const char *const c[] = {
        "\"We will respond,\" the minister said.",
        "“Nothing else matters.”",
        "He left (quietly.)",
        "Then silence.",
    };
    expect_sentences(f, "\"We will respond,\" the minister said. “Nothing else matters.” He left (quietly.) "
                        "Then silence.",
                     c, 4);
    static const char *const d[] = {
        "Çatışmanın 18. gününde Av. Mehmet Kaya ve Doç. Dr. Ali Can açıklama yaptı.",
        "Bölgede 1.200 kişi tahliye edildi vb. önlemler alındı.",
        "Bekliyoruz... belki yarın.",
        "Sonra döneriz..",
        "Allah korusun",
    };
    expect_sentences(f, "Çatışmanın 18. gününde Av. Mehmet Kaya ve Doç. Dr. Ali Can açıklama yaptı. "
                        "Bölgede 1.200 kişi tahliye edildi vb. önlemler alındı. Bekliyoruz... belki yarın. "
                        "Sonra döneriz.. Allah korusun",
                     d, 5);
    static const char *const e[] = {"The T.C. Dışişleri office and Maj. Gen. Ford agreed.", "Fine."};
    expect_sentences(f, "The T.C. Dışişleri office and Maj. Gen. Ford agreed. Fine.", e, 2);
    /* a paragraph without a terminator is one sentence; a line break always ends one */
    static const char *const g[] = {"no stop here", "and here"};
    expect_sentences(f, "no stop here\nand here", g, 2);
}

/* ---- posts ------------------------------------------------------------------------ */

static void test_post_signature(void **state)
{
    fixture *f = *state;
    const char *s = "Reporters in the area described heavy shelling overnight.\n"
                    "Büyük bir patlama sesi duyuldu. Herkes sokağa çıktı #Hatay'da pic.twitter.com/Abc123\n"
                    "— 🔥Mehmet  Yılmaz🔥 🇹🇷 (@mehmet_y) 5 Mart 2022\n"
                    "Another witness posted a video.\n"
                    "Smoke over the hills https://t.co/XyZ987 #Afrin\n"
                    "- Jane Doe (@jdoe) Sep 3, 2020\n"
                    "He wrote (@foo) about it later.\n";
    const sr_text *t = run(f, s);
    assert_int_equal(t->n_posts, 2);
    const sr_post *p = &t->posts[0];
    assert_string_equal(p->author, "Mehmet Yılmaz");
    assert_string_equal(p->handle, "mehmet_y");
    assert_int_equal(p->year, 2022);
    assert_int_equal(p->month, 3);
    assert_int_equal(p->day, 5);
    assert_int_equal(p->lang, SR_LANG_TR);
    assert_span(t, p->start, p->end, "Büyük bir patlama sesi duyuldu. Herkes sokağa çıktı #Hatay'da pic.twitter.com/Abc123");
    assert_span(t, p->sig_start, p->sig_end, "— 🔥Mehmet  Yılmaz🔥 🇹🇷 (@mehmet_y) 5 Mart 2022");
    assert_int_equal(p->n_links, 1);
    assert_string_equal(p->links[0], "pic.twitter.com/Abc123");
    assert_int_equal(p->n_hashtags, 1);
    assert_string_equal(p->hashtags[0], "Hatay");
    p = &t->posts[1];
    assert_string_equal(p->author, "Jane Doe");
    assert_string_equal(p->handle, "jdoe");
    assert_int_equal(p->year, 2020);
    assert_int_equal(p->month, 9);
    assert_int_equal(p->day, 3);
    assert_int_equal(p->lang, SR_LANG_EN);
    assert_int_equal(p->n_links, 1);
    assert_string_equal(p->links[0], "https://t.co/XyZ987");
    assert_string_equal(p->hashtags[0], "Afrin");

    assert_int_equal(t->n_paragraphs, 7);
    /* the sentences of the article are not part of any post */
    assert_true(t->paragraphs[2].is_signature);
    assert_true(t->paragraphs[5].is_signature);
    assert_false(t->paragraphs[6].is_signature);
    /* sentences: post text sentences carry the post, signatures have none */
    int in_post0 = 0;
    for (int i = 0; i < t->n_sentences; i++) {
        const sr_sentence *se = &t->sentences[i];
        assert_int_not_equal(se->paragraph, 2);
        assert_int_not_equal(se->paragraph, 5);
        if (se->paragraph == 1) { assert_int_equal(se->post, 0); in_post0++; }
        else if (se->paragraph == 4) assert_int_equal(se->post, 1);
        else assert_int_equal(se->post, -1);
    }
    assert_int_equal(in_post0, 2);
    check_invariants(t);
}

static void test_consecutive_signatures(void **state)
{
    fixture *f = *state;
    const sr_text *t = run(f, "Bir video paylaşıldı\n\n— A (@a) March 1, 2021\n— B (@b) 2 March 2021");
    assert_int_equal(t->n_posts, 2);
    assert_span(t, t->posts[0].start, t->posts[0].end, "Bir video paylaşıldı");
    assert_int_equal(t->posts[1].start, t->posts[1].end); /* nothing above but a signature */
    assert_int_equal(t->posts[1].start, t->posts[1].sig_start);
    assert_int_equal(t->posts[1].n_links, 0);
    assert_int_equal(t->n_sentences, 1);
    assert_int_equal(t->sentences[0].post, 0);
}

static void test_signature_forms(void **state)
{
    (void)state;
    static const struct { const char *line; bool ok; int y, m, d; } cases[] = {
        {"— Ministry of Defence (@DefenceHQ) 3 September 2020", true, 2020, 9, 3},
        {"– Ankara Valiliği (@ankaravaliligi) 29 Şubat 2020", true, 2020, 2, 29},
        {"- Someone (@x_1) December 31, 1999", true, 1999, 12, 31},
        {"— No Date Person (@nodate)", true, 0, 0, 0},
        {"Plain Name (@plain) 1 Ocak 2023", true, 2023, 1, 1},
        {"Plain Name (@plain)", false, 0, 0, 0},               /* no dash, no date */
        {"— Bad Date (@bd) February 30, 2021", false, 0, 0, 0},
        {"— Trailing (@tr) March 3, 2021 and more", false, 0, 0, 0},
        {"— Bad handle (@has space) March 3, 2021", false, 0, 0, 0},
        {"He wrote (@foo) about it", false, 0, 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        tx_signature sig;
        bool ok = tx_parse_signature(cases[i].line, 0, strlen(cases[i].line), &sig);
        if (ok != cases[i].ok) fail_msg("%s: got %d", cases[i].line, ok);
        if (ok) {
            assert_int_equal(sig.year, cases[i].y);
            assert_int_equal(sig.month, cases[i].m);
            assert_int_equal(sig.day, cases[i].d);
        }
    }
}

/* ---- the corpus example, when present ------------------------------------------------ */

static void test_corpus_example(void **state)
{
    fixture *f = *state;
    FILE *fp = fopen("/work/shared/corpus/kilis-2021-03-18.txt", "rb");
    if (!fp) {
        print_message("corpus example not found; skipped\n");
        skip();
        return;
    }
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf, fp);
    fclose(fp);
    assert_int_equal(run_len(f, buf, n, SR_LANG_UNKNOWN, NULL), SR_TEXT_OK);
    const sr_text *t = &f->t;
    static const char *const handles[] = {"tcsavunma", "sputnik_TR", "kara_karga58", "Gndgd1905GS"};
    assert_int_equal(t->n_posts, 4);
    for (int i = 0; i < 4; i++) {
        assert_string_equal(t->posts[i].handle, handles[i]);
        assert_int_equal(t->posts[i].year, 2021);
        assert_int_equal(t->posts[i].month, 3);
        assert_int_equal(t->posts[i].day, 18);
        assert_true(t->posts[i].end > t->posts[i].start);
        assert_true(strlen(t->posts[i].author) > 0);
    }
    assert_int_equal(t->posts[0].lang, SR_LANG_TR);
    assert_int_equal(t->posts[1].lang, SR_LANG_TR);
    assert_int_equal(t->lang, SR_LANG_EN);
    check_invariants(t);
}

/* ---- memory failure ------------------------------------------------------------------- */

typedef struct failing { int left; } failing;
static void *f_malloc(void *ctx, size_t n)
{
    failing *fl = ctx;
    if (fl->left-- <= 0) return NULL;
    return malloc(n);
}
static void *f_realloc(void *ctx, void *p, size_t n)
{
    failing *fl = ctx;
    if (fl->left-- <= 0) return NULL;
    return realloc(p, n);
}
static void f_free(void *ctx, void *p) { (void)ctx; free(p); }

static void test_out_of_memory(void **state)
{
    fixture *f = *state;
    /* a text large enough to need several arena blocks */
    size_t cap = 200000, len = 0;
    char *big = malloc(cap);
    assert_non_null(big);
    const char *lines[] = {
        "Kilis'te sabah saatlerinde patlama sesleri duyuldu ve vatandaşlar endişelendi.\n",
        "Officials said two rockets landed near the town, causing no casualties.\n",
        "— Yerel Haber 📰 (@yerel_haber) 4 Nisan 2021\n",
    };
    for (int i = 0; len + 200 < cap; i++) {
        size_t l = strlen(lines[i % 3]);
        memcpy(big + len, lines[i % 3], l);
        len += l;
    }
    bool ok = false;
    for (int n = 0; n < 200 && !ok; n++) {
        failing fl = {n};
        sr_allocator a = {f_malloc, f_realloc, f_free, &fl};
        sr_arena *arena = sr_arena_new(&a);
        if (!arena) continue;
        sr_text t;
        sr_text_status st = sr_text_analyse(f->ctx, arena, big, len, SR_LANG_UNKNOWN, &t, NULL);
        assert_true(st == SR_TEXT_OK || st == SR_TEXT_ENOMEM);
        ok = st == SR_TEXT_OK;
        if (ok) assert_true(t.n_posts > 100);
        sr_arena_free(arena);
    }
    assert_true(ok);
    free(big);
    /* NULL arguments */
    sr_text t;
    assert_int_equal(sr_text_analyse(NULL, f->arena, "a b", 3, SR_LANG_UNKNOWN, &t, NULL), SR_TEXT_ENOMEM);
    sr_text_ctx_free(NULL);
}

/* Checks sr_stem_filter's claim on the words of w[0, n) in both stemmers:
 * a filter of the plain forms of their stems lets each through, and so does
 * a filter of the words themselves.  Returns the words turned away. */
static int stem_filter_misses(struct sb_stemmer *stemmers[2], char (*w)[64], int n)
{
    int missed = 0;
    sr_stem_filter *by_stem = calloc(1, sizeof *by_stem), *by_word = calloc(1, sizeof *by_word);
    assert_non_null(by_stem);
    assert_non_null(by_word);
    for (int k = 0; k < 2; k++) {
        memset(by_stem, 0, sizeof *by_stem);
        memset(by_word, 0, sizeof *by_word);
        for (int i = 0; i < n; i++) {
            const sb_symbol *r = sb_stemmer_stem(stemmers[k], (const sb_symbol *)w[i], (int)strlen(w[i]));
            assert_non_null(r);
            char stem[256], plain[256];
            size_t rn = (size_t)sb_stemmer_length(stemmers[k]);
            assert_true(rn < sizeof stem);
            memcpy(stem, r, rn);
            stem[rn] = '\0';
            sr_stem_filter_add(by_stem, plain, sr_plain(stem, plain, sizeof plain));
            sr_stem_filter_add(by_word, w[i], strlen(w[i]));
        }
        for (int i = 0; i < n; i++) {
            size_t len = strlen(w[i]);
            uint64_t pre = sr_text_key_prefix(w[i], len);
            sr_lang lang = k ? SR_LANG_TR : SR_LANG_EN;
            missed += !sr_stem_filter_may(by_stem, lang, w[i], len, pre);
            missed += !sr_stem_filter_may(by_word, lang, w[i], len, pre);
        }
    }
    free(by_stem);
    free(by_word);
    return missed;
}

/* sr_stem_filter's claim (text.h): a word whose stem equals a key, or that
 * is the key, is let through by a filter holding that key; here for words
 * that meet each of its rules (English exception words, a stem of three
 * ending in an added e, an i for y, "sky"; Turkish hardened and appended
 * last letters; longer stems), in both stemmers, and for the words of the
 * system's dictionary when there is one, forty at a time. */
static void test_stem_filter(void **state)
{
    (void)state;
    static const char *const words[] = {
        "dying", "lying", "tying", "skies", "cry", "crying", "owing", "aging", "using", "city", "citing",
        "attacked", "killing", "protesters", "generously", "ability", "probability", "happily", "hopping",
        "hoped", "relational", "conditional", "abbing", "ties", "cries", "baba", "cabin", "album", "liable",
        "madsen", "eub", "aab", "bible", "saldirisi", "askerler", "oldu", "kitabi", "gidiyor", "kaza", "ad",
    };
    struct sb_stemmer *stemmers[2] = {sb_stemmer_new("english", NULL), sb_stemmer_new("turkish", NULL)};
    assert_non_null(stemmers[0]);
    assert_non_null(stemmers[1]);
    static char batch[40][64];
    int nb = 0;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        strcpy(batch[0], words[i]); /* one at a time: no other word's key may let it through */
        assert_int_equal(stem_filter_misses(stemmers, batch, 1), 0);
    }
    FILE *dict = fopen("/usr/share/dict/words", "r");
    if (dict) {
        char line[256];
        int missed = 0;
        while (fgets(line, sizeof line, dict)) {
            size_t len = strcspn(line, "\n"), k = 0;
            line[len] = '\0';
            while (k < len && ((line[k] >= 'a' && line[k] <= 'z') || (line[k] >= '0' && line[k] <= '9'))) k++;
            if (k != len || len == 0 || len >= 64) continue; /* the tokenizer's ASCII words only */
            strcpy(batch[nb++], line);
            if (nb == 40) {
                missed += stem_filter_misses(stemmers, batch, nb);
                nb = 0;
            }
        }
        missed += stem_filter_misses(stemmers, batch, nb);
        fclose(dict);
        assert_int_equal(missed, 0);
    }
    sb_stemmer_delete(stemmers[0]);
    sb_stemmer_delete(stemmers[1]);
    /* what it turns away, and the tokens it turns away keep their folds as stems */
    sr_stem_filter *f = calloc(1, sizeof *f);
    assert_non_null(f);
    sr_stem_filter_add(f, "kill", 4);
    sr_stem_filter_add(f, "attack", 6);
    assert_true(sr_stem_filter_may(f, SR_LANG_EN, "killings", 8, sr_text_key_prefix("killings", 8)));
    assert_true(sr_stem_filter_may(f, SR_LANG_EN, "attacks", 7, sr_text_key_prefix("attacks", 7)));
    assert_false(sr_stem_filter_may(f, SR_LANG_EN, "protesters", 10, sr_text_key_prefix("protesters", 10)));
    assert_false(sr_stem_filter_may(f, SR_LANG_EN, "the", 3, sr_text_key_prefix("the", 3)));
    assert_false(sr_stem_filter_may(f, SR_LANG_TR, "askerler", 8, sr_text_key_prefix("askerler", 8)));
    /* a longer key by its first bytes, not three: "attacks" but not "attire" */
    assert_false(sr_stem_filter_may(f, SR_LANG_EN, "attire", 6, sr_text_key_prefix("attire", 6)));
    sr_text_ctx *ctx = sr_text_ctx_new();
    sr_arena *arena = sr_arena_new(NULL);
    assert_non_null(ctx);
    assert_non_null(arena);
    sr_text_ctx_set_stem_filter(ctx, f);
    sr_text t;
    const char *s = "Protesters said the killings went on.";
    assert_int_equal(sr_text_analyse(ctx, arena, s, strlen(s), SR_LANG_EN, &t, NULL), SR_TEXT_OK);
    assert_string_equal(t.tokens[0].stem, "protesters");
    assert_string_equal(t.tokens[3].fold, "killings");
    assert_string_equal(t.tokens[3].stem, "kill");
    sr_text_ctx_set_stem_filter(ctx, NULL);
    sr_arena_reset(arena);
    assert_int_equal(sr_text_analyse(ctx, arena, s, strlen(s), SR_LANG_EN, &t, NULL), SR_TEXT_OK);
    assert_string_equal(t.tokens[0].stem, "protest");
    sr_arena_free(arena);
    sr_text_ctx_free(ctx);
    free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bom_and_line_ends),
        cmocka_unit_test(test_invalid_utf8_repaired),
        cmocka_unit_test(test_warnings_capped),
        cmocka_unit_test(test_binary_and_empty),
        cmocka_unit_test(test_langid),
        cmocka_unit_test(test_paragraph_languages),
        cmocka_unit_test(test_offsets_slice_back),
        cmocka_unit_test(test_apostrophe_suffix),
        cmocka_unit_test(test_turkish_folding),
        cmocka_unit_test(test_hashtags_mentions_urls),
        cmocka_unit_test(test_words_and_numbers),
        cmocka_unit_test(test_emoji_and_scripts),
        cmocka_unit_test(test_sentences),
        cmocka_unit_test(test_post_signature),
        cmocka_unit_test(test_consecutive_signatures),
        cmocka_unit_test(test_signature_forms),
        cmocka_unit_test(test_corpus_example),
        cmocka_unit_test(test_out_of_memory),
        cmocka_unit_test(test_stem_filter),
    };
    return cmocka_run_group_tests_name("text", tests, setup, teardown);
}
