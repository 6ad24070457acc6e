/*
 * cmd_eval_cameo.h — `sitrep eval plover` and `sitrep eval petrarch`: the
 * engine's event types against PLOVER-GSR and its CAMEO codes against
 * PETRARCH2's unit-test records (src/eval/cameo.h, docs/eval.md).
 *
 * Place in the pipeline: the outermost layer; cmd_eval.c dispatches here.
 */
#ifndef SR_CMD_EVAL_CAMEO_H
#define SR_CMD_EVAL_CAMEO_H

/* `sitrep eval plover [--json] [--limit N] [--misses] [--data DIR] FILE` and
 * the same for petrarch: argv[0] is the evaluation's name.  Exit codes as cli.h:
 * 0 scored; 1 scored but some records were skipped as unusable; 2 usage;
 * 3 the engine's data could not be loaded, or FILE is malformed or holds no
 * record; 4 FILE could not be read, output could not be written, or out of
 * memory. */
int sr_eval_plover_main(int argc, char **argv);
int sr_eval_petrarch_main(int argc, char **argv);

#endif
