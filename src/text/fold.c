/*
 * fold.c — the normalised forms of tokens: `fold` and `stem`.
 *
 * token.c folds plain ASCII words itself (their folds point into a
 * lower-cased copy of the paragraph, see tx_tokenize()); it calls tx_fold()
 * on the span of every other word, hashtag and mention and tx_fold_punct()
 * on each punctuation character, then tx_stem() on the fold of each word.
 * The text itself is never changed; the forms are written to the
 * per-document string pool (arena).
 *
 * Pure-ASCII spans take a hand-written fast path (ASCII lowercasing, with
 * I -> ı in Turkish paragraphs, which is exactly what ICU's Turkic folding
 * does to ASCII), since a round trip through UTF-16 would cost more than the
 * rest of the tokenizer.  Everything else goes through ICU: UTF-8 -> UTF-16,
 * the ASCII mapping of quotes and dashes, NFC, u_strFoldCase
 * (U_FOLD_CASE_EXCLUDE_SPECIAL_I in Turkish paragraphs: I -> ı, İ -> i;
 * elsewhere İ is first mapped to i so that no stray combining dot is left),
 * NFC again, back to UTF-8.  Stems come from
 * Snowball and are memoised in the per-thread context (news text repeats its
 * words, and stemming was the most expensive step of the layer); a lookup
 * compares the first 8 bytes of the fold as one integer (sr_text_key_prefix()),
 * which the tokenizer reads in one load for the words of its lower-cased
 * copy.  The words no reader of stems can use are not stemmed at all: the
 * lexicon's stem tests make an sr_stem_filter (its rules, from what
 * Snowball's stemmers keep of a word, are here) that the tokenizer asks
 * before it queues an ASCII word for the memo.
 */
#include "text_int.h"

#include <libstemmer.h>
#include <string.h>
#include <unicode/ustring.h>

#define STACK_UCHARS 256

/* ---- UTF-16 scratch buffers -------------------------------------------- */

static UChar *scratch(tx_state *st, UChar *stack_buf, int32_t need)
{
    if (need <= STACK_UCHARS) return stack_buf;
    return sr_arena_alloc(st->arena, (size_t)need * sizeof(UChar));
}

/* NFC of src[0..n) into a buffer (src itself when already NFC).  NULL on OOM
 * or ICU failure. */
static UChar *nfc(tx_state *st, UChar *src, int32_t n, UChar *stack_buf, int32_t *out_n)
{
    UErrorCode status = U_ZERO_ERROR;
    if (unorm2_quickCheck(st->ctx->nfc, src, n, &status) == UNORM_YES && U_SUCCESS(status)) {
        *out_n = n;
        return src;
    }
    status = U_ZERO_ERROR;
    int32_t cap = n * 3 + 8;
    UChar *dst = scratch(st, stack_buf, cap);
    if (!dst) return NULL;
    if (dst == stack_buf) cap = STACK_UCHARS;
    int32_t m = unorm2_normalize(st->ctx->nfc, src, n, dst, cap, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        dst = sr_arena_alloc(st->arena, (size_t)(m + 1) * sizeof(UChar));
        if (!dst) return NULL;
        m = unorm2_normalize(st->ctx->nfc, src, n, dst, m + 1, &status);
    }
    if (U_FAILURE(status)) { *out_n = n; return src; }
    *out_n = m;
    return dst;
}

static const char *fold_ascii(tx_state *st, const char *s, size_t n, bool turkish, size_t *out_len)
{
    size_t extra = 0;
    if (turkish)
        for (size_t k = 0; k < n; k++) extra += s[k] == 'I';
    char *d = tx_pool_alloc(st, n + extra + 1);
    if (!d) return NULL;
    size_t j = 0;
    for (size_t k = 0; k < n; k++) {
        char c = s[k];
        if (c >= 'A' && c <= 'Z') {
            if (turkish && c == 'I') { d[j++] = (char)0xC4; d[j++] = (char)0xB1; continue; }
            c = (char)(c + 32);
        }
        d[j++] = c;
    }
    d[j] = '\0';
    *out_len = j;
    return d;
}

/* Normalised form of st->text[s..e) (see text_int.h).  The string lives in
 * the per-document pool (arena), valid until the arena is reset; NULL only
 * when the arena is exhausted.  st and out_len must not be NULL. */
const char *tx_fold(tx_state *st, size_t s, size_t e, sr_lang lang, size_t *out_len)
{
    const char *src = st->text + s;
    size_t n = e - s;
    bool turkish = lang == SR_LANG_TR;
    size_t k = 0;
    while (k < n && (unsigned char)src[k] < 0x80) k++;
    if (k == n) return fold_ascii(st, src, n, turkish, out_len);

    if (n > (size_t)INT32_MAX / 4) return NULL;
    UChar b1[STACK_UCHARS], b2[STACK_UCHARS], b3[STACK_UCHARS], b4[STACK_UCHARS];
    UErrorCode status = U_ZERO_ERROR;
    int32_t cap = (int32_t)n + 1;
    UChar *u = scratch(st, b1, cap);
    if (!u) return NULL;
    if (u == b1) cap = STACK_UCHARS;
    int32_t un = 0;
    u_strFromUTF8(u, cap, &un, src, (int32_t)n, &status);
    if (U_FAILURE(status)) un = 0; /* cannot happen on repaired text */

    /* quotes, dashes, soft hyphens; İ outside Turkish */
    int32_t j = 0;
    for (int32_t q = 0; q < un; q++) {
        UChar c = u[q];
        switch (c) {
        case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x00B4: case 0x2032: c = '\''; break;
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
            c = '"'; break;
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
            c = '-'; break;
        case 0x00AD: continue;
        case 0x0130: if (!turkish) c = 'i'; break;
        default: break;
        }
        u[j++] = c;
    }
    un = j;

    int32_t m1;
    UChar *v = nfc(st, u, un, b2, &m1);
    if (!v) return NULL;
    status = U_ZERO_ERROR;
    int32_t fcap = m1 * 3 + 8;
    UChar *f = scratch(st, b3, fcap);
    if (!f) return NULL;
    if (f == b3) fcap = STACK_UCHARS;
    uint32_t opt = turkish ? U_FOLD_CASE_EXCLUDE_SPECIAL_I : U_FOLD_CASE_DEFAULT;
    int32_t fn = u_strFoldCase(f, fcap, v, m1, opt, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        f = sr_arena_alloc(st->arena, (size_t)(fn + 1) * sizeof(UChar));
        if (!f) return NULL;
        fn = u_strFoldCase(f, fn + 1, v, m1, opt, &status);
    }
    if (U_FAILURE(status)) { f = v; fn = m1; }
    int32_t m2;
    UChar *w = nfc(st, f, fn, b4, &m2);
    if (!w) return NULL;

    /* back to UTF-8: at most 3 bytes per UTF-16 unit */
    size_t ocap = (size_t)m2 * 3 + 1;
    char *out = tx_pool_alloc(st, ocap);
    if (!out) return NULL;
    int32_t on = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8(out, (int32_t)ocap, &on, w, m2, &status);
    if (U_FAILURE(status)) on = 0;
    out[on] = '\0';
    tx_pool_trim(st, out, ocap, (size_t)on + 1);
    *out_len = (size_t)on;
    return out;
}

/* one-character strings for ASCII punctuation */
static const char ascii1[128][2] = {
#define R8(b) {b, 0}, {b + 1, 0}, {b + 2, 0}, {b + 3, 0}, {b + 4, 0}, {b + 5, 0}, {b + 6, 0}, {b + 7, 0}
    R8(0), R8(8), R8(16), R8(24), R8(32), R8(40), R8(48), R8(56),
    R8(64), R8(72), R8(80), R8(88), R8(96), R8(104), R8(112), R8(120),
#undef R8
};

/* Fold of the punctuation code point cp spanning st->text[s..e): a static
 * string for ASCII and the mapped quotes/dashes/ellipsis, else a pool copy
 * (valid until the arena reset).  NULL only when the arena is exhausted. */
const char *tx_fold_punct(tx_state *st, size_t s, size_t e, uint32_t cp)
{
    if (cp < 0x80) return ascii1[cp];
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x00B4: case 0x2032: case 0x201A:
    case 0x2039: case 0x203A:
        return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
        return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        return "-";
    case 0x2026: return "...";
    default: return tx_strdup(st, st->text + s, e - s);
    }
}

/* ---- stems -------------------------------------------------------------- */

/* For each last letter of an English word, the letters before it after
 * which some rule of Snowball's english.sbl can apply (tx_en_stem_may_change):
 * bit c - 'a' for a letter c, bit 31 for any other byte; 0 when no rule ends
 * in that letter.  From the ends of the rules: steps 1a-5 (s, ed, ing, y,
 * ement, ment, ent, ant, er, izer, ator, ion, ation, ism, ic, li, iti, ogi,
 * enci, al, e, l, ...) and the exception words (skies, dying, news, howe,
 * exceed, ...). */
#define TX_EN_AFTER(c) (1u << ((c) - 'a'))
const uint32_t tx_en_rule_ends[26] = {
    ['c' - 'a'] = TX_EN_AFTER('i'),
    ['d' - 'a'] = TX_EN_AFTER('e'),
    ['e' - 'a'] = 0xFFFFFFFFu,
    ['g' - 'a'] = TX_EN_AFTER('n'),
    ['i' - 'a'] = TX_EN_AFTER('c') | TX_EN_AFTER('g') | TX_EN_AFTER('l') | TX_EN_AFTER('t'),
    ['l' - 'a'] = 0xFFFFFFFFu,
    ['m' - 'a'] = TX_EN_AFTER('s'),
    ['n' - 'a'] = TX_EN_AFTER('o'),
    ['r' - 'a'] = TX_EN_AFTER('e') | TX_EN_AFTER('o'),
    ['s' - 'a'] = 0xFFFFFFFFu,
    ['t' - 'a'] = TX_EN_AFTER('n'),
    ['y' - 'a'] = 0xFFFFFFFFu,
};
#undef TX_EN_AFTER

/* The most first bytes of a word the filter compares with a key's: more
 * would turn away few more words (1,200 of 216,000 on the bench corpus for 8)
 * for a probe each. */
#define TX_STEM_LONG 6

/* Sets, in bits (one of sr_stem_filter's 3-byte bitmaps), the bits of the
 * words starting with the n = 1, 2 or 3 bytes b0 b1 b2, whatever follows
 * them. */
static void stem_filter_set(uint64_t *bits, unsigned char b0, unsigned char b1, unsigned char b2, int n)
{
    unsigned i = (b0 & 31u) << 10 | (n > 1 ? (b1 & 31u) << 5 : 0) | (n > 2 ? b2 & 31u : 0);
    if (n == 3) bits[i / 64] |= 1ull << (i % 64);
    else if (n == 2) bits[i / 64] |= 0xFFFFFFFFull << (i % 64); /* 32 bits, half a word */
    else memset(&bits[i / 64], 0xFF, 1024 / 8);                 /* 1024 bits, 16 words */
}

/* The bit of long_bits for the first l bytes (4 to TX_STEM_LONG) of pre. */
static unsigned stem_filter_long_bit(uint64_t pre, size_t l)
{
    uint64_t p = pre & ((1ull << (8 * l)) - 1);
    return (unsigned)(((p ^ l) * 0x9E3779B97F4A7C15ull) >> (64 - 14));
}

/* Sets, for the stemmer of index tr (0 English, 1 Turkish), the bits of the
 * words that the key k of len bytes may be the stem of: those that share
 * its first r bytes, when r >= 4; else those that share the first bytes a
 * short stem keeps (see text.h). */
static void stem_filter_words(sr_stem_filter *f, int tr, const unsigned char *k, size_t len, size_t r)
{
    if (r >= 4) {
        size_t l = r < TX_STEM_LONG ? r : TX_STEM_LONG;
        uint64_t pre = 0;
        memcpy(&pre, k, l);
        unsigned b = stem_filter_long_bit(pre, l);
        f->long_bits[tr][b / 64] |= 1ull << (b % 64);
        f->long_lens[tr] |= 1u << l;
        stem_filter_set(f->any3[tr], k[0], k[1], k[2], 3);
        return;
    }
    int n = len < 3 ? (int)len : 3;   /* the bytes the words share with the key */
    unsigned char hard = 0;            /* Turkish: the letter a hardened last one was */
    if (!tr) {
        if (len == 3 && memchr("eiy", k[2], 3)) n = 2; /* added e, i for y, "sky" */
    } else {
        if (len == 3 && memchr("ptiu", k[2], 4)) n = 2; /* hardened or appended */
        if (len == 2 && (k[1] == 'i' || k[1] == 'u')) n = 1;
        if (len <= 2) hard = k[len - 1] == 'p' ? 'b' : k[len - 1] == 't' ? 'd' : 0;
    }
    for (int s = 0; s < 2; s++) {
        uint64_t *bits = s ? f->short3[tr] : f->any3[tr];
        stem_filter_set(bits, k[0], n > 1 ? k[1] : 0, n > 2 ? k[2] : 0, n);
        if (hard) stem_filter_set(bits, len == 1 ? hard : k[0], hard, 0, (int)len);
    }
}

/* See text.h for why these words and no others.  English: a stem of three
 * may end in e, i or y that the word has not there.  Turkish: the last
 * letter of a stem may be hardened (p from b, t from d) or appended (i or
 * u, once plain). */
void sr_stem_filter_add(sr_stem_filter *f, const char *key, size_t len)
{
    const unsigned char *k = (const unsigned char *)key;
    /* the English exception words whose second letter the stem changes (dying -> die) */
    static const char ex[3] = {'d', 'l', 't'};
    for (int i = 0; i < 3; i++) {
        stem_filter_set(f->any3[0], (unsigned char)ex[i], 'y', 0, 2);
        stem_filter_set(f->short3[0], (unsigned char)ex[i], 'y', 0, 2);
    }
    if (len == 0) {
        memset(f->any3, 0xFF, sizeof f->any3);
        memset(f->short3, 0xFF, sizeof f->short3);
        return;
    }
    stem_filter_words(f, 0, k, len, len >= 2 ? len - 2 : 0);
    stem_filter_words(f, 1, k, len, len - 1);
}

/* See text.h. */
bool sr_stem_filter_long(const sr_stem_filter *f, sr_lang lang, uint64_t pre, size_t n)
{
    int tr = lang == SR_LANG_TR;
    /* the lengths of the prefixes in long_bits, but those longer than the word */
    unsigned lens = f->long_lens[tr] & ((2u << (n < TX_STEM_LONG ? n : TX_STEM_LONG)) - 1);
    for (; lens; lens &= lens - 1) {
        unsigned b = stem_filter_long_bit(pre, (size_t)__builtin_ctz(lens));
        if (f->long_bits[tr][b / 64] >> (b % 64) & 1) return true;
    }
    return false;
}

_Static_assert(TX_STEM_SLAB <= ((size_t)TX_STEM_ALIGN << 19), "tx_stem_entry.key_off has 19 bits of units");

/* Points tok's stem at the string r[0..rn), a stem different from its fold
 * (NUL-terminated when to_pool is false; else copied into the pool first).
 * false when the arena is exhausted. */
static bool set_stem(tx_state *st, sr_token *tok, const char *r, size_t rn, bool to_pool)
{
    if (to_pool && !(r = tx_strdup(st, r, rn))) return false;
    bool ascii = true;
    for (size_t k = 0; k < rn; k++) ascii &= (unsigned char)r[k] < 0x80;
    tok->stem = r;
    tok->stem_len = (uint32_t)rn;
    tok->stem_key = sr_text_key(r, rn);
    tok->flags = (uint8_t)((tok->flags & ~SR_TOKF_ASCII_STEM) | (ascii ? SR_TOKF_ASCII_STEM : 0));
    return true;
}

/* Stems tok's fold with Snowball and memoises it in the free slot i (the end
 * of the probe for hash h) while there is room; see tx_stem().  Kept out of
 * line so that a memo hit stays a cheap leaf. */
__attribute__((noinline)) static bool stem_miss(tx_state *st, struct sb_stemmer *stemmer, sr_token *tok,
                                                sr_lang lang, uint32_t h, uint64_t pre, uint32_t i)
{
    sr_text_ctx *ctx = st->ctx;
    const char *fold = tok->fold;
    size_t n = tok->fold_len;
    const sb_symbol *r = sb_stemmer_stem(stemmer, (const sb_symbol *)fold, (int)n);
    if (!r) return true; /* Snowball out of memory: the fold is a usable stem */
    size_t rn = (size_t)sb_stemmer_length(stemmer);
    bool same = rn == n && memcmp(r, fold, n) == 0;
    /* memoise while there is room (3/4 of the slots, and the slab) */
    size_t need = n + (same ? 0 : sizeof(tx_stem_meta) + rn + 1);
    size_t at = (ctx->slab_used + TX_STEM_ALIGN - 1) & ~(size_t)(TX_STEM_ALIGN - 1);
    if (ctx->n_stems < TX_STEM_SLOTS / 4 * 3 && at <= TX_STEM_SLAB && need <= TX_STEM_SLAB - at) {
        tx_stem_entry *e = &ctx->stems[i];
        e->prefix = pre;
        e->hash = h;
        e->key_off = (uint32_t)(at / TX_STEM_ALIGN) & ((1u << 19) - 1);
        e->key_len = (uint32_t)n & 1023u;
        e->lang = (uint32_t)lang & 3u;
        e->same = same;
        char *key = ctx->slab + at;
        memcpy(key, fold, n);
        ctx->slab_used = at + need;
        ctx->n_stems++;
        if (same) return true;
        /* the stem and its meta, as tx_stem_from_memo() reads them */
        char *stem = key + n + sizeof(tx_stem_meta);
        memcpy(stem, r, rn);
        stem[rn] = '\0';
        set_stem(st, tok, stem, rn, false);
        tx_stem_meta meta = {tok->stem_key, (uint32_t)rn, (tok->flags & SR_TOKF_ASCII_STEM) != 0};
        memcpy(key + n, &meta, sizeof meta);
        return true;
    }
    return same || set_stem(st, tok, (const char *)r, rn, true);
}

/* See text_int.h.  The token's stem fields must name its fold on entry. */
bool tx_stem(tx_state *st, sr_token *tok, sr_lang lang)
{
    if (!tx_stem_wanted(st->ctx, tok->fold, tok->fold_len, lang)) return true;
    uint64_t pre = sr_text_key_prefix(tok->fold, tok->fold_len);
    return tx_stem_hashed(st, tok, lang, pre, tx_stem_hash(tok->key, lang));
}

/* tx_stem() once tx_stem_wanted() has said yes and h is tx_stem_hash().  A
 * hit compares the hash, the prefix pre (the first 8 bytes) and the length,
 * and only the bytes past 8 of longer words. */
bool tx_stem_hashed(tx_state *st, sr_token *tok, sr_lang lang, uint64_t pre, uint32_t h)
{
    sr_text_ctx *ctx = st->ctx;
    struct sb_stemmer *stemmer = lang == SR_LANG_EN ? ctx->stem_en : ctx->stem_tr;
    const char *fold = tok->fold;
    size_t n = tok->fold_len;
    uint32_t i = tx_stem_slot(h);
    while (ctx->stems[i].hash) {
        const tx_stem_entry *e = &ctx->stems[i];
        if (e->hash == h && e->prefix == pre && e->key_len == n && e->lang == (unsigned)lang &&
            (n <= 8 || memcmp(ctx->slab + (size_t)e->key_off * TX_STEM_ALIGN + 8, fold + 8, n - 8) == 0)) {
            if (!e->same) tx_stem_from_memo(ctx, tok, e);
            return true;
        }
        i = (i + 1) & (TX_STEM_SLOTS - 1);
    }
    return stem_miss(st, stemmer, tok, lang, h, pre, i);
}
