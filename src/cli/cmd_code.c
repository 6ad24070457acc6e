/*
 * cmd_code.c — `sitrep code [--jsonl] [--date D] [FILE...]`: read articles,
 * write a doc record and event records per article (error records for input
 * that cannot be coded), one JSON object per line on stdout.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "../io/reader.h"
#include "../time/timex.h"
#include "cli.h"

static void code_usage(FILE *f)
{
    fputs("usage: sitrep code [options] [FILE...]\n"
          "\n"
          "Code articles into JSON records on stdout: for each article a doc record,\n"
          "then its event records; an error record for input that cannot be coded.\n"
          "Plain-text files are one article each; '-' or no FILE reads stdin.\n"
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

int sr_cmd_code(int argc, char **argv)
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
        case 'h': code_usage(stdout); return EXIT_CODED;
        default: code_usage(stderr); return EXIT_USAGE;
        }
    }
    sr_date check;
    if (date && (!sr_date_parse_iso(date, &check) || check.precision != SR_PREC_DAY)) {
        fprintf(stderr, "sitrep code: --date wants YYYY-MM-DD, got '%s'\n", date);
        return EXIT_USAGE;
    }
    if (lang && strcmp(lang, "en") && strcmp(lang, "tr")) {
        fprintf(stderr, "sitrep code: --lang wants en or tr, got '%s'\n", lang);
        return EXIT_USAGE;
    }
    sr_engine *eng = sr_cli_engine(data_dir);
    if (!eng) return EXIT_DATA;
    sr_worker *w = NULL;
    if (sr_worker_new(eng, &w) != SR_OK) {
        fputs("sitrep code: out of memory\n", stderr);
        sr_engine_free(eng);
        return EXIT_IO;
    }
    const char *const *paths = (const char *const *)(argv + optind);
    int n_paths = argc - optind;
    sr_reader *rd = jsonl ? sr_reader_new_jsonl(paths, n_paths) : sr_reader_new_text(paths, n_paths);
    if (!rd) {
        fputs("sitrep code: out of memory\n", stderr);
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
            st = sr_code_document(w, &d, sr_cli_emit_line, stdout);
            docs++;
            if (st == SR_EINPUT) errors++;
        } else {
            st = sr_emit_error(it.error_where, it.error_record, it.error_offset, it.error_doc_id, it.error_reason,
                               sr_cli_emit_line, stdout);
            errors++;
            if (!quiet && it.error_record > 0)
                fprintf(stderr, "sitrep code: %s:%ld: %s\n", it.error_where, it.error_record, it.error_reason);
            else if (!quiet)
                fprintf(stderr, "sitrep code: %s: %s\n", it.error_where, it.error_reason);
            if (it.kind == SR_READ_FATAL) { rc = EXIT_IO; fflush(stdout); break; }
        }
        if (fflush(stdout) != 0 || st == SR_EIO) {
            fputs("sitrep code: cannot write to standard output\n", stderr);
            rc = EXIT_IO;
            break;
        }
        if (st == SR_ENOMEM) {
            fputs("sitrep code: out of memory\n", stderr);
            rc = EXIT_IO;
            break;
        }
    }
    if (!quiet) fprintf(stderr, "sitrep code: %ld documents, %ld errors\n", docs, errors);
    if (rc == EXIT_CODED && errors) rc = EXIT_SOME_ERRORS;
    sr_reader_free(rd);
    sr_worker_free(w);
    sr_engine_free(eng);
    return rc;
}
