/*
 * cameogold.h — readers for two gold standards of event coding: the PLOVER
 * "gold standard records" (PLOVER-GSR, a JSON array) and PETRARCH2's unit
 * test records (XML), which `sitrep eval plover` and `sitrep eval petrarch`
 * score the engine's PLOVER type, CAMEO code and actors against.
 *
 * Place in the pipeline: beside [input], for evaluation only; the scorer is
 * src/eval/cameo.h.  Both formats come out as the same sr_cameo_record: one
 * sentence with its gold codings (docs/eval.md describes both files).
 *
 *   PLOVER    [ {"id", "event" (the PLOVER type), "text" (the sentence),
 *                "eventText" (the trigger words, not read), "date",
 *                "language", "source": [{"actorText", "code", "sector"}…],
 *                "target": [ … ], …}, … ]
 *             The whole array is parsed at once (json-c; the real file is
 *             300 KB).  One record, one coding.  Entries whose "event" is
 *             "DOCUMENT" are the file's own documentation: passed over, not
 *             returned and not counted as skipped.
 *   PETRARCH  <Validation>…<Sentences><Sentence id date category sentence>
 *               <EventCoding sourcecode targetcode eventcode/>…
 *               | <EventCoding noevents="True"/> | <EventCoding error="…"/>
 *               <Text>…</Text> <Parse>…</Parse> </Sentence>…
 *             Streamed with libxml2's xmlTextReader (one sentence in memory).
 *             Several codings per sentence.  <Parse>, <Config> and comments
 *             are ignored.
 *
 * Actor codes.  A gold actor keeps its CAMEO code as written ("RUSGOV",
 * "---GOV", "IGO", "ARN"); its country is the code's first three letters
 * when they are an ISO 3166-1 alpha-3 code (the codes sitrep's actors carry,
 * with XKX for Kosovo), else none: "---" and "###" (unknown), an empty code,
 * CAMEO's transnational codes (IGO, NGO, NGM, MNC, IMG, UIS…), the made-up
 * states of PETRARCH's tests (ARN Arnor, GON Gondor, HOB, OSG…) and slips in
 * the gold (JAP for JPN, ITL for ITA, VTN for VNM) all have no country.  Two
 * made-up states of PETRARCH collide with real codes and keep them: ERI
 * (Eriador; Eritrea) and FRO (Frodo; the Faroe Islands).
 *
 * Texts.  PLOVER's "text" is taken as it is.  PETRARCH's <Text> is wrapped
 * over several lines: every run of white space becomes one space and the
 * ends are trimmed.  Dates come out as "YYYY-MM-DD" when the file gives a
 * valid one (PLOVER "2000-01-01", PETRARCH "19950101"), else NULL.
 *
 * Unusable records are skipped (SR_CAMEOGOLD_SKIPPED, with a message naming
 * the file and the record): no sentence text or an empty one; a PLOVER
 * record that is not an object or lacks a string "event"; a PETRARCH
 * sentence with a coding that has no eventcode (and is neither noevents nor
 * error), with two <Text>, or nested in another.  A PETRARCH sentence with
 * no <EventCoding> at all expects no event, as PETRARCH's validation reads
 * it (the real file has one: PATTERN-06), exactly as noevents="True".
 * A "source"/"target" that is not an array (PLOVER writes "" for none, once
 * "diplomatic") gives no actors; array members that are not objects, and
 * "code"s that are not strings, count as actors without a code.
 *
 * Safety: libxml2 gets XML_PARSE_NONET and nothing that loads a DTD or
 * expands entities (as src/io/geoxml.h); json-c parses strictly with a
 * nesting limit of 64.  Errors never go to stderr: they come back as
 * messages (file:line:column for XML, file:line for JSON).
 */
#ifndef SR_CAMEOGOLD_H
#define SR_CAMEOGOLD_H

#include <stdbool.h>
#include <stddef.h>

typedef enum sr_cameogold_format {
    SR_CAMEOGOLD_PLOVER = 0,  /* the PLOVER-GSR JSON array */
    SR_CAMEOGOLD_PETRARCH     /* PETRARCH2 unit-test XML */
} sr_cameogold_format;

typedef struct sr_cameogold sr_cameogold;

/* One gold actor.  Strings belong to the reader (valid until the next call). */
typedef struct sr_cameo_actor {
    const char *text;         /* PLOVER "actorText"; NULL when absent (always, for PETRARCH) */
    const char *code;         /* the CAMEO actor code as written, trimmed; "" when absent */
    char country[4];          /* ISO 3166-1 alpha-3 by the rule above, or "" */
} sr_cameo_actor;

/* One gold coding: an event with its sources and targets. */
typedef struct sr_cameo_coding {
    const char *event;        /* PLOVER: the type ("AGREE"); PETRARCH: the CAMEO code ("064"); trimmed,
                                 never NULL or empty */
    const sr_cameo_actor *sources;
    int n_sources;            /* PLOVER: 0 or more; PETRARCH: 0 (no sourcecode attribute) or 1 */
    const sr_cameo_actor *targets;
    int n_targets;
} sr_cameo_coding;

/* One gold sentence.  Everything belongs to the reader (valid until the next call). */
typedef struct sr_cameo_record {
    const char *id;           /* the record's id, else "#N" with N = ordinal */
    long ordinal;             /* 1-based position among the file's records (skipped ones count,
                                 PLOVER's DOCUMENT entries do not) */
    long line;                /* PETRARCH: line of <Sentence>; PLOVER: 0 (json-c keeps no positions) */
    const char *text;         /* the sentence, UTF-8, NUL-terminated, non-empty */
    size_t text_len;          /* bytes */
    const char *date;         /* "YYYY-MM-DD" or NULL */
    const char *lang;         /* PLOVER "language" ("en"); NULL when absent (always, for PETRARCH) */
    const char *category;     /* PETRARCH category ("DEMO", "VERB"…); NULL for PLOVER */
    bool disabled;            /* PETRARCH sentence="false": a feature PETRARCH does not implement;
                                 the gold coding still stands */
    const sr_cameo_coding *codings;   /* in file order; n_codings >= 1 unless no_events or error */
    int n_codings;
    bool no_events;           /* PETRARCH <EventCoding noevents="True">, or no <EventCoding>: the
                                 gold is "no event" (then n_codings is 0) */
    const char *error;        /* PETRARCH <EventCoding error="…">: the gold expects the coder to
                                 refuse the sentence (then n_codings is 0); NULL otherwise */
} sr_cameo_record;

typedef enum sr_cameogold_status {
    SR_CAMEOGOLD_RECORD = 0,  /* *out holds the next record */
    SR_CAMEOGOLD_END,         /* the file ended; every later call says END again */
    SR_CAMEOGOLD_SKIPPED,     /* a record was unusable (see above); the message says which and why;
                                 call again for the next one */
    SR_CAMEOGOLD_EBAD,        /* malformed JSON or XML, or not the expected shape (PLOVER: not an
                                 array); the message says where; the reader stops (sticky) */
    SR_CAMEOGOLD_EIO          /* the file could not be read, or memory ran out; the reader stops */
} sr_cameogold_status;

/* Open a file of the given format.  On success returns the reader; on
 * failure NULL, with *errmsg (when errmsg is non-NULL) a malloc'd message
 * naming the path and the reason, which the caller frees.  A PLOVER file is
 * read and parsed here (a JSON error is only reported by the first _next);
 * a PETRARCH file is not read yet. */
sr_cameogold *sr_cameogold_open(const char *path, sr_cameogold_format format, char **errmsg);

/* The same over buf[0..len) (borrowed: it must outlive the reader); name is
 * used in messages (NULL: "<memory>").  NULL only when memory runs out. */
sr_cameogold *sr_cameogold_open_memory(const char *buf, size_t len, sr_cameogold_format format,
                                       const char *name);

/* The next record: RECORD with *out filled, or END, SKIPPED, EBAD, EIO as
 * above (then *out is zeroed). */
sr_cameogold_status sr_cameogold_next(sr_cameogold *r, sr_cameo_record *out);

/* The message of the last SKIPPED, EBAD or EIO ("" otherwise); owned by the
 * reader, valid until the next call. */
const char *sr_cameogold_message(const sr_cameogold *r);

/* Close and free; NULL is a no-op. */
void sr_cameogold_close(sr_cameogold *r);

/* The country of a CAMEO actor code by the rule above: out gets the ISO3
 * code and true, or "" and false.  code may be NULL. */
bool sr_cameo_country(const char *code, char out[4]);

#endif
