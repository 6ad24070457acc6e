/*
 * body.h — the body of POST /api/documents, read as documents.
 *
 * Place in the pipeline: [serve] -> input -> doc: the server's door into
 * ingest.  A body is either one plain-text document (text/plain, UTF-8; its
 * metadata from the query string) or JSON lines (application/x-ndjson or
 * application/jsonl), one document per line as `sitrep code --jsonl` reads
 * them.  The body is held whole (the server has bounded its size); items are
 * handed out one at a time, a document or an error naming the line and the
 * byte offset, as the file reader does.  A document without an id gets
 * "post-" + 16 hex digits of a hash of its text, so posting the same text
 * twice names the same document (and the store changes nothing the second
 * time).
 */
#ifndef SR_SERVE_BODY_H
#define SR_SERVE_BODY_H

#include <stdbool.h>
#include <stddef.h>
#include "io/reader.h"
#include "serve/query.h"

typedef enum sr_body_kind { SR_BODY_TEXT = 0, SR_BODY_JSONL } sr_body_kind;

/* The kind of body a Content-Type names: text/plain (charset absent or
 * utf-8/us-ascii), application/x-ndjson, application/jsonl.  Case-insensitive,
 * parameters after ';' allowed.  false for anything else (and for NULL). */
bool sr_body_kind_of(const char *content_type, sr_body_kind *out);

typedef struct sr_body {
    sr_body_kind kind;
    const char *data;            /* borrowed; must outlive the reader */
    size_t len, pos;
    long line;                   /* 1-based number of the last line read (JSONL) */
    long items;                  /* items handed out so far */
    const sr_doc_query *meta;    /* borrowed: text/plain metadata */
    sr_jsonl_scratch *scratch;   /* JSONL parsing, owned */
    char id[24];                 /* a default id, "post-…" */
} sr_body;

typedef struct sr_body_item {
    bool is_doc;
    sr_document doc;             /* is_doc: strings borrowed from the body, meta or scratch, valid until the next call */
    long record;                 /* 1-based line (JSONL), 0 for a text body */
    long long offset;            /* !is_doc: byte offset in the body of the problem */
    const char *reason;          /* !is_doc: why (static or scratch-owned) */
} sr_body_item;

/* Start reading data[0..len) as kind.  meta (text/plain only; may be NULL)
 * gives id, date, url, source, title and lang.  Returns false when memory
 * runs out (then nothing needs releasing). */
bool sr_body_init(sr_body *body, sr_body_kind kind, const char *data, size_t len, const sr_doc_query *meta);

/* Next item: true with *item filled, false at the end.  A text body yields
 * exactly one item (an error for an empty body); a JSONL body one per
 * non-blank line, and an error item when it holds no line at all. */
bool sr_body_next(sr_body *body, sr_body_item *item);

/* Release what the reader owns; the body itself is the caller's. */
void sr_body_release(sr_body *body);

#endif
