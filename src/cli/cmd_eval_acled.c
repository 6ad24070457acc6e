/*
 * cmd_eval_acled.c — `sitrep eval acled [--json] [--misses] [--limit N]
 * [--data DIR] FILE.csv`: code the notes of an ACLED export and score the
 * primary event of each against the row (src/eval/acled.h); print a report
 * or one JSON object, with every disagreement when asked.
 *
 * Place in the pipeline: the outermost layer, one of the evaluations that
 * `sitrep eval` dispatches to (cmd_eval.c, table EVALS).  Reads the CSV with
 * the streaming reader (src/io/csv.h), finds the columns by header name,
 * hands each row to the scorer, and prints; the command line, the engine
 * and the printing are the steps every evaluation shares (eval_cli.h);
 * docs/eval.md explains the numbers.  Exit codes as cli.h: 0 scored, 1
 * scored but rows were skipped (each named on stderr), 2 usage, 3 data
 * (engine data, no header, a required column missing, no row), 4 FILE
 * unreadable, output or memory.
 */
#include <math.h>
#include <string.h>

#include "../eval/acled.h"
#include "../io/csv.h"
#include "../util/buf.h"
#include "cli.h"
#include "eval_cli.h"

enum { TOP = 10 };   /* confusions listed in the report (JSON has them all) */

static const sr_eval_cli ACLED = {
    .name = "acled",
    .file = "FILE.csv",
    .about = "Codes the notes of every row of an ACLED export (CSV with a header row:\n"
             "notes, event_type and sub_event_type are required; event_date, year,\n"
             "actor1, country, iso3, admin1, latitude, longitude, geo_precision and\n"
             "fatalities are used when present), with the row's event_date as the\n"
             "document date, and compares the primary event with the row: event type\n"
             "and sub-event type (accuracy, macro and weighted F1, per-type table,\n"
             "confusions; no event counts as NONE), fatalities (exact; our \"not\n"
             "stated\" counts as 0), actor 1's country (when ACLED's actor 1 is a state\n"
             "force or civilians, protesters or rioters of a named country), and place\n"
             "(within 25 km where geo_precision is 1; admin1 names).  See docs/eval.md.\n",
    .unit = "rows",
    .exits = "exit: 0 scored, 1 scored but some rows were skipped (malformed CSV, a field\n"
             "      count unlike the header's, no event type; each is named on stderr),\n"
             "      2 usage, 3 data: the engine's data could not be loaded, or FILE has no\n"
             "      header, lacks a required column or holds no row,\n",
};

/* ---- JSON ------------------------------------------------------------------------- */

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

/* What is printed: the summary, and the disagreements when --misses. */
typedef struct acled_result {
    const sr_acled_summary *s;
    const sr_buf *misses;           /* JSON objects or report lines */
    bool with_misses;
} acled_result;

/* A row whose sub-event type or fatalities we got wrong: id, gold and ours
 * for both, the note. */
static void add_miss(sr_buf *b, bool json, const sr_acled_row *row, const sr_acled_pred *ours)
{
    const char *sub = ours->found && ours->sub_event_type ? ours->sub_event_type : SR_ACLED_NONE;
    long fat = ours->found && ours->fatalities > 0 ? ours->fatalities : 0;
    if (json) {
        if (b->len) sr_buf_putc(b, ',');
        sr_buf_putc(b, '{');
        sr_json_kv_str(b, "id", row->id);
        sr_json_kv_str(b, "gold", row->sub_event_type);
        sr_json_kv_str(b, "ours", sub);
        sr_json_kv_str(b, "gold_fatalities", row->fatalities);
        sr_json_kv_int(b, "fatalities", fat);
        sr_json_key(b, "notes");
        sr_json_str(b, row->notes, row->notes_len);
        sr_buf_putc(b, '}');
    } else {
        sr_buf_printf(b, "  %s\t%s\t%s\t%s\t%ld\t%.*s\n", row->id, row->sub_event_type, sub,
                      row->fatalities ? row->fatalities : "", fat, (int)row->notes_len, row->notes);
    }
}

static void to_json(sr_buf *b, const sr_eval_run *run, const void *result)
{
    const acled_result *res = result;
    const sr_acled_summary *s = res->s;
    sr_eval_json_head(b, run, s->rows);
    sr_json_kv_double(b, "seconds", run->seconds, 3);
    sr_json_kv_int(b, "none", s->none);
    sr_eval_json_number(b, "none_share", s->rows ? (double)s->none / (double)s->rows : NAN, 4);
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
    sr_eval_json_number(b, "accuracy", s->fat_accuracy, 4);
    sr_json_kv_int(b, "gold_zero", s->fat_gold_zero);
    sr_eval_json_number(b, "gold_zero_share", s->fat_zero_share, 4);
    sr_json_kv_int(b, "gold_positive", s->fat_positive);
    sr_json_kv_int(b, "exact_positive", s->fat_exact_positive);
    sr_eval_json_number(b, "accuracy_positive", s->fat_accuracy_positive, 4);
    sr_json_kv_int(b, "stated", s->fat_stated);
    sr_json_kv_int(b, "unreadable", s->fat_unread);
    sr_buf_putc(b, '}');

    sr_json_key(b, "actor1_country");
    sr_buf_putc(b, '{');
    sr_json_kv_int(b, "rows", s->actor_rows);
    sr_json_kv_int(b, "agree", s->actor_agree);
    sr_eval_json_number(b, "agreement", s->actor_agreement, 4);
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
    sr_eval_json_number(b, "share_25km", s->near_share, 4);
    sr_json_kv_int(b, "precise_unreadable", s->near_unread);
    sr_json_kv_int(b, "admin1_rows", s->admin_rows);
    sr_json_kv_int(b, "admin1_located", s->admin_located);
    sr_json_kv_int(b, "admin1_match", s->admin_match);
    sr_eval_json_number(b, "share_admin1", s->admin_share, 4);
    sr_buf_putc(b, '}');
    if (res->with_misses) sr_eval_json_misses(b, res->misses);
    sr_buf_puts(b, "}\n");
}

/* ---- the report ------------------------------------------------------------------- */

static void line_share(FILE *f, const char *label, long a, long b)
{
    sr_eval_line_rate(f, label, a, b, b ? (double)a / (double)b : NAN, NULL);
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

static void report(FILE *f, const sr_eval_run *run, const void *result)
{
    const acled_result *res = result;
    const sr_acled_summary *s = res->s;
    sr_eval_report_head(f, run, s->rows);
    fprintf(f, " (%.0f rows/s)", run->seconds > 0 ? (double)s->rows / run->seconds : 0.0);
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
    confusions(f, "most frequent event-type confusions (gold -> predicted, NONE left out)", &s->type, false);

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
    if (res->with_misses)
        sr_eval_report_misses(f,
                              "misses: sub-event type or fatalities "
                              "(id, gold, ours, gold fatalities, ours, notes; tab-separated)",
                              res->misses);
}

/* ---- the run ---------------------------------------------------------------------- */

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

static const sr_eval_read CSV_READ[] = {[SR_CSV_ROW] = SR_EVAL_RECORD, [SR_CSV_END] = SR_EVAL_END,
                                         [SR_CSV_BAD] = SR_EVAL_SKIPPED, [SR_CSV_EIO] = SR_EVAL_EIO};

/* Score the rows, up to --limit. */
static void score_rows(sr_eval_run *run, sr_csv *rd, const int *ix, sr_acled_eval *ev, sr_buf *misses)
{
    int header_fields = sr_csv_columns(rd);
    while (sr_eval_more(run)) {
        sr_csv_status st = sr_csv_next(rd);
        if (!sr_eval_got(run, CSV_READ[st], sr_csv_message(rd))) continue;
        if (sr_csv_fields(rd) != header_fields) {
            sr_eval_skip(run, "%s:%ld: row skipped: %d fields, the header has %d", run->path, sr_csv_row_line(rd),
                         sr_csv_fields(rd), header_fields);
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
        sr_acled_pred ours;
        sr_status s = sr_acled_eval_row(ev, run->w, &row, &ours, &why);
        if (s == SR_OK && misses && sr_acled_missed(&row, &ours)) add_miss(misses, run->json, &row, &ours);
        if (s == SR_EINPUT)
            sr_eval_skip(run, "%s:%ld: row skipped: %s", run->path, sr_csv_row_line(rd), why);
        else if (s != SR_OK)
            sr_eval_stop(run, EXIT_IO, "%s:%ld: %s", run->path, sr_csv_row_line(rd), why ? why : sr_status_text(s));
    }
}

/* Open FILE and find its columns: the reader, or NULL when the run stops. */
static sr_csv *open_csv(sr_eval_run *run, int *ix)
{
    char *err = NULL;
    sr_csv *rd = sr_csv_open(run->path, &err);
    if (!rd) {
        sr_eval_cannot_open(run, err);
        return NULL;
    }
    sr_csv_status st = sr_csv_read_header(rd);
    if (st == SR_CSV_END) sr_eval_stop(run, EXIT_DATA, "%s: empty file: no header row", run->path);
    else if (st != SR_CSV_ROW)
        sr_eval_stop(run, st == SR_CSV_EIO ? EXIT_IO : EXIT_DATA, "%s (the header row)", sr_csv_message(rd));
    for (int c = 0; run->rc == EXIT_CODED && c < N_COLS; c++) {
        ix[c] = sr_csv_column(rd, COLUMN[c]);
        if (ix[c] < 0 && c <= C_SUB)   /* the required columns come first */
            sr_eval_stop(run, EXIT_DATA, "%s: no column '%s' in the header row", run->path, COLUMN[c]);
    }
    if (run->rc == EXIT_CODED) return rd;
    sr_csv_close(rd);
    return NULL;
}

int sr_eval_acled_main(int argc, char **argv)
{
    bool with_misses = false;
    const sr_eval_option own[] = {
        {"misses", "also list every row whose sub-event type or fatalities we missed", &with_misses, NULL, NULL},
        {NULL, NULL, NULL, NULL, NULL}};
    sr_eval_run run;
    if (!sr_eval_parse(&run, &ACLED, own, argc, argv)) return run.rc;

    int ix[N_COLS];
    sr_csv *rd = open_csv(&run, ix);
    if (!rd) return run.rc;
    sr_acled_eval *ev = sr_eval_engine(&run) ? sr_acled_eval_new(run.eng) : NULL;
    if (run.rc == EXIT_CODED && !ev) sr_eval_stop(&run, EXIT_IO, "out of memory");
    sr_buf misses;
    sr_buf_init(&misses, NULL);
    score_rows(&run, rd, ix, ev, with_misses ? &misses : NULL);
    if (sr_eval_scored(&run, "row")) {
        sr_acled_summary s;
        acled_result res = {&s, &misses, with_misses};
        if (sr_acled_eval_summary(ev, &s) != SR_OK || misses.oom) sr_eval_stop(&run, EXIT_IO, "out of memory");
        else sr_eval_print(&run, to_json, report, &res);
    }
    sr_buf_release(&misses);
    sr_acled_eval_free(ev);
    sr_csv_close(rd);
    return sr_eval_end(&run);
}
