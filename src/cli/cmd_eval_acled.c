/*
 * cmd_eval_acled.c — `sitrep eval acled [--json] [--limit N] [--data DIR]
 * FILE.csv`: code the notes of an ACLED export and score the primary event
 * of each against the row (src/eval/acled.h); print a report or one JSON
 * object.
 *
 * Place in the pipeline: the outermost layer, one of the evaluations that
 * `sitrep eval` dispatches to (cmd_eval.c, table EVALS).  Reads the CSV with
 * the streaming reader (src/io/csv.h), finds the columns by header name,
 * hands each row to the scorer, and prints; docs/eval.md explains the
 * numbers.  Exit codes as cli.h: 0 scored, 1 scored but rows were skipped
 * (each named on stderr), 2 usage, 3 data (engine data, no header, a
 * required column missing, no row), 4 FILE unreadable, output or memory.
 */
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../eval/acled.h"
#include "../io/csv.h"
#include "../util/buf.h"
#include "cli.h"

enum { TOP = 10 };   /* confusions listed in the report (JSON has them all) */

static void usage(FILE *f)
{
    fputs("usage: sitrep eval acled [options] FILE.csv\n"
          "\n"
          "Codes the notes of every row of an ACLED export (CSV with a header row:\n"
          "notes, event_type and sub_event_type are required; event_date, year,\n"
          "actor1, country, iso3, admin1, latitude, longitude, geo_precision and\n"
          "fatalities are used when present), with the row's event_date as the\n"
          "document date, and compares the primary event with the row: event type\n"
          "and sub-event type (accuracy, macro and weighted F1, per-type table,\n"
          "confusions; no event counts as NONE), fatalities (exact; our \"not\n"
          "stated\" counts as 0), actor 1's country (when ACLED's actor 1 is a state\n"
          "force or civilians, protesters or rioters of a named country), and place\n"
          "(within 25 km where geo_precision is 1; admin1 names).  See docs/eval.md.\n"
          "\n"
          "options:\n"
          "  --limit N        score only the first N rows of the file (N >= 1)\n"
          "  --json           one JSON object on stdout instead of the report\n"
          "  --data DIR       lexicons and tables (default: $SITREP_DATA or the build's data/)\n"
          "  -h, --help       this help\n"
          "\n"
          "exit: 0 scored, 1 scored but some rows were skipped (malformed CSV, a field\n"
          "      count unlike the header's, no event type; each is named on stderr),\n"
          "      2 usage, 3 data: the engine's data could not be loaded, or FILE has no\n"
          "      header, lacks a required column or holds no row,\n"
          "      4 FILE could not be read, output could not be written, or out of memory\n",
          f);
}

/* ---- JSON ------------------------------------------------------------------------- */

static void share(sr_buf *b, const char *key, double v)
{
    if (isfinite(v)) sr_json_kv_double(b, key, v, 4);
    else sr_json_kv_null(b, key);
}

static void json_labels(sr_buf *b, const char *key, const sr_acled_labels *l)
{
    sr_json_key(b, key);
    sr_buf_putc(b, '{');
    sr_json_kv_int(b, "correct", l->correct);
    sr_json_kv_double(b, "accuracy", l->accuracy, 4);
    sr_json_kv_double(b, "macro_f1", l->macro_f1, 4);
    sr_json_kv_double(b, "weighted_f1", l->weighted_f1, 4);
    sr_json_key(b, "classes");
    sr_buf_putc(b, '[');
    for (int i = 0; i < l->n_classes; i++) {
        const sr_acled_class *c = &l->classes[i];
        if (i) sr_buf_putc(b, ',');
        sr_buf_putc(b, '{');
        sr_json_kv_str(b, "label", c->label);
        sr_json_kv_int(b, "support", c->support);
        sr_json_kv_int(b, "predicted", c->predicted);
        sr_json_kv_int(b, "correct", c->correct);
        sr_json_kv_double(b, "precision", c->precision, 4);
        sr_json_kv_double(b, "recall", c->recall, 4);
        sr_json_kv_double(b, "f1", c->f1, 4);
        sr_buf_putc(b, '}');
    }
    sr_buf_putc(b, ']');
    sr_json_key(b, "confusions");
    sr_buf_putc(b, '[');
    for (int i = 0; i < l->n_confusions; i++) {
        const sr_acled_cell *c = &l->confusions[i];
        if (i) sr_buf_putc(b, ',');
        sr_buf_putc(b, '{');
        sr_json_kv_str(b, "gold", c->gold);
        sr_json_kv_str(b, "predicted", c->predicted);
        sr_json_kv_int(b, "count", c->count);
        sr_buf_putc(b, '}');
    }
    sr_buf_puts(b, "]}");
}

typedef struct run_info {
    const char *path;
    const char *lexicon;
    const char *gazetteer;   /* NULL: the small place table alone */
    long skipped;
    double seconds;
} run_info;

static void to_json(sr_buf *b, const run_info *run, const sr_acled_summary *s)
{
    sr_buf_putc(b, '{');
    sr_json_kv_str(b, "eval", "acled");
    sr_json_kv_str(b, "file", run->path);
    sr_json_kv_str(b, "lexicon", run->lexicon);
    sr_json_kv_str(b, "gazetteer", run->gazetteer);
    sr_json_kv_int(b, "rows", s->rows);
    sr_json_kv_int(b, "rows_skipped", run->skipped);
    sr_json_kv_double(b, "seconds", run->seconds, 3);
    sr_json_kv_int(b, "none", s->none);
    share(b, "none_share", s->rows ? (double)s->none / (double)s->rows : NAN);
    sr_json_kv_int(b, "uncoded", s->uncoded);
    sr_json_kv_int(b, "outside_acled", s->outside);
    sr_json_key(b, "outside_acled_types");
    sr_buf_putc(b, '{');
    for (int i = 0; i < s->n_outside_keys; i++) sr_json_kv_int(b, s->outside_keys[i].key, s->outside_keys[i].count);
    sr_buf_putc(b, '}');

    sr_json_key(b, "dates");
    sr_buf_putc(b, '{');
    sr_json_kv_int(b, "read", s->dated);
    sr_json_kv_int(b, "empty", s->date_missing);
    sr_json_kv_int(b, "unreadable", s->date_unread);
    sr_buf_putc(b, '}');
    sr_json_key(b, "shared_notes");
    sr_buf_putc(b, '{');
    sr_json_kv_int(b, "rows", s->shared_rows);
    sr_json_kv_int(b, "notes", s->shared_notes);
    sr_buf_putc(b, '}');

    json_labels(b, "event_type", &s->type);
    json_labels(b, "sub_event_type", &s->sub);

    sr_json_key(b, "fatalities");
    sr_buf_putc(b, '{');
    sr_json_kv_int(b, "rows", s->fat_rows);
    sr_json_kv_int(b, "exact", s->fat_exact);
    share(b, "accuracy", s->fat_accuracy);
    sr_json_kv_int(b, "gold_zero", s->fat_gold_zero);
    share(b, "gold_zero_share", s->fat_zero_share);
    sr_json_kv_int(b, "gold_positive", s->fat_positive);
    sr_json_kv_int(b, "exact_positive", s->fat_exact_positive);
    share(b, "accuracy_positive", s->fat_accuracy_positive);
    sr_json_kv_int(b, "stated", s->fat_stated);
    sr_json_kv_int(b, "unreadable", s->fat_unread);
    sr_buf_putc(b, '}');

    sr_json_key(b, "actor1_country");
    sr_buf_putc(b, '{');
    sr_json_kv_int(b, "rows", s->actor_rows);
    sr_json_kv_int(b, "agree", s->actor_agree);
    share(b, "agreement", s->actor_agreement);
    sr_json_kv_int(b, "ours_unknown", s->actor_unknown);
    sr_json_kv_int(b, "ours_other", s->actor_other);
    sr_json_key(b, "state");
    sr_buf_putc(b, '{');
    sr_json_kv_int(b, "rows", s->actor_state_rows);
    sr_json_kv_int(b, "agree", s->actor_state_agree);
    sr_buf_putc(b, '}');
    sr_json_key(b, "people");
    sr_buf_putc(b, '{');
    sr_json_kv_int(b, "rows", s->actor_people_rows);
    sr_json_kv_int(b, "agree", s->actor_people_agree);
    sr_buf_putc(b, '}');
    sr_json_kv_int(b, "not_scored", s->actor_not_scored);
    sr_json_kv_int(b, "unresolved", s->actor_unresolved);
    sr_buf_putc(b, '}');

    sr_json_key(b, "location");
    sr_buf_putc(b, '{');
    sr_json_kv_int(b, "precise_rows", s->near_rows);
    sr_json_kv_int(b, "precise_located", s->near_located);
    sr_json_kv_int(b, "within_25km", s->near_within);
    share(b, "share_25km", s->near_share);
    sr_json_kv_int(b, "precise_unreadable", s->near_unread);
    sr_json_kv_int(b, "admin1_rows", s->admin_rows);
    sr_json_kv_int(b, "admin1_located", s->admin_located);
    sr_json_kv_int(b, "admin1_match", s->admin_match);
    share(b, "share_admin1", s->admin_share);
    sr_buf_puts(b, "}}\n");
}

/* ---- the report ------------------------------------------------------------------- */

static void line_share(FILE *f, const char *label, long a, long b)
{
    if (b) fprintf(f, "  %-26s %8.4f   (%ld of %ld)\n", label, (double)a / (double)b, a, b);
    else fprintf(f, "  %-26s %8s   (no row)\n", label, "n/a");
}

static void class_table(FILE *f, const char *title, const sr_acled_labels *l)
{
    fprintf(f, "\n%-38s %7s %9s %7s %9s %7s %7s\n", title, "support", "predicted", "correct", "precision", "recall",
            "F1");
    for (int i = 0; i < l->n_classes; i++) {
        const sr_acled_class *c = &l->classes[i];
        fprintf(f, "  %-36s %7ld %9ld %7ld %9.4f %7.4f %7.4f\n", c->label, c->support, c->predicted, c->correct,
                c->precision, c->recall, c->f1);
    }
}

static void confusions(FILE *f, const char *title, const sr_acled_labels *l, bool with_none)
{
    fprintf(f, "\n%s\n", title);
    int shown = 0;
    for (int i = 0; i < l->n_confusions && shown < TOP; i++) {
        const sr_acled_cell *c = &l->confusions[i];
        if (!with_none && !strcmp(c->predicted, SR_ACLED_NONE)) continue;
        fprintf(f, "  %6ld  %s -> %s\n", c->count, c->gold, c->predicted);
        shown++;
    }
    if (!shown) fputs("  (none)\n", f);
}

static void report(FILE *f, const run_info *run, const sr_acled_summary *s)
{
    fprintf(f, "sitrep eval acled: %s\n", run->path);
    fprintf(f, "engine      sitrep %s, %s; %s%s\n\n", SITREP_VERSION, run->lexicon,
            run->gazetteer ? "gazetteer " : "no gazetteer: the small place table alone",
            run->gazetteer ? run->gazetteer : "");
    fprintf(f, "rows        %ld scored in %.2f s (%.0f rows/s)", s->rows, run->seconds,
            run->seconds > 0 ? (double)s->rows / run->seconds : 0.0);
    if (run->skipped) fprintf(f, ", %ld skipped", run->skipped);
    fprintf(f, "\nNONE        %ld rows (%.1f%%) had no ACLED event predicted: %ld notes refused by the engine, "
               "%ld primary events of a type outside ACLED's codebook",
            s->none, s->rows ? 100.0 * (double)s->none / (double)s->rows : 0.0, s->uncoded, s->outside);
    for (int i = 0; i < s->n_outside_keys; i++)
        fprintf(f, "%s%s %ld", i ? ", " : " (", s->outside_keys[i].key, s->outside_keys[i].count);
    fprintf(f, "%s\n", s->n_outside_keys ? ")" : "");
    fprintf(f, "dates       %ld read; coded without a date: %ld empty, %ld unreadable\n", s->dated, s->date_missing,
            s->date_unread);
    fprintf(f, "notes       %ld rows share %ld notes with other rows (one report ACLED split into several events)\n",
            s->shared_rows, s->shared_notes);

    fprintf(f, "\n%-28s %8s %9s %12s\n", "labels", "accuracy", "macro F1", "weighted F1");
    fprintf(f, "  %-26s %8.4f %9.4f %12.4f\n", "event type", s->type.accuracy, s->type.macro_f1,
            s->type.weighted_f1);
    fprintf(f, "  %-26s %8.4f %9.4f %12.4f\n", "sub-event type", s->sub.accuracy, s->sub.macro_f1,
            s->sub.weighted_f1);
    class_table(f, "per sub-event type", &s->sub);
    class_table(f, "per event type", &s->type);
    confusions(f, "most frequent sub-event confusions (gold -> predicted)", &s->sub, true);
    confusions(f, "most frequent sub-event confusions between two types (NONE left out)", &s->sub, false);

    fputs("\nfatalities (ours \"not stated\" counts as 0: ACLED writes 0 when none are reported)\n", f);
    line_share(f, "exact", s->fat_exact, s->fat_rows);
    line_share(f, "exact where gold > 0", s->fat_exact_positive, s->fat_positive);
    line_share(f, "gold 0 (always-0 baseline)", s->fat_gold_zero, s->fat_rows);
    fprintf(f, "  %-26s %8ld rows\n", "we stated a number", s->fat_stated);
    if (s->fat_unread) fprintf(f, "  %-26s %8ld rows (left out)\n", "gold count unreadable", s->fat_unread);

    fputs("\nactor 1 country (gold actor 1: state forces, or civilians/protesters/rioters of a country)\n", f);
    line_share(f, "agreement", s->actor_agree, s->actor_rows);
    line_share(f, "  state forces", s->actor_state_agree, s->actor_state_rows);
    line_share(f, "  civilians/protesters/...", s->actor_people_agree, s->actor_people_rows);
    fprintf(f, "  %-26s %8ld rows; another country: %ld rows\n", "we named no country", s->actor_unknown,
            s->actor_other);
    fprintf(f, "  %-26s %8ld rows name no country, %ld a country not resolved to ISO3\n", "not scored",
            s->actor_not_scored, s->actor_unresolved);

    fputs("\nlocation\n", f);
    line_share(f, "within 25 km (precision 1)", s->near_within, s->near_rows);
    fprintf(f, "  %-26s %8ld rows of those\n", "  we placed the event", s->near_located);
    if (s->near_unread)
        fprintf(f, "  %-26s %8ld rows (left out)\n", "  coordinates unreadable", s->near_unread);
    line_share(f, "admin1 matches", s->admin_match, s->admin_rows);
    fprintf(f, "  %-26s %8ld rows of those\n", "  we gave an admin1", s->admin_located);
}

/* ---- the run ---------------------------------------------------------------------- */

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Column indexes, -1 when absent. */
enum { C_NOTES, C_TYPE, C_SUB, C_DATE, C_YEAR, C_ACTOR1, C_COUNTRY, C_ISO3, C_ADMIN1, C_LAT, C_LON, C_GEO, C_FAT, C_ID,
       N_COLS };
static const char *const COLUMN[N_COLS] = {"notes",  "event_type", "sub_event_type", "event_date",    "year",
                                           "actor1", "country",    "iso3",           "admin1",        "latitude",
                                           "longitude", "geo_precision", "fatalities", "event_id_cnty"};

static const char *col(const sr_csv *rd, const int *ix, int c)
{
    return ix[c] < 0 ? NULL : sr_csv_field(rd, ix[c], NULL);
}

/* Score the rows; returns an exit code (EXIT_CODED when every row was read). */
static int score_rows(sr_csv *rd, const char *path, const int *ix, sr_acled_eval *ev, sr_worker *w, long limit,
                      long *seen, long *skipped)
{
    int header_fields = sr_csv_columns(rd);
    while (limit < 0 || *seen < limit) {
        sr_csv_status st = sr_csv_next(rd);
        if (st == SR_CSV_END) break;
        if (st == SR_CSV_EIO) {
            fprintf(stderr, "sitrep eval acled: %s\n", sr_csv_message(rd));
            return EXIT_IO;
        }
        ++*seen;
        if (st == SR_CSV_BAD) {
            fprintf(stderr, "sitrep eval acled: %s\n", sr_csv_message(rd));
            ++*skipped;
            continue;
        }
        if (sr_csv_fields(rd) != header_fields) {
            fprintf(stderr, "sitrep eval acled: %s:%ld: row skipped: %d fields, the header has %d\n", path,
                    sr_csv_row_line(rd), sr_csv_fields(rd), header_fields);
            ++*skipped;
            continue;
        }
        char id[32];
        snprintf(id, sizeof id, "line %ld", sr_csv_row_line(rd));
        sr_acled_row row = {0};
        row.notes = ix[C_NOTES] < 0 ? "" : sr_csv_field(rd, ix[C_NOTES], &row.notes_len);
        row.event_type = col(rd, ix, C_TYPE);
        row.sub_event_type = col(rd, ix, C_SUB);
        row.event_date = col(rd, ix, C_DATE);
        row.year = col(rd, ix, C_YEAR);
        row.actor1 = col(rd, ix, C_ACTOR1);
        row.country = col(rd, ix, C_COUNTRY);
        row.iso3 = col(rd, ix, C_ISO3);
        row.admin1 = col(rd, ix, C_ADMIN1);
        row.latitude = col(rd, ix, C_LAT);
        row.longitude = col(rd, ix, C_LON);
        row.geo_precision = col(rd, ix, C_GEO);
        row.fatalities = col(rd, ix, C_FAT);
        row.id = ix[C_ID] >= 0 && *col(rd, ix, C_ID) ? col(rd, ix, C_ID) : id;
        const char *why = NULL;
        sr_status s = sr_acled_eval_row(ev, w, &row, &why);
        if (s == SR_EINPUT) {
            fprintf(stderr, "sitrep eval acled: %s:%ld: row skipped: %s\n", path, sr_csv_row_line(rd), why);
            ++*skipped;
        } else if (s != SR_OK) {
            fprintf(stderr, "sitrep eval acled: %s:%ld: %s\n", path, sr_csv_row_line(rd),
                    why ? why : sr_status_text(s));
            return EXIT_IO;
        }
    }
    return EXIT_CODED;
}

/* Open FILE and find its columns; an exit code. */
static int open_csv(const char *path, sr_csv **out, int *ix)
{
    char *err = NULL;
    sr_csv *rd = sr_csv_open(path, &err);
    if (!rd) {
        fprintf(stderr, "sitrep eval acled: %s\n", err ? err : "out of memory");
        free(err);
        return EXIT_IO;
    }
    *out = rd;
    sr_csv_status st = sr_csv_read_header(rd);
    if (st != SR_CSV_ROW) {
        if (st == SR_CSV_END) fprintf(stderr, "sitrep eval acled: %s: empty file: no header row\n", path);
        else fprintf(stderr, "sitrep eval acled: %s (the header row)\n", sr_csv_message(rd));
        return st == SR_CSV_EIO ? EXIT_IO : EXIT_DATA;
    }
    for (int c = 0; c < N_COLS; c++) ix[c] = sr_csv_column(rd, COLUMN[c]);
    for (int c = C_NOTES; c <= C_SUB; c++) {
        if (ix[c] >= 0) continue;
        fprintf(stderr, "sitrep eval acled: %s: no column '%s' in the header row\n", path, COLUMN[c]);
        return EXIT_DATA;
    }
    return EXIT_CODED;
}

static int print_summary(sr_acled_eval *ev, const run_info *run, bool json)
{
    sr_acled_summary s;
    if (sr_acled_eval_summary(ev, &s) != SR_OK) {
        fprintf(stderr, "sitrep eval acled: out of memory\n");
        return EXIT_IO;
    }
    int rc = EXIT_CODED;
    if (json) {
        sr_buf b;
        sr_buf_init(&b, NULL);
        to_json(&b, run, &s);
        if (b.oom) rc = EXIT_IO;
        else fwrite(b.data, 1, b.len, stdout);
        sr_buf_release(&b);
    } else {
        report(stdout, run, &s);
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "sitrep eval acled: cannot write to standard output\n");
        rc = EXIT_IO;
    }
    return rc;
}

int sr_eval_acled_main(int argc, char **argv)
{
    enum { OPT_LIMIT = 256, OPT_JSON, OPT_DATA };
    static const struct option longopts[] = {{"limit", required_argument, NULL, OPT_LIMIT},
                                             {"json", no_argument, NULL, OPT_JSON},
                                             {"data", required_argument, NULL, OPT_DATA},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    long limit = -1;
    bool json = false;
    const char *data_dir = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_LIMIT: {
            char *end;
            limit = strtol(optarg, &end, 10);
            if (end == optarg || *end || limit < 1) {
                fprintf(stderr, "sitrep eval acled: --limit wants a count, got '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        }
        case OPT_JSON: json = true; break;
        case OPT_DATA: data_dir = optarg; break;
        case 'h': usage(stdout); return EXIT_CODED;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (argc - optind != 1) {
        fprintf(stderr, "sitrep eval acled: %s\n", argc - optind ? "one FILE at a time" : "which FILE?");
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *path = argv[optind];

    double t0 = now();
    sr_csv *rd = NULL;
    int ix[N_COLS];
    int rc = open_csv(path, &rd, ix);
    if (rc != EXIT_CODED) {
        sr_csv_close(rd);
        return rc;
    }
    sr_engine *eng = sr_cli_engine(data_dir);
    if (!eng) {
        sr_csv_close(rd);
        return EXIT_DATA;
    }
    sr_worker *w = NULL;
    sr_acled_eval *ev = sr_acled_eval_new(eng);
    if (sr_worker_new(eng, &w) != SR_OK || !ev) {
        fprintf(stderr, "sitrep eval acled: out of memory\n");
        rc = EXIT_IO;
    }
    long seen = 0, skipped = 0;
    if (rc == EXIT_CODED) rc = score_rows(rd, path, ix, ev, w, limit, &seen, &skipped);
    if (rc == EXIT_CODED && seen == 0) {
        fprintf(stderr, "sitrep eval acled: %s: no row to score\n", path);
        rc = EXIT_DATA;
    }
    if (rc == EXIT_CODED) {
        run_info run = {path, sr_engine_lexicon_version(eng), sr_engine_gazetteer(eng), skipped, now() - t0};
        rc = print_summary(ev, &run, json);
        if (rc == EXIT_CODED && skipped) rc = EXIT_SOME_ERRORS;
    }
    sr_acled_eval_free(ev);
    sr_worker_free(w);
    sr_engine_free(eng);
    sr_csv_close(rd);
    return rc;
}
