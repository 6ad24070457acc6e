/*
 * fuzz_text.c — libFuzzer target for the text layer: sr_text_analyse() and
 * sr_lang_detect() on arbitrary bytes, with the arena reset before each run.
 * Besides the sanitizers' checks it traps when an output invariant breaks
 * (offsets out of range or out of order, sentences not covering the tokens,
 * post fields missing).  The first byte, when present, picks the language
 * hint.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"

static sr_text_ctx *ctx;
static sr_arena *arena;

#define CHECK(c) do { if (!(c)) __builtin_trap(); } while (0)

static void check(const sr_text *t, size_t len)
{
    CHECK(t->len == len);
    CHECK(t->n_warnings >= 0 && t->n_warnings <= SR_TEXT_MAX_WARNINGS);
    for (int i = 0; i < t->n_paragraphs; i++) {
        const sr_paragraph *p = &t->paragraphs[i];
        CHECK(p->start < p->end && p->end <= len);
        if (i) CHECK(p->start >= t->paragraphs[i - 1].end);
    }
    uint32_t prev_end = 0;
    for (int i = 0; i < t->n_tokens; i++) {
        const sr_token *k = &t->tokens[i];
        CHECK(k->start < k->end && k->end <= len && k->base_end > k->start && k->base_end <= k->end);
        CHECK(k->start >= prev_end);
        CHECK(k->fold && k->stem && k->kind <= SR_TOK_SYMBOL);
        CHECK((k->suffix != NULL) == (k->base_end < k->end) || k->kind == SR_TOK_WORD);
        prev_end = k->end;
        (void)strlen(k->fold);
        (void)strlen(k->stem);
    }
    uint32_t next = 0;
    for (int i = 0; i < t->n_sentences; i++) {
        const sr_sentence *s = &t->sentences[i];
        CHECK(s->tok_begin == next && s->tok_begin < s->tok_end && (int)s->tok_end <= t->n_tokens);
        CHECK(s->start == t->tokens[s->tok_begin].start && s->end == t->tokens[s->tok_end - 1].end);
        CHECK(s->paragraph >= 0 && s->paragraph < t->n_paragraphs);
        CHECK(s->post >= -1 && s->post < t->n_posts);
        next = s->tok_end;
    }
    CHECK((int)next == t->n_tokens);
    for (int i = 0; i < t->n_posts; i++) {
        const sr_post *p = &t->posts[i];
        CHECK(p->author && p->handle && p->start <= p->end && p->sig_start < p->sig_end && p->sig_end <= len);
        for (int k = 0; k < p->n_links; k++) CHECK(p->links[k] && p->links[k][0]);
        for (int k = 0; k < p->n_hashtags; k++) CHECK(p->hashtags[k] && p->hashtags[k][0]);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ctx) {
        ctx = sr_text_ctx_new();
        arena = sr_arena_new(NULL);
        if (!ctx || !arena) abort();
    }
    sr_lang hint = SR_LANG_UNKNOWN;
    if (size > 0) {
        hint = (sr_lang)(data[0] % 4 == 3 ? 0 : data[0] % 4);
        data++;
        size--;
    }
    /* a private copy so that reads past the end are caught exactly */
    char *buf = malloc(size ? size : 1);
    if (!buf) return 0;
    if (size) memcpy(buf, data, size);
    (void)sr_lang_detect(buf, size);
    sr_arena_reset(arena);
    sr_text t;
    size_t bad = 0;
    sr_text_status st = sr_text_analyse(ctx, arena, buf, size, hint, &t, &bad);
    if (st == SR_TEXT_OK) check(&t, size);
    else if (st == SR_TEXT_EBINARY) CHECK(bad < size);
    free(buf);
    return 0;
}
