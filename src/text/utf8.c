/*
 * utf8.c — the first step of the text layer: UTF-8 validation and repair,
 * code point decoding and character classes.
 *
 * sr_text_analyse() runs tx_utf8_scan() over the raw input before anything
 * else; when bad bytes are found it scans again over an arena copy, writing
 * '?' over each of them, so every later stage can assume valid UTF-8 and
 * every byte offset stays the offset of the input.  The validator is written
 * by hand rather than with ICU's converters because it must (a) never
 * convert, only look, at tens of MB/s with an 8-byte ASCII fast path, and
 * (b) report the exact offset and kind of each bad sequence, which ICU's
 * callbacks make awkward.  Classes of non-ASCII code points come from ICU
 * (u_charType).
 */
#include "text_int.h"

#include <string.h>
#include <unicode/uchar.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* ---- decoding --------------------------------------------------------- */

/* Code point at str[i], i < end; never reads at or past end.  Malformed or
 * cut sequences give U+FFFD with *n = 1 (n must not be NULL). */
uint32_t tx_decode(const char *str, size_t i, size_t end, int *n)
{
    const unsigned char *s = (const unsigned char *)str;
    unsigned c = s[i];
    if (c < 0x80) { *n = 1; return c; }
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    if (len == 0 || i + (size_t)len > end) { *n = 1; return 0xFFFD; }
    uint32_t cp = c & (0x7F >> len);
    for (int k = 1; k < len; k++) {
        unsigned cc = s[i + (size_t)k];
        if ((cc & 0xC0) != 0x80) { *n = 1; return 0xFFFD; }
        cp = (cp << 6) | (cc & 0x3F);
    }
    *n = len;
    return cp;
}

/* Start of the code point ending just before i (lo < i); never below lo. */
size_t tx_prev_start(const char *str, size_t lo, size_t i)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t j = i - 1;
    int k = 0;
    while (j > lo && (s[j] & 0xC0) == 0x80 && k < 3) { j--; k++; }
    return j;
}

/* ---- classes ---------------------------------------------------------- */

const uint8_t tx_ascii_class[128] = {
    /* 0x00-0x1F: controls are white space; \n and \r break lines */
    TX_SPACE, TX_SPACE, TX_SPACE, TX_SPACE, TX_SPACE, TX_SPACE, TX_SPACE, TX_SPACE,
    TX_SPACE, TX_SPACE, TX_BREAK, TX_SPACE, TX_SPACE, TX_BREAK, TX_SPACE, TX_SPACE,
    TX_SPACE, TX_SPACE, TX_SPACE, TX_SPACE, TX_SPACE, TX_SPACE, TX_SPACE, TX_SPACE,
    TX_SPACE, TX_SPACE, TX_SPACE, TX_SPACE, TX_SPACE, TX_SPACE, TX_SPACE, TX_SPACE,
    /* ' ' ! " # $ % & ' ( ) * + , - . / */
    TX_SPACE, TX_PUNCT, TX_PUNCT, TX_PUNCT, TX_PUNCT, TX_PUNCT, TX_PUNCT, TX_PUNCT,
    TX_PUNCT, TX_PUNCT, TX_PUNCT, TX_PUNCT, TX_PUNCT, TX_PUNCT, TX_PUNCT, TX_PUNCT,
    /* 0-9 : ; < = > ? */
    TX_DIGIT, TX_DIGIT, TX_DIGIT, TX_DIGIT, TX_DIGIT, TX_DIGIT, TX_DIGIT, TX_DIGIT,
    TX_DIGIT, TX_DIGIT, TX_PUNCT, TX_PUNCT, TX_PUNCT, TX_PUNCT, TX_PUNCT, TX_PUNCT,
    /* @ A-O */
    TX_PUNCT, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER,
    TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER,
    /* P-Z [ \ ] ^ _ */
    TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER,
    TX_LETTER, TX_LETTER, TX_LETTER, TX_PUNCT, TX_PUNCT, TX_PUNCT, TX_PUNCT, TX_PUNCT,
    /* ` a-o */
    TX_PUNCT, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER,
    TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER,
    /* p-z { | } ~ DEL */
    TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER, TX_LETTER,
    TX_LETTER, TX_LETTER, TX_LETTER, TX_PUNCT, TX_PUNCT, TX_PUNCT, TX_PUNCT, TX_SPACE,
};

/* TX_* class of any code point (ASCII by table, the rest by ICU). */
int tx_class(uint32_t cp)
{
    if (cp < 0x80) return tx_ascii_class[cp];
    /* the emoji machinery and invisible characters first */
    if (cp == 0x200D || cp == 0x20E3 || (cp >= 0xFE00 && cp <= 0xFE0F) ||
        (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0xE0020 && cp <= 0xE007F) ||
        (cp >= 0x1F3FB && cp <= 0x1F3FF))
        return TX_EXT;
    if (cp == 0x00AD || cp == 0x200C) return TX_INWORD;
    if (cp == 0x02BC) return TX_PUNCT; /* modifier letter apostrophe: an apostrophe here */
    if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) return TX_BREAK;
    switch (u_charType((UChar32)cp)) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER: case U_LETTER_NUMBER:
        return TX_LETTER;
    case U_NON_SPACING_MARK: case U_COMBINING_SPACING_MARK:
        return TX_MARK;
    case U_ENCLOSING_MARK:
        return TX_EXT;
    case U_DECIMAL_DIGIT_NUMBER:
        return TX_DIGIT;
    case U_SPACE_SEPARATOR: case U_CONTROL_CHAR:
        return TX_SPACE;
    case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR:
        return TX_BREAK;
    case U_FORMAT_CHAR:
        /* BOM, ZWSP, word joiner, bidi controls: invisible, treated as space */
        return TX_SPACE;
    case U_DASH_PUNCTUATION: case U_START_PUNCTUATION: case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION: case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION: case U_FINAL_PUNCTUATION:
        return TX_PUNCT;
    default:
        /* Sm Sc Sk So No, private use, unassigned, surrogates */
        return TX_SYMBOL;
    }
}

/* True for ' ’ ‘ ` ʼ ´ — the characters that may introduce a suffix. */
bool tx_is_apostrophe(uint32_t cp)
{
    return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == '`' || cp == 0x02BC || cp == 0x00B4;
}

/* ---- validation ------------------------------------------------------- */

#define HEAD_BYTES ((size_t)64 * 1024)
#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

static void report_bad(tx_utf8_report *rep, char *fix, size_t at, size_t n, const char *reason)
{
    if (rep->n_bad == 0) rep->first_bad = at;
    rep->n_bad += n;
    if (at < HEAD_BYTES) rep->n_bad_head += (at + n <= HEAD_BYTES ? n : HEAD_BYTES - at);
    if (rep->warnings && rep->n_warnings < SR_TEXT_MAX_WARNINGS) {
        rep->warnings[rep->n_warnings].offset = (uint32_t)at;
        rep->warnings[rep->n_warnings].reason = reason;
        rep->n_warnings++;
    }
    if (fix) memset(fix + at, '?', n);
}

static inline bool is_cont(unsigned c) { return (c & 0xC0) == 0x80; }

/* Validates str[0..len); see text_int.h.  fix is NULL or a writable copy
 * of str (same length) to repair; rep must not be NULL, rep->warnings may
 * be.  No allocation. */
void tx_utf8_scan(const char *str, size_t len, char *fix, tx_utf8_report *rep)
{
    const unsigned char *s = (const unsigned char *)str;
    rep->n_bad = rep->n_bad_head = rep->first_bad = 0;
    rep->n_warnings = 0;
    size_t i = 0;
    while (i < len) {
#ifdef __SSE2__
        /* Why: validation reads every byte of every document.  SSE2 (always
         * there on x86-64) checks 16 bytes for a high bit or a NUL at once
         * and stops right at the first such byte, where the 8-byte loop
         * below and the checks after it take over unchanged. */
        while (i + 16 <= len) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            unsigned m = (unsigned)(_mm_movemask_epi8(v) | _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128())));
            if (m) {
                i += (size_t)__builtin_ctz(m);
                break;
            }
            i += 16;
        }
#endif
        /* fast path: 8 ASCII bytes, none of them NUL */
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if ((w & HIGHS) || ((w - ONES) & ~w & HIGHS)) break;
            i += 8;
        }
        if (i >= len) break;
        unsigned c = s[i];
        if (c >= 0x01 && c < 0x80) { i++; continue; }
        if (c == 0) {
            size_t j = i;
            while (j < len && s[j] == 0) j++;
            report_bad(rep, fix, i, j - i, "NUL byte repaired as '?'");
            i = j;
            continue;
        }
        if (is_cont(c)) {
            size_t j = i;
            while (j < len && is_cont(s[j])) j++;
            report_bad(rep, fix, i, j - i, "stray UTF-8 continuation byte repaired as '?'");
            i = j;
            continue;
        }
        /* a lead byte: expected length and the valid range of the second byte
         * (Unicode table 3-7) */
        int need;
        unsigned lo = 0x80, hi = 0xBF;
        const char *reason = NULL;
        if (c < 0xC2) { need = 2; reason = "overlong UTF-8 sequence repaired as '?'"; }
        else if (c < 0xE0) need = 2;
        else if (c < 0xF0) {
            need = 3;
            if (c == 0xE0) lo = 0xA0;
            else if (c == 0xED) hi = 0x9F;
        } else if (c < 0xF5) {
            need = 4;
            if (c == 0xF0) lo = 0x90;
            else if (c == 0xF4) hi = 0x8F;
        } else if (c < 0xF8) { need = 4; reason = "UTF-8 code point above U+10FFFF repaired as '?'"; }
        else { need = 1; reason = "invalid UTF-8 lead byte repaired as '?'"; }

        if (!reason) {
            /* check the continuation bytes */
            int k = 1;
            for (; k < need; k++) {
                if (i + (size_t)k >= len) break;
                unsigned cc = s[i + (size_t)k];
                if (k == 1 ? (cc < lo || cc > hi) : !is_cont(cc)) break;
            }
            if (k == need) { i += (size_t)need; continue; }
            if (k == 1 && i + 1 < len && is_cont(s[i + 1])) {
                /* a continuation byte outside the allowed range */
                unsigned cc = s[i + 1];
                if (c == 0xE0 || c == 0xF0) reason = "overlong UTF-8 sequence repaired as '?'";
                else if (c == 0xED) reason = "UTF-16 surrogate in UTF-8 repaired as '?'";
                else if (c == 0xF4 && cc > 0x8F) reason = "UTF-8 code point above U+10FFFF repaired as '?'";
                else reason = "invalid UTF-8 sequence repaired as '?'";
            } else {
                reason = "truncated UTF-8 sequence repaired as '?'";
            }
        }
        /* the bad sequence: the lead byte and the continuation bytes that
         * follow it, up to its expected length */
        size_t j = i + 1;
        while (j < len && j < i + (size_t)need && is_cont(s[j])) j++;
        report_bad(rep, fix, i, j - i, reason);
        i = j;
    }
}

/* True when s[0..len) has a letter (any script).  No allocation. */
bool tx_has_letter(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
            i++;
            continue;
        }
        int n;
        uint32_t cp = tx_decode(s, i, len, &n);
        if (tx_class(cp) == TX_LETTER) return true;
        i += (size_t)n;
    }
    return false;
}
