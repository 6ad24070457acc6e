/*
 * lexicon.h — lexicons as data: loading the plain-text format of
 * docs/lexicon-format.md, compiling every pattern into one token trie, and
 * matching a token sequence against it.
 *
 * Place in the pipeline: text -> [match] -> extract.  The engine loads every
 * *.lex file under data/lexicon/ once (plus the place table, added through
 * sr_lexicon_add), then compiles.  Matching is read-only and thread-safe: one
 * compiled lexicon serves every worker.
 *
 * A pattern is a sequence of token tests; each test matches one token:
 *   word    the token's fold equals word
 *   word~   the token's stem equals the stem of word (Snowball, entry language)
 *   word*   the token's fold starts with word
 *   <num>   any number token
 *   _       any one word token
 */
#ifndef SR_LEXICON_H
#define SR_LEXICON_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include "../text/text.h"
#include "sitrep.h"

/* Entry classes: the [section] names of the lexicon files. */
typedef enum sr_lex_class {
    SR_LEX_DEMONYM = 0,  /* country adjective/demonym: country= */
    SR_LEX_ACTOR,        /* a named actor: name= country= sector= [source=official|media] */
    SR_LEX_AGENT,        /* an agent noun: "forces", "police", "officials": sector= */
    SR_LEX_TRIGGER,      /* event trigger: type= pos=verb|noun [frame flags] */
    SR_LEX_WEAPON,       /* weapon word: weapon=artillery|air|explosive|grenade|suicide|chemical|firearm|blade */
    SR_LEX_CUE,          /* modality/attribution cue: cue=attribution|allegation|negation|hypothetical|background|denial|claim */
    SR_LEX_CASUALTY,     /* casualty word: casualty=killed|injured|any */
    SR_LEX_PLACENOUN,    /* "province", "area", "village": level=admin1|admin2|place|area */
    SR_LEX_NUMBER,       /* number word: value= */
    SR_LEX_PREP,         /* role-marking preposition: role=location|origin|agent|target|exclude */
    SR_LEX_UNIT,         /* countable unit for quantities: unit= */
    SR_LEX_SUFFIX,       /* an inflectional ending (Turkish case, negation): role= or negation; never
                            matched against tokens, looked up with sr_lexicon_suffix */
    SR_LEX_PLACE,        /* a place: from the place table, attrs are row fields */
    SR_LEX_N_CLASSES
} sr_lex_class;

/* Section name ("demonym", …) of a class; static storage. */
const char *sr_lex_class_name(sr_lex_class cls);

/* The helpers below must be inlined where they are called: their fast paths
 * need the literal arguments of the call. */
#ifdef __GNUC__
#define SR_LEX_INLINE static inline __attribute__((always_inline))
#else
#define SR_LEX_INLINE static inline
#endif

typedef struct sr_lex_attr {
    const char *key;
    const char *value;
} sr_lex_attr;

typedef struct sr_lex_entry {
    sr_lex_class cls;
    uint8_t lang;              /* sr_lang, SR_LANG_UNKNOWN = any language */
    uint8_t n_tests;           /* pattern length in tokens */
    const char *pattern;       /* as written in the file */
    const char *file;          /* source file (for messages) */
    int line;
    int n_attrs;
    const sr_lex_attr *attrs;
    int index;                 /* position in load order (a tie-breaker) */
    uint32_t key_bits;         /* sr_lex_key_bit() of every attribute key (set by the lexicon; 0 in an
                                  entry made elsewhere: then sr_lex_get asks every attribute) */
    const void *payload;       /* opaque pointer set by sr_lexicon_add (the place row for places) */
} sr_lex_entry;

/* strcmp(a, b) == 0 without the call: attribute keys and values are a few
 * bytes long, and the libc call (with its set-up for long strings) cost more
 * than the comparison; extraction compares them several million times per
 * megabyte of text.  The coding rules (src/code/) use it too for every test of
 * a short string against a literal: a type's family, a cue kind, a word. */
SR_LEX_INLINE bool sr_lex_streq(const char *a, const char *b)
{
#ifdef __GNUC__
    /* b a literal (GCC folds its length once inlined): one compare with an
     * immediate per byte, unrolled; a[i] is read only while a[0..i) == b[0..i),
     * none of them NUL, so never past a's end */
    if (__builtin_constant_p(__builtin_strlen(b)) && __builtin_strlen(b) <= 16) {
        size_t n = __builtin_strlen(b);
#pragma GCC unroll 17
        for (size_t i = 0; i < n; i++)
            if (a[i] != b[i]) return false;
        return a[n] == '\0';
    }
#endif
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}

/* One of 32 bits for an attribute key: the bits of an entry's keys turn most
 * asks for a key it lacks away before its attributes are read. */
SR_LEX_INLINE uint32_t sr_lex_key_bit(const char *key)
{
    size_t len = strlen(key);
    unsigned k1 = len ? (unsigned char)key[1] : 0;
    return 1u << (((unsigned char)key[0] + 28u * k1 + 31u * (unsigned)len) & 31);
}

/* Value of attribute key, or NULL when the entry lacks it (or entry is NULL).
 * Inline, as extraction asks a million times a second, nearly always with a
 * literal key: then the key's bit is a constant, and the entry's key_bits
 * answer most asks for a key it lacks; the first byte turns most attributes
 * away without a call. */
SR_LEX_INLINE const char *sr_lex_get(const sr_lex_entry *entry, const char *key)
{
    if (!entry) return NULL;
#ifdef __GNUC__
    /* (sr_lex_key_bit spelled out: GCC folds the expression, not the call) */
    if (__builtin_constant_p(__builtin_strlen(key)) && __builtin_strlen(key) > 0 && entry->key_bits &&
        !(entry->key_bits & 1u << (((unsigned char)key[0] + 28u * (unsigned char)key[1] +
                                    31u * (unsigned)__builtin_strlen(key)) & 31)))
        return NULL;
#endif
    for (int i = 0; i < entry->n_attrs; i++)
        if (entry->attrs[i].key[0] == key[0] && sr_lex_streq(entry->attrs[i].key, key)) return entry->attrs[i].value;
    return NULL;
}
/* true when the entry has key with exactly value (or key as a bare flag when value is NULL). */
SR_LEX_INLINE bool sr_lex_is(const sr_lex_entry *entry, const char *key, const char *value)
{
    const char *v = sr_lex_get(entry, key);
    if (!v) return false;
    return value ? sr_lex_streq(v, value) : true;
}

typedef struct sr_lexicon sr_lexicon;

/* An empty lexicon.  NULL when memory runs out. */
sr_lexicon *sr_lexicon_new(void);
void sr_lexicon_free(sr_lexicon *lex);

/* Parse one lexicon file and add its entries.  default_lang applies until a
 * %lang line.  On error returns SR_EDATA/SR_EIO/SR_ENOMEM and sets *errmsg
 * (malloc'd, "FILE:LINE: reason"; may be NULL). */
sr_status sr_lexicon_load_file(sr_lexicon *lex, const char *path, sr_lang default_lang, char **errmsg);

/* Parse lexicon text from memory (same format; name is used in messages).
 * For tests and the fuzzer. */
sr_status sr_lexicon_load_buffer(sr_lexicon *lex, const char *name, const char *text, size_t len,
                                 sr_lang default_lang, char **errmsg);

/* Add one entry programmatically: pattern in the same syntax, attrs copied,
 * payload borrowed (must outlive the lexicon). */
sr_status sr_lexicon_add(sr_lexicon *lex, sr_lex_class cls, sr_lang lang, const char *pattern,
                         const sr_lex_attr *attrs, int n_attrs, const void *payload,
                         const char *file, int line, char **errmsg);

/* Attach an opaque pointer to entry i before compiling (the engine caches
 * each trigger's and weapon's taxonomy row there).  Borrowed. */
void sr_lexicon_set_payload(sr_lexicon *lex, int i, const void *payload);

/* Build the matcher.  No entries may be added afterwards. */
sr_status sr_lexicon_compile(sr_lexicon *lex, char **errmsg);

/* The words whose stems a stem test of the compiled lexicon can match (see
 * text.h): for sr_text_ctx_set_stem_filter, so that no other word is
 * stemmed.  Owned by the lexicon. */
const sr_stem_filter *sr_lexicon_stem_filter(const sr_lexicon *lex);

/* Number of entries loaded, and the i-th in load order (NULL when out of range). */
int sr_lexicon_size(const sr_lexicon *lex);
const sr_lex_entry *sr_lexicon_entry(const sr_lexicon *lex, int i);

typedef struct sr_lex_hit {
    uint32_t tok_begin, tok_end;     /* token index range [begin, end) */
    const sr_lex_entry *entry;
} sr_lex_hit;

/* Every match of every entry over toks[begin, end) whose language fits the
 * tokens' language, in order of tok_begin then longer first.  Hits are
 * allocated in arena; *out receives the array (NULL when none).  Returns the
 * count, or -1 when the arena ran out. */
int sr_lexicon_match(const sr_lexicon *lex, const sr_token *toks, int begin, int end, sr_arena *arena,
                     sr_lex_hit **out);

/* The [suffix] entry of language lang that ends plain_word (a plain form, see
 * fold.h), the longest when several do, among those having attribute attr
 * (any when attr is NULL); with anywhere, an entry found anywhere after the
 * word's first two bytes (a verb's negation infix: "düşmemiş").  NULL when
 * none.  The entry is owned by the lexicon. */
const sr_lex_entry *sr_lexicon_suffix(const sr_lexicon *lex, sr_lang lang, const char *plain_word, const char *attr,
                                      bool anywhere);

/* Stem a word with the Snowball stemmer of lang (for callers that build
 * patterns); writes at most cap bytes incl. NUL into out.  Uses the lexicon's
 * own stemmers: not thread-safe, for load time only. */
void sr_lexicon_stem(const sr_lexicon *lex, sr_lang lang, const char *word, char *out, size_t cap);

#endif
