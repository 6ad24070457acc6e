/*
 * xmlread.c — the xmlTextReader plumbing that src/io/geoxml.c and
 * src/io/cameogold.c share; the options and the contract are in xmlread.h.
 *
 * Place in the pipeline: beside [input].  A file is fed to libxml2 through a
 * read callback that counts bytes and keeps errno, so that an empty file and
 * a read error get their own messages; libxml2's errors go to a structured
 * handler that keeps the first fatal one (else the first error) with its
 * line and column.
 */
#include "xmlread.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "../util/file.h"

#if LIBXML_VERSION >= 21200
typedef const xmlError *sr_xml_error;
#else
typedef xmlErrorPtr sr_xml_error;
#endif

/* NONET; nothing that loads a DTD or expands entities; CDATA merged into text;
 * BIG_LINES so text nodes past line 65535 still know their line; NOERROR and
 * NOWARNING so that nothing reaches stderr (errors still reach on_error). */
static const int XML_OPTIONS = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES | XML_PARSE_NOERROR |
                               XML_PARSE_NOWARNING;

static int read_cb(void *ctx, char *buffer, int len)
{
    sr_xmlread *x = ctx;
    size_t n = fread(buffer, 1, (size_t)len, x->fp);
    if (n == 0 && ferror(x->fp)) {
        x->read_errno = errno ? errno : EIO;
        return -1;
    }
    x->bytes += n;
    return (int)n;
}

/* libxml2's errors come here only.  A fatal one (not well-formed) stops the
 * reader; a lesser one (an undefined namespace prefix…) does not, and only
 * serves as the message when the reader stops without a fatal one. */
static void on_error(void *ctx, sr_xml_error e)
{
    sr_xmlread *x = ctx;
    if (!e || e->level < XML_ERR_ERROR || x->fatal) return;
    bool fatal = e->level == XML_ERR_FATAL;
    if (x->error[0] && !fatal) return;
    x->fatal = fatal;
    const char *m = e->message ? e->message : "malformed XML";
    size_t n = strlen(m);
    while (n && (m[n - 1] == '\n' || m[n - 1] == ' ')) n--;
    if (n >= sizeof x->error) n = sizeof x->error - 1;
    memcpy(x->error, m, n);
    x->error[n] = '\0';
    x->error_line = e->line;
    x->error_col = e->int2;
}

FILE *sr_xmlread_fopen(const char *path, char **errmsg)
{
    FILE *fp = path ? fopen(path, "rb") : NULL;
    if (!fp && errmsg) *errmsg = sr_strf("%s: %s", path ? path : "(null)", strerror(path ? errno : EINVAL));
    return fp;
}

static bool started(sr_xmlread *x)
{
    if (!x->xr) return false;
    xmlTextReaderSetStructuredErrorHandler(x->xr, on_error, x);
    return true;
}

bool sr_xmlread_file(sr_xmlread *x, FILE *fp, const char *name)
{
    x->fp = fp;
    x->name = name;
    x->xr = xmlReaderForIO(read_cb, NULL, x, name, NULL, XML_OPTIONS);
    return started(x);
}

bool sr_xmlread_memory(sr_xmlread *x, const char *buf, size_t len, const char *name)
{
    if ((!buf && len) || len > (size_t)INT_MAX) return false;   /* libxml2 takes an int */
    x->name = name;
    x->bytes = len;
    x->xr = xmlReaderForMemory(buf ? buf : "", (int)len, name, NULL, XML_OPTIONS);
    return started(x);
}

void sr_xmlread_close(sr_xmlread *x)
{
    if (x->xr) xmlFreeTextReader(x->xr);
    if (x->fp) fclose(x->fp);
    x->xr = NULL;
    x->fp = NULL;
}

int sr_xmlread_next(sr_xmlread *x)
{
    int rc = xmlTextReaderRead(x->xr);
    if (rc < 0 || (rc == 0 && (x->fatal || x->read_errno))) return -1;
    return rc;
}

bool sr_xmlread_failure(const sr_xmlread *x, const char *unit, const char *id, char *msg, size_t size)
{
    if (x->read_errno)
        snprintf(msg, size, "%s: read error: %s", x->name, strerror(x->read_errno));
    else if (x->bytes == 0)
        snprintf(msg, size, "%s: empty file, not XML", x->name);
    else if (x->error[0])
        snprintf(msg, size, "%s:%ld:%ld: malformed XML: %s%s%s%s%s%s", x->name, x->error_line, x->error_col,
                 x->error, unit ? " (in " : "", unit ? unit : "", unit ? " " : "", unit ? id : "", unit ? ")" : "");
    else
        snprintf(msg, size, "%s:%d: malformed XML", x->name, xmlTextReaderGetParserLineNumber(x->xr));
    return x->read_errno != 0;
}

long sr_xmlread_line(const sr_xmlread *x)
{
    xmlNodePtr n = xmlTextReaderCurrentNode(x->xr);
    long line = n ? xmlGetLineNo(n) : -1;
    if (line <= 0 || line >= 65535) line = xmlTextReaderGetParserLineNumber(x->xr);
    return line;
}

bool sr_xmlread_named(const xmlChar *name, const char *s) { return name && !strcmp((const char *)name, s); }

bool sr_xmlread_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

const char *sr_xmlread_trimmed(sr_arena *arena, const char *s, size_t len, bool *oom)
{
    while (len && sr_xmlread_space(*s)) s++, len--;
    while (len && sr_xmlread_space(s[len - 1])) len--;
    const char *copy = sr_arena_strndup(arena, s, len);
    if (!copy) *oom = true;
    return copy;
}

const char *sr_xmlread_attribute(const sr_xmlread *x, sr_arena *arena, const char *name, bool *oom)
{
    xmlChar *v = xmlTextReaderGetAttribute(x->xr, (const xmlChar *)name);
    if (!v) return NULL;
    const char *copy = sr_xmlread_trimmed(arena, (const char *)v, strlen((const char *)v), oom);
    xmlFree(v);
    return copy;
}

bool sr_xmlread_text(const sr_xmlread *x, sr_buf *b)
{
    const xmlChar *v = xmlTextReaderConstValue(x->xr);
    if (v) sr_buf_puts(b, (const char *)v);
    return !b->oom;
}

void sr_xmlread_invalidate(sr_xmlread *x, long line, const char *fmt, ...)
{
    if (x->invalid[0]) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(x->invalid, sizeof x->invalid, fmt, ap);
    va_end(ap);
    x->invalid_line = line;
}

void sr_xmlread_entity(sr_xmlread *x, long line)
{
    sr_xmlread_invalidate(x, line, "a reference to an entity a DTD declares (&%s;), which is not expanded",
                          (const char *)xmlTextReaderConstLocalName(x->xr));
}
