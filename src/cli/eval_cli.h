/*
 * eval_cli.h — what the `sitrep eval` evaluations share (cmd_eval.c for geo,
 * cmd_eval_acled.c, cmd_eval_cameo.c for plover and petrarch): the command
 * line (--limit, --json, --data, --help, an evaluation's own options, one
 * FILE) and its usage, the engine and worker a run codes with, the count of
 * records read and skipped with the messages that name them, and the
 * summary's printing: the report's and the JSON object's first lines, two
 * number formats, the write to stdout and the exit code.
 *
 * Place in the pipeline: the outermost layer.  Each evaluation opens its own
 * gold reader, scores each record with its own scorer and writes its own
 * numbers; the steps around those go through one sr_eval_run:
 *
 *   sr_eval_run run;
 *   if (!sr_eval_parse(&run, &CLI, own, argc, argv)) return run.rc;
 *   open FILE (sr_eval_cannot_open on failure), sr_eval_engine, the scorer;
 *   while (sr_eval_more(&run)) { read; if (sr_eval_got(&run, ...)) score; }
 *   if (sr_eval_scored(&run, "record")) { summary; sr_eval_print(...); }
 *   free the scorer, close FILE; return sr_eval_end(&run);
 *
 * Messages go to stderr as "sitrep eval NAME: …".  Exit codes as cli.h.
 */
#ifndef SR_EVAL_CLI_H
#define SR_EVAL_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "../util/buf.h"
#include "cli.h"

/* What an evaluation says of itself in its usage. */
typedef struct sr_eval_cli {
    const char *name;         /* "geo": `sitrep eval geo`, and the messages' "sitrep eval geo: " */
    const char *file;         /* FILE in the usage line: "FILE.xml" */
    const char *about;        /* the usage's paragraphs between its first line and the options */
    const char *unit;         /* what FILE holds, plural: "articles" (in --limit's help, the report's
                                 count line and the JSON's count members) */
    const char *exits;        /* the usage's "exit: …" paragraph up to exit code 4, which follows */
} sr_eval_cli;

/* One of an evaluation's own options.  The usage lists them after --json,
 * in table order. */
typedef struct sr_eval_option {
    const char *name;         /* "misses" for --misses; NULL ends a table */
    const char *help;         /* its description in the usage; a '\n' goes on under it */
    bool *flag;               /* an option without a value: set true when given */
    const char **value;       /* else an option with a value: set to it */
    const char *const *choices;   /* NULL, or the values it takes (NULL-terminated): the usage
                                     shows them, another value is a usage error */
} sr_eval_option;

enum { SR_EVAL_MAX_OWN = 4 };   /* own options read at the most; the rest of a table is ignored */

/* One run of an evaluation, from its command line to its exit code. */
typedef struct sr_eval_run {
    const sr_eval_cli *cli;
    const char *path;         /* FILE */
    long limit;               /* --limit N: score the first N records only; -1: all */
    bool json;                /* --json: one JSON object on stdout instead of the report */
    const char *data_dir;     /* --data DIR; NULL: $SITREP_DATA or the build's data/ */
    sr_engine *eng;           /* set by sr_eval_engine */
    sr_worker *w;
    long seen;                /* records read, the skipped ones with them */
    long skipped;             /* records skipped as unusable, each named on stderr */
    bool ended;               /* FILE has no more record */
    int rc;                   /* the exit code so far: EXIT_CODED while the run goes on */
    double t0;                /* when the run began (CLOCK_MONOTONIC, seconds) */
    double seconds;           /* how long it took: set by sr_eval_print */
} sr_eval_run;

/* Parse argv (argv[0] is the evaluation's name) into *run: --limit N (N >= 1),
 * --json, own[]'s options, --data DIR, -h/--help and one FILE; then start
 * the clock.  own may be NULL.  true when the run goes on; false when the
 * command is done with run->rc its exit code: EXIT_CODED after --help (the
 * usage on stdout), EXIT_USAGE after the reason on stderr (and the usage,
 * unless it is a bad --limit or choice). */
bool sr_eval_parse(sr_eval_run *run, const sr_eval_cli *cli, const sr_eval_option *own, int argc, char **argv);

/* Say why the run stops ("sitrep eval NAME: " and the message on stderr),
 * which ends with exit code rc. */
void sr_eval_stop(sr_eval_run *run, int rc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Name a record skipped as unusable, and count it. */
void sr_eval_skip(sr_eval_run *run, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* FILE could not be opened: says err (a reader's malloc'd message, freed
 * here; NULL: out of memory) and returns EXIT_IO. */
int sr_eval_cannot_open(sr_eval_run *run, char *err);

/* Load the engine (from --data) and make a worker.  false when the run
 * stops: EXIT_DATA (the loader's message on stderr) or EXIT_IO (out of
 * memory, said). */
bool sr_eval_engine(sr_eval_run *run);

/* What a gold reader answered for the next record. */
typedef enum sr_eval_read {
    SR_EVAL_RECORD,           /* one to score */
    SR_EVAL_END,              /* FILE has no more */
    SR_EVAL_SKIPPED,          /* an unusable one; the reader's message names it */
    SR_EVAL_EDATA,            /* FILE is malformed: the run stops with EXIT_DATA */
    SR_EVAL_EIO               /* FILE could not be read, or out of memory: EXIT_IO */
} sr_eval_read;

/* Another record is wanted: the run goes on, FILE has not ended and --limit
 * is not reached. */
bool sr_eval_more(const sr_eval_run *run);

/* Take the reader's answer (message: its message): count a record read,
 * name a skipped one, or say why the run stops.  true when there is a
 * record to score. */
bool sr_eval_got(sr_eval_run *run, sr_eval_read st, const char *message);

/* After the records: true when the run goes on to its summary; false when
 * it stopped, or read no record ("FILE: no WHAT to score", EXIT_DATA). */
bool sr_eval_scored(sr_eval_run *run, const char *what);

/* Write the summary (the evaluation's own, passed through as summary). */
typedef void sr_eval_json_fn(sr_buf *b, const sr_eval_run *run, const void *summary);
typedef void sr_eval_report_fn(FILE *f, const sr_eval_run *run, const void *summary);

/* Set run->seconds and print the summary: with --json, to_json's object
 * (built whole, then written), else to_report's report on stdout; flush
 * stdout.  run->rc becomes EXIT_IO when memory ran out or stdout could not
 * be written (said on stderr), else EXIT_SOME_ERRORS when records were
 * skipped. */
void sr_eval_print(sr_eval_run *run, sr_eval_json_fn *to_json, sr_eval_report_fn *to_report, const void *summary);

/* The report's first lines: "sitrep eval NAME: FILE", the engine, and
 * "UNIT  N scored in S s" with no newline (the caller may add to it). */
void sr_eval_report_head(FILE *f, const sr_eval_run *run, long scored);

/* The JSON object's first members: eval, file, lexicon, gazetteer, UNIT
 * (scored) and UNIT_skipped; the object stays open. */
void sr_eval_json_head(sr_buf *b, const sr_eval_run *run, long scored);

/* key: v with digits decimals, or null when v is not finite. */
void sr_eval_json_number(sr_buf *b, const char *key, double v, int digits);

/* --misses: the disagreements gathered in misses (JSON objects, comma-separated,
 * or report lines) as the JSON member "misses" (an array), or in the report
 * under title ("  (none)" when there is none).  Neither pointer may be NULL. */
void sr_eval_json_misses(sr_buf *b, const sr_buf *misses);
void sr_eval_report_misses(FILE *f, const char *title, const sr_buf *misses);

/* A report line: "  LABEL  RATE   (N of D)NOTE", the label in 26 columns
 * and the rate in 8 with 4 decimals; "n/a" and "(no row)" when rate is NaN.
 * note may be NULL. */
void sr_eval_line_rate(FILE *f, const char *label, long n, long d, double rate, const char *note);

/* Free the worker and the engine; returns run->rc. */
int sr_eval_end(sr_eval_run *run);

#endif
