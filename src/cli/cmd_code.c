/*
 * cmd_code.c — the two subcommands that read articles and write records per
 * article, with the same inputs and options:
 *   sitrep code   [--jsonl] [--date D] [--incidents] [FILE...]   doc + event (+ incident) records
 *   sitrep places [--jsonl] [--date D] [FILE...]                 doc + place records
 * Error records for input that cannot be read or coded; one JSON object per
 * line on stdout.  With --incidents, `code` also keeps every record in an
 * incident fuser (src/incident/fuser.h) and writes the incidents fused across
 * all its inputs at the end of the stream.
 *
 * Documents stream through an ordered pool of threads (pool.h): records come
 * out in input order whatever --threads says, memory stays bounded by a few
 * batches of documents per thread, and --shard K/N keeps the documents whose
 * id hashes to K, so that N processes split one input with no overlap and no
 * gap.  Records are written as soon as they are coded, and standard output is
 * flushed whenever reading on might wait for the input's producer (a pipe with
 * nothing in it): a stage in a pipe sees every record it can have, while a
 * file or a busy pipe costs one write per buffer of records, not per document.
 */
#include <getopt.h>
#include <poll.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../incident/fuser.h"
#include "../io/reader.h"
#include "cli.h"
#include "pool.h"

typedef struct command {
    const char *name;
    const char *summary;
    sr_status (*run)(sr_worker *, const sr_document *, sr_emit_fn, void *);
    bool fuses;        /* takes --incidents */
} command;

static const command CODE = {"code",
                             "Code articles into JSON records on stdout: for each article a doc record,\n"
                             "then its event records; an error record for input that cannot be coded.\n",
                             sr_code_document, true};
static const command PLACES = {"places",
                               "Find every place the articles name, resolved to coordinates: for each\n"
                               "article a doc record, then one place record per mention.\n",
                               sr_find_places, false};

static void code_usage(FILE *f, const command *cmd)
{
    fprintf(f, "usage: sitrep %s [options] [FILE...]\n\n%s", cmd->name, cmd->summary);
    fputs("Plain-text files are one article each; '-' or no FILE reads stdin.\n"
          "\n"
          "options:\n"
          "  --jsonl            input is JSON lines: {\"id\",\"text\"[,\"date\",\"url\",\"source\",\"title\",\"lang\"]}\n"
          "  --date YYYY-MM-DD  the articles' date (a JSONL record's own date wins);\n"
          "                     without it the date is inferred from the text\n"
          "  --lang en|tr       the articles' language (default: detected per paragraph)\n"
          "  --data DIR         lexicons and tables (default: $SITREP_DATA or the build's data/)\n",
          f);
    if (cmd->fuses)
        fputs("  --incidents        also fuse the events of all inputs into incident records, written\n"
              "                     after the last document (every record is kept in memory until then)\n",
              f);
    fputs("  --threads N        code on N threads (default 1); the output is the same, in input order\n"
          "  --shard K/N        keep only the documents whose id hashes to shard K of N (0 <= K < N):\n"
          "                     N runs with K = 0..N-1 split an input with no overlap and no gap\n"
          "  --max-doc-mb N     code documents of up to N MiB (default 16; coding takes about\n"
          "                     80 bytes of memory per byte of a document); a longer one gets\n"
          "                     an error record\n"
          "  --progress WHEN    a progress line on stderr: auto (when stderr is a terminal, the\n"
          "                     default), always, never\n"
          "  -q, --quiet        no summary and no progress on stderr\n"
          "  -h, --help         this help\n"
          "\n"
          "exit: 0 all coded, 1 some inputs gave error records, 2 usage,\n"
          "      3 data could not be loaded, 4 input or output failed\n",
          f);
}

/* With --incidents: the fuser, and the first failure to add a record to it. */
typedef struct tee {
    sr_fuser *fuser;
    sr_status status;
} tee;

/* FNV-1a of the record's key: the document id, or for an unreadable record
 * its input and line.  Stable across runs, machines and thread counts. */
static uint64_t shard_hash(const char *a, long record)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (const unsigned char *p = (const unsigned char *)(a ? a : ""); *p; p++) h = (h ^ *p) * 0x100000001b3ull;
    for (int i = 0; record && i < 8; i++) h = (h ^ (unsigned char)(record >> (8 * i))) * 0x100000001b3ull;
    return h;
}

static bool parse_shard(const char *s, long *k, long *n)
{
    char *end;
    *k = strtol(s, &end, 10);
    if (end == s || *end != '/') return false;
    const char *d = end + 1;
    *n = strtol(d, &end, 10);
    return end != d && !*end && *n >= 1 && *n <= 1000000 && *k >= 0 && *k < *n;
}

typedef struct progress {
    bool on;
    struct timespec start, last;
    bool shown;
} progress;

static double seconds_since(const struct timespec *t)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

/* At most twice a second: documents, MB read, MB/s and, when the input's size
 * is known, the time left. */
static void show_progress(progress *pg, const command *cmd, const sr_reader *rd, long docs, bool final)
{
    if (!pg->on || (!final && seconds_since(&pg->last) < 0.5)) return;
    clock_gettime(CLOCK_MONOTONIC, &pg->last);
    double secs = seconds_since(&pg->start), mb = (double)sr_reader_bytes_read(rd) / 1e6;
    long long total = sr_reader_bytes_total(rd);
    double rate = secs > 0 ? mb / secs : 0;
    char eta[32] = "";
    if (total > 0 && rate > 0 && !final) {
        long left = (long)(((double)total / 1e6 - mb) / rate);
        snprintf(eta, sizeof eta, ", %ld:%02ld left", left / 60, left % 60);
    }
    fprintf(stderr, "\rsitrep %s: %ld documents, %.1f MB, %.1f MB/s%s\033[K%s", cmd->name, docs, mb, rate, eta,
            final ? "\n" : "");
    pg->shown = true;
}

/* Coding threads take documents in batches of about this many bytes of text:
 * big enough that handing a batch over costs little next to coding it. */
#define BATCH_BYTES ((size_t)16 << 10)

/* Whether the next read might wait for whoever writes the input: never for
 * regular files; for standard input alone, when its pipe holds nothing now
 * (lines the reader has buffered already are not seen: it only says so more
 * often than needed); always for other inputs that are not regular files. */
static bool input_may_wait(const sr_reader *rd, bool stdin_only)
{
    if (sr_reader_bytes_total(rd) >= 0) return false;
    if (!stdin_only) return true;
    struct pollfd in = {.fd = STDIN_FILENO, .events = POLLIN};
    return poll(&in, 1, 0) == 0;
}

/* Write the incidents at the end of the stream; the exit code. */
static int write_incidents(const command *cmd, tee *t, int rc)
{
    sr_status st = sr_fuser_emit(t->fuser, sr_cli_emit_line, stdout);
    if (st == SR_ENOMEM) {
        fprintf(stderr, "sitrep %s: out of memory while fusing incidents\n", cmd->name);
        return EXIT_IO;
    }
    if (st != SR_OK || fflush(stdout) != 0) {
        fprintf(stderr, "sitrep %s: cannot write to standard output\n", cmd->name);
        return EXIT_IO;
    }
    return rc;
}

static int run_documents(int argc, char **argv, const command *cmd)
{
    enum { OPT_JSONL = 256, OPT_DATE, OPT_LANG, OPT_DATA, OPT_INCIDENTS, OPT_THREADS, OPT_SHARD, OPT_PROGRESS,
           OPT_MAX_DOC };
    static const struct option longopts[] = {
        {"jsonl", no_argument, NULL, OPT_JSONL}, {"date", required_argument, NULL, OPT_DATE},
        {"lang", required_argument, NULL, OPT_LANG}, {"data", required_argument, NULL, OPT_DATA},
        {"incidents", no_argument, NULL, OPT_INCIDENTS}, {"threads", required_argument, NULL, OPT_THREADS},
        {"shard", required_argument, NULL, OPT_SHARD}, {"progress", required_argument, NULL, OPT_PROGRESS},
        {"max-doc-mb", required_argument, NULL, OPT_MAX_DOC},
        {"quiet", no_argument, NULL, 'q'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    bool jsonl = false, quiet = false, incidents = false;
    const char *date = NULL, *lang = NULL, *data_dir = NULL, *when = "auto";
    long threads = 1, shard_k = 0, shard_n = 1, max_doc_mb = 0;
    char *end;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_JSONL: jsonl = true; break;
        case OPT_DATE: date = optarg; break;
        case OPT_LANG: lang = optarg; break;
        case OPT_DATA: data_dir = optarg; break;
        case OPT_INCIDENTS:
            if (!cmd->fuses) {
                code_usage(stderr, cmd);
                return EXIT_USAGE;
            }
            incidents = true;
            break;
        case OPT_THREADS:
            threads = strtol(optarg, &end, 10);
            if (end == optarg || *end || threads < 1 || threads > 256) {
                fprintf(stderr, "sitrep %s: --threads wants a number from 1 to 256, got '%s'\n", cmd->name, optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_SHARD:
            if (!parse_shard(optarg, &shard_k, &shard_n)) {
                fprintf(stderr, "sitrep %s: --shard wants K/N with 0 <= K < N, got '%s'\n", cmd->name, optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_MAX_DOC:
            max_doc_mb = strtol(optarg, &end, 10);
            if (end == optarg || *end || max_doc_mb < 1 || max_doc_mb > 4000) {
                fprintf(stderr, "sitrep %s: --max-doc-mb wants a number from 1 to 4000, got '%s'\n", cmd->name, optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_PROGRESS:
            if (strcmp(optarg, "auto") && strcmp(optarg, "always") && strcmp(optarg, "never")) {
                fprintf(stderr, "sitrep %s: --progress wants auto, always or never, got '%s'\n", cmd->name, optarg);
                return EXIT_USAGE;
            }
            when = optarg;
            break;
        case 'q': quiet = true; break;
        case 'h': code_usage(stdout, cmd); return EXIT_CODED;
        default: code_usage(stderr, cmd); return EXIT_USAGE;
        }
    }
    if (!sr_cli_check_date_lang(cmd->name, date, lang)) return EXIT_USAGE;
    sr_engine *eng = sr_cli_engine_with(data_dir, (size_t)max_doc_mb << 20);
    if (!eng) return EXIT_DATA;
    tee fusion = {NULL, SR_OK};
    /* a few batches per thread in flight keep every thread busy and memory bounded;
     * one thread codes each document as it comes */
    sr_pool *pool = sr_pool_new(eng, (int)threads, (int)(threads == 1 ? 1 : 4 * threads),
                                threads == 1 ? 0 : BATCH_BYTES, cmd->run);
    const char *const *paths = (const char *const *)(argv + optind);
    int n_paths = argc - optind;
    bool stdin_only = true;
    for (int i = 0; i < n_paths; i++) stdin_only = stdin_only && !strcmp(paths[i], "-");
    sr_reader *rd = !pool ? NULL : jsonl ? sr_reader_new_jsonl(paths, n_paths) : sr_reader_new_text(paths, n_paths);
    if (!pool || !rd || (incidents && sr_fuser_new(sr_fuser_taxonomy(eng), &fusion.fuser) != SR_OK)) {
        fprintf(stderr, "sitrep %s: out of memory\n", cmd->name);
        sr_reader_free(rd);
        sr_pool_free(pool);
        sr_engine_free(eng);
        return EXIT_IO;
    }
    progress pg = {!quiet && (!strcmp(when, "always") || (!strcmp(when, "auto") && isatty(STDERR_FILENO))), {0, 0},
                   {0, 0}, false};
    clock_gettime(CLOCK_MONOTONIC, &pg.start);
    long docs = 0, errors = 0;
    int rc = EXIT_CODED;
    bool ended = false;
    for (;;) {
        /* read ahead while the pool has room; before a read that might wait,
         * write out everything read so far */
        while (!ended && !sr_pool_full(pool)) {
            if (!sr_pool_empty(pool) && input_may_wait(rd, stdin_only)) {
                sr_pool_flush(pool);
                break;
            }
            sr_read_item it;
            sr_reader_next(rd, &it);
            if (it.kind == SR_READ_END) { ended = true; break; }
            bool ok;
            if (it.kind == SR_READ_DOC) {
                if (shard_n > 1 && (long)(shard_hash(it.doc.id, 0) % (uint64_t)shard_n) != shard_k) continue;
                sr_document d = it.doc;
                if (!d.date) d.date = date;
                if (!d.lang) d.lang = lang;
                ok = sr_pool_submit_doc(pool, &d);
                docs++;
            } else {
                const char *key = it.error_doc_id ? it.error_doc_id : it.error_where;
                long rec = it.error_doc_id ? 0 : it.error_record;
                if (it.kind != SR_READ_FATAL && shard_n > 1 && (long)(shard_hash(key, rec) % (uint64_t)shard_n) != shard_k)
                    continue;
                ok = sr_pool_submit_error(pool, &it);
                errors++;
                if (pg.shown) fputc('\n', stderr), pg.shown = false;
                if (!quiet && it.error_record > 0)
                    fprintf(stderr, "sitrep %s: %s:%ld: %s\n", cmd->name, it.error_where, it.error_record, it.error_reason);
                else if (!quiet)
                    fprintf(stderr, "sitrep %s: %s: %s\n", cmd->name, it.error_where, it.error_reason);
                if (it.kind == SR_READ_FATAL) { rc = EXIT_IO; ended = true; }
            }
            if (!ok) {
                fprintf(stderr, "sitrep %s: out of memory\n", cmd->name);
                rc = EXIT_IO;
                ended = true;
            }
        }
        if (sr_pool_empty(pool)) break;
        /* write the oldest document's records; flush once all is written and
         * the input is at its end or has nothing more at hand */
        const char *recs;
        size_t len;
        sr_status st;
        sr_pool_next(pool, &recs, &len, &st);
        if (st == SR_EINPUT) errors++;
        bool drained = sr_pool_empty(pool) && (ended || input_may_wait(rd, stdin_only));
        if (fwrite(recs, 1, len, stdout) != len || (drained && fflush(stdout) != 0) || st == SR_EIO) {
            fprintf(stderr, "sitrep %s: cannot write to standard output\n", cmd->name);
            rc = EXIT_IO;
            break;
        }
        for (const char *line = recs; incidents && line < recs + len;) {
            const char *nl = memchr(line, '\n', (size_t)(recs + len - line));
            size_t n = nl ? (size_t)(nl - line) : (size_t)(recs + len - line);
            char *err = NULL;
            sr_status fst = sr_fuser_add(fusion.fuser, line, n, &err);
            free(err);
            if (fst != SR_OK && fusion.status == SR_OK) fusion.status = fst;
            line += n + 1;
        }
        if (st == SR_ENOMEM || fusion.status == SR_ENOMEM) {
            fprintf(stderr, "sitrep %s: out of memory\n", cmd->name);
            rc = EXIT_IO;
            break;
        }
        show_progress(&pg, cmd, rd, docs, false);
    }
    show_progress(&pg, cmd, rd, docs, true);
    if (incidents && rc != EXIT_IO) rc = write_incidents(cmd, &fusion, rc);
    if (!quiet) fprintf(stderr, "sitrep %s: %ld documents, %ld errors\n", cmd->name, docs, errors);
    if (rc == EXIT_CODED && errors) rc = EXIT_SOME_ERRORS;
    sr_pool_free(pool);
    sr_reader_free(rd);
    sr_fuser_free(fusion.fuser);
    sr_engine_free(eng);
    return rc;
}

int sr_cmd_code(int argc, char **argv) { return run_documents(argc, argv, &CODE); }

int sr_cmd_places(int argc, char **argv) { return run_documents(argc, argv, &PLACES); }
