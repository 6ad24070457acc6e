/*
 * timex.c — finding time expressions in English and Turkish sentences.
 *
 * Place in the pipeline: text -> match -> [extract: time] -> resolve.  The
 * extractor hands each sentence (a byte range of the document) to
 * sr_timex_find, which returns every time expression in it with its byte span,
 * its kind and what it says about the date: an absolute date ("March 18, 2021",
 * "18.03.2021", "Ekim 2019'da", "in 2015"), a shift from the document date
 * ("yesterday", "on Thursday", "geçen hafta"), a span reaching back ("for 10
 * years now", "since 2011", "10 yıldır") or a part of a day ("last night", "bu
 * sabah").  resolve.c turns these into calendar dates; docdate.c uses them to
 * infer a document's date.
 *
 * How it works.  A small lexer walks the bytes once, producing words, numbers
 * and punctuation.  Each word is case-folded on the fly to ASCII with the
 * Turkish letters mapped to their base letters (İ I ı i -> i, Ş ş -> s, Ğ ğ ->
 * g, Ç ç -> c, Ö ö -> o, Ü ü -> u, Â -> a), so "PERŞEMBE", "Perşembe" and the
 * ASCII spelling "Persembe" are the same key, and a Turkish suffix after an
 * apostrophe (' ’ ʼ) is split off ("Mart'ta" -> "mart" + "ta").  The key is
 * looked up in the static word table below (bucketed by first letter, with
 * masks of the last letters of the keys of each length that reject nine in
 * ten of the other words before any comparison).  Only numbers and words
 * found in the table can start an expression, so the main loop steps over
 * plain ASCII words that cannot be keys without making tokens of them
 * (skip_nonstarters; about two words in three; words of up to three letters,
 * "the", "of", "in", by a direct table instead of the hash lookup), and over
 * the numbers and the words like "of", "in a" that the token after them
 * keeps from starting one ("2 people", "in a village").  From a
 * starting token a handful of recursive-descent rules look a few tokens ahead (through
 * a four-token cache, so look-ahead rarely lexes twice); the longest
 * expression at the leftmost position wins and scanning resumes after it.
 *
 * No allocation and no state beyond the caller's stack.  Expressions never
 * cross a line break.  (A pre-scan for a digit or an anchor word once ran
 * before the main loop; with whole paragraphs, most of which hold one, it
 * cost more than the main loop's skipping saved it.)
 *
 * Decisions worth knowing (each is repeated where it is implemented):
 * - "May", "March" and "Mar" count as months only when capitalised; every
 *   English month alone ("in October") needs a capital letter and a
 *   preposition or modifier before it; abbreviations need a day or a year.
 * - A bare year (1900–2100) needs context: a preposition ("in 2015", "since
 *   2011", "of 2011" when no lower-case word follows), "year", "early/late/
 *   mid", a Turkish case suffix ("2019'da") or "yılında"; "2015 people" is a
 *   number.
 * - Numeric dates are day-first ("18.03.2021", "18/03/2021", also when
 *   ambiguous: "05/04/2022" is 5 April) unless only the US order makes a date
 *   ("3/14/2022").  ISO dates in text must be zero-padded ("2021-03-18").
 * - "last night" is the document day (day_offset 0, kind PART_OF_DAY), a
 *   decision of the project: the report day is the date coded when the night
 *   is not otherwise dated.  Turkish "dün gece" says "yesterday" outright and
 *   gets day_offset -1.
 * - Relative offsets are in days; with precision week/month/year the unit is
 *   7/30/365 days per step ("last month" = -30 with precision month,
 *   "for 10 years" = -3650 with precision year); resolve.c shifts whole
 *   weeks, months or years by the rounded quotient.
 * - Turkish weekday "Pazar" (also "market", a town) and "Cuma" (also a given
 *   name) need "günü"/a part of day after them or "geçen/bu" before them.
 * - DURATION marks background, so only spans that reach back further than a
 *   month are durations ("for 10 years", "since 2011", "10 yıldır", "for
 *   years").  "for two days", "in the past 24 hours", "since Thursday" and
 *   "since yesterday" are RELATIVE (recent news), dated by their start.
 */
#include "timex.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <pthread.h>
#include <string.h>

/* ---------------------------------------------------------------- word table */

enum word_class {
    C_MONTH = 1,  /* val 1..12 */
    C_WDAY,       /* val 0..6, Monday first */
    C_NUM,        /* a count: val >= 0, or -1 for "several", "a few", "birkaç" */
    C_UNIT,       /* val unit_kind; form says the Turkish inflection */
    C_RELDAY,     /* today/yesterday/tomorrow: val is the day offset */
    C_PART,       /* a part of the day: morning, gece … */
    C_YEARWORD,   /* Turkish "yılında" & co. after a year */
    C_MONTHWORD,  /* Turkish "ayında" & co. after a month */
    C_KW          /* val is a keyword id */
};

enum word_flag {
    F_EN = 1 << 0,
    F_TR = 1 << 1,
    F_ABBR = 1 << 2,    /* abbreviation: month needs a day or year; weekday only before a date */
    F_CAP = 1 << 3,     /* needs a capital initial (May, March, Mar) unless a day number precedes */
    F_AMBIG = 1 << 4,   /* Turkish month that is also a common word or name (Ekim, Kasım, Aralık …) */
    F_STRICT = 1 << 5,  /* Turkish weekday that is also a common word (Pazar, Cuma) */
    F_PLURAL = 1 << 6,  /* plural English unit */
    F_ART = 1 << 7      /* the article "a"/"an" used as "one" */
};

enum word_form {
    FM_BASE = 0,   /* yıl, hafta; yılı, ayı */
    FM_DIR,        /* yıldır: "for N years" */
    FM_LARDIR,     /* yıllardır: "for years" */
    FM_LOC,        /* yılda, yılında */
    FM_PLLOC,      /* yıllarda */
    FM_ABL,        /* yılından, ayından */
    FM_GEN,        /* yılının, ayının */
    FM_OTHER,      /* other inflections accepted after a year or month (yılına, yılındaki) */
    FM_POSS,       /* gecesi, sabahı: part of day after a weekday */
    FM_SONRA       /* "öğleden" needs "sonra" */
};

enum unit_kind { U_HOUR = 1, U_DAY, U_WEEK, U_MONTH, U_YEAR, U_DECADE };

enum part_kind { P_MORNING = 1, P_AFTERNOON, P_EVENING, P_NIGHT, P_DAWN, P_NOON, P_MIDNIGHT, P_DUSK };

enum keyword {
    K_NONE = 0,
    /* English prepositions and conjunctions */
    K_ON, K_IN, K_AT, K_SINCE, K_FOR, K_OVER, K_DURING, K_UNTIL, K_TILL, K_BY, K_FROM, K_OF, K_AFTER,
    K_BEFORE, K_THROUGHOUT, K_WITHIN, K_AS, K_ASOF, K_TO, K_AND, K_BETWEEN,
    /* determiners and modifiers */
    K_THE, K_THIS, K_LAST, K_NEXT, K_PAST, K_EARLIER, K_LATER, K_EARLY, K_LATE, K_MID, K_OVERNIGHT,
    K_END, K_BEGINNING, K_START, K_MIDDLE, K_AGO, K_NOW, K_WEEKEND,
    /* quantifiers */
    K_MORE, K_LESS, K_THAN, K_NEARLY, K_ALMOST, K_ABOUT, K_AROUND, K_SOME, K_ROUGHLY, K_APPROX,
    K_LEAST, K_FEW, K_COUPLE,
    /* Turkish */
    K_BU, K_GECEN, K_GECTIGIMIZ, K_GELECEK, K_ONUMUZDEKI, K_ONCEKI, K_SON, K_ONCE, K_BERI, K_YANA,
    K_BOYUNCA, K_ICINDE, K_GUNU, K_SONRA, K_SAATLERINDE, K_TARIHINDE, K_TARIHINDEN, K_YARISI,
    K_SONU, K_UZUN
};

#define WMAX 16   /* folded word key buffer; longer words are never keys */
#define SMAX 8    /* folded suffix buffer */

typedef struct wordent {
    const char *w;   /* folded key */
    uint8_t len;
    uint8_t cls;     /* word_class */
    int8_t val;
    uint8_t flags;   /* word_flag */
    uint8_t form;    /* word_form */
} wordent;

/* The table is written once as one X-macro list per initial letter; each list
 * expands into the entry array and into the masks of last letters by key
 * length, so lookups reject most words by their length and last letter alone
 * and the masks can never disagree with the entries. */
#define MON(X, w, v, f) X(w, C_MONTH, v, f, FM_BASE)
#define WDY(X, w, v, f) X(w, C_WDAY, v, f, FM_BASE)
#define NUM(X, w, v, f) X(w, C_NUM, v, f, FM_BASE)
#define UNI(X, w, v, f, fm) X(w, C_UNIT, v, f, fm)
#define KW(X, w, k) X(w, C_KW, k, 0, FM_BASE)
#define REL(X, w, v, f) X(w, C_RELDAY, v, f, FM_BASE)
#define PRT(X, w, v, f, fm) X(w, C_PART, v, f, fm)
#define YW(X, w, fm) X(w, C_YEARWORD, 0, F_TR, fm)
#define MW(X, w, fm) X(w, C_MONTHWORD, 0, F_TR, fm)

#define ENTRY(w, c, v, f, fm) {w, (uint8_t)(sizeof(w) - 1), c, v, f, fm},
/* Bit of the last letter of a key of n bytes; LASTMASKS(L) is the array, by
 * key length, of those bits over the list L. */
#define LASTBIT(n, w) (sizeof(w) - 1 == (n) ? 1u << ((w)[sizeof(w) - 2] - 'a') : 0u)
#define LB1(w, c, v, f, fm) | LASTBIT(1, w)
#define LB2(w, c, v, f, fm) | LASTBIT(2, w)
#define LB3(w, c, v, f, fm) | LASTBIT(3, w)
#define LB4(w, c, v, f, fm) | LASTBIT(4, w)
#define LB5(w, c, v, f, fm) | LASTBIT(5, w)
#define LB6(w, c, v, f, fm) | LASTBIT(6, w)
#define LB7(w, c, v, f, fm) | LASTBIT(7, w)
#define LB8(w, c, v, f, fm) | LASTBIT(8, w)
#define LB9(w, c, v, f, fm) | LASTBIT(9, w)
#define LB10(w, c, v, f, fm) | LASTBIT(10, w)
#define LB11(w, c, v, f, fm) | LASTBIT(11, w)
#define LB12(w, c, v, f, fm) | LASTBIT(12, w)
#define LB13(w, c, v, f, fm) | LASTBIT(13, w)
#define LB14(w, c, v, f, fm) | LASTBIT(14, w)
#define LB15(w, c, v, f, fm) | LASTBIT(15, w)
#define LASTMASKS(L) \
    {0, 0 L(LB1), 0 L(LB2), 0 L(LB3), 0 L(LB4), 0 L(LB5), 0 L(LB6), 0 L(LB7), 0 L(LB8), \
     0 L(LB9), 0 L(LB10), 0 L(LB11), 0 L(LB12), 0 L(LB13), 0 L(LB14), 0 L(LB15)}
#define LENOF(w, c, v, f, fm) (uint8_t)(sizeof(w) - 1),

/* One list per initial letter; order inside a list does not matter. */
#define WORDS_A(X) \
    NUM(X, "a", 1, F_EN | F_ART) NUM(X, "an", 1, F_EN | F_ART) KW(X, "about", K_ABOUT) \
    KW(X, "after", K_AFTER) PRT(X, "afternoon", P_AFTERNOON, F_EN, FM_BASE) KW(X, "ago", K_AGO) \
    MON(X, "agustos", 8, F_TR) PRT(X, "aksam", P_EVENING, F_TR, FM_BASE) \
    PRT(X, "aksami", P_EVENING, F_TR, FM_POSS) KW(X, "almost", K_ALMOST) NUM(X, "alti", 6, F_TR) \
    KW(X, "and", K_AND) KW(X, "approximately", K_APPROX) MON(X, "april", 4, F_EN) \
    MON(X, "apr", 4, F_EN | F_ABBR) MON(X, "aralik", 12, F_TR | F_AMBIG) KW(X, "around", K_AROUND) \
    KW(X, "as", K_AS) KW(X, "at", K_AT) MON(X, "aug", 8, F_EN | F_ABBR) MON(X, "august", 8, F_EN) \
    UNI(X, "ay", U_MONTH, F_TR, FM_BASE) UNI(X, "aydir", U_MONTH, F_TR, FM_DIR) \
    UNI(X, "aylardir", U_MONTH, F_TR, FM_LARDIR) UNI(X, "ayda", U_MONTH, F_TR, FM_LOC) \
    UNI(X, "aylarda", U_MONTH, F_TR, FM_PLLOC) MW(X, "ayinda", FM_LOC) MW(X, "ayi", FM_BASE) \
    MW(X, "ayindan", FM_ABL) MW(X, "ayinin", FM_GEN) MW(X, "ayina", FM_OTHER) MW(X, "ayindaki", FM_OTHER)
#define WORDS_B(X) \
    KW(X, "before", K_BEFORE) KW(X, "beginning", K_BEGINNING) KW(X, "beri", K_BERI) \
    KW(X, "between", K_BETWEEN) NUM(X, "bes", 5, F_TR) NUM(X, "bir", 1, F_TR) NUM(X, "birkac", -1, F_TR) \
    KW(X, "boyunca", K_BOYUNCA) KW(X, "bu", K_BU) REL(X, "bugun", 0, F_TR) REL(X, "bugunku", 0, F_TR) \
    KW(X, "by", K_BY)
#define WORDS_C(X) \
    WDY(X, "carsamba", 2, F_TR) KW(X, "couple", K_COUPLE) WDY(X, "cuma", 4, F_TR | F_STRICT) \
    WDY(X, "cumartesi", 5, F_TR)
#define WORDS_D(X) \
    PRT(X, "dawn", P_DAWN, F_EN, FM_BASE) UNI(X, "day", U_DAY, F_EN, FM_BASE) \
    UNI(X, "days", U_DAY, F_EN | F_PLURAL, FM_BASE) MON(X, "dec", 12, F_EN | F_ABBR) \
    UNI(X, "decade", U_DECADE, F_EN, FM_BASE) UNI(X, "decades", U_DECADE, F_EN | F_PLURAL, FM_BASE) \
    MON(X, "december", 12, F_EN) NUM(X, "dokuz", 9, F_TR) NUM(X, "dort", 4, F_TR) REL(X, "dun", -1, F_TR) \
    REL(X, "dunku", -1, F_TR) KW(X, "during", K_DURING) PRT(X, "dusk", P_DUSK, F_EN, FM_BASE)
#define WORDS_E(X) \
    KW(X, "early", K_EARLY) KW(X, "earlier", K_EARLIER) NUM(X, "eight", 8, F_EN) \
    MON(X, "ekim", 10, F_TR | F_AMBIG) NUM(X, "eleven", 11, F_EN) NUM(X, "elli", 50, F_TR) \
    KW(X, "end", K_END) PRT(X, "evening", P_EVENING, F_EN, FM_BASE) KW(X, "evvelki", K_ONCEKI) \
    MON(X, "eylul", 9, F_TR | F_AMBIG)
#define WORDS_F(X) \
    MON(X, "feb", 2, F_EN | F_ABBR) MON(X, "february", 2, F_EN) KW(X, "few", K_FEW) \
    NUM(X, "fifteen", 15, F_EN) NUM(X, "fifty", 50, F_EN) NUM(X, "five", 5, F_EN) KW(X, "for", K_FOR) \
    NUM(X, "forty", 40, F_EN) NUM(X, "four", 4, F_EN) WDY(X, "fri", 4, F_EN | F_ABBR) \
    WDY(X, "friday", 4, F_EN) KW(X, "from", K_FROM)
#define WORDS_G(X) \
    PRT(X, "gece", P_NIGHT, F_TR, FM_BASE) PRT(X, "gecesi", P_NIGHT, F_TR, FM_POSS) KW(X, "gecen", K_GECEN) \
    KW(X, "gectigimiz", K_GECTIGIMIZ) KW(X, "gelecek", K_GELECEK) UNI(X, "gun", U_DAY, F_TR, FM_BASE) \
    UNI(X, "gundur", U_DAY, F_TR, FM_DIR) UNI(X, "gunlerdir", U_DAY, F_TR, FM_LARDIR) \
    UNI(X, "gunde", U_DAY, F_TR, FM_LOC) UNI(X, "gunlerde", U_DAY, F_TR, FM_PLLOC) KW(X, "gunu", K_GUNU)
#define WORDS_H(X) \
    UNI(X, "hafta", U_WEEK, F_TR, FM_BASE) UNI(X, "haftadir", U_WEEK, F_TR, FM_DIR) \
    UNI(X, "haftalardir", U_WEEK, F_TR, FM_LARDIR) UNI(X, "haftada", U_WEEK, F_TR, FM_LOC) \
    UNI(X, "haftalarda", U_WEEK, F_TR, FM_PLLOC) MON(X, "haziran", 6, F_TR) \
    UNI(X, "hour", U_HOUR, F_EN, FM_BASE) UNI(X, "hours", U_HOUR, F_EN | F_PLURAL, FM_BASE)
#define WORDS_I(X) \
    KW(X, "icinde", K_ICINDE) NUM(X, "iki", 2, F_TR) KW(X, "in", K_IN)
#define WORDS_J(X) \
    MON(X, "jan", 1, F_EN | F_ABBR) MON(X, "january", 1, F_EN) MON(X, "jul", 7, F_EN | F_ABBR) \
    MON(X, "july", 7, F_EN) MON(X, "jun", 6, F_EN | F_ABBR) MON(X, "june", 6, F_EN)
#define WORDS_K(X) \
    MON(X, "kasim", 11, F_TR | F_AMBIG) NUM(X, "kirk", 40, F_TR)
#define WORDS_L(X) \
    KW(X, "last", K_LAST) KW(X, "late", K_LATE) KW(X, "later", K_LATER) KW(X, "least", K_LEAST) \
    KW(X, "less", K_LESS)
#define WORDS_M(X) \
    NUM(X, "many", -1, F_EN) MON(X, "mar", 3, F_EN | F_ABBR | F_CAP) MON(X, "march", 3, F_EN | F_CAP) \
    MON(X, "mart", 3, F_TR) MON(X, "may", 5, F_EN | F_CAP) MON(X, "mayis", 5, F_TR) KW(X, "mid", K_MID) \
    KW(X, "middle", K_MIDDLE) PRT(X, "midnight", P_MIDNIGHT, F_EN, FM_BASE) WDY(X, "mon", 0, F_EN | F_ABBR) \
    WDY(X, "monday", 0, F_EN) UNI(X, "month", U_MONTH, F_EN, FM_BASE) \
    UNI(X, "months", U_MONTH, F_EN | F_PLURAL, FM_BASE) KW(X, "more", K_MORE) \
    PRT(X, "morning", P_MORNING, F_EN, FM_BASE)
#define WORDS_N(X) \
    KW(X, "nearly", K_NEARLY) KW(X, "next", K_NEXT) PRT(X, "night", P_NIGHT, F_EN, FM_BASE) \
    NUM(X, "nine", 9, F_EN) MON(X, "nisan", 4, F_TR | F_AMBIG) PRT(X, "noon", P_NOON, F_EN, FM_BASE) \
    MON(X, "nov", 11, F_EN | F_ABBR) MON(X, "november", 11, F_EN) KW(X, "now", K_NOW)
#define WORDS_O(X) \
    MON(X, "ocak", 1, F_TR | F_AMBIG) MON(X, "oct", 10, F_EN | F_ABBR) MON(X, "october", 10, F_EN) \
    KW(X, "of", K_OF) PRT(X, "ogle", P_NOON, F_TR, FM_BASE) PRT(X, "ogleden", P_AFTERNOON, F_TR, FM_SONRA) \
    KW(X, "on", K_ON) KW(X, "once", K_ONCE) KW(X, "onceki", K_ONCEKI) NUM(X, "one", 1, F_EN) \
    KW(X, "onumuzdeki", K_ONUMUZDEKI) NUM(X, "otuz", 30, F_TR) KW(X, "over", K_OVER) \
    KW(X, "overnight", K_OVERNIGHT)
#define WORDS_P(X) \
    KW(X, "past", K_PAST) WDY(X, "pazar", 6, F_TR | F_STRICT) WDY(X, "pazartesi", 0, F_TR) \
    WDY(X, "persembe", 3, F_TR) KW(X, "previous", K_LAST)
#define WORDS_R(X) \
    KW(X, "roughly", K_ROUGHLY)
#define WORDS_S(X) \
    PRT(X, "sabah", P_MORNING, F_TR, FM_BASE) PRT(X, "sabahi", P_MORNING, F_TR, FM_POSS) \
    KW(X, "saatlerinde", K_SAATLERINDE) WDY(X, "sali", 1, F_TR) WDY(X, "sat", 5, F_EN | F_ABBR) \
    WDY(X, "saturday", 5, F_EN) NUM(X, "sekiz", 8, F_TR) UNI(X, "sene", U_YEAR, F_TR, FM_BASE) \
    UNI(X, "senedir", U_YEAR, F_TR, FM_DIR) UNI(X, "senelerdir", U_YEAR, F_TR, FM_LARDIR) \
    UNI(X, "senede", U_YEAR, F_TR, FM_LOC) UNI(X, "senelerde", U_YEAR, F_TR, FM_PLLOC) \
    YW(X, "senesinde", FM_LOC) YW(X, "senesi", FM_BASE) MON(X, "sep", 9, F_EN | F_ABBR) \
    MON(X, "sept", 9, F_EN | F_ABBR) MON(X, "september", 9, F_EN) NUM(X, "seven", 7, F_EN) \
    NUM(X, "several", -1, F_EN) KW(X, "since", K_SINCE) NUM(X, "six", 6, F_EN) KW(X, "some", K_SOME) \
    KW(X, "son", K_SON) KW(X, "sonra", K_SONRA) KW(X, "sonu", K_SONU) KW(X, "start", K_START) \
    MON(X, "subat", 2, F_TR) WDY(X, "sun", 6, F_EN | F_ABBR) WDY(X, "sunday", 6, F_EN)
#define WORDS_T(X) \
    KW(X, "tarihinde", K_TARIHINDE) KW(X, "tarihinden", K_TARIHINDEN) MON(X, "temmuz", 7, F_TR) \
    NUM(X, "ten", 10, F_EN) KW(X, "than", K_THAN) KW(X, "the", K_THE) NUM(X, "thirty", 30, F_EN) \
    KW(X, "this", K_THIS) NUM(X, "three", 3, F_EN) KW(X, "throughout", K_THROUGHOUT) \
    WDY(X, "thu", 3, F_EN | F_ABBR) WDY(X, "thur", 3, F_EN | F_ABBR) WDY(X, "thurs", 3, F_EN | F_ABBR) \
    WDY(X, "thursday", 3, F_EN) KW(X, "till", K_TILL) KW(X, "to", K_TO) REL(X, "today", 0, F_EN) \
    REL(X, "tomorrow", 1, F_EN) X("tonight", C_RELDAY, 0, F_EN, FM_POSS) WDY(X, "tue", 1, F_EN | F_ABBR) \
    WDY(X, "tues", 1, F_EN | F_ABBR) WDY(X, "tuesday", 1, F_EN) NUM(X, "twelve", 12, F_EN) \
    NUM(X, "twenty", 20, F_EN) NUM(X, "two", 2, F_EN)
#define WORDS_U(X) \
    NUM(X, "uc", 3, F_TR) KW(X, "until", K_UNTIL) KW(X, "uzun", K_UZUN)
#define WORDS_W(X) \
    WDY(X, "wed", 2, F_EN | F_ABBR) WDY(X, "wednesday", 2, F_EN) UNI(X, "week", U_WEEK, F_EN, FM_BASE) \
    UNI(X, "weeks", U_WEEK, F_EN | F_PLURAL, FM_BASE) KW(X, "weekend", K_WEEKEND) KW(X, "within", K_WITHIN)
#define WORDS_Y(X) \
    KW(X, "yana", K_YANA) REL(X, "yarin", 1, F_TR) REL(X, "yarinki", 1, F_TR) KW(X, "yarisi", K_YARISI) \
    UNI(X, "year", U_YEAR, F_EN, FM_BASE) UNI(X, "years", U_YEAR, F_EN | F_PLURAL, FM_BASE) \
    NUM(X, "yedi", 7, F_TR) REL(X, "yesterday", -1, F_EN) UNI(X, "yil", U_YEAR, F_TR, FM_BASE) \
    UNI(X, "yildir", U_YEAR, F_TR, FM_DIR) UNI(X, "yillardir", U_YEAR, F_TR, FM_LARDIR) \
    UNI(X, "yilda", U_YEAR, F_TR, FM_LOC) UNI(X, "yillarda", U_YEAR, F_TR, FM_PLLOC) \
    YW(X, "yilinda", FM_LOC) YW(X, "yili", FM_BASE) YW(X, "yilindan", FM_ABL) YW(X, "yilinin", FM_GEN) \
    YW(X, "yilina", FM_OTHER) YW(X, "yilindaki", FM_OTHER) NUM(X, "yirmi", 20, F_TR)


static const wordent W_A[] = {WORDS_A(ENTRY)};
static const uint8_t N_A[] = {WORDS_A(LENOF)};
static const wordent W_B[] = {WORDS_B(ENTRY)};
static const uint8_t N_B[] = {WORDS_B(LENOF)};
static const wordent W_C[] = {WORDS_C(ENTRY)};
static const uint8_t N_C[] = {WORDS_C(LENOF)};
static const wordent W_D[] = {WORDS_D(ENTRY)};
static const uint8_t N_D[] = {WORDS_D(LENOF)};
static const wordent W_E[] = {WORDS_E(ENTRY)};
static const uint8_t N_E[] = {WORDS_E(LENOF)};
static const wordent W_F[] = {WORDS_F(ENTRY)};
static const uint8_t N_F[] = {WORDS_F(LENOF)};
static const wordent W_G[] = {WORDS_G(ENTRY)};
static const uint8_t N_G[] = {WORDS_G(LENOF)};
static const wordent W_H[] = {WORDS_H(ENTRY)};
static const uint8_t N_H[] = {WORDS_H(LENOF)};
static const wordent W_I[] = {WORDS_I(ENTRY)};
static const uint8_t N_I[] = {WORDS_I(LENOF)};
static const wordent W_J[] = {WORDS_J(ENTRY)};
static const uint8_t N_J[] = {WORDS_J(LENOF)};
static const wordent W_K[] = {WORDS_K(ENTRY)};
static const uint8_t N_K[] = {WORDS_K(LENOF)};
static const wordent W_L[] = {WORDS_L(ENTRY)};
static const uint8_t N_L[] = {WORDS_L(LENOF)};
static const wordent W_M[] = {WORDS_M(ENTRY)};
static const uint8_t N_M[] = {WORDS_M(LENOF)};
static const wordent W_N[] = {WORDS_N(ENTRY)};
static const uint8_t N_N[] = {WORDS_N(LENOF)};
static const wordent W_O[] = {WORDS_O(ENTRY)};
static const uint8_t N_O[] = {WORDS_O(LENOF)};
static const wordent W_P[] = {WORDS_P(ENTRY)};
static const uint8_t N_P[] = {WORDS_P(LENOF)};
static const wordent W_R[] = {WORDS_R(ENTRY)};
static const uint8_t N_R[] = {WORDS_R(LENOF)};
static const wordent W_S[] = {WORDS_S(ENTRY)};
static const uint8_t N_S[] = {WORDS_S(LENOF)};
static const wordent W_T[] = {WORDS_T(ENTRY)};
static const uint8_t N_T[] = {WORDS_T(LENOF)};
static const wordent W_U[] = {WORDS_U(ENTRY)};
static const uint8_t N_U[] = {WORDS_U(LENOF)};
static const wordent W_W[] = {WORDS_W(ENTRY)};
static const uint8_t N_W[] = {WORDS_W(LENOF)};
static const wordent W_Y[] = {WORDS_Y(ENTRY)};
static const uint8_t N_Y[] = {WORDS_Y(LENOF)};

#define COUNT(a) ((uint8_t)(sizeof(a) / sizeof((a)[0])))
#define BUCKET_OF(L) {W_##L, N_##L, COUNT(W_##L), LASTMASKS(WORDS_##L)}
static const struct {
    const wordent *e;
    const uint8_t *lens_of; /* the key lengths, in entry order */
    uint8_t n;
    uint32_t last[WMAX];    /* [n] bit l: a key of n bytes ends in 'a' + l */
} BUCKET[26] = {
    BUCKET_OF(A), BUCKET_OF(B), BUCKET_OF(C), BUCKET_OF(D), BUCKET_OF(E), BUCKET_OF(F), BUCKET_OF(G),
    BUCKET_OF(H), BUCKET_OF(I), BUCKET_OF(J), BUCKET_OF(K), BUCKET_OF(L), BUCKET_OF(M), BUCKET_OF(N),
    BUCKET_OF(O), BUCKET_OF(P), {0},          BUCKET_OF(R), BUCKET_OF(S), BUCKET_OF(T), BUCKET_OF(U),
    {0},          BUCKET_OF(W), {0},          BUCKET_OF(Y), {0},
};

/* Can a folded word of len bytes from first to last letter be a key?  The
 * first letter, the length and the last letter must be those of a key, which
 * nine in ten of the other words of news text fail. */
static inline bool may_be_key(unsigned char first, unsigned char last, unsigned len)
{
    unsigned f = first - (unsigned)'a', l = last - (unsigned)'a';
    return f < 26u && l < 26u && len > 0 && len < WMAX && (BUCKET[f].last[len] & (1u << l));
}

/* The word table as a hash table, for lookup: the folded key's first 16
 * bytes, zero-padded, as two words (keys are shorter than WMAX and hold no NUL,
 * so the pair is the key).  A linear scan of a bucket cost about 120
 * instructions a word, and the main loop looks up most words of a paragraph
 * that pass may_be_key; a probe costs a fifth of that.  Built once, on the
 * first call of sr_timex_find, from BUCKET (so it can never disagree with it);
 * a key listed twice keeps its first entry, as the scan did. */
typedef struct wkey {
    uint64_t k0, k1;
} wkey;

#define KEY_SLOTS 1024 /* a power of two, about four times the number of keys */
static uint16_t key_slot[KEY_SLOTS];  /* index + 1 into key_ent, 0 = empty */
static wkey key_keys[KEY_SLOTS / 2];
static const wordent *key_ent[KEY_SLOTS / 2];

/* The key of the folded word w[0, len) (0 < len < WMAX); WMAX bytes of w
 * are readable, those from len on may hold anything. */
static inline wkey key_of(const char *w, unsigned len)
{
    wkey k;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    memcpy(&k.k0, w, 8);
    memcpy(&k.k1, w + 8, 8);
    /* byte i of the text is bits 8i..8i+7: keep the first len bytes */
    k.k0 &= len >= 8 ? ~0ull : (1ull << (8 * len)) - 1;
    k.k1 &= len <= 8 ? 0ull : (1ull << (8 * (len - 8))) - 1;
#else
    unsigned char buf[WMAX] = {0};
    memcpy(buf, w, len);
    memcpy(&k.k0, buf, 8);
    memcpy(&k.k1, buf + 8, 8);
#endif
    return k;
}

static inline unsigned key_hash(wkey k)
{
    return (unsigned)((k.k0 * 0x9E3779B97F4A7C15ull + k.k1 * 0xC2B2AE3D27D4EB4Full) >> 54) & (KEY_SLOTS - 1);
}

/* What a plain ASCII word can do at the start of parse_at. */
enum start_kind {
    ST_NONE = 0, /* no table entry: lex_raw gives it none, so it starts nothing */
    ST_NEVER,    /* an entry with which core fails and that is no preposition */
    ST_NEXT,     /* a count word, keyword or "year": succeeds only when the token after
                    it is a number or a word with an entry (see skip_nonstarters) */
    ST_TRY       /* anything else (anchors, "mid-"): the full parser decides */
};

/* The start kind of a table entry, from core and parse_at: at the start of
 * parse_at there is no preposition before the word yet (prep is K_NONE), and
 * after core fails only a preposition (is_prep) goes on.  A rule that comes
 * to start at a word this calls ST_NEVER must change it here. */
static inline enum start_kind entry_start(const wordent *e)
{
    switch (e->cls) {
    case C_YEARWORD: case C_MONTHWORD:
        return ST_NEVER; /* core's default; kw() is K_NONE, so no preposition either */
    case C_NUM:
        return ST_NEXT;
    case C_UNIT:
        /* core starts at "year" before a year and at "yıllardır" & co.; "for
         * years" needs the preposition, so it starts at "for" */
        if (e->flags & F_TR)
            return e->form == FM_LARDIR ? ST_TRY : ST_NEVER;
        return e->val == U_YEAR && !(e->flags & F_PLURAL) ? ST_NEXT : ST_NEVER;
    case C_PART:
        /* an English part of the day starts only after "at" ("at night") */
        return (e->flags & F_TR) ? ST_TRY : ST_NEVER;
    case C_KW:
        switch (e->val) {
        case K_MID:
            return ST_TRY; /* "mid-October": punctuation after it */
        case K_TO: case K_AND: case K_AGO: case K_NOW: case K_WEEKEND: case K_THAN: case K_LEAST: case K_COUPLE:
        case K_ONCE: case K_BERI: case K_YANA: case K_BOYUNCA: case K_ICINDE: case K_GUNU: case K_SONRA:
        case K_SAATLERINDE: case K_TARIHINDE: case K_TARIHINDEN: case K_YARISI: case K_SONU:
            return ST_NEVER; /* in neither core's switch nor is_prep: they only follow other words */
        default:
            return ST_NEXT;
        }
    default:
        return ST_TRY;
    }
}

/* The start kind of every word of one to three letters, indexed by
 * short_index: three words in ten of news text are this short ("the", "of",
 * "in", "a", "and"), and most of them are keys, which the hash lookup took
 * about ninety instructions to say.  Filled once from the hash table (so a
 * key listed twice counts with its first entry, as in lookup); a word that is
 * no key is ST_NONE (0), as plain_start says: no Turkish month stem is this
 * short. */
#define SHORT_SLOTS (27 * 27 * 27)
static uint8_t short_start[SHORT_SLOTS];

/* Index into short_start of the folded letters c1 c2 c3 (0 for a letter past
 * the word's end). */
static inline unsigned short_index(unsigned c1, unsigned c2, unsigned c3)
{
    return ((c1 - 'a' + 1) * 27 + (c2 ? c2 - 'a' + 1 : 0)) * 27 + (c3 ? c3 - 'a' + 1 : 0);
}

/* Turkish months written with a case suffix glued on ("martta", "Mayısta",
 * "temmuzdan"): only the months that are not also everyday words or names. */
static const struct {
    const char *w;
    uint8_t len, month;
} TR_MONTH_STEMS[] = {{"subat", 5, 2}, {"mart", 4, 3}, {"mayis", 5, 5}, {"haziran", 7, 6}, {"temmuz", 6, 7},
                      {"agustos", 7, 8}};

/* [first letter][second letter] bit n: a key of n bytes, or a word of n
 * bytes that tr_stem_index could take for a month of TR_MONTH_STEMS, starts
 * with those two letters: with word_cand, the skip loop's rejection of the
 * words of four letters or more that share a key's first letter, length and
 * last letter ("size", "area", "town"; half of those that pass word_cand). */
static uint16_t pair_cand[26][26];

/* [first letter][length] bit l: may_be_key or may_be_tr_stem passes for a word
 * ending in 'a' + l, for the skip loop's one-test rejection of a word. */
static uint32_t word_cand[26][WMAX];

static bool may_be_tr_stem(unsigned char first, unsigned char last, unsigned len);

/* What a byte is to skip_nonstarters and lex_raw, as bits (0 for a digit): one load
 * instead of a chain of range tests at every word it skips.  Filled once,
 * with the tables below. */
enum { BK_SPACE = 1, BK_LETTER = 2, BK_PUNCT = 4, BK_GLUE = 8 /* may continue a word: ' and non-ASCII */ };
static uint8_t byte_kind[256];

static void key_table_build(void)
{
    for (unsigned c = 0; c < 256; c++) {
        unsigned k = BK_PUNCT; /* any other ASCII byte */
        if (c >= 0x80)
            k = BK_GLUE;
        else if (c == ' ' || c - '\t' < 5u) /* \t \n \v \f \r */
            k = BK_SPACE;
        else if ((c | 0x20) - 'a' < 26u)
            k = BK_LETTER;
        else if (c - '0' < 10u)
            k = 0;
        else if (c == '\'')
            k = BK_PUNCT | BK_GLUE;
        byte_kind[c] = (uint8_t)k;
    }
    for (unsigned f = 0; f < 26; f++)
        for (unsigned len = 1; len < WMAX; len++)
            for (unsigned l = 0; l < 26; l++)
                if (may_be_key((unsigned char)('a' + f), (unsigned char)('a' + l), len) ||
                    may_be_tr_stem((unsigned char)('a' + f), (unsigned char)('a' + l), len))
                    word_cand[f][len] |= 1u << l;
    for (unsigned i = 0; i < sizeof(TR_MONTH_STEMS) / sizeof(TR_MONTH_STEMS[0]); i++)
        for (unsigned len = TR_MONTH_STEMS[i].len + 1u; len < WMAX && len - TR_MONTH_STEMS[i].len < SMAX; len++)
            pair_cand[TR_MONTH_STEMS[i].w[0] - 'a'][TR_MONTH_STEMS[i].w[1] - 'a'] |= (uint16_t)(1u << len);
    unsigned n = 0;
    for (unsigned c = 0; c < 26; c++) {
        for (unsigned i = 0; i < BUCKET[c].n; i++) {
            const wordent *e = &BUCKET[c].e[i];
            char w[WMAX] = {0};
            memcpy(w, e->w, e->len);
            wkey k = key_of(w, e->len);
            unsigned h = key_hash(k);
            for (; key_slot[h] != 0; h = (h + 1) & (KEY_SLOTS - 1)) {
                const wkey *o = &key_keys[key_slot[h] - 1];
                if (o->k0 == k.k0 && o->k1 == k.k1)
                    break;
            }
            if (key_slot[h] != 0 || n >= KEY_SLOTS / 2)
                continue; /* a duplicate (or, impossibly, a full table) */
            key_keys[n] = k;
            key_ent[n] = e;
            key_slot[h] = (uint16_t)++n;
            if (e->len > 1)
                pair_cand[e->w[0] - 'a'][e->w[1] - 'a'] |= (uint16_t)(1u << e->len);
            if (e->len <= 3)
                short_start[short_index((unsigned char)e->w[0], e->len > 1 ? (unsigned char)e->w[1] : 0,
                                        e->len > 2 ? (unsigned char)e->w[2] : 0)] = (uint8_t)entry_start(e);
        }
    }
}

static pthread_once_t key_table_once = PTHREAD_ONCE_INIT;

/* The entry with key k, or NULL. */
static inline const wordent *lookup_key(wkey k)
{
    for (unsigned h = key_hash(k);; h = (h + 1) & (KEY_SLOTS - 1)) {
        unsigned i = key_slot[h];
        if (i == 0)
            return NULL;
        if (key_keys[i - 1].k0 == k.k0 && key_keys[i - 1].k1 == k.k1)
            return key_ent[i - 1];
    }
}

/* The entry of the folded word w[0, len), or NULL.  WMAX bytes of w are
 * readable (every caller's buffer is WMAX long). */
static const wordent *lookup(const char *w, unsigned len)
{
    if (len == 0 || !may_be_key((unsigned char)w[0], (unsigned char)w[len - 1], len))
        return NULL;
    return lookup_key(key_of(w, len));
}

/* ------------------------------------------------------------------- lexer */

enum tok_type { T_END = 0, T_WORD, T_NUM, T_PUNCT };


typedef struct tok {
    uint32_t start, end;  /* whole token, suffix included */
    uint32_t core_end;    /* end of the word or digits before any suffix */
    uint32_t cp;          /* T_PUNCT: the code point (0xFFFD for a bad byte) */
    int num;              /* T_NUM: value, capped at 99999 */
    const wordent *we;    /* T_WORD: table entry, or NULL */
    uint8_t type;
    uint8_t len;          /* T_WORD: folded length (WMAX when too long); T_NUM: digit count */
    uint8_t suflen;       /* folded suffix length; SMAX when too long */
    bool nl;              /* a line break lies between the previous token and this one */
    bool gap;             /* white space precedes this token */
    bool upper;           /* first letter is upper case */
    bool apos;            /* the suffix follows an apostrophe */
    bool stem;            /* the suffix was split off a Turkish month key (no apostrophe) */
    char w[WMAX];         /* folded key, NUL-terminated */
    char suf[SMAX];       /* folded suffix, NUL-terminated; for numbers also a glued tail ("th") */
} tok;

/* The text being scanned and a small cache of recently lexed tokens: the
 * grammar looks ahead from the same token many times, and a cache hit is a
 * copy instead of a re-lex.  Lives on sr_timex_find's stack. */
#define TCACHE 4
typedef struct scan {
    const unsigned char *b;
    uint32_t from, to;
    uint32_t cpos[TCACHE]; /* position each cached token was lexed from; UINT32_MAX = empty */
    unsigned cnext;        /* next slot to replace */
    tok cache[TCACHE];
} scan;



/* Decodes one UTF-8 sequence at p (n >= 1 bytes available); returns its length,
 * 1 with *cp = 0xFFFD for a malformed or truncated sequence. */
static unsigned utf8_dec(const unsigned char *p, uint32_t n, uint32_t *cp)
{
    unsigned c = p[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    unsigned len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4, v = c & 0x07, min = 0x10000;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (n < len) {
        *cp = 0xFFFD;
        return 1;
    }
    for (unsigned i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = v;
    return len;
}

static bool is_space_cp(uint32_t cp)
{
    return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
           cp == 0xFEFF;
}

static bool is_apos_cp(uint32_t cp)
{
    return cp == '\'' || cp == 0x2019 || cp == 0x2BC;
}

/* Letters of words: ASCII letters and, above U+00BF, everything except the
 * punctuation, symbol, private-use and emoji blocks (enough to find word
 * boundaries in any script; only Latin letters ever match a key). */
static bool is_letter_cp(uint32_t cp)
{
    if (cp < 0x80)
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp == 0x2BC || cp == 0xFFFD)
        return false;
    if (cp >= 0x2000 && cp <= 0x2BFF)
        return false;
    if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF20) || cp >= 0x1F000)
        return false;
    return true;
}

/* Folded form of a letter: its ASCII base for the Turkish and common Latin
 * letters, 0 to drop it (combining dot above), '*' for anything else. */
static char fold_cp(uint32_t cp, bool *upper)
{
    *upper = false;
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') {
            *upper = true;
            return (char)(cp | 0x20);
        }
        return (char)cp;
    }
    switch (cp) {
    case 0xC7: *upper = true; /* fallthrough */
    case 0xE7: return 'c';
    case 0x11E: *upper = true; /* fallthrough */
    case 0x11F: return 'g';
    case 0x130: *upper = true; /* fallthrough */
    case 0x131: return 'i';
    case 0xD6: *upper = true; /* fallthrough */
    case 0xF6: return 'o';
    case 0x15E: *upper = true; /* fallthrough */
    case 0x15F: return 's';
    case 0xDC: *upper = true; /* fallthrough */
    case 0xFC: return 'u';
    case 0xC2: *upper = true; /* fallthrough */
    case 0xE2: return 'a';
    case 0xCE: *upper = true; /* fallthrough */
    case 0xEE: return 'i';
    case 0xDB: *upper = true; /* fallthrough */
    case 0xFB: return 'u';
    case 0x307: return 0;
    default: break;
    }
    if (cp >= 0xC0 && cp <= 0xDE)
        *upper = true;
    return '*';
}

/* Bit 7 set in each of the 8 bytes of x that is not an ASCII letter.  The
 * bytes are folded ("| 0x20") and cut to 7 bits so that adding to them never
 * carries into the next byte: bit 7 of y + 0x1F is set when y >= 'a', of
 * y + 0x05 when y > 'z'; bytes with bit 7 set in x are not ASCII at all. */
static inline uint64_t nonletters8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
    uint64_t y = (x | ones * 0x20) & (ones * 0x7F);
    return (~(y + ones * 0x1F) | (y + ones * 0x05) | x) & high;
}

/* End of the run of ASCII letters at b[p, to): sixteen bytes at a time with
 * SSE2 (always there on x86-64; a signed compare rejects the bytes >= 0x80
 * for free), then eight at a time where the byte order lets the lowest
 * flagged byte be the first in the text. */
#if defined(__GNUC__)
#define TX_INLINE static inline __attribute__((always_inline))
#else
#define TX_INLINE static inline
#endif

/* Inlined into its callers (the skip loops call it for every word of a
 * paragraph; the call cost a sixth of its work). */
TX_INLINE uint32_t letters_end(const unsigned char *b, uint32_t p, uint32_t to)
{
#ifdef __SSE2__
    const __m128i a1 = _mm_set1_epi8('a' - 1), z1 = _mm_set1_epi8('z' + 1), fold = _mm_set1_epi8(0x20);
    for (; to - p >= 16; p += 16) {
        __m128i v = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(b + p)), fold);
        __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(v, a1), _mm_cmpgt_epi8(z1, v));
        unsigned m = ~(unsigned)_mm_movemask_epi8(letter) & 0xFFFFu;
        if (m)
            return p + (uint32_t)__builtin_ctz(m);
    }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (; to - p >= 8; p += 8) {
        uint64_t x;
        memcpy(&x, b + p, 8);
        uint64_t m = nonletters8(x);
        if (m)
            return p + (uint32_t)(__builtin_ctzll(m) >> 3);
    }
#endif
    while (p < to && (b[p] | 0x20u) - 'a' < 26u)
        p++;
    return p;
}

/* Folds the ASCII letters b[p, p + k) (k < WMAX) to lower case into w.  With
 * WMAX bytes left before to it folds them all at once, two words at a time
 * (the bytes after the word are garbage the caller cuts off or ignores);
 * else byte by byte.  Hand-written: this runs for most words of the text. */
TX_INLINE void fold_key(const unsigned char *b, uint32_t p, uint32_t to, unsigned k, char *w)
{
    _Static_assert(WMAX == 2 * sizeof(uint64_t), "the key buffer is folded as two words");
    if (to - p >= WMAX) {
        const uint64_t lower = 0x0101010101010101ull * 0x20;
        uint64_t x[2];
        memcpy(x, b + p, WMAX);
        x[0] |= lower;
        x[1] |= lower;
        memcpy(w, x, WMAX);
    } else {
        for (unsigned i = 0; i < k; i++)
            w[i] = (char)(b[p + i] | 0x20);
    }
}

/* The fast path of the lexer for the common case, a word of ASCII letters
 * only: folds the run of ASCII letters at p into w (WMAX bytes; at most
 * WMAX - 1 letters kept, NUL-terminated, *len the folded length or WMAX when
 * longer) and returns its end, or 0 when a non-ASCII byte or an apostrophe
 * follows the run (a letter or a suffix may continue the word: read_letters
 * and read_suffix decide).  For a plain word this is what read_letters gives
 * and read_suffix adds nothing.  The bytes of w after the NUL are unspecified. */
static uint32_t plain_word(const scan *s, uint32_t p, char *w, uint8_t *len)
{
    const unsigned char *b = s->b;
    const uint32_t start = p, to = s->to;
    p = letters_end(b, p, to);
    if (p < to && (b[p] >= 0x80 || b[p] == '\''))
        return 0;
    unsigned n = p - start, k = n < WMAX - 1 ? n : WMAX - 1;
    fold_key(b, start, to, k, w); /* the bytes after the word are cut off here */
    w[k] = '\0';
    *len = (uint8_t)(n < WMAX ? n : WMAX);
    return p;
}

/* Reads letters from p, folding at most cap-1 of them into buf.  Returns the
 * byte position after the last letter; *n is the folded length (cap when
 * longer); *first_upper tells whether the first letter was upper case. */
static uint32_t read_letters(scan *s, uint32_t p, char *buf, unsigned cap, uint8_t *n, bool *first_upper)
{
    unsigned k = 0;
    const unsigned char *b = s->b;
    *first_upper = p < s->to && b[p] >= 'A' && b[p] <= 'Z';
    bool first = true;
    while (p < s->to) {
        unsigned char c = b[p];
        if (c < 0x80) { /* the fast path: ASCII letters */
            unsigned char low = c | 0x20;
            if (low < 'a' || low > 'z')
                break;
            if (k < cap - 1)
                buf[k] = (char)low;
            k++;
            p++;
            first = false;
            continue;
        }
        uint32_t cp;
        unsigned l = utf8_dec(b + p, s->to - p, &cp);
        if (!is_letter_cp(cp))
            break;
        bool up;
        char f = fold_cp(cp, &up);
        if (first)
            *first_upper = up;
        first = false;
        if (f) {
            if (k < cap - 1)
                buf[k] = f;
            k++;
        }
        p += l;
    }
    if (k >= cap)
        k = cap;
    buf[k < cap ? k : cap - 1] = '\0';
    *n = (uint8_t)k;
    return p;
}

/* The suffix after an apostrophe at p, if a letter follows it. */
static uint32_t read_suffix(scan *s, uint32_t p, tok *t)
{
    if (p >= s->to)
        return p;
    unsigned char c = s->b[p];
    if (c != '\'' && c != 0xE2 && c != 0xCA) /* ' ’ ʼ */
        return p;
    uint32_t cp;
    unsigned l = utf8_dec(s->b + p, s->to - p, &cp);
    if (!is_apos_cp(cp) || p + l >= s->to)
        return p;
    uint32_t cp2;
    utf8_dec(s->b + p + l, s->to - p - l, &cp2);
    if (!is_letter_cp(cp2))
        return p;
    bool up;
    uint32_t e = read_letters(s, p + l, t->suf, SMAX, &t->suflen, &up);
    t->apos = true;
    return e;
}

enum suffix_class {
    SX_LOC = 1 << 0, SX_ABL = 1 << 1, SX_DAT = 1 << 2, SX_REL = 1 << 3, SX_GEN = 1 << 4, SX_ACC = 1 << 5,
    SX_S = 1 << 6
};

static unsigned suffix_class(const char *s, unsigned n);

/* Can a folded word of len bytes from first to last letter be a month of
 * TR_MONTH_STEMS with a glued locative or ablative suffix? */
static bool may_be_tr_stem(unsigned char first, unsigned char last, unsigned len)
{
    if (len < 6 || len >= WMAX) /* the shortest is "mart" + "ta" */
        return false;
    if (last != 'a' && last != 'e' && last != 'n')
        return false; /* every locative and ablative suffix ends so */
    return first == 's' || first == 'm' || first == 'h' || first == 't' || first == 'a';
}

/* Index into TR_MONTH_STEMS of the month that the folded word w[0, len) is
 * with a glued locative or ablative suffix ("martta", "temmuzdan"), or -1. */
static int tr_stem_index(const char *w, unsigned len)
{
    if (len == 0 || !may_be_tr_stem((unsigned char)w[0], (unsigned char)w[len - 1], len))
        return -1;
    for (unsigned i = 0; i < sizeof(TR_MONTH_STEMS) / sizeof(TR_MONTH_STEMS[0]); i++) {
        unsigned m = TR_MONTH_STEMS[i].len;
        if (w[0] == TR_MONTH_STEMS[i].w[0] && w[1] == TR_MONTH_STEMS[i].w[1] && len > m && len - m < SMAX &&
            memcmp(w, TR_MONTH_STEMS[i].w, m) == 0 && (suffix_class(w + m, len - m) & (SX_LOC | SX_ABL)))
            return (int)i;
    }
    return -1;
}

/* A Turkish month key with a glued case suffix: splits "martta" into the key
 * "mart" and the suffix "ta" and returns the month's entry, or NULL. */
static const wordent *tr_stem_month(tok *t)
{
    int i = tr_stem_index(t->w, t->len);
    if (i < 0)
        return NULL;
    unsigned m = TR_MONTH_STEMS[i].len;
    memcpy(t->suf, t->w + m, t->len - m);
    t->suf[t->len - m] = '\0';
    t->suflen = (uint8_t)(t->len - m);
    t->stem = true;
    t->w[m] = '\0';
    t->len = (uint8_t)m;
    return lookup(t->w, m);
}

/* The token at or after pos.  Never reads outside [from, to). */
static void lex_raw(scan *s, uint32_t pos, tok *t)
{
    const unsigned char *b = s->b;
    uint32_t p = pos;
    bool nl = false;
    while (p < s->to) {
        unsigned char c = b[p];
        if (c < 0x80) {
            if (byte_kind[c] != BK_SPACE)
                break;
            nl |= c == '\n';
            p++;
            continue;
        }
        uint32_t cp;
        unsigned l = utf8_dec(b + p, s->to - p, &cp);
        if (!is_space_cp(cp))
            break;
        if (cp == 0x2028 || cp == 0x2029)
            nl = true;
        p += l;
    }
    t->start = p;
    t->nl = nl;
    t->gap = p != pos;
    t->we = NULL;
    t->suflen = 0;
    t->suf[0] = '\0';
    t->apos = false;
    t->stem = false;
    t->upper = false;
    t->len = 0;
    t->w[0] = '\0';
    t->num = 0;
    t->cp = 0;
    if (p >= s->to) {
        t->type = T_END;
        t->end = t->core_end = p;
        return;
    }
    unsigned char c = b[p];
    if (c >= '0' && c <= '9') {
        int v = 0;
        unsigned nd = 0;
        while (p < s->to && b[p] >= '0' && b[p] <= '9') {
            if (v < 99999)
                v = v * 10 + (b[p] - '0');
            if (v > 99999)
                v = 99999;
            nd++;
            p++;
        }
        t->type = T_NUM;
        t->num = v;
        t->len = (uint8_t)(nd > 255 ? 255 : nd);
        t->core_end = p;
        /* an ASCII byte after the digits that is neither a letter nor an
         * apostrophe (a space, a comma: most numbers) starts no tail and no
         * suffix: the decoding below would find nothing */
        if (p < s->to && (b[p] >= 0x80 || b[p] == '\'' || (b[p] | 0x20u) - 'a' < 26u)) {
            uint32_t cp;
            utf8_dec(b + p, s->to - p, &cp);
            if (is_letter_cp(cp)) {
                bool up; /* a glued tail: "18th", "1990s" */
                p = read_letters(s, p, t->suf, SMAX, &t->suflen, &up);
            } else {
                p = read_suffix(s, p, t);
            }
        }
        t->end = p;
        return;
    }
    uint32_t e;
    if ((c | 0x20u) - 'a' < 26u && (e = plain_word(s, p, t->w, &t->len)) != 0) {
        t->type = T_WORD;
        t->upper = c <= 'Z';
        t->core_end = t->end = e;
    } else {
        uint32_t cp;
        unsigned l = utf8_dec(b + p, s->to - p, &cp);
        if (!is_letter_cp(cp)) {
            t->type = T_PUNCT;
            t->cp = cp;
            t->end = t->core_end = p + l;
            return;
        }
        t->type = T_WORD;
        p = read_letters(s, p, t->w, WMAX, &t->len, &t->upper);
        t->core_end = p;
        p = read_suffix(s, p, t);
        t->end = p;
    }
    if (t->len > 0 && t->len < WMAX) {
        t->we = lookup(t->w, t->len);
        if (t->we == NULL && t->suflen == 0)
            t->we = tr_stem_month(t);
    }
}

/* lex_raw through the cache.  A position is in at most one slot (a token
 * is cached only when it is not there).  With SSE2 the four slots are
 * compared at once: the grammar's look-ahead asks for the same few tokens
 * again and again, and the loop over the slots cost more than the copy. */
static void lex(scan *s, uint32_t pos, tok *t)
{
#ifdef __SSE2__
    _Static_assert(TCACHE == 4, "the slots are compared as one vector of four");
    __m128i same = _mm_cmpeq_epi32(_mm_loadu_si128((const __m128i *)(const void *)s->cpos), _mm_set1_epi32((int)pos));
    unsigned hit = (unsigned)_mm_movemask_ps(_mm_castsi128_ps(same));
    if (hit) {
        *t = s->cache[__builtin_ctz(hit)];
        return;
    }
#else
    for (unsigned i = 0; i < TCACHE; i++) {
        if (s->cpos[i] == pos) {
            *t = s->cache[i];
            return;
        }
    }
#endif
    lex_raw(s, pos, t);
    unsigned i = s->cnext;
    s->cnext = (i + 1) % TCACHE;
    s->cpos[i] = pos;
    s->cache[i] = *t;
}

/* ---------------------------------------------------------- token helpers */

/* The token after cur, false at the end of the range or across a line break. */
static bool nx(scan *s, const tok *cur, tok *out)
{
    lex(s, cur->end, out);
    return out->type != T_END && !out->nl;
}

static int kw(const tok *t)
{
    return t->type == T_WORD && t->we != NULL && t->we->cls == C_KW ? t->we->val : K_NONE;
}

static int cls(const tok *t)
{
    return t->type == T_WORD && t->we != NULL ? t->we->cls : 0;
}

static bool is_punct(const tok *t, uint32_t cp)
{
    return t->type == T_PUNCT && t->cp == cp;
}

static bool glued(const tok *t)
{
    return !t->gap;
}


/* Class of a folded Turkish case suffix (or English 's), 0 when not one. */
static unsigned suffix_class(const char *s, unsigned n)
{
    if (n == 0 || n > 4)
        return 0;
    static const struct {
        const char *s;
        unsigned c;
    } SX[] = {
        {"da", SX_LOC}, {"de", SX_LOC}, {"ta", SX_LOC}, {"te", SX_LOC}, {"dan", SX_ABL}, {"den", SX_ABL},
        {"tan", SX_ABL}, {"ten", SX_ABL}, {"a", SX_DAT}, {"e", SX_DAT}, {"ya", SX_DAT}, {"ye", SX_DAT},
        {"daki", SX_REL}, {"deki", SX_REL}, {"taki", SX_REL}, {"teki", SX_REL}, {"in", SX_GEN},
        {"un", SX_GEN}, {"nin", SX_GEN}, {"nun", SX_GEN}, {"i", SX_ACC}, {"u", SX_ACC}, {"yi", SX_ACC},
        {"yu", SX_ACC}, {"s", SX_S},
    };
    for (unsigned i = 0; i < sizeof(SX) / sizeof(SX[0]); i++)
        if (SX[i].s[0] == s[0] && strlen(SX[i].s) == n && memcmp(SX[i].s, s, n) == 0)
            return SX[i].c;
    return 0;
}


/* Class of the token's case suffix; 0 when it has none or a glued tail. */
static unsigned sfx(const tok *t)
{
    if (t->suflen == 0 || t->suflen >= SMAX || !(t->apos || t->stem))
        return 0;
    return suffix_class(t->suf, t->suflen);
}

static bool ordinal_tail(const tok *t)
{
    if (t->apos || t->suflen != 2)
        return false;
    return memcmp(t->suf, "st", 2) == 0 || memcmp(t->suf, "nd", 2) == 0 || memcmp(t->suf, "rd", 2) == 0 ||
           memcmp(t->suf, "th", 2) == 0;
}

static bool is_digit_at(scan *s, uint32_t p)
{
    return p >= s->from && p < s->to && s->b[p] >= '0' && s->b[p] <= '9';
}

/* Does the number token continue as a longer number ("2,015", "2015.5", "18:30")? */
static bool number_continues(scan *s, const tok *t)
{
    if (t->suflen != 0)
        return false;
    uint32_t e = t->end;
    if (e < s->to && (s->b[e] == ',' || s->b[e] == '.' || s->b[e] == ':'))
        return is_digit_at(s, e + 1);
    return false;
}

/* Is the token glued to a word or a number before it ("F16", "12,2015")? */
static bool glued_before(scan *s, const tok *t)
{
    uint32_t p = t->start;
    if (p <= s->from)
        return false;
    unsigned char c = s->b[p - 1];
    if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9'))
        return true;
    if ((c == ',' || c == '.' || c == '-' || c == '/') && p - 1 > s->from && is_digit_at(s, p - 2))
        return true;
    return false;
}

/* A plain year: four digits, 1900–2100, with at most a case suffix after an apostrophe. */
static bool is_year_tok(scan *s, const tok *t)
{
    if (t->type != T_NUM || t->len != 4 || t->num < 1900 || t->num > 2100)
        return false;
    if (t->suflen != 0 && !(t->apos && sfx(t) != 0))
        return false;
    return !number_continues(s, t);
}

/* A decade: a round year, 1900–2090, with an "s" glued on or after an apostrophe ("1980s",
 * "1990's"). */
static bool is_decade_tok(scan *s, const tok *t)
{
    return t->type == T_NUM && t->len == 4 && t->num >= 1900 && t->num <= 2090 && t->num % 10 == 0 &&
           t->suflen == 1 && t->suf[0] == 's' && !number_continues(s, t);
}

/* A day of the month: 1–31 in one or two digits, optionally "18th". */
static bool is_day_tok(scan *s, const tok *t)
{
    if (t->type != T_NUM || t->len > 2 || t->num < 1 || t->num > 31)
        return false;
    if (t->suflen != 0 && !ordinal_tail(t) && !(t->apos && sfx(t) != 0))
        return false;
    return !number_continues(s, t);
}

/* ------------------------------------------------------------------ results */

typedef struct res {
    uint32_t start, end;
    sr_timex_kind kind;
    sr_date date;
    int weekday;
    int off;
    bool has_off;
    bool span;     /* a counted span ("for two days"), whatever its kind */
} res;

static void res_init(res *r, uint32_t start, uint32_t end, sr_timex_kind kind)
{
    r->start = start;
    r->end = end;
    r->kind = kind;
    r->date.year = r->date.month = r->date.day = 0;
    r->date.precision = SR_PREC_NONE;
    r->weekday = -1;
    r->off = 0;
    r->has_off = false;
    r->span = false;
}

/* Offset of n units (sign -1 back, 0 this, +1 forward); n < 0 means unknown. */
static void set_span(res *r, int unit, int n, int sign)
{
    if (n < 0) {
        r->has_off = false;
        r->date.precision = SR_PREC_NONE;
        return;
    }
    int days;
    sr_date_precision p;
    switch (unit) {
    case U_HOUR: days = (n + 23) / 24, p = SR_PREC_DAY; break;
    case U_DAY: days = n, p = SR_PREC_DAY; break;
    case U_WEEK: days = 7 * n, p = SR_PREC_WEEK; break;
    case U_MONTH: days = 30 * n, p = SR_PREC_MONTH; break;
    case U_DECADE: days = 3650 * n, p = SR_PREC_YEAR; break;
    default: days = 365 * n, p = SR_PREC_YEAR; break;
    }
    r->off = sign * days;
    r->has_off = true;
    r->date.precision = p;
}

/* ------------------------------------------------------------------ grammar */

enum ctx_flag {
    FL_MOD = 1 << 0,       /* early/late/mid/the end of … */
    FL_PAST = 1 << 1,      /* "the past", "the last": the count may be missing */
    FL_DET = 1 << 2,       /* last/this/next before a month */
    FL_TRDET = 1 << 3,     /* geçen/bu/geçtiğimiz before a month or weekday */
    FL_SON = 1 << 4,       /* Turkish "son" (the last N years) */
    FL_YEARWORD = 1 << 5,  /* "year" before a number */
    FL_NEEDDAY = 1 << 6    /* only a full day date will do */
};

static bool core(scan *s, const tok *t, int prep, unsigned fl, res *r);

/* Prepositions that make a four-digit number a year, and an English month a month. */
static bool year_prep(int k)
{
    switch (k) {
    case K_IN: case K_SINCE: case K_DURING: case K_UNTIL: case K_TILL: case K_BY: case K_FROM: case K_OF:
    case K_AFTER: case K_BEFORE: case K_THROUGHOUT: case K_ASOF: case K_BETWEEN:
        return true;
    default:
        return false;
    }
}

/* Prepositions that open a span with "the past/last …". */
static bool span_prep(int k)
{
    return k == K_FOR || k == K_OVER || k == K_IN || k == K_DURING || k == K_THROUGHOUT || k == K_WITHIN;
}

/* Is the token ablative (…'den, yılından, tarihinden)? */
static bool ablative(const tok *t)
{
    if (sfx(t) & SX_ABL)
        return true;
    if ((cls(t) == C_YEARWORD || cls(t) == C_MONTHWORD) && t->we->form == FM_ABL)
        return true;
    return kw(t) == K_TARIHINDEN;
}

/* Turkish "X'den beri" / "X'den bu yana" after the last token of an
 * expression turns it into a span starting at X. */
static void since_tail(scan *s, const tok *last, res *r)
{
    if (!ablative(last))
        return;
    tok n, m;
    if (!nx(s, last, &n))
        return;
    if (kw(&n) == K_BERI) {
        r->end = n.end;
        r->kind = SR_TIMEX_DURATION;
    } else if (kw(&n) == K_BU && nx(s, &n, &m) && kw(&m) == K_YANA) {
        r->end = m.end;
        r->kind = SR_TIMEX_DURATION;
    }
}

/* A Turkish part-of-day phrase starting at t ("gece", "sabahı", "öğleden
 * sonra", optionally "saatlerinde"/"yarısı").  Sets *end. */
static bool tr_part(scan *s, const tok *t, uint32_t *end)
{
    if (cls(t) != C_PART || !(t->we->flags & F_TR))
        return false;
    tok last = *t, n;
    if (t->we->form == FM_SONRA) {
        if (!nx(s, t, &n) || kw(&n) != K_SONRA)
            return false;
        last = n;
    }
    if (nx(s, &last, &n) && (kw(&n) == K_SAATLERINDE || kw(&n) == K_YARISI))
        last = n;
    *end = last.end;
    return true;
}

static bool en_part(const tok *t)
{
    return cls(t) == C_PART && (t->we->flags & F_EN) && t->we->val <= P_NIGHT;
}

/* After a day date: an optional Turkish weekday ("18 Mart 2021 Perşembe
 * günü"), "günü" or "tarihinde", then "…'den beri". */
static void date_tail(scan *s, tok last, res *r)
{
    tok n, m;
    if (nx(s, &last, &n)) {
        if (cls(&n) == C_WDAY && (n.we->flags & F_TR) && r->date.precision == SR_PREC_DAY) {
            last = n;
            if (nx(s, &n, &m) && kw(&m) == K_GUNU)
                last = m;
            r->end = last.end;
        } else if (kw(&n) == K_GUNU || kw(&n) == K_TARIHINDE || kw(&n) == K_TARIHINDEN) {
            last = n;
            r->end = n.end;
        }
    }
    since_tail(s, &last, r);
}

static void absolute_day(res *r, uint32_t start, uint32_t end, int y, int m, int d)
{
    res_init(r, start, end, SR_TIMEX_ABSOLUTE);
    r->date.year = y;
    r->date.month = m;
    r->date.day = d;
    r->date.precision = SR_PREC_DAY;
}

/* An optional ", 2021" / " 2021" after a day date.  Updates *last and *year. */
static void opt_year(scan *s, tok *last, int *year)
{
    tok y, yy;
    if (last->suflen != 0 && (last->apos || last->stem))
        return; /* "18 Mart'ta": the case suffix ends the date */
    if (!nx(s, last, &y))
        return;
    yy = y;
    if (is_punct(&y, ',') && !nx(s, &y, &yy))
        return;
    if (is_year_tok(s, &yy)) {
        *year = yy.num;
        *last = yy;
    }
}

/* "2021-03-18", "18.03.2021", "18/03/2021", "3/18/2021". */
static bool numeric_date(scan *s, const tok *t, res *r)
{
    if (t->suflen != 0 || glued_before(s, t))
        return false;
    tok a, b, c, d;
    if (!nx(s, t, &a) || a.type != T_PUNCT || !glued(&a) || !(a.cp == '-' || a.cp == '/' || a.cp == '.'))
        return false;
    if (!nx(s, &a, &b) || b.type != T_NUM || !glued(&b) || b.suflen != 0 || b.len > 2)
        return false;
    if (!nx(s, &b, &c) || !is_punct(&c, a.cp) || !glued(&c))
        return false;
    if (!nx(s, &c, &d) || d.type != T_NUM || !glued(&d))
        return false;
    int y, m, day;
    if (t->len == 4 && b.len == 2 && d.len == 2) {
        /* ISO order; a glued "T" starts a time */
        if (d.suflen != 0 && !(d.suflen == 1 && d.suf[0] == 't' && !d.apos) && !(d.apos && sfx(&d)))
            return false;
        y = t->num, m = b.num, day = d.num;
        if (y < 1900 || y > 2100 || number_continues(s, &d))
            return false;
    } else if (t->len <= 2 && is_year_tok(s, &d)) {
        y = d.num;
        if (t->num <= 12 && b.num > 12)
            m = t->num, day = b.num; /* only US order makes sense */
        else
            day = t->num, m = b.num;
    } else {
        return false;
    }
    if (!sr_date_valid(y, m, day))
        return false;
    absolute_day(r, t->start, d.end, y, m, day);
    date_tail(s, d, r);
    return true;
}

/* "18 March 2021", "18th of March", "18 Mart'ta", "18 Mart 2021 Perşembe günü". */
static bool day_month(scan *s, const tok *t, res *r)
{
    if (!is_day_tok(s, t) || t->apos || glued_before(s, t))
        return false;
    tok n, m;
    if (!nx(s, t, &n))
        return false;
    if ((is_punct(&n, '-') || is_punct(&n, 0x2013)) && glued(&n)) {
        /* a range of days, "10-15 March": the first day stands for it */
        if (!nx(s, &n, &m) || !glued(&m) || !is_day_tok(s, &m) || m.num <= t->num || !nx(s, &m, &n))
            return false;
    }
    if (kw(&n) == K_OF) {
        if (!nx(s, &n, &m))
            return false;
        n = m;
    }
    if (cls(&n) != C_MONTH)
        return false;
    tok last = n;
    if ((n.we->flags & F_ABBR) && nx(s, &n, &m) && is_punct(&m, '.') && glued(&m))
        last = m;
    int year = 0, month = n.we->val, day = t->num;
    opt_year(s, &last, &year);
    if (!sr_date_valid(year ? year : 2000, month, day))
        return false;
    absolute_day(r, t->start, last.end, year, month, day);
    date_tail(s, last, r);
    return true;
}

/* A date with a day: month first, day first or numeric (after a weekday). */
static bool day_date(scan *s, const tok *t, res *r)
{
    if (t->type == T_NUM)
        return numeric_date(s, t, r) || day_month(s, t, r);
    if (cls(t) == C_MONTH)
        return core(s, t, 0, FL_NEEDDAY, r);
    return false;
}

/* "March 18, 2021", "Mar. 18", "October 2019", "in October", "Ekim 2019'da", "Mart'ta", "Mart ayında". */
static bool month_first(scan *s, const tok *t, int prep, unsigned fl, res *r)
{
    const wordent *we = t->we;
    bool tr = (we->flags & F_TR) != 0;
    if ((we->flags & F_CAP) && !t->upper)
        return false; /* "may", "march", "mar" in lower case are a verb or a noun */
    tok last = *t, n, m;
    if ((we->flags & F_ABBR) && t->suflen == 0 && nx(s, t, &n) && is_punct(&n, '.') && glued(&n))
        last = n;
    bool more = t->suflen == 0 && nx(s, &last, &n);
    int month = we->val;
    if (more && is_day_tok(s, &n) && !glued_before(s, &n)) {
        int year = 0;
        tok l2 = n;
        opt_year(s, &l2, &year);
        if (!sr_date_valid(year ? year : 2000, month, n.num))
            return false;
        absolute_day(r, t->start, l2.end, year, month, n.num);
        date_tail(s, l2, r);
        return true;
    }
    if (fl & FL_NEEDDAY)
        return false;
    tok yy = n;
    if (more && !tr && kw(&n) == K_OF && nx(s, &n, &m))
        yy = m; /* "October of 2019" */
    if (more && is_year_tok(s, &yy) && !glued_before(s, &yy)) {
        res_init(r, t->start, yy.end, SR_TIMEX_ABSOLUTE);
        r->date.year = yy.num;
        r->date.month = month;
        r->date.precision = SR_PREC_MONTH;
        since_tail(s, &yy, r);
        return true;
    }
    if (we->flags & F_ABBR)
        return false;
    if (!tr) {
        /* a bare English month needs a capital and a preposition or modifier */
        if (!t->upper || !(year_prep(prep) || (fl & (FL_MOD | FL_DET))))
            return false;
        if (t->suflen != 0 && !(sfx(t) & SX_S))
            return false;
    } else {
        bool ok = (fl & FL_TRDET) != 0;
        unsigned sx = sfx(t);
        if (sx & (SX_LOC | SX_ABL | SX_DAT | SX_REL | SX_GEN))
            ok = ok || t->stem || !(we->flags & F_AMBIG) || t->upper;
        if (more && cls(&n) == C_MONTHWORD) {
            ok = true;
            last = n;
        }
        if (!ok)
            return false;
    }
    res_init(r, t->start, last.end, SR_TIMEX_ABSOLUTE);
    r->date.month = month;
    r->date.precision = SR_PREC_MONTH;
    since_tail(s, &last, r);
    return true;
}

/* "Thursday", "on Thursday night", "Perşembe günü", "Thursday, March 18, 2021", "Thu, 18 Mar 2021". */
static bool weekday_expr(scan *s, const tok *t, unsigned fl, res *r)
{
    const wordent *we = t->we;
    tok n, d;
    bool more = nx(s, t, &n);
    if (more && t->suflen == 0) {
        /* a weekday before a full date belongs to the date */
        d = n;
        bool ok = true;
        if ((we->flags & F_ABBR) && is_punct(&d, '.') && glued(&d))
            ok = nx(s, &d, &d);
        if (ok && is_punct(&d, ','))
            ok = nx(s, &d, &d);
        if (ok && day_date(s, &d, r)) {
            r->start = t->start;
            return true;
        }
    }
    if (we->flags & F_ABBR)
        return false;
    bool tr = (we->flags & F_TR) != 0;
    res_init(r, t->start, t->end, SR_TIMEX_RELATIVE);
    r->weekday = we->val;
    r->date.precision = SR_PREC_DAY;
    tok last = *t;
    uint32_t pend;
    bool followed = false;
    if (more && t->suflen == 0) {
        if (!tr && en_part(&n)) {
            r->kind = SR_TIMEX_PART_OF_DAY;
            r->end = n.end;
            last = n;
            followed = true;
        } else if (tr && kw(&n) == K_GUNU) {
            r->end = n.end;
            last = n;
            followed = true;
            tok m;
            if (nx(s, &n, &m) && tr_part(s, &m, &pend)) { /* "salı günü öğleden sonra" */
                r->kind = SR_TIMEX_PART_OF_DAY;
                r->end = pend;
            }
        } else if (tr && tr_part(s, &n, &pend)) {
            r->kind = SR_TIMEX_PART_OF_DAY;
            r->end = pend;
            last = n;
            followed = true;
        }
    }
    if ((we->flags & F_STRICT) && !followed && !(fl & FL_TRDET))
        return false;
    since_tail(s, &last, r);
    return true;
}

/* Counted spans: "10 years ago", "for ten years now", "for more than a decade",
 * "over the past decade", "10 yıldır", "iki gün önce", "son 10 yılda". */
static bool num_unit(scan *s, const tok *t0, int prep, unsigned fl, res *r)
{
    tok t = *t0, n;
    for (int guard = 0; guard < 3; guard++) {
        int k = kw(&t);
        if (k == K_MORE || k == K_LESS) {
            if (!nx(s, &t, &n) || kw(&n) != K_THAN || !nx(s, &n, &t))
                return false;
        } else if (k == K_NEARLY || k == K_ALMOST || k == K_ABOUT || k == K_AROUND || k == K_SOME ||
                   k == K_ROUGHLY || k == K_APPROX || (k == K_OVER && prep != K_NONE)) {
            if (!nx(s, &t, &n))
                return false;
            t = n;
        } else if (k == K_AT) {
            if (!nx(s, &t, &n) || kw(&n) != K_LEAST || !nx(s, &n, &t))
                return false;
        } else {
            break;
        }
    }
    int count;
    bool counted = true, tr_count = false;
    tok u;
    if (t.type == T_NUM) {
        if (t.suflen != 0 || t.len > 4 || number_continues(s, &t) || glued_before(s, &t))
            return false;
        count = t.num;
    } else if (cls(&t) == C_NUM) {
        count = t.we->val;
        tr_count = (t.we->flags & F_TR) != 0;
        if (t.we->flags & F_ART) {
            if (nx(s, &t, &n) && kw(&n) == K_FEW) {
                t = n;
                count = -1;
            } else if (kw(&n) == K_COUPLE) {
                if (!nx(s, &n, &t) || kw(&t) != K_OF)
                    return false;
                count = 2;
            }
        }
    } else if (kw(&t) == K_FEW && (fl & FL_PAST)) {
        count = -1;
    } else if (kw(&t) == K_ON) {
        count = 10; /* Turkish "on" (ten): "on yıldır" */
        tr_count = true;
    } else if (cls(&t) == C_UNIT && (fl & (FL_PAST | FL_SON))) {
        counted = false; /* "the past decade" */
        count = 1;
    } else {
        return false;
    }
    if (counted) {
        if (!nx(s, &t, &u))
            return false;
    } else {
        u = t;
    }
    if (tr_count && count % 10 == 0 && cls(&u) == C_NUM && (u.we->flags & F_TR) && u.we->val >= 1 &&
        u.we->val <= 9) {
        count += u.we->val; /* "on iki" */
        t = u;
        if (!nx(s, &t, &u))
            return false;
    }
    if (cls(&u) != C_UNIT || count > 1000)
        return false;
    bool tr_unit = (u.we->flags & F_TR) != 0;
    if (!counted && (u.we->flags & F_PLURAL))
        count = -1; /* "over the past years" */
    int unit = u.we->val;
    tok a;
    bool more = nx(s, &u, &a);
    if (!tr_unit) {
        if (tr_count)
            return false;
        if (more && kw(&a) == K_AGO && !(fl & FL_PAST)) {
            res_init(r, t0->start, a.end, SR_TIMEX_RELATIVE);
        } else if (prep == K_FOR || prep == K_OVER || prep == K_THROUGHOUT || ((fl & FL_PAST) && span_prep(prep))) {
            res_init(r, t0->start, u.end, SR_TIMEX_DURATION);
            if (more && kw(&a) == K_NOW)
                r->end = a.end;
        } else {
            return false;
        }
    } else {
        if (counted && t.type != T_NUM && !tr_count)
            return false; /* an English count word before a Turkish unit */
        int form = u.we->form;
        if (form == FM_DIR && counted) {
            res_init(r, t0->start, u.end, SR_TIMEX_DURATION);
        } else if (form == FM_BASE && counted && more && kw(&a) == K_ONCE) {
            res_init(r, t0->start, a.end, SR_TIMEX_RELATIVE);
        } else if (form == FM_BASE && counted && more && kw(&a) == K_BOYUNCA) {
            res_init(r, t0->start, a.end, SR_TIMEX_DURATION);
        } else if ((fl & FL_SON) && (form == FM_LOC || form == FM_PLLOC)) {
            res_init(r, t0->start, u.end, SR_TIMEX_DURATION);
            if (form == FM_PLLOC)
                count = -1;
        } else if ((fl & FL_SON) && form == FM_BASE && more && kw(&a) == K_ICINDE) {
            res_init(r, t0->start, a.end, SR_TIMEX_DURATION);
        } else {
            return false;
        }
    }
    set_span(r, unit, count, -1);
    r->span = true;
    /* a span of a month or less ("for two days", "in the past 24 hours") is
     * recent news, not background: it is a relative date (its start) */
    if (r->kind == SR_TIMEX_DURATION && (unit == U_HOUR || unit == U_DAY || unit == U_WEEK) &&
        (!r->has_off || r->off >= -31))
        r->kind = SR_TIMEX_RELATIVE; /* "for several days": recent, date unknown */
    return true;
}

/* "last week", "this morning", "last night", "next month", "last Thursday", "last March". */
static bool det_expr(scan *s, const tok *t, int prep, unsigned fl, res *r)
{
    int k = kw(t);
    tok n;
    if (!nx(s, t, &n))
        return false;
    int sign = k == K_LAST ? -1 : k == K_NEXT ? 1 : 0;
    if (k == K_PAST)
        return span_prep(prep) && num_unit(s, &n, prep, fl | FL_PAST, r) && (r->start = t->start, true);
    if (en_part(&n)) {
        if (k == K_NEXT)
            return false;
        if (k == K_LAST && n.we->val != P_NIGHT && n.we->val != P_EVENING)
            return false;
        if (k == K_THIS && n.we->val == P_NIGHT)
            return false;
        /* "last night" is the report day (see the file comment) */
        res_init(r, t->start, n.end, SR_TIMEX_PART_OF_DAY);
        r->has_off = true;
        r->off = 0;
        r->date.precision = SR_PREC_DAY;
        return true;
    }
    if (cls(&n) == C_UNIT && !(n.we->flags & (F_TR | F_PLURAL)) &&
        (n.we->val == U_WEEK || n.we->val == U_MONTH || n.we->val == U_YEAR)) {
        if (k == K_LAST && span_prep(prep) && prep != K_IN)
            return num_unit(s, &n, prep, fl | FL_PAST, r) && (r->start = t->start, true);
        res_init(r, t->start, n.end, SR_TIMEX_RELATIVE);
        set_span(r, n.we->val, 1, sign);
        return true;
    }
    if (kw(&n) == K_WEEKEND && k != K_NEXT) {
        res_init(r, t->start, n.end, SR_TIMEX_RELATIVE);
        r->weekday = 5;
        r->date.precision = SR_PREC_DAY;
        return true;
    }
    if (cls(&n) == C_WDAY && !(n.we->flags & (F_TR | F_ABBR))) {
        if (!weekday_expr(s, &n, fl, r) || r->kind == SR_TIMEX_ABSOLUTE)
            return false;
        r->start = t->start;
        if (k == K_NEXT) {
            /* "next Thursday" lies after the report: consumed, but no date */
            r->weekday = -1;
            r->date.precision = SR_PREC_NONE;
        }
        return true;
    }
    if (cls(&n) == C_MONTH && !(n.we->flags & F_TR)) {
        if (!month_first(s, &n, prep, fl | FL_DET, r))
            return false;
        r->start = t->start;
        return true;
    }
    if (k == K_LAST && span_prep(prep))
        return num_unit(s, &n, prep, fl | FL_PAST, r) && (r->start = t->start, true);
    return false;
}

/* A year at t with its context: "in 2015", "2019'da", "2015 yılında", "2011'den beri", "2019 yılının Ekim ayında". */
static bool year_expr(scan *s, const tok *t, int prep, unsigned fl, res *r)
{
    if (!is_year_tok(s, t) || glued_before(s, t))
        return false;
    bool lic = year_prep(prep) || (fl & (FL_MOD | FL_YEARWORD));
    if (t->apos && (sfx(t) & (SX_LOC | SX_ABL | SX_DAT | SX_REL | SX_GEN | SX_S)))
        lic = true;
    tok last = *t, n, m, a;
    bool more = nx(s, t, &n);
    int month = 0;
    if (more && t->suflen == 0 && cls(&n) == C_YEARWORD) {
        lic = true;
        last = n;
        if (n.we->form == FM_GEN && nx(s, &n, &m) && cls(&m) == C_MONTH && (m.we->flags & F_TR)) {
            month = m.we->val;
            last = m;
            if (m.suflen == 0 && nx(s, &m, &a) && cls(&a) == C_MONTHWORD)
                last = a;
        }
    } else if (more && t->suflen == 0 && (prep == K_OF || prep == K_BY || prep == K_FROM)) {
        /* "of 2015 people", "by 2015 votes": a count, not a year */
        if (n.type == T_WORD && !n.upper && cls(&n) != C_KW)
            return false;
    }
    if (!lic)
        return false;
    res_init(r, t->start, last.end, SR_TIMEX_ABSOLUTE);
    r->date.year = t->num;
    r->date.month = month;
    r->date.precision = month ? SR_PREC_MONTH : SR_PREC_YEAR;
    if ((prep == K_FROM || prep == K_BETWEEN) && more && last.end == t->end &&
        (kw(&n) == K_TO || kw(&n) == K_AND || is_punct(&n, '-') || is_punct(&n, 0x2013))) {
        if (nx(s, &n, &m) && is_year_tok(s, &m)) /* "from 2011 to 2015": keep the start */
            r->end = m.end;
    }
    since_tail(s, &last, r);
    return true;
}

/* "the day before yesterday", "(over) the past decade", "the end of 2019",
 * "the year 2015", "the 2011 uprising", "the 1980s", "the 18th of March", "(over) the weekend". */
static bool the_expr(scan *s, const tok *t, int prep, unsigned fl, res *r)
{
    tok n, a, b;
    if (!nx(s, t, &n))
        return false;
    int k = kw(&n);
    if (cls(&n) == C_UNIT && !(n.we->flags & (F_TR | F_PLURAL))) {
        if (n.we->val == U_DAY && nx(s, &n, &a) && nx(s, &a, &b) && cls(&b) == C_RELDAY &&
            (b.we->flags & F_EN) && b.we->form == FM_BASE) {
            if (kw(&a) == K_BEFORE && b.we->val == -1) {
                res_init(r, t->start, b.end, SR_TIMEX_RELATIVE);
                set_span(r, U_DAY, 2, -1);
                return true;
            }
            if (kw(&a) == K_AFTER && b.we->val == 1) {
                res_init(r, t->start, b.end, SR_TIMEX_RELATIVE);
                set_span(r, U_DAY, 2, 1);
                return true;
            }
            return false;
        }
        if (n.we->val == U_YEAR && nx(s, &n, &a) && year_expr(s, &a, prep, fl | FL_YEARWORD, r)) {
            r->start = t->start;
            return true;
        }
        return false;
    }
    if (k == K_PAST || k == K_LAST) {
        if (!span_prep(prep) || !nx(s, &n, &a))
            return false;
        return num_unit(s, &a, prep, fl | FL_PAST, r) && (r->start = t->start, true);
    }
    if (k == K_END || k == K_BEGINNING || k == K_START || k == K_MIDDLE) {
        if (!nx(s, &n, &a) || kw(&a) != K_OF || !nx(s, &a, &b) || !core(s, &b, K_OF, fl | FL_MOD, r))
            return false;
        r->start = t->start;
        return true;
    }
    if (k == K_WEEKEND && (prep == K_OVER || prep == K_AT || prep == K_DURING)) {
        res_init(r, t->start, n.end, SR_TIMEX_RELATIVE);
        r->weekday = 5;
        r->date.precision = SR_PREC_DAY;
        return true;
    }
    if (en_part(&n) && (prep == K_IN || prep == K_DURING) && n.we->val != P_NIGHT) {
        res_init(r, t->start, n.end, SR_TIMEX_PART_OF_DAY); /* "in the morning": no date */
        return true;
    }
    if (is_decade_tok(s, &n) && !glued_before(s, &n)) {
        /* "in the 1980s", "since the 1990s": a span of ten years, no day of news */
        res_init(r, t->start, n.end, SR_TIMEX_DURATION);
        r->date.year = n.num;
        r->date.precision = SR_PREC_YEAR;
        return true;
    }
    if (n.type == T_NUM && is_year_tok(s, &n) && n.suflen == 0 && !glued_before(s, &n) && nx(s, &n, &a) &&
        a.type == T_WORD && cls(&a) != C_UNIT && cls(&a) != C_YEARWORD) {
        /* "the 2011 uprising" — but "the 2015 people", "the 1950 residents" are counts */
        bool plural = a.len > 0 && a.len < WMAX && a.w[a.len - 1] == 's';
        if (plural || strcmp(a.w, "people") == 0 || strcmp(a.w, "kisi") == 0)
            return false;
        res_init(r, n.start, n.end, SR_TIMEX_ABSOLUTE);
        r->date.year = n.num;
        r->date.precision = SR_PREC_YEAR;
        return true;
    }
    if (n.type == T_NUM && is_day_tok(s, &n) && ordinal_tail(&n) && nx(s, &n, &a) && kw(&a) == K_OF &&
        day_month(s, &n, r)) {
        r->start = t->start;
        return true;
    }
    return false;
}

/* "early Thursday", "late on Thursday", "mid-October", "earlier this month", "late last year". */
static bool mod_expr(scan *s, const tok *t, int prep, unsigned fl, res *r)
{
    tok n, m;
    if (!nx(s, t, &n))
        return false;
    if (kw(t) == K_MID && is_punct(&n, '-') && glued(&n) && !nx(s, &n, &n))
        return false;
    int k = kw(&n);
    if (k == K_ON || k == K_IN) {
        if (!nx(s, &n, &m) || !core(s, &m, k, fl | FL_MOD, r))
            return false;
    } else if (!core(s, &n, prep, fl | FL_MOD, r)) {
        return false;
    }
    if (kw(t) == K_OVERNIGHT && r->weekday < 0)
        return false;
    r->start = t->start;
    return true;
}

/* Turkish determiners: "bu sabah", "geçen hafta", "geçtiğimiz Perşembe", "önceki gün", "son 10 yılda". */
static bool tr_det_expr(scan *s, const tok *t, res *r)
{
    int k = kw(t);
    tok n, m;
    if (!nx(s, t, &n))
        return false;
    uint32_t pend;
    if (k == K_SON) {
        if (cls(&n) == C_UNIT && (n.we->flags & F_TR) && n.we->form == FM_PLLOC) {
            res_init(r, t->start, n.end, SR_TIMEX_DURATION); /* "son yıllarda": recent years */
            return true;
        }
        return num_unit(s, &n, K_NONE, FL_SON, r) && (r->start = t->start, true);
    }
    if (k == K_ONCEKI) {
        if (cls(&n) == C_UNIT && (n.we->flags & F_TR) && n.we->val == U_DAY && n.we->form == FM_BASE) {
            res_init(r, t->start, n.end, SR_TIMEX_RELATIVE);
            set_span(r, U_DAY, 2, -1);
            return true;
        }
        if (cls(&n) == C_PART && (n.we->flags & F_TR) && n.we->val == P_NIGHT && tr_part(s, &n, &pend)) {
            res_init(r, t->start, pend, SR_TIMEX_PART_OF_DAY);
            set_span(r, U_DAY, 2, -1);
            return true;
        }
        return false;
    }
    int sign = k == K_BU ? 0 : (k == K_GELECEK || k == K_ONUMUZDEKI) ? 1 : -1;
    if (k == K_BU && tr_part(s, &n, &pend)) {
        res_init(r, t->start, pend, SR_TIMEX_PART_OF_DAY);
        r->has_off = true;
        r->date.precision = SR_PREC_DAY;
        return true;
    }
    if (cls(&n) == C_UNIT && (n.we->flags & F_TR) && n.we->form == FM_BASE && n.we->val != U_HOUR) {
        if (n.we->val == U_WEEK && sign <= 0 && nx(s, &n, &m) && kw(&m) == K_SONU) {
            res_init(r, t->start, m.end, SR_TIMEX_RELATIVE); /* "geçen hafta sonu": the weekend */
            r->weekday = 5;
            r->date.precision = SR_PREC_DAY;
            return true;
        }
        if (n.we->val == U_DAY && sign != 0)
            return false; /* "geçen gün" is "the other day" */
        res_init(r, t->start, n.end, SR_TIMEX_RELATIVE);
        set_span(r, n.we->val, 1, sign);
        return true;
    }
    if (sign > 0)
        return false;
    if (cls(&n) == C_WDAY && (n.we->flags & F_TR)) {
        if (!weekday_expr(s, &n, FL_TRDET, r) || r->kind == SR_TIMEX_ABSOLUTE)
            return false;
        r->start = t->start;
        return true;
    }
    if (cls(&n) == C_MONTH && (n.we->flags & F_TR)) {
        if (!month_first(s, &n, K_NONE, FL_TRDET, r))
            return false;
        r->start = t->start;
        return true;
    }
    return false;
}

/* "today", "yesterday morning", "tonight", "dün gece", "bugünkü". */
static bool relday_expr(scan *s, const tok *t, res *r)
{
    const wordent *we = t->we;
    res_init(r, t->start, t->end, we->form == FM_POSS ? SR_TIMEX_PART_OF_DAY : SR_TIMEX_RELATIVE);
    r->has_off = true;
    r->off = we->val;
    r->date.precision = SR_PREC_DAY;
    tok n;
    uint32_t pend;
    if (we->form == FM_POSS || t->suflen != 0 || !nx(s, t, &n))
        return true;
    if ((we->flags & F_EN) && en_part(&n)) {
        r->kind = SR_TIMEX_PART_OF_DAY;
        r->end = n.end;
    } else if ((we->flags & F_TR) && we->w[we->len - 1] == 'n' && tr_part(s, &n, &pend)) {
        r->kind = SR_TIMEX_PART_OF_DAY;
        r->end = pend;
    }
    return true;
}

/* An expression starting exactly at t.  prep is the preposition before it (or
 * K_NONE), fl the context flags. */
static bool core(scan *s, const tok *t, int prep, unsigned fl, res *r)
{
    if (t->type == T_NUM) {
        /* Three of the rules fail at once unless the token after the number
         * is one they need: numeric_date a glued "-", "/" or "."; day_month
         * a glued dash, "of" or a month; num_unit (a number has no "more
         * than" before it, nor a Turkish count after it) a unit.  Most
         * numbers are followed by none of these, and each rule took over a
         * hundred instructions to find out (their own look-ahead then comes
         * from the token cache). */
        tok n;
        bool more = nx(s, t, &n);
        bool glued_punct = more && n.type == T_PUNCT && glued(&n);
        bool num_date = glued_punct && (n.cp == '-' || n.cp == '/' || n.cp == '.');
        bool day = (glued_punct && (n.cp == '-' || n.cp == 0x2013)) || (more && (kw(&n) == K_OF || cls(&n) == C_MONTH));
        bool unit = more && cls(&n) == C_UNIT;
        if (fl & FL_NEEDDAY)
            return (num_date && numeric_date(s, t, r)) || (day && day_month(s, t, r));
        return (num_date && numeric_date(s, t, r)) || (day && day_month(s, t, r)) ||
               (unit && num_unit(s, t, prep, fl, r)) || year_expr(s, t, prep, fl, r);
    }
    if (t->type != T_WORD || t->we == NULL)
        return false;
    const wordent *we = t->we;
    tok n;
    uint32_t pend;
    switch (we->cls) {
    case C_MONTH:
        return month_first(s, t, prep, fl, r);
    case C_WDAY:
        return !(fl & FL_NEEDDAY) && weekday_expr(s, t, fl, r);
    case C_NUM:
        return num_unit(s, t, prep, fl, r);
    case C_RELDAY:
        return relday_expr(s, t, r);
    case C_UNIT:
        if ((we->flags & F_EN) && we->val == U_YEAR && !(we->flags & F_PLURAL)) {
            if (nx(s, t, &n) && year_expr(s, &n, prep, fl | FL_YEARWORD, r)) {
                r->start = t->start;
                return true;
            }
            return false;
        }
        if (((we->flags & F_PLURAL) && prep == K_FOR) || ((we->flags & F_TR) && we->form == FM_LARDIR)) {
            /* "for years", "yıllardır"; "for days", "günlerdir" are recent (see the file comment) */
            bool recent = we->val == U_HOUR || we->val == U_DAY || we->val == U_WEEK;
            res_init(r, t->start, t->end, recent ? SR_TIMEX_RELATIVE : SR_TIMEX_DURATION);
            r->span = true;
            if (!(we->flags & F_TR) && nx(s, t, &n) && kw(&n) == K_NOW)
                r->end = n.end;
            return true;
        }
        return false;
    case C_PART:
        if ((we->flags & F_EN) && prep == K_AT && we->val != P_MORNING && we->val != P_AFTERNOON &&
            we->val != P_EVENING) {
            res_init(r, t->start, t->end, SR_TIMEX_PART_OF_DAY); /* "at night", "at dawn": no date */
            return true;
        }
        /* "gece saatlerinde", "gece yarısı": a part of day with no date */
        if ((we->flags & F_TR) && we->form != FM_POSS && nx(s, t, &n) &&
            (kw(&n) == K_SAATLERINDE || kw(&n) == K_YARISI) && tr_part(s, t, &pend)) {
            res_init(r, t->start, pend, SR_TIMEX_PART_OF_DAY);
            return true;
        }
        return false;
    case C_KW:
        break;
    default:
        return false;
    }
    switch (we->val) {
    case K_ON:
        /* only Turkish "on" (ten) starts here ("on yıl", "on iki gün"):
         * num_unit needs a count or a unit after it; most "on"s are English
         * and go on as a preposition in parse_at */
        return nx(s, t, &n) && (cls(&n) == C_NUM || cls(&n) == C_UNIT) && num_unit(s, t, prep, fl, r);
    case K_LAST: case K_THIS: case K_NEXT: case K_PAST:
        return det_expr(s, t, prep, fl, r);
    case K_THE:
        return the_expr(s, t, prep, fl, r);
    case K_EARLY: case K_LATE: case K_EARLIER: case K_LATER: case K_MID: case K_OVERNIGHT:
        return mod_expr(s, t, prep, fl, r);
    case K_END: case K_BEGINNING: case K_START: case K_MIDDLE: {
        tok a;
        if (!nx(s, t, &n) || kw(&n) != K_OF || !nx(s, &n, &a) || !core(s, &a, K_OF, fl | FL_MOD, r))
            return false;
        r->start = t->start;
        return true;
    }
    case K_BU: case K_GECEN: case K_GECTIGIMIZ: case K_GELECEK: case K_ONUMUZDEKI: case K_ONCEKI: case K_SON:
        return tr_det_expr(s, t, r);
    case K_UZUN:
        if (nx(s, t, &n) && cls(&n) == C_UNIT && (n.we->flags & F_TR) && n.we->form == FM_LARDIR) {
            res_init(r, t->start, n.end, SR_TIMEX_DURATION);
            return true;
        }
        return false;
    case K_MORE: case K_LESS: case K_NEARLY: case K_ALMOST: case K_ABOUT: case K_AROUND: case K_SOME:
    case K_ROUGHLY: case K_APPROX: case K_AT: case K_FEW:
        return num_unit(s, t, prep, fl, r);
    default:
        return false;
    }
}

static bool is_prep(int k)
{
    switch (k) {
    case K_ON: case K_IN: case K_AT: case K_SINCE: case K_FOR: case K_OVER: case K_DURING: case K_UNTIL:
    case K_TILL: case K_BY: case K_FROM: case K_OF: case K_AFTER: case K_BEFORE: case K_THROUGHOUT:
    case K_WITHIN: case K_AS: case K_BETWEEN:
        return true;
    default:
        return false;
    }
}

/* The longest expression starting at t, a leading preposition included. */
static bool parse_at(scan *s, const tok *t, res *r)
{
    if (core(s, t, K_NONE, 0, r))
        return true;
    int prep = kw(t);
    if (!is_prep(prep))
        return false;
    tok n, m;
    if (!nx(s, t, &n))
        return false;
    if (prep == K_AS) {
        if (kw(&n) != K_OF || !nx(s, &n, &m))
            return false;
        prep = K_ASOF;
        n = m;
    }
    if (!core(s, &n, prep, 0, r))
        return false;
    /* "for", "within" and "over" only introduce spans ("for 10 years"), "at" a
     * time of day; otherwise the preposition belongs to something else
     * ("blamed for Thursday's attack") and the expression starts after it */
    if ((prep == K_FOR || prep == K_WITHIN) && r->kind != SR_TIMEX_DURATION && !r->span)
        return false;
    if (prep == K_OVER && r->kind != SR_TIMEX_DURATION && !r->span && kw(&n) != K_THE)
        return false;
    if (prep == K_AT && r->kind != SR_TIMEX_PART_OF_DAY && kw(&n) != K_THE)
        return false;
    if (r->start == n.start) /* not when the expression starts later: "of the 2014 peace plan" */
        r->start = t->start;
    if (prep == K_SINCE && r->kind == SR_TIMEX_ABSOLUTE)
        r->kind = SR_TIMEX_DURATION; /* "since 2011"; "since Thursday" stays relative (recent) */
    return true;
}

/* The start kind of the plain ASCII word b[p, q) (letters only, nothing glued
 * on), inside a range ending at to: exactly what lex_raw would look up for it. */
TX_INLINE enum start_kind plain_start(const unsigned char *b, uint32_t p, uint32_t q, uint32_t to)
{
    unsigned len = q - p; /* > 0, and both ends are ASCII letters */
    unsigned char first = (unsigned char)(b[p] | 0x20), last = (unsigned char)(b[q - 1] | 0x20);
    if (len <= 3) /* the same answer as below, by one load */
        return (enum start_kind)short_start[short_index(first, len > 1 ? b[p + 1] | 0x20u : 0,
                                                        len > 2 ? last : 0)];
    unsigned f = first - (unsigned)'a', l = last - (unsigned)'a';
    if (len >= WMAX || !((word_cand[f][len] >> l) & 1u))
        return ST_NONE; /* lex_raw looks up no word this long; or neither filter passes */
    if (!((pair_cand[f][(b[p + 1] | 0x20u) - 'a'] >> len) & 1u))
        return ST_NONE; /* neither a key nor a month stem starts so (b[p + 1] is a letter: len > 3) */
    char w[WMAX];
    fold_key(b, p, to, len, w); /* key_of ignores the bytes after the word */
    const wordent *e = lookup_key(key_of(w, len)); /* NULL when may_be_key fails, too */
    if (e != NULL)
        return entry_start(e);
    if (!may_be_tr_stem(first, last, len))
        return ST_NONE;
    w[len] = '\0';
    return tr_stem_index(w, len) >= 0 ? ST_TRY : ST_NONE;
}

/* The first byte at or after p (<= to) that is not ASCII white space, or to;
 * *kind receives its byte_kind (BK_SPACE when to is reached).  One space
 * before a word or punctuation, the common case after a word, is tested
 * first: the loop took two rounds for it, at every word the skip loop
 * steps over. */
static inline uint32_t skip_space(const unsigned char *b, uint32_t p, uint32_t to, unsigned *kind)
{
    unsigned k = BK_SPACE;
    if (p + 1 < to && b[p] == ' ' && (k = byte_kind[b[p + 1]]) != BK_SPACE) {
        *kind = k;
        return p + 1;
    }
    while (p < to && (k = byte_kind[b[p]]) == BK_SPACE)
        p++;
    *kind = k;
    return p;
}

/* The common case of the skip loop's next token, one space and a word of
 * ASCII letters, from one load of the sixteen bytes at pos (all before to):
 * sets *q to the end of the word that starts at pos + 1 and says whether
 * that is the case (false when the word runs past the sixteen bytes, or the
 * token is anything else: skip_space and letters_end decide).  This is what
 * they would find, in half their instructions. */
TX_INLINE bool space_word(const unsigned char *b, uint32_t pos, uint32_t to, uint32_t *q)
{
#ifdef __SSE2__
    if (to - pos < 16 || b[pos] != ' ')
        return false;
    const __m128i a1 = _mm_set1_epi8('a' - 1), z1 = _mm_set1_epi8('z' + 1), fold = _mm_set1_epi8(0x20);
    __m128i v = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(b + pos)), fold);
    /* a signed compare puts the bytes >= 0x80 below 'a': no letters */
    unsigned letters = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, a1), _mm_cmpgt_epi8(z1, v)));
    unsigned ends = ~letters & 0xFFFCu; /* the first non-letter after byte 1 ends the word */
    if (!(letters & 2u) || ends == 0)
        return false;
    *q = pos + (uint32_t)__builtin_ctz(ends);
    return true;
#else
    (void)b, (void)pos, (void)to, (void)q;
    return false;
#endif
}

/* Is the plain ASCII word b[p, q) (an entry) one that skip_nonstarters may
 * step over between a word of start kind ST_NEXT and a word without an entry?
 * "the" (K_THE) and the article "a"/"an" (a count with F_ART) are: every rule
 * that reaches "the" from the word before is the_expr at it or needs a count
 * or a specific class there, and every rule that reaches the article is
 * num_unit at it or needs a class it has not, and num_unit needs "few",
 * "couple" or a unit after it; so with a word without an entry after them
 * none succeeds, at the word before them or at them.  Found by the entry,
 * not the spelling, so that it follows the table. */
static bool hop_word(const unsigned char *b, uint32_t p, uint32_t q, uint32_t to)
{
    unsigned len = q - p;
    if (len >= WMAX)
        return false;
    char w[WMAX] = {0};
    fold_key(b, p, to, len, w); /* key_of ignores the bytes after the word */
    const wordent *e = lookup_key(key_of(w, len));
    return e != NULL && ((e->cls == C_KW && e->val == K_THE) || (e->cls == C_NUM && (e->flags & F_ART)));
}

/* Can no expression start at a number whose digits end at q (<= to)?  At a
 * number (never a preposition) core is all parse_at tries, and each of its
 * rules needs the token after the digits to be glued to them (a tail, a
 * suffix, or "-", "/" or "." and then a number: numeric_date, day_month) or
 * a word with an entry (a month, "of", a unit, a Turkish year word).  True
 * when that token is glued ASCII punctuation that is none of those, or,
 * after white space, a number, ASCII punctuation or a plain ASCII word
 * without an entry (as skip_nonstarters decides it); false for anything
 * else, the end of the range included. */
static bool number_starts_nothing(const unsigned char *b, uint32_t q, uint32_t to)
{
    if (q >= to)
        return false;
    unsigned kind = byte_kind[b[q]];
    if (kind == BK_PUNCT) { /* glued; not the apostrophe, which is BK_GLUE too */
        bool date_sep = b[q] == '-' || b[q] == '/' || b[q] == '.';
        return !date_sep || q + 1 >= to || b[q + 1] - (unsigned)'0' >= 10u;
    }
    if (kind != BK_SPACE)
        return false; /* a letter, an apostrophe or a non-ASCII byte glued on */
    uint32_t p = skip_space(b, q, to, &kind);
    if (kind == 0 || kind == BK_PUNCT || kind == (BK_PUNCT | BK_GLUE))
        return true; /* a number or punctuation, not glued */
    if (kind != BK_LETTER)
        return false; /* the end, or a non-ASCII byte: maybe a Turkish month */
    uint32_t e = letters_end(b, p, to);
    if (e < to && (byte_kind[b[e]] & BK_GLUE))
        return false;
    return plain_start(b, p, e, to) == ST_NONE;
}

/* The main loop's shortcut past tokens that cannot start an expression (most
 * of the words of a paragraph): from pos, skips ASCII punctuation and plain
 * ASCII words (nothing but ASCII letters, no apostrophe or non-ASCII letter
 * glued on) that
 * - have no table entry (nor are a Turkish month with a glued suffix), or
 * - are an entry with which no expression can start (ST_NEVER: "and", "to",
 *   "least", "days"), or
 * - are a count word, keyword or "year" (ST_NEXT: "the", "of", "in", "a", the
 *   commonest words of news text) followed by a plain ASCII word without an
 *   entry: every rule that starts at such a word, or at a preposition, needs
 *   the next token to be a number or a word with an entry (core, the_expr,
 *   det_expr, mod_expr, tr_det_expr, num_unit, year_expr); both words are skipped;
 *   also when "the" or "a" and then such a word follow ("of the town", "in
 *   a village"; all three: hop_word);
 * and returns the end of the last one skipped: exactly where the main loop
 * would have resumed after lexing each of them and failing to parse there,
 * so the tokens seen from there on are the same.  Stops before a digit, a
 * non-ASCII byte or a word that needs the full lexer or parser.  A new rule
 * that starts at a keyword without looking at an entry after it must make
 * entry_start say ST_TRY for that keyword. */
static uint32_t skip_nonstarters(const scan *s, uint32_t pos)
{
    const unsigned char *b = s->b;
    const uint32_t to = s->to;
    for (;;) {
        unsigned kind;
        uint32_t p, q;
        if (!space_word(b, pos, to, &q)) {
            p = skip_space(b, pos, to, &kind);
            if (kind == 0) { /* a digit */
                q = p;
                while (q < to && b[q] - (unsigned)'0' < 10u)
                    q++;
                if (!number_starts_nothing(b, q, to))
                    return pos;
                pos = q;
                continue;
            }
            if (!(kind & (BK_LETTER | BK_PUNCT)))
                return pos; /* the end or a non-ASCII byte */
            if (kind & BK_PUNCT) { /* ASCII punctuation: a one-byte T_PUNCT */
                pos = p + 1;
                continue;
            }
            q = letters_end(b, p, to);
        } else {
            p = pos + 1;
        }
        if (q < to && (byte_kind[b[q]] & BK_GLUE))
            return pos; /* a letter or a suffix may follow: lex_raw decides */
        enum start_kind k = plain_start(b, p, q, to);
        if (k == ST_TRY)
            return pos;
        if (k == ST_NEXT) {
            /* the next word must have no entry; or be "the" or "a" with a
             * word without an entry after it ("of the town", "in a
             * village"; all three: see hop_word) */
            for (int hop = 0;; hop++) {
                uint32_t p2 = skip_space(b, q, to, &kind);
                if (kind != BK_LETTER)
                    return pos;
                uint32_t q2 = letters_end(b, p2, to);
                if (q2 < to && (byte_kind[b[q2]] & BK_GLUE))
                    return pos;
                q = q2;
                if (plain_start(b, p2, q2, to) == ST_NONE)
                    break;
                if (hop > 0 || !hop_word(b, p2, q2, to))
                    return pos;
            }
        }
        pos = q;
    }
}

static void emit(const res *r, sr_timex *out)
{
    out->start = r->start;
    out->end = r->end;
    out->kind = r->kind;
    out->date = r->date;
    out->weekday = r->weekday;
    out->day_offset = r->off;
    out->has_day_offset = r->has_off;
}

/* Contract: see timex.h.  Scans text[from, to) once, left to right; at
 * each word or number that can start an expression takes the longest
 * expression there, then resumes after it, so results are in order and never
 * overlap.  Offsets are absolute.  Ranges past 4 GiB are cut at
 * UINT32_MAX - 1 (offsets are uint32_t).  out may be NULL when max is 0
 * (counting only).  Reads no byte outside [from, to); allocates nothing;
 * keeps no state between calls. */
int sr_timex_find(const char *text, size_t from, size_t to, sr_timex *out, int max)
{
    if (text == NULL || from >= to)
        return 0;
    if (to > UINT32_MAX - 1)
        to = UINT32_MAX - 1; /* UINT32_MAX marks an empty token-cache slot */
    pthread_once(&key_table_once, key_table_build);
    if (from >= to)
        return 0;
    scan s;
    s.b = (const unsigned char *)text;
    s.from = (uint32_t)from;
    s.to = (uint32_t)to;
    s.cnext = 0;
    for (unsigned i = 0; i < TCACHE; i++)
        s.cpos[i] = UINT32_MAX;
    int count = 0;
    uint32_t pos = s.from;
    tok t;
    res r;
    for (;;) {
        pos = skip_nonstarters(&s, pos);
        lex(&s, pos, &t);
        if (t.type == T_END)
            break;
        if ((t.type == T_NUM || t.we != NULL) && parse_at(&s, &t, &r) && r.end > t.start) {
            if (out != NULL && count < max)
                emit(&r, &out[count]);
            if (count < INT32_MAX)
                count++;
            pos = r.end;
            continue;
        }
        pos = t.end;
    }
    return count;
}
