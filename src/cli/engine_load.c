/*
 * engine_load.c — what every subcommand shares: building the engine with a
 * clear message, and writing record lines to stdout.
 */
#include <stdlib.h>
#include <string.h>

#include "../time/timex.h"
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

bool sr_cli_check_date_lang(const char *cmd, const char *date, const char *lang)
{
    sr_date check;
    if (date && (!sr_date_parse_iso(date, &check) || check.precision != SR_PREC_DAY)) {
        fprintf(stderr, "sitrep %s: --date wants YYYY-MM-DD, got '%s'\n", cmd, date);
        return false;
    }
    if (lang && strcmp(lang, "en") && strcmp(lang, "tr")) {
        fprintf(stderr, "sitrep %s: --lang wants en or tr, got '%s'\n", cmd, lang);
        return false;
    }
    return true;
}
