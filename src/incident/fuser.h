/*
 * fuser.h — incident fusion: a set of doc and event records in, incident
 * records out.
 *
 * Place in the pipeline: resolve -> [fuse] -> output / store.  `sitrep code
 * --incidents` adds every record it emits and asks for the incidents at the
 * end of the stream; the store adds the events a new document touches (and
 * those they may merge with) and replaces the incidents they belonged to.
 *
 * Clustering: the events are taken in order of their first day (undated ones
 * last), then of strength (confidence, mentions, id); each joins the first
 * incident, in order of creation, all of whose members it is compatible with
 * (sr_mention_compatible: complete linkage, so two reports that disagree
 * about the place or the actors never meet through a third), or starts a new
 * one.  The result depends only on the set of events, not on the order they
 * were added in; and since an event only ever joins incidents of events it
 * is compatible with, clustering any union of connected groups of the
 * compatibility graph gives the same incidents for each group as clustering
 * everything (what the store's incremental re-fusion relies on).
 */
#ifndef SR_FUSER_H
#define SR_FUSER_H

#include <json-c/json.h>
#include <stddef.h>

#include "code/taxonomy.h"
#include "incident/incident.h"
#include "sitrep.h"

typedef struct sr_fuser sr_fuser;

/* The taxonomy an engine codes with (borrowed from it), for sr_fuser_new. */
const sr_taxonomy *sr_fuser_taxonomy(const sr_engine *engine);

/* A new, empty fuser.  tax (borrowed, may be NULL) gives the type families;
 * it must outlive the fuser.  SR_ENOMEM when memory runs out. */
sr_status sr_fuser_new(const sr_taxonomy *tax, sr_fuser **out);
/* NULL is a no-op. */
void sr_fuser_free(sr_fuser *fuser);

/* Add one record, a JSON object as text (json[0..len), no newline needed).
 * doc records give the dates and embedded posts of their documents; event
 * records are the mentions to fuse; other kinds (error, place, incident) are
 * ignored.  Feeding a record twice changes nothing; of two different records
 * with one id (event or doc), the one whose JSON text comes first in byte
 * order is kept, whichever was added first.  SR_EINPUT with *errmsg
 * (malloc'd, may be NULL) when the text is not a JSON object (strict JSON in
 * valid UTF-8, as sitrep writes it) or an event record lacks its id or doc;
 * SR_ENOMEM when memory runs out. */
sr_status sr_fuser_add(sr_fuser *fuser, const char *json, size_t len, char **errmsg);

/* The same for a parsed record: the fuser takes a reference of its own
 * (json_object_get), the caller keeps theirs. */
sr_status sr_fuser_add_object(sr_fuser *fuser, json_object *rec, char **errmsg);

/* Number of distinct event records added. */
size_t sr_fuser_count(const sr_fuser *fuser);

/* Fuse the events added so far into incidents and emit one incident record
 * per incident (docs/records.md), ordered by date (undated last), then id.
 * emit returning non-zero stops the walk with SR_EIO; SR_ENOMEM when memory
 * runs out.  The fuser keeps its records: emitting twice gives the same
 * records. */
sr_status sr_fuser_emit(sr_fuser *fuser, sr_emit_fn emit, void *ctx);

/* The same walk for a caller that stores incidents: fn receives each record
 * (json[0..len)), what it took from whom, and its n members (all borrowed,
 * valid until fn returns).  fn returning non-zero stops the walk (SR_EIO). */
typedef int (*sr_incident_fn)(void *ctx, const char *json, size_t len, const sr_incident_summary *summary,
                              sr_mention *const *members, int n);
sr_status sr_fuser_each(sr_fuser *fuser, sr_incident_fn fn, void *ctx);

/* Forget every record added.  SR_ENOMEM (and the records kept) when memory
 * runs out. */
sr_status sr_fuser_reset(sr_fuser *fuser);

#endif
