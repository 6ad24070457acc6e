/*
 * store.h — the SQLite store of documents, posts, events, incidents, sources
 * and evidence: what `sitrep ingest` fills, `sitrep export` and `sitrep serve`
 * read.
 *
 * Place in the pipeline: ... -> resolve -> fuse -> [store] -> export / serve.
 * sr_store_ingest codes a document with the engine (sr_code_document), keeps
 * every record it emits exactly as `sitrep code` writes it, and re-fuses the
 * incidents the new events touch (src/incident/incident.h), all in one SQLite
 * transaction: a crash leaves the database as it was before that document,
 * and the next ingest of the same input completes it.
 *
 * The database: SQLite in WAL mode with a busy timeout, so readers (the server)
 * and one writer (an ingest) can work at once.  synchronous=NORMAL: a commit
 * is not synced to disk (checkpoints are), so a committed document survives
 * the process being killed at any point, but the last commits before a power
 * loss or an operating-system crash may be lost (the database stays
 * consistent).  Full-text search runs over a folded copy of each evidence
 * sentence (case folded, Turkish dotted and dotless i both to i, Latin
 * diacritics removed: "KİLİS'TE" and "kilis'te" meet); bounding-box queries
 * over event and incident coordinates use an R*Tree and the exact
 * coordinates.  Schema in store.c, described in docs/store.md.
 *
 * Threads: one sr_store is used by one thread at a time; open one per thread.
 * Every function returns an sr_status; on failure *errmsg (when errmsg is
 * non-NULL) receives a malloc'd message naming the database and the reason
 * (caller frees).  Every string argument is borrowed for the call.
 */
#ifndef SR_STORE_H
#define SR_STORE_H

#include <stdbool.h>
#include "sitrep.h"
#include "util/buf.h"

typedef struct sr_store sr_store;

/* Open the SQLite database at path (created with its schema when missing,
 * unless read_only), WAL mode, busy timeout set.  On failure *out is NULL and
 * *errmsg (if non-NULL) is a malloc'd message naming the file and the reason:
 * SR_EIO when it cannot be opened or created, SR_EDATA when it is not a sitrep
 * store (or one of an unknown schema version), SR_EARG on NULL path/out. */
sr_status sr_store_open(const char *path, bool read_only, sr_store **out, char **errmsg);
/* Close it; NULL is a no-op. */
void sr_store_close(sr_store *store);

/* What a query selects.  Zero-initialise, then set what you need. */
typedef struct sr_store_filter {
    const char *from, *to;            /* "YYYY-MM-DD" inclusive, compared with the record's date (month and
                                         year precision dates by their first day); NULL = open */
    bool has_bbox;                    /* bbox: min_lon, min_lat, max_lon, max_lat (R*Tree); records
                                         without coordinates are left out when set */
    double min_lon, min_lat, max_lon, max_lat;
    const char *type;                 /* ACLED type, ACLED sub-type, PLOVER type, CAMEO code or our key,
                                         compared exactly; NULL = any */
    const char *q;                    /* full-text query over evidence, folded as the index is: words are
                                         all required, a trailing '*' makes a prefix; NULL = none */
    bool include_historical;          /* false: background (historical) records are left out */
    long limit, offset;               /* limit <= 0 means 100; capped at 1000; offset < 0 means 0 */
} sr_store_filter;

/* Append {"total":N,"total_capped":B,"limit":L,"offset":O,"items":[...]} to
 * out: event records exactly as `sitrep code` writes them, or incident records
 * (docs/records.md, section incident).  `items` holds at most `limit` matches
 * from `offset` on, newest first (date descending, undated last, then id).
 * `total` counts the matches, but at most limit + offset + 10000 of them:
 * when there are more, total is that cap and total_capped is true.  The count,
 * the page and the choice of plan read one snapshot of the database.  f NULL:
 * every record but background ones.  An incident matches when its own date,
 * place and type match and, for q, when one of its events' evidence does.  On
 * failure out is left as it was. */
sr_status sr_store_query_events(sr_store *store, const sr_store_filter *f, sr_buf *out, char **errmsg);
sr_status sr_store_query_incidents(sr_store *store, const sr_store_filter *f, sr_buf *out, char **errmsg);

/* Append {"incident":{...},"events":[full event records],"documents":[{"id","url","title","source",
 * "date","posts":[...]}]} for incident `id`; *found=false (and nothing appended) when there is none.
 * "posts" are the doc record's embedded posts (author, handle, date, lang, text, start, end, links,
 * hashtags); url, title, source are null when the input did not give them. */
sr_status sr_store_incident(sr_store *store, const char *id, sr_buf *out, bool *found, char **errmsg);

/* Code one document with worker and store its doc record, posts, events, sources and evidence, then
 * update the incidents it touches, in one transaction (a savepoint of the batch's transaction between
 * sr_store_begin and sr_store_commit).  Idempotent: a document already stored with the same id, text,
 * date, lang, url, source, title and lexicon version changes nothing (and is not coded again); the same
 * id with anything else replaces the old document, its events and the incidents they were part of.  records (may be NULL) receives every record as `sitrep code` would emit it
 * (also when the document was already stored).  A document that cannot be coded gives its error record
 * to records, stores nothing and returns SR_EINPUT. */
sr_status sr_store_ingest(sr_store *store, sr_worker *worker, const sr_document *doc,
                          sr_emit_fn records, void *ctx, char **errmsg);

/* Group the ingests that follow into one transaction, until sr_store_commit:
 * much faster for many documents (one commit, and one write of each page, for
 * the batch).  Each document still goes in whole or not at all (a savepoint
 * each), but a crash before sr_store_commit loses the whole batch, which the
 * next ingest of the same input stores again.  Other writers wait (busy
 * timeout) while a batch is open, so keep batches short (the CLI commits every
 * few hundred documents or every second).  sr_store_close without a commit
 * rolls the batch back.  A no-op when a batch is already open (begin) or none
 * is (commit). */
sr_status sr_store_begin(sr_store *store, char **errmsg);
sr_status sr_store_commit(sr_store *store, char **errmsg);

/* Call fn with every matching event (or incident) record, oldest first (date ascending, undated last,
 * then id), without the limit cap (f->limit and f->offset are ignored; f NULL: every record but
 * background ones): for export.  fn returning non-zero stops
 * the walk (then SR_EIO). */
sr_status sr_store_each_event(sr_store *store, const sr_store_filter *f, sr_emit_fn fn, void *ctx,
                              char **errmsg);
sr_status sr_store_each_incident(sr_store *store, const sr_store_filter *f, sr_emit_fn fn, void *ctx,
                                 char **errmsg);

/* Row counts of the store's tables, for summaries and tests. */
typedef struct sr_store_counts {
    long documents, posts, events, incidents, incident_members, sources, evidence;
} sr_store_counts;
sr_status sr_store_count(sr_store *store, sr_store_counts *out, char **errmsg);

#endif
