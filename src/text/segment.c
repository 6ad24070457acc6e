/*
 * segment.c — sentences, over the tokens of one paragraph.
 *
 * sr_text_analyse() calls tx_segment() right after token.c has tokenized a
 * paragraph.  Working on tokens rather than bytes makes numbers ("3.5",
 * "1.200") and URLs safe by construction: their dots are inside tokens.
 * A sentence ends after a terminator group — one or more of . ! ? … (".."
 * and "..." runs included) with no space between them — plus any closing
 * quotes or brackets glued to it (" ” ’ ' ) ]), when the next token is
 * preceded by white space or the paragraph ends.  A lone '.' is not an end:
 *   - after a title abbreviation (Mr. Dr. Gen. Lt. Col. Capt. Sgt. St. Prof.
 *     Gov. Sen. Rep. Av. Doç. ...): never;
 *   - after an initial ("J. R. Smith") or an initialism (U.S. U.N. T.C. e.g.
 *     i.e. a.m.) or a "strong" abbreviation (No. vs. Jan. Sept. approx. ...):
 *     only when the next word is a capitalised sentence starter ("The",
 *     "It", "Bu", ...);
 *   - after a "weak" abbreviation that often ends sentences (etc. Inc. Ltd.
 *     Co. vb.): when the next word is capitalised and is not itself an
 *     abbreviation ("Ltd. Şti.");
 *   - after a number when the next word is lower case (Turkish ordinals:
 *     "18. gün"; "18. Kolordu" is split — conservative);
 * and an ellipsis followed by a lower-case word does not end a sentence.
 * The tables are machinery, not a lexicon, so they live here as C arrays;
 * tx_segment_init() indexes them once per context in a small hash table (a
 * '.' is followed by a word at most sentence ends, and scanning the arrays
 * there was the bulk of this file's cost).  Sentence spans run from their
 * first token's start to their last token's end, so they are trimmed by
 * construction.
 */
#include "text_int.h"

#include <limits.h>
#include <string.h>
#include <unicode/uchar.h>

/* Lower-case entries; compared to the token's fold with Turkish ı matching i. */
static const char *const titles[] = {
    "mr", "mrs", "ms", "messrs", "dr", "gen", "lt", "col", "capt", "cpt", "sgt", "cpl", "pvt",
    "maj", "brig", "adm", "cmdr", "cdr", "lieut", "gov", "sen", "rep", "pres", "prof", "rev",
    "hon", "st", "mt", "fr", "supt", "insp", "av", "doç", "yrd", "uzm", "org", "korg", "tümg",
    "tuğg", "alb", "yzb", "bnb", "tğm", "ütğm", "ast", "sn", "hz", "op", "öğr", "gör",
};
static const char *const strong_abbrevs[] = {
    "vs", "v", "no", "nos", "nr", "cf", "approx", "appr", "est", "dept", "fig", "figs", "vol",
    "vols", "pp", "ca", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "bkz", "örn", "yy", "mah", "cad", "sok", "apt", "mad", "md", "art",
};
static const char *const weak_abbrevs[] = {
    "etc", "inc", "ltd", "co", "corp", "jr", "sr", "bros", "llc", "plc", "al", "vb", "şti", "vd",
};
static const char *const starters[] = {
    "a", "an", "the", "this", "that", "these", "those", "there", "then", "it", "its", "he",
    "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "but", "and", "or",
    "so", "yet", "however", "meanwhile", "also", "in", "on", "at", "after", "before", "while",
    "when", "as", "if", "according", "earlier", "later", "some", "many", "both", "one", "no",
    "not", "what", "who", "why", "how", "where", "since", "for", "with", "from", "by", "to",
    "despite", "although", "though", "separately", "still", "thus", "bu", "şu", "o", "bir",
    "ancak", "ama", "fakat", "ve", "öte", "olayda", "daha", "sonra", "ayrıca", "bunun",
    "bunu", "öyle", "bunlar", "onlar", "biz", "ben",
};

/* fold equals w, where ı (U+0131) in fold matches i in w */
static bool fold_eq(const char *f, const char *w)
{
    while (*w) {
        if (*f == *w) { f++; w++; continue; }
        if (*w == 'i' && (unsigned char)f[0] == 0xC4 && (unsigned char)f[1] == 0xB1) { f += 2; w++; continue; }
        return false;
    }
    return *f == '\0';
}

/* ---- the word index ------------------------------------------------------ */

/* The tables a word can be in, as bits of tx_word_slot.tabs. */
enum { W_TITLE = 1, W_STRONG = 2, W_WEAK = 4, W_STARTER = 8 };

/* Hash of the string w with ı (C4 B1) read as i, so that a fold and every
 * table entry it matches under fold_eq() hash alike.  0 when w is longer
 * than any entry could match (then w is in no table). */
static uint32_t word_hash(const char *w)
{
    uint32_t h = 2166136261u;
    for (size_t k = 0; w[k]; k++) {
        if (k >= 32) return 0;
        unsigned char c = (unsigned char)w[k];
        if (c == 0xC4 && (unsigned char)w[k + 1] == 0xB1) { c = 'i'; k++; }
        h = (h ^ c) * 16777619u;
    }
    return h ? h : 1;
}

static void index_table(sr_text_ctx *ctx, const char *const *tab, size_t n, uint8_t bit)
{
    for (size_t k = 0; k < n; k++) {
        uint32_t h = word_hash(tab[k]);
        uint32_t i = h & (TX_WORD_SLOTS - 1);
        while (ctx->words[i].w) i = (i + 1) & (TX_WORD_SLOTS - 1);
        ctx->words[i].w = tab[k];
        ctx->words[i].hash = h;
        ctx->words[i].tabs = bit;
    }
}
#define INDEX(ctx, tab, bit) index_table((ctx), (tab), sizeof(tab) / sizeof *(tab), (bit))

/* See text_int.h.  An entry in two tables takes two slots. */
void tx_segment_init(sr_text_ctx *ctx)
{
    memset(ctx->words, 0, sizeof ctx->words);
    INDEX(ctx, titles, W_TITLE);
    INDEX(ctx, strong_abbrevs, W_STRONG);
    INDEX(ctx, weak_abbrevs, W_WEAK);
    INDEX(ctx, starters, W_STARTER);
}

/* The tables (W_* bits) that have an entry fold_eq() to fold. */
static unsigned word_tables(const tx_state *st, const char *fold)
{
    uint32_t h = word_hash(fold);
    if (!h) return 0;
    const tx_word_slot *slots = st->ctx->words;
    unsigned tabs = 0;
    for (uint32_t i = h & (TX_WORD_SLOTS - 1); slots[i].w; i = (i + 1) & (TX_WORD_SLOTS - 1))
        if (slots[i].hash == h && fold_eq(fold, slots[i].w)) tabs |= slots[i].tabs;
    return tabs;
}

/* ---- tokens --------------------------------------------------------------- */

static bool is_dot(const sr_token *t)
{
    return t->kind == SR_TOK_PUNCT && t->fold[0] == '.' && t->fold[1] == '\0';
}

static bool is_ellipsis(const sr_token *t)
{
    return t->fold[0] == '.' && t->fold[1] == '.' && t->fold[2] == '.' && t->fold[3] == '\0';
}

static bool is_term(const sr_token *t)
{
    if (t->kind != SR_TOK_PUNCT) return false;
    const char *f = t->fold;
    if (f[0] == '.' || f[0] == '!' || f[0] == '?') return true;
    if ((unsigned char)f[0] < 0x80) return false;
    /* 。 ؟ ‼ ⁇ ⁈ ⁉ ！ ？ */
    static const char *const more[] = {
        "\xE3\x80\x82", "\xD8\x9F", "\xE2\x80\xBC", "\xE2\x81\x87", "\xE2\x81\x88",
        "\xE2\x81\x89", "\xEF\xBC\x81", "\xEF\xBC\x9F",
    };
    for (size_t k = 0; k < sizeof more / sizeof *more; k++)
        if (!strcmp(f, more[k])) return true;
    return false;
}

static bool is_closer(const sr_token *t)
{
    if (t->kind != SR_TOK_PUNCT) return false;
    char c = t->fold[0];
    return t->fold[1] == '\0' && (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}');
}

static bool glued(const sr_token *t) { return !(t->flags & SR_TOKF_SPACE_BEFORE); }

/* one letter, e.g. "J" or the "S" of "U.S" */
static bool single_letter(const tx_state *st, const sr_token *t)
{
    if (t->kind != SR_TOK_WORD || t->end != t->base_end) return false;
    int n;
    tx_decode(st->text, t->start, t->end, &n);
    return t->start + (uint32_t)n == t->end;
}

static bool starts_lower(const tx_state *st, const sr_token *t)
{
    if (t->kind != SR_TOK_WORD) return false;
    int n;
    uint32_t cp = tx_decode(st->text, t->start, t->end, &n);
    return u_islower((UChar32)cp);
}

/* Does the single '.' token at i (glued to its predecessor) end a sentence
 * whose next token is j? */
static bool dot_ends(const tx_state *st, const sr_token *tok, int tb, int i, int j, int te)
{
    if (i == tb || !glued(&tok[i])) return true;
    const sr_token *prev = &tok[i - 1];
    /* the next word: skip up to two opening quotes/brackets */
    int k = j;
    while (k < te && k < j + 2 && tok[k].kind == SR_TOK_PUNCT) k++;
    const sr_token *next = k < te ? &tok[k] : NULL;
    bool next_word = next && next->kind == SR_TOK_WORD;
    bool next_cap = next_word && (next->flags & SR_TOKF_CAP);
    bool next_lower = next && starts_lower(st, next);
    bool next_starter = next_cap && (word_tables(st, next->fold) & W_STARTER);

    if (prev->kind == SR_TOK_NUMBER) return !next_lower;
    if (prev->kind != SR_TOK_WORD) return true;

    /* initials and initialisms */
    int cnt = 0, m = i - 1;
    while (m >= tb && single_letter(st, &tok[m])) {
        cnt++;
        if (m - 2 >= tb && glued(&tok[m]) && is_dot(&tok[m - 1]) && glued(&tok[m - 1])) m -= 2;
        else break;
    }
    if (cnt >= 2 || (cnt == 1 && (prev->flags & SR_TOKF_CAP))) return next_starter;
    if (prev->end != prev->base_end) return true; /* "Syria's." */
    unsigned prev_tabs = word_tables(st, prev->fold);
    if (prev_tabs & W_TITLE) return false;
    if (prev_tabs & W_STRONG) return next_starter;
    if (prev_tabs & W_WEAK) {
        bool next_abbrev = next_word && k + 1 < te && is_dot(&tok[k + 1]) && glued(&tok[k + 1]) &&
                           (word_tables(st, next->fold) & (W_TITLE | W_WEAK | W_STRONG));
        return next_cap && !next_abbrev;
    }
    return true;
}

/* A sentence end typed without its space: "in the area.Three people died" — a lower-case
 * word of three letters or more, the dot, and a capitalised word in lower case after its
 * capital (not "ASP.NET", "e.g.The" is an abbreviation's, "U.S" an initialism's). */
static bool missed_space(const tx_state *st, const sr_token *tok, int tb, int i, int j)
{
    if (i == tb || !glued(&tok[i])) return false;
    const sr_token *prev = &tok[i - 1], *next = &tok[j];
    if (prev->kind != SR_TOK_WORD || next->kind != SR_TOK_WORD || !(next->flags & SR_TOKF_CAP)) return false;
    if (prev->end - prev->start < 3 || !starts_lower(st, prev) || word_tables(st, prev->fold)) return false;
    int n;
    tx_decode(st->text, next->start, next->end, &n);
    uint32_t at = next->start + (uint32_t)n;
    if (at >= next->end) return false;
    return u_islower((UChar32)tx_decode(st->text, at, next->end, &n));
}

static bool add_sentence(tx_state *st, int s, int e, int para, int post, sr_lang lang)
{
    sr_text *o = st->out;
    if (o->n_sentences == st->cap_sentences) {
        if (st->cap_sentences > INT_MAX / 2) return false;
        int nc = st->cap_sentences ? st->cap_sentences * 2 : 64;
        sr_sentence *ns = sr_arena_grow(st->arena, o->sentences, (size_t)o->n_sentences, (size_t)nc, sizeof *ns);
        if (!ns) return false;
        o->sentences = ns;
        st->cap_sentences = nc;
    }
    sr_sentence *se = &o->sentences[o->n_sentences++];
    se->start = o->tokens[s].start;
    se->end = o->tokens[e - 1].end;
    se->tok_begin = (uint32_t)s;
    se->tok_end = (uint32_t)e;
    se->paragraph = para;
    se->post = post;
    se->lang = (uint8_t)lang;
    for (int k = s; k < e; k++)
        if (o->tokens[k].kind == SR_TOK_WORD) { o->tokens[k].flags |= SR_TOKF_SENT_START; break; }
    return true;
}

/* Appends to st->out->sentences the sentences of tokens [tb, te) (one
 * paragraph, tb < te) and flags each sentence's first word SENT_START.
 * The sentence array grows in the arena; false when it is exhausted. */
bool tx_segment(tx_state *st, int tb, int te, int para, int post, sr_lang lang)
{
    const sr_token *tok = st->out->tokens;
    int s = tb;
    for (int i = tb; i < te; i++) {
        /* Why a pointer loop to the next punctuation token: every token of
         * the paragraph passes here, and most are words (an index loop
         * recomputed each token's address from i) */
        const sr_token *p = &tok[i], *pe = &tok[te];
        while (p < pe && p->kind != SR_TOK_PUNCT) p++;
        if (p == pe) break;
        i = (int)(p - tok);
        if (!is_term(&tok[i])) continue;
        int j = i + 1;
        while (j < te && is_term(&tok[j]) && glued(&tok[j])) j++;
        int group = j - i;
        bool ellipsis = group > 1 ? is_dot(&tok[i]) : is_ellipsis(&tok[i]);
        int closers = 0;
        while (j < te && is_closer(&tok[j]) && glued(&tok[j])) { j++; closers++; }
        bool end = true;
        if (j < te) {
            if (glued(&tok[j])) end = group == 1 && closers == 0 && is_dot(&tok[i]) && missed_space(st, tok, tb, i, j);
            else if (ellipsis) end = !starts_lower(st, &tok[j]);
            /* "?" and "!" end a sentence before a capital, not before "on Monday" (nor
             * where a repaired byte, written '?', stands in the middle of one) */
            else if (!is_dot(&tok[i])) end = !starts_lower(st, &tok[j]);
            else if (group == 1 && closers == 0 && is_dot(&tok[i])) end = dot_ends(st, tok, tb, i, j, te);
        }
        if (end) {
            if (!add_sentence(st, s, j, para, post, lang)) return false;
            tok = st->out->tokens;
            s = j;
        }
        i = j - 1;
    }
    if (s < te && !add_sentence(st, s, te, para, post, lang)) return false;
    return true;
}
