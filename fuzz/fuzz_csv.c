/*
 * fuzz_csv.c — libFuzzer target for the CSV reader (src/io/csv.c) and, on
 * the rows it reads, the ACLED scorer's rules (src/eval/acled.c).
 *
 * The input bytes are read as CSV from memory, the first row as the header,
 * with a row limit taken from the first byte (8 to 2048 bytes, so long rows
 * and their skipping are reached quickly).  Checked: every row honours the
 * contract in csv.h (at least one field; each field NUL-terminated at its
 * length; rows start on a line and offset inside the input, in increasing
 * order), every BAD/EIO has a message, the reader ends and stays ended, and
 * never returns more rows than the input has bytes.  Each row's fields are
 * then read as dates, actor names and admin1 names, and the row is scored
 * against a prediction built from its own fields; the summary's counts must
 * add up.
 *
 * Seeds: fuzz/corpus/csv/.  Run e.g.
 *   build-fuzz/fuzz_csv -max_total_time=60 /tmp/new-corpus fuzz/corpus/csv
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "eval/acled.h"
#include "io/csv.h"

static volatile size_t sink;

static void check_row(const sr_csv *r, size_t size, long long *last_offset, long *last_line)
{
    int n = sr_csv_fields(r);
    if (n < 1) abort();
    for (int i = 0; i < n; i++) {
        size_t len;
        const char *f = sr_csv_field(r, i, &len);
        if (!f || f[len] != '\0' || strlen(f) > len || len > size) abort();
        sink += len;
    }
    long long off = sr_csv_row_offset(r);
    long line = sr_csv_row_line(r);
    if (off < 0 || (size_t)off >= size || off <= *last_offset || line < 1 || line < *last_line) abort();
    *last_offset = off;
    *last_line = line;
}

static const char *field(const sr_csv *r, int i)
{
    return i < sr_csv_fields(r) ? sr_csv_field(r, i, NULL) : NULL;
}

static void rules(const sr_csv *r)
{
    char out[11], name[64], key[256];
    for (int i = 0; i < sr_csv_fields(r) && i < 8; i++) {
        size_t len;
        const char *f = sr_csv_field(r, i, &len);
        if (sr_acled_date(f, field(r, i + 1), out)) {
            if (strlen(out) != 10 || out[4] != '-' || out[7] != '-') abort();
        } else if (out[0]) {
            abort();
        }
        sr_acled_actor_kind k = sr_acled_actor_country(f, name, sizeof name);
        if ((k == SR_ACLED_ACTOR_NONE) != (name[0] == '\0')) abort();
        size_t n = strlen(f);
        if (n < sizeof key) {
            size_t kn = sr_acled_admin_key(f, key, sizeof key);
            if (kn != strlen(key) || kn > n) abort();
        }
    }
}

static void score(sr_acled_eval *ev, const sr_csv *r)
{
    /* columns by position: whatever the header says, the fuzzer decides */
    sr_acled_row row = {0};
    row.notes = sr_csv_field(r, 0, &row.notes_len);
    row.event_type = field(r, 1);
    row.sub_event_type = field(r, 2);
    row.event_date = field(r, 3);
    row.actor1 = field(r, 4);
    row.country = field(r, 5);
    row.iso3 = field(r, 6);
    row.admin1 = field(r, 7);
    row.latitude = field(r, 8);
    row.longitude = field(r, 9);
    row.geo_precision = field(r, 10);
    row.fatalities = field(r, 11);
    size_t nl = row.notes_len;
    sr_acled_pred p = {0};
    p.found = nl % 3 != 0;
    p.type_key = "k";
    p.event_type = nl % 5 ? field(r, 2) : NULL;
    p.sub_event_type = nl % 5 ? field(r, 1) : NULL;
    p.fatalities = (int)(nl % 4) - 1;
    p.actor1_country = field(r, 6);
    p.has_location = nl % 2 == 0;
    p.lat = (double)(nl % 181) - 90;
    p.lon = (double)(nl % 361) - 180;
    p.admin1 = field(r, 5);
    const char *why;
    sr_status st = sr_acled_eval_score(ev, &row, &p, (int)(nl % 3), nl % 7 == 0, &why);
    if (st != SR_OK && !(st == SR_EINPUT && why)) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sr_csv *r = sr_csv_open_memory((const char *)data, size, "fuzz.csv");
    if (!r) return 0;
    sr_csv_set_max_row(r, size ? 8 + (size_t)data[0] * 8 : 0);
    sr_acled_eval *ev = sr_acled_eval_new(NULL);
    if (!ev) abort();
    long long last_offset = -1;
    long last_line = 0, rows = 0;
    sr_csv_status st = sr_csv_read_header(r);
    if (st == SR_CSV_ROW) {
        check_row(r, size, &last_offset, &last_line);
        if (sr_csv_columns(r) != sr_csv_fields(r)) abort();
        if (sr_csv_column(r, sr_csv_field(r, 0, NULL)) < 0 && !memchr(data, 0, size)) abort();
    }
    long guard = 0;
    for (;;) {
        if (++guard > (long)size + 2) abort();   /* more rows than bytes: the reader does not end */
        if (guard > 1) st = sr_csv_next(r);
        if (st == SR_CSV_ROW) {
            if (guard > 1) check_row(r, size, &last_offset, &last_line);
            rules(r);
            score(ev, r);
            rows++;
            continue;
        }
        if (sr_csv_fields(r) != 0) abort();
        if (st == SR_CSV_BAD) {
            if (!*sr_csv_message(r)) abort();
            continue;
        }
        break;
    }
    if (st != SR_CSV_END) abort();                 /* memory input never fails to read */
    if (sr_csv_next(r) != SR_CSV_END) abort();     /* stays ended */
    sr_acled_summary s;
    if (sr_acled_eval_summary(ev, &s) != SR_OK) abort();
    if (s.rows > rows || s.none > s.rows || s.uncoded > s.rows || s.outside > s.none) abort();
    if (s.dated + s.date_missing + s.date_unread != s.rows) abort();
    if (s.sub.correct > s.rows || s.type.correct > s.rows || s.shared_rows > s.rows) abort();
    if (s.fat_exact > s.fat_rows || s.fat_exact_positive > s.fat_positive || s.fat_rows > s.rows) abort();
    if (s.actor_agree + s.actor_unknown + s.actor_other != s.actor_rows) abort();
    if (s.actor_rows + s.actor_not_scored + s.actor_unresolved != s.rows) abort();
    if (s.near_within > s.near_located || s.near_located > s.near_rows || s.admin_match > s.admin_located ||
        s.admin_located > s.admin_rows)
        abort();
    long support = 0;
    for (int i = 0; i < s.sub.n_classes; i++) {
        const sr_acled_class *c = &s.sub.classes[i];
        if (c->correct > c->support || c->correct > c->predicted || !(c->f1 >= 0 && c->f1 <= 1)) abort();
        support += c->support;
    }
    if (support != s.rows) abort();
    if (s.rows && !(s.sub.macro_f1 >= 0 && s.sub.macro_f1 <= 1 && s.sub.weighted_f1 <= 1)) abort();
    sr_acled_eval_free(ev);
    sr_csv_close(r);
    return 0;
}
