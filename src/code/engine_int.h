/*
 * engine_int.h — what the engine and a worker hold, for the library's own
 * modules (the public header keeps both opaque).
 *
 * Place in the pipeline: the engine is everything read-only that every stage
 * consults (lexicon with places compiled in, place table, taxonomy); the
 * worker is one thread's per-document state.
 */
#ifndef SR_ENGINE_INT_H
#define SR_ENGINE_INT_H

#include "../gaz/gazetteer.h"
#include "../gaz/placetab.h"
#include "../gaz/wordset.h"
#include "../lex/lexicon.h"
#include "../text/text.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "sitrep.h"
#include "taxonomy.h"

struct sr_engine {
    sr_allocator alloc;
    sr_lexicon *lex;
    sr_placetab *places;
    sr_taxonomy *tax;
    sr_gazetteer *gaz;          /* NULL: the place table's names are in the lexicon instead */
    sr_wordset *common;         /* common English words (optional): doubtful town names */
    char lexicon_version[24];   /* "lex-" + 16 hex digits of a hash over every data file */
    size_t max_document_bytes;
};

struct sr_worker {
    const sr_engine *engine;
    sr_arena *arena;
    sr_text_ctx *text_ctx;
    sr_buf out;                 /* the record being written */
    char reason[256];            /* the text of the current error, when it is formatted */
};

struct sr_place_mention;
struct sr_type;

/* The primary event of a document, as the evaluations and the snippet
 * classifier read it (which one: below). */
typedef struct sr_primary {
    bool found;                 /* false: the document gave no event */
    const struct sr_type *type; /* taxonomy row; NULL when !found */
    int fatalities;             /* -1 not stated */
    char actor1_country[4];     /* "" unknown */
    const char *actor1_name;    /* NULL unknown */
    char actor2_country[4];     /* the target's country; "" unknown */
    bool has_location;
    double lat, lon;
    const char *admin1;         /* NULL unknown */
    double confidence;
    int n_events;               /* events in the document */
} sr_primary;

/* Code d and describe its primary event in *out (strings valid until the
 * worker's next document): the event it states first (the earliest trigger
 * among asserted, claimed or alleged events, else among all) — what an event
 * coder (PLOVER, CAMEO) reads a sentence as saying.  Statuses as for
 * sr_code_document; *why names a document that could not be coded (then
 * out->found is false). */
sr_status sr_worker_primary(sr_worker *w, const sr_document *d, sr_primary *out, const char **why);

/* The same, but the primary is the most confident event (the first on a tie),
 * ranked first by tiers: told as happening before denied or supposed, the day's
 * news before its background, violence and protest before strategic
 * developments.  When acled_only, only the events ACLED's codebook has a type
 * for count (a report of a killing and a condemnation is about the killing);
 * otherwise an event of another type (a claim, a statement, a disaster, a crime)
 * ranks below an ACLED event it only frames, told in a sentence of its own, and a
 * claim or denial of responsibility above the ACLED event that is its object
 * (engine.c: frames_acled_event, ranking_confidence). */
sr_status sr_worker_primary_of(sr_worker *w, const sr_document *d, bool acled_only, sr_primary *out, const char **why);

/* Analyse d and find its places, for evaluation: on SR_OK *out holds *n
 * mentions and *text the (repaired) text their offsets point into, both valid
 * until the worker's next document.  Otherwise *why says what went wrong. */
sr_status sr_worker_places(sr_worker *w, const sr_document *d, const struct sr_place_mention **out, int *n,
                           const char **text, const char **why);

#endif
