/*
 * engine_load.c — what every subcommand shares: building the engine with a
 * clear message, and writing record lines to stdout.
 */
#include <stdlib.h>

#include "cli.h"

sr_engine *sr_cli_engine(const char *data_dir) { return sr_cli_engine_with(data_dir, 0); }

sr_engine *sr_cli_engine_with(const char *data_dir, size_t max_document_bytes)
{
    sr_engine_options opts = {.data_dir = data_dir, .max_document_bytes = max_document_bytes};
    sr_engine *eng = NULL;
    char *err = NULL;
    sr_status st = sr_engine_new(&opts, &eng, &err);
    if (st != SR_OK) {
        fprintf(stderr, "sitrep: cannot load data: %s\n", err ? err : sr_status_text(st));
        free(err);
        return NULL;
    }
    return eng;
}

int sr_cli_emit_line(void *file, const char *json, size_t len)
{
    FILE *f = file;
    if (fwrite(json, 1, len, f) != len || fputc('\n', f) == EOF) return -1;
    return 0;
}
