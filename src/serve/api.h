/*
 * api.h — the JSON endpoints of `sitrep serve`, apart from HTTP.
 *
 * Place in the pipeline: store -> [serve].  Each function takes what the
 * request carried (its raw query string, a path id, a body), checks it, asks
 * the store, writes the JSON response into out and returns the HTTP status.
 * Errors are JSON too: {"error":"why","parameter":"name"} (parameter only when
 * one is to blame).  server.c wires these to URLs; tests and the fuzzer can
 * call them without a socket.
 */
#ifndef SR_SERVE_API_H
#define SR_SERVE_API_H

#include <stdbool.h>
#include <stddef.h>
#include "serve/body.h"
#include "store/store.h"
#include "util/buf.h"

/* GET /api/events (incidents false) or /api/incidents (true) with the raw
 * query string query[0..qlen).  200 with the store's {"total","limit",
 * "offset","items"}; 400/414 for a bad query; 500 when the store fails. */
int sr_api_list(sr_store *store, bool incidents, const char *query, size_t qlen, sr_buf *out);

/* GET /api/incidents/ID with the decoded id: 200 with the store's incident,
 * its events and documents; 400 for a malformed id; 404 when there is none. */
int sr_api_incident(sr_store *store, const char *id, sr_buf *out);

/* GET /api/stats: row counts of the store's tables. */
int sr_api_stats(sr_store *store, sr_buf *out);

/* POST /api/documents: ingest each document of body[0..len) (kind, with the
 * raw query string for text/plain metadata) into writer, coding with worker.
 * Answers {"documents":N,"stored":N,"events":N,"errors":[error records]}: the
 * error records are those `sitrep code` writes (docs/records.md), for lines
 * that are not documents and documents that could not be coded; at most 100
 * are listed, "more_errors" counts the rest.  200 when every document was
 * stored, 207 when some were, 400 when none was (or the query was bad), 500
 * when the store failed. */
int sr_api_ingest(sr_store *writer, sr_worker *worker, sr_body_kind kind, const char *query, size_t qlen,
                  const char *body, size_t len, sr_buf *out);

/* Write {"error":message[,"parameter":param]} into out (cleared first);
 * param NULL or "" leaves it out. */
void sr_api_error(sr_buf *out, const char *param, const char *message);

#endif
