/*
 * cmd_code.c — the two subcommands that read articles and write records per
 * article, with the same inputs and options:
 *   sitrep code   [--jsonl] [--date D] [--incidents] [FILE...]   doc + event (+ incident) records
 *   sitrep places [--jsonl] [--date D] [FILE...]                 doc + place records
 * Error records for input that cannot be read or coded; one JSON object per
 * line on stdout.  With --incidents, `code` also keeps every record in an
 * incident fuser (src/incident/fuser.h) and writes the incidents fused across
 * all its inputs at the end of the stream.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "../incident/fuser.h"
#include "../io/reader.h"
#include "../time/timex.h"
#include "cli.h"

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
    fputs("  -q, --quiet        no summary on stderr\n"
          "  -h, --help         this help\n"
          "\n"
          "exit: 0 all coded, 1 some inputs gave error records, 2 usage,\n"
          "      3 data could not be loaded, 4 input or output failed\n",
          f);
}

/* With --incidents: every record goes to stdout and into the fuser. */
typedef struct tee {
    sr_fuser *fuser;
    sr_status status;    /* the first failure to add a record */
} tee;

static int emit_and_fuse(void *ctx, const char *json, size_t len)
{
    tee *t = ctx;
    if (sr_cli_emit_line(stdout, json, len)) return -1;
    char *err = NULL;
    sr_status st = sr_fuser_add(t->fuser, json, len, &err);
    free(err);
    if (st != SR_OK && t->status == SR_OK) t->status = st;
    return 0;
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
    enum { OPT_JSONL = 256, OPT_DATE, OPT_LANG, OPT_DATA, OPT_INCIDENTS };
    static const struct option longopts[] = {
        {"jsonl", no_argument, NULL, OPT_JSONL}, {"date", required_argument, NULL, OPT_DATE},
        {"lang", required_argument, NULL, OPT_LANG}, {"data", required_argument, NULL, OPT_DATA},
        {"incidents", no_argument, NULL, OPT_INCIDENTS},
        {"quiet", no_argument, NULL, 'q'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    bool jsonl = false, quiet = false, incidents = false;
    const char *date = NULL, *lang = NULL, *data_dir = NULL;
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
        case 'q': quiet = true; break;
        case 'h': code_usage(stdout, cmd); return EXIT_CODED;
        default: code_usage(stderr, cmd); return EXIT_USAGE;
        }
    }
    sr_date check;
    if (date && (!sr_date_parse_iso(date, &check) || check.precision != SR_PREC_DAY)) {
        fprintf(stderr, "sitrep %s: --date wants YYYY-MM-DD, got '%s'\n", cmd->name, date);
        return EXIT_USAGE;
    }
    if (lang && strcmp(lang, "en") && strcmp(lang, "tr")) {
        fprintf(stderr, "sitrep %s: --lang wants en or tr, got '%s'\n", cmd->name, lang);
        return EXIT_USAGE;
    }
    sr_engine *eng = sr_cli_engine(data_dir);
    if (!eng) return EXIT_DATA;
    sr_worker *w = NULL;
    tee fusion = {NULL, SR_OK};
    if (sr_worker_new(eng, &w) != SR_OK ||
        (incidents && sr_fuser_new(sr_fuser_taxonomy(eng), &fusion.fuser) != SR_OK)) {
        sr_worker_free(w);
        fprintf(stderr, "sitrep %s: out of memory\n", cmd->name);
        sr_engine_free(eng);
        return EXIT_IO;
    }
    const char *const *paths = (const char *const *)(argv + optind);
    int n_paths = argc - optind;
    sr_reader *rd = jsonl ? sr_reader_new_jsonl(paths, n_paths) : sr_reader_new_text(paths, n_paths);
    if (!rd) {
        fprintf(stderr, "sitrep %s: out of memory\n", cmd->name);
        sr_fuser_free(fusion.fuser);
        sr_worker_free(w);
        sr_engine_free(eng);
        return EXIT_IO;
    }
    long docs = 0, errors = 0;
    int rc = EXIT_CODED;
    sr_emit_fn emit = incidents ? emit_and_fuse : sr_cli_emit_line;
    void *emit_ctx = incidents ? (void *)&fusion : (void *)stdout;
    for (;;) {
        sr_read_item it;
        sr_reader_next(rd, &it);
        if (it.kind == SR_READ_END) break;
        sr_status st;
        if (it.kind == SR_READ_DOC) {
            sr_document d = it.doc;
            if (!d.date) d.date = date;
            if (!d.lang) d.lang = lang;
            st = cmd->run(w, &d, emit, emit_ctx);
            docs++;
            if (st == SR_EINPUT) errors++;
        } else {
            st = sr_emit_error(it.error_where, it.error_record, it.error_offset, it.error_doc_id, it.error_reason,
                               emit, emit_ctx);
            errors++;
            if (!quiet && it.error_record > 0)
                fprintf(stderr, "sitrep %s: %s:%ld: %s\n", cmd->name, it.error_where, it.error_record, it.error_reason);
            else if (!quiet)
                fprintf(stderr, "sitrep %s: %s: %s\n", cmd->name, it.error_where, it.error_reason);
            if (it.kind == SR_READ_FATAL) { rc = EXIT_IO; fflush(stdout); break; }
        }
        if (fflush(stdout) != 0 || st == SR_EIO) {
            fprintf(stderr, "sitrep %s: cannot write to standard output\n", cmd->name);
            rc = EXIT_IO;
            break;
        }
        if (st == SR_ENOMEM || fusion.status == SR_ENOMEM) {
            fprintf(stderr, "sitrep %s: out of memory\n", cmd->name);
            rc = EXIT_IO;
            break;
        }
    }
    if (incidents && rc != EXIT_IO) rc = write_incidents(cmd, &fusion, rc);
    if (!quiet) fprintf(stderr, "sitrep %s: %ld documents, %ld errors\n", cmd->name, docs, errors);
    if (rc == EXIT_CODED && errors) rc = EXIT_SOME_ERRORS;
    sr_reader_free(rd);
    sr_fuser_free(fusion.fuser);
    sr_worker_free(w);
    sr_engine_free(eng);
    return rc;
}

int sr_cmd_code(int argc, char **argv) { return run_documents(argc, argv, &CODE); }

int sr_cmd_places(int argc, char **argv) { return run_documents(argc, argv, &PLACES); }
