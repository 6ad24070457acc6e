/*
 * xmlread.h — what the streaming readers of gold standards in XML share
 * (src/io/geoxml.c for LGL and GeoVirus, src/io/cameogold.c for PETRARCH2):
 * libxml2's xmlTextReader opened with safe options on a file or on memory,
 * its errors kept for a message instead of printed, the line of a node, the
 * text of an element, trimmed attributes and texts, and the first reason why
 * the unit being read (an article, a sentence) is unusable.
 *
 * Place in the pipeline: beside [input], under those two readers; each
 * embeds one sr_xmlread and runs its own state machine over the nodes.
 *
 * Safety: libxml2 is given XML_PARSE_NONET and nothing that loads or expands
 * entities (no NOENT, DTDLOAD, DTDVALID, XINCLUDE): only the predefined
 * entities and character references are decoded, a reference to an entity a
 * DTD declares comes out as an XML_READER_TYPE_ENTITY_REFERENCE node (see
 * sr_xmlread_entity).  CDATA is merged into text; XML_PARSE_BIG_LINES lets
 * text nodes past line 65535 know their line; XML_PARSE_HUGE is not set, so
 * a single text node may not exceed libxml2's 10 MB limit.  NOERROR and
 * NOWARNING: nothing reaches stderr, errors come back as messages naming the
 * input, line and column.
 */
#ifndef SR_XMLREAD_H
#define SR_XMLREAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <libxml/xmlreader.h>

#include "../util/arena.h"
#include "../util/buf.h"

typedef struct sr_xmlread {
    xmlTextReaderPtr xr;       /* NULL until started */
    FILE *fp;                  /* owned when reading a file */
    const char *name;          /* the input in messages (borrowed from the reader's owner) */
    int read_errno;            /* a read of fp failed */
    size_t bytes;              /* the input's size so far (all of it for memory) */
    char error[320];           /* the first fatal error libxml2 reported, else its first error */
    long error_line, error_col;
    bool fatal;                /* error is a fatal one */
    char invalid[320];         /* why the current unit is unusable ("" while it is fine) */
    long invalid_line;
} sr_xmlread;

/* fopen(path, "rb").  NULL on failure, with *errmsg (when errmsg is
 * non-NULL) a malloc'd "PATH: reason", which the caller frees. */
FILE *sr_xmlread_fopen(const char *path, char **errmsg);

/* Start reading fp, which x takes over (sr_xmlread_close closes it, even
 * when this fails), or buf[0..len) (borrowed: it must outlive x).  x starts
 * zeroed (as its owner's calloc leaves it); name is used in messages and
 * must outlive x.  false when memory runs out, or buf is NULL with len > 0,
 * or len exceeds an int. */
bool sr_xmlread_file(sr_xmlread *x, FILE *fp, const char *name);
bool sr_xmlread_memory(sr_xmlread *x, const char *buf, size_t len, const char *name);

/* Free the xmlTextReader and close the file; x may be zeroed or started. */
void sr_xmlread_close(sr_xmlread *x);

/* Advance to the next node: 1 on a node, 0 at the clean end of the input,
 * -1 when the XML is malformed or the input could not be read (then
 * sr_xmlread_failure says why).  libxml2 may end "cleanly" after a fatal
 * error: that is -1 too. */
int sr_xmlread_next(sr_xmlread *x);

/* The message after a -1 from sr_xmlread_next, into msg[0..size): a read
 * error, an empty input, or "NAME:LINE:COLUMN: malformed XML: libxml2's
 * words", followed by " (in UNIT ID)" when unit is non-NULL (the unit being
 * read: "article", "sentence").  true when the input could not be read,
 * false when it is malformed. */
bool sr_xmlread_failure(const sr_xmlread *x, const char *unit, const char *id, char *msg, size_t size);

/* The line of the current node; the parser's line where libxml2 saturates
 * node lines (at 65535) or knows none. */
long sr_xmlread_line(const sr_xmlread *x);

/* name (a node's local name, may be NULL) is s. */
bool sr_xmlread_named(const xmlChar *name, const char *s);

/* c is white space as XML has it (and JSON): space, tab, LF, CR. */
bool sr_xmlread_space(char c);

/* s[0..len) without surrounding white space, copied into arena; NULL, with
 * *oom set, when memory runs out. */
const char *sr_xmlread_trimmed(sr_arena *arena, const char *s, size_t len, bool *oom);

/* The attribute name of the current element, trimmed, copied into arena;
 * NULL when absent, or (with *oom set) when memory runs out. */
const char *sr_xmlread_attribute(const sr_xmlread *x, sr_arena *arena, const char *name, bool *oom);

/* Append the current text node's text to b.  false when memory ran out. */
bool sr_xmlread_text(const sr_xmlread *x, sr_buf *b);

/* Mark the current unit unusable: the first reason wins (until the owner
 * clears invalid[0] for the next unit); line is where. */
void sr_xmlread_invalidate(sr_xmlread *x, long line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* The current node is a reference to an entity a DTD declares, met in a
 * unit's text: the unit is unusable (the entity is not expanded). */
void sr_xmlread_entity(sr_xmlread *x, long line);

#endif
