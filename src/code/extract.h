/*
 * extract.h — from a document's sentences to event mentions.
 *
 * Place in the pipeline: text -> match -> phrase -> [extract] -> merge.
 * Each paragraph is read as a unit: attribution cues anywhere in it name the
 * sources of every event it tells (a quote's speaker often comes last), a
 * background cue or a span of years marks it as background, and a date stated
 * early in it holds for its later sentences.  Within a sentence each group of
 * triggers of one family makes one mention with its actors, places, time,
 * quantity, casualties and modality.
 */
#ifndef SR_EXTRACT_H
#define SR_EXTRACT_H

#include "engine_int.h"
#include "event.h"

typedef struct sr_doc_ctx {
    const sr_engine *engine;
    sr_arena *arena;
    const sr_text *text;
    sr_date doc_date;            /* full day date */
    const char *publisher;       /* the document's source field, or NULL */
    const sr_timex *timex;       /* every time expression of the text, in order */
    int n_timex;
} sr_doc_ctx;

/* One place named in the text, resolved (the `sitrep places` record). */
typedef struct sr_place_mention {
    uint32_t start, end;       /* bytes of the name in the text */
    const char *name;
    long geonameid;            /* 0 unknown */
    char country[4];           /* ISO3 */
    const char *admin1;        /* NULL for countries */
    double lat, lon;
    const char *feature;       /* country | admin1 | admin2 | place | region */
    int precision;             /* ACLED geo precision */
    double score;              /* 0..1 */
    bool demonym;              /* named by an adjective ("Syrian territory") */
} sr_place_mention;

/* Every place mention of the document in text order, resolved; *out is an
 * arena array.  Returns the count, -1 when the arena ran out. */
int sr_extract_places(const sr_doc_ctx *c, sr_place_mention **out);

/* Extract every mention of the document, in text order.  *out receives an
 * arena array of n mentions (each with n_mentions 1), *focus the document's
 * country focus (ISO3, arena or table storage; NULL when none).  Returns the
 * count, or -1 when the arena ran out. */
int sr_extract_document(const sr_doc_ctx *ctx, sr_event **out, const char **focus);

/* A protest put down by the state, or turned violent against it, has the
 * protesters as actor 1 and the state as actor 2, as ACLED codes it.  Events
 * whose text names no actor 1 take the one the taxonomy gives their type
 * ("Protesters (Turkey)", "Police Forces of Kenya"), of the country of
 * their place, else of focus; marked implied.  Run on merged events, so a
 * named actor anywhere in the event wins.  false when the arena ran out. */
bool sr_default_actors(const sr_doc_ctx *ctx, sr_event *events, int n, const char *focus);

#endif
