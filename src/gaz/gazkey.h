/*
 * gazkey.h — the canonical key of a place name, the one string both sides of
 * the gazetteer agree on.
 *
 * Place in the pipeline: tools/gazbuild.c keys every name of every entry when
 * it writes build/gazetteer.bin; at run time the resolver keys the text of a
 * candidate span (one to six tokens) and looks the key up with
 * sr_gazetteer_lookup().  Both sides call this same function, so "Tell Rifaat",
 * "Tall Rif‘at" and "TEL RIFAT" meet on "tel rifat".
 *
 * The rules, applied in this order:
 *   1. case: ASCII, Latin-1, Latin Extended-A/B and Latin Extended Additional
 *      letters map to their lower-case base letter (é->e, Ş->s, Ḩ->h, ə->e);
 *      Turkish İ, I and ı all become i; ß->ss, æ->ae, œ->oe, þ->th, ĳ->ij,
 *      ø->o, đ/ð->d, ł->l; fullwidth ASCII letters and digits and
 *      Arabic-Indic digits become ASCII.  Basic Greek, Cyrillic and Armenian
 *      capitals are lower-cased; every other character is copied through.
 *   2. dropped: combining marks (U+0300-036F and the other combining blocks),
 *      Arabic harakat and tatweel, zero-width characters, soft hyphen,
 *      variation selectors, and apostrophes and quote-like marks
 *      (' ` ´ ‘ ’ ‛ ′ ʻ ʼ ʽ ʾ ʿ), so Rif'at = Rifat.
 *   3. separators: every other ASCII character that is not a letter or digit
 *      (space, hyphen, period, comma, slash, parentheses, double quote...),
 *      Latin-1 punctuation (U+00A0-00BF but ª º, and × ÷), general and CJK
 *      punctuation, Arabic punctuation, symbols, emoji, and bytes that are not
 *      valid UTF-8 all become one space; leading and trailing space is trimmed.
 *   4. doubled ASCII letters collapse to one (Rifaat->rifat, Tell->tel,
 *      Strasse/Straße->strase).  Digits are not collapsed.
 *   5. whole words take a canonical form:
 *        tal tel                -> tel   (so tall, tell too, by rule 4)
 *        al el ad ed ar er as es ash esh at et az ez an en adh ath
 *                               -> al    (the Arabic article and its
 *                                         assimilated forms: Ar-Raqqah, As-Suwayda),
 *                                         only in keys of two or more words: a lone
 *                                         "As" or "An" stays itself (As, Belgium)
 *        saint st -> st    mount mt -> mt    fort ft -> ft
 *
 * Keys are idempotent (keying a key changes nothing), and the key of "A B" is
 * key(A) + " " + key(B) unless A or B is a lone article word, which becomes
 * "al" (sr_gaz_key_word_in_name()).  To look up a
 * span of text, key the bytes of the span itself (first token start to last
 * token end) with sr_gaz_key_n(): that gives the same key as the name whatever
 * the tokeniser did with apostrophes and spacing.
 */
#ifndef SR_GAZKEY_H
#define SR_GAZKEY_H

#include <stddef.h>

/* Buffer size (bytes, NUL included) that holds every key the gazetteer
 * indexes: gazbuild skips any name whose key does not fit, so a lookup with a
 * buffer this big never misses a key because of its length. */
#define SR_GAZ_KEY_MAX 256

/* Write the key of the NUL-terminated UTF-8 string name into out (cap bytes)
 * and return its length (the NUL not counted).  Returns 0 and writes "" when
 * the name has no letter or digit, or when the key (or the intermediate form,
 * never longer than strlen(name)) does not fit in cap-1 bytes.  A buffer of
 * strlen(name)+1 bytes always suffices.  Pure: no allocation, no state,
 * thread-safe; any bytes are accepted.  name and out must not overlap; out
 * may be NULL only when cap is 0 (then returns 0).  name NULL counts as "". */
size_t sr_gaz_key(const char *name, char *out, size_t cap);

/* Same for the len bytes at s, which need not be NUL-terminated (embedded NUL
 * bytes are separators).  s may be NULL when len is 0. */
size_t sr_gaz_key_n(const char *s, size_t len, char *out, size_t cap);

/* The form the one-word key w[0..n) (a key sr_gaz_key made of one word) takes
 * inside a key of two or more words: "al" for the article words of rule 5,
 * which a lone word keeps as they are ("an" -> "al": key("Ann Arbor") is "al
 * arbor" though key("Ann") is "an"); NULL when it is the same word.  For
 * joining the keys of tokens into the key of a span (gazmatch.c). */
const char *sr_gaz_key_word_in_name(const char *w, size_t n);

/* For the unit tests: 1 when the hand-switched rule 5 agrees with the table
 * of canonical words for the word w (NUL-terminated, already through rules
 * 1-4) in a key of one word (several == 0) or more, else 0. */
int sr_gaz_canon_agrees(const char *w, int several);

#endif
