/*
 * fuzz_jsonl.c — libFuzzer target for sr_jsonl_parse_line (src/io/jsonl.c).
 *
 * The input is parsed once as a whole line, then piece by piece (split at
 * '\n') with the same scratch, as the JSONL reader does.  Every outcome is
 * checked against the contract in reader.h / jsonl.c: on success the document
 * strings are readable (ASan sees every byte) and text is not NULL; on failure
 * there is a reason and the offset lies within the line.  Each line is also
 * parsed by json-c alone (a scratch set to the reference), and the two
 * outcomes must be the same in every field, reason and offset included: the
 * hand-written fast path may take a line only when it reads it as json-c
 * does.
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

static bool same_str(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

/* The fast path and json-c agree on the line. */
static void same_outcome(bool ok, const sr_document *doc, const char *reason, long long offset, sr_jsonl_scratch *ref,
                         const char *line, size_t len)
{
    sr_document rdoc;
    const char *rreason = NULL;
    long long roffset = -2;
    bool rok = sr_jsonl_parse_line(ref, line, len, &rdoc, &rreason, &roffset);
    if (ok != rok || !same_str(doc->id, rdoc.id))
        abort();
    if (!ok) {
        if (!same_str(reason, rreason) || offset != roffset)
            abort();
        return;
    }
    if (doc->text_len != rdoc.text_len || memcmp(doc->text, rdoc.text, doc->text_len) != 0 ||
        !same_str(doc->date, rdoc.date) || !same_str(doc->url, rdoc.url) || !same_str(doc->source, rdoc.source) ||
        !same_str(doc->title, rdoc.title) || !same_str(doc->lang, rdoc.lang))
        abort();
}

static void check(sr_jsonl_scratch *s, sr_jsonl_scratch *ref, const char *line, size_t len)
{
    sr_document doc;
    const char *reason = NULL;
    long long offset = -2;
    bool ok = sr_jsonl_parse_line(s, line, len, &doc, &reason, &offset);
    same_outcome(ok, &doc, reason, offset, ref, line, len);
    if (ok) {
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
    sr_jsonl_scratch *s = sr_jsonl_scratch_new(), *ref = sr_jsonl_scratch_new();
    /* An exact-size copy, so that any read past the line is caught. */
    char *line = malloc(size ? size : 1);
    if (!s || !ref || !line) {
        sr_jsonl_scratch_free(s);
        sr_jsonl_scratch_free(ref);
        free(line);
        return 0;
    }
    sr_jsonl_scratch_set_reference(ref, true);
    if (size)
        memcpy(line, data, size);
    check(s, ref, line, size);

    size_t start = 0;
    for (size_t i = 0; i <= size; i++) {
        if (i == size || line[i] == '\n') {
            check(s, ref, line + start, i - start);
            start = i + 1;
        }
    }
    free(line);
    sr_jsonl_scratch_free(s);
    sr_jsonl_scratch_free(ref);
    return 0;
}
