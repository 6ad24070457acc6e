/*
 * record.h — writing doc, event and error records as single JSON lines in
 * the record contract of docs/records.md (DESIGN.md's event record).
 *
 * Place in the pipeline: merge -> [output].  Writers append to an sr_buf;
 * the caller hands the finished line to the emit callback.
 */
#ifndef SR_RECORD_H
#define SR_RECORD_H

#include "../code/event.h"
#include "../text/text.h"
#include "../util/buf.h"
#include "sitrep.h"

typedef struct sr_doc_meta {
    const sr_document *doc;
    sr_date date;
    const char *date_source;    /* "given", "posts", "text", … ; NULL = none found */
    const char *date_note;      /* e.g. why a given date was not used; NULL */
    const char *lexicon_version;
} sr_doc_meta;

/* The doc record of an analysed document (text may be NULL when the text
 * could not be analysed, with n_events 0). */
void sr_record_doc(sr_buf *b, const sr_doc_meta *meta, const sr_text *text, int n_events);

/* One event record. */
void sr_record_event(sr_buf *b, const sr_doc_meta *meta, const sr_text *text, const sr_event *e);

struct sr_place_mention;

/* The doc record of `sitrep places`: id, date, language, and the number of places. */
void sr_record_places_doc(sr_buf *b, const sr_doc_meta *meta, const sr_text *text, int n_places);

/* One place record. */
void sr_record_place(sr_buf *b, const char *doc_id, const sr_text *text, const struct sr_place_mention *m);

/* An error record. where/doc_id may be NULL; offset < 0 and record_no <= 0 are written as null. */
void sr_record_error(sr_buf *b, const char *where, long record_no, long long offset, const char *doc_id,
                     const char *reason);

/* A JSON string of s[0..len), byte for byte as sr_json_str writes it (NULL
 * writes null), in one pass: the record writers' own, public for the test
 * that holds it to sr_json_str. */
void sr_record_json_str(sr_buf *b, const char *s, size_t len);

/* The deterministic id of an event: a hash of the document id, its first
 * evidence span and the lexicon version, as "ev-" + 16 hex digits. */
void sr_event_id(const char *doc_id, const sr_event *e, const char *lexicon_version, char out[20]);

#endif
