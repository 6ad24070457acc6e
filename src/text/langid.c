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

#include <string.h>

/* Static string, never NULL: "en", "tr", or "und" for anything else. */
const char *sr_lang_code(sr_lang lang)
{
    switch (lang) {
    case SR_LANG_EN: return "en";
    case SR_LANG_TR: return "tr";
    default: return "und";
    }
}

/* Function words of either language in an open-addressing table: slot =
 * FNV-1a(word) & 511, linear probing.  The slots were computed offline by
 * inserting the words in order; to add a word, put it in the first empty
 * slot at or after its hash (wrapping) — the unit tests check that every
 * listed word is found. */
typedef struct fword { const char *w; uint8_t n; uint8_t lang; } fword;
#define FWORD_SLOTS 512
static const fword fwords[FWORD_SLOTS] = {
    [6] = {"if", 2, SR_LANG_EN},
    [8] = {"these", 5, SR_LANG_EN},
    [15] = {"over", 4, SR_LANG_EN},
    [16] = {"it", 2, SR_LANG_EN},
    [20] = {"do", 2, SR_LANG_EN},
    [26] = {"than", 4, SR_LANG_EN},
    [28] = {"the", 3, SR_LANG_EN},
    [33] = {"daha", 4, SR_LANG_TR},
    [36] = {"to", 2, SR_LANG_EN},
    [37] = {"olay", 4, SR_LANG_TR},
    [42] = {"should", 6, SR_LANG_EN},
    [43] = {"those", 5, SR_LANG_EN},
    [47] = {"what", 4, SR_LANG_EN},
    [57] = {"ki", 2, SR_LANG_TR},
    [60] = {"ne", 2, SR_LANG_TR},
    [62] = {"about", 5, SR_LANG_EN},
    [63] = {"could", 5, SR_LANG_EN},
    [77] = {"are", 3, SR_LANG_EN},
    [81] = {"çok", 4, SR_LANG_TR},
    [86] = {"da", 2, SR_LANG_TR},
    [88] = {"where", 5, SR_LANG_EN},
    [98] = {"değil", 6, SR_LANG_TR},
    [103] = {"their", 5, SR_LANG_EN},
    [104] = {"of", 2, SR_LANG_EN},
    [105] = {"with", 4, SR_LANG_EN},
    [108] = {"gibi", 4, SR_LANG_TR},
    [112] = {"killed", 6, SR_LANG_EN},
    [113] = {"some", 4, SR_LANG_EN},
    [114] = {"diye", 4, SR_LANG_TR},
    [117] = {"from", 4, SR_LANG_EN},
    [122] = {"through", 7, SR_LANG_EN},
    [126] = {"sonra", 5, SR_LANG_TR},
    [128] = {"be", 2, SR_LANG_EN},
    [129] = {"this", 4, SR_LANG_EN},
    [136] = {"during", 6, SR_LANG_EN},
    [138] = {"not", 3, SR_LANG_EN},
    [141] = {"as", 2, SR_LANG_EN},
    [142] = {"how", 3, SR_LANG_EN},
    [143] = {"who", 3, SR_LANG_EN},
    [144] = {"ardından", 9, SR_LANG_TR},
    [146] = {"had", 3, SR_LANG_EN},
    [148] = {"by", 2, SR_LANG_EN},
    [154] = {"sonucu", 6, SR_LANG_TR},
    [156] = {"you", 3, SR_LANG_EN},
    [158] = {"in", 2, SR_LANG_EN},
    [159] = {"o", 1, SR_LANG_TR},
    [162] = {"de", 2, SR_LANG_TR},
    [166] = {"and", 3, SR_LANG_EN},
    [167] = {"ile", 3, SR_LANG_TR},
    [168] = {"olduğu", 7, SR_LANG_TR},
    [190] = {"bin", 3, SR_LANG_TR},
    [195] = {"been", 4, SR_LANG_EN},
    [196] = {"ve", 2, SR_LANG_TR},
    [203] = {"his", 3, SR_LANG_EN},
    [205] = {"under", 5, SR_LANG_EN},
    [206] = {"while", 5, SR_LANG_EN},
    [218] = {"karşı", 7, SR_LANG_TR},
    [222] = {"yok", 3, SR_LANG_TR},
    [226] = {"which", 5, SR_LANG_EN},
    [230] = {"an", 2, SR_LANG_EN},
    [255] = {"they", 4, SR_LANG_EN},
    [256] = {"against", 7, SR_LANG_EN},
    [271] = {"near", 4, SR_LANG_EN},
    [274] = {"veya", 4, SR_LANG_TR},
    [277] = {"is", 2, SR_LANG_EN},
    [281] = {"when", 4, SR_LANG_EN},
    [284] = {"said", 4, SR_LANG_EN},
    [288] = {"up", 2, SR_LANG_EN},
    [289] = {"yüzde", 6, SR_LANG_TR},
    [291] = {"into", 4, SR_LANG_EN},
    [296] = {"şu", 3, SR_LANG_TR},
    [297] = {"için", 5, SR_LANG_TR},
    [300] = {"a", 1, SR_LANG_EN},
    [301] = {"that", 4, SR_LANG_EN},
    [302] = {"were", 4, SR_LANG_EN},
    [313] = {"our", 3, SR_LANG_EN},
    [314] = {"göre", 5, SR_LANG_TR},
    [318] = {"before", 6, SR_LANG_EN},
    [319] = {"did", 3, SR_LANG_EN},
    [325] = {"olarak", 6, SR_LANG_TR},
    [336] = {"ise", 3, SR_LANG_TR},
    [337] = {"tarafından", 11, SR_LANG_TR},
    [338] = {"also", 4, SR_LANG_EN},
    [349] = {"there", 5, SR_LANG_EN},
    [350] = {"ortaya", 6, SR_LANG_TR},
    [354] = {"would", 5, SR_LANG_EN},
    [355] = {"ancak", 5, SR_LANG_TR},
    [357] = {"can", 3, SR_LANG_EN},
    [360] = {"kadar", 5, SR_LANG_TR},
    [367] = {"between", 7, SR_LANG_EN},
    [371] = {"olayda", 6, SR_LANG_TR},
    [388] = {"or", 2, SR_LANG_EN},
    [392] = {"at", 2, SR_LANG_EN},
    [393] = {"bunun", 5, SR_LANG_TR},
    [394] = {"en", 2, SR_LANG_TR},
    [396] = {"but", 3, SR_LANG_EN},
    [397] = {"her", 3, SR_LANG_EN},
    [398] = {"will", 4, SR_LANG_EN},
    [400] = {"for", 3, SR_LANG_EN},
    [409] = {"oldu", 4, SR_LANG_TR},
    [413] = {"since", 5, SR_LANG_EN},
    [414] = {"bunu", 4, SR_LANG_TR},
    [415] = {"şekilde", 8, SR_LANG_TR},
    [418] = {"bir", 3, SR_LANG_TR},
    [425] = {"we", 2, SR_LANG_EN},
    [427] = {"üzerine", 8, SR_LANG_TR},
    [432] = {"does", 4, SR_LANG_EN},
    [433] = {"bu", 2, SR_LANG_TR},
    [438] = {"he", 2, SR_LANG_EN},
    [439] = {"ama", 3, SR_LANG_TR},
    [446] = {"var", 3, SR_LANG_TR},
    [449] = {"dedi", 4, SR_LANG_TR},
    [450] = {"olan", 4, SR_LANG_TR},
    [451] = {"mi", 2, SR_LANG_TR},
    [452] = {"all", 3, SR_LANG_EN},
    [453] = {"i", 1, SR_LANG_EN},
    [457] = {"after", 5, SR_LANG_EN},
    [464] = {"on", 2, SR_LANG_EN},
    [466] = {"nedeniyle", 9, SR_LANG_TR},
    [473] = {"its", 3, SR_LANG_EN},
    [480] = {"more", 4, SR_LANG_EN},
    [481] = {"she", 3, SR_LANG_EN},
    [483] = {"has", 3, SR_LANG_EN},
    [484] = {"them", 4, SR_LANG_EN},
    [489] = {"says", 4, SR_LANG_EN},
    [498] = {"was", 3, SR_LANG_EN},
    [501] = {"other", 5, SR_LANG_EN},
    [507] = {"have", 4, SR_LANG_EN},
};

static uint32_t fnv1a(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t k = 0; k < n; k++) h = (h ^ (unsigned char)s[k]) * 16777619u;
    return h;
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

/* SR_LANG_EN or SR_LANG_TR for a function word (lower case), else 0. */
static int function_word(const char *w, size_t n)
{
    if (n == 0 || n > 12) return 0; /* the longest listed word has 11 bytes */
    unsigned char c = (unsigned char)w[0];
    unsigned bit = c >= 'a' && c <= 'z' ? (unsigned)(c - 'a') : c >= 0x80 ? 31u : 30u; /* bit 30: never set */
    if (!((fword_first[n] >> bit) & 1u)) return 0;
    uint32_t i = fnv1a(w, n) & (FWORD_SLOTS - 1);
    while (fwords[i].w) {
        if (fwords[i].n == n && memcmp(fwords[i].w, w, n) == 0) return fwords[i].lang;
        i = (i + 1) & (FWORD_SLOTS - 1);
    }
    return 0;
}

/* For the unit tests: the language of a function word, 0 when not one. */
int tx_function_word_lang(const char *w)
{
    return function_word(w, strlen(w));
}

/* Word endings (lowercase UTF-8), switched on the word's last byte: a word
 * is tested against the few endings that end as it does, not against all 38
 * (this was most of the scorer's time).  Turkish: lar ler ları leri yor dan
 * den tan ten nın nin nun nün mış miş muş müş dır dir tır tir ında inde acak
 * ecek ması mesi ğı ği sı ını ini; English: ing tion ed ly ment ness. */
#define END(x) (wl > sizeof(x) - 1 && memcmp(w + wl - (sizeof(x) - 1), x, sizeof(x) - 1) == 0)
static bool tr_ending(const char *w, size_t wl)
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

static bool en_ending(const char *w, size_t wl)
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

static void score_word(const char *w, size_t wl, tx_lang_score *sc)
{
    sc->words++;
    if (wl == 0 || wl >= 40) return;
    int fw = wl <= 12 ? function_word(w, wl) : 0;
    if (fw == SR_LANG_EN) sc->en += 3;
    else if (fw == SR_LANG_TR) sc->tr += 3;
    else {
        if (tr_ending(w, wl)) sc->tr += 1;
        if (en_ending(w, wl)) sc->en += 1;
    }
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
    char w[48];
    size_t wl = 0;
    bool in_word = false;
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
            in_word = true;
            /* Why this shape: it is the scorer's innermost loop (every letter
             * of a paragraph's first words).  A letter's index from 'a' picks
             * its q/w/x bit out of QWX without branches, and the copy stops
             * at the same 44 bytes as the general path's wl + 4 < sizeof w
             * (a word longer than that gets wl = sizeof w: too long). */
            enum { QWX = (1u << ('q' - 'a')) | (1u << ('w' - 'a')) | (1u << ('x' - 'a')) };
            size_t wp = wl;
            unsigned idx = (unsigned)((c | 0x20) - 'a'), qwx = 0;
            do {
                qwx += (QWX >> idx) & 1u;
                if (wp < sizeof w - 4) w[wp] = (char)(idx + 'a');
                wp++;
                i++;
            } while (i < len && (idx = (unsigned)(((unsigned char)s[i] | 0x20) - 'a')) < 26u);
            sc->en += (int)qwx;
            wl = wp <= sizeof w - 4 ? wp : sizeof w;
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
            /* lower-cased copy for the word lists (ASCII and Turkish capitals) */
            if (wl + 4 < sizeof w) {
                if (cp < 0x80) w[wl++] = (char)((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
                else {
                    uint32_t lc = cp;
                    if (cp == 0x0130) lc = 'i';
                    else if (cp == 0x011E || cp == 0x015E) lc = cp + 1;
                    else if (cp == 0x00C7 || cp == 0x00D6 || cp == 0x00DC) lc = cp + 0x20;
                    if (lc < 0x80) w[wl++] = (char)lc;
                    else if (lc < 0x800) {
                        w[wl++] = (char)(0xC0 | (lc >> 6));
                        w[wl++] = (char)(0x80 | (lc & 0x3F));
                    } else {
                        memcpy(w + wl, s + i, (size_t)n);
                        wl += (size_t)n;
                    }
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
            w[wl < sizeof w ? wl : 0] = '\0';
            score_word(w, wl < sizeof w ? wl : 0, sc);
            in_word = false;
            wl = 0;
            /* stop once the evidence is decisive: long paragraphs cost no more
             * than their first sentences */
            if (sc->words >= 8 && (sc->en >= 2 * sc->tr + 12 || sc->tr >= 2 * sc->en + 12)) return;
            if (sc->words >= 60) return;
        }
        i += (size_t)n;
    }
    if (in_word) {
        w[wl < sizeof w ? wl : 0] = '\0';
        score_word(w, wl < sizeof w ? wl : 0, sc);
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
