/*
 * token.c — the tokens of one paragraph.
 *
 * sr_text_analyse() calls tx_tokenize() once per non-signature paragraph,
 * after the paragraph's language is known and before segment.c splits the
 * paragraph's tokens into sentences.  Tokens are appended to the document's
 * token array (arena) with byte offsets into the text, their fold, suffix,
 * stem, flags and, for numbers, value.
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

#include <limits.h>
#include <string.h>
#include <unicode/uchar.h>

static sr_token *new_token(tx_state *st)
{
    sr_text *o = st->out;
    if (o->n_tokens == st->cap_tokens) {
        if (st->cap_tokens > INT_MAX / 2) return NULL;
        int nc = st->cap_tokens ? st->cap_tokens * 2 : 256;
        sr_token *nt = sr_arena_grow(st->arena, o->tokens, (size_t)o->n_tokens, (size_t)nc, sizeof *nt);
        if (!nt) return NULL;
        o->tokens = nt;
        st->cap_tokens = nc;
    }
    sr_token *t = &o->tokens[o->n_tokens++];
    memset(t, 0, sizeof *t);
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

/* End of the run of ASCII letters and digits from i, stopping before a URL
 * prefix glued to the run ("çıkarıldıhttps://..."). */
static size_t ascii_run(const char *t, size_t i, size_t pe)
{
    size_t k = i + 1;
    while (k < pe) {
        unsigned char c = (unsigned char)t[k];
        if (c >= 0x80) break;
        int ac = tx_ascii_class[c];
        if (ac != TX_LETTER && ac != TX_DIGIT) break;
        if (((c | 0x20) == 'h' || (c | 0x20) == 'p') && strong_prefix(t, k, pe)) break;
        k++;
    }
    return k;
}

/* Fold and case flags of the ASCII word t[s..e) in one pass.  In Turkish
 * paragraphs I folds to ı (2 bytes), as ICU's Turkic folding would. */
static const char *fold_ascii_word(tx_state *st, size_t s, size_t e, sr_lang lang, sr_token *tok, size_t *out_len)
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
    if (t[s] >= 'A' && t[s] <= 'Z') tok->flags |= SR_TOKF_CAP;
    if (letters >= 2 && upper == letters) tok->flags |= SR_TOKF_ALLCAPS;
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

/* Appends the tokens of st->text[ps..pe) (one trimmed paragraph of valid
 * UTF-8) to st->out->tokens, which grows in the arena.  Token strings live in
 * the pool (or are static, or in the stem memo), valid until the arena
 * reset.  false when the arena is exhausted (tokens appended so far stay). */
bool tx_tokenize(tx_state *st, size_t ps, size_t pe, sr_lang lang)
{
    const char *t = st->text;
    size_t i = ps;
    bool space = true;
    int prev_cls = TX_SPACE;
    while (i < pe) {
        uint32_t cp;
        int n;
        int cls = tx_class_at(t, i, pe, &cp, &n);
        if (cls == TX_SPACE || cls == TX_BREAK) {
            space = true;
            prev_cls = TX_SPACE;
            i += (size_t)n;
            continue;
        }
        if (cls == TX_INWORD) { /* an invisible soft hyphen or ZWNJ on its own */
            i += (size_t)n;
            continue;
        }
        size_t end, base_end, suf = 0;
        uint8_t kind;
        size_t suf_end = 0, plen = 0, run = i;
        bool fast = false;
        if (cp < 0x80 && (cls == TX_LETTER || cls == TX_DIGIT)) {
            /* the ASCII alphanumeric run; it decides whether a URL is possible
             * and whether the word can take the ASCII fast path */
            run = ascii_run(t, i, pe);
            char lc = (char)(cp | 0x20);
            if (lc == 'h' || lc == 'p' || lc == 'w' || (run < pe && (t[run] == '.' || t[run] == '-')))
                plen = url_start(t, i, pe);
            fast = cls == TX_LETTER && (run == pe || ((unsigned char)t[run] < 0x80 && t[run] != '-' &&
                                                      t[run] != '\'' && t[run] != '`'));
        }
        bool keycap = keycap_at(t, i, pe, cp, n);
        if (plen && (end = url_end(t, i, plen, pe)) > i + plen) {
            kind = SR_TOK_URL;
            base_end = end;
        } else if (fast) {
            kind = SR_TOK_WORD;
            end = base_end = run;
        } else if (keycap || cls == TX_SYMBOL || cls == TX_EXT || cls == TX_MARK) {
            kind = SR_TOK_SYMBOL;
            end = base_end = symbol_run(t, i, pe);
        } else if ((cp == '#' || cp == '@') && prev_cls != TX_LETTER && prev_cls != TX_DIGIT &&
                   i + 1 < pe) {
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

        sr_token *tok = new_token(st);
        if (!tok) return false;
        tok->start = (uint32_t)i;
        tok->end = (uint32_t)end;
        tok->base_end = (uint32_t)base_end;
        tok->kind = kind;
        tok->lang = (uint8_t)lang;
        tok->flags = space ? SR_TOKF_SPACE_BEFORE : 0;
        size_t fl = 0;
        const char *fold = NULL;
        switch (kind) {
        case SR_TOK_WORD:
            if (fast) {
                fold = fold_ascii_word(st, i, end, lang, tok, &fl);
                if (!fold) return false;
                tok->stem = tx_stem(st, fold, fl, lang);
                if (!tok->stem) return false;
                break;
            }
            case_flags(t, i, base_end, tok);
            fold = tx_fold(st, i, base_end, lang, &fl);
            if (!fold) return false;
            tok->stem = tx_stem(st, fold, fl, lang);
            if (!tok->stem) return false;
            break;
        case SR_TOK_HASHTAG:
            case_flags(t, i + 1, base_end, tok);
            fold = tx_fold(st, i + 1, base_end, lang, &fl);
            break;
        case SR_TOK_MENTION:
            fold = tx_fold(st, i + 1, base_end, SR_LANG_EN, &fl);
            break;
        case SR_TOK_NUMBER:
            fold = tx_strdup(st, t + i, base_end - i);
            tok->value = parse_value(t, i, base_end, lang);
            break;
        case SR_TOK_PUNCT:
            fold = tx_fold_punct(st, i, end, cp);
            break;
        default: /* URL, SYMBOL: as written */
            fold = tx_strdup(st, t + i, end - i);
            break;
        }
        if (!fold) return false;
        tok->fold = fold;
        if (!tok->stem) tok->stem = fold;
        if (suf) {
            size_t sl;
            tok->suffix = tx_fold(st, suf, end, lang, &sl);
            if (!tok->suffix) return false;
        }
        /* the class of the last code point of the token, for the # and @ rule */
        {
            size_t lp = tx_prev_start(t, i, end);
            uint32_t lc;
            int ln;
            prev_cls = tx_class_at(t, lp, end, &lc, &ln);
        }
        space = false;
        i = end;
    }
    return true;
}
