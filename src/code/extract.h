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

/* Extract every mention of the document, in text order.  *out receives an
 * arena array of n mentions (each with n_mentions 1).  Returns the count, or
 * -1 when the arena ran out. */
int sr_extract_document(const sr_doc_ctx *ctx, sr_event **out);

#endif
