/*
 * test_store.c — the SQLite store: schema on a new file, refusal of foreign
 * files, ingest (idempotent; a changed text replaces the document; order of
 * documents does not change the incidents), queries with every filter
 * (dates, bounding box, type, Turkish-aware text search, paging), one
 * incident with its events and documents, and the export walks.
 */
#include <json-c/json.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "store/export.h"
#include "store/store.h"
#include "util/buf.h"

static sr_engine *engine;
static sr_worker *worker;
static char dir[64];

typedef struct doc {
    const char *id, *date, *source, *text;
} doc;

/* Two reports of one shelling (disagreeing about the dead), one of another a
 * day later in another country, and a document with an arrest and background. */
static const doc DOCS[] = {
    {"wire-1", "2021-06-08", "Example Wire",
     "Mortar shells fired from Syria hit farmland near Akçakale on Tuesday, Turkish officials said. No one was "
     "killed."},
    {"wire-2", "2021-06-08", "Daily Example",
     "Two people were killed when mortar shells fired from Syria landed near Akçakale in Şanlıurfa province on "
     "Tuesday, local sources said."},
    {"wire-3", "2021-06-09", "Example Post",
     "Syrian army shelling killed 3 civilians in Idlib on Wednesday, activists said."},
    {"bg", "2021-06-08", NULL,
     "Police detained 5 people in Gaziantep on Tuesday. In October 2019, Turkey launched a military operation in "
     "northern Syria against Kurdish militants."},
};
enum { N_DOCS = sizeof DOCS / sizeof *DOCS };

static int setup(void **state)
{
    (void)state;
    sr_engine_options opts = {.gazetteer = ""};
    char *err = NULL;
    if (sr_engine_new(&opts, &engine, &err) != SR_OK || sr_worker_new(engine, &worker) != SR_OK) {
        fprintf(stderr, "engine: %s\n", err ? err : "?");
        free(err);
        return -1;
    }
    snprintf(dir, sizeof dir, "/tmp/sitrep-test-store-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    sr_worker_free(worker);
    sr_engine_free(engine);
    char cmd[96];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static char *db_path(const char *name)
{
    static char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return path;
}

static sr_store *open_new(const char *name)
{
    char *path = db_path(name);
    char base[160];
    snprintf(base, sizeof base, "%s-wal", path);
    unlink(path);
    unlink(base);
    sr_store *s = NULL;
    char *err = NULL;
    sr_status st = sr_store_open(path, false, &s, &err);
    if (st != SR_OK) fail_msg("open %s: %s", path, err ? err : "?");
    return s;
}

static sr_status ingest(sr_store *s, const doc *d, const char *text)
{
    sr_document sd = {.id = d->id, .date = d->date, .source = d->source, .text = text ? text : d->text};
    sd.text_len = strlen(sd.text);
    char *err = NULL;
    sr_status st = sr_store_ingest(s, worker, &sd, NULL, NULL, &err);
    if (st != SR_OK && st != SR_EINPUT) fail_msg("ingest %s: %s", d->id, err ? err : "?");
    free(err);
    return st;
}

static sr_store_counts counts(sr_store *s)
{
    sr_store_counts c;
    assert_int_equal(sr_store_count(s, &c, NULL), SR_OK);
    return c;
}

static void assert_counts_equal(sr_store_counts a, sr_store_counts b)
{
    assert_int_equal(a.documents, b.documents);
    assert_int_equal(a.posts, b.posts);
    assert_int_equal(a.events, b.events);
    assert_int_equal(a.incidents, b.incidents);
    assert_int_equal(a.incident_members, b.incident_members);
    assert_int_equal(a.sources, b.sources);
    assert_int_equal(a.evidence, b.evidence);
}

/* Every record of a walk, one per line, in one buffer. */
static int append_line(void *ctx, const char *json, size_t len)
{
    sr_buf *b = ctx;
    sr_buf_append(b, json, len);
    sr_buf_putc(b, '\n');
    return 0;
}

static char *all_incidents(sr_store *s)
{
    sr_buf b;
    sr_buf_init(&b, NULL);
    sr_store_filter f = {.include_historical = true};
    assert_int_equal(sr_store_each_incident(s, &f, append_line, &b, NULL), SR_OK);
    return b.data ? b.data : strdup("");
}

/* Query with f and return the parsed page. */
static json_object *page(sr_store *s, bool incidents, const sr_store_filter *f)
{
    sr_buf b;
    sr_buf_init(&b, NULL);
    char *err = NULL;
    sr_status st = incidents ? sr_store_query_incidents(s, f, &b, &err) : sr_store_query_events(s, f, &b, &err);
    if (st != SR_OK) fail_msg("query: %s", err ? err : "?");
    json_object *o = json_tokener_parse(b.data);
    assert_non_null(o);
    sr_buf_release(&b);
    return o;
}

static int total(sr_store *s, bool incidents, const sr_store_filter *f)
{
    json_object *o = page(s, incidents, f), *v;
    assert_true(json_object_object_get_ex(o, "total", &v));
    int n = json_object_get_int(v);
    assert_true(json_object_object_get_ex(o, "items", &v));
    assert_int_equal((int)json_object_array_length(v), n < 100 ? n : 100);
    json_object_put(o);
    return n;
}

/* ---- tests ---------------------------------------------------------------------------- */

static void test_open(void **state)
{
    (void)state;
    sr_store *s = open_new("open.db");
    sr_store_counts zero = {0};
    assert_counts_equal(counts(s), zero);
    sr_store_close(s);
    /* again, read-only: the schema is there */
    char *err = NULL;
    assert_int_equal(sr_store_open(db_path("open.db"), true, &s, &err), SR_OK);
    sr_document d = {.id = "x", .text = "x", .text_len = 1};
    assert_int_equal(sr_store_ingest(s, worker, &d, NULL, NULL, &err), SR_EARG);
    assert_non_null(strstr(err, "read-only"));
    free(err);
    sr_store_close(s);
    sr_store_close(NULL);
    /* a file that is not SQLite, an SQLite file of someone else's, a missing one read-only */
    FILE *f = fopen(db_path("text.db"), "w");
    fputs("not a database, not at all; just some text that is long enough to be a header\n", f);
    fclose(f);
    err = NULL;
    assert_int_not_equal(sr_store_open(db_path("text.db"), false, &s, &err), SR_OK);
    assert_null(s);
    assert_non_null(strstr(err, "text.db"));
    free(err);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "sqlite3 '%s' 'CREATE TABLE t(x)' 2>/dev/null", db_path("other.db"));
    if (system(cmd) == 0) {
        err = NULL;
        assert_int_equal(sr_store_open(db_path("other.db"), false, &s, &err), SR_EDATA);
        assert_non_null(strstr(err, "not a sitrep store"));
        free(err);
    }
    err = NULL;
    assert_int_not_equal(sr_store_open(db_path("missing.db"), true, &s, &err), SR_OK);
    free(err);
    assert_int_equal(sr_store_open(NULL, false, &s, NULL), SR_EARG);
}

static void test_ingest_idempotent(void **state)
{
    (void)state;
    sr_store *s = open_new("idem.db");
    for (int i = 0; i < N_DOCS; i++) assert_int_equal(ingest(s, &DOCS[i], NULL), SR_OK);
    sr_store_counts once = counts(s);
    assert_int_equal(once.documents, N_DOCS);
    assert_true(once.events >= 5);
    assert_true(once.incidents >= 4 && once.incidents < once.events);
    assert_int_equal(once.incident_members, once.events);
    char *before = all_incidents(s);
    for (int i = 0; i < N_DOCS; i++) assert_int_equal(ingest(s, &DOCS[i], NULL), SR_OK);
    assert_counts_equal(counts(s), once);
    char *after = all_incidents(s);
    assert_string_equal(before, after);
    free(after);

    /* the same id with another text replaces the document: its events and incidents go */
    assert_int_equal(ingest(s, &DOCS[1], "The weather in Akçakale was sunny on Tuesday."), SR_OK);
    sr_store_counts replaced = counts(s);
    assert_int_equal(replaced.documents, N_DOCS);
    assert_true(replaced.events < once.events);
    assert_int_equal(replaced.incident_members, replaced.events);
    /* and back: the store is as it was */
    assert_int_equal(ingest(s, &DOCS[1], NULL), SR_OK);
    assert_counts_equal(counts(s), once);
    after = all_incidents(s);
    assert_string_equal(before, after);
    free(after);
    free(before);

    /* a document that cannot be coded stores nothing */
    doc empty = {"empty", NULL, NULL, ""};
    assert_int_equal(ingest(s, &empty, NULL), SR_EINPUT);
    assert_counts_equal(counts(s), once);
    sr_store_close(s);
}

/* The incidents depend on the set of documents, not on their order. */
static void test_order(void **state)
{
    (void)state;
    static const int ORDERS[][N_DOCS] = {{0, 1, 2, 3}, {3, 2, 1, 0}, {1, 3, 0, 2}};
    char *ref = NULL;
    for (size_t k = 0; k < sizeof ORDERS / sizeof *ORDERS; k++) {
        sr_store *s = open_new("order.db");
        for (int i = 0; i < N_DOCS; i++) ingest(s, &DOCS[ORDERS[k][i]], NULL);
        char *got = all_incidents(s);
        if (!ref) ref = got;
        else {
            assert_string_equal(got, ref);
            free(got);
        }
        sr_store_close(s);
    }
    /* the two Akçakale reports are one incident, with the disagreement kept */
    json_object *first = NULL;
    for (char *line = strtok(ref, "\n"); line; line = strtok(NULL, "\n")) {
        json_object *o = json_tokener_parse(line), *ev, *c;
        assert_true(json_object_object_get_ex(o, "events", &ev));
        if (json_object_array_length(ev) == 2) {
            assert_null(first);
            first = o;
            assert_true(json_object_object_get_ex(o, "conflicts", &c));
            assert_int_equal(json_object_array_length(c), 1);
        } else {
            json_object_put(o);
        }
    }
    assert_non_null(first);
    json_object_put(first);
    free(ref);
}

static void test_queries(void **state)
{
    (void)state;
    sr_store *s = open_new("query.db");
    for (int i = 0; i < N_DOCS; i++) ingest(s, &DOCS[i], NULL);
    sr_store_filter all = {.include_historical = true};
    int n_all = total(s, false, &all), n_news = total(s, false, NULL);
    assert_true(n_news < n_all);   /* the 2019 operation is background */

    sr_store_filter f = {.from = "2021-06-09", .to = "2021-06-09"};
    assert_int_equal(total(s, false, &f), 1);
    f = (sr_store_filter){.to = "2021-06"};   /* a month: up to its last day */
    assert_int_equal(total(s, false, &f), n_news);
    /* Akçakale and Gaziantep, not Idlib */
    f = (sr_store_filter){.has_bbox = true, .min_lon = 37, .min_lat = 36.5, .max_lon = 39.5, .max_lat = 37.5};
    assert_int_equal(total(s, false, &f), 3);
    assert_int_equal(total(s, true, &f), 2);
    f = (sr_store_filter){.type = "Shelling/artillery/missile attack"};
    assert_int_equal(total(s, false, &f), 3);
    f.type = "Arrests";
    assert_int_equal(total(s, false, &f), 1);
    f.type = "194";
    assert_int_equal(total(s, true, &f), 2);

    /* text: case, Turkish letters and diacritics folded on both sides */
    const char *same[] = {"akcakale", "AKÇAKALE", "Akçakale", "SANLIURFA", "şanlıurfa", "ŞANLIURFA", "şanli*"};
    int akcakale = 0;
    for (size_t i = 0; i < sizeof same / sizeof *same; i++) {
        f = (sr_store_filter){.q = same[i]};
        int n = total(s, false, &f);
        assert_true(n >= 1);
        if (i == 0) akcakale = n;
        else if (i < 3) assert_int_equal(n, akcakale);
    }
    f = (sr_store_filter){.q = "mortar Akçakale"};
    assert_int_equal(total(s, true, &f), 1);
    f = (sr_store_filter){.q = "\"mortar\" OR NEAR("};   /* FTS5 syntax is taken as words */
    assert_int_equal(total(s, false, &f), 0);
    f = (sr_store_filter){.q = "nowhere-to-be-found"};
    assert_int_equal(total(s, false, &f), 0);

    /* paging */
    f = (sr_store_filter){.include_historical = true, .limit = 2, .offset = 1};
    json_object *o = page(s, false, &f), *v;
    assert_true(json_object_object_get_ex(o, "items", &v));
    assert_int_equal(json_object_array_length(v), 2);
    assert_true(json_object_object_get_ex(o, "total", &v));
    assert_int_equal(json_object_get_int(v), n_all);
    json_object_put(o);

    /* bad filters are refused and leave the buffer alone */
    sr_buf b;
    sr_buf_init(&b, NULL);
    sr_buf_puts(&b, "kept");
    sr_store_filter bad[] = {{.from = "2021-13-01"}, {.to = "yesterday"},
                             {.has_bbox = true, .min_lon = 10, .max_lon = 5, .max_lat = 1}};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char *err = NULL;
        assert_int_equal(sr_store_query_events(s, &bad[i], &b, &err), SR_EARG);
        assert_non_null(err);
        free(err);
        assert_string_equal(b.data, "kept");
    }
    sr_buf_release(&b);
    sr_store_close(s);
}

/* Pick the first incident with two events from a page. */
static char *two_event_incident(sr_store *s)
{
    json_object *o = page(s, true, NULL), *items;
    assert_true(json_object_object_get_ex(o, "items", &items));
    char *id = NULL;
    for (size_t i = 0; i < json_object_array_length(items); i++) {
        json_object *inc = json_object_array_get_idx(items, i), *ev, *v;
        json_object_object_get_ex(inc, "events", &ev);
        if (json_object_array_length(ev) == 2 && json_object_object_get_ex(inc, "id", &v))
            id = strdup(json_object_get_string(v));
    }
    json_object_put(o);
    assert_non_null(id);
    return id;
}

static void test_incident_detail(void **state)
{
    (void)state;
    sr_store *s = open_new("detail.db");
    for (int i = 0; i < N_DOCS; i++) ingest(s, &DOCS[i], NULL);
    char *id = two_event_incident(s);
    sr_buf b;
    sr_buf_init(&b, NULL);
    bool found = false;
    assert_int_equal(sr_store_incident(s, id, &b, &found, NULL), SR_OK);
    assert_true(found);
    json_object *o = json_tokener_parse(b.data), *v, *docs;
    assert_non_null(o);
    assert_true(json_object_object_get_ex(o, "incident", &v));
    assert_true(json_object_object_get_ex(o, "events", &v));
    assert_int_equal(json_object_array_length(v), 2);
    assert_true(json_object_object_get_ex(o, "documents", &docs));
    assert_int_equal(json_object_array_length(docs), 2);
    json_object *d0 = json_object_array_get_idx(docs, 0);
    assert_true(json_object_object_get_ex(d0, "id", &v));
    assert_string_equal(json_object_get_string(v), "wire-1");
    assert_true(json_object_object_get_ex(d0, "source", &v));
    assert_string_equal(json_object_get_string(v), "Example Wire");
    assert_true(json_object_object_get_ex(d0, "posts", &v));
    assert_true(json_object_is_type(v, json_type_array));
    json_object_put(o);
    sr_buf_clear(&b);
    assert_int_equal(sr_store_incident(s, "in-0000000000000000", &b, &found, NULL), SR_OK);
    assert_false(found);
    assert_int_equal(b.len, 0);
    sr_buf_release(&b);
    free(id);
    sr_store_close(s);
}

static int count_line(void *ctx, const char *json, size_t len)
{
    (void)json;
    (void)len;
    ++*(int *)ctx;
    return 0;
}

static int stop_early(void *ctx, const char *json, size_t len)
{
    (void)json;
    (void)len;
    return ++*(int *)ctx >= 2;
}

static void test_export(void **state)
{
    (void)state;
    sr_store *s = open_new("export.db");
    for (int i = 0; i < N_DOCS; i++) ingest(s, &DOCS[i], NULL);
    sr_store_counts c = counts(s);
    sr_export_format fmt;
    assert_true(sr_export_format_parse("gdelt-tsv", &fmt));
    assert_int_equal(fmt, SR_EXPORT_GDELT_TSV);
    assert_false(sr_export_format_parse("xml", &fmt));
    for (int incidents = 0; incidents < 2; incidents++) {
        sr_export_options o = {.format = SR_EXPORT_JSONL, .incidents = incidents};
        sr_store_filter all = {.include_historical = true};
        sr_export_stats st;
        int lines = 0;
        assert_int_equal(sr_store_export(s, &all, &o, count_line, &lines, &st, NULL), SR_OK);
        assert_int_equal(lines, incidents ? c.incidents : c.events);
        assert_int_equal(st.written, lines);
        /* a header and one line per row with an ACLED type */
        o.format = SR_EXPORT_ACLED_CSV;
        o.header = true;
        lines = 0;
        assert_int_equal(sr_store_export(s, &all, &o, count_line, &lines, &st, NULL), SR_OK);
        assert_int_equal(lines, 1 + st.written);
        assert_int_equal(st.written + st.skipped, incidents ? c.incidents : c.events);
        o.format = SR_EXPORT_GEOJSON;
        lines = 0;
        assert_int_equal(sr_store_export(s, NULL, &o, count_line, &lines, &st, NULL), SR_OK);
        assert_int_equal(lines, 2 + st.written);
    }
    /* a writer that stops */
    sr_export_options o = {.format = SR_EXPORT_GDELT_TSV, .header = true};
    int lines = 0;
    char *err = NULL;
    assert_int_equal(sr_store_export(s, NULL, &o, stop_early, &lines, NULL, &err), SR_EIO);
    free(err);
    /* a missing Goldstein table */
    o.data_dir = "/nonexistent/sitrep";
    err = NULL;
    assert_int_equal(sr_store_export(s, NULL, &o, count_line, &lines, NULL, &err), SR_EDATA);
    assert_non_null(strstr(err, "goldstein.tsv"));
    free(err);
    sr_store_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_open),    cmocka_unit_test(test_ingest_idempotent), cmocka_unit_test(test_order),
        cmocka_unit_test(test_queries), cmocka_unit_test(test_incident_detail),  cmocka_unit_test(test_export),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
