/*
 * fuzz_code.c — libFuzzer target for the whole coder: any bytes as a
 * document must give records (a doc record and events, or an error record),
 * each a single line of valid-looking JSON, and never crash.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sitrep.h"

static sr_engine *engine;
static sr_worker *worker;

static int check_record(void *ctx, const char *json, size_t len)
{
    int *n = ctx;
    if (len < 2 || json[0] != '{' || json[len - 1] != '}' || memchr(json, '\n', len)) abort();
    (*n)++;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!engine) {
        sr_engine_options opts = {0};
        char *err = NULL;
        if (sr_engine_new(&opts, &engine, &err) != SR_OK || sr_worker_new(engine, &worker) != SR_OK) {
            fprintf(stderr, "fuzz_code: cannot load data: %s\n", err ? err : "?");
            abort();
        }
    }
    sr_document doc = {.id = "fuzz", .text = (const char *)data, .text_len = size, .date = size % 2 ? "2021-03-18" : NULL};
    int records = 0;
    sr_status st = sr_code_document(worker, &doc, check_record, &records);
    if (records < 1 && st != SR_ENOMEM) abort(); /* every input gives at least one record */
    return 0;
}
