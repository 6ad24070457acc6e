/*
 * cmd_eval_cameo.c — `sitrep eval plover` and `sitrep eval petrarch`: code
 * every sentence of an event-coding gold file and print how often the
 * primary event's PLOVER type (or CAMEO code) and actors' countries agree
 * with the gold (a report, or one JSON object with --json).
 *
 * Place in the pipeline: the outermost layer, beside `sitrep eval geo`
 * (cmd_eval.c dispatches here).  The gold is read by src/io/cameogold.h,
 * scored by src/eval/cameo.h; the command line, the engine and the printing
 * are the steps every evaluation shares (eval_cli.h); docs/eval.md explains
 * the numbers.  One driver serves both evaluations; a small table says what
 * differs.
 */
#include "cmd_eval_cameo.h"

#include "../eval/cameo.h"
#include "../io/cameogold.h"
#include "../util/buf.h"
#include "cli.h"
#include "eval_cli.h"

/* What differs between the two evaluations. */
typedef struct cameo_kind {
    sr_eval_cli cli;                /* name "plover" or "petrarch", the usage */
    sr_cameogold_format format;
    sr_cameo_scheme scheme;
    const char *label;              /* what is compared: "PLOVER type", "CAMEO root" */
} cameo_kind;

static const char EXITS[] = "exit: 0 scored, 1 scored but some records were skipped (unusable gold;\n"
                            "      each is named on stderr), 2 usage, 3 data: the engine's data could not\n"
                            "      be loaded, or FILE is malformed or holds no record,\n";

static const cameo_kind PLOVER_KIND = {
    .cli = {.name = "plover",
            .file = "FILE.json",
            .about = "Codes every sentence (\"text\") of a PLOVER gold-standard file (a JSON array\n"
                     "of records, as PLOVER-GSR) as one document and compares the primary event\n"
                     "(the most confident one) with the record: its PLOVER type against \"event\",\n"
                     "actor1's country against the \"source\" actors' and actor2's against the\n"
                     "\"target\" actors' (a CAMEO code's first three letters, when they are an ISO\n"
                     "country code).  No event counts as disagreement, reported apart.\n"
                     "\nSee docs/eval.md.\n",
            .unit = "records",
            .exits = EXITS},
    .format = SR_CAMEOGOLD_PLOVER,
    .scheme = SR_CAMEO_PLOVER,
    .label = "PLOVER type",
};

static const cameo_kind PETRARCH_KIND = {
    .cli = {.name = "petrarch",
            .file = "FILE.xml",
            .about = "Codes every <Sentence> of PETRARCH2's unit-test records (XML) as one document\n"
                     "and compares the primary event with the sentence's <EventCoding>s: the CAMEO\n"
                     "root code (first two digits) against any coding's root, the full code, and\n"
                     "actor1's and actor2's countries against the codings' source and target codes.\n"
                     "Sentences whose gold is \"noevents\" or \"error\", or only PETRARCH's test codes\n"
                     "(no CAMEO root 01-20: 9xx, 802...), are counted apart.  Most of its actors\n"
                     "are made-up states (Arnor, Gondor): they have no country and are left out\n"
                     "of the actor agreement.\n"
                     "\nSee docs/eval.md.\n",
            .unit = "records",
            .exits = EXITS},
    .format = SR_CAMEOGOLD_PETRARCH,
    .scheme = SR_CAMEO_PETRARCH,
    .label = "CAMEO root",
};

/* The summary as sr_eval_print hands it to summary_json and summary_report. */
typedef struct cameo_result {
    const cameo_kind *kind;
    const sr_cameo_summary *s;
    const sr_buf *misses;           /* the disagreements: JSON objects or report lines */
    bool with_misses;               /* --misses */
} cameo_result;

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

static void summary_json(sr_buf *b, const sr_eval_run *run, const void *summary)
{
    const cameo_result *res = summary;
    const sr_cameo_summary *s = res->s;
    bool pet = s->scheme == SR_CAMEO_PETRARCH;
    sr_eval_json_head(b, run, s->records);
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
    if (res->with_misses) sr_eval_json_misses(b, res->misses);
    sr_buf_puts(b, "}\n");
}

static void summary_report(FILE *f, const sr_eval_run *run, const void *summary)
{
    const cameo_result *res = summary;
    const sr_cameo_summary *s = res->s;
    bool pet = s->scheme == SR_CAMEO_PETRARCH;
    sr_eval_report_head(f, run, s->records);
    if (run->skipped || s->refused)
        fprintf(f, " (%ld skipped as unusable, %ld refused by the engine)", run->skipped, s->refused);
    fprintf(f, "\nno event    %ld of %ld records gave no event\n", s->no_event_all, s->records);

    fprintf(f, "\n%s (%ld records with a gold %s)\n", pet ? "CAMEO code" : "PLOVER type", s->scored,
            res->kind->label);
    sr_eval_line_rate(f, pet ? "root agreement" : "type agreement", s->agree, s->scored, s->agreement, NULL);
    if (pet) sr_eval_line_rate(f, "full-code agreement", s->agree_full, s->scored, s->agreement_full, NULL);
    sr_eval_line_rate(f, "agreement when coded", s->agree, s->scored - s->no_event - s->no_code,
                      s->agreement_on_events, "   (records where we gave a code)");
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
    sr_eval_line_rate(f, "source = actor1 country", s->source_agree, s->source_gold, s->source_agreement, NULL);
    fprintf(f, "  %-26s %8ld\n", "  we gave no country", s->source_unknown);
    sr_eval_line_rate(f, "target = actor2 country", s->target_agree, s->target_gold, s->target_agreement, NULL);
    fprintf(f, "  %-26s %8ld\n", "  we gave no country", s->target_unknown);

    fprintf(f, "\nby gold %s, most misses first (ours instead: label x times)\n", res->kind->label);
    fprintf(f, "  %-12s %6s %6s %6s %8s  %s\n", "gold", "n", "agree", "missed", "rate", "instead");
    for (int i = 0; i < s->n_rows; i++) {
        const sr_cameo_row *r = &s->rows[i];
        fprintf(f, "  %-12s %6ld %6ld %6ld %8.4f", r->gold, r->n, r->agree, r->missed, r->agreement);
        for (int k = 0; k < r->n_instead; k++)
            fprintf(f, "%s%s x%ld", k ? ", " : "  ", r->instead[k].label, r->instead[k].count);
        fputc('\n', f);
    }
    if (res->with_misses)
        sr_eval_report_misses(f, "disagreements (id, gold, ours, sentence)", res->misses);
}

static const sr_eval_read GOLD_READ[] = {
    [SR_CAMEOGOLD_RECORD] = SR_EVAL_RECORD, [SR_CAMEOGOLD_END] = SR_EVAL_END,
    [SR_CAMEOGOLD_SKIPPED] = SR_EVAL_SKIPPED, [SR_CAMEOGOLD_EBAD] = SR_EVAL_EDATA,
    [SR_CAMEOGOLD_EIO] = SR_EVAL_EIO};

static int run_eval(const cameo_kind *k, int argc, char **argv)
{
    bool with_misses = false;
    const sr_eval_option own[] = {
        {"misses", "also list every disagreement (id, gold, ours, sentence)", &with_misses, NULL, NULL},
        {NULL, NULL, NULL, NULL, NULL}};
    sr_eval_run run;
    if (!sr_eval_parse(&run, &k->cli, own, argc, argv)) return run.rc;

    char *err = NULL;
    sr_cameogold *rd = sr_cameogold_open(run.path, k->format, &err);
    if (!rd) return sr_eval_cannot_open(&run, err);
    sr_cameo_eval *ev = sr_cameo_eval_new(k->scheme);
    if (sr_eval_engine(&run) && !ev) sr_eval_stop(&run, EXIT_IO, "out of memory");
    sr_buf misses;
    sr_buf_init(&misses, NULL);
    while (sr_eval_more(&run)) {
        sr_cameo_record rec;
        sr_cameogold_status st = sr_cameogold_next(rd, &rec);
        if (!sr_eval_got(&run, GOLD_READ[st], sr_cameogold_message(rd))) continue;
        sr_cameo_outcome o;
        sr_status s = sr_cameo_eval_record(ev, run.w, &rec, &o);
        if (s != SR_OK) sr_eval_stop(&run, EXIT_IO, "record %s: %s", rec.id, sr_status_text(s));
        else if (with_misses && o.scored && !o.agree) add_miss(&misses, run.json, &rec, &o);
    }
    if (sr_eval_scored(&run, "record")) {
        sr_cameo_summary s;
        sr_cameo_eval_summary(ev, &s);
        cameo_result res = {k, &s, &misses, with_misses};
        if (misses.oom) sr_eval_stop(&run, EXIT_IO, "out of memory");
        else sr_eval_print(&run, summary_json, summary_report, &res);
    }
    sr_buf_release(&misses);
    sr_cameo_eval_free(ev);
    sr_cameogold_close(rd);
    return sr_eval_end(&run);
}

int sr_eval_plover_main(int argc, char **argv) { return run_eval(&PLOVER_KIND, argc, argv); }

int sr_eval_petrarch_main(int argc, char **argv) { return run_eval(&PETRARCH_KIND, argc, argv); }
