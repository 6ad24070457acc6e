/*
 * langid.c — language identification, English vs Turkish, per paragraph.
 *
 * sr_text_analyse() scores every paragraph here before tokenizing it, since
 * the language decides the case folding (Turkish dotted/dotless i), the
 * apostrophe rule and the stemmer.  The scorer is a pure function of the
 * bytes, one pass, no allocation: function words of either language score 3
 * points, letters only Turkish has (ğ ı ş İ) 2 points, ç ö ü 1 point, q w x
 * 1 point for English, frequent word endings 1 point, and an apostrophe
 * suffix ("Kilis'te" vs "Syria's") 2 points.  URLs and @mentions are skipped.
 * Short tweets are classified correctly because each Turkish word carries
 * letters or suffixes and each English sentence carries function words.
 */
#include "text_int.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <string.h>

/* The scorer's lower-cased copy of a word: 44 bytes and a NUL at most, and
 * room for a 4-byte sequence past them. */
#define TX_LANG_WORD 48

/* Static string, never NULL: "en", "tr", or "und" for anything else. */
const char *sr_lang_code(sr_lang lang)
{
    size_t len;
    return sr_lang_code_n(lang, &len);
}

/* Contract: see text.h. */
const char *sr_lang_code_n(sr_lang lang, size_t *len)
{
    switch (lang) {
    case SR_LANG_EN: *len = 2; return "en";
    case SR_LANG_TR: *len = 2; return "tr";
    default: *len = 3; return "und";
    }
}

/* Function words of either language in an open-addressing table: slot =
 * fword_slot(word), linear probing.  The slots were computed offline by
 * inserting the words in order; to add a word, put it in the first empty
 * slot at or after its fword_slot() (wrapping) — the unit tests check that
 * every listed word is found.  A word is 16 zero-padded bytes, so that a
 * probe compares it as two integers. */
typedef struct fword { char w[16]; uint8_t n; uint8_t lang; } fword;
#define FWORD_SLOTS 512
static const fword fwords[FWORD_SLOTS] = {
    [3] = {"bin", 3, SR_LANG_TR},
    [4] = {"who", 3, SR_LANG_EN},
    [5] = {"this", 4, SR_LANG_EN},
    [11] = {"an", 2, SR_LANG_EN},
    [16] = {"from", 4, SR_LANG_EN},
    [21] = {"olayda", 6, SR_LANG_TR},
    [22] = {"killed", 6, SR_LANG_EN},
    [25] = {"is", 2, SR_LANG_EN},
    [30] = {"da", 2, SR_LANG_TR},
    [31] = {"have", 4, SR_LANG_EN},
    [35] = {"or", 2, SR_LANG_EN},
    [43] = {"you", 3, SR_LANG_EN},
    [45] = {"daha", 4, SR_LANG_TR},
    [47] = {"do", 2, SR_LANG_EN},
    [49] = {"şekilde", 8, SR_LANG_TR},
    [54] = {"the", 3, SR_LANG_EN},
    [55] = {"as", 2, SR_LANG_EN},
    [61] = {"sonra", 5, SR_LANG_TR},
    [62] = {"would", 5, SR_LANG_EN},
    [63] = {"near", 4, SR_LANG_EN},
    [83] = {"veya", 4, SR_LANG_TR},
    [85] = {"their", 5, SR_LANG_EN},
    [95] = {"göre", 5, SR_LANG_TR},
    [96] = {"için", 5, SR_LANG_TR},
    [100] = {"we", 2, SR_LANG_EN},
    [102] = {"should", 6, SR_LANG_EN},
    [103] = {"on", 2, SR_LANG_EN},
    [104] = {"ancak", 5, SR_LANG_TR},
    [111] = {"be", 2, SR_LANG_EN},
    [113] = {"her", 3, SR_LANG_EN},
    [114] = {"there", 5, SR_LANG_EN},
    [118] = {"üzerine", 8, SR_LANG_TR},
    [119] = {"if", 2, SR_LANG_EN},
    [136] = {"it", 2, SR_LANG_EN},
    [141] = {"about", 5, SR_LANG_EN},
    [142] = {"i", 1, SR_LANG_EN},
    [151] = {"are", 3, SR_LANG_EN},
    [157] = {"our", 3, SR_LANG_EN},
    [158] = {"ama", 3, SR_LANG_TR},
    [165] = {"at", 2, SR_LANG_EN},
    [166] = {"all", 3, SR_LANG_EN},
    [168] = {"over", 4, SR_LANG_EN},
    [169] = {"olay", 4, SR_LANG_TR},
    [170] = {"yok", 3, SR_LANG_TR},
    [171] = {"a", 1, SR_LANG_EN},
    [172] = {"its", 3, SR_LANG_EN},
    [173] = {"more", 4, SR_LANG_EN},
    [174] = {"when", 4, SR_LANG_EN},
    [175] = {"with", 4, SR_LANG_EN},
    [179] = {"were", 4, SR_LANG_EN},
    [181] = {"mi", 2, SR_LANG_TR},
    [185] = {"olan", 4, SR_LANG_TR},
    [187] = {"which", 5, SR_LANG_EN},
    [198] = {"olarak", 6, SR_LANG_TR},
    [201] = {"was", 3, SR_LANG_EN},
    [202] = {"while", 5, SR_LANG_EN},
    [203] = {"he", 2, SR_LANG_EN},
    [216] = {"ardından", 9, SR_LANG_TR},
    [218] = {"ortaya", 6, SR_LANG_TR},
    [219] = {"says", 4, SR_LANG_EN},
    [222] = {"olduğu", 7, SR_LANG_TR},
    [223] = {"will", 4, SR_LANG_EN},
    [233] = {"ise", 3, SR_LANG_TR},
    [234] = {"they", 4, SR_LANG_EN},
    [235] = {"şu", 3, SR_LANG_TR},
    [236] = {"but", 3, SR_LANG_EN},
    [240] = {"of", 2, SR_LANG_EN},
    [242] = {"under", 5, SR_LANG_EN},
    [243] = {"bunu", 4, SR_LANG_TR},
    [250] = {"çok", 4, SR_LANG_TR},
    [252] = {"değil", 6, SR_LANG_TR},
    [253] = {"en", 2, SR_LANG_TR},
    [267] = {"kadar", 5, SR_LANG_TR},
    [274] = {"var", 3, SR_LANG_TR},
    [282] = {"by", 2, SR_LANG_EN},
    [288] = {"his", 3, SR_LANG_EN},
    [294] = {"not", 3, SR_LANG_EN},
    [296] = {"ve", 2, SR_LANG_TR},
    [299] = {"than", 4, SR_LANG_EN},
    [305] = {"karşı", 7, SR_LANG_TR},
    [311] = {"nedeniyle", 9, SR_LANG_TR},
    [313] = {"some", 4, SR_LANG_EN},
    [314] = {"between", 7, SR_LANG_EN},
    [317] = {"gibi", 4, SR_LANG_TR},
    [324] = {"ne", 2, SR_LANG_TR},
    [331] = {"ki", 2, SR_LANG_TR},
    [332] = {"yüzde", 6, SR_LANG_TR},
    [335] = {"can", 3, SR_LANG_EN},
    [336] = {"been", 4, SR_LANG_EN},
    [348] = {"for", 3, SR_LANG_EN},
    [350] = {"bu", 2, SR_LANG_TR},
    [353] = {"before", 6, SR_LANG_EN},
    [357] = {"had", 3, SR_LANG_EN},
    [359] = {"those", 5, SR_LANG_EN},
    [360] = {"could", 5, SR_LANG_EN},
    [365] = {"sonucu", 6, SR_LANG_TR},
    [377] = {"does", 4, SR_LANG_EN},
    [390] = {"them", 4, SR_LANG_EN},
    [392] = {"how", 3, SR_LANG_EN},
    [399] = {"she", 3, SR_LANG_EN},
    [402] = {"what", 4, SR_LANG_EN},
    [403] = {"bunun", 5, SR_LANG_TR},
    [404] = {"into", 4, SR_LANG_EN},
    [409] = {"through", 7, SR_LANG_EN},
    [411] = {"diye", 4, SR_LANG_TR},
    [418] = {"up", 2, SR_LANG_EN},
    [425] = {"has", 3, SR_LANG_EN},
    [430] = {"where", 5, SR_LANG_EN},
    [433] = {"tarafından", 11, SR_LANG_TR},
    [434] = {"dedi", 4, SR_LANG_TR},
    [440] = {"oldu", 4, SR_LANG_TR},
    [447] = {"during", 6, SR_LANG_EN},
    [465] = {"bir", 3, SR_LANG_TR},
    [474] = {"de", 2, SR_LANG_TR},
    [477] = {"that", 4, SR_LANG_EN},
    [478] = {"after", 5, SR_LANG_EN},
    [479] = {"also", 4, SR_LANG_EN},
    [481] = {"ile", 3, SR_LANG_TR},
    [482] = {"since", 5, SR_LANG_EN},
    [483] = {"against", 7, SR_LANG_EN},
    [485] = {"these", 5, SR_LANG_EN},
    [487] = {"said", 4, SR_LANG_EN},
    [488] = {"and", 3, SR_LANG_EN},
    [491] = {"did", 3, SR_LANG_EN},
    [494] = {"in", 2, SR_LANG_EN},
    [495] = {"other", 5, SR_LANG_EN},
    [502] = {"to", 2, SR_LANG_EN},
    [503] = {"o", 1, SR_LANG_TR},
};

/* The 8 bytes at p as a little-endian integer (the order fword_slot() was
 * computed in). */
static inline uint64_t le64(const char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

/* The slot a word of n bytes starts its probe at, from its first 8 and next
 * 8 bytes (lo, hi: le64() of them, zero past n): the high bits of a
 * multiplicative hash. */
static inline uint32_t fword_slot(uint64_t lo, uint64_t hi, size_t n)
{
    return (uint32_t)(((lo ^ hi ^ n) * 0x9E3779B97F4A7C15ull) >> 55);
}

/* For each length in bytes (0-12), the first bytes of the listed words of
 * that length: bit c - 'a' for an ASCII letter, bit 31 for a non-ASCII lead
 * byte.  Why: most words of a paragraph are not function words, and this
 * test turns most of them away before hashing and probing.  Computed from
 * fwords (a word added there must set its bit here; the unit tests look up
 * every listed word). */
static const uint32_t fword_first[13] = {
    0x00000000, 0x00004101, 0x0078759B, 0x816C61AF, 0x806C71EB, 0x005C4547, 0x0104440A,
    0x00084403, 0x80000000, 0x00002001, 0x00000000, 0x00080000, 0x00000000,
};

/* SR_LANG_EN or SR_LANG_TR for a function word (lower case) of n bytes at
 * w, else 0.  16 bytes from w must be readable (those past n may hold
 * anything).  Inlined into score_word, which asks it for nearly every word:
 * a call cost as much as the filter that turns most words away. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int function_word(const char *w, size_t n)
{
    if (n == 0 || n > 12) return 0; /* the longest listed word has 11 bytes */
    unsigned char c = (unsigned char)w[0];
    unsigned bit = c >= 'a' && c <= 'z' ? (unsigned)(c - 'a') : c >= 0x80 ? 31u : 30u; /* bit 30: never set */
    if (!((fword_first[n] >> bit) & 1u)) return 0;
    uint64_t lo = le64(w), hi = le64(w + 8);
    if (n < 8) {
        lo &= (1ull << (8 * n)) - 1;
        hi = 0;
    } else {
        hi &= (1ull << (8 * (n - 8))) - 1; /* n - 8 < 5 */
    }
    for (uint32_t i = fword_slot(lo, hi, n); fwords[i].n; i = (i + 1) & (FWORD_SLOTS - 1))
        if (fwords[i].n == n && le64(fwords[i].w) == lo && le64(fwords[i].w + 8) == hi) return fwords[i].lang;
    return 0;
}

/* For the unit tests: the language of a function word, 0 when not one. */
int tx_function_word_lang(const char *w)
{
    size_t n = strlen(w);
    char b[16] = {0};
    if (n > 12) return 0;
    memcpy(b, w, n);
    return function_word(b, n);
}

/* Word endings (lowercase UTF-8), switched on the word's last byte: a word
 * is tested against the few endings that end as it does, not against all 38
 * (this was most of the scorer's time).  Turkish: lar ler ları leri yor dan
 * den tan ten nın nin nun nün mış miş muş müş dır dir tır tir ında inde acak
 * ecek ması mesi ğı ği sı ını ini; English: ing tion ed ly ment ness.
 * Both are inlined into the scorer's loop, as score_word() is. */
#define END(x) (wl > sizeof(x) - 1 && memcmp(w + wl - (sizeof(x) - 1), x, sizeof(x) - 1) == 0)
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline bool tr_ending(const char *w, size_t wl)
{
    switch ((unsigned char)w[wl - 1]) {
    case 'r': return END("lar") || END("ler") || END("yor") || END("dır") || END("dir") || END("tır") || END("tir");
    case 'n':
        return END("dan") || END("den") || END("tan") || END("ten") || END("nın") || END("nin") || END("nun") ||
               END("nün");
    case 'i': return END("leri") || END("mesi") || END("ği") || END("ini");
    case 0xB1: return END("ları") || END("ması") || END("ğı") || END("sı") || END("ını"); /* ı = C4 B1 */
    case 0x9F: return END("mış") || END("miş") || END("muş") || END("müş");              /* ş = C5 9F */
    case 'a': return END("ında");
    case 'e': return END("inde");
    case 'k': return END("acak") || END("ecek");
    default: return false;
    }
}

#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline bool en_ending(const char *w, size_t wl)
{
    switch (w[wl - 1]) {
    case 'g': return END("ing");
    case 'n': return END("tion");
    case 'd': return END("ed");
    case 'y': return END("ly");
    case 't': return END("ment");
    case 's': return END("ness");
    default: return false;
    }
}
#undef END

/* (A capitalised word's ending says nothing: English names end as Turkish
 * suffixes do, "Ugandan", "Sudan", "Pakistan", and a Turkish name takes its
 * suffix after an apostrophe, which is scored apart.)  Inlined into the
 * scorer's loop: a call there cost a fifth of a word's scoring (the
 * registers saved and the loop's SSE constants loaded again after it). */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline void score_word(const char *w, size_t wl, bool cap, tx_lang_score *sc)
{
    sc->words++;
    if (wl == 0 || wl >= 40) return;
    int fw = wl <= 12 ? function_word(w, wl) : 0;
    if (fw == SR_LANG_EN) sc->en += 3;
    else if (fw == SR_LANG_TR) sc->tr += 3;
    else if (!cap) {
        if (tr_ending(w, wl)) sc->tr += 1;
        if (en_ending(w, wl)) sc->en += 1;
    }
}

/* Scores the word just ended, w[0..wl) (wl == TX_LANG_WORD: too long for
 * the lists); true when scoring can stop: once the evidence is decisive
 * (long paragraphs cost no more than their first sentences) or 60 words
 * are seen.  Inlined, as score_word() is (the scorer calls it once a
 * word). */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline bool word_done(char w[TX_LANG_WORD], size_t wl, bool cap, tx_lang_score *sc)
{
    w[wl < TX_LANG_WORD ? wl : 0] = '\0';
    score_word(w, wl < TX_LANG_WORD ? wl : 0, cap, sc);
    return (sc->words >= 8 && (sc->en >= 2 * sc->tr + 12 || sc->tr >= 2 * sc->en + 12)) || sc->words >= 60;
}

static bool starts_ci(const char *s, size_t i, size_t len, const char *p)
{
    size_t n = strlen(p);
    if (len - i < n) return false;
    for (size_t k = 0; k < n; k++) {
        char c = s[i + k];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c != p[k]) return false;
    }
    return true;
}

/* Scores s[0..len) (any bytes; never reads past len) into *sc, which must
 * not be NULL.  Stops after 60 words, or after 8 once one language leads by
 * more than double plus four function words.  No allocation. */
void tx_lang_score_span(const char *s, size_t len, tx_lang_score *sc)
{
    sc->en = sc->tr = sc->words = 0;
    char w[TX_LANG_WORD] = {0}; /* (function_word reads 16 bytes of it) */
    size_t wl = 0;
    bool in_word = false, cap = false; /* cap: the word began with a capital */
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (!in_word && (c == '@' || ((c | 0x20) == 'h' && starts_ci(s, i, len, "http")) ||
                         ((c | 0x20) == 'w' && starts_ci(s, i, len, "www.")) ||
                         ((c | 0x20) == 'p' && starts_ci(s, i, len, "pic.twitter.com")))) {
            /* skip a mention or URL up to white space */
            while (i < len && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') i++;
            continue;
        }
        if ((unsigned)((c | 0x20) - 'a') < 26u) {
            /* a run of ASCII letters, the bulk of the text, in one tight loop: the
             * same evidence (q w x) and lower-cased copy as the general path below */
            if (!in_word) cap = c < 'a';
            in_word = true;
            /* Why this shape: it is the scorer's innermost loop (every letter
             * of a paragraph's first words).  A letter's index from 'a' picks
             * its q/w/x bit out of QWX without branches, and the copy stops
             * at the same 44 bytes as the general path's wl + 4 < sizeof w
             * (a word longer than that gets wl = sizeof w: too long). */
            enum { QWX = (1u << ('q' - 'a')) | (1u << ('w' - 'a')) | (1u << ('x' - 'a')) };
            size_t wp = wl;
            unsigned idx, qwx = 0;
            bool more = true; /* the run may go on at i */
#ifdef __SSE2__
            /* 16 bytes at a time while 16 are left: the same count and copy.  Bytes
             * of the copy past the run (or past sizeof w - 4) are never read: the
             * word's length stops at the run, and a word longer than that is too
             * long for the lists anyway. */
            while (more && i + 16 <= len) {
                __m128i v = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + i)), _mm_set1_epi8(0x20));
                /* as signed bytes, a byte >= 0x80 is below 'a': not a letter */
                __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1)),
                                               _mm_cmplt_epi8(v, _mm_set1_epi8('z' + 1)));
                unsigned stop = (unsigned)_mm_movemask_epi8(letter) ^ 0xFFFFu;
                unsigned run = stop ? (unsigned)__builtin_ctz(stop) : 16u;
                __m128i q = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('q')), _mm_cmpeq_epi8(v, _mm_set1_epi8('w'))),
                                         _mm_cmpeq_epi8(v, _mm_set1_epi8('x')));
                for (unsigned qm = (unsigned)_mm_movemask_epi8(q) & ((1u << run) - 1); qm; qm &= qm - 1) qwx++;
                if (wp + 16 <= sizeof w) {
                    _mm_storeu_si128((__m128i *)(void *)(w + wp), v);
                } else {
                    for (unsigned k = 0; k < run; k++)
                        if (wp + k < sizeof w - 4) w[wp + k] = (char)(s[i + k] | 0x20);
                }
                wp += run;
                i += run;
                more = run == 16;
            }
#endif
            while (more && i < len && (idx = (unsigned)(((unsigned char)s[i] | 0x20) - 'a')) < 26u) {
                qwx += (QWX >> idx) & 1u;
                if (wp < sizeof w - 4) w[wp] = (char)(idx + 'a');
                wp++;
                i++;
            }
            sc->en += (int)qwx;
            wl = wp <= sizeof w - 4 ? wp : sizeof w;
            if (i < len && (unsigned char)s[i] < 0x80 && s[i] != '\'' && s[i] != '`') {
                /* the word ends at an ASCII byte that is no apostrophe (most words):
                 * what the general path below does with that byte, in short */
                if (word_done(w, wl, cap, sc)) return;
                in_word = false;
                wl = 0;
                i++;
            }
            continue;
        }
        int n = 1;
        uint32_t cp = c;
        int cls;
        if (c < 0x80) {
            cls = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? TX_LETTER : TX_PUNCT;
        } else {
            cp = tx_decode(s, i, len, &n);
            cls = tx_class(cp);
        }
        if (cls == TX_LETTER || (in_word && (cls == TX_MARK || cls == TX_INWORD))) {
            /* lower case of the ASCII and Turkish capitals, for the word lists */
            uint32_t lc = cp;
            if (cp >= 'A' && cp <= 'Z') lc = cp + 32;
            else if (cp == 0x0130) lc = 'i';
            else if (cp == 0x011E || cp == 0x015E) lc = cp + 1;
            else if (cp == 0x00C7 || cp == 0x00D6 || cp == 0x00DC) lc = cp + 0x20;
            if (!in_word) cap = lc != cp;
            in_word = true;
            /* letter evidence */
            switch (cp) {
            case 0x011F: case 0x011E: case 0x0131: case 0x0130: case 0x015F: case 0x015E:
                sc->tr += 2; break;
            case 0x00E7: case 0x00C7: case 0x00F6: case 0x00D6: case 0x00FC: case 0x00DC:
                sc->tr += 1; break;
            case 'q': case 'w': case 'x': case 'Q': case 'W': case 'X':
                sc->en += 1; break;
            default: break;
            }
            /* lower-cased copy for the word lists */
            if (wl + 4 < sizeof w) {
                if (lc < 0x80) w[wl++] = (char)lc;
                else if (lc < 0x800) {
                    w[wl++] = (char)(0xC0 | (lc >> 6));
                    w[wl++] = (char)(0x80 | (lc & 0x3F));
                } else {
                    memcpy(w + wl, s + i, (size_t)n);
                    wl += (size_t)n;
                }
            } else {
                wl = sizeof w; /* too long for the lists */
            }
            i += (size_t)n;
            continue;
        }
        if (in_word) {
            /* an apostrophe suffix? */
            /* (ASCII ends most words: only ' and ` of them are apostrophes) */
            if ((cp < 0x80 ? (cp == '\'' || cp == '`') : tx_is_apostrophe(cp)) && i + (size_t)n < len) {
                int n2;
                uint32_t nx = tx_decode(s, i + (size_t)n, len, &n2);
                if (tx_class(nx) == TX_LETTER) {
                    size_t j = i + (size_t)n, k = 0;
                    char suf[8];
                    while (j < len && k < sizeof suf - 1) {
                        int n3;
                        uint32_t sc3 = tx_decode(s, j, len, &n3);
                        if (tx_class(sc3) != TX_LETTER) break;
                        suf[k++] = (char)((sc3 >= 'A' && sc3 <= 'Z') ? sc3 + 32 : (sc3 < 0x80 ? sc3 : '#'));
                        j += (size_t)n3;
                    }
                    suf[k] = '\0';
                    if (!strcmp(suf, "s") || !strcmp(suf, "t") || !strcmp(suf, "re") ||
                        !strcmp(suf, "ve") || !strcmp(suf, "ll") || !strcmp(suf, "d") || !strcmp(suf, "m"))
                        sc->en += 2;
                    else
                        sc->tr += 2;
                }
            }
            if (word_done(w, wl, cap, sc)) return;
            in_word = false;
            wl = 0;
        }
        i += (size_t)n;
    }
    if (in_word) {
        w[wl < sizeof w ? wl : 0] = '\0';
        score_word(w, wl < sizeof w ? wl : 0, cap, sc);
    }
}

/* See text.h.  text may be NULL (then SR_LANG_UNKNOWN); it need not be
 * NUL-terminated or valid UTF-8.  A tie between the scores (no evidence)
 * goes to English when there are two words or more. */
sr_lang sr_lang_detect(const char *text, size_t len)
{
    if (!text) return SR_LANG_UNKNOWN;
    tx_lang_score sc;
    tx_lang_score_span(text, len, &sc);
    if (sc.words < 2) return SR_LANG_UNKNOWN;
    /* a tie (no evidence either way) goes to English */
    return sc.tr > sc.en ? SR_LANG_TR : SR_LANG_EN;
}
