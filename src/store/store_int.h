/*
 * store_int.h — what the store's own files share: the handle, its prepared
 * statements, and the helpers for SQLite errors and the folded search text.
 *
 * Place in the pipeline: inside the store (store.h).  store.c opens the
 * database and creates the schema, ingest.c writes documents and re-fuses
 * incidents, query.c reads, search.c folds text and builds full-text
 * queries, cache.c keeps parsed records, totals.c the counts of recent
 * pages.
 */
#ifndef SR_STORE_INT_H
#define SR_STORE_INT_H

#include <json-c/json.h>
#include <sqlite3.h>

#include "store/store.h"

/* The statements the store prepares once and reuses (ingest's hot path). */
typedef enum sr_stmt_id {
    ST_DOC_HASH,          /* input hash of a stored document */
    ST_DOC_INSERT,
    ST_DOC_DELETE,
    ST_DOC_RECORD,        /* the doc record of a document */
    ST_DOC_EVENTS,        /* a document's event records, in the order they were emitted */
    ST_POST_INSERT,
    ST_EVENT_INSERT,
    ST_EVENT_RECORD,      /* one event record by id */
    ST_EVENT_GEO,
    ST_EVIDENCE_INSERT,
    ST_SOURCE_INSERT,
    ST_SOURCE_ID,
    ST_EVENT_SOURCE_INSERT,
    ST_CAND_DATED,        /* events that may merge with a dated event */
    ST_CAND_OWN_DOC,      /* events that may merge with an undated or background event: its document's */
    ST_INCIDENTS_OF_DOC,  /* incidents holding an event of a document */
    ST_MEMBERS,           /* member event ids of an incident */
    ST_INCIDENT_OF_EVENT, /* the incident an event belongs to */
    ST_INCIDENT_DELETE,
    ST_INCIDENT_UNGEO,    /* an incident's R*Tree entry (before the incident goes) */
    ST_MEMBERS_DELETE,
    ST_EVIDENCE_FTS,      /* the full-text entry of one evidence row */
    ST_INCIDENT_INSERT,
    ST_INCIDENT_GEO,
    ST_MEMBER_INSERT,
    ST_BEGIN,
    ST_BEGIN_READ,        /* a read transaction: one snapshot for a page and its total */
    ST_COMMIT,
    ST_ROLLBACK,
    ST_SAVEPOINT,         /* one document inside a batch (sr_store_begin) */
    ST_RELEASE,
    ST_ROLLBACK_TO,
    ST_DATA_VERSION,      /* PRAGMA data_version: moves when another connection commits */
    ST_COUNT
} sr_stmt_id;

struct sr_fuser;
typedef struct sr_totals sr_totals;

struct sr_store {
    sqlite3 *db;
    char *path;
    bool read_only;
    sqlite3_stmt *stmt[ST_COUNT];   /* prepared on first use */
    struct sr_fuser *fuser;         /* made on the first ingest */
    const void *fuser_tax;          /* the taxonomy the fuser was made with */
    json_object *cache;             /* parsed records by text hash (cache.c); NULL until used */
    sr_totals *totals;              /* counts of recent pages (totals.c); NULL until used */
    bool batch;                     /* inside sr_store_begin ... sr_store_commit */
};

/* The prepared statement id, reset and with its bindings cleared; NULL on
 * failure with *errmsg set. */
sqlite3_stmt *sr_store_stmt(sr_store *s, sr_stmt_id id, char **errmsg);

/* Set *errmsg to "PATH: what: SQLite's message" and return SR_EIO (or
 * SR_ENOMEM when SQLite ran out of memory). */
sr_status sr_store_fail(sr_store *s, const char *what, char **errmsg);

/* Execute sql (no results wanted); SR_OK or sr_store_fail's status. */
sr_status sr_store_exec(sr_store *s, const char *sql, char **errmsg);

/* The days (since 1970-01-01) of a "YYYY-MM-DD", "YYYY-MM" or "YYYY" bound:
 * its first day when !last, else its last.  false when malformed. */
bool sr_store_day(const char *date, bool last, long *out);

/* The parsed JSON of json[0..len) (a record read from the database or just
 * coded): a new reference (caller puts it), shared with the store's cache, so
 * the caller must not change it.  NULL when it is not JSON or memory ran out. */
json_object *sr_store_parsed(sr_store *s, const char *json, size_t len);

/* A count for a page query (its total, or a box's R*Tree entries): *n from
 * the count statement (stepped once, its first column), or the same count kept
 * from an earlier call with the same key (the statement's SQL and parameter
 * values) when the database has not changed since, as this connection sees it.
 * Inside a read transaction the version read and the count are of one snapshot;
 * outside, the count may be newer than its stamp, which only makes it counted
 * again.  key is borrowed.  SR_OK, or a store failure with *errmsg. */
sr_status sr_store_total(sr_store *s, const char *key, sqlite3_stmt *count, long long *n, char **errmsg);
/* Free the kept counts; NULL is a no-op. */
void sr_totals_free(sr_totals *t);

/* The search form of s[0..len): case folded, Turkish dotted and dotless i
 * both to i, Latin diacritics removed.  malloc'd (caller frees), NULL on OOM. */
char *sr_store_fold(const char *s, size_t len);

/* An FTS5 query for the user's words q: each word folded and quoted (so
 * FTS5 operators in q are taken as text), all required, a trailing '*' kept
 * as a prefix search.  malloc'd; "" when q has no words; NULL on OOM. */
char *sr_store_fts_query(const char *q);

#endif
