/*
 * test_engine.c — the public API end to end: engine and worker life cycle,
 * record order and kinds, error records, the emit callback's stop, argument
 * checks, deterministic ids, and an allocation-failure sweep (every
 * allocation the worker makes while coding a document fails in turn: no
 * crash, no leak, a clear status).
 */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "sitrep.h"

typedef struct lines {
    char *text[64];
    int n;
    int stop_after; /* emit returns non-zero after this many lines; 0 = never */
} lines;

static int collect(void *ctx, const char *json, size_t len)
{
    lines *l = ctx;
    if (l->n < 64) l->text[l->n++] = strndup(json, len);
    return l->stop_after && l->n >= l->stop_after;
}

static void lines_free(lines *l)
{
    for (int i = 0; i < l->n; i++) free(l->text[i]);
    l->n = 0;
}

static sr_engine *engine;

static int setup(void **state)
{
    (void)state;
    char *err = NULL;
    sr_status st = sr_engine_new(NULL, &engine, &err);
    if (st != SR_OK) fprintf(stderr, "engine: %s\n", err ? err : sr_status_text(st));
    free(err);
    return st == SR_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    sr_engine_free(engine);
    return 0;
}

static const char *ARTICLE = "Rebels shelled the town of Goma on Monday, killing three civilians, the army said.\n"
                             "Police arrested 4 men in Nairobi on Tuesday.\n";

static sr_document doc_of(const char *id, const char *text)
{
    sr_document d = {0};
    d.id = id;
    d.text = text;
    d.text_len = strlen(text);
    d.date = "2020-05-06";
    return d;
}

static void test_records_in_order(void **state)
{
    (void)state;
    sr_worker *w;
    assert_int_equal(sr_worker_new(engine, &w), SR_OK);
    lines l = {0};
    sr_document d = doc_of("a1", ARTICLE);
    assert_int_equal(sr_code_document(w, &d, collect, &l), SR_OK);
    assert_int_equal(l.n, 3);
    assert_non_null(strstr(l.text[0], "\"kind\":\"doc\""));
    assert_non_null(strstr(l.text[0], "\"events\":2"));
    assert_non_null(strstr(l.text[1], "\"acled_sub\":\"Shelling/artillery/missile attack\""));
    assert_non_null(strstr(l.text[1], "\"fatalities\":3"));
    assert_non_null(strstr(l.text[1], "\"date\":\"2020-05-04\"")); /* Monday before Wednesday 6 May */
    assert_non_null(strstr(l.text[2], "\"acled_sub\":\"Arrests\""));
    assert_non_null(strstr(l.text[2], "\"date\":\"2020-05-05\""));
    lines_free(&l);
    sr_worker_free(w);
}

static char *field(const char *json, const char *key)
{
    char pat[64];
    snprintf(pat, sizeof pat, "\"%s\":\"", key);
    const char *p = strstr(json, pat);
    if (!p) return NULL;
    p += strlen(pat);
    return strndup(p, (size_t)(strchr(p, '"') - p));
}

static void test_ids_deterministic(void **state)
{
    (void)state;
    sr_worker *w;
    assert_int_equal(sr_worker_new(engine, &w), SR_OK);
    lines a = {0}, b = {0}, c = {0};
    sr_document d1 = doc_of("a1", ARTICLE), d2 = doc_of("a2", ARTICLE);
    assert_int_equal(sr_code_document(w, &d1, collect, &a), SR_OK);
    assert_int_equal(sr_code_document(w, &d1, collect, &b), SR_OK);
    assert_int_equal(sr_code_document(w, &d2, collect, &c), SR_OK);
    char *ida = field(a.text[1], "id"), *idb = field(b.text[1], "id"), *idc = field(c.text[1], "id");
    assert_string_equal(ida, idb);
    assert_string_not_equal(ida, idc);
    assert_int_equal(strlen(ida), 19);
    const char *v = sr_engine_lexicon_version(engine);
    assert_int_equal(strncmp(v, "lex-", 4), 0);
    assert_int_equal(strlen(v), 20);
    free(ida); free(idb); free(idc);
    lines_free(&a); lines_free(&b); lines_free(&c);
    sr_worker_free(w);
}

static void test_errors_and_args(void **state)
{
    (void)state;
    sr_worker *w;
    assert_int_equal(sr_worker_new(engine, &w), SR_OK);
    lines l = {0};
    sr_document empty = doc_of("e", "");
    empty.input_name = "in.jsonl";
    empty.record_no = 7;
    assert_int_equal(sr_code_document(w, &empty, collect, &l), SR_EINPUT);
    assert_int_equal(l.n, 1);
    assert_non_null(strstr(l.text[0], "\"kind\":\"error\",\"input\":\"in.jsonl\",\"record\":7,\"offset\":0"));
    lines_free(&l);
    sr_document blank = doc_of("b", " \n\t \n");
    assert_int_equal(sr_code_document(w, &blank, collect, &l), SR_EINPUT);
    assert_non_null(strstr(l.text[0], "only white space"));
    lines_free(&l);
    /* the callback stops the run */
    lines stop = {.stop_after = 1};
    sr_document d = doc_of("a1", ARTICLE);
    assert_int_equal(sr_code_document(w, &d, collect, &stop), SR_EIO);
    assert_int_equal(stop.n, 1);
    lines_free(&stop);
    /* argument checks */
    assert_int_equal(sr_code_document(NULL, &d, collect, &l), SR_EARG);
    assert_int_equal(sr_code_document(w, NULL, collect, &l), SR_EARG);
    assert_int_equal(sr_code_document(w, &d, NULL, &l), SR_EARG);
    sr_document noid = d;
    noid.id = NULL;
    assert_int_equal(sr_code_document(w, &noid, collect, &l), SR_EARG);
    /* a given date that is not a day is noted, and the text's date is used */
    sr_document bad_date = doc_of("bd", "On 9 May 2020, police arrested 4 men in Nairobi.");
    bad_date.date = "May 2020";
    assert_int_equal(sr_code_document(w, &bad_date, collect, &l), SR_OK);
    assert_non_null(strstr(l.text[0], "\"date\":\"2020-05-09\""));
    assert_non_null(strstr(l.text[0], "date_note"));
    lines_free(&l);
    assert_int_equal(sr_emit_error("x", 1, 5, NULL, "why", collect, &l), SR_OK);
    assert_string_equal(l.text[0], "{\"kind\":\"error\",\"input\":\"x\",\"record\":1,\"offset\":5,\"doc\":null,\"reason\":\"why\"}");
    lines_free(&l);
    sr_worker_free(w);
    sr_worker_free(NULL);
    sr_engine_free(NULL);
}

static void test_bad_data_dir(void **state)
{
    (void)state;
    sr_engine_options opts = {.data_dir = "/nonexistent/sitrep-data"};
    sr_engine *e = NULL;
    char *err = NULL;
    assert_int_not_equal(sr_engine_new(&opts, &e, &err), SR_OK);
    assert_null(e);
    assert_non_null(err);
    assert_non_null(strstr(err, "/nonexistent/sitrep-data"));
    free(err);
}

/* An allocator that fails the Nth allocation: that one only, or, with
 * sticky, every one from the Nth on. */
typedef struct failing {
    long count, fail_at;
    bool sticky;
} failing;

static bool fails(failing *f)
{
    ++f->count;
    return f->sticky ? f->count >= f->fail_at : f->count == f->fail_at;
}
static void *f_malloc(void *ctx, size_t n) { return fails(ctx) ? NULL : malloc(n); }
static void *f_realloc(void *ctx, void *p, size_t n) { return fails(ctx) ? NULL : realloc(p, n); }
static void f_free(void *ctx, void *p) { (void)ctx; free(p); }

static void test_allocation_failures(void **state)
{
    (void)state;
    failing f = {0, 1L << 40, true};
    sr_allocator alloc = {f_malloc, f_realloc, f_free, &f};
    sr_engine_options opts = {.allocator = &alloc};
    sr_engine *eng;
    assert_int_equal(sr_engine_new(&opts, &eng, NULL), SR_OK);
    /* count the allocations of one clean run */
    sr_worker *w;
    assert_int_equal(sr_worker_new(eng, &w), SR_OK);
    lines l = {0};
    sr_document d = doc_of("a1", ARTICLE);
    f.count = 0;
    assert_int_equal(sr_code_document(w, &d, collect, &l), SR_OK);
    long total = f.count;
    lines_free(&l);
    sr_worker_free(w);
    assert_true(total > 0);
    for (long n = 1; n <= total + 1; n++) {
        f.count = 0;
        f.fail_at = n;
        sr_worker *wk = NULL;
        sr_status st = sr_worker_new(eng, &wk);
        if (st != SR_OK) {
            assert_int_equal(st, SR_ENOMEM);
            assert_null(wk);
            continue;
        }
        st = sr_code_document(wk, &d, collect, &l);
        assert_true(st == SR_OK || st == SR_ENOMEM);
        if (st == SR_OK) assert_int_equal(l.n, 3);
        lines_free(&l);
        sr_worker_free(wk);
    }
    sr_engine_free(eng);
}

/* Every allocation reached while coding each golden case fails in turn (that
 * allocation only), for sr_code_document and sr_find_places: the call returns
 * SR_OK, SR_EINPUT or SR_ENOMEM, never crashes or leaks (ASan and valgrind
 * run this too), and every document still gives at least one record — its
 * doc record, or an error record saying why not. */
static void sweep(sr_status (*run)(sr_worker *, const sr_document *, sr_emit_fn, void *))
{
    failing f = {0, 1L << 40, false};
    sr_allocator alloc = {f_malloc, f_realloc, f_free, &f};
    sr_engine_options opts = {.allocator = &alloc, .gazetteer = ""};
    sr_engine *eng;
    assert_int_equal(sr_engine_new(&opts, &eng, NULL), SR_OK);
    DIR *dir = opendir("tests/cases");
    assert_non_null(dir);
    int cases = 0;
    long runs = 0;
    for (struct dirent *de; (de = readdir(dir));) {
        size_t nl = strlen(de->d_name);
        if (nl < 5 || strcmp(de->d_name + nl - 4, ".txt")) continue;
        char path[512];
        snprintf(path, sizeof path, "tests/cases/%s", de->d_name);
        FILE *fp = fopen(path, "rb");
        assert_non_null(fp);
        char *text = malloc(1 << 20);
        size_t len = fread(text, 1, (1 << 20) - 1, fp);
        fclose(fp);
        sr_document d = doc_of(path, text);
        d.text_len = len;
        d.date = "2021-03-18";
        sr_worker *w;
        f.fail_at = 1L << 40;
        assert_int_equal(sr_worker_new(eng, &w), SR_OK);
        lines l = {0};
        f.count = 0;
        sr_status clean = run(w, &d, collect, &l);
        long total = f.count;
        lines_free(&l);
        assert_true(clean == SR_OK || clean == SR_EINPUT);
        sr_worker_free(w);
        /* a fresh worker each time, so the arena's first blocks are allocated in the run too */
        f.count = 0;
        assert_int_equal(sr_worker_new(eng, &w), SR_OK);
        long made = f.count;
        f.count = 0;
        assert_int_equal(run(w, &d, collect, &l), clean);
        total = made + f.count;
        lines_free(&l);
        sr_worker_free(w);
        for (long n = 1; n <= total; n++) {
            f.count = 0;
            f.fail_at = n;
            sr_worker *wk = NULL;
            if (sr_worker_new(eng, &wk) != SR_OK) {
                assert_null(wk); /* refused cleanly: nothing to code with */
                runs++;
                continue;
            }
            sr_status st = run(wk, &d, collect, &l);
            if (!(st == SR_OK || st == SR_ENOMEM || st == SR_EINPUT) || l.n < 1)
                fail_msg("%s: allocation %ld of %ld failing: status %s, %d records", path, n, total,
                         sr_status_text(st), l.n);
            lines_free(&l);
            sr_worker_free(wk);
            runs++;
        }
        f.fail_at = 1L << 40;
        free(text);
        cases++;
    }
    closedir(dir);
    assert_true(cases >= 5);
    fprintf(stderr, "allocation sweep: %d cases, %ld failing runs\n", cases, runs);
    assert_true(runs >= cases);
    sr_engine_free(eng);
}

static void test_allocation_sweep_golden(void **state)
{
    (void)state;
    sweep(sr_code_document);
    sweep(sr_find_places);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_records_in_order),   cmocka_unit_test(test_ids_deterministic),
        cmocka_unit_test(test_errors_and_args),    cmocka_unit_test(test_bad_data_dir),
        cmocka_unit_test(test_allocation_failures), cmocka_unit_test(test_allocation_sweep_golden),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
