/*
 * fuzz_lexicon.c — libFuzzer target for the lexicon loader: any bytes as a
 * lexicon file must load or be refused with a message, then compile and match.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lex/lexicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sr_lexicon *lex = sr_lexicon_new();
    if (!lex) return 0;
    char *err = NULL;
    sr_status st = sr_lexicon_load_buffer(lex, "fuzz.lex", (const char *)data, size, SR_LANG_EN, &err);
    if (st != SR_OK && st != SR_ENOMEM && (!err || !strstr(err, "fuzz.lex"))) abort(); /* a refusal names the file */
    free(err);
    err = NULL;
    if (st == SR_OK && sr_lexicon_compile(lex, &err) == SR_OK) {
        sr_token toks[3] = {
            {.fold = "attack", .stem = "attack", .kind = SR_TOK_WORD, .lang = SR_LANG_EN},
            {.fold = "2", .stem = "2", .kind = SR_TOK_NUMBER, .lang = SR_LANG_EN, .value = 2},
            {.fold = "kılıç", .stem = "kılıç", .kind = SR_TOK_WORD, .lang = SR_LANG_EN},
        };
        sr_arena *arena = sr_arena_new(NULL);
        sr_lex_hit *hits;
        if (arena) sr_lexicon_match(lex, toks, 0, 3, arena, &hits);
        sr_arena_free(arena);
    }
    free(err);
    sr_lexicon_free(lex);
    return 0;
}
