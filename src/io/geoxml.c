/*
 * geoxml.c — the streaming reader of geoparsing corpora (LGL, GeoVirus); the
 * formats, the safety options and the contract are in geoxml.h.
 *
 * Place in the pipeline: beside [input], for evaluation only.  A small state
 * machine over xmlTextReader events: an <article> opens the article; its
 * direct children <text>, <title>, <url>/<source> are fields; every
 * <toponym>/<location> inside it pushes a frame whose direct children (and
 * those of its <gaztag>) are the toponym's fields.  A field's text is gathered
 * in one buffer until its element closes, then parsed into the frame.  Strings
 * of the current article live in an arena reset per article.  A problem that
 * spoils one article (a bad number, a reversed span) marks it and the reader
 * goes on to its end, then reports SKIPPED; malformed XML stops the reader.
 * Opening the xmlTextReader, its errors, node lines and the first reason an
 * article is spoilt are src/io/xmlread.h's, shared with src/io/cameogold.c.
 */
#include "geoxml.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "../util/arena.h"
#include "../util/buf.h"
#include "xmlread.h"

enum { MAX_NEST = 8 };   /* toponyms nested in toponyms, deeper is refused */

typedef enum field {
    F_NONE, F_TEXT, F_TITLE, F_URL,                  /* article fields */
    F_START, F_END, F_PHRASE, F_NAME, F_ALTNAME, F_PAGE, F_LAT, F_LON, /* toponym fields */
    F_GAZ_NAME                                       /* <gaztag><name> (its lat, lon are F_LAT, F_LON) */
} field;

typedef struct frame {
    int depth;               /* of the <toponym>/<location> element */
    int gaz_depth;           /* of its open <gaztag>, -1 when none is open */
    long line;
    bool has_start, has_end, has_lat, has_lon;
    long start, end, geonameid;
    double lat, lon;
    const char *phrase, *name, *gaz_name, *alt_name, *page;   /* arena strings or NULL */
} frame;

struct sr_geoxml {
    sr_xmlread x;                  /* the xmlTextReader; x.invalid says why the current article is
                                      unusable ("" while it is fine) */
    char *name;                    /* for messages */
    locale_t c_locale;             /* numbers are read in the C locale whatever the process's is */
    sr_arena *arena;               /* the current article's strings */
    sr_buf buf;                    /* text of the field being gathered */
    bool oom;                      /* an arena copy failed */
    char message[640];
    sr_geoxml_status sticky;       /* END, EXML or EIO once reached, else ARTICLE */
    long ordinal;

    bool in_article;
    int article_depth;
    long article_line;
    const char *docid, *title, *url, *text;
    size_t text_len;
    bool has_text;

    sr_geo_toponym *tops;          /* the current article's toponyms (malloc'd, reused) */
    int n_tops, cap_tops;
    frame frames[MAX_NEST];
    int n_frames;
    int too_deep;                  /* toponym elements ignored for nesting beyond MAX_NEST, still open */

    long *pending[4];              /* lines of open elements that libxml2 saturated at 65535, to be
                                      taken from the first text inside them (see element_line) */
    int n_pending;
    field fld;                     /* the field being gathered, F_NONE when none */
    int fld_depth;
    long fld_line;
};

/* ---- open, close ------------------------------------------------------------ */

static sr_geoxml *reader_new(const char *name)
{
    sr_geoxml *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    r->name = strdup(name);
    r->arena = sr_arena_new(NULL);
    r->c_locale = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
    sr_buf_init(&r->buf, NULL);
    r->fld_depth = -1;
    if (!r->name || !r->arena || r->c_locale == (locale_t)0) {
        sr_geoxml_close(r);
        return NULL;
    }
    return r;
}

sr_geoxml *sr_geoxml_open(const char *path, char **errmsg)
{
    if (errmsg) *errmsg = NULL;
    FILE *fp = sr_xmlread_fopen(path, errmsg);
    if (!fp) return NULL;
    sr_geoxml *r = reader_new(path);
    if (!r) {
        fclose(fp);
    } else if (!sr_xmlread_file(&r->x, fp, r->name)) {
        sr_geoxml_close(r);   /* and fp with it */
        r = NULL;
    }
    if (!r && errmsg) *errmsg = strdup("out of memory");
    return r;
}

sr_geoxml *sr_geoxml_open_memory(const char *buf, size_t len, const char *name)
{
    sr_geoxml *r = reader_new(name ? name : "<memory>");
    if (r && !sr_xmlread_memory(&r->x, buf, len, r->name)) {
        sr_geoxml_close(r);
        return NULL;
    }
    return r;
}

void sr_geoxml_close(sr_geoxml *r)
{
    if (!r) return;
    sr_xmlread_close(&r->x);
    if (r->c_locale != (locale_t)0) freelocale(r->c_locale);
    sr_arena_free(r->arena);
    sr_buf_release(&r->buf);
    free(r->tops);
    free(r->name);
    free(r);
}

const char *sr_geoxml_message(const sr_geoxml *r) { return r ? r->message : ""; }

/* ---- small helpers ----------------------------------------------------------- */

/* The line of the element just started, into *dst.  libxml2 2.9 saturates an
 * element's line at 65535 (and xmlGetLineNo then borrows a child's).  Past
 * that the parser's line stands in (at or after the element) until the first
 * text node inside the element, when that comes before any end tag: with
 * XML_PARSE_BIG_LINES it knows its line, and only start tags lie between. */
static void element_line(sr_geoxml *r, long *dst)
{
    xmlNodePtr n = xmlTextReaderCurrentNode(r->x.xr);
    if (n && n->line > 0 && n->line < 65535) {
        *dst = n->line;
        return;
    }
    *dst = xmlTextReaderGetParserLineNumber(r->x.xr);
    if (r->n_pending == (int)(sizeof r->pending / sizeof r->pending[0])) return;   /* stays approximate */
    r->pending[r->n_pending++] = dst;
}

/* A text node met while lines are pending.  Its line is the parser's once
 * its first piece was read, so a text that came in one piece started as many
 * lines earlier as it holds line breaks.  libxml2 may hand a long text out in
 * pieces (of 300 bytes and more), keeping the first piece's line: only texts
 * shorter than that are trusted. */
static void text_line(sr_geoxml *r, const xmlChar *value)
{
    int n = r->n_pending;
    r->n_pending = 0;
    xmlNodePtr node = xmlTextReaderCurrentNode(r->x.xr);
    long line = node ? xmlGetLineNo(node) : -1;
    if (line <= 0 || !value || strlen((const char *)value) >= 300) return;
    for (const xmlChar *p = value; *p; p++) line -= *p == '\n';
    if (line <= 0) return;
    for (int i = 0; i < n; i++) *r->pending[i] = line;
}

/* A non-negative decimal integer with optional surrounding space. */
static bool parse_count(const char *s, long *out)
{
    while (sr_xmlread_space(*s)) s++;
    if (*s < '0' || *s > '9') return false;
    long v = 0;
    for (; *s >= '0' && *s <= '9'; s++) {
        if (v > (0x7FFFFFFFL - (*s - '0')) / 10) return false;   /* offsets fit in 31 bits */
        v = v * 10 + (*s - '0');
    }
    while (sr_xmlread_space(*s)) s++;
    if (*s) return false;
    *out = v;
    return true;
}

static bool parse_degrees(sr_geoxml *r, const char *s, double limit, double *out)
{
    while (sr_xmlread_space(*s)) s++;
    if (!*s) return false;
    char *end;
    errno = 0;
    double v = strtod_l(s, &end, r->c_locale);
    if (end == s || errno == ERANGE) return false;
    while (sr_xmlread_space(*end)) end++;
    if (*end || !isfinite(v) || v < -limit || v > limit) return false;
    *out = v;
    return true;
}

static const char *article_name(sr_geoxml *r)
{
    return r->docid ? r->docid : "(no docid)";
}

/* ---- events ------------------------------------------------------------------- */

static void begin_article(sr_geoxml *r, int depth)
{
    sr_arena_reset(r->arena);
    r->ordinal++;
    r->in_article = true;
    r->article_depth = depth;
    element_line(r, &r->article_line);
    r->title = r->url = r->text = NULL;
    r->text_len = 0;
    r->has_text = false;
    r->x.invalid[0] = '\0';
    r->n_tops = 0;
    r->n_frames = 0;
    r->too_deep = 0;
    r->fld = F_NONE;
    r->docid = sr_xmlread_attribute(&r->x, r->arena, "docid", &r->oom);
    if (!r->docid) {
        char tmp[32];
        snprintf(tmp, sizeof tmp, "#%ld", r->ordinal);
        r->docid = sr_arena_strndup(r->arena, tmp, strlen(tmp));
        if (!r->docid) r->oom = true;
    }
}

static void start_field(sr_geoxml *r, field f, int depth)
{
    r->fld = f;
    r->fld_depth = depth;
    element_line(r, &r->fld_line);
    sr_buf_clear(&r->buf);
}

/* The field's element closed: parse its text into the article or the top frame. */
static void end_field(sr_geoxml *r)
{
    field f = r->fld;
    r->fld = F_NONE;
    const char *s = r->buf.data ? r->buf.data : "";
    size_t len = r->buf.len;
    frame *fr = r->n_frames ? &r->frames[r->n_frames - 1] : NULL;
    const char *copy = NULL;
    switch (f) {
    case F_TEXT:
        if (r->has_text) {
            sr_xmlread_invalidate(&r->x, r->fld_line, "a second <text>");
            return;
        }
        r->text = sr_arena_strndup(r->arena, s, len);
        r->text_len = len;
        if (!r->text) r->oom = true;
        r->has_text = true;
        return;
    case F_TITLE: r->title = sr_xmlread_trimmed(r->arena, s, len, &r->oom); return;
    case F_URL: r->url = sr_xmlread_trimmed(r->arena, s, len, &r->oom); return;
    case F_START:
    case F_END: {
        long v;
        if (!parse_count(s, &v)) {
            sr_xmlread_invalidate(&r->x, r->fld_line, "<%s> is not a character offset: '%.40s'",
                                  f == F_START ? "start" : "end", s);
            return;
        }
        if (f == F_START) fr->start = v, fr->has_start = true;
        else fr->end = v, fr->has_end = true;
        return;
    }
    case F_LAT:
    case F_LON: {
        double v;
        if (!parse_degrees(r, s, f == F_LAT ? 90 : 180, &v)) {
            sr_xmlread_invalidate(&r->x, r->fld_line, "<%s> is not a %s: '%.40s'", f == F_LAT ? "lat" : "lon",
                                  f == F_LAT ? "latitude" : "longitude", s);
            return;
        }
        if (f == F_LAT) fr->lat = v, fr->has_lat = true;
        else fr->lon = v, fr->has_lon = true;
        return;
    }
    default: break;
    }
    copy = sr_xmlread_trimmed(r->arena, s, len, &r->oom);
    switch (f) {
    case F_PHRASE: fr->phrase = copy; break;
    case F_NAME: fr->name = copy; break;
    case F_ALTNAME: fr->alt_name = copy; break;
    case F_PAGE: fr->page = copy; break;
    case F_GAZ_NAME: fr->gaz_name = copy; break;
    default: break;
    }
}

static void push_frame(sr_geoxml *r, int depth)
{
    if (r->n_frames == MAX_NEST) {
        if (!r->too_deep)
            sr_xmlread_invalidate(&r->x, sr_xmlread_line(&r->x), "toponyms nested more than %d deep", MAX_NEST);
        r->too_deep++;
        return;
    }
    frame *f = &r->frames[r->n_frames++];
    memset(f, 0, sizeof *f);
    f->depth = depth;
    f->gaz_depth = -1;
    element_line(r, &f->line);
}

static const char *first_of(const char *a, const char *b, const char *c, const char *d)
{
    return a && *a ? a : b && *b ? b : c && *c ? c : d && *d ? d : "";
}

/* The top frame's element closed: check it and append the toponym.  false when memory ran out. */
static bool pop_frame(sr_geoxml *r)
{
    frame *f = &r->frames[--r->n_frames];
    if (!f->has_start || !f->has_end) {
        sr_xmlread_invalidate(&r->x, f->line, "a toponym without <%s>", f->has_start ? "end" : "start");
        return true;
    }
    if (f->end <= f->start) {
        sr_xmlread_invalidate(&r->x, f->line, "a toponym whose <end> %ld is not after its <start> %ld", f->end,
                              f->start);
        return true;
    }
    if (f->has_lat != f->has_lon) {
        sr_xmlread_invalidate(&r->x, f->line, "a toponym with <%s> but no <%s>", f->has_lat ? "lat" : "lon",
                              f->has_lat ? "lon" : "lat");
        return true;
    }
    if (r->n_tops == r->cap_tops) {
        int cap = r->cap_tops ? r->cap_tops * 2 : 32;
        sr_geo_toponym *t = realloc(r->tops, (size_t)cap * sizeof *t);
        if (!t) return false;
        r->tops = t;
        r->cap_tops = cap;
    }
    sr_geo_toponym *t = &r->tops[r->n_tops++];
    t->start = f->start;
    t->end = f->end;
    t->phrase = first_of(f->phrase, f->name, NULL, NULL);
    t->name = first_of(f->gaz_name, f->alt_name, f->name, f->phrase);
    t->geonameid = f->geonameid;
    t->page = f->page;
    t->has_coords = f->has_lat && f->has_lon;
    t->lat = t->has_coords ? f->lat : 0;
    t->lon = t->has_coords ? f->lon : 0;
    t->line = f->line;
    return true;
}

/* Which field an element of this name at this depth opens, given the open frames. */
static field field_of(sr_geoxml *r, const xmlChar *name, int depth)
{
    if (!r->n_frames) {
        if (depth != r->article_depth + 1 || r->too_deep) return F_NONE;
        if (sr_xmlread_named(name, "text")) return F_TEXT;
        if (sr_xmlread_named(name, "title")) return F_TITLE;
        if (sr_xmlread_named(name, "url") || sr_xmlread_named(name, "source")) return F_URL;
        return F_NONE;
    }
    frame *f = &r->frames[r->n_frames - 1];
    if (r->too_deep) return F_NONE;
    if (f->gaz_depth >= 0) {
        if (depth != f->gaz_depth + 1) return F_NONE;
        if (sr_xmlread_named(name, "name")) return F_GAZ_NAME;
        if (sr_xmlread_named(name, "lat")) return F_LAT;
        if (sr_xmlread_named(name, "lon")) return F_LON;
        return F_NONE;
    }
    if (depth != f->depth + 1) return F_NONE;
    static const struct { const char *name; field f; } FIELDS[] = {
        {"start", F_START}, {"end", F_END}, {"phrase", F_PHRASE}, {"name", F_NAME},
        {"altName", F_ALTNAME}, {"page", F_PAGE}, {"lat", F_LAT}, {"lon", F_LON}};
    for (size_t i = 0; i < sizeof FIELDS / sizeof FIELDS[0]; i++)
        if (sr_xmlread_named(name, FIELDS[i].name)) return FIELDS[i].f;
    return F_NONE;
}

/* An element closed (or was empty).  Returns false when memory ran out. */
static bool end_element(sr_geoxml *r, const xmlChar *name, int depth, bool *article_done)
{
    if (r->fld != F_NONE) {
        if (depth == r->fld_depth) end_field(r);
        return true;
    }
    if (!r->in_article) return true;
    if (depth == r->article_depth) {
        *article_done = true;
        return true;
    }
    if (r->too_deep && (sr_xmlread_named(name, "toponym") || sr_xmlread_named(name, "location")) &&
        r->n_frames && depth > r->frames[r->n_frames - 1].depth) {
        r->too_deep--;
        return true;
    }
    if (r->n_frames) {
        frame *f = &r->frames[r->n_frames - 1];
        if (depth == f->gaz_depth) {
            f->gaz_depth = -1;
            return true;
        }
        if (depth == f->depth) return pop_frame(r);
    }
    return true;
}

static bool start_element(sr_geoxml *r, const xmlChar *name, int depth, bool empty, bool *article_done)
{
    if (r->fld != F_NONE) return true;       /* markup inside a field: only its text counts */
    if (!r->in_article) {
        if (sr_xmlread_named(name, "article")) {
            begin_article(r, depth);
        }
        if (empty) return end_element(r, name, depth, article_done);
        return true;
    }
    if (sr_xmlread_named(name, "article")) {
        sr_xmlread_invalidate(&r->x, sr_xmlread_line(&r->x), "an <article> inside an <article>");
    } else if (sr_xmlread_named(name, "toponym") || sr_xmlread_named(name, "location")) {
        push_frame(r, depth);
    } else if (sr_xmlread_named(name, "gaztag") && r->n_frames && !r->too_deep &&
               depth == r->frames[r->n_frames - 1].depth + 1) {
        frame *f = &r->frames[r->n_frames - 1];
        f->gaz_depth = depth;
        xmlChar *id = xmlTextReaderGetAttribute(r->x.xr, (const xmlChar *)"geonameid");
        long v;
        if (id && parse_count((const char *)id, &v)) f->geonameid = v;   /* informative only: lenient */
        xmlFree(id);
    } else {
        field f = field_of(r, name, depth);
        if (f != F_NONE) start_field(r, f, depth);
    }
    if (empty) return end_element(r, name, depth, article_done);
    return true;
}

/* ---- next ----------------------------------------------------------------------- */

static sr_geoxml_status stop(sr_geoxml *r, sr_geoxml_status st)
{
    r->sticky = st;
    return st;
}

static sr_geoxml_status fail_xml(sr_geoxml *r)
{
    bool unreadable = sr_xmlread_failure(&r->x, r->in_article ? "article" : NULL, article_name(r), r->message,
                                         sizeof r->message);
    return stop(r, unreadable ? SR_GEOXML_EIO : SR_GEOXML_EXML);
}

static sr_geoxml_status out_of_memory(sr_geoxml *r)
{
    snprintf(r->message, sizeof r->message, "%s: out of memory", r->name);
    return stop(r, SR_GEOXML_EIO);
}

static size_t count_chars(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* The article just closed: hand it out, or say why it is skipped. */
static sr_geoxml_status finish_article(sr_geoxml *r, sr_geo_article *out)
{
    r->in_article = false;
    if (!r->x.invalid[0] && !r->has_text) sr_xmlread_invalidate(&r->x, r->article_line, "no <text>");
    if (r->x.invalid[0]) {
        snprintf(r->message, sizeof r->message, "%s:%ld: article %s skipped: %s", r->name, r->x.invalid_line,
                 article_name(r), r->x.invalid);
        return SR_GEOXML_SKIPPED;
    }
    out->docid = r->docid;
    out->ordinal = r->ordinal;
    out->line = r->article_line;
    out->title = r->title;
    out->url = r->url;
    out->text = r->text;
    out->text_len = r->text_len;
    out->text_chars = count_chars(r->text, r->text_len);
    out->toponyms = r->tops;
    out->n_toponyms = r->n_tops;
    return SR_GEOXML_ARTICLE;
}

sr_geoxml_status sr_geoxml_next(sr_geoxml *r, sr_geo_article *out)
{
    if (out) memset(out, 0, sizeof *out);
    if (!r || !out) return SR_GEOXML_EIO;
    if (r->sticky != SR_GEOXML_ARTICLE) return r->sticky;
    r->message[0] = '\0';
    for (;;) {
        int rc = sr_xmlread_next(&r->x);
        if (rc < 0) return fail_xml(r);
        if (rc == 0) return stop(r, SR_GEOXML_END);
        int type = xmlTextReaderNodeType(r->x.xr);
        int depth = xmlTextReaderDepth(r->x.xr);
        bool done = false, ok = true;
        if (r->n_pending && type != XML_READER_TYPE_ELEMENT && type != XML_READER_TYPE_TEXT &&
            type != XML_READER_TYPE_CDATA && type != XML_READER_TYPE_WHITESPACE &&
            type != XML_READER_TYPE_SIGNIFICANT_WHITESPACE)
            r->n_pending = 0;   /* an end tag, a comment, …: the lines stay approximate */
        switch (type) {
        case XML_READER_TYPE_ELEMENT: {
            bool empty = xmlTextReaderIsEmptyElement(r->x.xr) == 1;
            int pending = r->n_pending;
            ok = start_element(r, xmlTextReaderConstLocalName(r->x.xr), depth, empty, &done);
            if (empty) r->n_pending = pending;   /* no text inside: its own line stays approximate */
            break;
        }
        case XML_READER_TYPE_END_ELEMENT:
            ok = end_element(r, xmlTextReaderConstLocalName(r->x.xr), depth, &done);
            break;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
            if (r->n_pending) text_line(r, xmlTextReaderConstValue(r->x.xr));
            if (r->fld != F_NONE && depth > r->fld_depth) ok = sr_xmlread_text(&r->x, &r->buf);
            break;
        case XML_READER_TYPE_ENTITY_REFERENCE:
            if (r->fld != F_NONE) sr_xmlread_entity(&r->x, r->fld_line);
            break;
        default: break;
        }
        if (!ok || r->oom) return out_of_memory(r);
        if (done) return finish_article(r, out);
    }
}
