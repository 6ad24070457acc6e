/*
 * merge.h — folding the mentions of one event within a document into one
 * event record.
 *
 * Place in the pipeline: extract -> [merge] -> output.
 */
#ifndef SR_MERGE_H
#define SR_MERGE_H

#include "../util/arena.h"
#include "event.h"
#include "taxonomy.h"

/* Merge mentions[0..n) (text order) into events; *out receives an arena array.
 * Mentions are read, not modified; tax names the types a protest turns into.
 * Returns the number of events, -1 on OOM. */
int sr_merge_document(sr_arena *arena, const sr_taxonomy *tax, sr_event *mentions, int n, sr_event **out);

#endif
