/*
 * gazmatch.c — gazetteer names in a sentence; see gazmatch.h.
 *
 * A span is a candidate name when its first and last tokens are capitalised
 * words (or a hashtag), its inner tokens are words or the period of an
 * abbreviation ("St. Louis"), and it is not a short all-capitals acronym
 * ("US", "UN", "AP" are organisations and pronouns far more often than
 * places).  The key of the span's own bytes — up to the apostrophe of a
 * Turkish case suffix — is looked up; every length that matches is a hit.
 * A span that starts inside a longer capitalised name ("Operation Peace
 * Spring", "Sputnik Türkiye") is not a place: that name is something else's,
 * unless the word before is a direction ("Northern Syria").  Weekday and
 * month names ("Thursday Island", "March") are dates here, never places.
 * A town whose name is a common word, or that goes on like a person's name,
 * is doubtful without a place's context: the document must confirm it.
 */
#include "gazmatch.h"

#include <stdint.h>
#include <string.h>

#include "gazkey.h"

#define MAX_SPAN_TOKENS 6

static bool capitalised(const sr_token *t)
{
    return t->kind == SR_TOK_HASHTAG || (t->kind == SR_TOK_WORD && (t->flags & (SR_TOKF_CAP | SR_TOKF_ALLCAPS)));
}

/* "ez-Zor" in "Deir ez-Zor", "al-Bab": a lower-case article joined to a
 * capitalised name ends a name as well as a capitalised word does */
static bool article_name(const char *text, const sr_token *t)
{
    if (t->kind != SR_TOK_WORD) return false;
    const char *s = text + t->start, *end = text + t->base_end;
    if (end - s >= 4) { /* most words: no hyphen among the first four bytes, seen in one word */
        uint32_t w;
        memcpy(&w, s, 4);
        w ^= 0x2D2D2D2Du; /* '-' bytes become zero */
        if (!((w - 0x01010101u) & ~w & 0x80808080u)) return false;
    }
    /* only the first hyphen counts, and only among the first four bytes: no memchr call
     * over the rest of the word */
    const char *dash = s, *last = end - s < 4 ? end : s + 4;
    while (dash < last && *dash != '-') dash++;
    return dash < last && dash + 1 < end && dash[1] >= 'A' && dash[1] <= 'Z';
}

/* Is the folded word w one of list's (NULL-ended)?  The first letter turns most words away
 * before any strcmp. */
static bool short_word_in(const char *w, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (w[0] == list[k][0] && !strcmp(w, list[k])) return true;
    return false;
}

/* Is toks[j] an article that opens a longer name the gazetteer may lack ("Al Jabes street",
 * "El Vigia"): one of Arabic's or the Romance languages' articles right before a capitalised
 * word?  Alone it is no place (Ål, Norway; Ell, the Netherlands). */
static bool article_opening_name(const sr_token *toks, int e, int j)
{
    static const char *const articles[] = {"al", "el", "la", "le", "les", "los", "las", "de", "del", "da",
                                           "das", "dos", "di", "du", NULL};
    const char *w = toks[j].fold;
    if (!w[0] || !w[1] || (w[2] && w[3]) || j + 1 >= e || toks[j + 1].kind != SR_TOK_WORD || /* 2-3 letters */
        !(toks[j + 1].flags & SR_TOKF_CAP) || toks[j + 1].start != toks[j].end + 1)
        return false;
    return short_word_in(w, articles);
}

/* The word right after toks[j] (of the span's sentence, ending at e), one space away
 * ("Murree road", "Boda boda", "Bahr" in "Northern Bahr el Ghazal"), or NULL. */
static const sr_token *next_word(const sr_token *toks, int e, int j)
{
    const sr_token *nx = j + 1 < e ? &toks[j + 1] : NULL;
    return nx && nx->kind == SR_TOK_WORD && nx->start == toks[j].end + 1 ? nx : NULL;
}

/* Is the name toks[i..j] a street's ("on Murree road", "along the Mombasa Road", "at
 * Dublin Street"): a word of streets after it and a preposition or "the" before it (not "a
 * busy Nairobi street", a street of Nairobi)? */
static bool street_name(const sr_token *toks, int b, int e, int i, int j)
{
    static const char *const streets[] = {"road", "street", "avenue", "lane", "boulevard", NULL};
    static const char *const before[] = {"on", "along", "off", "at", "near", "via", "the", NULL};
    const sr_token *nx = next_word(toks, e, j);
    return nx && i > b && short_word_in(nx->fold, streets) && short_word_in(toks[i - 1].fold, before);
}

/* Is toks[j] a word said twice, the second time in lower case ("Boda boda operators", a
 * motorcycle taxi's name)?  A word, not the town (Boda) it also names. */
static bool reduplicated(const sr_token *toks, int e, int j)
{
    const sr_token *nx = next_word(toks, e, j);
    return nx && !(nx->flags & (SR_TOKF_CAP | SR_TOKF_ALLCAPS)) && strcmp(nx->fold, toks[j].fold) == 0;
}

/* "US", "UN", "LoC": short capitals, or a capital inside a short word */
static bool acronym(const char *text, const sr_token *t)
{
    if ((t->flags & SR_TOKF_ALLCAPS) && t->base_end - t->start <= 3) return true;
    if (t->kind != SR_TOK_WORD || t->base_end - t->start > 4) return false;
    for (uint32_t k = t->start + 1; k < t->base_end; k++)
        if (text[k] >= 'A' && text[k] <= 'Z') return true;
    return false;
}

/* The small word lists the matcher consults on every capitalised token, in
 * one open-addressing table: slot = FNV-1a(word) & 255, linear probing, each
 * word with the bits of the lists it is in.  One probe answers what used to
 * be a strcmp scan of five lists.  The slots were computed offline by
 * inserting the words in list order; to add a word, put it in the first empty
 * slot at or after its hash (wrapping) and list it in gazmatch.h's
 * sr_gaz_word_class() contract, which the unit tests check word by word. */
typedef struct gaz_word { const char *w; uint8_t n; uint8_t bits; } gaz_word;
#define GAZ_WORD_SLOTS 256
static const gaz_word gaz_words[GAZ_WORD_SLOTS] = {
    [3] = {"pazar", 5, SR_GAZW_CALENDAR},
    [4] = {"north", 5, SR_GAZW_DIRECTION | SR_GAZW_COMPASS},
    [7] = {"gov", 3, SR_GAZW_TITLE},
    [11] = {"kuzey", 5, SR_GAZW_DIRECTION},
    [15] = {"near", 4, SR_GAZW_PREP},
    [16] = {"tuesday", 7, SR_GAZW_CALENDAR},
    [19] = {"february", 8, SR_GAZW_CALENDAR},
    [20] = {"çarşamba", 10, SR_GAZW_CALENDAR},
    [21] = {"gen", 3, SR_GAZW_TITLE},
    [22] = {"saturday", 8, SR_GAZW_CALENDAR},
    [31] = {"november", 8, SR_GAZW_CALENDAR},
    [35] = {"maj", 3, SR_GAZW_TITLE},
    [36] = {"into", 4, SR_GAZW_PREP},
    [37] = {"across", 6, SR_GAZW_PREP},
    [50] = {"friday", 6, SR_GAZW_CALENDAR},
    [57] = {"monday", 6, SR_GAZW_CALENDAR},
    [60] = {"east", 4, SR_GAZW_DIRECTION | SR_GAZW_COMPASS},
    [63] = {"eastern", 7, SR_GAZW_DIRECTION},
    [71] = {"upper", 5, SR_GAZW_DIRECTION},
    [72] = {"towards", 7, SR_GAZW_PREP},
    [75] = {"güney", 6, SR_GAZW_DIRECTION},
    [81] = {"ms", 2, SR_GAZW_TITLE},
    [82] = {"sgt", 3, SR_GAZW_TITLE},
    [85] = {"downtown", 8, SR_GAZW_DIRECTION},
    [88] = {"doğu", 5, SR_GAZW_DIRECTION},
    [90] = {"central", 7, SR_GAZW_DIRECTION | SR_GAZW_COMPASS},
    [94] = {"cpl", 3, SR_GAZW_TITLE},
    [96] = {"september", 9, SR_GAZW_CALENDAR},
    [97] = {"rep", 3, SR_GAZW_TITLE},
    [101] = {"june", 4, SR_GAZW_CALENDAR},
    [103] = {"october", 7, SR_GAZW_CALENDAR},
    [104] = {"cumartesi", 9, SR_GAZW_CALENDAR},
    [111] = {"north-western", 13, SR_GAZW_DIRECTION},
    [112] = {"south-eastern", 13, SR_GAZW_DIRECTION},
    [113] = {"col", 3, SR_GAZW_TITLE},
    [114] = {"between", 7, SR_GAZW_PREP},
    [117] = {"from", 4, SR_GAZW_PREP},
    [122] = {"south", 5, SR_GAZW_DIRECTION | SR_GAZW_COMPASS},
    [123] = {"southeastern", 12, SR_GAZW_DIRECTION},
    [124] = {"august", 6, SR_GAZW_CALENDAR},
    [125] = {"north-eastern", 13, SR_GAZW_DIRECTION},
    [126] = {"december", 8, SR_GAZW_CALENDAR},
    [127] = {"pvt", 3, SR_GAZW_TITLE},
    [128] = {"salı", 5, SR_GAZW_CALENDAR},
    [129] = {"through", 7, SR_GAZW_PREP},
    [134] = {"may", 3, SR_GAZW_CALENDAR},
    [135] = {"northern", 8, SR_GAZW_DIRECTION},
    [136] = {"at", 2, SR_GAZW_PREP},
    [140] = {"southwestern", 12, SR_GAZW_DIRECTION},
    [141] = {"around", 6, SR_GAZW_PREP},
    [142] = {"toward", 6, SR_GAZW_PREP},
    [144] = {"pazartesi", 9, SR_GAZW_CALENDAR},
    [145] = {"sen", 3, SR_GAZW_TITLE},
    [147] = {"dr", 2, SR_GAZW_TITLE},
    [149] = {"western", 7, SR_GAZW_DIRECTION},
    [151] = {"perşembe", 9, SR_GAZW_CALENDAR},
    [153] = {"greater", 7, SR_GAZW_DIRECTION},
    [154] = {"prof", 4, SR_GAZW_TITLE},
    [158] = {"in", 2, SR_GAZW_PREP},
    [164] = {"judge", 5, SR_GAZW_TITLE},
    [165] = {"south-western", 13, SR_GAZW_DIRECTION},
    [174] = {"west", 4, SR_GAZW_DIRECTION | SR_GAZW_COMPASS},
    [183] = {"thursday", 8, SR_GAZW_CALENDAR},
    [184] = {"mrs", 3, SR_GAZW_TITLE},
    [186] = {"lower", 5, SR_GAZW_DIRECTION},
    [187] = {"northwestern", 12, SR_GAZW_DIRECTION},
    [190] = {"mr", 2, SR_GAZW_TITLE},
    [191] = {"president", 9, SR_GAZW_TITLE},
    [196] = {"outside", 7, SR_GAZW_PREP},
    [204] = {"northeastern", 12, SR_GAZW_DIRECTION},
    [206] = {"midwest", 7, SR_GAZW_COMPASS},
    [210] = {"rev", 3, SR_GAZW_TITLE},
    [215] = {"wednesday", 9, SR_GAZW_CALENDAR},
    [217] = {"sunday", 6, SR_GAZW_CALENDAR},
    [221] = {"january", 7, SR_GAZW_CALENDAR},
    [222] = {"capt", 4, SR_GAZW_TITLE},
    [237] = {"lt", 2, SR_GAZW_TITLE},
    [239] = {"batı", 5, SR_GAZW_DIRECTION},
    [240] = {"march", 5, SR_GAZW_CALENDAR},
    [247] = {"april", 5, SR_GAZW_CALENDAR},
    [249] = {"southern", 8, SR_GAZW_DIRECTION},
    [251] = {"cuma", 4, SR_GAZW_CALENDAR},
    [255] = {"july", 4, SR_GAZW_CALENDAR},
    [17] = {"southwest", 9, SR_GAZW_DIRECTION | SR_GAZW_COMPASS},
    [83] = {"northeast", 9, SR_GAZW_DIRECTION | SR_GAZW_COMPASS},
    [179] = {"southeast", 9, SR_GAZW_DIRECTION | SR_GAZW_COMPASS},
    [243] = {"northwest", 9, SR_GAZW_DIRECTION | SR_GAZW_COMPASS},
};

/* A first filter in front of the table: for a word starting with the ASCII
 * letter 'a' + i, bit k of gaz_second[i] is set when some word of the table
 * starts with it and has the ASCII letter 'a' + k second (bit 26: a
 * non-ASCII byte second, "güney").  The only word starting with another byte
 * is "çarşamba" (0xC3).  Most words asked about (the capitalised words of
 * the text: "Syria", "Police") fail it in two loads, without the hash of the
 * whole word.  A word added to the table must set its bit here too (the unit
 * tests, which check every word of the contract, fail otherwise). */
static const uint32_t gaz_second[26] = {
    [0] = 0x1a8004,  /* a: c p r t u */
    [1] = 0x11,      /* b: a e */
    [2] = 0x10c011,  /* c: a e o p u */
    [3] = 0x24010,   /* d: e o r */
    [4] = 0x1,       /* e: a */
    [5] = 0x20010,   /* f: e r */
    [6] = 0x4024010, /* g: e o r, non-ASCII */
    [8] = 0x2000,    /* i: n */
    [9] = 0x100001,  /* j: a u */
    [10] = 0x100000, /* k: u */
    [11] = 0x84000,  /* l: o t */
    [12] = 0x64101,  /* m: a i o r s */
    [13] = 0x4010,   /* n: e o */
    [14] = 0x100004, /* o: c u */
    [15] = 0x220011, /* p: a e r v */
    [17] = 0x10,     /* r: e */
    [18] = 0x104051, /* s: a e g o u */
    [19] = 0x104080, /* t: h o u */
    [20] = 0x8000,   /* u: p */
    [22] = 0x10,     /* w: e */
};

/* The table's answer for a word the first filter let through.  Out of line:
 * the filter, inlined in front of it (word_class()), turns most words away
 * without a call. */
__attribute__((noinline)) static unsigned word_class_probe(const char *w)
{
    uint32_t h = 2166136261u;
    size_t n = 0;
    for (; w[n]; n++) h = (h ^ (unsigned char)w[n]) * 16777619u;
    for (uint32_t i = h & (GAZ_WORD_SLOTS - 1); gaz_words[i].w; i = (i + 1) & (GAZ_WORD_SLOTS - 1))
        if (gaz_words[i].n == n && memcmp(gaz_words[i].w, w, n) == 0) return gaz_words[i].bits;
    return 0;
}

/* sr_gaz_word_class(), inline for the matcher's own calls (one for every
 * capitalised token, and more around each hit). */
static inline unsigned word_class(const char *w)
{
    if (!w) return 0;
    unsigned first = (unsigned char)w[0] - 'a';
    if (first < 26) { /* w[0] is not the NUL: w[1] may be read */
        unsigned second = (unsigned char)w[1], bit = second - 'a' < 26 ? second - 'a' : second >= 0x80 ? 26 : 27;
        if (!((gaz_second[first] >> bit) & 1)) return 0;
    } else if ((unsigned char)w[0] != 0xC3) {
        return 0;
    }
    return word_class_probe(w);
}

unsigned sr_gaz_word_class(const char *w)
{
    return word_class(w);
}

/* The small words that join the parts of a name ("Santa Cruz de Asia", "Shakhta imeni
 * Gagarina"): lower case between two capitalised words. */
static bool name_particle(const sr_token *t)
{
    static const char *const particles[] = {"de", "del", "da", "do", "dos", "das", "di", "du", "la", "las",
                                            "los", "el", "al", "imeni", NULL};
    return t->kind == SR_TOK_WORD && !(t->flags & (SR_TOKF_CAP | SR_TOKF_ALLCAPS)) && t->end - t->start <= 5 &&
           short_word_in(t->fold, particles);
}

/* Does a longer name go on after toks[j], past a particle to a capitalised word ("Santa
 * Cruz | de Asia") or into an article joined to a name ("Wadi | al-Rabi")?  Then the span
 * ending at j is part of a name the gazetteer lacks, not the place it spells. */
static bool name_goes_on(const char *text, const sr_token *toks, int e, int j)
{
    if (j + 1 >= e || toks[j + 1].start != toks[j].end + 1) return false;
    if (article_name(text, &toks[j + 1])) return true;
    return j + 2 < e && name_particle(&toks[j + 1]) && toks[j + 2].kind == SR_TOK_WORD &&
           (toks[j + 2].flags & SR_TOKF_CAP) && toks[j + 2].start == toks[j + 1].end + 1;
}

/* Does a span starting at toks[i] start in the middle of a capitalised name? */
static bool inside_name(const sr_token *toks, int b, int i)
{
    if (i <= b) return false;
    const sr_token *prev = &toks[i - 1];
    if (prev->kind != SR_TOK_WORD || !(prev->flags & (SR_TOKF_CAP | SR_TOKF_ALLCAPS))) return false;
    if (prev->flags & SR_TOKF_SENT_START) return false; /* "In Kilis", "The Hague" */
    /* … and after a colon, which opens a clause as a sentence does ("23 January: In Kajiado, …") */
    if (i - 2 >= b && toks[i - 2].kind == SR_TOK_PUNCT && toks[i - 2].fold[0] == ':') return false;
    if (prev->end + 1 < toks[i].start || prev->end != prev->base_end) return false; /* not one name */
    return !(word_class(prev->fold) & SR_GAZW_DIRECTION);
}

static bool is_title(const sr_token *t)
{
    return word_class(t->fold) & SR_GAZW_TITLE;
}

/* Is the one-word name t a common lower-case word ("Reading", "He")? */
static bool common_word(const sr_wordset *common, const sr_token *t)
{
    return common && sr_wordset_has(common, t->fold, t->fold_len);
}

/* Does the name end where a person's name goes on ("David Smith", "Mr.
 * Jones")?  A capitalised word right after it, or a title right before it. */
static bool person_like(const sr_token *toks, int b, int e, int i, int j)
{
    const sr_token *nx = next_word(toks, e, j);
    if (nx && (nx->flags & SR_TOKF_CAP) && toks[j].end == toks[j].base_end) return true;
    if (i >= b + 2 && toks[i - 1].kind == SR_TOK_PUNCT && toks[i - 1].fold[0] == '.' && is_title(&toks[i - 2]))
        return true;
    return false;
}

/* A container after the name: "Mobile, Alabama", "Oxford, Miss.". */
static bool container_after(const sr_token *toks, int e, int j)
{
    return j + 2 < e && toks[j + 1].kind == SR_TOK_PUNCT && toks[j + 1].fold[0] == ',' &&
           (toks[j + 2].flags & (SR_TOKF_CAP | SR_TOKF_ALLCAPS));
}

/* Is toks[i] after a preposition of place ("in Reading")?  That, or a
 * container after it, is the context that makes a common word a place. */
static bool after_prep(const sr_token *toks, int b, int i)
{
    return i > b && toks[i - 1].kind == SR_TOK_WORD && (word_class(toks[i - 1].fold) & SR_GAZW_PREP);
}

/* Countries, first-level divisions and rows of our own table are names of
 * note: a common-word spelling does not make them doubtful. */
static bool notable(const sr_gaz_entry *ge)
{
    return ge->feature == SR_FEAT_COUNTRY || ge->feature == SR_FEAT_ADMIN1 || !ge->feature_code[0];
}

static bool inner_ok(const sr_token *prev, const sr_token *t)
{
    if (t->kind == SR_TOK_WORD) return true;
    /* "St. Louis", "Ft. Worth": the period right after a short capitalised word */
    return t->kind == SR_TOK_PUNCT && t->fold[0] == '.' && !t->fold[1] && prev->kind == SR_TOK_WORD &&
           prev->base_end - prev->start <= 3 && t->start == prev->end;
}

/* Add the m hits of one span (all over the same tokens) to *hits, growing it
 * (doubling *cap) as needed; false when the arena ran out.  The order is kept:
 * by start, then longer first, and after the hits already there over the same
 * tokens, where pushing them one by one would put them, but with one search
 * and one move of the hits after them rather than one per hit. */
static bool push_span(sr_arena *arena, sr_lex_hit **hits, int *n, int *cap, const sr_lex_hit *add, int m)
{
    if (*n + m > *cap) {
        int nc = *cap;
        while (nc < *n + m) nc = nc ? nc * 2 : 16;
        sr_lex_hit *nh = sr_arena_grow(arena, *hits, (size_t)*n, (size_t)nc, sizeof *nh);
        if (!nh) return false;
        *hits = nh;
        *cap = nc;
    }
    sr_lex_hit *hs = *hits;
    int k = *n;
    while (k > 0 && (hs[k - 1].tok_begin > add[0].tok_begin ||
                     (hs[k - 1].tok_begin == add[0].tok_begin && hs[k - 1].tok_end < add[0].tok_end)))
        k--;
    memmove(hs + k + m, hs + k, (size_t)(*n - k) * sizeof *hs);
    memcpy(hs + k, add, (size_t)m * sizeof *add);
    *n += m;
    return true;
}

/* A hit's [place] entry and its payload, made together: one arena
 * allocation and one clearing per candidate rather than two of each. */
typedef struct place_hit {
    sr_lex_entry le;
    sr_place pl;
} place_hit;

/* A zeroed place_hit with its payload filled from ge and linked from its
 * entry; NULL when the arena ran out.  Written as one compound literal, which
 * the compiler stores field by field, rather than a memset and the fields. */
static place_hit *place_of(sr_arena *arena, const sr_gaz_entry *ge)
{
    place_hit *h = sr_arena_alloc(arena, sizeof *h);
    if (!h) return NULL;
    const char *c = ge->country; /* copied up to its NUL, three letters at most */
    char c0 = c[0], c1 = c0 ? c[1] : '\0', c2 = c1 ? c[2] : '\0';
    *h = (place_hit){.pl = {.name = ge->name, .feature = ge->feature, .country = {c0, c1, c2},
                            .admin1 = ge->admin1, .admin2 = ge->admin2, .fcode = ge->feature_code,
                            .lat = ge->lat, .lon = ge->lon, .geonameid = ge->geonameid,
                            .population = ge->population}};
    h->le.payload = &h->pl;
    return h;
}

/* A token's key, made when a span first needs it (its TOK_KEYED bit). */
typedef struct tok_info {
    const char *key;     /* the token's key (token_key()) */
    const char *in_name; /* the form the key takes inside a name of several words */
    uint32_t len;        /* strlen(key); 0 when the token makes no key */
    uint32_t in_name_len;
} tok_info;

/* What sr_gaz_match has worked out of a token, one byte per token, all clear
 * at first (so that only these bytes are cleared, not the tok_info records). */
enum {
    TOK_KEYED = 1,     /* its tok_info is made */
    TOK_END_KNOWN = 2, /* can_end() was asked: */
    TOK_ENDS = 4,      /* … and said yes */
};

/* Key token t into *ti, the key in the arena; false when the arena ran out.  A
 * suffix ends the name: "Kilis'te" is keyed as "Kilis"; "#Kilis" as "Kilis".
 * Keyed straight into the arena: a key never outgrows its text (gazkey.h), and
 * capping at SR_GAZ_KEY_MAX keeps too-long keys empty.  Inside a name of
 * several words an article word becomes "al" ("Ann Arbor", "El Paso", "As
 * Suwayda"): ti->in_name, worked out here once rather than for every span the
 * token is in. */
static bool token_key(sr_arena *arena, const char *text, const sr_token *t, tok_info *ti)
{
    uint32_t start = t->kind == SR_TOK_HASHTAG ? t->start + 1 : t->start;
    size_t tl = t->base_end > start ? t->base_end - start : 0;
    size_t kcap = tl + 1 < SR_GAZ_KEY_MAX ? tl + 1 : SR_GAZ_KEY_MAX;
    char *one = sr_arena_alloc(arena, kcap);
    if (!one) return false;
    size_t len = tl ? sr_gaz_key_n(text + start, tl, one, kcap) : 0;
    one[len] = '\0';
    ti->key = ti->in_name = one;
    ti->len = ti->in_name_len = (uint32_t)len;
    if (len <= 3) { /* (the article words have two or three letters) */
        const char *w = sr_gaz_key_word_in_name(one, len);
        if (w) {
            ti->in_name = w;
            ti->in_name_len = (uint32_t)strlen(w);
        }
    }
    return true;
}

/* Can a span start at toks[i]?  *cls is set to its sr_gaz_word_class() when
 * it is capitalised. */
static inline bool may_start(const sr_token *toks, int b, int i, unsigned *cls)
{
    const sr_token *first = &toks[i];
    if (!capitalised(first)) return false;
    *cls = word_class(first->fold);
    /* not a weekday, month or title ("Mr", "President"): one probe answers both */
    return !(*cls & (SR_GAZW_CALENDAR | SR_GAZW_TITLE)) && !inside_name(toks, b, i);
}

/* Can toks[j] end a name that starts before it (capitalised, or "ez-Zor")?
 * The answer is cached in known[j - b]. */
static inline bool can_end(const char *text, const sr_token *toks, int b, int j, uint8_t *known)
{
    uint8_t *k = &known[j - b];
    if (!(*k & TOK_END_KNOWN))
        *k |= TOK_END_KNOWN | (capitalised(&toks[j]) || article_name(text, &toks[j]) ? TOK_ENDS : 0);
    return *k & TOK_ENDS;
}

/* Is there a token in toks[j, stop) that can end a name? */
static bool end_ahead(const char *text, const sr_token *toks, int b, int j, int stop, uint8_t *known)
{
    for (; j < stop; j++)
        if (can_end(text, toks, b, j, known)) return true;
    return false;
}

/* A span whose key the second pass of sr_gaz_match looks up. */
typedef struct span_pt {
    int i, j;        /* tokens [i, j] */
    uint32_t len;    /* key length */
    uint64_t hash;   /* sr_gazetteer_key_hash() of the key */
    bool compass;    /* toks[i] is a compass word: alone ("the North"), a region of the story, not a town */
} span_pt;

/* How a place's name stands to the key it was found by: 0 its own name, 1 another of
 * its names, -1 when the name makes no key. */
static int name_vs_key(const char *name, const char *key)
{
    /* (most names are their key but for capitals: "Santa Ana", "santa ana"; keys are idempotent,
     * so such a name keys to the key itself, without keying it) */
    size_t i = 0;
    /* (name[i] tested first: its NUL would pass for a space, 0 | 0x20, and the loop read on) */
    while (key[i] && name[i] && (unsigned char)name[i] < 0x80 && (name[i] | 0x20) == key[i]) i++;
    if (!key[i] && !name[i]) return 0;
    char own[SR_GAZ_KEY_MAX];
    if (sr_gaz_key(name, own, sizeof own) <= 0) return -1;
    return strcmp(own, key) != 0;
}

/* 1 for the bytes letters_in() counts: ASCII letters and digits, and the lead bytes of
 * UTF-8 sequences (0xC0-0xFF), each one code point; a table rather than range tests
 * because every hit's span and every candidate's name is counted byte by byte. */
static const uint8_t letter_byte[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 00 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 10 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 20 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, /* 30 */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 40 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, /* 50 */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 60 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, /* 70 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 80 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 90 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* A0 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* B0 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* C0 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* D0 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* E0 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* F0 */
};

/* The letters and digits (code points, whatever their accents) in n bytes of UTF-8 at s:
 * "Rif'at" and "Rifat" have five, "Tugen" five and "Tuggen" six. */
static int letters_in(const char *s, size_t n)
{
    int k = 0;
    for (size_t i = 0; i < n; i++) k += letter_byte[(unsigned char)s[i]];
    return k;
}

/* letters_in() of the whole NUL-terminated name, without a strlen first. */
static int name_letters_of(const char *name)
{
    int k = 0;
    for (const unsigned char *c = (const unsigned char *)name; *c; c++) k += letter_byte[*c];
    return k;
}

/* The first pass of sr_gaz_match: walks every candidate span, keys every
 * token the spans use, records each span whose key is to be looked up (in
 * walk order) with its key's hash, and asks the gazetteer to start loading
 * that key's slot, so that the sentence's lookups wait for memory together
 * rather than one after another (the lookups were the matcher's largest cost
 * in wall time, nearly all of it cache misses).  The walk stops where the
 * lookups' outcomes cannot matter; the one place an outcome steers it (a
 * compass word with a suffix goes on when found) it goes on, and the second
 * pass drops what follows a miss.  Returns the number of spans recorded in
 * pts, -1 on OOM. */
static int walk_spans(const sr_gazetteer *g, const char *text, const sr_token *toks, int b, int e, sr_arena *arena,
                      tok_info *ti, uint8_t *known, span_pt *pts)
{
    int np = 0;
    for (int i = b; i < e; i++) {
        unsigned cls;
        if (!may_start(toks, b, i, &cls)) continue;
        bool compass = cls & SR_GAZW_COMPASS;
        /* the key of the span, hashed as it is joined from its tokens' keys as a name of
         * several words has them (an article word as "al"); a span of one token is looked up
         * by that token's own key */
        size_t len = 0;
        uint64_t h = sr_gazetteer_key_hash(NULL, 0);
        int stop = e < i + MAX_SPAN_TOKENS ? e : i + MAX_SPAN_TOKENS;
        for (int j = i; j < stop; j++) {
            const sr_token *t = &toks[j];
            if (j > i && !inner_ok(&toks[j - 1], t)) break;
            /* no token from here to the window's end can end a name: nothing more to look
             * up, so no more tokens to key ("The army said on …" keyed five words for none) */
            if (j > i && !end_ahead(text, toks, b, j, stop, known)) break;
            if (j > i && t->start > toks[j - 1].end + 1) break; /* more than one space: not one name */
            tok_info *tj = &ti[j - b];
            if (!(known[j - b] & TOK_KEYED)) {
                if (!token_key(arena, text, t, tj)) return -1;
                known[j - b] |= TOK_KEYED;
            }
            size_t pl = tj->in_name_len;
            bool renamed = tj->in_name != tj->key; /* an article word, "al" inside a name */
            if (pl) {
                const char *w = tj->in_name;
                if (len + (len ? 1 : 0) + pl + 1 > SR_GAZ_KEY_MAX) break;
                if (len) h = sr_gazetteer_key_hash_more(h, " ", 1);
                h = sr_gazetteer_key_hash_more(h, w, pl);
                len += (len ? 1 : 0) + pl;
            }
            if ((j > i && !can_end(text, toks, b, j, known)) || len == 0) continue; /* toks[i] is capitalised */
            uint32_t span_len = (uint32_t)len;
            uint64_t span_hash = h;
            if (j == i && renamed) { /* one token: its own key ("An", "As" stay themselves) */
                span_len = tj->len;
                span_hash = sr_gazetteer_key_hash(tj->key, span_len);
            }
            sr_gazetteer_prefetch(g, span_hash);
            pts[np++] = (span_pt){i, j, span_len, span_hash, compass};
            if (t->base_end != t->end && !(j == i && compass)) break;
        }
    }
    return np;
}

bool sr_gaz_match(const sr_gazetteer *g, const sr_wordset *common, const char *text, const sr_token *toks, int b,
                  int e, sr_arena *arena, sr_lex_hit **hits, int *n, int *cap)
{
    char key[SR_GAZ_KEY_MAX];
    /* keys are compositional (gazkey.h): each token is keyed once, spans are joined */
    size_t nt = (size_t)(e > b ? e - b : 1);
    /* the three arrays in one allocation: known (zeroed; its size rounded up to keep
     * the rest aligned), ti, pts */
    size_t known_size = (nt + sizeof(uint64_t) - 1) & ~(sizeof(uint64_t) - 1);
    char *mem = sr_arena_alloc(arena, known_size + nt * sizeof(tok_info) + nt * MAX_SPAN_TOKENS * sizeof(span_pt));
    if (!mem) return false;
    uint8_t *known = (uint8_t *)mem;
    memset(known, 0, known_size);
    tok_info *ti = (tok_info *)(void *)(mem + known_size);
    span_pt *pts = (span_pt *)(void *)(mem + known_size + nt * sizeof(tok_info));
    int np = walk_spans(g, text, toks, b, e, arena, ti, known, pts);
    if (np < 0) return false;
    for (int p0 = 0, p1; p0 < np; p0 = p1) {
        int i = pts[p0].i;
        for (p1 = p0; p1 < np && pts[p1].i == i; p1++) {}
        const sr_token *first = &toks[i];
        size_t len = 0;
        int joined = i; /* tokens [i, joined) are in key */
        int prep = -1;  /* after_prep(toks, b, i) once known */
        for (int p = p0; p < p1; p++) {
            int j = pts[p].j;
            const sr_token *t = &toks[j];
            /* (one token's key is its own: key[] is joined only for a longer span) */
            for (; j > i && joined <= j; joined++) {
                size_t pl = ti[joined - b].in_name_len;
                if (!pl) continue;
                const char *w = ti[joined - b].in_name;
                if (len) key[len++] = ' ';
                memcpy(key + len, w, pl);
                len += pl;
                key[len] = '\0';
            }
            const uint32_t *ids;
            /* (one token: its own key, as walk_spans hashed it) */
            const char *span_key = j == i ? ti[i - b].key : key;
            int n_ids = sr_gazetteer_lookup_hashed(g, span_key, pts[p].len, pts[p].hash, &ids);
            if (n_ids <= 0) {
                if (t->base_end != t->end) break;
                continue;
            }
            if (n_ids > SR_GAZ_MAX_CANDIDATES) n_ids = SR_GAZ_MAX_CANDIDATES;
            for (int k = 0; k < n_ids; k++) sr_gazetteer_prefetch_entry(g, ids[k]); /* records load together */
            /* a short all-capitals word ("US", "UK") may name a country, never a town;
             * a common word ("Reading") is a town only in a place's context; a
             * name that goes on like a person's is a town only if the document
             * confirms it elsewhere (the caller drops unconfirmed doubtful hits) */
            if (prep < 0) prep = after_prep(toks, b, i);
            bool contained = container_after(toks, e, j);
            bool context = prep || contained;
            if ((j == i && (pts[p].compass || article_opening_name(toks, e, j) || reduplicated(toks, e, j))) ||
                name_goes_on(text, toks, e, j))
                continue;
            bool only_notable = j == i && acronym(text, first);
            /* the common words are English ones: "Lice" is a Turkish town */
            bool english_word = j == i && first->lang != SR_LANG_TR && common_word(common, first);
            /* "near City Hall", "on Lake Victoria": a common word that a name goes on from is
             * part of that name, context or not */
            const sr_token *nx = next_word(toks, e, j);
            bool goes_on = nx && (nx->flags & SR_TOKF_CAP);
            bool doubtful = (!context && (person_like(toks, b, e, i, j) || english_word)) || (english_word && goes_on);
            /* a direction word alone that a capitalised name goes on from begins that name,
             * however notable the region it also names: "Northern Bahr el Ghazal" is no
             * "Northern" (Ghana), unless the document names that region elsewhere */
            bool name_head = j == i && goes_on && (word_class(first->fold) & SR_GAZW_DIRECTION);
            /* "on Murree road in Rawalpindi", "along Mombasa Road": a street named after a
             * town is in another town, unless the document names that town itself */
            name_head |= street_name(toks, b, e, i, j);
            /* one [place] entry per candidate, all over the same span; one token's key is
             * already in the arena, a longer span's is copied there from key[] */
            const char *shared_key = j == i ? span_key : sr_arena_strndup(arena, span_key, pts[p].len);
            if (!shared_key) return false;
            int span_letters = letters_in(text + first->start, t->base_end - first->start); /* (not "'a") */
            /* (several candidates share one pooled name: "Boda", "Boda"; what is worked out
             * from the name is worked out once for them) */
            const char *name_memo = NULL, *vs_memo = NULL;
            int name_letters = 0, vs_key = 0;
            sr_lex_hit found[SR_GAZ_MAX_CANDIDATES];
            int n_found = 0;
            for (int k = 0; k < n_ids; k++) {
                sr_gaz_entry ge;
                if (!sr_gazetteer_entry(g, ids[k], &ge)) continue;
                if (only_notable && !notable(&ge)) continue;
                if (only_notable && ge.feature != SR_FEAT_COUNTRY) continue;
                /* an English word that is only another name of a place, however notable, is the
                 * word: "Ten people were killed" is no Tennessee ("Turkey" is one by its own name) */
                bool own_name = false; /* found by its own name: name_vs_key() is 0 */
                if (english_word && !(first->flags & SR_TOKF_ALLCAPS)) {
                    if (ge.name != vs_memo) {
                        vs_memo = ge.name;
                        vs_key = name_vs_key(ge.name, span_key);
                    }
                    if (vs_key != 0) continue;
                    own_name = true;
                }
                place_hit *ph = place_of(arena, &ge);
                if (!ph) return false;
                sr_place *pl = &ph->pl;
                sr_lex_entry *le = &ph->le;
                pl->notable = notable(&ge);
                pl->matched_key = shared_key;
                if (ge.name != name_memo) {
                    name_memo = ge.name;
                    name_letters = name_letters_of(ge.name);
                }
                pl->respelled = name_letters != span_letters;
                /* sr_gaz_place_alternate()'s answer, when name_vs_key() was asked here */
                if (own_name) pl->alternate_memo = pl->respelled ? 2 : 1;
                pl->doubtful = (doubtful && !pl->notable) || name_head;
                pl->in_context = context;
                pl->contained = contained;
                le->cls = SR_LEX_PLACE;
                le->n_tests = (uint8_t)(j - i + 1);
                le->pattern = ge.name;
                le->file = "gazetteer";
                le->index = 1 << 30; /* after every lexicon entry */
                found[n_found++] = (sr_lex_hit){(uint32_t)i, (uint32_t)(j + 1), le};
            }
            if (n_found && !push_span(arena, hits, n, cap, found, n_found)) return false;
            if (t->base_end != t->end) break;
        }
    }
    return true;
}

uint8_t sr_gaz_place_alternate_memo(const sr_place *p)
{
    return p->respelled || name_vs_key(p->name, p->matched_key) > 0 ? 2 : 1;
}
