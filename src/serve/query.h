/*
 * query.h — the query string of GET /api/events and GET /api/incidents, read
 * into a store filter, and the other request words the server checks (an
 * incident id, a document id given beside a text/plain body).
 *
 * Place in the pipeline: store -> [serve]: the first thing the server does with
 * a request's parameters, before the store sees any of them.  Parsing is strict
 * and bounded: every parameter is known, given at most once, decoded from its
 * percent-encoding (malformed escapes, NUL and control bytes refused), of a
 * bounded length, and well-formed for its kind; anything else is an error that
 * names the parameter and says why (the server answers 400 with it).  Nothing
 * here allocates: decoded strings live in the sr_query itself.
 */
#ifndef SR_SERVE_QUERY_H
#define SR_SERVE_QUERY_H

#include <stdbool.h>
#include <stddef.h>
#include "store/store.h"

enum {
    SR_QUERY_MAX_LEN = 2048,     /* the whole query string, encoded */
    SR_QUERY_TYPE_MAX = 64,      /* decoded bytes of `type` */
    SR_QUERY_TEXT_MAX = 256,     /* decoded bytes of `q` */
    SR_QUERY_LIMIT_MAX = 1000,   /* largest `limit` (the store's cap) */
    SR_QUERY_OFFSET_MAX = 1000000,
    SR_QUERY_ID_MAX = 128,       /* an incident or document id */
    SR_QUERY_URL_MAX = 1024,     /* a document's url */
    SR_QUERY_NAME_MAX = 256      /* a document's source or title */
};

/* A parsed query.  filter's strings point into the arrays below, so an sr_query
 * must not be copied while filter is in use. */
typedef struct sr_query {
    sr_store_filter filter;
    char from[11], to[11];
    char type[SR_QUERY_TYPE_MAX + 1];
    char q[SR_QUERY_TEXT_MAX + 1];
} sr_query;

/* Why a request was refused: an HTTP status (400 or 414), the parameter it is
 * about ("" when it is about the whole query) and a message for the client. */
typedef struct sr_query_error {
    int status;
    char param[24];
    char message[200];
} sr_query_error;

/* Parse the raw query string s[0..len) (what follows '?', still
 * percent-encoded; '+' is a space; len 0 = no parameters) into *out.
 * Parameters: from, to (YYYY-MM-DD, from <= to), bbox (minLon,minLat,maxLon,
 * maxLat in degrees, min <= max), type (letters, digits, space, / _ -), q
 * (words of letters and digits, apostrophes, hyphens and periods inside words,
 * a trailing * for a prefix), limit (1..1000, default 100), offset
 * (0..1000000), historical (0 or 1, default 0).  An empty type or q means
 * none.  Returns true on success; false with *err filled otherwise.  s need
 * not be NUL-terminated; out and err must not be NULL. */
bool sr_query_parse(const char *s, size_t len, sr_query *out, sr_query_error *err);

/* The optional metadata of a document posted as text/plain, from the query
 * string: each field "" when not given. */
typedef struct sr_doc_query {
    char id[SR_QUERY_ID_MAX + 1];
    char date[11];
    char url[SR_QUERY_URL_MAX + 1];
    char source[SR_QUERY_NAME_MAX + 1];
    char title[SR_QUERY_NAME_MAX + 1];
    char lang[3];
} sr_doc_query;

/* Parse the raw query string of POST /api/documents?id=&date=&url=&source=
 * &title=&lang= (all optional; id as sr_query_id_ok, date YYYY-MM-DD, url
 * http(s):// without spaces, source and title UTF-8 text, lang en or tr) into
 * *out.  Same conventions and errors as sr_query_parse. */
bool sr_query_parse_document(const char *s, size_t len, sr_doc_query *out, sr_query_error *err);

/* True when id[0..len) is a well-formed record id: 1..SR_QUERY_ID_MAX bytes of
 * ASCII letters, digits and . _ : - (what incident and document ids are made
 * of).  The server checks ids before any lookup. */
bool sr_query_id_ok(const char *id, size_t len);

/* Decode percent-encoding of s[0..len) into out (capacity cap, NUL-terminated
 * on success), '+' as a space when plus_is_space.  Refuses (false) malformed
 * escapes, a decoded NUL, and output that does not fit.  *out_len receives the
 * decoded length.  out NULL only checks and measures (cap is then unused). */
bool sr_query_decode(const char *s, size_t len, bool plus_is_space, char *out, size_t cap, size_t *out_len);

#endif
