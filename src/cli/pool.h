/*
 * pool.h — an ordered pool of coding threads for the commands that read
 * documents (`sitrep code`, `sitrep places`).
 *
 * Place in the pipeline: reader -> [pool] -> stdout.  The caller submits
 * documents (and the error records of unreadable input) in input order; the
 * pool codes documents on its threads, each with its own sr_worker on the one
 * shared read-only engine, and hands the records back in submission order, so
 * the output of N threads is byte-identical to that of one.  At most `depth`
 * jobs are in flight, so memory is bounded by `depth` documents whatever the
 * input size.  With one thread nothing runs in the background: a submitted
 * document is coded at once, on the caller's thread.
 */
#ifndef SR_CLI_POOL_H
#define SR_CLI_POOL_H

#include <stdbool.h>
#include <stddef.h>

#include "../io/reader.h"
#include "sitrep.h"

typedef struct sr_pool sr_pool;

/* What the pool runs on each document: sr_code_document or sr_find_places. */
typedef sr_status (*sr_pool_fn)(sr_worker *worker, const sr_document *doc, sr_emit_fn emit, void *ctx);

/* A pool of n_threads (>= 1) workers on engine (borrowed; must outlive the
 * pool) running fn, with at most depth (>= 1) jobs in flight.  NULL when memory
 * or a thread could not be had. */
sr_pool *sr_pool_new(const sr_engine *engine, int n_threads, int depth, sr_pool_fn fn);

/* true when depth jobs are in flight: take one out with sr_pool_next first. */
bool sr_pool_full(const sr_pool *pool);
/* true when no job is in flight. */
bool sr_pool_empty(const sr_pool *pool);

/* Submit a document (copied: the caller's strings may go away at once) or the
 * error record of a read item that is not a document.  Must not be called when
 * the pool is full.  false when memory ran out (nothing was submitted). */
bool sr_pool_submit_doc(sr_pool *pool, const sr_document *doc);
bool sr_pool_submit_error(sr_pool *pool, const sr_read_item *item);

/* Wait for the oldest job and hand back its records: JSON lines, each ending
 * in '\n' (valid until the next call on the pool), and the status its coding
 * returned (SR_OK for an error item; SR_ENOMEM when its records could not be
 * held).  Must not be called when the pool is empty. */
void sr_pool_next(sr_pool *pool, const char **records, size_t *len, sr_status *status);

/* Stop the threads and free everything; NULL is a no-op. */
void sr_pool_free(sr_pool *pool);

#endif
