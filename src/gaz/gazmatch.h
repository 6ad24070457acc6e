/*
 * gazmatch.h — finding gazetteer names in a sentence's tokens.
 *
 * Place in the pipeline: match.  Beside the lexicon's token trie, every
 * capitalised run of one to six tokens is keyed (sr_gaz_key) and looked up in
 * the GeoNames gazetteer; each hit becomes a [place] hit like those of the
 * lexicon, whose candidates the phrase builder and resolver then weigh.
 */
#ifndef SR_GAZMATCH_H
#define SR_GAZMATCH_H

#include "../lex/lexicon.h"
#include "gazetteer.h"
#include "wordset.h"

/* Most candidates kept for one name (the most populous). */
#define SR_GAZ_MAX_CANDIDATES 16

/* Append to *hits (an arena array of *n hits with capacity *cap, grown as
 * needed and kept ordered by start, longer first) the gazetteer's names in
 * toks[b, e) of text.  A name that is also a common word (common may be NULL)
 * counts as a town only with a place's context around it; countries and
 * provinces always count.  Entries and their sr_place payloads are made in
 * the arena.  Returns false when the arena ran out. */
bool sr_gaz_match(const sr_gazetteer *g, const sr_wordset *common, const char *text, const sr_token *toks, int b,
                  int e, sr_arena *arena, sr_lex_hit **hits, int *n, int *cap);

/* The word lists the matcher consults, as bits of sr_gaz_word_class(). */
enum {
    SR_GAZW_CALENDAR = 1,   /* monday … sunday, january … december, pazartesi salı çarşamba perşembe cuma
                               cumartesi pazar: dates here, never places */
    SR_GAZW_DIRECTION = 2,  /* north south east west northern southern eastern western central upper lower
                               greater downtown northeast northwest southeast southwest
                               northeastern northwestern southeastern southwestern
                               north-eastern north-western south-eastern south-western kuzey güney doğu batı:
                               may start a name that goes on ("Northern Syria") */
    SR_GAZW_TITLE = 4,      /* mr mrs ms dr prof sen rep gov lt gen col sgt capt maj cpl pvt rev judge president */
    SR_GAZW_COMPASS = 8,    /* north south east west northeast northwest southeast southwest central
                               midwest: alone, a region of the story */
    SR_GAZW_PREP = 16,      /* in at near from into outside toward towards across around through between:
                               a place's context */
};

/* The SR_GAZW_* bits of the lists the folded word w is in (0 for none, or
 * when w is NULL).  Pure, thread-safe. */
unsigned sr_gaz_word_class(const char *w);

/* The answer sr_gaz_place_alternate() remembers, for a place p with a
 * matched key and no answer yet: 1 no, 2 yes. */
uint8_t sr_gaz_place_alternate_memo(const sr_place *p);

/* Was p found by another of its names than its own ("Resulayn" for
 * Ceylanpınar), or by another spelling of it ("Tugen" for Tuggen)?  False
 * for rows of our own table; computed on the first ask and remembered in
 * p->alternate_memo (a place sr_gaz_match made belongs to the document being
 * coded, so the write is the document's thread's own), which sr_gaz_match
 * sets itself when it has already compared the name with the key.  Inline:
 * the phrase builder asks it of every candidate it weighs, most of them asked
 * before, and the call cost more than reading the memo. */
static inline bool sr_gaz_place_alternate(const sr_place *p)
{
    if (!p || !p->matched_key) return false;
    if (!p->alternate_memo) ((sr_place *)p)->alternate_memo = sr_gaz_place_alternate_memo(p);
    return p->alternate_memo == 2;
}

#endif
