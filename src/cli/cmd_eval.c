/*
 * cmd_eval.c — `sitrep eval <what> ...`: score the engine against a gold
 * corpus and print a report (human-readable, or one JSON object).
 *
 * Place in the pipeline: the outermost layer, beside `code` and `places`.
 * `sitrep eval` dispatches by name through EVALS below: adding an evaluation
 * is one line there plus its function, which takes the steps every
 * evaluation shares through src/cli/eval_cli.h.  Here:
 *   sitrep eval geo FILE.xml [--limit N] [--json] [--no-demonyms] [--lang L] [--data DIR]
 * reads LGL/GeoVirus XML (src/io/geoxml.h), scores each article
 * (src/eval/geo.h) and prints the summary; docs/eval.md explains the numbers.
 * `eval acled` is in cmd_eval_acled.c, `eval plover` and `eval petrarch` in
 * cmd_eval_cameo.c.
 */
#include <math.h>
#include <string.h>

#include "../eval/geo.h"
#include "../io/geoxml.h"
#include "../util/buf.h"
#include "cli.h"
#include "cmd_eval_cameo.h"
#include "eval_cli.h"

static int eval_geo(int argc, char **argv);

typedef struct eval_command {
    const char *name;
    const char *summary;
    int (*run)(int argc, char **argv);   /* argv[0] is the evaluation's name */
} eval_command;

/* One line per evaluation. */
static const eval_command EVALS[] = {
    {"geo", "toponyms found and placed, against LGL or GeoVirus XML", eval_geo},
    {"acled", "event type, fatalities, actor country and place, against ACLED CSV", sr_eval_acled_main},
    {"plover", "PLOVER event type and actors, against PLOVER-GSR JSON", sr_eval_plover_main},
    {"petrarch", "CAMEO code and actors, against PETRARCH2 unit-test XML", sr_eval_petrarch_main},
};

static void eval_usage(FILE *f)
{
    fputs("usage: sitrep eval <evaluation> [options] FILE\n"
          "\n"
          "Scores sitrep against a gold corpus and prints a report (or --json).\n"
          "\n"
          "evaluations:\n",
          f);
    for (size_t i = 0; i < sizeof EVALS / sizeof EVALS[0]; i++)
        fprintf(f, "  %-8s  %s\n", EVALS[i].name, EVALS[i].summary);
    fputs("\n`sitrep eval <evaluation> --help` for its options; docs/eval.md for the numbers.\n", f);
}

int sr_cmd_eval(int argc, char **argv)
{
    if (argc < 2) {
        eval_usage(stderr);
        return EXIT_USAGE;
    }
    const char *what = argv[1];
    if (!strcmp(what, "-h") || !strcmp(what, "--help") || !strcmp(what, "help")) {
        eval_usage(stdout);
        return EXIT_CODED;
    }
    for (size_t i = 0; i < sizeof EVALS / sizeof EVALS[0]; i++)
        if (!strcmp(what, EVALS[i].name)) return EVALS[i].run(argc - 1, argv + 1);
    fprintf(stderr, "sitrep eval: unknown evaluation '%s'\n", what);
    eval_usage(stderr);
    return EXIT_USAGE;
}

/* ---- sitrep eval geo ------------------------------------------------------------ */

static const sr_eval_cli GEO = {
    .name = "geo",
    .file = "FILE.xml",
    .about = "Runs the place finder (as `sitrep places` does) on every article of a\n"
             "geoparsing corpus in XML (LGL or GeoVirus) and scores it against the gold\n"
             "toponyms: detection precision, recall and F1 (a prediction matches a gold\n"
             "toponym when their spans overlap, one-to-one, greedy by overlap; demonyms\n"
             "such as \"Syrian\" count as toponyms, as LGL tags them), then on matched\n"
             "toponyms with gold coordinates: accuracy\n"
             "within 161 km, median and mean error in km, AUC of the log error; and the\n"
             "worst cases.  See docs/eval.md.\n",
    .unit = "articles",
    .exits = "exit: 0 scored, 1 scored but some articles were skipped (unusable gold;\n"
             "      each is named on stderr), 2 usage, 3 data: the engine's data could not\n"
             "      be loaded, or FILE is malformed XML or holds no article,\n",
};

static void json_names(sr_buf *b, const char *key, const sr_geo_name_count *c, int n)
{
    sr_json_key(b, key);
    sr_buf_putc(b, '[');
    for (int i = 0; i < n; i++) {
        if (i) sr_buf_putc(b, ',');
        sr_buf_putc(b, '{');
        sr_json_kv_str(b, "name", c[i].name);
        sr_json_kv_int(b, "count", c[i].count);
        sr_buf_putc(b, '}');
    }
    sr_buf_putc(b, ']');
}

static void geo_json(sr_buf *b, const sr_eval_run *run, const void *summary)
{
    const sr_geo_summary *s = summary;
    sr_eval_json_head(b, run, s->articles);
    sr_json_kv_int(b, "articles_uncoded", s->articles_uncoded);
    sr_json_kv_int(b, "articles_repaired", s->articles_repaired);
    sr_json_kv_double(b, "seconds", run->seconds, 3);

    sr_json_key(b, "gold");
    sr_buf_putc(b, '{');
    sr_json_kv_int(b, "toponyms", s->gold);
    sr_json_kv_int(b, "with_coords", s->gold_coords);
    sr_json_kv_int(b, "as_given", s->gold_as_given);
    sr_json_kv_int(b, "realigned", s->gold_realigned);
    sr_json_kv_int(b, "unaligned", s->gold_unaligned);
    sr_json_key(b, "realigned_by");
    sr_buf_putc(b, '{');
    for (int k = 0; k <= 2 * SR_GEO_MAX_SHIFT; k++) {
        if (!s->realigned_by[k]) continue;
        char key[8];
        snprintf(key, sizeof key, "%+d", k - SR_GEO_MAX_SHIFT);
        sr_json_kv_int(b, key, s->realigned_by[k]);
    }
    sr_buf_puts(b, "}}");

    sr_json_key(b, "detection");
    sr_buf_putc(b, '{');
    sr_json_kv_int(b, "predicted", s->predicted);
    sr_json_kv_int(b, "demonyms_excluded", s->demonyms);
    sr_json_kv_int(b, "demonyms_on_gold", s->demonyms_on_gold);
    sr_json_kv_int(b, "matched", s->matched);
    sr_json_kv_int(b, "false_positives", s->false_positives);
    sr_json_kv_int(b, "undetected", s->undetected);
    sr_json_kv_double(b, "precision", s->precision, 4);
    sr_json_kv_double(b, "recall", s->recall, 4);
    sr_json_kv_double(b, "f1", s->f1, 4);
    sr_buf_putc(b, '}');

    sr_json_key(b, "resolution");
    sr_buf_putc(b, '{');
    sr_json_kv_int(b, "pairs", s->resolved);
    sr_json_kv_int(b, "within_161km", s->within_acc);
    sr_eval_json_number(b, "accuracy_161km", s->accuracy, 4);
    sr_eval_json_number(b, "median_km", s->median_km, 1);
    sr_eval_json_number(b, "mean_km", s->mean_km, 1);
    sr_eval_json_number(b, "auc", s->auc, 4);
    sr_buf_putc(b, '}');

    sr_json_key(b, "worst");
    sr_buf_putc(b, '[');
    for (int i = 0; i < s->n_worst; i++) {
        const sr_geo_miss *m = &s->worst[i];
        if (i) sr_buf_putc(b, ',');
        sr_buf_putc(b, '{');
        sr_json_kv_str(b, "doc", m->docid);
        sr_json_kv_int(b, "count", m->count);
        sr_json_kv_str(b, "text", m->text);
        sr_json_kv_double(b, "km", m->km, 1);
        sr_json_key(b, "gold");
        sr_buf_putc(b, '{');
        sr_json_kv_str(b, "name", m->gold_name);
        sr_json_kv_double(b, "lat", m->gold_lat, 4);
        sr_json_kv_double(b, "lon", m->gold_lon, 4);
        sr_buf_putc(b, '}');
        sr_json_key(b, "ours");
        sr_buf_putc(b, '{');
        sr_json_kv_str(b, "name", m->our_name);
        sr_json_kv_str(b, "country", m->our_country);
        sr_json_kv_double(b, "lat", m->our_lat, 4);
        sr_json_kv_double(b, "lon", m->our_lon, 4);
        sr_buf_puts(b, "}}");
    }
    sr_buf_putc(b, ']');
    json_names(b, "undetected_names", s->undetected_names, s->n_undetected_names);
    json_names(b, "false_positive_names", s->false_names, s->n_false_names);
    sr_buf_puts(b, "}\n");
}

static void km_or_na(FILE *f, const char *label, double v, const char *unit)
{
    if (isfinite(v)) fprintf(f, "  %-22s %10.1f %s\n", label, v, unit);
    else fprintf(f, "  %-22s %10s\n", label, "n/a");
}

static void names_report(FILE *f, const char *title, const sr_geo_name_count *c, int n)
{
    fprintf(f, "\n%s\n", title);
    if (!n) fputs("  (none)\n", f);
    for (int i = 0; i < n; i++) fprintf(f, "  %6ld  %s\n", c[i].count, c[i].name);
}

static void geo_report(FILE *f, const sr_eval_run *run, const void *summary)
{
    const sr_geo_summary *s = summary;
    sr_eval_report_head(f, run, s->articles);
    if (run->skipped || s->articles_uncoded || s->articles_repaired)
        fprintf(f, " (%ld skipped as unusable, %ld refused by the engine, %ld repaired)", run->skipped,
                s->articles_uncoded, s->articles_repaired);
    fprintf(f, "\ngold        %ld toponyms, %ld with coordinates\n", s->gold, s->gold_coords);
    fprintf(f, "gold spans  %ld as given, %ld realigned, %ld unaligned", s->gold_as_given, s->gold_realigned,
            s->gold_unaligned);
    if (s->gold_realigned) {
        fputs(" (realigned by", f);
        const char *sep = " ";
        for (int k = 0; k <= 2 * SR_GEO_MAX_SHIFT; k++) {
            if (!s->realigned_by[k]) continue;
            fprintf(f, "%s%+d: %ld", sep, k - SR_GEO_MAX_SHIFT, s->realigned_by[k]);
            sep = ", ";
        }
        fputs(" characters)", f);
    }

    fputs("\n\ndetection (spans overlap; one-to-one, greedy by overlap)\n", f);
    fprintf(f, "  %-22s %10ld   (demonyms left out: %ld, of which %ld on a gold toponym)\n", "predicted",
            s->predicted, s->demonyms, s->demonyms_on_gold);
    fprintf(f, "  %-22s %10ld\n", "matched", s->matched);
    fprintf(f, "  %-22s %10ld\n", "false positives", s->false_positives);
    fprintf(f, "  %-22s %10ld\n", "gold never detected", s->undetected);
    fprintf(f, "  %-22s %10.4f\n", "precision", s->precision);
    fprintf(f, "  %-22s %10.4f\n", "recall", s->recall);
    fprintf(f, "  %-22s %10.4f\n", "F1", s->f1);

    fprintf(f, "\nresolution (%ld matched toponyms with gold coordinates)\n", s->resolved);
    if (isfinite(s->accuracy))
        fprintf(f, "  %-22s %10.4f   (%ld of %ld)\n", "within 161 km", s->accuracy, s->within_acc, s->resolved);
    else
        fprintf(f, "  %-22s %10s\n", "within 161 km", "n/a");
    km_or_na(f, "median error", s->median_km, "km");
    km_or_na(f, "mean error", s->mean_km, "km");
    if (isfinite(s->auc)) fprintf(f, "  %-22s %10.4f   (0 best, 1 worst)\n", "AUC of log error", s->auc);
    else fprintf(f, "  %-22s %10s\n", "AUC of log error", "n/a");

    fprintf(f, "\nlargest errors (times met, first article)\n");
    if (!s->n_worst) fputs("  (none)\n", f);
    for (int i = 0; i < s->n_worst; i++) {
        const sr_geo_miss *m = &s->worst[i];
        fprintf(f, "  %8.1f km %4ldx  %s  \"%s\": gold %s (%.4f, %.4f), ours %s%s%s (%.4f, %.4f)\n", m->km,
                m->count, m->docid, m->text, m->gold_name, m->gold_lat, m->gold_lon, m->our_name,
                *m->our_country ? ", " : "", m->our_country, m->our_lat, m->our_lon);
    }
    names_report(f, "most frequent gold toponyms never detected", s->undetected_names, s->n_undetected_names);
    names_report(f, "most frequent false positives", s->false_names, s->n_false_names);
}

static const sr_eval_read GEO_READ[] = {
    [SR_GEOXML_ARTICLE] = SR_EVAL_RECORD, [SR_GEOXML_END] = SR_EVAL_END, [SR_GEOXML_SKIPPED] = SR_EVAL_SKIPPED,
    [SR_GEOXML_EXML] = SR_EVAL_EDATA,     [SR_GEOXML_EIO] = SR_EVAL_EIO};

static int eval_geo(int argc, char **argv)
{
    static const char *const LANGS[] = {"en", "tr", NULL};
    bool no_demonyms = false;
    const char *lang = NULL;
    const sr_eval_option own[] = {
        {"no-demonyms", "leave predicted demonyms out (for corpora that do not tag\nadjectives, such as GeoVirus)",
         &no_demonyms, NULL, NULL},
        {"lang", "the articles' language (default: detected, as for `places`)", NULL, &lang, LANGS},
        {NULL, NULL, NULL, NULL, NULL}};
    sr_eval_run run;
    if (!sr_eval_parse(&run, &GEO, own, argc, argv)) return run.rc;

    char *err = NULL;
    sr_geoxml *rd = sr_geoxml_open(run.path, &err);
    if (!rd) return sr_eval_cannot_open(&run, err);
    sr_geo_eval *ev = sr_geo_eval_new();
    if (sr_eval_engine(&run) && !ev) sr_eval_stop(&run, EXIT_IO, "out of memory");
    if (ev) sr_geo_eval_skip_demonyms(ev, no_demonyms);
    while (sr_eval_more(&run)) {
        sr_geo_article a;
        sr_geoxml_status st = sr_geoxml_next(rd, &a);
        if (!sr_eval_got(&run, GEO_READ[st], sr_geoxml_message(rd))) continue;
        sr_status s = sr_geo_eval_article(ev, run.w, &a, lang);
        if (s != SR_OK) sr_eval_stop(&run, EXIT_IO, "article %s: %s", a.docid, sr_status_text(s));
    }
    if (sr_eval_scored(&run, "<article>")) {
        sr_geo_summary s;
        sr_geo_eval_summary(ev, &s);
        sr_eval_print(&run, geo_json, geo_report, &s);
    }
    sr_geo_eval_free(ev);
    sr_geoxml_close(rd);
    return sr_eval_end(&run);
}
