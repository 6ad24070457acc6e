/*
 * token.c — the tokens of one paragraph.
 *
 * sr_text_analyse() calls tx_tokenize() once per non-signature paragraph,
 * after the paragraph's language is known and before segment.c splits the
 * paragraph's tokens into sentences.  Tokens are appended to the document's
 * token array (arena) with byte offsets into the text, their fold, suffix,
 * stem (with the lengths and sr_text_key() hashes of fold and stem, which
 * the lexicon matches by), flags and, for numbers, value.  Plain ASCII words and
 * numbers, white space and ASCII punctuation, most of news text, are decided
 * from a byte table before the general rules below (with the same results),
 * and the folds of ASCII words and numbers point into a lower-cased copy of
 * the paragraph (see tx_tokenize()).
 *
 * Rules, tried in this order at each token start:
 *   URL      http:// https:// pic.twitter.com/ www. or domain.tld/ ...; up to
 *            white space, quotes or non-ASCII punctuation; trailing . , ; : ! ?
 *            and unbalanced ) ] are left out.  A URL prefix glued to the end
 *            of a word ("çıkarıldıhttps://t.co/x") starts a new token.
 *   HASHTAG  '#' + letters/digits/_ with at least one letter, not glued to a
 *            preceding letter or digit; an apostrophe suffix is split off
 *            ("#Kilis'e": fold "kilis", suffix "e").
 *   MENTION  '@' + [A-Za-z0-9_]; fold is the lower-cased handle.
 *   SYMBOL   a run of symbols, emoji, ZWJ, variation selectors, keycaps
 *            ("1️⃣", "🇹🇷🇹🇷"): one token.
 *   WORD     letters, combining marks and digits; an inner hyphen (- U+2010
 *            U+2011) between letters/digits stays inside ("al-Assad").
 *            Apostrophes (' ’ ‘ ` ʼ ´) followed by a letter:
 *              - Turkish (and unknown) paragraphs: always a suffix split, one
 *                token, base_end at the apostrophe ("Kilis'te", "TSK'nın");
 *              - English paragraphs: 's 're 've 'll 'd 'm are suffixes
 *                ("Syria's" -> fold "syria", suffix "s"); words ending in n't
 *                are kept whole with no suffix ("didn't" -> fold "didn't",
 *                so a pattern can list "didn't" next to "did not"); any other
 *                inner apostrophe stays inside the word ("O'Brien", "Sana'a").
 *            An apostrophe with no letter after it ("Workers’ Party") is not
 *            part of the word: it becomes its own PUNCT token (fold "'").
 *   NUMBER   digits with inner , or . before a digit ("1,200", "3.5"); value
 *            parsed with the paragraph's conventions (see parse_value); an
 *            apostrophe suffix is split as for Turkish words ("2021'de").
 *            Letters glued after digits start a new token ("10km" = 10, km).
 *   PUNCT    any other single punctuation code point.
 */
#include "text_int.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <limits.h>
#include <string.h>
#include <unicode/uchar.h>

static bool grow_tokens(tx_state *st)
{
    sr_text *o = st->out;
    if (st->cap_tokens > INT_MAX / 2) return false;
    int nc = st->cap_tokens ? st->cap_tokens * 2 : 256;
    sr_token *nt = sr_arena_grow(st->arena, o->tokens, (size_t)o->n_tokens, (size_t)nc, sizeof *nt);
    if (!nt) return false;
    o->tokens = nt;
    st->cap_tokens = nc;
    return true;
}

/* A new token [s, e) (base_end e) at the end of the array, its other fields
 * zero; NULL when the arena is exhausted. */
static inline sr_token *new_token(tx_state *st, size_t s, size_t e, uint8_t kind, sr_lang lang, bool space)
{
    sr_text *o = st->out;
    if (o->n_tokens == st->cap_tokens && !grow_tokens(st)) return NULL;
    sr_token *t = &o->tokens[o->n_tokens++];
    *t = (sr_token){ .start = (uint32_t)s, .end = (uint32_t)e, .base_end = (uint32_t)e, .kind = kind,
                     .lang = (uint8_t)lang, .flags = space ? SR_TOKF_SPACE_BEFORE : 0 };
    return t;
}

/* ---- URLs ---------------------------------------------------------------- */

static bool starts_ci(const char *t, size_t i, size_t pe, const char *p, size_t n)
{
    if (pe - i < n) return false;
    for (size_t k = 0; k < n; k++) {
        char c = t[i + k];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c != p[k]) return false;
    }
    return true;
}

/* Length of the URL scheme/prefix at t[i] that may start a URL even when
 * glued to a word, or 0. */
static inline size_t strong_prefix(const char *t, size_t i, size_t pe)
{
    char c = t[i] | 0x20;
    if (i + 1 >= pe) return 0;
    char c1 = t[i + 1] | 0x20;
    if (c == 'h' && c1 == 't') {
        if (starts_ci(t, i, pe, "https://", 8)) return 8;
        if (starts_ci(t, i, pe, "http://", 7)) return 7;
    } else if (c == 'p' && c1 == 'i') {
        if (starts_ci(t, i, pe, "pic.twitter.com/", 16)) return 16;
    }
    return 0;
}

static bool ascii_alnum(char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Prefix length of a URL starting at t[i] (a token start), or 0. */
static size_t url_start(const char *t, size_t i, size_t pe)
{
    size_t p = strong_prefix(t, i, pe);
    if (p) return p;
    if (starts_ci(t, i, pe, "www.", 4) && i + 4 < pe && ascii_alnum(t[i + 4])) return 4;
    /* domain.tld/ : labels of [A-Za-z0-9-], at least one dot, last label two
     * or more letters, then '/' */
    size_t k = i, label = i;
    int dots = 0;
    bool letters_only = true;
    while (k < pe && k - i < 256) {
        char c = t[k];
        if (ascii_alnum(c) || c == '-') {
            if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) letters_only = false;
            k++;
        } else if (c == '.' && k > label && k + 1 < pe && ascii_alnum(t[k + 1])) {
            dots++;
            k++;
            label = k;
            letters_only = true;
        } else {
            break;
        }
    }
    if (dots > 0 && k < pe && t[k] == '/' && letters_only && k - label >= 2) return k + 1 - i;
    return 0;
}

/* End of the URL whose prefix ends at i + plen. */
static size_t url_end(const char *t, size_t i, size_t plen, size_t pe)
{
    size_t k = i + plen;
    int parens = 0, brackets = 0;
    while (k < pe) {
        uint32_t cp;
        int n;
        int cls = tx_class_at(t, k, pe, &cp, &n);
        if (cls == TX_SPACE || cls == TX_BREAK) break;
        if (cp < 0x80) {
            if (cp == '<' || cp == '>' || cp == '"' || cp == '`' || cp == '{' || cp == '}' ||
                cp == '|' || cp == '\\' || cp == '^')
                break;
            /* a second URL glued to this one */
            if (k > i + plen && ascii_alnum(t[k - 1]) && strong_prefix(t, k, pe)) break;
            if (cp == '(') parens++;
            else if (cp == ')') parens--;
            else if (cp == '[') brackets++;
            else if (cp == ']') brackets--;
        } else if (cls == TX_PUNCT || cls == TX_SYMBOL || cls == TX_EXT) {
            break;
        }
        k += (size_t)n;
    }
    /* trailing punctuation is the sentence's, not the URL's */
    while (k > i + plen) {
        char c = t[k - 1];
        if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
            c == '*') {
            k--;
        } else if (c == ')' && parens < 0) {
            parens++;
            k--;
        } else if (c == ']' && brackets < 0) {
            brackets++;
            k--;
        } else {
            break;
        }
    }
    return k;
}

/* ---- pieces of words ------------------------------------------------------ */

/* End of a run of letters/marks/in-word characters starting at k. */
static size_t letter_run(const char *t, size_t k, size_t pe)
{
    while (k < pe) {
        uint32_t cp;
        int n;
        int cls = tx_class_at(t, k, pe, &cp, &n);
        if (cls != TX_LETTER && cls != TX_MARK && cls != TX_INWORD) break;
        k += (size_t)n;
    }
    return k;
}

/* When t[k] is an apostrophe followed by a letter, returns the start of the
 * letters after it (and sets *suf_end); else 0. */
static size_t apostrophe_suffix(const char *t, size_t k, size_t pe, size_t *suf_end)
{
    if (k >= pe) return 0;
    uint32_t cp;
    int n;
    tx_class_at(t, k, pe, &cp, &n);
    if (!tx_is_apostrophe(cp)) return 0;
    size_t s = k + (size_t)n;
    if (s >= pe) return 0;
    uint32_t cp2;
    int n2;
    if (tx_class_at(t, s, pe, &cp2, &n2) != TX_LETTER) return 0;
    *suf_end = letter_run(t, s, pe);
    return s;
}

static bool ascii_lower_eq(const char *t, size_t s, size_t e, const char *w)
{
    size_t n = strlen(w);
    if (e - s != n) return false;
    for (size_t k = 0; k < n; k++)
        if ((t[s + k] | 0x20) != w[k]) return false;
    return true;
}

/* English suffixes split off after an apostrophe. */
static bool english_suffix(const char *t, size_t s, size_t e)
{
    static const char *const sufs[] = { "s", "re", "ve", "ll", "d", "m" };
    for (size_t k = 0; k < sizeof sufs / sizeof *sufs; k++)
        if (ascii_lower_eq(t, s, e, sufs[k])) return true;
    return false;
}

static bool is_hyphen(uint32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

/* Scans a word starting at i (a letter).  Sets *base_end and *suf (start of
 * the suffix or 0); returns the end. */
static size_t scan_word(const char *t, size_t i, size_t pe, sr_lang lang, size_t *base_end, size_t *suf)
{
    size_t k = i;
    *suf = 0;
    while (k < pe) {
        uint32_t cp;
        int n;
        int cls = tx_class_at(t, k, pe, &cp, &n);
        if (cls == TX_LETTER || cls == TX_MARK || cls == TX_DIGIT || cls == TX_INWORD) {
            if (k > i && (cp == 'h' || cp == 'H' || cp == 'p' || cp == 'P') && strong_prefix(t, k, pe)) break;
            k += (size_t)n;
            continue;
        }
        if (is_hyphen(cp) && k > i && k + (size_t)n < pe) {
            uint32_t cp2;
            int n2;
            int c2 = tx_class_at(t, k + (size_t)n, pe, &cp2, &n2);
            if (c2 == TX_LETTER || c2 == TX_DIGIT) {
                k += (size_t)n;
                continue;
            }
            break;
        }
        if (tx_is_apostrophe(cp)) {
            size_t se = 0;
            size_t ss = apostrophe_suffix(t, k, pe, &se);
            if (!ss) break;
            if (lang == SR_LANG_EN && !english_suffix(t, ss, se)) {
                /* n't and O'Brien: the apostrophe stays inside the word */
                k = se;
                continue;
            }
            *base_end = k;
            *suf = ss;
            return se;
        }
        break;
    }
    *base_end = k;
    return k;
}

/* Value of the number in t[s..e) (digits with . and , separators).
 * Separators: when both kinds occur, the last one is the decimal point; one
 * kind occurring more than once groups thousands; a single separator
 * followed by exactly three digits groups thousands when it is the
 * language's thousands separator (',' in English, '.' in Turkish), else it
 * is the decimal point.  Thousands groups that are not exactly three digits
 * ("18.03.2021") leave only the leading group as the value. */
static double parse_value(const char *t, size_t s, size_t e, sr_lang lang)
{
    int n_dot = 0, n_comma = 0;
    char last_sep = 0;
    size_t last_sep_pos = 0;
    for (size_t k = s; k < e; k++) {
        if (t[k] == '.') { n_dot++; last_sep = '.'; last_sep_pos = k; }
        else if (t[k] == ',') { n_comma++; last_sep = ','; last_sep_pos = k; }
    }
    char dec = 0; /* decimal separator, 0 = none */
    if (n_dot && n_comma) dec = last_sep;
    else if (n_dot + n_comma == 1) {
        /* digits after the separator */
        int after = 0;
        for (size_t k = last_sep_pos + 1; k < e; k++) {
            uint32_t cp;
            int n;
            if (tx_class_at(t, k, e, &cp, &n) == TX_DIGIT) after++;
            k += (size_t)n - 1;
        }
        char thousands = lang == SR_LANG_TR ? '.' : ',';
        dec = (after == 3 && last_sep == thousands) ? 0 : last_sep;
    }
    double v = 0, scale = 0;
    int group = 0, groups = 0;
    bool grouping_ok = true;
    double lead = 0;
    for (size_t k = s; k < e;) {
        uint32_t cp;
        int n;
        int cls = tx_class_at(t, k, e, &cp, &n);
        k += (size_t)n;
        if (cls == TX_DIGIT) {
            int d = cp < 0x80 ? (int)(cp - '0') : u_charDigitValue((UChar32)cp);
            if (d < 0 || d > 9) d = 0;
            if (scale > 0) { v += d * scale; scale /= 10; }
            else v = v * 10 + d;
            group++;
        } else if ((char)cp == dec && scale == 0) {
            scale = 0.1;
        } else if (scale == 0) {
            /* a thousands separator */
            if (groups == 0) { lead = v; if (group > 3) grouping_ok = false; }
            else if (group != 3) grouping_ok = false;
            groups++;
            group = 0;
        }
    }
    if (groups > 0 && scale == 0 && group != 3) grouping_ok = false;
    if (groups > 0 && scale > 0 && group < 1) grouping_ok = false;
    if (!grouping_ok) v = lead;
    if (!(v < 1e308)) v = 1e308;
    return v;
}

/* ---- the tokenizer -------------------------------------------------------- */

static void case_flags(const char *t, size_t s, size_t e, sr_token *tok)
{
    int letters = 0, upper = 0;
    bool first = true;
    for (size_t k = s; k < e;) {
        uint32_t cp;
        int n;
        int cls = tx_class_at(t, k, e, &cp, &n);
        k += (size_t)n;
        if (cls != TX_LETTER) continue;
        bool up = cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : (u_isupper((UChar32)cp) || u_istitle((UChar32)cp));
        if (first && up) tok->flags |= SR_TOKF_CAP;
        first = false;
        letters++;
        upper += up;
    }
    if (letters >= 2 && upper == letters) tok->flags |= SR_TOKF_ALLCAPS;
}

/* Classes of ASCII bytes for the fast paths of the tokenizer (bytes >= 0x80
 * are 0): A_SPACE is white space or a line break
 * (TX_SPACE, TX_BREAK); A_PUNCT1 is punctuation that is always a token of its
 * own (all but '#' and '@', which may start a hashtag or mention, and '*',
 * which may be an emoji keycap); A_JOIN is a hyphen or apostrophe that may
 * continue a word; A_WEND is a byte after an ASCII run that makes it a plain
 * word, neither a URL nor continued (white space and A_PUNCT1 but . - : ' `). */
enum { A_LOWER = 0x01, A_DIGIT = 0x02, A_WEND = 0x04, A_SPACE = 0x10, A_UPPER = 0x20,
       A_PUNCT1 = 0x40, A_JOIN = 0x80 };
#define A_ALNUM (A_LOWER | A_DIGIT | A_UPPER)
static const uint8_t scan_class[256] = {
    [0x00] = A_SPACE | A_WEND, [0x01] = A_SPACE | A_WEND, [0x02] = A_SPACE | A_WEND, [0x03] = A_SPACE | A_WEND, [0x04] = A_SPACE | A_WEND,
    [0x05] = A_SPACE | A_WEND, [0x06] = A_SPACE | A_WEND, [0x07] = A_SPACE | A_WEND, [0x08] = A_SPACE | A_WEND, [0x09] = A_SPACE | A_WEND,
    [0x0A] = A_SPACE | A_WEND, [0x0B] = A_SPACE | A_WEND, [0x0C] = A_SPACE | A_WEND, [0x0D] = A_SPACE | A_WEND, [0x0E] = A_SPACE | A_WEND,
    [0x0F] = A_SPACE | A_WEND, [0x10] = A_SPACE | A_WEND, [0x11] = A_SPACE | A_WEND, [0x12] = A_SPACE | A_WEND, [0x13] = A_SPACE | A_WEND,
    [0x14] = A_SPACE | A_WEND, [0x15] = A_SPACE | A_WEND, [0x16] = A_SPACE | A_WEND, [0x17] = A_SPACE | A_WEND, [0x18] = A_SPACE | A_WEND,
    [0x19] = A_SPACE | A_WEND, [0x1A] = A_SPACE | A_WEND, [0x1B] = A_SPACE | A_WEND, [0x1C] = A_SPACE | A_WEND, [0x1D] = A_SPACE | A_WEND,
    [0x1E] = A_SPACE | A_WEND, [0x1F] = A_SPACE | A_WEND, [' '] = A_SPACE | A_WEND, ['!'] = A_PUNCT1 | A_WEND, ['"'] = A_PUNCT1 | A_WEND,
    ['$'] = A_PUNCT1 | A_WEND, ['%'] = A_PUNCT1 | A_WEND, ['&'] = A_PUNCT1 | A_WEND, ['\''] = A_PUNCT1 | A_JOIN,
    ['('] = A_PUNCT1 | A_WEND, [')'] = A_PUNCT1 | A_WEND, ['+'] = A_PUNCT1 | A_WEND, [','] = A_PUNCT1 | A_WEND,
    ['-'] = A_PUNCT1 | A_JOIN, ['.'] = A_PUNCT1, ['/'] = A_PUNCT1 | A_WEND, ['0'] = A_DIGIT,
    ['1'] = A_DIGIT, ['2'] = A_DIGIT, ['3'] = A_DIGIT,
    ['4'] = A_DIGIT, ['5'] = A_DIGIT, ['6'] = A_DIGIT,
    ['7'] = A_DIGIT, ['8'] = A_DIGIT, ['9'] = A_DIGIT,
    [':'] = A_PUNCT1, [';'] = A_PUNCT1 | A_WEND, ['<'] = A_PUNCT1 | A_WEND, ['='] = A_PUNCT1 | A_WEND, ['>'] = A_PUNCT1 | A_WEND,
    ['?'] = A_PUNCT1 | A_WEND, ['A'] = A_UPPER, ['B'] = A_UPPER,
    ['C'] = A_UPPER, ['D'] = A_UPPER, ['E'] = A_UPPER,
    ['F'] = A_UPPER, ['G'] = A_UPPER, ['H'] = A_UPPER,
    ['I'] = A_UPPER, ['J'] = A_UPPER, ['K'] = A_UPPER,
    ['L'] = A_UPPER, ['M'] = A_UPPER, ['N'] = A_UPPER,
    ['O'] = A_UPPER, ['P'] = A_UPPER, ['Q'] = A_UPPER,
    ['R'] = A_UPPER, ['S'] = A_UPPER, ['T'] = A_UPPER,
    ['U'] = A_UPPER, ['V'] = A_UPPER, ['W'] = A_UPPER,
    ['X'] = A_UPPER, ['Y'] = A_UPPER, ['Z'] = A_UPPER,
    ['['] = A_PUNCT1 | A_WEND, ['\\'] = A_PUNCT1 | A_WEND, [']'] = A_PUNCT1, ['^'] = A_PUNCT1 | A_WEND, ['_'] = A_PUNCT1 | A_WEND,
    ['`'] = A_PUNCT1 | A_JOIN, ['a'] = A_LOWER, ['b'] = A_LOWER,
    ['c'] = A_LOWER, ['d'] = A_LOWER, ['e'] = A_LOWER,
    ['f'] = A_LOWER, ['g'] = A_LOWER, ['h'] = A_LOWER,
    ['i'] = A_LOWER, ['j'] = A_LOWER, ['k'] = A_LOWER,
    ['l'] = A_LOWER, ['m'] = A_LOWER, ['n'] = A_LOWER,
    ['o'] = A_LOWER, ['p'] = A_LOWER, ['q'] = A_LOWER,
    ['r'] = A_LOWER, ['s'] = A_LOWER, ['t'] = A_LOWER,
    ['u'] = A_LOWER, ['v'] = A_LOWER, ['w'] = A_LOWER,
    ['x'] = A_LOWER, ['y'] = A_LOWER, ['z'] = A_LOWER,
    ['{'] = A_PUNCT1 | A_WEND, ['|'] = A_PUNCT1 | A_WEND, ['}'] = A_PUNCT1 | A_WEND, ['~'] = A_PUNCT1 | A_WEND, [0x7F] = A_SPACE | A_WEND,
};

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL
#define LOWS 0x7F7F7F7F7F7F7F7FULL

/* Index of the first byte at or after k that is not an ASCII letter or
 * digit in the lower-cased copy low: sixteen bytes at a time with SSE2
 * (always there on x86-64), else eight at a time on little-endian machines
 * (a byte loop mispredicts its exit at every word), else byte by byte.  The
 * run must end (at a NUL, say) with 16 readable, initialised bytes after its
 * end. */
static inline size_t alnum_run(const unsigned char *low, size_t k)
{
#ifdef __SSE2__
    /* Why: this runs for every ASCII word; a signed byte compare rejects the
     * bytes >= 0x80 for free, and most words end within one load. */
    const __m128i a1 = _mm_set1_epi8('a' - 1), z1 = _mm_set1_epi8('z' + 1);
    const __m128i d1 = _mm_set1_epi8('0' - 1), n1 = _mm_set1_epi8('9' + 1);
    for (;;) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(low + k));
        __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(v, a1), _mm_cmpgt_epi8(z1, v));
        __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, d1), _mm_cmpgt_epi8(n1, v));
        unsigned stop = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit)) & 0xFFFFu;
        if (stop) return k + (size_t)__builtin_ctz(stop);
        k += 16;
    }
#elif defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (;;) {
        uint64_t w;
        memcpy(&w, low + k, 8);
        /* the high bit of each byte that is a lower-case letter or digit
         * (the low copy has no capitals) */
        uint64_t b = w & LOWS;
        uint64_t digit = (b + ONES * (0x80 - '0')) & ~(b + ONES * (0x80 - '9' - 1));
        uint64_t letter = (b + ONES * (0x80 - 'a')) & ~(b + ONES * (0x80 - 'z' - 1));
        uint64_t stop = ~((digit | letter) & ~w) & HIGHS;
        if (stop) /* the byte index of its lowest set bit */
            return k + (size_t)((((stop & (~stop + 1)) >> 7) * 0x0001020304050607ULL) >> 56);
        k += 8;
    }
#else
    while (scan_class[low[k]] & A_ALNUM) k++;
    return k;
#endif
}

/* End of the run of ASCII letters and digits from i (an ASCII letter or
 * digit), stopping before a URL prefix glued to the run
 * ("çıkarıldıhttps://...").  It reads the paragraph's lower-cased copy low
 * (the same classes), whose NUL at pe ends the run without a bounds check.
 *
 * Why not stop at each h and p to try strong_prefix(): the letters of a
 * strong prefix ("https", "http", "pic") are followed by ':' or '.', which
 * end the run, so a prefix glued inside the run [i, r) can only start at
 * r - 5, r - 4 or r - 3 (at most one of them matches), and only when the
 * run ends at ':' or '.'.  Same result as trying every h and p, in one pass. */
static size_t ascii_run(const char *t, const char *low, size_t i, size_t pe)
{
    const unsigned char *l = (const unsigned char *)low;
    size_t r = alnum_run(l, i + 1);
    if (r >= pe || (l[r] != ':' && l[r] != '.')) return r;
    for (size_t back = 5; back >= 3; back--)
        if (r - i > back && strong_prefix(t, r - back, pe)) return r - back;
    return r;
}

/* low[s..e) = t[s..e) with ASCII capitals lower-cased (other bytes as they
 * are), sixteen bytes at a time with SSE2 when there are sixteen, else eight
 * at a time.  Why by hand: it runs over every byte of every paragraph, and
 * neither libc nor ICU lower-cases ASCII alone while copying other bytes as
 * they are. */
static void lower_ascii(const char *t, char *low, size_t s, size_t e)
{
#ifdef __SSE2__
    if (e - s >= 16) {
        const __m128i a1 = _mm_set1_epi8('A' - 1), z1 = _mm_set1_epi8('Z' + 1), bit = _mm_set1_epi8(0x20);
        for (size_t k = s;; k += 16) {
            if (k + 16 > e) k = e - 16; /* the last block overlaps the one before: same bytes in, same out */
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + k));
            __m128i cap = _mm_and_si128(_mm_cmpgt_epi8(v, a1), _mm_cmpgt_epi8(z1, v));
            _mm_storeu_si128((__m128i *)(void *)(low + k), _mm_or_si128(v, _mm_and_si128(cap, bit)));
            if (k + 16 == e) return;
        }
    }
#endif
    size_t k = s;
    for (; k + 8 <= e; k += 8) {
        uint64_t w;
        memcpy(&w, t + k, 8);
        uint64_t h = w & ~HIGHS;
        uint64_t ge_a = h + 0x3F3F3F3F3F3F3F3FULL; /* high bit set where the byte >= 'A' */
        uint64_t gt_z = h + 0x2525252525252525ULL; /* ... where the byte > 'Z' */
        w |= (ge_a & ~gt_z & ~w & HIGHS) >> 2;     /* + 0x20 on ASCII capitals */
        memcpy(low + k, &w, 8);
    }
    for (; k < e; k++) {
        unsigned char c = (unsigned char)t[k];
        low[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
}

/* Fold and case flags (added to *flags) of the ASCII word t[s..e) in one
 * pass, the fold in the pool.  In Turkish paragraphs I folds to ı (2 bytes),
 * as ICU's Turkic folding would. */
static const char *fold_ascii_word(tx_state *st, size_t s, size_t e, sr_lang lang, uint8_t *flags, size_t *out_len)
{
    const char *t = st->text;
    bool turkish = lang == SR_LANG_TR;
    size_t cap = turkish ? 2 * (e - s) + 1 : e - s + 1;
    char *d = tx_pool_alloc(st, cap);
    if (!d) return NULL;
    size_t j = 0;
    int letters = 0, upper = 0;
    for (size_t k = s; k < e; k++) {
        char c = t[k];
        if (c >= 'A' && c <= 'Z') {
            upper++;
            letters++;
            if (turkish && c == 'I') { d[j++] = (char)0xC4; d[j++] = (char)0xB1; continue; }
            c = (char)(c + 32);
        } else if (c >= 'a' && c <= 'z') {
            letters++;
        }
        d[j++] = c;
    }
    d[j] = '\0';
    tx_pool_trim(st, d, cap, j + 1);
    if (t[s] >= 'A' && t[s] <= 'Z') *flags |= SR_TOKF_CAP;
    if (letters >= 2 && upper == letters) *flags |= SR_TOKF_ALLCAPS;
    *out_len = j;
    return d;
}

static bool is_keycap_base(uint32_t cp) { return (cp >= '0' && cp <= '9') || cp == '#' || cp == '*'; }

/* A digit, '#' or '*' followed by U+FE0F or U+20E3 is an emoji keycap. */
static bool keycap_at(const char *t, size_t k, size_t pe, uint32_t cp, int n)
{
    if (!is_keycap_base(cp) || k + (size_t)n >= pe) return false;
    int n2;
    uint32_t nx = tx_decode(t, k + (size_t)n, pe, &n2);
    return nx == 0xFE0F || nx == 0x20E3;
}

static size_t symbol_run(const char *t, size_t k, size_t pe)
{
    while (k < pe) {
        uint32_t cp;
        int n;
        int cls = tx_class_at(t, k, pe, &cp, &n);
        if (cls == TX_SYMBOL || cls == TX_EXT || cls == TX_MARK || keycap_at(t, k, pe, cp, n)) {
            k += (size_t)n;
            continue;
        }
        break;
    }
    return k;
}

/* Whether a '#' or '@' is glued to a letter or digit: no white space since
 * the previous token t[ps..pe) (there is one when space is false), whose
 * last code point is a letter or digit. */
static bool glued_to_alnum(const char *t, bool space, size_t ps, size_t pe)
{
    if (space) return false;
    size_t lp = tx_prev_start(t, ps, pe);
    uint32_t lc;
    int ln;
    int cls = tx_class_at(t, lp, pe, &lc, &ln);
    return cls == TX_LETTER || cls == TX_DIGIT;
}

/* Stems that ascii_word() has asked for but not yet looked up: each word's
 * memo slot is prefetched when the word is cut, and looked up STEM_LAG words
 * later, so that the memo's cache misses overlap instead of stalling the
 * tokenizer one after another.  Tokens are named by index (the array may
 * grow meanwhile); every pending stem is resolved before tx_tokenize returns. */
#define STEM_LAG 16
typedef struct stem_queue {
    struct { int tok; uint32_t h; uint64_t pre; } q[STEM_LAG];
    unsigned head, n;
} stem_queue;

/* Looks up the oldest pending stem; false when the arena is exhausted. */
static bool stem_pop(tx_state *st, stem_queue *sq, sr_lang lang)
{
    unsigned k = sq->head;
    sq->head = (k + 1) % STEM_LAG;
    sq->n--;
    return tx_stem_hashed_fast(st, &st->out->tokens[sq->q[k].tok], lang, sq->q[k].pre, sq->q[k].h);
}

/* Sets tok's fold, of n bytes and sr_text_key() key, and its stem to the
 * same until tx_stem() finds another. */
static inline void set_fold(sr_token *tok, const char *fold, size_t n, uint64_t key, bool ascii)
{
    tok->fold = tok->stem = fold;
    tok->fold_len = tok->stem_len = (uint32_t)n;
    tok->key = tok->stem_key = key;
    if (ascii) tok->flags |= SR_TOKF_ASCII | SR_TOKF_ASCII_STEM;
}

/* set_fold() for a fold that may hold any bytes (off the fast paths). */
static void set_fold_any(sr_token *tok, const char *fold, size_t n)
{
    bool ascii = true;
    for (size_t k = 0; k < n; k++) ascii &= (unsigned char)fold[k] < 0x80;
    set_fold(tok, fold, n, sr_text_key(fold, n), ascii);
}

/* Appends the ASCII word t[i..e) that the fast path found (letters and
 * digits, starting with a letter, not followed by a hyphen, an apostrophe
 * or a non-ASCII character).  Its fold is low + i, the paragraph's
 * lower-cased copy, NUL-terminated in place (see tx_tokenize), or a pool
 * copy when the word is glued to a URL prefix or has an I in a Turkish
 * paragraph.  false when the arena is exhausted. */
static bool ascii_word(tx_state *st, size_t i, size_t e, sr_lang lang, bool space, size_t stem_min, stem_queue *sq)
{
    const char *t = st->text;
    sr_text *o = st->out;
    if (o->n_tokens == st->cap_tokens && !grow_tokens(st)) return false;
    const char *fold;
    size_t fl = e - i;
    uint64_t pre;
    uint8_t flags = space ? SR_TOKF_SPACE_BEFORE : 0;
    if ((scan_class[(unsigned char)st->lower[e]] & A_ALNUM) || (lang == SR_LANG_TR && memchr(t + i, 'I', e - i))) {
        fold = fold_ascii_word(st, i, e, lang, &flags, &fl);
        if (!fold) return false;
        pre = sr_text_key_prefix(fold, fl);
    } else {
        fold = st->lower + i;
        /* the lower-cased copy has 8 readable bytes after any word start;
         * read them before the NUL is stored (a load over a fresh byte store
         * would stall) */
        pre = tx_key_prefix_padded(fold, fl);
        st->lower[e] = '\0';
        if (scan_class[(unsigned char)t[i]] & A_UPPER) {
            /* capitalised; all capitals when no lower-case letter follows
             * and at least one more capital does */
            flags |= SR_TOKF_CAP;
            unsigned acc = 0;
            for (size_t k = i + 1; k < e && !(acc & A_LOWER); k++) acc |= scan_class[(unsigned char)t[k]];
            if ((acc & (A_LOWER | A_UPPER)) == A_UPPER) flags |= SR_TOKF_ALLCAPS;
        }
    }
    /* the fold is ASCII unless a Turkish I became ı (2 bytes); the stem is
     * the fold until its pending lookup, when it has one.  The token is
     * written once, all its fields together (new_token() and set_fold()
     * would store most of them twice). */
    if (fl == e - i) flags |= SR_TOKF_ASCII | SR_TOKF_ASCII_STEM;
    uint64_t key = sr_text_key_pre(pre, fold, fl);
    o->tokens[o->n_tokens++] = (sr_token){
        .start = (uint32_t)i, .end = (uint32_t)e, .base_end = (uint32_t)e, .fold_len = (uint32_t)fl, .fold = fold,
        .stem = fold, .kind = SR_TOK_WORD, .flags = flags, .lang = (uint8_t)lang, .stem_len = (uint32_t)fl,
        .key = key, .stem_key = key};
    if (fl < stem_min || fl > TX_STEM_MAX || (lang == SR_LANG_EN && !tx_en_stem_may_change(fold, fl))) return true;
    if (st->ctx->stem_filter && (flags & SR_TOKF_ASCII) && !sr_stem_filter_may(st->ctx->stem_filter, lang, fold, fl, pre))
        return true; /* a stem no one compares: the fold will do */
    if (sq->n == STEM_LAG && !stem_pop(st, sq, lang)) return false;
    unsigned k = (sq->head + sq->n++) % STEM_LAG;
    sq->q[k].tok = o->n_tokens - 1;
    sq->q[k].pre = pre;
    sq->q[k].h = tx_stem_hash(key, lang);
    tx_stem_prefetch(st->ctx, sq->q[k].h);
    return true;
}

/* Whether the ASCII alphanumeric run t[i..e) (paragraph end pe) is a whole
 * number token as the general path cuts it: digits only, and the byte after
 * them one that ends a word (A_WEND: white space or plain punctuation, so
 * no URL, keycap, apostrophe suffix or glued letter) other than a ',' before
 * a digit of any script, which would continue the number. */
static inline bool plain_number(const char *t, size_t i, size_t e, size_t pe)
{
    if (e < pe) {
        unsigned char nx = (unsigned char)t[e];
        if (!(scan_class[nx] & A_WEND)) return false;
        if (nx == ',' && e + 1 < pe) {
            unsigned char c = (unsigned char)t[e + 1];
            if (c >= 0x80 || (scan_class[c] & A_DIGIT)) return false;
        }
    }
    for (size_t k = i; k < e; k++)
        if (!(scan_class[(unsigned char)t[k]] & A_DIGIT)) return false;
    return true;
}

/* Appends the number t[i..e), a run of ASCII digits that plain_number()
 * let through, as the general path would: its fold is the digits, low + i
 * of the paragraph's lower-cased copy, NUL-terminated in place as an ASCII
 * word's is (see tx_tokenize), and its value parse_value()'s.  Why: dates,
 * tolls and times make numbers common, and the general path decodes each
 * digit three times and copies the fold to the pool.  false when the arena
 * is exhausted. */
static bool ascii_number(tx_state *st, size_t i, size_t e, sr_lang lang, bool space)
{
    sr_token *tok = new_token(st, i, e, SR_TOK_NUMBER, lang, space);
    if (!tok) return false;
    char *fold = st->lower + i;
    uint64_t pre = tx_key_prefix_padded(fold, e - i); /* before the NUL, as in ascii_word() */
    st->lower[e] = '\0';
    /* parse_value() of digits alone: no separator, one group */
    double v = 0;
    for (size_t k = i; k < e; k++) v = v * 10 + (st->text[k] - '0');
    tok->value = v < 1e308 ? v : 1e308;
    set_fold(tok, fold, e - i, sr_text_key_pre(pre, fold, e - i), true);
    return true;
}

/* Appends the tokens of st->text[ps..pe) (one trimmed paragraph of valid
 * UTF-8) to st->out->tokens, which grows in the arena.  Token strings live in
 * the pool or in the document's lower-cased copy st->lower (or are static, or
 * in the stem memo), valid until the arena reset.  false when the arena is
 * exhausted (tokens appended so far stay).
 *
 * Plain ASCII words and numbers, white space and punctuation (the bulk of
 * news text) take fast paths that decide them from a byte table.  The folds
 * of ASCII words and plain numbers are not copied: the paragraph is first
 * lower-cased into st->lower at the same offsets, and the byte after each
 * such token there becomes its NUL.  That byte is never part of a later
 * token's fold, since the token ends at a byte that is not a letter or digit
 * (a word cut short by a glued URL prefix gets a pool copy instead).
 * TX_LOWER_PAD NULs after the paragraph end every run of letters there and
 * keep 16-byte reads from a word's start (ascii_run(), the stem memo's key)
 * within initialised bytes. */
bool tx_tokenize(tx_state *st, size_t ps, size_t pe, sr_lang lang)
{
    const char *t = st->text;
    bool stems = !st->ctx->no_stems;
    size_t stem_min = tx_stem_min(st->ctx, lang);
    stem_queue sq; /* its slots are written before they are read: zeroing them would cost every paragraph */
    sq.head = sq.n = 0;
    lower_ascii(t, st->lower, ps, pe);
    memset(st->lower + pe, 0, TX_LOWER_PAD);
    size_t i = ps;
    bool space = true;
    size_t prev_s = ps, prev_e = ps; /* the previous token, for the # and @ rule */
    while (i < pe) {
        unsigned char c0 = (unsigned char)t[i];
        unsigned f0 = scan_class[c0];
        if (f0 & A_SPACE) {
            space = true;
            i++;
            continue;
        }
        size_t url = 0; /* end of the URL starting at i, when there is one */
        if (f0 & A_ALNUM) {
            /* the ASCII alphanumeric run; it decides whether a URL is possible
             * and whether the word can take the ASCII fast path.  A URL prefix
             * ends the run at '.' (before a letter or digit), '-' or ':' (or
             * at a glued strong prefix, a letter); domains need a '-', or a
             * '.' before a letter or digit, right after the run. */
            size_t run = ascii_run(t, st->lower, i, pe);
            unsigned char nx = run < pe ? (unsigned char)t[run] : 0;
            /* Why: the common case, a word followed by a space or plain
             * punctuation, is decided by one table bit (A_WEND) instead of
             * the URL and continuation checks below, which give the same
             * outcome there: no URL can end at such a byte and the word is
             * not continued.  A single space after the word is stepped over
             * here too. */
            bool word = !(f0 & A_DIGIT) && (run >= pe || (scan_class[nx] & A_WEND));
            /* a plain number: digits alone, ended as a word is (an A_WEND
             * byte), but not by a ',' before a digit ("1,200") */
            if ((f0 & A_DIGIT) && plain_number(t, i, run, pe)) {
                if (!ascii_number(st, i, run, lang, space)) return false;
                prev_s = i;
                prev_e = run;
                space = false;
                i = run;
                continue;
            }
            if (!word) {
                char lc = (char)(c0 | 0x20);
                size_t plen = 0;
                if (run < pe && ((nx == '.' && run + 1 < pe && (scan_class[(unsigned char)t[run + 1]] & A_ALNUM)) ||
                                 nx == '-' ||
                                 ((lc == 'h' || lc == 'p' || lc == 'w') && (nx == ':' || (scan_class[nx] & A_ALNUM)))))
                    plen = url_start(t, i, pe);
                if (plen) {
                    size_t ue = url_end(t, i, plen, pe);
                    if (ue > i + plen) url = ue;
                }
                /* a word that no hyphen, apostrophe or non-ASCII letter continues
                 * (low[pe] is a NUL) */
                unsigned char nl = (unsigned char)st->lower[run];
                word = !(f0 & A_DIGIT) && nl < 0x80 && !(scan_class[nl] & A_JOIN) && !url;
            }
            if (word) {
                if (!ascii_word(st, i, run, lang, space, stem_min, &sq)) return false;
                prev_s = i;
                prev_e = run;
                if (nx == ' ') { /* run < pe */
                    space = true;
                    i = run + 1;
                } else {
                    space = false;
                    i = run;
                }
                continue;
            }
        } else if (f0 & A_PUNCT1) {
            sr_token *tok = new_token(st, i, i + 1, SR_TOK_PUNCT, lang, space);
            if (!tok) return false;
            const char *fold = tx_fold_punct(st, i, i + 1, c0); /* the byte itself */
            set_fold(tok, fold, 1, sr_text_key(fold, 1), true);
            prev_s = i;
            prev_e = i + 1;
            space = false;
            i++;
            continue;
        }
        uint32_t cp;
        int n;
        int cls = tx_class_at(t, i, pe, &cp, &n);
        if (cls == TX_SPACE || cls == TX_BREAK) {
            space = true;
            i += (size_t)n;
            continue;
        }
        if (cls == TX_INWORD) { /* an invisible soft hyphen or ZWNJ on its own */
            i += (size_t)n;
            continue;
        }
        size_t end, base_end, suf = 0;
        uint8_t kind;
        size_t suf_end = 0;
        if (url) {
            kind = SR_TOK_URL;
            end = base_end = url;
        } else if (cls == TX_SYMBOL || cls == TX_EXT || cls == TX_MARK || keycap_at(t, i, pe, cp, n)) {
            kind = SR_TOK_SYMBOL;
            end = base_end = symbol_run(t, i, pe);
        } else if ((cp == '#' || cp == '@') && !glued_to_alnum(t, space, prev_s, prev_e) && i + 1 < pe) {
            /* hashtag or mention body */
            size_t k = i + 1;
            int letters = 0;
            while (k < pe) {
                uint32_t c2;
                int n2;
                int k2 = tx_class_at(t, k, pe, &c2, &n2);
                bool ok = cp == '@' ? (c2 < 0x80 && (ascii_alnum((char)c2) || c2 == '_'))
                                    : (k2 == TX_LETTER || k2 == TX_DIGIT || k2 == TX_MARK || c2 == '_' ||
                                       (k2 == TX_INWORD && k > i + 1));
                if (!ok) break;
                letters += k2 == TX_LETTER;
                k += (size_t)n2;
            }
            if (k > i + 1 && (cp == '@' || letters > 0)) {
                kind = cp == '#' ? SR_TOK_HASHTAG : SR_TOK_MENTION;
                base_end = k;
                suf = apostrophe_suffix(t, k, pe, &suf_end);
                end = suf ? suf_end : k;
            } else {
                kind = SR_TOK_PUNCT;
                end = base_end = i + (size_t)n;
            }
        } else if (cls == TX_LETTER) {
            kind = SR_TOK_WORD;
            end = scan_word(t, i, pe, lang, &base_end, &suf);
        } else if (cls == TX_DIGIT) {
            kind = SR_TOK_NUMBER;
            size_t k = i;
            for (;;) {
                while (k < pe) {
                    uint32_t c2;
                    int n2;
                    if (tx_class_at(t, k, pe, &c2, &n2) != TX_DIGIT) break;
                    k += (size_t)n2;
                }
                if (k + 1 < pe && (t[k] == '.' || t[k] == ',')) {
                    uint32_t c2;
                    int n2;
                    if (tx_class_at(t, k + 1, pe, &c2, &n2) == TX_DIGIT) { k++; continue; }
                }
                break;
            }
            base_end = k;
            suf = apostrophe_suffix(t, k, pe, &suf_end);
            end = suf ? suf_end : k;
        } else {
            kind = SR_TOK_PUNCT;
            end = base_end = i + (size_t)n;
        }

        sr_token *tok = new_token(st, i, end, kind, lang, space);
        if (!tok) return false;
        tok->base_end = (uint32_t)base_end;
        size_t fl = 0;
        const char *fold = NULL;
        switch (kind) {
        case SR_TOK_WORD:
            case_flags(t, i, base_end, tok);
            fold = tx_fold(st, i, base_end, lang, &fl);
            if (!fold) return false;
            set_fold_any(tok, fold, fl);
            if (stems && !tx_stem(st, tok, lang)) return false;
            break;
        case SR_TOK_HASHTAG:
            case_flags(t, i + 1, base_end, tok);
            fold = tx_fold(st, i + 1, base_end, lang, &fl);
            break;
        case SR_TOK_MENTION:
            fold = tx_fold(st, i + 1, base_end, SR_LANG_EN, &fl);
            break;
        case SR_TOK_NUMBER:
            fold = tx_strdup(st, t + i, fl = base_end - i);
            tok->value = parse_value(t, i, base_end, lang);
            break;
        case SR_TOK_PUNCT:
            fold = tx_fold_punct(st, i, end, cp);
            if (fold) fl = strlen(fold);
            break;
        default: /* URL, SYMBOL: as written */
            fold = tx_strdup(st, t + i, fl = end - i);
            break;
        }
        if (!fold) return false;
        if (kind != SR_TOK_WORD) set_fold_any(tok, fold, fl);
        if (suf) {
            size_t sl;
            tok->suffix = tx_fold(st, suf, end, lang, &sl);
            if (!tok->suffix) return false;
        }
        prev_s = i;
        prev_e = end;
        space = false;
        i = end;
    }
    while (sq.n)
        if (!stem_pop(st, &sq, lang)) return false;
    return true;
}
