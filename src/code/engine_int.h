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
};

struct sr_worker {
    const sr_engine *engine;
    sr_arena *arena;
    sr_text_ctx *text_ctx;
    sr_buf out;                 /* the record being written */
    char reason[96];            /* the text of the current error, when it is formatted */
};

struct sr_place_mention;

/* Analyse d and find its places, for evaluation: on SR_OK *out holds *n
 * mentions and *text the (repaired) text their offsets point into, both valid
 * until the worker's next document.  Otherwise *why says what went wrong. */
sr_status sr_worker_places(sr_worker *w, const sr_document *d, const struct sr_place_mention **out, int *n,
                           const char **text, const char **why);

#endif
