/*
 * store.c — opening the store, its schema, and what every other store file
 * shares (prepared statements, error messages, date bounds); see store.h and
 * docs/store.md.
 *
 * Place in the pipeline: fuse -> [store] -> export / serve.  The schema is
 * created in one transaction when the database is new; an existing database
 * must carry our schema version in table `meta`, so that a foreign SQLite
 * file is refused with a clear message instead of being written into.
 * Rows that hang off a document (posts, events, their evidence with its
 * full-text entries, sources and R*Tree entries) are removed by triggers, so
 * that replacing a document is one statement.  The hot path of an ingest
 * (adding evidence, dissolving incidents) writes the full-text index and the
 * R*Tree with plain statements instead: a statement that fires a trigger
 * runs in a statement transaction, and each of those makes FTS5 flush its
 * pending terms to a new segment, which made ingest several times slower.
 */
#include "store/store_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "incident/fuser.h"
#include "time/timex.h"
#include "util/file.h"

#define SCHEMA_VERSION "1"

/* The order of a page (date descending, undated last, then id) with what the
 * filters test, so that a page is read off the index (query.c).  Stores made
 * before these existed get them when next opened for writing (add_indexes). */
#define LIST_INDEXES                                                                                   \
    "CREATE INDEX IF NOT EXISTS events_list ON events(day0 DESC, id, historical, lat, lon);\n"          \
    "CREATE INDEX IF NOT EXISTS incidents_list ON incidents(day0 DESC, id, historical, lat, lon);\n"
#define BUSY_TIMEOUT_MS 10000

/* The write-ahead log: checkpointed (PASSIVE, as SQLite does by default) from
 * WAL_CHECKPOINT_PAGES on; from WAL_RESTART_PAGES on, restarted from its
 * beginning, waiting up to WAL_RESTART_WAIT_MS for readers of older snapshots;
 * cut back to WAL_SIZE_LIMIT bytes when restarted. */
#define WAL_CHECKPOINT_PAGES 1000
#define WAL_RESTART_PAGES 8000
#define WAL_RESTART_WAIT_MS 50
#define WAL_SIZE_LIMIT "67108864"

static const char SCHEMA[] =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
    "CREATE TABLE documents(\n"
    "  rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, input_hash TEXT NOT NULL,\n"
    "  date TEXT, url TEXT, title TEXT, source TEXT, lang TEXT, added INTEGER NOT NULL, record TEXT NOT NULL);\n"
    "CREATE TABLE posts(\n"
    "  doc TEXT NOT NULL, idx INTEGER NOT NULL, author TEXT, handle TEXT, date TEXT, lang TEXT,\n"
    "  text TEXT, start INTEGER, \"end\" INTEGER, PRIMARY KEY(doc, idx)) WITHOUT ROWID;\n"
    "CREATE TABLE events(\n"
    "  rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL,\n"
    "  date TEXT, day0 INTEGER, day1 INTEGER, span INTEGER, historical INTEGER NOT NULL,\n"
    "  retaliation INTEGER NOT NULL,\n"
    "  family TEXT NOT NULL, acled TEXT, acled_sub TEXT, plover TEXT, cameo TEXT, key TEXT,\n"
    "  has_place INTEGER NOT NULL, coarse INTEGER NOT NULL, country TEXT, lat REAL, lon REAL,\n"
    "  record TEXT NOT NULL);\n"
    "CREATE INDEX events_doc ON events(doc);\n"
    "CREATE INDEX events_fuse ON events(family, historical, retaliation, span, day0, day1, country, has_place,\n"
    "  coarse, lat, lon);\n"
    "CREATE TABLE sources(rowid INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,\n"
    "  UNIQUE(name, kind));\n"
    "CREATE TABLE event_sources(event TEXT NOT NULL, source INTEGER NOT NULL, text TEXT,\n"
    "  PRIMARY KEY(event, source)) WITHOUT ROWID;\n"
    "CREATE TABLE evidence(\n"
    "  rowid INTEGER PRIMARY KEY, event TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER, \"end\" INTEGER,\n"
    "  trigger_start INTEGER, trigger_end INTEGER, text TEXT NOT NULL, folded TEXT NOT NULL,\n"
    "  UNIQUE(event, idx));\n"
    "CREATE VIRTUAL TABLE evidence_fts USING fts5(folded, content='evidence', content_rowid='rowid');\n"
    "CREATE VIRTUAL TABLE event_geo USING rtree(id, min_lon, max_lon, min_lat, max_lat);\n"
    "CREATE TABLE incidents(\n"
    "  rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, date TEXT, day0 INTEGER,\n"
    "  historical INTEGER NOT NULL, family TEXT, acled TEXT, acled_sub TEXT, plover TEXT, cameo TEXT,\n"
    "  key TEXT, lat REAL, lon REAL, n_events INTEGER NOT NULL, n_reports INTEGER NOT NULL,\n"
    "  n_sources INTEGER NOT NULL, record TEXT NOT NULL);\n"
    "CREATE TABLE incident_members(event TEXT PRIMARY KEY, incident TEXT NOT NULL) WITHOUT ROWID;\n"
    "CREATE INDEX incident_members_incident ON incident_members(incident);\n"
    "CREATE VIRTUAL TABLE incident_geo USING rtree(id, min_lon, max_lon, min_lat, max_lat);\n"
    LIST_INDEXES
    "CREATE TRIGGER documents_gone AFTER DELETE ON documents BEGIN\n"
    "  DELETE FROM posts WHERE doc = old.id;\n"
    "  DELETE FROM events WHERE doc = old.id;\n"
    "END;\n"
    "CREATE TRIGGER events_gone AFTER DELETE ON events BEGIN\n"
    "  DELETE FROM evidence WHERE event = old.id;\n"
    "  DELETE FROM event_sources WHERE event = old.id;\n"
    "  DELETE FROM event_geo WHERE id = old.rowid;\n"
    "END;\n"
    "CREATE TRIGGER evidence_gone AFTER DELETE ON evidence BEGIN\n"
    "  INSERT INTO evidence_fts(evidence_fts, rowid, folded) VALUES ('delete', old.rowid, old.folded);\n"
    "END;\n"
    "INSERT INTO meta(key, value) VALUES ('schema', '" SCHEMA_VERSION "'), ('program', 'sitrep');\n";

/* Candidates of span class CLASS (longest span MAXSPAN days) that may merge with a dated event. */
#define CAND_BRANCH(CLASS, MAXSPAN)                                                                    \
    "SELECT id, record FROM events WHERE family = ?1 AND historical = ?2 AND retaliation = ?3"       \
    " AND span = " CLASS " AND day0 BETWEEN ?4 - " MAXSPAN " AND ?5 AND day1 >= ?4"                  \
    " AND (country IS NULL OR ?6 IS NULL OR country = ?6) AND (has_place = 1 OR doc = ?7)"           \
    " AND (?8 = 0 OR coarse = 1 OR lat IS NULL OR (lat BETWEEN ?9 AND ?10 AND lon BETWEEN ?11 AND ?12))"

static const char *const STMT_SQL[ST_COUNT] = {
    [ST_DOC_HASH] = "SELECT input_hash FROM documents WHERE id = ?1",
    [ST_DOC_INSERT] = "INSERT INTO documents(id, input_hash, date, url, title, source, lang, added, record)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, strftime('%s', 'now'), ?8)",
    [ST_DOC_DELETE] = "DELETE FROM documents WHERE id = ?1",
    [ST_DOC_RECORD] = "SELECT record FROM documents WHERE id = ?1",
    [ST_DOC_EVENTS] = "SELECT record FROM events WHERE doc = ?1 ORDER BY rowid",
    [ST_POST_INSERT] = "INSERT OR REPLACE INTO posts(doc, idx, author, handle, date, lang, text, start, \"end\")"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    [ST_EVENT_INSERT] = "INSERT INTO events(id, doc, date, day0, day1, span, historical, retaliation, family, acled,"
                        " acled_sub, plover, cameo, key, has_place, coarse, country, lat, lon, record)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, CASE WHEN ?5 - ?4 <= 6 THEN 0 WHEN ?5 - ?4 <= 30 THEN 1"
                        " ELSE 2 END, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
    [ST_EVENT_RECORD] = "SELECT record FROM events WHERE id = ?1",
    [ST_EVENT_GEO] = "INSERT INTO event_geo(id, min_lon, max_lon, min_lat, max_lat) VALUES (?1, ?2, ?2, ?3, ?3)",
    [ST_EVIDENCE_INSERT] = "INSERT INTO evidence(event, idx, start, \"end\", trigger_start, trigger_end, text,"
                           " folded) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    [ST_SOURCE_INSERT] = "INSERT OR IGNORE INTO sources(name, kind) VALUES (?1, ?2)",
    [ST_SOURCE_ID] = "SELECT rowid FROM sources WHERE name = ?1 AND kind = ?2",
    [ST_EVENT_SOURCE_INSERT] = "INSERT OR IGNORE INTO event_sources(event, source, text) VALUES (?1, ?2, ?3)",
    /* ?1 family ?2 historical ?3 retaliation ?4 the day before the event's first ?5 the day after its last
     * ?6 country or NULL ?7 doc ?8 fine point: 1 ?9..?12 lat/lon window.  One branch per span class, so
     * that each scans only the days a candidate of that span can start on (events_fuse covers the tests). */
    [ST_CAND_DATED] = CAND_BRANCH("0", "6") " UNION ALL " CAND_BRANCH("1", "30") " UNION ALL " CAND_BRANCH("2", "365"),
    /* by document: the planner would otherwise scan events_fuse over every background event of a family */
    [ST_CAND_OWN_DOC] = "SELECT id, record FROM events INDEXED BY events_doc WHERE doc = ?1 AND family = ?2"
                        " AND historical = ?3 AND retaliation = ?4",
    [ST_INCIDENTS_OF_DOC] = "SELECT DISTINCT m.incident FROM incident_members m JOIN events e ON e.id = m.event"
                            " WHERE e.doc = ?1",
    [ST_MEMBERS] = "SELECT event FROM incident_members WHERE incident = ?1",
    [ST_INCIDENT_OF_EVENT] = "SELECT incident FROM incident_members WHERE event = ?1",
    [ST_INCIDENT_DELETE] = "DELETE FROM incidents WHERE id = ?1",
    [ST_INCIDENT_UNGEO] = "DELETE FROM incident_geo WHERE id = (SELECT rowid FROM incidents WHERE id = ?1)",
    [ST_MEMBERS_DELETE] = "DELETE FROM incident_members WHERE incident = ?1",
    [ST_EVIDENCE_FTS] = "INSERT INTO evidence_fts(rowid, folded) VALUES (?1, ?2)",
    [ST_INCIDENT_INSERT] = "INSERT INTO incidents(id, date, day0, historical, family, acled, acled_sub, plover,"
                           " cameo, key, lat, lon, n_events, n_reports, n_sources, record)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    [ST_INCIDENT_GEO] = "INSERT INTO incident_geo(id, min_lon, max_lon, min_lat, max_lat)"
                        " VALUES (?1, ?2, ?2, ?3, ?3)",
    [ST_MEMBER_INSERT] = "INSERT OR REPLACE INTO incident_members(event, incident) VALUES (?1, ?2)",
    [ST_BEGIN] = "BEGIN IMMEDIATE",
    [ST_BEGIN_READ] = "BEGIN",
    [ST_COMMIT] = "COMMIT",
    [ST_ROLLBACK] = "ROLLBACK",
    [ST_SAVEPOINT] = "SAVEPOINT doc",
    [ST_RELEASE] = "RELEASE doc",
    [ST_ROLLBACK_TO] = "ROLLBACK TO doc",
    [ST_DATA_VERSION] = "PRAGMA data_version",
};

sr_status sr_store_fail(sr_store *s, const char *what, char **errmsg)
{
    int code = s && s->db ? sqlite3_errcode(s->db) : SQLITE_ERROR;
    sr_set_error(errmsg, sr_strf("%s: %s: %s", s && s->path ? s->path : "store", what,
                                 s && s->db ? sqlite3_errmsg(s->db) : "no database"));
    return code == SQLITE_NOMEM ? SR_ENOMEM : SR_EIO;
}

sqlite3_stmt *sr_store_stmt(sr_store *s, sr_stmt_id id, char **errmsg)
{
    sqlite3_stmt *st = s->stmt[id];
    if (!st) {
        if (sqlite3_prepare_v3(s->db, STMT_SQL[id], -1, SQLITE_PREPARE_PERSISTENT, &s->stmt[id], NULL) !=
            SQLITE_OK) {
            sr_store_fail(s, "preparing a statement", errmsg);
            return NULL;
        }
        return s->stmt[id];
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return st;
}

sr_status sr_store_exec(sr_store *s, const char *sql, char **errmsg)
{
    char *err = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &err) == SQLITE_OK) return SR_OK;
    int code = sqlite3_errcode(s->db);
    sr_set_error(errmsg, sr_strf("%s: %s", s->path, err ? err : sqlite3_errstr(code)));
    sqlite3_free(err);
    return code == SQLITE_NOMEM ? SR_ENOMEM : SR_EIO;
}

bool sr_store_day(const char *date, bool last, long *out)
{
    sr_date d;
    if (!date || !sr_date_parse_iso(date, &d) || strlen(date) > 10) return false;
    if (d.precision == SR_PREC_DAY) {
        *out = sr_date_to_days(d.year, d.month, d.day);
    } else if (d.precision == SR_PREC_MONTH) {
        int ny = d.month == 12 ? d.year + 1 : d.year, nm = d.month == 12 ? 1 : d.month + 1;
        *out = last ? sr_date_to_days(ny, nm, 1) - 1 : sr_date_to_days(d.year, d.month, 1);
    } else {
        *out = last ? sr_date_to_days(d.year, 12, 31) : sr_date_to_days(d.year, 1, 1);
    }
    return true;
}

/* After each commit of a writer (sqlite3_wal_hook), in place of SQLite's own
 * checkpoints.  A passive checkpoint copies back only the pages no reader
 * still needs, and the log restarts from its beginning only when no reader is
 * using it at all; a server answering requests without pause is almost always
 * reading, so the log grew without end beside it (260 MB in two minutes of
 * load test).  From WAL_RESTART_PAGES on, a restarting checkpoint waits a
 * moment for the readers of older snapshots (new readers read the database
 * file once it is complete); when it cannot, the next commit tries again.  A
 * failed checkpoint loses nothing: the log holds the commits until one
 * succeeds. */
static int on_commit(void *ctx, sqlite3 *db, const char *name, int pages)
{
    (void)ctx;
    if (pages < WAL_CHECKPOINT_PAGES) return SQLITE_OK;
    if (pages < WAL_RESTART_PAGES) {
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
        return SQLITE_OK;
    }
    sqlite3_busy_timeout(db, WAL_RESTART_WAIT_MS);
    sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_RESTART, NULL, NULL);
    sqlite3_busy_timeout(db, BUSY_TIMEOUT_MS);
    return SQLITE_OK;
}

/* Does the database carry our schema?  SR_OK, or SR_EDATA with a message. */
static sr_status check_schema(sr_store *s, char **errmsg)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE key = 'schema'", -1, &st, NULL) != SQLITE_OK) {
        sr_set_error(errmsg, sr_strf("%s: not a sitrep store (%s)", s->path, sqlite3_errmsg(s->db)));
        return SR_EDATA;
    }
    int rc = sqlite3_step(st);
    sr_status status = SR_OK;
    if (rc != SQLITE_ROW) {
        sr_set_error(errmsg, sr_strf("%s: not a sitrep store (no schema version)", s->path));
        status = SR_EDATA;
    } else if (strcmp((const char *)sqlite3_column_text(st, 0), SCHEMA_VERSION)) {
        sr_set_error(errmsg, sr_strf("%s: store schema version %s, this sitrep reads version %s", s->path,
                                     (const char *)sqlite3_column_text(st, 0), SCHEMA_VERSION));
        status = SR_EDATA;
    }
    sqlite3_finalize(st);
    return status;
}

/* Give a store made by an earlier sitrep the listing indexes (LIST_INDEXES);
 * the plain day0 indexes they replace go.  Nothing is written when they are
 * there. */
static sr_status add_indexes(sr_store *s, char **errmsg)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                           " AND name IN ('events_list', 'incidents_list')", -1, &st, NULL) != SQLITE_OK)
        return sr_store_fail(s, "reading the schema", errmsg);
    int rc = sqlite3_step(st);
    bool have = rc == SQLITE_ROW && sqlite3_column_int(st, 0) == 2;
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW) return sr_store_fail(s, "reading the schema", errmsg);
    if (have) return SR_OK;
    sr_status status = sr_store_exec(s, "BEGIN IMMEDIATE", errmsg);
    if (status == SR_OK)
        status = sr_store_exec(s, LIST_INDEXES "DROP INDEX IF EXISTS events_day; DROP INDEX IF EXISTS incidents_day;",
                               errmsg);
    if (status == SR_OK) status = sr_store_exec(s, "COMMIT", errmsg);
    if (status != SR_OK && !sqlite3_get_autocommit(s->db)) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return status;
}

/* Is the database empty (a new file)? */
static sr_status is_empty(sr_store *s, bool *empty, char **errmsg)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM sqlite_master", -1, &st, NULL) != SQLITE_OK) {
        sr_status status = sr_store_fail(s, "reading the schema", errmsg);
        return status == SR_EIO ? SR_EDATA : status;
    }
    int rc = sqlite3_step(st);
    *empty = rc == SQLITE_ROW && sqlite3_column_int(st, 0) == 0;
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW) {
        sr_status status = sr_store_fail(s, "reading the schema", errmsg);
        return status == SR_EIO ? SR_EDATA : status;
    }
    return SR_OK;
}

sr_status sr_store_open(const char *path, bool read_only, sr_store **out, char **errmsg)
{
    if (!out) return SR_EARG;
    *out = NULL;
    if (!path || !*path) {
        sr_set_error(errmsg, sr_strf("store: no database path given"));
        return SR_EARG;
    }
    sr_store *s = calloc(1, sizeof *s);
    if (!s || !(s->path = strdup(path))) {
        free(s);
        sr_set_error(errmsg, sr_strf("%s: out of memory", path));
        return SR_ENOMEM;
    }
    s->read_only = read_only;
    int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    sr_status st = SR_OK;
    if (sqlite3_open_v2(path, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        st = s->db ? sr_store_fail(s, "cannot open", errmsg) : SR_ENOMEM;
        if (!s->db) sr_set_error(errmsg, sr_strf("%s: out of memory", path));
        sr_store_close(s);
        return st;
    }
    sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS);
    sqlite3_extended_result_codes(s->db, 0);
    bool empty = false;
    st = is_empty(s, &empty, errmsg);
    if (st == SR_OK && empty && read_only) {
        sr_set_error(errmsg, sr_strf("%s: no sitrep store there (empty or missing; `sitrep ingest` makes one)",
                                     path));
        st = SR_EDATA;
    }
    /* savepoint journals in memory: each ingested document is a savepoint in a batch */
    if (st == SR_OK) st = sr_store_exec(s, "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32768;", errmsg);
    if (st == SR_OK && !read_only)
        st = sr_store_exec(s, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA journal_size_limit="
                              WAL_SIZE_LIMIT ";", errmsg);
    if (st == SR_OK && !read_only) sqlite3_wal_hook(s->db, on_commit, NULL);
    if (st == SR_OK && empty) {
        st = sr_store_exec(s, "BEGIN IMMEDIATE", errmsg);
        if (st == SR_OK) st = sr_store_exec(s, SCHEMA, errmsg);
        if (st == SR_OK) st = sr_store_exec(s, "COMMIT", errmsg);
        else sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        /* another process may have created it first: then its schema is checked below */
        if (st != SR_OK && check_schema(s, NULL) == SR_OK) {
            if (errmsg) {
                free(*errmsg);
                *errmsg = NULL;
            }
            st = SR_OK;
        }
    }
    if (st == SR_OK) st = check_schema(s, errmsg);
    if (st == SR_OK && !read_only) st = add_indexes(s, errmsg);
    if (st != SR_OK) {
        sr_store_close(s);
        return st;
    }
    *out = s;
    return SR_OK;
}

void sr_store_close(sr_store *s)
{
    if (!s) return;
    for (int i = 0; i < ST_COUNT; i++) sqlite3_finalize(s->stmt[i]);
    sqlite3_close(s->db);
    sr_fuser_free(s->fuser);
    json_object_put(s->cache);
    sr_totals_free(s->totals);
    free(s->path);
    free(s);
}

sr_status sr_store_begin(sr_store *s, char **errmsg)
{
    if (!s) return SR_EARG;
    if (s->read_only) {
        sr_set_error(errmsg, sr_strf("%s: opened read-only, cannot ingest", s->path));
        return SR_EARG;
    }
    if (s->batch) return SR_OK;
    sr_status st = sr_store_exec(s, "BEGIN IMMEDIATE", errmsg);
    s->batch = st == SR_OK;
    return st;
}

sr_status sr_store_commit(sr_store *s, char **errmsg)
{
    if (!s) return SR_EARG;
    if (!s->batch) return SR_OK;
    s->batch = false;
    if (sqlite3_get_autocommit(s->db)) {
        sr_set_error(errmsg, sr_strf("%s: the batch was rolled back by an earlier failure", s->path));
        return SR_EIO;
    }
    sr_status st = sr_store_exec(s, "COMMIT", errmsg);
    if (st != SR_OK && !sqlite3_get_autocommit(s->db)) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return st;
}

sr_status sr_store_count(sr_store *s, sr_store_counts *out, char **errmsg)
{
    if (!s || !out) return SR_EARG;
    static const char SQL[] = "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM posts),"
                              " (SELECT count(*) FROM events), (SELECT count(*) FROM incidents),"
                              " (SELECT count(*) FROM incident_members), (SELECT count(*) FROM sources),"
                              " (SELECT count(*) FROM evidence)";
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, SQL, -1, &st, NULL) != SQLITE_OK) return sr_store_fail(s, "counting rows", errmsg);
    sr_status status = SR_OK;
    if (sqlite3_step(st) == SQLITE_ROW) {
        long *v[] = {&out->documents, &out->posts, &out->events, &out->incidents, &out->incident_members,
                     &out->sources, &out->evidence};
        for (int i = 0; i < 7; i++) *v[i] = (long)sqlite3_column_int64(st, i);
    } else {
        status = sr_store_fail(s, "counting rows", errmsg);
    }
    sqlite3_finalize(st);
    return status;
}
