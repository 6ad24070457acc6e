/*
 * cli.h — the `sitrep` command's subcommands and what they share.
 *
 * Place in the pipeline: the outermost layer.  Each subcommand parses its own
 * options, builds an engine, and drives readers and writers; library code
 * never prints or exits, the CLI does both.
 *
 * Exit codes (docs/sitrep.md): 0 every input coded; 1 some inputs gave error
 * records; 2 usage error; 3 the data (lexicons, tables) could not be loaded;
 * 4 output could not be written or input could not be read at all.
 */
#ifndef SR_CLI_H
#define SR_CLI_H

#include <stdbool.h>
#include <stdio.h>
#include "sitrep.h"

enum { EXIT_CODED = 0, EXIT_SOME_ERRORS = 1, EXIT_USAGE = 2, EXIT_DATA = 3, EXIT_IO = 4 };

/* `sitrep code` and `sitrep places`: argv[0] is the command's name. */
int sr_cmd_code(int argc, char **argv);
int sr_cmd_places(int argc, char **argv);

/* `sitrep classify`: argv[0] is "classify". */
int sr_cmd_classify(int argc, char **argv);
/* `sitrep eval <evaluation> ...`: argv[0] is "eval"; see cmd_eval.c. */
int sr_cmd_eval(int argc, char **argv);
int sr_eval_acled_main(int argc, char **argv);   /* `sitrep eval acled`: argv[0] is "acled" */
/* `sitrep kafka`: argv[0] is "kafka"; a consumer-group member (cmd_kafka.c). */
int sr_cmd_kafka(int argc, char **argv);

/* Build an engine from data_dir (NULL: $SITREP_DATA or the built-in path),
 * printing the loader's message to stderr on failure.  NULL on failure. */
sr_engine *sr_cli_engine(const char *data_dir);
/* The same with a document size limit (0 = the library's default). */
sr_engine *sr_cli_engine_with(const char *data_dir, size_t max_document_bytes);

/* Check the --date and --lang values every document-reading command takes
 * (either may be NULL: not given).  false, with a message naming cmd on
 * stderr, when one is malformed. */
bool sr_cli_check_date_lang(const char *cmd, const char *date, const char *lang);

/* Writes one record line to a FILE* (the emit callback for stdout). */
int sr_cli_emit_line(void *file, const char *json, size_t len);

#endif
