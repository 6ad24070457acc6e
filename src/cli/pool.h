/*
 * pool.h — an ordered pool of coding threads for the commands that read
 * documents (`sitrep code`, `sitrep places`).
 *
 * Place in the pipeline: reader -> [pool] -> stdout.  The caller submits
 * documents (and the error records of unreadable input) in input order; the
 * pool codes documents on its threads, each with its own sr_worker on the one
 * shared read-only engine, and hands the records back in submission order, so
 * the output of N threads is byte-identical to that of one.
 *
 * Documents travel in batches: a thread takes a whole batch (documents whose
 * texts add up to about `batch_bytes`) at a time, so that handing work from
 * thread to thread costs little next to coding it, even for short documents.
 * The batch being filled goes to the threads when it is big enough, when the
 * caller asks for the records of its first item, or when the caller says so
 * (sr_pool_flush: the input has nothing more at hand).  At most `depth`
 * batches are in flight, so memory is bounded by `depth` batches whatever the
 * input size.  With one thread nothing runs in the background: a closed batch
 * is coded at once, on the caller's thread.
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
 * pool) running fn, with at most depth (>= 1) batches in flight, a batch being
 * closed once its texts hold batch_bytes (0: every document is a batch of its
 * own).  NULL when memory or a thread could not be had. */
sr_pool *sr_pool_new(const sr_engine *engine, int n_threads, int depth, size_t batch_bytes, sr_pool_fn fn);

/* true when depth batches are in flight and none is being filled: take items
 * out with sr_pool_next first. */
bool sr_pool_full(const sr_pool *pool);
/* true when no item is in flight (nor waiting in an unclosed batch). */
bool sr_pool_empty(const sr_pool *pool);

/* Submit a document (copied: the caller's strings may go away at once) or the
 * error record of a read item that is not a document.  Must not be called when
 * the pool is full.  false when memory ran out (nothing was submitted). */
bool sr_pool_submit_doc(sr_pool *pool, const sr_document *doc);
bool sr_pool_submit_error(sr_pool *pool, const sr_read_item *item);

/* Close the batch being filled, if any, and hand it to the threads now. */
void sr_pool_flush(sr_pool *pool);

/* Wait for the oldest item and hand back its records: JSON lines, each ending
 * in '\n' (valid until the next call on the pool), and the status its coding
 * returned (SR_OK for an error item; SR_ENOMEM when its records could not be
 * held).  Must not be called when the pool is empty. */
void sr_pool_next(sr_pool *pool, const char **records, size_t *len, sr_status *status);

/* Stop the threads and free everything; NULL is a no-op. */
void sr_pool_free(sr_pool *pool);

#endif
