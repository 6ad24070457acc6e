/*
 * text.h — the text layer: from raw bytes to paragraphs, sentences, tokens and
 * embedded social-media posts.
 *
 * Place in the pipeline: doc -> [text] -> match.  sr_text_analyse() takes the
 * document's bytes (repaired in place into a private copy when they are not
 * valid UTF-8: each bad byte becomes '?', so byte offsets never shift), finds
 * paragraphs (lines), the embedded posts ("text … — Name (@handle) Month D,
 * YYYY"), sentences, and tokens.  Every offset is a byte offset into the
 * document text as given.  Normalisation (NFC, case folding — Turkish-aware in
 * Turkish paragraphs —, curly quotes and dashes mapped to ASCII) is applied to
 * each token's `fold` form, never to the text itself, so offsets stay exact.
 *
 * Everything lives in the worker's arena and is valid until its reset.
 */
#ifndef SR_TEXT_H
#define SR_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "../util/arena.h"

typedef enum sr_lang { SR_LANG_UNKNOWN = 0, SR_LANG_EN = 1, SR_LANG_TR = 2 } sr_lang;

/* "en", "tr" or "und". */
const char *sr_lang_code(sr_lang lang);
/* The same, with its length in *len: for the record writers, which would
 * otherwise measure it with strlen for every record. */
const char *sr_lang_code_n(sr_lang lang, size_t *len);

typedef enum sr_tok_kind {
    SR_TOK_WORD = 0,     /* letters (and inner hyphens/apostrophes: "al-Assad", "don't") */
    SR_TOK_NUMBER,       /* digits, with inner , or . ("1,200", "3.5") */
    SR_TOK_PUNCT,        /* one punctuation character (quotes and dashes folded to ASCII in fold) */
    SR_TOK_HASHTAG,      /* "#Kilis" — fold is "kilis" without '#'; its suffix after an apostrophe is split as for words */
    SR_TOK_MENTION,      /* "@tcsavunma" — fold is the handle without '@' */
    SR_TOK_URL,          /* "https://t.co/…", "pic.twitter.com/…" */
    SR_TOK_SYMBOL        /* emoji, flags, other symbols (one token per grapheme run) */
} sr_tok_kind;

enum {
    SR_TOKF_CAP = 1 << 0,        /* first letter upper case in the text */
    SR_TOKF_ALLCAPS = 1 << 1,    /* every letter upper case and at least two letters */
    SR_TOKF_SENT_START = 1 << 2, /* first word token of its sentence */
    SR_TOKF_SPACE_BEFORE = 1 << 3, /* preceded by white space (or start of text) */
    SR_TOKF_ASCII = 1 << 4,       /* fold is pure ASCII */
    SR_TOKF_ASCII_STEM = 1 << 5   /* stem is pure ASCII */
};
/* sr_text_analyse() fills every field of its tokens.  A token built by hand
 * (the lexicon's tests) may leave fold_len, stem_len, key, stem_key and the
 * two ASCII flags zero: readers trust the lengths and keys of a fold only
 * under SR_TOKF_ASCII, of a stem only under SR_TOKF_ASCII_STEM. */

typedef struct sr_token {
    uint32_t start, end;   /* bytes [start, end) of the token in the text; for a word with an
                              apostrophe suffix ("Kilis'te", "Turkey's"), the span covers the
                              whole word including the suffix */
    uint32_t base_end;     /* end of the part before the apostrophe (== end when no suffix) */
    uint32_t fold_len;     /* strlen(fold) */
    const char *fold;      /* NUL-terminated normalised form of [start, base_end): NFC, case-folded
                              (Turkish rules in Turkish paragraphs), ’‘‛ -> ', “” -> ", – — -> - */
    const char *suffix;    /* folded suffix after the apostrophe without it ("te", "den", "s"), or NULL */
    const char *stem;      /* Snowball stem of fold for the paragraph's language (== fold when none) */
    uint8_t kind;          /* sr_tok_kind */
    uint8_t flags;         /* SR_TOKF_* */
    uint8_t lang;          /* sr_lang of its paragraph */
    uint8_t pad;
    uint32_t stem_len;     /* strlen(stem) */
    double value;          /* numeric value for SR_TOK_NUMBER ("1,200" -> 1200); 0 otherwise */
    uint64_t key;          /* sr_text_key(fold, fold_len) */
    uint64_t stem_key;     /* sr_text_key(stem, stem_len) */
} sr_token;

/* The first min(n, 8) bytes of s in memory order, zero-padded, as an
 * integer: the quick part of sr_text_key(). */
static inline uint64_t sr_text_key_prefix(const char *s, size_t n)
{
    unsigned char b[8] = {0};
    for (size_t k = 0; k < n && k < 8; k++) b[k] = (unsigned char)s[k];
    uint64_t w;
    memcpy(&w, b, 8);
    return w;
}

/* sr_text_key() of s[0..n) whose sr_text_key_prefix() is pre. */
static inline uint64_t sr_text_key_pre(uint64_t pre, const char *s, size_t n)
{
    uint64_t h = (pre ^ ((uint64_t)n << 56)) * 0x9E3779B97F4A7C15ull;
    for (size_t k = 8; k < n; k++) h = (h ^ (unsigned char)s[k]) * 0x100000001B3ull;
    /* a multiply mixes only upwards, and FNV-1a leaves the last bytes in the
     * low and middle bits: fold the halves together around a multiply, so
     * that every bit depends on every byte */
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93ull;
    h ^= h >> 32;
    return h;
}

/* The hash of a token's fold or stem that sr_token carries in key and
 * stem_key: its first 8 bytes as one integer and its length, multiplied,
 * then FNV-1a over the bytes past 8, then mixed.  Why: the tokenizer has a
 * word's first 8 bytes in one load (they key its stem memo), so the hash
 * costs it a few instructions; the lexicon hashes its pattern words the
 * same way and matches a token by its key without reading the token's
 * string again. */
static inline uint64_t sr_text_key(const char *s, size_t n)
{
    return sr_text_key_pre(sr_text_key_prefix(s, n), s, n);
}

typedef struct sr_sentence {
    uint32_t start, end;   /* bytes, trimmed of surrounding white space */
    uint32_t tok_begin, tok_end;  /* token index range [tok_begin, tok_end) */
    int32_t paragraph;     /* index into sr_text.paragraphs */
    int32_t post;          /* index into sr_text.posts when inside an embedded post's text, else -1 */
    uint8_t lang;          /* sr_lang */
} sr_sentence;

typedef struct sr_paragraph {
    uint32_t start, end;   /* bytes, without the line break */
    uint8_t lang;          /* detected language (sr_lang) */
    bool is_signature;     /* the "— Name (@handle) Month D, YYYY" line of a post */
} sr_paragraph;

typedef struct sr_post {
    uint32_t start, end;           /* the post's text (above the signature), links included */
    uint32_t sig_start, sig_end;   /* the signature line */
    const char *author;            /* display name, emoji and flags trimmed ("Taha Kara 58") */
    const char *handle;            /* without '@' */
    int year, month, day;          /* date from the signature; 0 when absent */
    uint8_t lang;                  /* language of the post text */
    const char **links;            /* URLs found in the post text (t.co, pic.twitter.com, …) */
    int n_links;
    const char **hashtags;         /* hashtags without '#', as written */
    int n_hashtags;
} sr_post;

typedef struct sr_text_warning {
    uint32_t offset;               /* byte offset of the problem */
    const char *reason;            /* static string, e.g. "invalid UTF-8 byte repaired as '?'" */
} sr_text_warning;

typedef struct sr_text {
    const char *text;              /* the (possibly repaired) text; arena copy when repaired, else the input */
    size_t len;
    sr_token *tokens;       int n_tokens;
    sr_sentence *sentences; int n_sentences;
    sr_paragraph *paragraphs; int n_paragraphs;
    sr_post *posts;         int n_posts;
    sr_text_warning *warnings; int n_warnings;  /* at most SR_TEXT_MAX_WARNINGS kept */
    int n_bad_bytes;               /* invalid UTF-8 or NUL bytes repaired */
    sr_lang lang;                  /* the language with the most bytes of paragraph text */
} sr_text;

#define SR_TEXT_MAX_WARNINGS 16

/* Per-thread analysis state (ICU normaliser handle, Snowball stemmers).  Not
 * thread-safe; one per worker. */
typedef struct sr_text_ctx sr_text_ctx;

/* NULL when memory runs out or a stemmer/normaliser cannot be created. */
sr_text_ctx *sr_text_ctx_new(void);

/* Whether tokens get Snowball stems (default true).  Finding places needs
 * none: every stem is then the fold itself. */
void sr_text_ctx_set_stems(sr_text_ctx *ctx, bool want);
void sr_text_ctx_free(sr_text_ctx *ctx);

/* The words whose stems can matter to a reader of stems that compares them
 * with a few keys (the lexicon's stem tests), told by their first bytes: a
 * word the filter turns away keeps its fold as its stem, without the stem
 * memo's lookup or Snowball's call, and that can change no comparison,
 * since neither its stem nor its fold equals a key.  Why it holds: for a
 * word of plain ASCII letters and digits Snowball's English stem keeps the
 * word's first two bytes (but for the exception words dying, lying, tying),
 * and all of them but its own last two (a stem of three may end in step 1b's
 * added e, step 1c's i for y, "sky" for "skies"; "biliti" -> "ble" changes
 * the one before the last); the Turkish one is a prefix of the word, its
 * last letter hardened (b -> p, d -> t) or a vowel (i or u once plain)
 * appended.  tests/unit/test_text.c checks that on words that meet each
 * rule and on the system's dictionary; a check over the 230,000 distinct
 * ASCII words of the bench and language corpora and every word of up to
 * three letters with fifty English and Turkish endings found no exception.
 * Only the tokenizer's ASCII words are filtered; every other word is
 * stemmed.
 *
 * Per stemmer (English, Turkish): any3 has a bit per (b0, b1, b2) that may
 * start a word of some key, each byte taken modulo 32 (letters stay apart;
 * digits share bits with letters, which only lets more words through);
 * short3 the same for the keys whose words need only share those (or fewer)
 * bytes with them; the words of a longer key share its first 4 to 6 bytes
 * with it (or more), and long_bits has a bit for those bytes (hashed with
 * their count, a bit of long_lens). */
typedef struct sr_stem_filter {
    uint64_t any3[2][(1u << 15) / 64];
    uint64_t short3[2][(1u << 15) / 64];
    uint64_t long_bits[2][(1u << 14) / 64];
    unsigned long_lens[2];
} sr_stem_filter;

/* Adds key[0..len), the plain form (lex/fold.h) of a stem some reader
 * compares with, to f. */
void sr_stem_filter_add(sr_stem_filter *f, const char *key, size_t len);

/* The second stage of sr_stem_filter_may, for words that only a longer key
 * may have let through. */
bool sr_stem_filter_long(const sr_stem_filter *f, sr_lang lang, uint64_t pre, size_t n);

/* Can the word fold[0..n) (ASCII letters and digits), whose first min(n, 8)
 * bytes as an integer are pre (sr_text_key_prefix()), have a stem in lang
 * (English or Turkish) equal to a key of f, or be such a key?  (true for
 * words under three bytes.) */
static inline bool sr_stem_filter_may(const sr_stem_filter *f, sr_lang lang, const char *fold, size_t n, uint64_t pre)
{
    if (n < 3) return true;
    unsigned i = ((unsigned)fold[0] & 31) << 10 | ((unsigned)fold[1] & 31) << 5 | ((unsigned)fold[2] & 31);
    int tr = lang == SR_LANG_TR;
    if (!(f->any3[tr][i / 64] >> (i % 64) & 1)) return false;
    return (f->short3[tr][i / 64] >> (i % 64) & 1) || sr_stem_filter_long(f, lang, pre, n);
}

/* Stems only the ASCII words that f lets through (NULL, the default: every
 * word).  f is borrowed: it must outlive the context's use. */
void sr_text_ctx_set_stem_filter(sr_text_ctx *ctx, const sr_stem_filter *f);

typedef enum sr_text_status {
    SR_TEXT_OK = 0,
    SR_TEXT_ENOMEM,      /* arena exhausted; *out is unusable */
    SR_TEXT_EBINARY,     /* the input looks binary (NUL bytes or more than 5% invalid UTF-8 in the
                            first 64 KiB, or no letters at all while over 1 KiB); *bad_offset names the first bad byte */
    SR_TEXT_EEMPTY       /* no non-space text */
} sr_text_status;

/* Analyse text[0..len) into *out.  lang_hint (SR_LANG_UNKNOWN = detect) forces
 * the language of every paragraph.  The input bytes are only read; when repair
 * is needed a repaired copy is made in the arena.  On SR_TEXT_EBINARY,
 * *bad_offset (may be NULL) receives the byte offset of the first offending byte. */
sr_text_status sr_text_analyse(sr_text_ctx *ctx, sr_arena *arena, const char *text, size_t len,
                               sr_lang lang_hint, sr_text *out, size_t *bad_offset);

/* Detect the language of a span of UTF-8 text (en or tr, or unknown when it has
 * fewer than 2 words).  Pure function. */
sr_lang sr_lang_detect(const char *text, size_t len);

#endif
