/*
 * incident.h — the incident record: one incident written from the event
 * records (mentions) that tell it, with every source and what it claims, and
 * the claims that disagree side by side (docs/records.md, section incident).
 *
 * Place in the pipeline: fuse -> [output].  The fuser (fuser.h) decides which
 * mentions form one incident; this file only writes what they say together.
 */
#ifndef SR_INCIDENT_H
#define SR_INCIDENT_H

#include <json-c/json.h>

#include "incident/mention.h"
#include "util/arena.h"
#include "util/buf.h"

/* The incident's id for these members: "in-" + 16 hex digits of a hash of
 * the lowest member event id, so it depends on nothing else (not on order,
 * not on the other members).  n >= 1. */
void sr_incident_id(sr_mention *const *members, int n, char out[20]);

/* What a written incident took from which member, for callers that store it
 * (borrowed from the members; valid while they are). */
typedef struct sr_incident_summary {
    char id[20];
    const sr_mention *top;     /* the strongest member: type, historical, retaliation */
    const sr_mention *when;    /* whose date the incident has; NULL when no member is dated */
    const sr_mention *where;   /* whose location the incident has (its place may be absent) */
    int n_reports, n_sources;
} sr_incident_summary;

/* Append the incident record of the n (>= 1) members to b, one JSON object
 * without a newline.  docs is a JSON object mapping document ids to their doc
 * records (for embedded posts and document dates; a member whose document is
 * missing counts as one report with no date).  Scratch memory comes from
 * arena, which the caller resets afterwards.  summary (may be NULL) receives
 * what the record took from whom.  Returns SR_ENOMEM when the arena or b ran
 * out of memory (b then holds a partial record). */
sr_status sr_incident_write(sr_buf *b, sr_mention *const *members, int n, json_object *docs, sr_arena *arena,
                            sr_incident_summary *summary);

#endif
