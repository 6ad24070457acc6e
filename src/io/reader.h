/*
 * reader.h — input readers: plain-text files (one document each) and JSONL
 * streams (one document per line).
 *
 * Place in the pipeline: [input] -> doc -> text.  A reader hands out one item
 * at a time: either a document to code or an error naming the input, the
 * record (line) and the byte offset, so that the caller can emit an error
 * record and carry on with the next one.  Memory is bounded by the largest
 * single record: a JSONL stream of any length is read line by line.
 */
#ifndef SR_READER_H
#define SR_READER_H

#include <stdbool.h>
#include <stdio.h>
#include "sitrep.h"

typedef struct sr_reader sr_reader;

typedef enum sr_read_kind {
    SR_READ_DOC = 0,    /* item->doc is a document to code */
    SR_READ_ERROR,      /* item->error_* describe a record that could not be read; go on */
    SR_READ_END,        /* no more input */
    SR_READ_FATAL       /* reading cannot go on (memory, I/O error); error_* say why */
} sr_read_kind;

typedef struct sr_read_item {
    sr_read_kind kind;
    sr_document doc;              /* SR_READ_DOC: strings owned by the reader, valid until the next call */
    const char *error_where;      /* input name ("<stdin>" for stdin) */
    long error_record;            /* 1-based line (JSONL) or 0 for a whole file */
    long long error_offset;       /* byte offset in that input of the problem, -1 unknown */
    const char *error_reason;     /* human-readable reason */
    const char *error_doc_id;     /* the record's id when it could be read, else NULL */
} sr_read_item;

/* A reader over plain-text files: each path is one document whose id is the
 * path as given ("-" = standard input, id "stdin").  paths is borrowed and
 * must outlive the reader; n_paths 0 means standard input.  NULL on OOM. */
sr_reader *sr_reader_new_text(const char *const *paths, int n_paths);

/* A reader over JSONL files (each line an object with string fields "id",
 * "text" and optional "date", "url", "source", "title", "lang"); same path
 * conventions.  Blank lines are skipped.  A line that is not a JSON object, lacks
 * "text", or has a non-string field gives an SR_READ_ERROR item; a missing "id"
 * becomes "<input>:<line>".  NULL on OOM. */
sr_reader *sr_reader_new_jsonl(const char *const *paths, int n_paths);

/* Next item.  Never returns NULL pointers in the fields its kind defines. */
void sr_reader_next(sr_reader *reader, sr_read_item *item);

/* Bytes consumed so far across all inputs, and the total size when every input
 * is a regular file (else -1): for progress lines. */
long long sr_reader_bytes_read(const sr_reader *reader);
long long sr_reader_bytes_total(const sr_reader *reader);

void sr_reader_free(sr_reader *reader);

/* Parse one JSONL line (bytes [0, len), no newline) into a document.  For the
 * fuzzer and the reader itself.  On success returns true and fills doc with
 * pointers into storage owned by *scratch (kept until the next call or
 * sr_jsonl_scratch_free).  On failure returns false and sets *reason (static
 * or scratch-owned string) and *offset (byte offset in the line). */
typedef struct sr_jsonl_scratch sr_jsonl_scratch;
sr_jsonl_scratch *sr_jsonl_scratch_new(void);
void sr_jsonl_scratch_free(sr_jsonl_scratch *scratch);
/* With on, the scratch parses every line with json-c alone, without the
 * hand-written fast path (see jsonl.c): the reference the fuzzer and the tests
 * hold the fast path to.  Both give the same result for every line. */
void sr_jsonl_scratch_set_reference(sr_jsonl_scratch *scratch, bool on);
bool sr_jsonl_parse_line(sr_jsonl_scratch *scratch, const char *line, size_t len, sr_document *doc,
                         const char **reason, long long *offset);

#endif
