/*
 * totals.c — the `total` of recent page queries, kept while the database is
 * unchanged; see sr_store_total in store_int.h.
 *
 * Place in the pipeline: store -> query -> [totals] -> serve.  Counting the
 * matches of a page (up to its cap, query.c) reads ten thousand index entries
 * when the filter is broad, and so does counting a box's R*Tree entries to
 * choose how to search it: most of a page's cost, and the same answer for
 * every client looking at the same view until the next commit.  So each
 * connection keeps the last TOTALS_MAX counts, keyed by the count's SQL and
 * parameters and stamped with the database's version as the connection sees it
 * (PRAGMA data_version, which moves when another connection commits, and the
 * connection's own changes, which it does not count).  A stale count is never
 * given: any commit changes the stamp.
 */
#include "store/store_int.h"

#include <stdlib.h>
#include <string.h>

#include "util/file.h"

#define TOTALS_MAX 32

typedef struct total_entry {
    char *key;                  /* NULL: free */
    sqlite3_int64 version, changes;
    long long n;
    unsigned long used;         /* when it was last given, for eviction */
} total_entry;

struct sr_totals {
    total_entry e[TOTALS_MAX];
    unsigned long clock;
};

void sr_totals_free(sr_totals *t)
{
    if (!t) return;
    for (int i = 0; i < TOTALS_MAX; i++) free(t->e[i].key);
    free(t);
}

/* The database's version as this connection sees it now (inside the caller's
 * read transaction: the version of its snapshot). */
static sr_status stamp(sr_store *s, sqlite3_int64 *version, sqlite3_int64 *changes, char **errmsg)
{
    sqlite3_stmt *st = sr_store_stmt(s, ST_DATA_VERSION, errmsg);
    if (!st) return SR_EIO;
    int rc = sqlite3_step(st);
    *version = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    *changes = sqlite3_total_changes64(s->db);
    return rc == SQLITE_ROW ? SR_OK : sr_store_fail(s, "reading the data version", errmsg);
}

sr_status sr_store_total(sr_store *s, const char *key, sqlite3_stmt *count, long long *n, char **errmsg)
{
    sqlite3_int64 version, changes;
    sr_status status = stamp(s, &version, &changes, errmsg);
    if (status != SR_OK) return status;
    if (!s->totals) s->totals = calloc(1, sizeof *s->totals);
    sr_totals *t = s->totals;
    total_entry *slot = NULL;
    if (t) {
        for (int i = 0; i < TOTALS_MAX; i++) {
            total_entry *e = &t->e[i];
            if (e->key && !strcmp(e->key, key)) {
                if (e->version == version && e->changes == changes) {
                    e->used = ++t->clock;
                    *n = e->n;
                    return SR_OK;
                }
                slot = e;
                break;
            }
            if (!slot || !e->key || (slot->key && e->used < slot->used)) slot = e;
        }
    }
    if (sqlite3_step(count) != SQLITE_ROW) return sr_store_fail(s, "counting matches", errmsg);
    *n = sqlite3_column_int64(count, 0);
    /* not kept when memory ran out: the count itself is good */
    if (slot && (!slot->key || strcmp(slot->key, key))) {
        free(slot->key);
        slot->key = strdup(key);
    }
    if (slot && slot->key) {
        slot->version = version;
        slot->changes = changes;
        slot->n = *n;
        slot->used = ++t->clock;
    }
    return SR_OK;
}
