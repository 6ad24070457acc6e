/*
 * sitrep.h — the one public header of libsitrep.
 *
 * libsitrep turns reports of armed conflict (news articles, wires, statements and
 * the social-media posts quoted in them) into JSON records: one `doc` record per
 * document, then its `event` records, and `error` records for input it could not
 * read.  The data flow is one direction:
 *
 *     input -> doc -> text -> match -> extract -> resolve -> output
 *
 * Two handles carry all state.  An sr_engine holds everything read-only
 * (lexicons, place table, taxonomy); it is built once and may be shared by any
 * number of threads.  An sr_worker is one thread's work area (an arena that is
 * reset per document, stemmers, scratch buffers); never share a worker between
 * threads.  There is no global mutable state.
 *
 * Conventions: every function returns an sr_status; error text, when asked for,
 * comes back through an optional `char **errmsg` out-parameter that the caller
 * frees with free().  Every _free(NULL) is a no-op.  Library code never exits
 * or aborts on bad input.
 */
#ifndef SITREP_H
#define SITREP_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SITREP_VERSION "0.1.0"

typedef enum sr_status {
    SR_OK = 0,
    SR_ENOMEM = 1,   /* an allocation failed; nothing was emitted half-way */
    SR_EIO = 2,      /* a file could not be read */
    SR_EDATA = 3,    /* a lexicon or table file is malformed */
    SR_EINPUT = 4,   /* the input document could not be coded (see its error record) */
    SR_EARG = 5      /* a caller passed an invalid argument */
} sr_status;

/* Text of a status code; static storage, never NULL. */
const char *sr_status_text(sr_status status);

/* Pluggable allocator, so tests can fail the Nth allocation.  All three
 * functions follow the C library's contracts.  NULL members are not allowed. */
typedef struct sr_allocator {
    void *(*malloc_fn)(void *ctx, size_t size);
    void *(*realloc_fn)(void *ctx, void *ptr, size_t size);
    void (*free_fn)(void *ctx, void *ptr);
    void *ctx;
} sr_allocator;

typedef struct sr_engine sr_engine;
typedef struct sr_worker sr_worker;

/* Options for building an engine.  Zero-initialise, then set what you need. */
typedef struct sr_engine_options {
    const char *data_dir;            /* directory holding lexicon/ and places.tsv; NULL = built-in default */
    const char *gazetteer;           /* the compiled GeoNames gazetteer; NULL = $SITREP_GAZETTEER or the
                                        build's build/gazetteer.bin; "" = none (the small place table only) */
    const sr_allocator *allocator;   /* NULL = the C library's malloc */
    size_t max_document_bytes;       /* a longer text gets an error record, not coding (coding takes about
                                        80 bytes of memory per byte of one document); 0 = SR_MAX_DOCUMENT_BYTES */
} sr_engine_options;

#define SR_MAX_DOCUMENT_BYTES ((size_t)16 << 20)

/* Load and compile every lexicon and table under opts->data_dir.
 * On success *out owns a new engine (free with sr_engine_free).  On failure *out
 * is NULL and, when errmsg is non-NULL, *errmsg is a malloc'd message naming the
 * file, line and reason (caller frees). */
sr_status sr_engine_new(const sr_engine_options *opts, sr_engine **out, char **errmsg);
void sr_engine_free(sr_engine *engine);

/* Version string of the loaded lexicons (part of every record id).  Owned by the
 * engine; valid until sr_engine_free. */
const char *sr_engine_lexicon_version(const sr_engine *engine);

/* What the engine geocodes with: the gazetteer's sources and versions, or
 * NULL when it runs on the small place table alone.  Owned by the engine. */
const char *sr_engine_gazetteer(const sr_engine *engine);

/* A worker borrows the engine, which must outlive it. */
sr_status sr_worker_new(const sr_engine *engine, sr_worker **out);
void sr_worker_free(sr_worker *worker);

/* One input document.  All strings are borrowed for the duration of the call;
 * only id and text are required (text need not be NUL-terminated, and need not
 * be valid UTF-8: bad bytes are repaired and reported). */
typedef struct sr_document {
    const char *id;
    const char *text;
    size_t text_len;
    const char *date;       /* "YYYY-MM-DD" given by the caller, or NULL to infer from the text */
    const char *url;        /* optional */
    const char *source;     /* optional: publisher name */
    const char *title;      /* optional */
    const char *lang;       /* optional hint: "en" or "tr" */
    const char *input_name; /* file name or "<stdin>", for error records; optional */
    long record_no;         /* 1-based record (line) number in that input, 0 if not applicable */
} sr_document;

/* Receives each output record as one line of JSON (no trailing newline,
 * NUL-terminated, valid until the callback returns).  Return 0 to go on,
 * non-zero to stop coding (sr_code_document then returns SR_EIO). */
typedef int (*sr_emit_fn)(void *ctx, const char *json, size_t len);

/* Code one document: emits its doc record, then its event records, or an error
 * record when the document cannot be coded at all (binary data, empty text).
 * Returns SR_OK when records were emitted (even an error record), SR_ENOMEM when
 * memory ran out (an error record is still attempted), SR_EARG on NULL args. */
sr_status sr_code_document(sr_worker *worker, const sr_document *doc, sr_emit_fn emit, void *ctx);

/* Find and resolve every place the document names: emits a doc record, then
 * one place record per mention (docs/records.md), or an error record.
 * Statuses as for sr_code_document. */
sr_status sr_find_places(sr_worker *worker, const sr_document *doc, sr_emit_fn emit, void *ctx);

/* Emit an error record for input that never became a document (an unreadable
 * file, a malformed JSONL line).  `where` names the input, record_no is 1-based
 * (0 = whole input), offset is a byte offset in that input (-1 = unknown). */
sr_status sr_emit_error(const char *where, long record_no, long long offset, const char *doc_id,
                        const char *reason, sr_emit_fn emit, void *ctx);

#ifdef __cplusplus
}
#endif
#endif
