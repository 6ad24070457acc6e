/*
 * eval_cli.c — the steps every `sitrep eval` evaluation takes around its own
 * reader and scorer; the contract and the order of the calls are in
 * eval_cli.h.
 *
 * Place in the pipeline: the outermost layer.  The long options are built
 * per evaluation, its own between --json and --data as its usage lists them;
 * the usage's option lines are written here from the same table, so an
 * option and its help cannot part.
 */
#include "eval_cli.h"

#include <getopt.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* ---- the command line --------------------------------------------------------------- */

/* "  OPTION  HELP" with the option in 16 columns; the help's later lines under its first. */
static void option_line(FILE *f, const char *option, const char *help)
{
    fprintf(f, "  %-16s ", option);
    for (const char *p = help; *p; p++) {
        fputc(*p, f);
        if (*p == '\n') fprintf(f, "%19s", "");
    }
    fputc('\n', f);
}

/* The choices of an option, with sep between them, into out. */
static void choices(char *out, size_t size, const char *const *values, const char *sep)
{
    size_t n = 0;
    out[0] = '\0';
    for (int i = 0; values[i] && n < size; i++)
        n += (size_t)snprintf(out + n, size - n, "%s%s", i ? sep : "", values[i]);
}

static void usage(const sr_eval_cli *cli, const sr_eval_option *own, int n_own, FILE *f)
{
    fprintf(f, "usage: sitrep eval %s [options] %s\n\n%s\noptions:\n", cli->name, cli->file, cli->about);
    char text[96];
    snprintf(text, sizeof text, "score only the first N %s of the file (N >= 1)", cli->unit);
    option_line(f, "--limit N", text);
    option_line(f, "--json", "one JSON object on stdout instead of the report");
    for (int i = 0; i < n_own; i++) {
        size_t n = (size_t)snprintf(text, sizeof text, "--%s%s", own[i].name, own[i].choices ? " " : "");
        if (own[i].choices && n < sizeof text) choices(text + n, sizeof text - n, own[i].choices, "|");
        option_line(f, text, own[i].help);
    }
    option_line(f, "--data DIR", "lexicons and tables (default: $SITREP_DATA or the build's data/)");
    option_line(f, "-h, --help", "this help");
    fprintf(f, "\n%s      4 FILE could not be read, output could not be written, or out of memory\n", cli->exits);
}

/* A value of an option with choices is one of them. */
static bool chosen(const sr_eval_option *o)
{
    if (!o->choices || !*o->value) return true;
    for (int i = 0; o->choices[i]; i++)
        if (!strcmp(*o->value, o->choices[i])) return true;
    return false;
}

bool sr_eval_parse(sr_eval_run *run, const sr_eval_cli *cli, const sr_eval_option *own, int argc, char **argv)
{
    enum { OPT_LIMIT = 256, OPT_JSON, OPT_DATA, OPT_OWN };
    *run = (sr_eval_run){.cli = cli, .limit = -1, .rc = EXIT_CODED};
    struct option longopts[SR_EVAL_MAX_OWN + 5];
    int n = 0, n_own = 0;
    longopts[n++] = (struct option){"limit", required_argument, NULL, OPT_LIMIT};
    longopts[n++] = (struct option){"json", no_argument, NULL, OPT_JSON};
    for (; own && n_own < SR_EVAL_MAX_OWN && own[n_own].name; n_own++)
        longopts[n++] = (struct option){own[n_own].name, own[n_own].flag ? no_argument : required_argument, NULL,
                                        OPT_OWN + n_own};
    longopts[n++] = (struct option){"data", required_argument, NULL, OPT_DATA};
    longopts[n++] = (struct option){"help", no_argument, NULL, 'h'};
    longopts[n] = (struct option){NULL, 0, NULL, 0};

    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_LIMIT: {
            char *end;
            run->limit = strtol(optarg, &end, 10);
            if (end == optarg || *end || run->limit < 1) {
                sr_eval_stop(run, EXIT_USAGE, "--limit wants a count, got '%s'", optarg);
                return false;
            }
            break;
        }
        case OPT_JSON: run->json = true; break;
        case OPT_DATA: run->data_dir = optarg; break;
        case 'h': usage(cli, own, n_own, stdout); return false;
        default:
            if (c >= OPT_OWN && c < OPT_OWN + n_own) {
                const sr_eval_option *o = &own[c - OPT_OWN];
                if (o->flag) *o->flag = true;
                else *o->value = optarg;
                break;
            }
            usage(cli, own, n_own, stderr);
            run->rc = EXIT_USAGE;
            return false;
        }
    }
    for (int i = 0; i < n_own; i++) {
        if (chosen(&own[i])) continue;
        char wants[96];
        choices(wants, sizeof wants, own[i].choices, " or ");
        sr_eval_stop(run, EXIT_USAGE, "--%s wants %s, got '%s'", own[i].name, wants, *own[i].value);
        return false;
    }
    if (argc - optind != 1) {
        sr_eval_stop(run, EXIT_USAGE, "%s", argc - optind ? "one FILE at a time" : "which FILE?");
        usage(cli, own, n_own, stderr);
        return false;
    }
    run->path = argv[optind];
    run->t0 = now();
    return true;
}

/* ---- messages ---------------------------------------------------------------------- */

/* "sitrep eval NAME: " and the message, with a newline, on stderr. */
static void vsay(const sr_eval_run *run, const char *fmt, va_list ap)
{
    fprintf(stderr, "sitrep eval %s: ", run->cli->name);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

void sr_eval_stop(sr_eval_run *run, int rc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsay(run, fmt, ap);
    va_end(ap);
    run->rc = rc;
}

void sr_eval_skip(sr_eval_run *run, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsay(run, fmt, ap);
    va_end(ap);
    run->skipped++;
}

int sr_eval_cannot_open(sr_eval_run *run, char *err)
{
    sr_eval_stop(run, EXIT_IO, "%s", err ? err : "out of memory");
    free(err);
    return run->rc;
}

/* ---- the run ----------------------------------------------------------------------- */

bool sr_eval_engine(sr_eval_run *run)
{
    run->eng = sr_cli_engine(run->data_dir);
    if (!run->eng) run->rc = EXIT_DATA;
    else if (sr_worker_new(run->eng, &run->w) != SR_OK) sr_eval_stop(run, EXIT_IO, "out of memory");
    return run->rc == EXIT_CODED;
}

bool sr_eval_more(const sr_eval_run *run)
{
    return run->rc == EXIT_CODED && !run->ended && (run->limit < 0 || run->seen < run->limit);
}

bool sr_eval_got(sr_eval_run *run, sr_eval_read st, const char *message)
{
    if (st == SR_EVAL_END) {
        run->ended = true;
        return false;
    }
    if (st == SR_EVAL_EDATA || st == SR_EVAL_EIO) {
        sr_eval_stop(run, st == SR_EVAL_EDATA ? EXIT_DATA : EXIT_IO, "%s", message);
        return false;
    }
    run->seen++;
    if (st == SR_EVAL_SKIPPED) sr_eval_skip(run, "%s", message);
    return st == SR_EVAL_RECORD;
}

bool sr_eval_scored(sr_eval_run *run, const char *what)
{
    if (run->rc == EXIT_CODED && !run->seen) sr_eval_stop(run, EXIT_DATA, "%s: no %s to score", run->path, what);
    return run->rc == EXIT_CODED;
}

void sr_eval_print(sr_eval_run *run, sr_eval_json_fn *to_json, sr_eval_report_fn *to_report, const void *summary)
{
    run->seconds = now() - run->t0;
    if (run->json) {
        sr_buf b;
        sr_buf_init(&b, NULL);
        to_json(&b, run, summary);
        if (b.oom) sr_eval_stop(run, EXIT_IO, "out of memory");
        else fwrite(b.data, 1, b.len, stdout);
        sr_buf_release(&b);
    } else {
        to_report(stdout, run, summary);
    }
    if (fflush(stdout) != 0 || ferror(stdout)) sr_eval_stop(run, EXIT_IO, "cannot write to standard output");
    if (run->rc == EXIT_CODED && run->skipped) run->rc = EXIT_SOME_ERRORS;
}

int sr_eval_end(sr_eval_run *run)
{
    sr_worker_free(run->w);
    sr_engine_free(run->eng);
    run->w = NULL;
    run->eng = NULL;
    return run->rc;
}

/* ---- the summary's pieces ------------------------------------------------------------ */

void sr_eval_report_head(FILE *f, const sr_eval_run *run, long scored)
{
    const char *gazetteer = sr_engine_gazetteer(run->eng);
    fprintf(f, "sitrep eval %s: %s\n", run->cli->name, run->path);
    fprintf(f, "engine      sitrep %s, %s; %s%s\n\n", SITREP_VERSION, sr_engine_lexicon_version(run->eng),
            gazetteer ? "gazetteer " : "no gazetteer: the small place table alone", gazetteer ? gazetteer : "");
    fprintf(f, "%-11s %ld scored in %.2f s", run->cli->unit, scored, run->seconds);
}

void sr_eval_json_head(sr_buf *b, const sr_eval_run *run, long scored)
{
    char key[40];
    sr_buf_putc(b, '{');
    sr_json_kv_str(b, "eval", run->cli->name);
    sr_json_kv_str(b, "file", run->path);
    sr_json_kv_str(b, "lexicon", sr_engine_lexicon_version(run->eng));
    sr_json_kv_str(b, "gazetteer", sr_engine_gazetteer(run->eng));
    sr_json_kv_int(b, run->cli->unit, scored);
    snprintf(key, sizeof key, "%s_skipped", run->cli->unit);
    sr_json_kv_int(b, key, run->skipped);
}

void sr_eval_json_number(sr_buf *b, const char *key, double v, int digits)
{
    if (isfinite(v)) sr_json_kv_double(b, key, v, digits);
    else sr_json_kv_null(b, key);
}

void sr_eval_json_misses(sr_buf *b, const sr_buf *misses)
{
    sr_json_key(b, "misses");
    sr_buf_putc(b, '[');
    if (misses->len) sr_buf_append(b, misses->data, misses->len);
    sr_buf_putc(b, ']');
}

void sr_eval_report_misses(FILE *f, const char *title, const sr_buf *misses)
{
    fprintf(f, "\n%s\n", title);
    if (!misses->len) fputs("  (none)\n", f);
    else fwrite(misses->data, 1, misses->len, f);
}

void sr_eval_line_rate(FILE *f, const char *label, long n, long d, double rate, const char *note)
{
    if (isnan(rate)) fprintf(f, "  %-26s %8s   (no row)\n", label, "n/a");
    else fprintf(f, "  %-26s %8.4f   (%ld of %ld)%s\n", label, rate, n, d, note ? note : "");
}
