/*
 * cmd_classify.c — `sitrep classify [--labels acled|case2021]`: one label
 * per snippet, from the same type decision that types `sitrep code`'s events.
 *
 * Reads TSV lines `id<TAB>text` on stdin (a line without a tab is all id and
 * has no text) and writes `id<TAB>LABEL` for every line, in order: the type of
 * the snippet's primary event (its most confident; for ACLED labels, among
 * the events ACLED's codebook types, ranked as sr_worker_primary_of ranks
 * them), or NONE.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "../code/engine_int.h"
#include "cli.h"

static void classify_usage(FILE *f)
{
    fputs("usage: sitrep classify [--labels acled|case2021] [--date YYYY-MM-DD] < snippets.tsv\n"
          "\n"
          "Reads lines `id<TAB>text` on stdin and writes `id<TAB>LABEL` for each, in order:\n"
          "the type of the snippet's primary event, or NONE when it tells no event.\n"
          "\n"
          "options:\n"
          "  --labels acled     ACLED's 25 sub-event types, spelled as ACLED spells them (default)\n"
          "  --labels case2021  the CASE 2021 labels: the 25 sub-types under short names, and\n"
          "                     ORG_CRIME NATURAL_DISASTER MAN_MADE_DISASTER DIPLO ATTRIB\n"
          "  --date YYYY-MM-DD  the snippets' date (default: none)\n"
          "  --data DIR         lexicons and tables (default: $SITREP_DATA or the build's data/)\n"
          "  -h, --help         this help\n"
          "\n"
          "exit: 0 every line labelled, 2 usage, 3 data, 4 I/O\n",
          f);
}

int sr_cmd_classify(int argc, char **argv)
{
    enum { OPT_LABELS = 256, OPT_DATE, OPT_DATA };
    static const struct option longopts[] = {{"labels", required_argument, NULL, OPT_LABELS},
                                             {"date", required_argument, NULL, OPT_DATE},
                                             {"data", required_argument, NULL, OPT_DATA},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    bool case2021 = false;
    const char *date = NULL, *data_dir = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_LABELS:
            if (!strcmp(optarg, "case2021")) case2021 = true;
            else if (strcmp(optarg, "acled")) {
                fprintf(stderr, "sitrep classify: --labels wants acled or case2021, got '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_DATE: date = optarg; break;
        case OPT_DATA: data_dir = optarg; break;
        case 'h': classify_usage(stdout); return EXIT_CODED;
        default: classify_usage(stderr); return EXIT_USAGE;
        }
    }
    if (optind != argc) {
        fputs("sitrep classify: reads stdin only\n", stderr);
        classify_usage(stderr);
        return EXIT_USAGE;
    }
    sr_engine *eng = sr_cli_engine(data_dir);
    if (!eng) return EXIT_DATA;
    sr_worker *w = NULL;
    if (sr_worker_new(eng, &w) != SR_OK) {
        sr_engine_free(eng);
        fputs("sitrep classify: out of memory\n", stderr);
        return EXIT_IO;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0;
    int rc = EXIT_CODED;
    while ((n = getline(&line, &cap, stdin)) >= 0) {
        lineno++;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = '\0';
        char *tab = memchr(line, '\t', (size_t)n);
        size_t id_len = tab ? (size_t)(tab - line) : (size_t)n;
        const char *text = tab ? tab + 1 : "";
        size_t text_len = tab ? (size_t)n - id_len - 1 : 0;
        const char *label = "NONE";
        if (text_len) {
            char id[32];
            snprintf(id, sizeof id, "line %ld", lineno);
            sr_document d = {.id = id, .text = text, .text_len = text_len, .date = date};
            sr_primary p;
            const char *why;
            sr_status st = sr_worker_primary_of(w, &d, !case2021, &p, &why);
            if (st == SR_ENOMEM) {
                fprintf(stderr, "sitrep classify: line %ld: out of memory; labelled NONE\n", lineno);
            } else if (p.found) {
                label = case2021 ? p.type->case2021 : p.type->acled_sub ? p.type->acled_sub : "NONE";
            }
        }
        if (fwrite(line, 1, id_len, stdout) != id_len || printf("\t%s\n", label) < 0) {
            fputs("sitrep classify: cannot write to standard output\n", stderr);
            rc = EXIT_IO;
            break;
        }
    }
    if (rc == EXIT_CODED && ferror(stdin)) {
        fputs("sitrep classify: cannot read standard input\n", stderr);
        rc = EXIT_IO;
    }
    free(line);
    sr_worker_free(w);
    sr_engine_free(eng);
    return rc;
}
