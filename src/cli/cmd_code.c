/*
 * cmd_code.c — the two subcommands that read articles and write records per
 * article, with the same inputs and options:
 *   sitrep code   [--jsonl] [--date D] [FILE...]   doc + event records
 *   sitrep places [--jsonl] [--date D] [FILE...]   doc + place records
 * Error records for input that cannot be read or coded; one JSON object per
 * line on stdout.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "../io/reader.h"
#include "../time/timex.h"
#include "cli.h"

typedef struct command {
    const char *name;
    const char *summary;
    sr_status (*run)(sr_worker *, const sr_document *, sr_emit_fn, void *);
} command;

static const command CODE = {"code",
                             "Code articles into JSON records on stdout: for each article a doc record,\n"
                             "then its event records; an error record for input that cannot be coded.\n",
                             sr_code_document};
static const command PLACES = {"places",
                               "Find every place the articles name, resolved to coordinates: for each\n"
                               "article a doc record, then one place record per mention.\n",
                               sr_find_places};

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
          "  --data DIR         lexicons and tables (default: $SITREP_DATA or the build's data/)\n"
          "  -q, --quiet        no summary on stderr\n"
          "  -h, --help         this help\n"
          "\n"
          "exit: 0 all coded, 1 some inputs gave error records, 2 usage,\n"
          "      3 data could not be loaded, 4 input or output failed\n",
          f);
}

static int run_documents(int argc, char **argv, const command *cmd)
{
    enum { OPT_JSONL = 256, OPT_DATE, OPT_LANG, OPT_DATA };
    static const struct option longopts[] = {
        {"jsonl", no_argument, NULL, OPT_JSONL}, {"date", required_argument, NULL, OPT_DATE},
        {"lang", required_argument, NULL, OPT_LANG}, {"data", required_argument, NULL, OPT_DATA},
        {"quiet", no_argument, NULL, 'q'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    bool jsonl = false, quiet = false;
    const char *date = NULL, *lang = NULL, *data_dir = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_JSONL: jsonl = true; break;
        case OPT_DATE: date = optarg; break;
        case OPT_LANG: lang = optarg; break;
        case OPT_DATA: data_dir = optarg; break;
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
    if (sr_worker_new(eng, &w) != SR_OK) {
        fprintf(stderr, "sitrep %s: out of memory\n", cmd->name);
        sr_engine_free(eng);
        return EXIT_IO;
    }
    const char *const *paths = (const char *const *)(argv + optind);
    int n_paths = argc - optind;
    sr_reader *rd = jsonl ? sr_reader_new_jsonl(paths, n_paths) : sr_reader_new_text(paths, n_paths);
    if (!rd) {
        fprintf(stderr, "sitrep %s: out of memory\n", cmd->name);
        sr_worker_free(w);
        sr_engine_free(eng);
        return EXIT_IO;
    }
    long docs = 0, errors = 0;
    int rc = EXIT_CODED;
    for (;;) {
        sr_read_item it;
        sr_reader_next(rd, &it);
        if (it.kind == SR_READ_END) break;
        sr_status st;
        if (it.kind == SR_READ_DOC) {
            sr_document d = it.doc;
            if (!d.date) d.date = date;
            if (!d.lang) d.lang = lang;
            st = cmd->run(w, &d, sr_cli_emit_line, stdout);
            docs++;
            if (st == SR_EINPUT) errors++;
        } else {
            st = sr_emit_error(it.error_where, it.error_record, it.error_offset, it.error_doc_id, it.error_reason,
                               sr_cli_emit_line, stdout);
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
        if (st == SR_ENOMEM) {
            fprintf(stderr, "sitrep %s: out of memory\n", cmd->name);
            rc = EXIT_IO;
            break;
        }
    }
    if (!quiet) fprintf(stderr, "sitrep %s: %ld documents, %ld errors\n", cmd->name, docs, errors);
    if (rc == EXIT_CODED && errors) rc = EXIT_SOME_ERRORS;
    sr_reader_free(rd);
    sr_worker_free(w);
    sr_engine_free(eng);
    return rc;
}

int sr_cmd_code(int argc, char **argv) { return run_documents(argc, argv, &CODE); }

int sr_cmd_places(int argc, char **argv) { return run_documents(argc, argv, &PLACES); }
