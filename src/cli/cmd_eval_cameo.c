/*
 * cmd_eval_cameo.c — `sitrep eval plover` and `sitrep eval petrarch`: code
 * every sentence of an event-coding gold file and print how often the
 * primary event's PLOVER type (or CAMEO code) and actors' countries agree
 * with the gold (a report, or one JSON object with --json).
 *
 * Place in the pipeline: the outermost layer, beside `sitrep eval geo`
 * (cmd_eval.c dispatches here).  The gold is read by src/io/cameogold.h,
 * scored by src/eval/cameo.h; docs/eval.md explains the numbers.  One
 * driver serves both evaluations; a small table says what differs.
 */
#include "cmd_eval_cameo.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../eval/cameo.h"
#include "../io/cameogold.h"
#include "../util/buf.h"
#include "cli.h"

/* What differs between the two evaluations. */
typedef struct cameo_kind {
    const char *name;               /* "plover", "petrarch" */
    sr_cameogold_format format;
    sr_cameo_scheme scheme;
    const char *file_kind;          /* in the usage line */
    const char *label;              /* what is compared: "PLOVER type", "CAMEO root" */
    const char *about;              /* the usage's paragraph */
} cameo_kind;

static const cameo_kind PLOVER_KIND = {
    "plover", SR_CAMEOGOLD_PLOVER, SR_CAMEO_PLOVER, "FILE.json", "PLOVER type",
    "Codes every sentence (\"text\") of a PLOVER gold-standard file (a JSON array\n"
    "of records, as PLOVER-GSR) as one document and compares the primary event\n"
    "(the most confident one) with the record: its PLOVER type against \"event\",\n"
    "actor1's country against the \"source\" actors' and actor2's against the\n"
    "\"target\" actors' (a CAMEO code's first three letters, when they are an ISO\n"
    "country code).  No event counts as disagreement, reported apart.\n"};

static const cameo_kind PETRARCH_KIND = {
    "petrarch", SR_CAMEOGOLD_PETRARCH, SR_CAMEO_PETRARCH, "FILE.xml", "CAMEO root",
    "Codes every <Sentence> of PETRARCH2's unit-test records (XML) as one document\n"
    "and compares the primary event with the sentence's <EventCoding>s: the CAMEO\n"
    "root code (first two digits) against any coding's root, the full code, and\n"
    "actor1's and actor2's countries against the codings' source and target codes.\n"
    "Sentences whose gold is \"noevents\" or \"error\", or only PETRARCH's test codes\n"
    "(no CAMEO root 01-20: 9xx, 802...), are counted apart.  Most of its actors\n"
    "are made-up states (Arnor, Gondor): they have no country and are left out\n"
    "of the actor agreement.\n"};

static void usage(const cameo_kind *k, FILE *f)
{
    fprintf(f, "usage: sitrep eval %s [options] %s\n\n%s", k->name, k->file_kind, k->about);
    fputs("\nSee docs/eval.md.\n"
          "\n"
          "options:\n"
          "  --limit N        score only the first N records of the file (N >= 1)\n"
          "  --json           one JSON object on stdout instead of the report\n"
          "  --misses         also list every disagreement (id, gold, ours, sentence)\n"
          "  --data DIR       lexicons and tables (default: $SITREP_DATA or the build's data/)\n"
          "  -h, --help       this help\n"
          "\n"
          "exit: 0 scored, 1 scored but some records were skipped (unusable gold;\n"
          "      each is named on stderr), 2 usage, 3 data: the engine's data could not\n"
          "      be loaded, or FILE is malformed or holds no record,\n"
          "      4 FILE could not be read, output could not be written, or out of memory\n",
          f);
}

/* What the numbers were measured with. */
typedef struct run_info {
    const cameo_kind *kind;
    const char *path;
    const char *lexicon;
    const char *gazetteer;          /* NULL: the small place table alone */
    long skipped;
    double seconds;
} run_info;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* The record's gold events, comma-separated, into b. */
static void gold_events(sr_buf *b, const sr_cameo_record *rec)
{
    if (rec->error) sr_buf_printf(b, "error:%s", rec->error);
    else if (rec->no_events) sr_buf_puts(b, "noevents");
    for (int i = 0; i < rec->n_codings; i++) {
        if (i) sr_buf_putc(b, ',');
        sr_buf_puts(b, rec->codings[i].event);
    }
}

/* One disagreement, as a JSON object (json) or a report line, appended to b. */
static void add_miss(sr_buf *b, bool json, const sr_cameo_record *rec, const sr_cameo_outcome *o)
{
    sr_buf g;
    sr_buf_init(&g, NULL);
    gold_events(&g, rec);
    const char *gold = g.oom ? "" : g.data ? g.data : "";
    const char *code = o->guess.found ? o->guess.cameo : NULL;
    if (json) {
        if (b->len) sr_buf_putc(b, ',');
        sr_buf_putc(b, '{');
        sr_json_kv_str(b, "id", rec->id);
        sr_json_kv_str(b, "gold", gold);
        sr_json_kv_str(b, "ours", o->ours);
        sr_json_kv_str(b, "cameo", code);
        sr_json_kv_str(b, "text", rec->text);
        sr_buf_putc(b, '}');
    } else {
        sr_buf_printf(b, "  %-28s %-24s %-16s %s\n", rec->id, gold, o->ours, rec->text);
    }
    if (g.oom) b->oom = true;
    sr_buf_release(&g);
}

static void json_kv_ratio(sr_buf *b, const char *key, long n, long d, double r)
{
    sr_json_key(b, key);
    sr_buf_putc(b, '{');
    sr_json_kv_int(b, "agree", n);
    sr_json_kv_int(b, "of", d);
    sr_json_kv_double(b, "rate", r, 4);
    sr_buf_putc(b, '}');
}

static void summary_json(sr_buf *b, const run_info *run, const sr_cameo_summary *s, const sr_buf *misses,
                         bool with_misses)
{
    bool pet = s->scheme == SR_CAMEO_PETRARCH;
    sr_buf_putc(b, '{');
    sr_json_kv_str(b, "eval", run->kind->name);
    sr_json_kv_str(b, "file", run->path);
    sr_json_kv_str(b, "lexicon", run->lexicon);
    sr_json_kv_str(b, "gazetteer", run->gazetteer);
    sr_json_kv_int(b, "records", s->records);
    sr_json_kv_int(b, "records_skipped", run->skipped);
    sr_json_kv_int(b, "refused", s->refused);
    sr_json_kv_int(b, "no_event", s->no_event_all);
    sr_json_kv_double(b, "seconds", run->seconds, 3);

    sr_json_key(b, pet ? "code" : "type");
    sr_buf_putc(b, '{');
    sr_json_kv_int(b, "scored", s->scored);
    sr_json_kv_int(b, "agree", s->agree);
    sr_json_kv_double(b, "agreement", s->agreement, 4);
    if (pet) {
        sr_json_kv_int(b, "agree_full", s->agree_full);
        sr_json_kv_double(b, "agreement_full", s->agreement_full, 4);
    }
    sr_json_kv_double(b, "agreement_on_events", s->agreement_on_events, 4);
    sr_json_kv_int(b, "no_event", s->no_event);
    sr_json_kv_int(b, "no_code", s->no_code);
    sr_json_kv_int(b, "wrong", s->wrong);
    sr_buf_putc(b, '}');

    if (pet) {
        sr_json_key(b, "gold_none");
        sr_buf_putc(b, '{');
        sr_json_kv_int(b, "sentences", s->gold_none);
        sr_json_kv_int(b, "no_event", s->gold_none_agree);
        sr_buf_putc(b, '}');
        sr_json_key(b, "gold_error");
        sr_buf_putc(b, '{');
        sr_json_kv_int(b, "sentences", s->gold_error);
        sr_json_kv_int(b, "no_event", s->gold_error_agree);
        sr_buf_putc(b, '}');
        sr_json_kv_int(b, "gold_test_codes", s->gold_test_codes);
    }
    sr_json_key(b, "actors");
    sr_buf_putc(b, '{');
    json_kv_ratio(b, "source", s->source_agree, s->source_gold, s->source_agreement);
    sr_json_kv_int(b, "source_unknown", s->source_unknown);
    json_kv_ratio(b, "target", s->target_agree, s->target_gold, s->target_agreement);
    sr_json_kv_int(b, "target_unknown", s->target_unknown);
    sr_buf_putc(b, '}');

    sr_json_key(b, "by_gold");
    sr_buf_putc(b, '[');
    for (int i = 0; i < s->n_rows; i++) {
        const sr_cameo_row *r = &s->rows[i];
        if (i) sr_buf_putc(b, ',');
        sr_buf_putc(b, '{');
        sr_json_kv_str(b, "gold", r->gold);
        sr_json_kv_int(b, "n", r->n);
        sr_json_kv_int(b, "agree", r->agree);
        sr_json_kv_int(b, "missed", r->missed);
        sr_json_kv_int(b, "no_event", r->no_event);
        sr_json_kv_double(b, "agreement", r->agreement, 4);
        sr_json_key(b, "instead");
        sr_buf_putc(b, '[');
        for (int k = 0; k < r->n_instead; k++) {
            if (k) sr_buf_putc(b, ',');
            sr_buf_putc(b, '{');
            sr_json_kv_str(b, "label", r->instead[k].label);
            sr_json_kv_int(b, "count", r->instead[k].count);
            sr_buf_putc(b, '}');
        }
        sr_buf_puts(b, "]}");
    }
    sr_buf_putc(b, ']');
    if (with_misses) {
        sr_json_key(b, "misses");
        sr_buf_putc(b, '[');
        if (misses->len) sr_buf_append(b, misses->data, misses->len);
        sr_buf_putc(b, ']');
    }
    sr_buf_puts(b, "}\n");
}

static void line_ratio(FILE *f, const char *label, long n, long d, double r, const char *note)
{
    fprintf(f, "  %-26s %8.4f   (%ld of %ld)%s\n", label, r, n, d, note ? note : "");
}

static void summary_report(FILE *f, const run_info *run, const sr_cameo_summary *s, const sr_buf *misses,
                           bool with_misses)
{
    bool pet = s->scheme == SR_CAMEO_PETRARCH;
    fprintf(f, "sitrep eval %s: %s\n", run->kind->name, run->path);
    fprintf(f, "engine      sitrep %s, %s; %s%s\n\n", SITREP_VERSION, run->lexicon,
            run->gazetteer ? "gazetteer " : "no gazetteer: the small place table alone",
            run->gazetteer ? run->gazetteer : "");
    fprintf(f, "records     %ld scored in %.2f s", s->records, run->seconds);
    if (run->skipped || s->refused)
        fprintf(f, " (%ld skipped as unusable, %ld refused by the engine)", run->skipped, s->refused);
    fprintf(f, "\nno event    %ld of %ld records gave no event\n", s->no_event_all, s->records);

    fprintf(f, "\n%s (%ld records with a gold %s)\n", pet ? "CAMEO code" : "PLOVER type", s->scored,
            run->kind->label);
    line_ratio(f, pet ? "root agreement" : "type agreement", s->agree, s->scored, s->agreement, NULL);
    if (pet) line_ratio(f, "full-code agreement", s->agree_full, s->scored, s->agreement_full, NULL);
    line_ratio(f, "agreement when coded", s->agree, s->scored - s->no_event - s->no_code, s->agreement_on_events,
               "   (records where we gave a code)");
    fprintf(f, "  %-26s %8ld\n", "no event", s->no_event);
    fprintf(f, "  %-26s %8ld\n", pet ? "event without CAMEO code" : "event without PLOVER type", s->no_code);
    fprintf(f, "  %-26s %8ld\n", pet ? "another root" : "another type", s->wrong);
    if (pet) {
        fputs("\nother gold\n", f);
        fprintf(f, "  %-26s %8ld   (we gave no event on %ld)\n", "noevents", s->gold_none, s->gold_none_agree);
        fprintf(f, "  %-26s %8ld   (we gave no event on %ld)\n", "error (refusal expected)", s->gold_error,
                s->gold_error_agree);
        fprintf(f, "  %-26s %8ld\n", "test codes only", s->gold_test_codes);
    }
    fputs("\nactors (records whose gold names a country on that side)\n", f);
    line_ratio(f, "source = actor1 country", s->source_agree, s->source_gold, s->source_agreement, NULL);
    fprintf(f, "  %-26s %8ld\n", "  we gave no country", s->source_unknown);
    line_ratio(f, "target = actor2 country", s->target_agree, s->target_gold, s->target_agreement, NULL);
    fprintf(f, "  %-26s %8ld\n", "  we gave no country", s->target_unknown);

    fprintf(f, "\nby gold %s, most misses first (ours instead: label x times)\n", run->kind->label);
    fprintf(f, "  %-12s %6s %6s %6s %8s  %s\n", "gold", "n", "agree", "missed", "rate", "instead");
    for (int i = 0; i < s->n_rows; i++) {
        const sr_cameo_row *r = &s->rows[i];
        fprintf(f, "  %-12s %6ld %6ld %6ld %8.4f", r->gold, r->n, r->agree, r->missed, r->agreement);
        for (int k = 0; k < r->n_instead; k++)
            fprintf(f, "%s%s x%ld", k ? ", " : "  ", r->instead[k].label, r->instead[k].count);
        fputc('\n', f);
    }
    if (with_misses) {
        fputs("\ndisagreements (id, gold, ours, sentence)\n", f);
        if (!misses->len) fputs("  (none)\n", f);
        else fwrite(misses->data, 1, misses->len, f);
    }
}

static int run_eval(const cameo_kind *k, int argc, char **argv)
{
    enum { OPT_LIMIT = 256, OPT_JSON, OPT_DATA, OPT_MISSES };
    static const struct option longopts[] = {
        {"limit", required_argument, NULL, OPT_LIMIT}, {"json", no_argument, NULL, OPT_JSON},
        {"data", required_argument, NULL, OPT_DATA},   {"misses", no_argument, NULL, OPT_MISSES},
        {"help", no_argument, NULL, 'h'},              {NULL, 0, NULL, 0}};
    long limit = -1;
    bool json = false, with_misses = false;
    const char *data_dir = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_LIMIT: {
            char *end;
            limit = strtol(optarg, &end, 10);
            if (end == optarg || *end || limit < 1) {
                fprintf(stderr, "sitrep eval %s: --limit wants a count, got '%s'\n", k->name, optarg);
                return EXIT_USAGE;
            }
            break;
        }
        case OPT_JSON: json = true; break;
        case OPT_MISSES: with_misses = true; break;
        case OPT_DATA: data_dir = optarg; break;
        case 'h': usage(k, stdout); return EXIT_CODED;
        default: usage(k, stderr); return EXIT_USAGE;
        }
    }
    if (argc - optind != 1) {
        fprintf(stderr, "sitrep eval %s: %s\n", k->name, argc - optind ? "one FILE at a time" : "which FILE?");
        usage(k, stderr);
        return EXIT_USAGE;
    }
    const char *path = argv[optind];

    double t0 = now();
    char *err = NULL;
    sr_cameogold *rd = sr_cameogold_open(path, k->format, &err);
    if (!rd) {
        fprintf(stderr, "sitrep eval %s: %s\n", k->name, err ? err : "out of memory");
        free(err);
        return EXIT_IO;
    }
    sr_engine *eng = sr_cli_engine(data_dir);
    if (!eng) {
        sr_cameogold_close(rd);
        return EXIT_DATA;
    }
    sr_worker *w = NULL;
    sr_cameo_eval *ev = sr_cameo_eval_new(k->scheme);
    sr_buf misses;
    sr_buf_init(&misses, NULL);
    int rc = EXIT_CODED;
    if (sr_worker_new(eng, &w) != SR_OK || !ev) {
        fprintf(stderr, "sitrep eval %s: out of memory\n", k->name);
        rc = EXIT_IO;
    }
    long seen = 0, skipped = 0;
    while (rc == EXIT_CODED && (limit < 0 || seen < limit)) {
        sr_cameo_record rec;
        sr_cameogold_status st = sr_cameogold_next(rd, &rec);
        if (st == SR_CAMEOGOLD_END) break;
        if (st == SR_CAMEOGOLD_EBAD || st == SR_CAMEOGOLD_EIO) {
            fprintf(stderr, "sitrep eval %s: %s\n", k->name, sr_cameogold_message(rd));
            rc = st == SR_CAMEOGOLD_EBAD ? EXIT_DATA : EXIT_IO;
            break;
        }
        seen++;
        if (st == SR_CAMEOGOLD_SKIPPED) {
            fprintf(stderr, "sitrep eval %s: %s\n", k->name, sr_cameogold_message(rd));
            skipped++;
            continue;
        }
        sr_cameo_outcome o;
        sr_status s = sr_cameo_eval_record(ev, w, &rec, &o);
        if (s != SR_OK) {
            fprintf(stderr, "sitrep eval %s: record %s: %s\n", k->name, rec.id, sr_status_text(s));
            rc = EXIT_IO;
        } else if (with_misses && o.scored && !o.agree) {
            add_miss(&misses, json, &rec, &o);
        }
    }
    if (rc == EXIT_CODED && seen == 0) {
        fprintf(stderr, "sitrep eval %s: %s: no record to score\n", k->name, path);
        rc = EXIT_DATA;
    }
    if (rc == EXIT_CODED) {
        sr_cameo_summary s;
        sr_cameo_eval_summary(ev, &s);
        run_info run = {k, path, sr_engine_lexicon_version(eng), sr_engine_gazetteer(eng), skipped, now() - t0};
        if (misses.oom) {
            rc = EXIT_IO;
        } else if (json) {
            sr_buf b;
            sr_buf_init(&b, NULL);
            summary_json(&b, &run, &s, &misses, with_misses);
            if (b.oom) rc = EXIT_IO;
            else fwrite(b.data, 1, b.len, stdout);
            sr_buf_release(&b);
        } else {
            summary_report(stdout, &run, &s, &misses, with_misses);
        }
        if (rc == EXIT_IO) fprintf(stderr, "sitrep eval %s: out of memory\n", k->name);
        if (fflush(stdout) != 0 || ferror(stdout)) {
            fprintf(stderr, "sitrep eval %s: cannot write to standard output\n", k->name);
            rc = EXIT_IO;
        }
        if (rc == EXIT_CODED && skipped) rc = EXIT_SOME_ERRORS;
    }
    sr_buf_release(&misses);
    sr_cameo_eval_free(ev);
    sr_worker_free(w);
    sr_engine_free(eng);
    sr_cameogold_close(rd);
    return rc;
}

int sr_eval_plover_main(int argc, char **argv) { return run_eval(&PLOVER_KIND, argc, argv); }

int sr_eval_petrarch_main(int argc, char **argv) { return run_eval(&PETRARCH_KIND, argc, argv); }
