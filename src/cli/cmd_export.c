/*
 * cmd_export.c — `sitrep export --db FILE --format F [filters]`: the store's
 * events or incidents on stdout as JSON lines, GeoJSON, ACLED CSV or GDELT
 * 2.0 TSV (src/store/export.h).
 *
 * Place in the pipeline: store -> [export].  The filters are the server's
 * (from, to, bbox, type, q); records come oldest first.
 */
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "store/export.h"
#include "store/store.h"

static void usage(FILE *f)
{
    fputs("usage: sitrep export --db FILE --format FORMAT [options]\n"
          "\n"
          "Write the events (or incidents) of a store made by `sitrep ingest` on stdout,\n"
          "oldest first.  Background (historical) records are left out unless asked for.\n"
          "\n"
          "formats:\n"
          "  jsonl       the records as `sitrep code` writes them (incident records with --incidents)\n"
          "  geojson     a FeatureCollection: one Point per record, the record as its properties\n"
          "  acled-csv   ACLED's columns (data_id, iso, event_id_cnty, ... iso3); records with no\n"
          "              ACLED type are skipped\n"
          "  gdelt-tsv   GDELT 2.0's 61 event columns (CAMEO codes, Goldstein scale, actor and action\n"
          "              geography, NumMentions/NumSources/NumArticles from the incident); records\n"
          "              with no CAMEO code are skipped\n"
          "\n"
          "options:\n"
          "  --db FILE             the store; required\n"
          "  --format FORMAT       one of the formats above; required\n"
          "  --incidents           incidents instead of events\n"
          "  --from YYYY-MM-DD     records dated on or after (a month or year: its first day)\n"
          "  --to YYYY-MM-DD       records dated on or before (a month or year: its last day)\n"
          "  --bbox minLon,minLat,maxLon,maxLat   records placed inside the box\n"
          "  --type T              ACLED type or sub-type, PLOVER type, CAMEO code or sitrep key\n"
          "  --q TEXT              records whose evidence has these words (case, diacritics and\n"
          "                        Turkish dotted/dotless i ignored; word* for a prefix)\n"
          "  --historical          include background (historical) records\n"
          "  --no-header           no header line in the CSV and TSV formats\n"
          "  --data DIR            where goldstein.tsv is (default: $SITREP_DATA or the build's data/)\n"
          "  -q, --quiet           no summary on stderr\n"
          "  -h, --help            this help\n"
          "\n"
          "exit: 0 written, 2 usage (or a bad filter), 3 FILE is not a sitrep store or a data\n"
          "      file is unreadable, 4 the store or the output failed\n",
          f);
}

/* "minLon,minLat,maxLon,maxLat" into f; false when malformed. */
static bool parse_bbox(const char *s, sr_store_filter *f)
{
    double v[4];
    const char *p = s;
    for (int i = 0; i < 4; i++) {
        char *end = NULL;
        v[i] = strtod(p, &end);
        if (end == p || !isfinite(v[i]) || *end != (i < 3 ? ',' : '\0')) return false;
        p = end + 1;
    }
    f->has_bbox = true;
    f->min_lon = v[0];
    f->min_lat = v[1];
    f->max_lon = v[2];
    f->max_lat = v[3];
    return true;
}

static int exit_for(sr_status st)
{
    return st == SR_EARG ? EXIT_USAGE : st == SR_EDATA ? EXIT_DATA : EXIT_IO;
}

int sr_cmd_export(int argc, char **argv)
{
    enum { OPT_DB = 256, OPT_FORMAT, OPT_INCIDENTS, OPT_FROM, OPT_TO, OPT_BBOX, OPT_TYPE, OPT_Q, OPT_HIST,
           OPT_NO_HEADER, OPT_DATA };
    static const struct option longopts[] = {
        {"db", required_argument, NULL, OPT_DB},         {"format", required_argument, NULL, OPT_FORMAT},
        {"incidents", no_argument, NULL, OPT_INCIDENTS}, {"from", required_argument, NULL, OPT_FROM},
        {"to", required_argument, NULL, OPT_TO},         {"bbox", required_argument, NULL, OPT_BBOX},
        {"type", required_argument, NULL, OPT_TYPE},     {"q", required_argument, NULL, OPT_Q},
        {"historical", no_argument, NULL, OPT_HIST},     {"no-header", no_argument, NULL, OPT_NO_HEADER},
        {"data", required_argument, NULL, OPT_DATA},     {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},                {NULL, 0, NULL, 0}};
    const char *db = NULL, *format = NULL;
    bool quiet = false;
    sr_store_filter f = {0};
    sr_export_options o = {.header = true};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_DB: db = optarg; break;
        case OPT_FORMAT: format = optarg; break;
        case OPT_INCIDENTS: o.incidents = true; break;
        case OPT_FROM: f.from = optarg; break;
        case OPT_TO: f.to = optarg; break;
        case OPT_BBOX:
            if (!parse_bbox(optarg, &f)) {
                fprintf(stderr, "sitrep export: --bbox wants minLon,minLat,maxLon,maxLat, got '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_TYPE: f.type = optarg; break;
        case OPT_Q: f.q = optarg; break;
        case OPT_HIST: f.include_historical = true; break;
        case OPT_NO_HEADER: o.header = false; break;
        case OPT_DATA: o.data_dir = optarg; break;
        case 'q': quiet = true; break;
        case 'h': usage(stdout); return EXIT_CODED;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "sitrep export: unexpected argument '%s'\n", argv[optind]);
        return EXIT_USAGE;
    }
    if (!db || !format) {
        fputs("sitrep export: --db FILE and --format FORMAT are required\n", stderr);
        usage(stderr);
        return EXIT_USAGE;
    }
    if (!sr_export_format_parse(format, &o.format)) {
        fprintf(stderr, "sitrep export: unknown format '%s' (jsonl, geojson, acled-csv, gdelt-tsv)\n", format);
        return EXIT_USAGE;
    }
    sr_store *store = NULL;
    char *err = NULL;
    sr_status st = sr_store_open(db, true, &store, &err);
    if (st == SR_OK) {
        sr_export_stats stats;
        st = sr_store_export(store, &f, &o, sr_cli_emit_line, stdout, &stats, &err);
        if (fflush(stdout) != 0 && st == SR_OK) {
            st = SR_EIO;
            err = strdup("cannot write to standard output");
        }
        if (st == SR_OK && !quiet)
            fprintf(stderr, "sitrep export: %ld %s written, %ld skipped (no row in this format)\n", stats.written,
                    o.incidents ? "incidents" : "events", stats.skipped);
    }
    sr_store_close(store);
    if (st != SR_OK) {
        fprintf(stderr, "sitrep export: %s\n", err ? err : sr_status_text(st));
        free(err);
        return exit_for(st);
    }
    return EXIT_CODED;
}
