/*
 * fuzz_jsonl.c — libFuzzer target for sr_jsonl_parse_line (src/io/jsonl.c).
 *
 * The input is parsed once as a whole line, then piece by piece (split at
 * '\n') with the same scratch, as the JSONL reader does.  Every outcome is
 * checked against the contract in reader.h / jsonl.c: on success the document
 * strings are readable (ASan sees every byte) and text is not NULL; on failure
 * there is a reason and the offset lies within the line.
 *
 * Seeds: fuzz/corpus/jsonl/.  Run e.g.
 *   build-fuzz/fuzz_jsonl -max_total_time=60 /tmp/new-corpus fuzz/corpus/jsonl
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "io/reader.h"

static volatile size_t sink;

static void touch(const char *s)
{
    if (s)
        sink += strlen(s);
}

static void check(sr_jsonl_scratch *s, const char *line, size_t len)
{
    sr_document doc;
    const char *reason = NULL;
    long long offset = -2;
    if (sr_jsonl_parse_line(s, line, len, &doc, &reason, &offset)) {
        if (!doc.text)
            abort();
        size_t sum = 0;
        for (size_t i = 0; i < doc.text_len; i++)
            sum += (unsigned char)doc.text[i];
        sink += sum;
        if (doc.id && !doc.id[0])
            abort(); /* an empty id is reported as none */
        touch(doc.id);
        touch(doc.date);
        touch(doc.url);
        touch(doc.source);
        touch(doc.title);
        touch(doc.lang);
    } else {
        if (!reason || !reason[0])
            abort();
        if (offset < 0 || (unsigned long long)offset > len)
            abort();
        touch(reason);
        touch(doc.id);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sr_jsonl_scratch *s = sr_jsonl_scratch_new();
    if (!s)
        return 0;
    /* An exact-size copy, so that any read past the line is caught. */
    char *line = malloc(size ? size : 1);
    if (!line) {
        sr_jsonl_scratch_free(s);
        return 0;
    }
    if (size)
        memcpy(line, data, size);
    check(s, line, size);

    size_t start = 0;
    for (size_t i = 0; i <= size; i++) {
        if (i == size || line[i] == '\n') {
            check(s, line + start, i - start);
            start = i + 1;
        }
    }
    free(line);
    sr_jsonl_scratch_free(s);
    return 0;
}
