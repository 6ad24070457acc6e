/*
 * main.c — `sitrep`: dispatch to a subcommand; --help and --version.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cmd_serve.h"

/* The store's subcommands (cmd_ingest.c, cmd_export.c): argv[0] is the command's name. */
int sr_cmd_ingest(int argc, char **argv);
int sr_cmd_export(int argc, char **argv);

static void usage(FILE *f)
{
    fputs("usage: sitrep <command> [options] [FILE...]\n"
          "\n"
          "Turns reports of armed conflict (English) into sourced, dated, geolocated\n"
          "event records, one JSON object per line.\n"
          "\n"
          "commands:\n"
          "  code      code articles into doc and event records\n"
          "  places    find and resolve every place the articles name\n"
          "  classify  label snippets (TSV) with ACLED or CASE 2021 event types\n"
          "  eval      score sitrep against a gold corpus (eval geo: LGL, GeoVirus)\n"
          "  ingest    code articles into a SQLite store, fusing incidents across them\n"
          "  export    write a store's events or incidents as JSONL, GeoJSON, ACLED CSV, GDELT TSV\n"
          "  kafka     code articles from a Kafka topic as a consumer-group member\n"
          "  serve     serve a store over HTTP: the JSON API and the map page\n"
          "\n"
          "options:\n"
          "  -h, --help     this help; `sitrep <command> --help` for a command\n"
          "  --version      version, lexicon version and data credits\n"
          "\n"
          "See docs/sitrep.md for the record format and exit codes.\n",
          f);
}

static int version(void)
{
    printf("sitrep %s\n", SITREP_VERSION);
    sr_engine *eng = sr_cli_engine(NULL);
    if (eng) {
        printf("lexicon %s\n", sr_engine_lexicon_version(eng));
        const char *gaz = sr_engine_gazetteer(eng);
        if (gaz) printf("gazetteer: %s\nplace data: GeoNames (geonames.org), CC-BY 4.0\n", gaz);
        else puts("gazetteer: none built (`make gazetteer`); places from sitrep's table data/places.tsv");
        sr_engine_free(eng);
    }
    return EXIT_CODED;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
        usage(stdout);
        return EXIT_CODED;
    }
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) return version();
    if (!strcmp(cmd, "code")) return sr_cmd_code(argc - 1, argv + 1);
    if (!strcmp(cmd, "places")) return sr_cmd_places(argc - 1, argv + 1);
    if (!strcmp(cmd, "classify")) return sr_cmd_classify(argc - 1, argv + 1);
    if (!strcmp(cmd, "eval")) return sr_cmd_eval(argc - 1, argv + 1);
    if (!strcmp(cmd, "ingest")) return sr_cmd_ingest(argc - 1, argv + 1);
    if (!strcmp(cmd, "export")) return sr_cmd_export(argc - 1, argv + 1);
    if (!strcmp(cmd, "kafka")) return sr_cmd_kafka(argc - 1, argv + 1);
    if (!strcmp(cmd, "serve")) return sr_cmd_serve(argc - 1, argv + 1);
    fprintf(stderr, "sitrep: unknown command '%s'\n", cmd);
    usage(stderr);
    return EXIT_USAGE;
}
