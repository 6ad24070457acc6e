/*
 * cmd_ingest.c — `sitrep ingest --db FILE [--jsonl] [--date D] [FILE...]`:
 * code articles and keep them in the SQLite store (src/store/store.h), with
 * their incidents fused across every document stored.
 *
 * Place in the pipeline: input -> code -> fuse -> [store].  Inputs are read
 * as `sitrep code` reads them (src/io/reader.h).  Documents are stored in
 * batches of up to BATCH_DOCS documents or BATCH_SECONDS seconds, one
 * transaction each (sr_store_begin), each document whole or not at all: an
 * interrupted run leaves the store consistent and running it again completes
 * it (documents already stored are skipped).  Nothing is written on stdout;
 * problems and a closing summary go to stderr.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "io/reader.h"
#include "store/store.h"

/* A batch is committed after this many documents or seconds. */
#define BATCH_DOCS 256
#define BATCH_SECONDS 1.0

static void usage(FILE *f)
{
    fputs("usage: sitrep ingest --db FILE [options] [FILE...]\n"
          "\n"
          "Code articles and store them, their events and the incidents they tell in a\n"
          "SQLite database (created when missing).  Plain-text files are one article each;\n"
          "'-' or no FILE reads stdin.  A document already stored with the same text is\n"
          "skipped, one stored with another text is replaced.\n"
          "\n"
          "options:\n"
          "  --db FILE          the store (SQLite, WAL mode); required\n"
          "  --jsonl            input is JSON lines: {\"id\",\"text\"[,\"date\",\"url\",\"source\",\"title\",\"lang\"]}\n"
          "  --date YYYY-MM-DD  the articles' date (a JSONL record's own date wins);\n"
          "                     without it the date is inferred from the text\n"
          "  --lang en|tr       the articles' language (default: detected per paragraph)\n"
          "  --data DIR         lexicons and tables (default: $SITREP_DATA or the build's data/)\n"
          "  -q, --quiet        no summary on stderr\n"
          "  -h, --help         this help\n"
          "\n"
          "exit: 0 all stored, 1 some inputs could not be read or coded, 2 usage,\n"
          "      3 data could not be loaded or FILE is not a sitrep store,\n"
          "      4 input could not be read or the store could not be written\n",
          f);
}

typedef struct options {
    const char *db, *date, *lang, *data_dir;
    bool jsonl, quiet;
} options;

/* Parse the options; returns -1 to go on, else the exit code. */
static int parse_options(int argc, char **argv, options *o)
{
    enum { OPT_DB = 256, OPT_JSONL, OPT_DATE, OPT_LANG, OPT_DATA };
    static const struct option longopts[] = {
        {"db", required_argument, NULL, OPT_DB},       {"jsonl", no_argument, NULL, OPT_JSONL},
        {"date", required_argument, NULL, OPT_DATE},   {"lang", required_argument, NULL, OPT_LANG},
        {"data", required_argument, NULL, OPT_DATA},   {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},              {NULL, 0, NULL, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_DB: o->db = optarg; break;
        case OPT_JSONL: o->jsonl = true; break;
        case OPT_DATE: o->date = optarg; break;
        case OPT_LANG: o->lang = optarg; break;
        case OPT_DATA: o->data_dir = optarg; break;
        case 'q': o->quiet = true; break;
        case 'h': usage(stdout); return EXIT_CODED;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (!o->db) {
        fputs("sitrep ingest: --db FILE is required\n", stderr);
        usage(stderr);
        return EXIT_USAGE;
    }
    if (!sr_cli_check_date_lang("ingest", o->date, o->lang)) return EXIT_USAGE;
    return -1;
}

/* Counts the event records of the documents stored. */
static int count_events(void *ctx, const char *json, size_t len)
{
    static const char EVENT[] = "{\"kind\":\"event\"";
    if (len >= sizeof EVENT - 1 && !memcmp(json, EVENT, sizeof EVENT - 1)) ++*(long *)ctx;
    return 0;
}

static int report_store_error(const char *what, sr_status st, char *err)
{
    fprintf(stderr, "sitrep ingest: %s: %s\n", what, err ? err : sr_status_text(st));
    free(err);
    return st == SR_EDATA ? EXIT_DATA : st == SR_EARG ? EXIT_USAGE : EXIT_IO;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int sr_cmd_ingest(int argc, char **argv)
{
    options o = {0};
    int rc = parse_options(argc, argv, &o);
    if (rc >= 0) return rc;
    sr_store *store = NULL;
    char *err = NULL;
    sr_status st = sr_store_open(o.db, false, &store, &err);
    if (st != SR_OK) return report_store_error("cannot open the store", st, err);
    sr_store_counts before = {0}, after = {0};
    if ((st = sr_store_count(store, &before, &err)) != SR_OK) {
        sr_store_close(store);
        return report_store_error("cannot read the store", st, err);
    }
    sr_engine *eng = sr_cli_engine(o.data_dir);
    sr_worker *w = NULL;
    const char *const *paths = (const char *const *)(argv + optind);
    int n_paths = argc - optind;
    sr_reader *rd = NULL;
    if (!eng) {
        sr_store_close(store);
        return EXIT_DATA;
    }
    if (sr_worker_new(eng, &w) != SR_OK ||
        !(rd = o.jsonl ? sr_reader_new_jsonl(paths, n_paths) : sr_reader_new_text(paths, n_paths))) {
        fputs("sitrep ingest: out of memory\n", stderr);
        sr_worker_free(w);
        sr_engine_free(eng);
        sr_store_close(store);
        return EXIT_IO;
    }
    long docs = 0, errors = 0, events = 0, in_batch = 0;
    double t0 = now(), batch_start = t0;
    rc = EXIT_CODED;
    for (;;) {
        if (in_batch && (in_batch >= BATCH_DOCS || now() - batch_start >= BATCH_SECONDS)) {
            if ((st = sr_store_commit(store, &err)) != SR_OK) {
                rc = report_store_error("committing", st, err);
                err = NULL;
                break;
            }
            in_batch = 0;
        }
        if (!in_batch) {
            if ((st = sr_store_begin(store, &err)) != SR_OK) {
                rc = report_store_error("starting a transaction", st, err);
                err = NULL;
                break;
            }
            batch_start = now();
        }
        sr_read_item it;
        sr_reader_next(rd, &it);
        if (it.kind == SR_READ_END) break;
        if (it.kind != SR_READ_DOC) {
            errors++;
            if (it.error_record > 0)
                fprintf(stderr, "sitrep ingest: %s:%ld: %s\n", it.error_where, it.error_record, it.error_reason);
            else
                fprintf(stderr, "sitrep ingest: %s: %s\n", it.error_where, it.error_reason);
            if (it.kind == SR_READ_FATAL) {
                rc = EXIT_IO;
                break;
            }
            continue;
        }
        sr_document d = it.doc;
        if (!d.date) d.date = o.date;
        if (!d.lang) d.lang = o.lang;
        docs++;
        in_batch++;
        st = sr_store_ingest(store, w, &d, count_events, &events, &err);
        if (st == SR_EINPUT) {
            errors++;
            if (!o.quiet) fprintf(stderr, "sitrep ingest: %s\n", err ? err : d.id);
            free(err);
            err = NULL;
            continue;
        }
        if (st != SR_OK) {
            rc = report_store_error(d.id, st, err);
            err = NULL;
            break;
        }
    }
    /* what the batch holds is good even after a failure: each document went in whole */
    if ((st = sr_store_commit(store, &err)) != SR_OK) {
        int crc = report_store_error("committing", st, err);
        err = NULL;
        if (rc == EXIT_CODED) rc = crc;
    }
    double secs = now() - t0;
    if (sr_store_count(store, &after, &err) != SR_OK) {
        fprintf(stderr, "sitrep ingest: %s\n", err ? err : "cannot count the store's rows");
        free(err);
        if (rc == EXIT_CODED) rc = EXIT_IO;
    } else if (!o.quiet) {
        fprintf(stderr,
                "sitrep ingest: %ld documents (%ld new), %ld events, %ld errors in %.2f s;"
                " store: %ld documents, %ld events, %ld incidents\n",
                docs, after.documents - before.documents, events, errors, secs, after.documents, after.events,
                after.incidents);
    }
    if (rc == EXIT_CODED && errors) rc = EXIT_SOME_ERRORS;
    sr_reader_free(rd);
    sr_worker_free(w);
    sr_engine_free(eng);
    sr_store_close(store);
    return rc;
}
