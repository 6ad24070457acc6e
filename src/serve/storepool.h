/*
 * storepool.h — a fixed set of read-only store connections shared by the
 * server's threads.
 *
 * Place in the pipeline: store -> [serve].  An sr_store serves one thread at a
 * time; the server's thread pool borrows one per request and gives it back.
 * With as many connections as threads nobody waits; a caller that finds none
 * free waits until one is given back.
 */
#ifndef SR_SERVE_STOREPOOL_H
#define SR_SERVE_STOREPOOL_H

#include "store/store.h"

typedef struct sr_storepool sr_storepool;

/* Open n (>= 1) read-only connections to the store at path.  On failure *out
 * is NULL and *errmsg (if non-NULL) is the store's malloc'd message. */
sr_status sr_storepool_open(const char *path, int n, sr_storepool **out, char **errmsg);

/* Borrow a connection (waits while all are borrowed); never NULL.  Give it
 * back with sr_storepool_give from any thread. */
sr_store *sr_storepool_take(sr_storepool *pool);
void sr_storepool_give(sr_storepool *pool, sr_store *store);

/* Close every connection; all must have been given back.  NULL is a no-op. */
void sr_storepool_close(sr_storepool *pool);

#endif
