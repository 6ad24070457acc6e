/*
 * text_int.h — declarations shared by the files of the text layer only.
 *
 * The text layer is split by noun: utf8.c (validation, repair, decoding and
 * character classes), langid.c (language scoring), fold.c (normalised forms
 * and stems), token.c (tokens of one paragraph), segment.c (sentences over the
 * tokens of one paragraph), post.c (signature lines of embedded posts) and
 * analyse.c (the per-thread context and the driver sr_text_analyse()).  All
 * of them work on one tx_state, which lives on the stack of
 * sr_text_analyse() and points into the caller's arena; nothing here is
 * global or mutable across calls.
 */
#ifndef SR_TEXT_INT_H
#define SR_TEXT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <unicode/utypes.h>
#include <unicode/unorm2.h>

#include "text.h"

struct sb_stemmer;

/* A memoised stem: key and stem live in the context's slab.  16 bytes, so
 * that the slots (probed at random) take as little cache as they can. */
typedef struct tx_stem_entry {
    uint64_t prefix;      /* sr_text_key_prefix() of the key: its first 8 bytes */
    uint32_t hash;        /* 0 = empty slot (hashes are forced non-zero) */
    uint32_t key_off : 19; /* fold in slab, in TX_STEM_ALIGN-byte units (TX_STEM_SLAB is at
                              most 2^19 units); when the stem differs, a tx_stem_meta and the
                              stem, NUL-terminated, follow the fold there */
    uint32_t key_len : 10; /* at most TX_STEM_MAX */
    uint32_t lang : 2;
    uint32_t same : 1;    /* the stem is the fold itself */
} tx_stem_entry;

/* What a token takes from a memoised stem that differs from its fold, kept
 * in the slab between the fold and the stem (unaligned: read with memcpy). */
typedef struct tx_stem_meta {
    uint64_t key;         /* sr_text_key() of the stem */
    uint32_t len;         /* its length */
    uint32_t ascii;       /* it is pure ASCII */
} tx_stem_meta;

/* A slot of the index of segment.c's word tables (abbreviations, sentence
 * starters): an entry and the tables it is in. */
typedef struct tx_word_slot {
    const char *w;        /* static string; NULL = empty slot */
    uint32_t hash;        /* its hash (segment.c) */
    uint8_t tabs;         /* bits of the tables (segment.c) */
} tx_word_slot;

#define TX_WORD_SLOTS 512u
/* 98,304 words (3/4 of the slots) and 3 MiB of keys, stems and their
 * tx_stem_meta: a news stream's working vocabulary.  The bench corpus alone
 * holds some 33,000 distinct words, and with the former 24,576 every word
 * past them paid Snowball (about 2,400 instructions) at each occurrence. */
#define TX_STEM_SLOT_BITS 17
#define TX_STEM_SLOTS (1u << TX_STEM_SLOT_BITS)
#define TX_STEM_ALIGN 8u
#define TX_STEM_SLAB ((size_t)3 * 1024 * 1024)

/* The per-thread context (opaque in text.h). */
struct sr_text_ctx {
    const UNormalizer2 *nfc;        /* ICU's shared NFC instance; not owned */
    struct sb_stemmer *stem_en;     /* owned */
    struct sb_stemmer *stem_tr;     /* owned */
    /* Stem memo shared by the documents this thread analyses: stemming is a
     * pure function of (language, fold), and news text repeats its words.
     * Entries are only added, never evicted (it stops growing when full), so
     * stems handed out stay valid for the life of the context. */
    tx_stem_entry *stems;           /* TX_STEM_SLOTS slots, owned */
    char *slab;                     /* TX_STEM_SLAB bytes, owned */
    size_t slab_used;
    uint32_t n_stems;
    bool no_stems;                  /* stems are not wanted (sr_text_ctx_set_stems) */
    const sr_stem_filter *stem_filter; /* the ASCII words worth stemming; NULL: all (borrowed) */
    /* Hash index of segment.c's static word tables, built by
     * tx_segment_init() with the context and then only read. */
    tx_word_slot words[TX_WORD_SLOTS];
};

/* ---- utf8.c ---------------------------------------------------------- */

/* Character classes used by the tokenizer, the trimmer and the author
 * cleaner.  TX_EXT are the invisible parts of emoji sequences (ZWJ,
 * variation selectors, keycap, tags, skin-tone modifiers); TX_INWORD are
 * invisible characters that do not break a word (soft hyphen, ZWNJ). */
enum {
    TX_SPACE = 0, /* white space and invisible format characters (BOM, ZWSP, bidi marks) */
    TX_BREAK,     /* a line break: \n \r U+0085 U+2028 U+2029 */
    TX_LETTER,
    TX_MARK,      /* combining marks (Mn, Mc) other than variation selectors */
    TX_DIGIT,
    TX_PUNCT,
    TX_SYMBOL,
    TX_EXT,
    TX_INWORD
};

/* Decodes the code point at s[i] (i < end).  The text is valid UTF-8 after
 * repair, but the decoder still never reads at or past `end`: a sequence cut
 * by `end` or malformed yields U+FFFD with *n = 1. */
uint32_t tx_decode(const char *s, size_t i, size_t end, int *n);
/* Start of the code point that ends just before position i (i > lo). */
size_t tx_prev_start(const char *s, size_t lo, size_t i);
/* Class (TX_*) of a code point. */
int tx_class(uint32_t cp);
extern const uint8_t tx_ascii_class[128];
/* Class of the code point at s[i] (i < end); *n receives its length. */
static inline int tx_class_at(const char *s, size_t i, size_t end, uint32_t *cp, int *n)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) { *cp = c; *n = 1; return tx_ascii_class[c]; }
    *cp = tx_decode(s, i, end, n);
    return tx_class(*cp);
}
/* True for the apostrophes that introduce a suffix: ' ’ ‘ ` ʼ ´ */
bool tx_is_apostrophe(uint32_t cp);

typedef struct tx_utf8_report {
    size_t n_bad;            /* bad bytes (invalid UTF-8 and NUL) in the whole text */
    size_t n_bad_head;       /* of which in the first 64 KiB */
    size_t first_bad;        /* offset of the first bad byte (valid when n_bad > 0) */
    sr_text_warning *warnings; /* caller's array of SR_TEXT_MAX_WARNINGS, or NULL */
    int n_warnings;
} tx_utf8_report;

/* Scans s[0..len) for invalid UTF-8 and NUL bytes.  When fix is non-NULL
 * (a copy of s of the same length) every bad byte of it is overwritten with
 * '?'.  Fills *rep; warnings are recorded (one per bad sequence or run) while
 * rep->warnings is non-NULL and fewer than SR_TEXT_MAX_WARNINGS are kept. */
void tx_utf8_scan(const char *s, size_t len, char *fix, tx_utf8_report *rep);

/* True when s[0..len) (valid UTF-8) contains at least one letter. */
bool tx_has_letter(const char *s, size_t len);

/* ---- langid.c -------------------------------------------------------- */

typedef struct tx_lang_score {
    int en, tr;   /* evidence points */
    int words;    /* words seen (URLs and mentions skipped) */
} tx_lang_score;

/* Scores the evidence for English and Turkish in s[0..len).  Stops early
 * once one language leads decisively. */
void tx_lang_score_span(const char *s, size_t len, tx_lang_score *sc);
/* SR_LANG_EN / SR_LANG_TR when w (lower case) is a listed function word,
 * else 0.  For the unit tests. */
int tx_function_word_lang(const char *w);

/* ---- the state of one analysis --------------------------------------- */

/* NULs after each paragraph in tx_state.lower: the tokenizer's word scan
 * reads 16 bytes at a time (token.c). */
#define TX_LOWER_PAD 16

typedef struct tx_state {
    sr_text_ctx *ctx;
    sr_arena *arena;
    const char *text;    /* repaired text */
    size_t len;
    char *lower;         /* len + TX_LOWER_PAD + 1 bytes: the tokenizer's lower-cased
                            copy of the text, where the folds of ASCII words live
                            (token.c); the TX_LOWER_PAD bytes after a paragraph's
                            end are NULs */
    sr_text *out;
    int cap_tokens, cap_sentences, cap_paragraphs, cap_posts;
    char *pool;          /* unaligned string pool carved from the arena */
    size_t pool_left;
    char *pool_last;     /* the last string handed out by the pool (for trimming) */
} tx_state;

/* Copy of s[0..n) plus NUL from the string pool; NULL when the arena is out. */
char *tx_strdup(tx_state *st, const char *s, size_t n);
/* n bytes from the string pool (unaligned); NULL when the arena is out. */
char *tx_pool_alloc(tx_state *st, size_t n);
/* Gives back the tail of the last tx_pool_alloc(p, cap) beyond `used` bytes. */
void tx_pool_trim(tx_state *st, char *p, size_t cap, size_t used);

/* ---- fold.c ---------------------------------------------------------- */

/* Normalised form of text[s..e) (NFC, case folded with Turkish rules when
 * lang is SR_LANG_TR, quotes and dashes mapped to ASCII, soft hyphens
 * dropped), NUL-terminated in the pool.  *out_len receives its length.
 * NULL when the arena is exhausted. */
const char *tx_fold(tx_state *st, size_t s, size_t e, sr_lang lang, size_t *out_len);
/* Fold of one punctuation code point (’ -> ', “ -> ", — -> -, … -> ...). */
const char *tx_fold_punct(tx_state *st, size_t s, size_t e, uint32_t cp);
/* Sets tok->stem, stem_len, stem_key and SR_TOKF_ASCII_STEM: the Snowball
 * stem of tok->fold (of tok->fold_len bytes, hashed in tok->key) for lang,
 * the fold itself when lang has no stemmer or the stem equals it.  The stem
 * lives in the context's memo (valid while the context lives) or in the
 * pool.  false when memory runs out. */
bool tx_stem(tx_state *st, sr_token *tok, sr_lang lang);

/* The longest fold tx_stem() looks up. */
#define TX_STEM_MAX 1000

/* The shortest fold tx_stem() looks up in lang's stemmer, TX_STEM_MAX + 1
 * when none (no stems wanted, or no stemmer for lang). */
static inline size_t tx_stem_min(const sr_text_ctx *ctx, sr_lang lang)
{
    if (ctx->no_stems) return TX_STEM_MAX + 1;
    if (lang == SR_LANG_EN) return ctx->stem_en ? 3 : TX_STEM_MAX + 1; /* Snowball leaves 1-2 letter English words alone */
    return lang == SR_LANG_TR && ctx->stem_tr ? 1 : TX_STEM_MAX + 1;
}

/* For each last letter of an English word, the letters before it after
 * which a rule of Snowball's english.sbl can apply (fold.c). */
extern const uint32_t tx_en_rule_ends[26];

/* Whether English Snowball may return the case-folded word w (of n >= 2
 * bytes) other than as it is, judged from its first and last two bytes.
 * Snowball changes a word only by a rule whose suffix (or exception word)
 * it ends in, or in its prelude by a leading apostrophe (the y it turns
 * into Y it turns back); so a word that ends as no rule does ("iraq",
 * "gaza", "who", "2021", "putin", "qatar", "east") comes back unchanged.
 * Checked against the installed libstemmer (2.2.0) on 270 million words
 * it says unchanged of, and guarded by tests/unit/test_stems.c (every two-
 * and three-letter ending of 18 stems).  Why: half of the English words
 * Snowball was asked about end so, each first sight of a word costs it
 * some 2,300 instructions, and every later sight a memo lookup. */
static inline bool tx_en_stem_may_change(const char *w, size_t n)
{
    unsigned last = (unsigned)((unsigned char)w[n - 1] - 'a');
    unsigned prev = (unsigned)((unsigned char)w[n - 2] - 'a');
    if (w[0] == '\'') return true;
    if (last >= 26u) return w[n - 1] == '\'';
    return (tx_en_rule_ends[last] >> (prev < 26u ? prev : 31u)) & 1u;
}

/* Does tx_stem() look fold (of n bytes) up in lang's stemmer at all?  When
 * not, the stem is the fold itself. */
static inline bool tx_stem_wanted(const sr_text_ctx *ctx, const char *fold, size_t n, sr_lang lang)
{
    return n >= tx_stem_min(ctx, lang) && n <= TX_STEM_MAX &&
           (lang != SR_LANG_EN || tx_en_stem_may_change(fold, n));
}

/* The memo's hash of a fold of sr_text_key() key in lang; never 0.  The
 * key is well mixed: its high half, with the language XORed into its top
 * byte (whose bits pick the slot), will do. */
static inline uint32_t tx_stem_hash(uint64_t key, int lang)
{
    uint32_t r = (uint32_t)(key >> 32) ^ ((uint32_t)lang << 24);
    return r ? r : 1;
}

/* The memo slot a probe for hash h starts at. */
static inline uint32_t tx_stem_slot(uint32_t h)
{
    return h >> (32 - TX_STEM_SLOT_BITS);
}

/* Starts loading the memo slot of hash h into the cache: the memo is
 * megabytes, and a probe that waits for it costs more than the rest of a
 * word's tokenizing (token.c stems a few words behind, see tx_tokenize). */
static inline void tx_stem_prefetch(const sr_text_ctx *ctx, uint32_t h)
{
    __builtin_prefetch(&ctx->stems[tx_stem_slot(h)]);
}

/* tx_stem() for a token whose fold tx_stem_wanted(), with pre its
 * sr_text_key_prefix() and h = tx_stem_hash(). */
bool tx_stem_hashed(tx_state *st, sr_token *tok, sr_lang lang, uint64_t pre, uint32_t h);

/* Points tok's stem at the memo's stem of entry e, which differs from the
 * fold. */
static inline void tx_stem_from_memo(const sr_text_ctx *ctx, sr_token *tok, const tx_stem_entry *e)
{
    const char *m = ctx->slab + (size_t)e->key_off * TX_STEM_ALIGN + e->key_len;
    tx_stem_meta meta;
    memcpy(&meta, m, sizeof meta);
    tok->stem = m + sizeof meta;
    tok->stem_len = meta.len;
    tok->stem_key = meta.key;
    tok->flags = (uint8_t)((tok->flags & ~SR_TOKF_ASCII_STEM) | (meta.ascii ? SR_TOKF_ASCII_STEM : 0));
}

/* tx_stem_hashed(), with its most common case inline: a word of at most 8
 * bytes found in the first slot it probes (the memo is at most 3/4 full).
 * Why: token.c looks up a stem for most words, and the call's prologue,
 * epilogue and argument shuffling cost as much as such a hit itself.  Any
 * other case (longer key, collision, miss) goes to tx_stem_hashed(), which
 * probes from the same slot, so the result is the same.  The token's stem
 * fields already name its fold (the answer when the stem is the same). */
static inline bool tx_stem_hashed_fast(tx_state *st, sr_token *tok, sr_lang lang, uint64_t pre, uint32_t h)
{
    const tx_stem_entry *e = &st->ctx->stems[tx_stem_slot(h)];
    size_t n = tok->fold_len;
    if (n <= 8 && e->hash == h && e->prefix == pre && e->key_len == n && e->lang == (unsigned)lang) {
        if (!e->same) tx_stem_from_memo(st->ctx, tok, e);
        return true;
    }
    return tx_stem_hashed(st, tok, lang, pre, h);
}

/* sr_text_key_prefix() of s when 8 bytes from s are readable (the bytes
 * past n, whatever they hold, are masked off). */
static inline uint64_t tx_key_prefix_padded(const char *s, size_t n)
{
    static const unsigned char ones[16] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
    uint64_t w, mask;
    memcpy(&w, s, 8);
    memcpy(&mask, ones + 8 - (n < 8 ? n : 8), 8);
    return w & mask;
}

/* ---- token.c ---------------------------------------------------------- */

/* Appends the tokens of text[ps..pe) (one paragraph) to st->out->tokens.
 * false when the arena is exhausted. */
bool tx_tokenize(tx_state *st, size_t ps, size_t pe, sr_lang lang);

/* ---- segment.c -------------------------------------------------------- */

/* Appends the sentences over tokens [tb, te) of paragraph `para` (post index
 * `post` or -1) and sets SR_TOKF_SENT_START.  false when out of memory. */
bool tx_segment(tx_state *st, int tb, int te, int para, int post, sr_lang lang);
/* Fills ctx->words, the index of the word tables tx_segment() looks words
 * up in.  No allocation. */
void tx_segment_init(sr_text_ctx *ctx);

/* ---- post.c ----------------------------------------------------------- */

typedef struct tx_signature {
    size_t name_s, name_e;       /* display name as written (may be empty) */
    size_t handle_s, handle_e;   /* handle without '@' */
    int year, month, day;        /* 0 when no date */
} tx_signature;

/* True when text[ps..pe) is the signature line of an embedded post. */
bool tx_parse_signature(const char *text, size_t ps, size_t pe, tx_signature *sig);
/* Parses a date ("March 18, 2021", "18 March 2021", "18 Mart 2021") at
 * text[*pos..pe); on success advances *pos past it. */
bool tx_parse_date(const char *text, size_t *pos, size_t pe, int *y, int *m, int *d);
/* Fills the post's author, handle, date, links and hashtags from its
 * signature and the tokens of its text paragraph [tb, te).  false on OOM. */
bool tx_fill_post(tx_state *st, sr_post *post, const tx_signature *sig, int tb, int te);

#endif
