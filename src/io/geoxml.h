/*
 * geoxml.h — a streaming reader for geoparsing corpora in XML: LGL (Lieberman,
 * Samet & Sankaranarayanan 2010) and GeoVirus (Gritta et al. 2018), the gold
 * standard that `sitrep eval geo` scores the place finder against.
 *
 * Place in the pipeline: beside [input]; the evaluator (src/eval/geo.c) reads
 * articles here and runs the engine on each text.  The file is never loaded
 * whole: libxml2's xmlTextReader walks it node by node and one article at a
 * time is kept (docs/eval.md describes both formats).
 *
 *   LGL       <articles><article docid="…"><title/><url/><text>…</text>
 *               <toponyms><toponym><start/><end/><phrase/>
 *                 [<gaztag geonameid="…"><name/><lat/><lon/>…</gaztag>]
 *             </toponym>…</toponyms></article>…</articles>
 *   GeoVirus  <articles><article><source/><text>…</text>
 *               <locations><location><name/>[<altName/>]<start/><end/><lat/><lon/>
 *                 <page/></location>…</locations></article>…</articles>
 *
 * Both kinds of gold mention (<toponym>, <location>) are read the same way;
 * fields are found by element name, so the order of children does not matter
 * and a <location> nested in another (GeoVirus has one such slip) gives two
 * toponyms.  Offsets are kept as the file writes them: Unicode characters
 * (code points), not bytes, counted in the text after XML decoding.
 *
 * Safety: libxml2 is given XML_PARSE_NONET and nothing that loads or expands
 * entities (no NOENT, DTDLOAD, DTDVALID, XINCLUDE); only the predefined entities
 * and character references are decoded, references to entities a DTD declares
 * are dropped.  XML_PARSE_HUGE is not set: a single text node may not exceed
 * libxml2's 10 MB limit, far above any article.  Errors never go to stderr:
 * they come back as messages naming the file, line and column.
 */
#ifndef SR_GEOXML_H
#define SR_GEOXML_H

#include <stdbool.h>
#include <stddef.h>

typedef struct sr_geoxml sr_geoxml;

/* One gold toponym.  Strings belong to the reader (valid until the next call). */
typedef struct sr_geo_toponym {
    long start, end;          /* characters [start, end) of the article text, as the file writes them */
    const char *phrase;       /* the words in the text (LGL <phrase>, GeoVirus <name>); "" when absent */
    const char *name;         /* the gold place: LGL <gaztag><name>, GeoVirus <altName> or else <name>;
                                 falls back to phrase; never NULL */
    long geonameid;           /* LGL <gaztag geonameid>; 0 when absent */
    const char *page;         /* GeoVirus <page> (a Wikipedia URL); NULL when absent */
    double lat, lon;          /* degrees, meaningful only when has_coords */
    bool has_coords;          /* both <lat> and <lon> were given (LGL: a <gaztag>) */
    long line;                /* line of the element in the file */
} sr_geo_toponym;

/* One article.  Everything belongs to the reader (valid until the next call). */
typedef struct sr_geo_article {
    const char *docid;        /* the docid attribute, else "#N" with N = ordinal */
    long ordinal;             /* 1-based position among the file's articles (skipped ones count) */
    long line;                /* line of <article> in the file */
    const char *title;        /* LGL <title>; NULL when absent */
    const char *url;          /* LGL <url>, GeoVirus <source>; NULL when absent */
    const char *text;         /* UTF-8, NUL-terminated, exactly as decoded from <text> */
    size_t text_len;          /* bytes */
    size_t text_chars;        /* code points: the unit of every toponym offset */
    const sr_geo_toponym *toponyms;   /* in file order (which need not be text order) */
    int n_toponyms;
} sr_geo_article;

typedef enum sr_geoxml_status {
    SR_GEOXML_ARTICLE = 0,    /* *out holds the next article */
    SR_GEOXML_END,            /* the file ended cleanly; every later call says END again */
    SR_GEOXML_SKIPPED,        /* an article was well-formed XML but unusable (a <start> that is not
                                 a number, a reversed span, no <text>…); sr_geoxml_message says
                                 which and where; call again for the next article */
    SR_GEOXML_EXML,           /* the XML is malformed; the message gives file:line:column; the
                                 reader stops (every later call says EXML again) */
    SR_GEOXML_EIO             /* the file could not be read, or memory ran out; the reader stops */
} sr_geoxml_status;

/* Open a file for reading.  On success returns the reader; on failure NULL,
 * with *errmsg (when errmsg is non-NULL) a malloc'd message naming the path
 * and the reason, which the caller frees.  Nothing is parsed yet. */
sr_geoxml *sr_geoxml_open(const char *path, char **errmsg);

/* The same over buf[0..len) (borrowed: it must outlive the reader); name is
 * used in messages (NULL: "<memory>").  NULL only when memory runs out. */
sr_geoxml *sr_geoxml_open_memory(const char *buf, size_t len, const char *name);

/* Read up to the end of the next article.  Returns ARTICLE with *out filled,
 * or END, SKIPPED, EXML, EIO as above (then *out is zeroed). */
sr_geoxml_status sr_geoxml_next(sr_geoxml *r, sr_geo_article *out);

/* The message of the last SKIPPED, EXML or EIO ("" otherwise); owned by the
 * reader, valid until the next call. */
const char *sr_geoxml_message(const sr_geoxml *r);

/* Close and free; NULL is a no-op. */
void sr_geoxml_close(sr_geoxml *r);

#endif
