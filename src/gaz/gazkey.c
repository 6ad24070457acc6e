/*
 * gazkey.c — the canonical key of a place name; the rules are in gazkey.h.
 *
 * Place in the pipeline: shared by tools/gazbuild.c (keys written into the
 * index) and the runtime (keys looked up), so it must stay one function.
 * Two passes over the caller's buffer: the first folds characters, drops marks,
 * turns separators into single spaces and collapses doubled letters; the
 * second rewrites whole words to their canonical forms in place (never longer).
 * The Latin tables below were generated from Unicode canonical decompositions
 * (first letter of the NFD form) plus hand-kept ligatures and stroked letters.
 */
#include "gazkey.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* ASCII base letters for U+00C0..U+024F (Latin-1 letters, Latin Extended-A
 * and -B) and U+1E00..U+1EFF (Latin Extended Additional); "" = no Latin base,
 * the code point is copied through. */
static const char latin_ab[400][3] = {
    /* 00C0 */ "a","a","a","a","a","a","ae","c","e","e","e","e","i","i","i","i",
    /* 00D0 */ "d","n","o","o","o","o","o","","o","u","u","u","u","y","th","ss",
    /* 00E0 */ "a","a","a","a","a","a","ae","c","e","e","e","e","i","i","i","i",
    /* 00F0 */ "d","n","o","o","o","o","o","","o","u","u","u","u","y","th","y",
    /* 0100 */ "a","a","a","a","a","a","c","c","c","c","c","c","c","c","d","d",
    /* 0110 */ "d","d","e","e","e","e","e","e","e","e","e","e","g","g","g","g",
    /* 0120 */ "g","g","g","g","h","h","h","h","i","i","i","i","i","i","i","i",
    /* 0130 */ "i","i","ij","ij","j","j","k","k","k","l","l","l","l","l","l","l",
    /* 0140 */ "l","l","l","n","n","n","n","n","n","n","n","n","o","o","o","o",
    /* 0150 */ "o","o","oe","oe","r","r","r","r","r","r","s","s","s","s","s","s",
    /* 0160 */ "s","s","t","t","t","t","t","t","u","u","u","u","u","u","u","u",
    /* 0170 */ "u","u","u","u","w","w","y","y","y","z","z","z","z","z","z","s",
    /* 0180 */ "b","b","b","b","","","o","c","c","d","d","d","d","","e","e",
    /* 0190 */ "e","f","f","g","g","","i","i","k","k","l","","","n","n","o",
    /* 01A0 */ "o","o","oi","oi","p","p","","","","","","t","t","t","t","u",
    /* 01B0 */ "u","u","v","y","y","z","z","z","","","","","","","","",
    /* 01C0 */ "","","","","dz","dz","dz","lj","lj","lj","nj","nj","nj","a","a","i",
    /* 01D0 */ "i","o","o","u","u","u","u","u","u","u","u","u","u","e","a","a",
    /* 01E0 */ "a","a","ae","ae","g","g","g","g","k","k","o","o","o","o","z","z",
    /* 01F0 */ "j","dz","dz","dz","g","g","","","n","n","a","a","ae","ae","o","o",
    /* 0200 */ "a","a","a","a","e","e","e","e","i","i","i","i","o","o","o","o",
    /* 0210 */ "r","r","r","r","u","u","u","u","s","s","t","t","y","y","h","h",
    /* 0220 */ "n","d","ou","ou","z","z","a","a","e","e","o","o","o","o","o","o",
    /* 0230 */ "o","o","y","y","l","n","t","j","","","a","c","c","l","t","s",
    /* 0240 */ "z","","","b","u","v","e","e","j","j","q","q","r","r","y","y",
};
static const char latin_add[256][3] = {
    /* 1E00 */ "a","a","b","b","b","b","b","b","c","c","d","d","d","d","d","d",
    /* 1E10 */ "d","d","d","d","e","e","e","e","e","e","e","e","e","e","f","f",
    /* 1E20 */ "g","g","h","h","h","h","h","h","h","h","h","h","i","i","i","i",
    /* 1E30 */ "k","k","k","k","k","k","l","l","l","l","l","l","l","l","m","m",
    /* 1E40 */ "m","m","m","m","n","n","n","n","n","n","n","n","o","o","o","o",
    /* 1E50 */ "o","o","o","o","p","p","p","p","r","r","r","r","r","r","r","r",
    /* 1E60 */ "s","s","s","s","s","s","s","s","s","s","t","t","t","t","t","t",
    /* 1E70 */ "t","t","u","u","u","u","u","u","u","u","u","u","v","v","v","v",
    /* 1E80 */ "w","w","w","w","w","w","w","w","w","w","x","x","x","x","y","y",
    /* 1E90 */ "z","z","z","z","z","z","h","t","w","y","a","s","s","s","ss","",
    /* 1EA0 */ "a","a","a","a","a","a","a","a","a","a","a","a","a","a","a","a",
    /* 1EB0 */ "a","a","a","a","a","a","a","a","e","e","e","e","e","e","e","e",
    /* 1EC0 */ "e","e","e","e","e","e","e","e","i","i","i","i","o","o","o","o",
    /* 1ED0 */ "o","o","o","o","o","o","o","o","o","o","o","o","o","o","o","o",
    /* 1EE0 */ "o","o","o","o","u","u","u","u","u","u","u","u","u","u","u","u",
    /* 1EF0 */ "u","u","y","y","y","y","y","y","y","y","ll","ll","v","v","y","y",
};

/* What one character does to the key. */
typedef enum { CH_SEP, CH_DROP, CH_ASCII, CH_COPY } ch_kind;

typedef struct ch_class {
    ch_kind kind;
    const char *ascii; /* CH_ASCII: one or two lower-case ASCII letters or a digit */
    uint32_t cp;       /* CH_COPY: the code point to write (lower-cased where trivial) */
} ch_class;

/* Every byte, so that a word's bytes index it unchecked; 0 = not an ASCII letter or digit. */
static const char ascii_lower[256][2] = {
    ['0'] = "0", ['1'] = "1", ['2'] = "2", ['3'] = "3", ['4'] = "4",
    ['5'] = "5", ['6'] = "6", ['7'] = "7", ['8'] = "8", ['9'] = "9",
    ['A'] = "a", ['B'] = "b", ['C'] = "c", ['D'] = "d", ['E'] = "e", ['F'] = "f", ['G'] = "g",
    ['H'] = "h", ['I'] = "i", ['J'] = "j", ['K'] = "k", ['L'] = "l", ['M'] = "m", ['N'] = "n",
    ['O'] = "o", ['P'] = "p", ['Q'] = "q", ['R'] = "r", ['S'] = "s", ['T'] = "t", ['U'] = "u",
    ['V'] = "v", ['W'] = "w", ['X'] = "x", ['Y'] = "y", ['Z'] = "z",
    ['a'] = "a", ['b'] = "b", ['c'] = "c", ['d'] = "d", ['e'] = "e", ['f'] = "f", ['g'] = "g",
    ['h'] = "h", ['i'] = "i", ['j'] = "j", ['k'] = "k", ['l'] = "l", ['m'] = "m", ['n'] = "n",
    ['o'] = "o", ['p'] = "p", ['q'] = "q", ['r'] = "r", ['s'] = "s", ['t'] = "t", ['u'] = "u",
    ['v'] = "v", ['w'] = "w", ['x'] = "x", ['y'] = "y", ['z'] = "z",
};

static const char *const digit_str[10] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

static ch_class ascii_class(uint32_t c)
{
    if (c == '\'' || c == '`') return (ch_class){CH_DROP, NULL, 0};
    if (c < 128 && ascii_lower[c][0]) return (ch_class){CH_ASCII, ascii_lower[c], 0};
    return (ch_class){CH_SEP, NULL, 0};
}

static bool in(uint32_t c, uint32_t lo, uint32_t hi) { return c >= lo && c <= hi; }

/* The class of a non-ASCII code point. */
static ch_class classify(uint32_t c)
{
    const ch_class sep = {CH_SEP, NULL, 0}, drop = {CH_DROP, NULL, 0};
    ch_class copy = {CH_COPY, NULL, c};

    if (c < 0xA0) return sep;                              /* C1 controls */
    if (c < 0xC0) {                                        /* Latin-1 punctuation */
        if (c == 0xAA) return (ch_class){CH_ASCII, "a", 0};
        if (c == 0xBA) return (ch_class){CH_ASCII, "o", 0};
        if (c == 0xB4 || c == 0xAD) return drop;           /* acute accent, soft hyphen */
        if (c == 0xB5) return copy;                        /* micro sign */
        return sep;
    }
    if (c == 0xD7 || c == 0xF7) return sep;                /* × ÷ */
    if (c <= 0x24F) {
        const char *b = latin_ab[c - 0xC0];
        return b[0] ? (ch_class){CH_ASCII, b, 0} : copy;
    }
    if (c < 0x2B0) {                                       /* IPA letters used in names */
        switch (c) {
        case 0x259: case 0x25B: return (ch_class){CH_ASCII, "e", 0}; /* ə ɛ (Azerbaijani, African names) */
        case 0x254: return (ch_class){CH_ASCII, "o", 0};
        case 0x263: return (ch_class){CH_ASCII, "g", 0};
        case 0x269: return (ch_class){CH_ASCII, "i", 0};
        case 0x272: return (ch_class){CH_ASCII, "n", 0};
        case 0x28B: return (ch_class){CH_ASCII, "v", 0};
        default: return copy;
        }
    }
    if (c < 0x370) return drop;                            /* modifier letters ʻ ʼ ʿ ʾ ʹ, combining marks */
    if (c < 0x400) {                                       /* Greek */
        if (c == 0x37E || c == 0x387) return sep;
        if (in(c, 0x391, 0x3A9) && c != 0x3A2) copy.cp = c + 0x20;
        else if (c == 0x386) copy.cp = 0x3AC;
        else if (in(c, 0x388, 0x38A)) copy.cp = c + 0x25;
        else if (c == 0x38C) copy.cp = 0x3CC;
        else if (in(c, 0x38E, 0x38F)) copy.cp = c + 0x3F;
        return copy;
    }
    if (c < 0x530) {                                       /* Cyrillic */
        if (in(c, 0x400, 0x40F)) copy.cp = c + 0x50;
        else if (in(c, 0x410, 0x42F)) copy.cp = c + 0x20;
        else if (in(c, 0x483, 0x489)) return drop;
        return copy;
    }
    if (c < 0x590) {                                       /* Armenian */
        if (in(c, 0x531, 0x556)) copy.cp = c + 0x30;
        else if (in(c, 0x55A, 0x55F) || c == 0x589 || c == 0x58A) return sep;
        return copy;
    }
    if (c < 0x600) {                                       /* Hebrew points and punctuation */
        if (c == 0x5BE || c == 0x5C0 || c == 0x5C3 || c == 0x5C6 || in(c, 0x5F3, 0x5F4)) return sep;
        if (c <= 0x5C7) return drop;
        return copy;
    }
    if (c < 0x700) {                                       /* Arabic */
        if (c <= 0x605 || in(c, 0x610, 0x61A) || c == 0x640 || in(c, 0x64B, 0x65F) || c == 0x670 ||
            in(c, 0x6D6, 0x6ED))
            return drop;
        if (in(c, 0x606, 0x60F) || c == 0x61B || in(c, 0x61D, 0x61F) || in(c, 0x66A, 0x66D) || c == 0x6D4)
            return sep;
        if (in(c, 0x660, 0x669)) return (ch_class){CH_ASCII, digit_str[c - 0x660], 0};
        if (in(c, 0x6F0, 0x6F9)) return (ch_class){CH_ASCII, digit_str[c - 0x6F0], 0};
        return copy;
    }
    if (in(c, 0x1AB0, 0x1AFF) || in(c, 0x1DC0, 0x1DFF)) return drop;
    if (in(c, 0x1E00, 0x1EFF)) {
        const char *b = latin_add[c - 0x1E00];
        return b[0] ? (ch_class){CH_ASCII, b, 0} : copy;
    }
    if (in(c, 0x2000, 0x206F)) {                           /* general punctuation */
        if (c == 0x2018 || c == 0x2019 || c == 0x201B || c == 0x2032) return drop; /* ‘ ’ ‛ ′ */
        if (in(c, 0x200B, 0x200F) || in(c, 0x202A, 0x202E) || c >= 0x2060) return drop;
        return sep;
    }
    if (in(c, 0x20D0, 0x20FF)) return drop;                /* combining marks for symbols */
    if (in(c, 0x2070, 0x2BFF)) return sep;                 /* super/subscripts, symbols, arrows, math, shapes */
    if (in(c, 0x2E00, 0x2E7F)) return sep;
    if (in(c, 0x3000, 0x303F)) return (c >= 0x3005 && c <= 0x3007) ? copy : sep;
    if (in(c, 0xD800, 0xDFFF)) return sep;                 /* never decoded, kept for safety */
    if (in(c, 0xE000, 0xF8FF)) return sep;                 /* private use */
    if (in(c, 0xFE00, 0xFE0F) || in(c, 0xFE20, 0xFE2F) || c == 0xFEFF) return drop;
    if (in(c, 0xFE10, 0xFE1F) || in(c, 0xFE30, 0xFE6F)) return sep;
    if (in(c, 0xFF01, 0xFF5E)) return ascii_class(c - 0xFEE0); /* fullwidth ASCII */
    if (in(c, 0xFF5F, 0xFF65) || in(c, 0xFFF0, 0xFFFF)) return sep;
    if (in(c, 0x1F000, 0x1FAFF)) return sep;               /* emoji and other symbols */
    if (in(c, 0xE0000, 0xE0FFF)) return drop;              /* tags, variation selectors */
    if (c >= 0xF0000) return sep;                          /* private use planes */
    return copy;
}

/* Decode one UTF-8 sequence from p (n > 0 bytes left).  Returns its length
 * with *cp set, or 0 when the bytes are not a valid, shortest-form sequence of
 * a scalar value. */
static size_t utf8_decode(const unsigned char *p, size_t n, uint32_t *cp)
{
    unsigned char c = p[0];
    size_t len;
    uint32_t v, min;
    if (c < 0x80) { *cp = c; return 1; }
    if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; min = 0x10000; }
    else return 0;
    if (n < len) return 0;
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return len;
}

static size_t utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Whole-word canonical forms (rule 5); words are compared after rule 4. */
static const struct { const char *word, *canon; } canon_words[] = {
    {"tal", "tel"}, {"tel", "tel"},
    {"al", "al"}, {"el", "al"}, {"ad", "al"}, {"ed", "al"}, {"ar", "al"}, {"er", "al"},
    {"as", "al"}, {"es", "al"}, {"ash", "al"}, {"esh", "al"}, {"at", "al"}, {"et", "al"},
    {"az", "al"}, {"ez", "al"}, {"an", "al"}, {"en", "al"}, {"adh", "al"}, {"ath", "al"},
    {"saint", "st"}, {"st", "st"}, {"mount", "mt"}, {"mt", "mt"}, {"fort", "ft"}, {"ft", "ft"},
};

/* The canonical form of word w[0..n), or NULL.  Article forms (canonical
 * "al") count only in keys of two or more words.  Switched on the length and
 * the first two bytes rather than scanning canon_words[] (every word of every
 * key asks), and inline in its callers: most words are turned away by their
 * length, cheaper than the call.  The unit tests check the result against the
 * table. */
static inline __attribute__((always_inline)) const char *canonical_word(const char *w, size_t n,
                                                                        bool several_words)
{
#define W2(a, b) ((unsigned)(unsigned char)(a) << 8 | (unsigned char)(b))
    const char *al = several_words ? "al" : NULL;
    switch (n) {
    case 2:
        switch (W2(w[0], w[1])) {
        case W2('a', 'l'): case W2('e', 'l'): case W2('a', 'd'): case W2('e', 'd'): case W2('a', 'r'):
        case W2('e', 'r'): case W2('a', 's'): case W2('e', 's'): case W2('a', 't'): case W2('e', 't'):
        case W2('a', 'z'): case W2('e', 'z'): case W2('a', 'n'): case W2('e', 'n'):
            return al;
        case W2('s', 't'): return "st";
        case W2('m', 't'): return "mt";
        case W2('f', 't'): return "ft";
        default: return NULL;
        }
    case 3:
        if (w[2] == 'l' && (W2(w[0], w[1]) == W2('t', 'a') || W2(w[0], w[1]) == W2('t', 'e'))) return "tel";
        if (w[2] == 'h' && (W2(w[0], w[1]) == W2('a', 's') || W2(w[0], w[1]) == W2('e', 's') ||
                            W2(w[0], w[1]) == W2('a', 'd') || W2(w[0], w[1]) == W2('a', 't')))
            return al;
        return NULL;
    case 4: return memcmp(w, "fort", 4) == 0 ? "ft" : NULL;
    case 5: return memcmp(w, "saint", 5) == 0 ? "st" : memcmp(w, "mount", 5) == 0 ? "mt" : NULL;
    default: return NULL;
    }
#undef W2
}

/* (The matcher asks this for many short words of the spans it keys: the scan for a space
 * and the comparison with the canonical form are written out rather than left to memchr,
 * strlen and memcmp, whose calls cost more than these few bytes.) */
const char *sr_gaz_key_word_in_name(const char *w, size_t n)
{
    if (!w) return NULL;
    for (size_t k = 0; k < n; k++)
        if (w[k] == ' ') return NULL; /* several words: already canonical */
    const char *canon = canonical_word(w, n, true);
    if (!canon) return NULL;
    size_t k = 0;
    while (k < n && canon[k] == w[k]) k++; /* (stops at canon's NUL: w has none) */
    return k == n && !canon[n] ? NULL : canon;
}

/* The table canonical_word() implements, for the unit tests: 1 when
 * canonical_word(w, strlen(w), several) agrees with canon_words[] for w. */
int sr_gaz_canon_agrees(const char *w, int several)
{
    size_t n = strlen(w);
    const char *want = NULL;
    for (size_t i = 0; i < sizeof canon_words / sizeof canon_words[0]; i++)
        if (strcmp(canon_words[i].word, w) == 0) {
            want = several || strcmp(canon_words[i].canon, "al") != 0 ? canon_words[i].canon : NULL;
            break;
        }
    const char *got = canonical_word(w, n, several != 0);
    return (!want && !got) || (want && got && strcmp(want, got) == 0);
}

/* Rule 5 over out[0..len) (single spaces between words, none at the ends),
 * in place; returns the new length. */
static size_t canonical_words(char *out, size_t len)
{
    size_t r = 0, w = 0;
    bool several = memchr(out, ' ', len) != NULL;
    while (r < len) {
        size_t e = r;
        while (e < len && out[e] != ' ') e++;
        const char *canon = canonical_word(out + r, e - r, several);
        if (w > 0) out[w++] = ' ';
        if (canon) {
            size_t cn = strlen(canon); /* never longer than the word it replaces */
            memcpy(out + w, canon, cn);
            w += cn;
        } else {
            memmove(out + w, out + r, e - r);
            w += e - r;
        }
        r = e + 1;
    }
    out[w] = '\0';
    return w;
}

/* Rule 5 for the lone word out[0..o), NUL-terminated: its key's length. */
static inline size_t lone_word_key(char *out, size_t o)
{
    const char *canon = canonical_word(out, o, false);
    if (!canon) return o;
    size_t cn = strlen(canon); /* never longer than the word */
    memcpy(out, canon, cn + 1);
    return cn;
}

/* ascii_key() from s[i] on, the first character that is not an ASCII letter
 * or digit, with out[0..o) written: rules 1 to 4 as any_key() applies them to
 * ASCII (an apostrophe or backquote dropped, any other character a
 * separator), then rule 5.  (size_t)-1 at a byte that is not ASCII.  Out of
 * line, so that ascii_key's loop over one word takes no part in its register
 * saves. */
__attribute__((noinline)) static size_t ascii_words_key(const unsigned char *s, size_t len, size_t i, char *out,
                                                        size_t o)
{
    char prev = o ? out[o - 1] : '\0';
    bool space = false, several = false; /* a separator since the last character; a space written */
    for (; i < len; i++) {
        char ch = ascii_lower[s[i]][0];
        if (!ch) {
            if (s[i] >= 0x80) return (size_t)-1;
            if (s[i] != '\'' && s[i] != '`') space = true;
            continue;
        }
        if (space && o > 0) {
            out[o++] = ' ';
            several = true;
        } else if (ch == prev && ch >= 'a') {
            continue;
        }
        space = false;
        out[o++] = prev = ch;
    }
    out[o] = '\0';
    return several ? canonical_words(out, o) : lone_word_key(out, o);
}

/* The key of ASCII text: one word of letters and digits ("Kilis", "Idlib",
 * most spans the resolver keys) in the tightest loop, rules 1 and 4 in one
 * pass and rule 5 for a lone word; from another character on, names of
 * several words ("Moore County", "al-Bab": most of the names
 * sr_gaz_place_alternate keys) by ascii_words_key().  (size_t)-1 when
 * s[0..len) holds a byte that is not ASCII, or is as long as cap: the general
 * path decides those.  (The key never outgrows the text, so shorter text
 * needs no check of room.) */
static size_t ascii_key(const unsigned char *s, size_t len, char *out, size_t cap)
{
    if (len == 0 || len >= cap) return (size_t)-1;
    size_t o = 0;
    char prev = '\0'; /* out[o - 1] */
    for (size_t i = 0; i < len; i++) {
        char ch = ascii_lower[s[i]][0];
        if (!ch) return ascii_words_key(s, len, i, out, o);
        if (ch == prev && ch >= 'a') continue;
        out[o++] = prev = ch;
    }
    out[o] = '\0';
    return lone_word_key(out, o);
}

/* sr_gaz_key_n for what ascii_key leaves: all five rules, a character
 * at a time.  Out of line, so that the words of ASCII letters (most of what
 * the matcher keys) take no part in its register saves. */
__attribute__((noinline)) static size_t any_key(const unsigned char *p, size_t len, char *out, size_t cap)
{
    size_t i = 0, o = 0;
    bool space = false; /* a separator was seen since the last character written */
    while (i < len) {
        uint32_t cp;
        size_t n = utf8_decode(p + i, len - i, &cp);
        ch_class k;
        if (n == 1 && cp < 0x80 && ascii_lower[cp][0]) {
            /* the common case, an ASCII letter or digit: rule 4 inline */
            char ch = ascii_lower[cp][0];
            i++;
            if (space && o > 0) {
                if (o + 1 >= cap) goto too_long;
                out[o++] = ' ';
            } else if (o > 0 && ch >= 'a' && out[o - 1] == ch) {
                continue;
            }
            space = false;
            if (o + 1 >= cap) goto too_long;
            out[o++] = ch;
            continue;
        }
        if (n == 0) {
            k = (ch_class){CH_SEP, NULL, 0};
            n = 1;
        } else {
            k = cp < 0x80 ? ascii_class(cp) : classify(cp);
        }
        i += n;
        if (k.kind == CH_DROP) continue;
        if (k.kind == CH_SEP) {
            space = true;
            continue;
        }
        char buf[4];
        size_t bn;
        if (k.kind == CH_ASCII) {
            bn = strlen(k.ascii);
            memcpy(buf, k.ascii, bn);
        } else {
            bn = utf8_encode(k.cp, buf);
        }
        size_t start = 0;
        /* rule 4: an ASCII letter equal to the one just written (same word) */
        if (!space && o > 0 && buf[0] >= 'a' && buf[0] <= 'z' && out[o - 1] == buf[0]) start = 1;
        if (bn > start && space && o > 0) {
            if (o + 1 >= cap) goto too_long;
            out[o++] = ' ';
        }
        if (bn > start) space = false;
        for (size_t j = start; j < bn; j++) {
            if (j > 0 && buf[j] >= 'a' && buf[j] <= 'z' && out[o - 1] == buf[j]) continue; /* "ss" after 's' */
            if (o + 1 >= cap) goto too_long;
            out[o++] = buf[j];
        }
    }
    out[o] = '\0';
    return canonical_words(out, o);
too_long:
    out[0] = '\0';
    return 0;
}

size_t sr_gaz_key_n(const char *s, size_t len, char *out, size_t cap)
{
    if (cap == 0 || !out) return 0;
    out[0] = '\0';
    if (!s) return 0;
    const unsigned char *p = (const unsigned char *)s;
    size_t word = ascii_key(p, len, out, cap);
    return word != (size_t)-1 ? word : any_key(p, len, out, cap);
}

size_t sr_gaz_key(const char *name, char *out, size_t cap)
{
    return sr_gaz_key_n(name, name ? strlen(name) : 0, out, cap);
}
