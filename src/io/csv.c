/*
 * csv.c — the streaming RFC 4180 reader; the format and the contract are in
 * csv.h.
 *
 * Place in the pipeline: beside [input], for evaluation (sitrep eval acled).
 * Bytes come from a window: a 64 KiB chunk refilled from the file, or the
 * whole buffer when reading from memory.  A small state machine walks one row
 * byte by byte and appends the field bytes, each field NUL-terminated, to one
 * row buffer, with the end of each field in a second array; both are reused
 * from row to row and never grow past the row limit (a field costs its bytes
 * plus one).  Past the limit, or after a malformed byte, the machine keeps
 * walking to the end of the row (storing nothing past the limit) so the next
 * row starts where it should, and the row is reported instead of returned.
 */
#include "csv.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CHUNK = 1 << 16 };

struct sr_csv {
    FILE *fp;                    /* owned; NULL when reading from memory */
    const unsigned char *win;    /* the window: the chunk, or the caller's buffer */
    unsigned char *chunk;        /* owned, CHUNK bytes (file mode) */
    size_t pos, end;             /* unread bytes are win[pos, end) */
    bool eof, io_error;
    int read_errno;
    char *name;

    long line;                   /* line of the next byte */
    long long offset;            /* offset of the next byte */
    long cline;                  /* line and offset of the byte get() returned last */
    long long coff;

    bool started;                /* the byte order mark was looked for */
    bool stopped;                /* END or EIO is final */
    sr_csv_status stop;

    char *buf;                   /* the row: fields, each NUL-terminated */
    size_t len, cap, max_row;
    size_t *ends;                /* ends[i]: offset in buf just past field i's NUL */
    int nf, capf;
    bool too_long;
    long row_line;
    long long row_offset;

    const char *bad;             /* the row's first problem, or NULL */
    long bad_line;
    long long bad_off;

    char **cols;                 /* header names */
    int ncols;

    char msg[768];
};

/* ---- bytes ------------------------------------------------------------------------ */

/* Make at least one unread byte available; false at the end of input (or on
 * a read error, which sets io_error). */
static bool fill(sr_csv *r)
{
    if (r->pos < r->end) return true;
    if (!r->fp || r->eof) return false;
    size_t n = fread(r->chunk, 1, CHUNK, r->fp);
    if (n == 0) {
        if (ferror(r->fp)) {
            r->io_error = true;
            r->read_errno = errno;
        }
        r->eof = true;
        return false;
    }
    r->pos = 0;
    r->end = n;
    return true;
}

static int peek(sr_csv *r)
{
    return fill(r) ? r->win[r->pos] : -1;
}

/* The next byte, or -1 at the end of input; keeps lines and offsets. */
static int get(sr_csv *r)
{
    if (!fill(r)) return -1;
    int c = r->win[r->pos++];
    r->cline = r->line;
    r->coff = r->offset++;
    if (c == '\n' || (c == '\r' && peek(r) != '\n')) r->line++;
    return c;
}

/* At the very start: skip a UTF-8 byte order mark.  A file chunk may hold
 * fewer than three bytes when reading from a pipe, so read until it does. */
static void skip_bom(sr_csv *r)
{
    if (r->fp) {
        fill(r);
        while (r->end - r->pos < 3 && !r->eof && !r->io_error) {
            if (r->pos > 0) {
                memmove(r->chunk, r->chunk + r->pos, r->end - r->pos);
                r->end -= r->pos;
                r->pos = 0;
            }
            size_t n = fread(r->chunk + r->end, 1, CHUNK - r->end, r->fp);
            if (n == 0) {
                if (ferror(r->fp)) {
                    r->io_error = true;
                    r->read_errno = errno;
                }
                r->eof = true;
            }
            r->end += n;
        }
    }
    if (r->end - r->pos >= 3 && !memcmp(r->win + r->pos, "\xEF\xBB\xBF", 3)) {
        r->pos += 3;
        r->offset += 3;
    }
}

/* ---- the row ---------------------------------------------------------------------- */

static void problem(sr_csv *r, const char *why)
{
    if (r->bad) return;
    r->bad = why;
    r->bad_line = r->cline;
    r->bad_off = r->coff;
}

/* Append one byte of the current field; false when memory runs out. */
static bool put(sr_csv *r, char c)
{
    if (r->too_long) return true;
    if (r->len + 1 > r->max_row) {
        r->too_long = true;
        problem(r, "the row is longer than the limit");
        return true;
    }
    if (r->len + 1 > r->cap) {
        size_t cap = r->cap ? 2 * r->cap : 256;
        if (cap > r->max_row) cap = r->max_row;
        char *b = realloc(r->buf, cap);
        if (!b) return false;
        r->buf = b;
        r->cap = cap;
    }
    r->buf[r->len++] = c;
    return true;
}

static bool end_field(sr_csv *r)
{
    if (!put(r, '\0')) return false;
    if (r->too_long) return true;
    if (r->nf == r->capf) {
        int capf = r->capf ? 2 * r->capf : 32;
        size_t *e = realloc(r->ends, (size_t)capf * sizeof *e);
        if (!e) return false;
        r->ends = e;
        r->capf = capf;
    }
    r->ends[r->nf++] = r->len;
    return true;
}

static sr_csv_status fail_io(sr_csv *r, bool oom)
{
    if (oom) snprintf(r->msg, sizeof r->msg, "%s: out of memory", r->name);
    else snprintf(r->msg, sizeof r->msg, "%s: read error: %s", r->name, strerror(r->read_errno));
    r->nf = 0;
    r->stopped = true;
    r->stop = SR_CSV_EIO;
    return SR_CSV_EIO;
}

static sr_csv_status report(sr_csv *r)
{
    if (r->too_long && r->bad && !strcmp(r->bad, "the row is longer than the limit"))
        snprintf(r->msg, sizeof r->msg, "%s:%ld: byte %lld: row skipped: longer than %zu bytes (row from line %ld)",
                 r->name, r->bad_line, r->bad_off, r->max_row, r->row_line);
    else
        snprintf(r->msg, sizeof r->msg, "%s:%ld: byte %lld: row skipped: %s (row from line %ld)", r->name,
                 r->bad_line, r->bad_off, r->bad, r->row_line);
    r->nf = 0;
    return SR_CSV_BAD;
}

/* Read the rest of a row whose first byte c was just read. */
static sr_csv_status read_row(sr_csv *r, int c)
{
    r->too_long = false;
    r->bad = NULL;
    for (;;) {
        if (c == '"') {
            long qline = r->cline;
            long long qoff = r->coff;
            for (;;) {
                c = get(r);
                if (c < 0) {
                    if (r->io_error) return fail_io(r, false);
                    snprintf(r->msg, sizeof r->msg,
                             "%s:%ld: byte %lld: a quoted field opened here is never closed (the file ends on "
                             "line %ld)",
                             r->name, qline, qoff, r->line);
                    r->nf = 0;
                    r->stopped = true;
                    r->stop = SR_CSV_END;
                    return SR_CSV_BAD;
                }
                if (c == '"') {
                    if (peek(r) != '"') break;
                    get(r);
                }
                if (!put(r, (char)c)) return fail_io(r, true);
            }
            c = get(r);
            if (c >= 0 && c != ',' && c != '\n' && c != '\r') problem(r, "text after a closing quote");
        }
        /* unquoted (or the lenient rest of a field after its closing quote) */
        while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
            if (c == '"') problem(r, "a quote inside an unquoted field");
            if (!put(r, (char)c)) return fail_io(r, true);
            c = get(r);
        }
        if (!end_field(r)) return fail_io(r, true);
        if (c == ',') {
            c = get(r);
            continue;
        }
        if (c == '\r' && peek(r) == '\n') get(r);
        if (c < 0 && r->io_error) return fail_io(r, false);
        return r->bad ? report(r) : SR_CSV_ROW;
    }
}

sr_csv_status sr_csv_next(sr_csv *r)
{
    if (!r) return SR_CSV_EIO;
    r->nf = 0;
    r->len = 0;
    r->msg[0] = '\0';
    if (r->stopped) {
        if (r->stop == SR_CSV_EIO) fail_io(r, r->io_error ? false : true);
        return r->stop;
    }
    if (!r->started) {
        r->started = true;
        skip_bom(r);
    }
    for (;;) {
        int c = get(r);
        if (c < 0) {
            if (r->io_error) return fail_io(r, false);
            r->stopped = true;
            r->stop = SR_CSV_END;
            return SR_CSV_END;
        }
        if (c == '\n') continue;                  /* an empty line */
        if (c == '\r') {
            if (peek(r) == '\n') get(r);
            continue;
        }
        r->row_line = r->cline;
        r->row_offset = r->coff;
        return read_row(r, c);
    }
}

/* ---- opening, fields, header ------------------------------------------------------ */

static sr_csv *reader_new(const char *name)
{
    sr_csv *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    r->name = strdup(name);
    if (!r->name) {
        free(r);
        return NULL;
    }
    r->line = 1;
    r->max_row = SR_CSV_MAX_ROW_DEFAULT;
    return r;
}

sr_csv *sr_csv_open(const char *path, char **errmsg)
{
    if (errmsg) *errmsg = NULL;
    FILE *fp = path ? fopen(path, "rb") : NULL;
    if (!fp) {
        int e = path ? errno : EINVAL;
        if (errmsg) {
            size_t n = strlen(path ? path : "(null)") + strlen(strerror(e)) + 3;
            *errmsg = malloc(n);
            if (*errmsg) snprintf(*errmsg, n, "%s: %s", path ? path : "(null)", strerror(e));
        }
        return NULL;
    }
    sr_csv *r = reader_new(path);
    unsigned char *chunk = r ? malloc(CHUNK) : NULL;
    if (!chunk) {
        if (r) free(r->name);
        free(r);
        fclose(fp);
        if (errmsg) *errmsg = strdup("out of memory");
        return NULL;
    }
    r->fp = fp;
    r->chunk = chunk;
    r->win = chunk;
    return r;
}

sr_csv *sr_csv_open_memory(const char *buf, size_t len, const char *name)
{
    if (!buf && len) return NULL;
    sr_csv *r = reader_new(name ? name : "<memory>");
    if (!r) return NULL;
    r->win = (const unsigned char *)(buf ? buf : "");
    r->end = len;
    r->eof = true;
    return r;
}

void sr_csv_close(sr_csv *r)
{
    if (!r) return;
    if (r->fp) fclose(r->fp);
    for (int i = 0; i < r->ncols; i++) free(r->cols[i]);
    free(r->cols);
    free(r->chunk);
    free(r->buf);
    free(r->ends);
    free(r->name);
    free(r);
}

void sr_csv_set_max_row(sr_csv *r, size_t bytes)
{
    if (!r) return;
    r->max_row = bytes ? bytes : SR_CSV_MAX_ROW_DEFAULT;
}

int sr_csv_fields(const sr_csv *r)
{
    return r ? r->nf : 0;
}

const char *sr_csv_field(const sr_csv *r, int i, size_t *len)
{
    if (!r || i < 0 || i >= r->nf) {
        if (len) *len = 0;
        return "";
    }
    size_t begin = i ? r->ends[i - 1] : 0;
    if (len) *len = r->ends[i] - begin - 1;
    return r->buf + begin;
}

long sr_csv_row_line(const sr_csv *r)
{
    return r ? r->row_line : 0;
}

long long sr_csv_row_offset(const sr_csv *r)
{
    return r ? r->row_offset : 0;
}

const char *sr_csv_message(const sr_csv *r)
{
    return r ? r->msg : "";
}

sr_csv_status sr_csv_read_header(sr_csv *r)
{
    sr_csv_status st = sr_csv_next(r);
    if (st != SR_CSV_ROW) return st;
    for (int i = 0; i < r->ncols; i++) free(r->cols[i]);
    free(r->cols);
    r->ncols = 0;
    r->cols = calloc((size_t)r->nf, sizeof *r->cols);
    if (!r->cols) return fail_io(r, true);
    for (int i = 0; i < r->nf; i++) {
        size_t n;
        const char *f = sr_csv_field(r, i, &n);
        r->cols[i] = malloc(n + 1);
        if (!r->cols[i]) return fail_io(r, true);
        memcpy(r->cols[i], f, n + 1);
        r->ncols = i + 1;
    }
    return SR_CSV_ROW;
}

int sr_csv_columns(const sr_csv *r)
{
    return r ? r->ncols : 0;
}

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* a equals b ignoring ASCII case and spaces or tabs around a. */
static bool loose_equal(const char *a, const char *b)
{
    while (*a == ' ' || *a == '\t') a++;
    size_t n = strlen(a);
    while (n && (a[n - 1] == ' ' || a[n - 1] == '\t')) n--;
    if (strlen(b) != n) return false;
    for (size_t i = 0; i < n; i++)
        if (lower((unsigned char)a[i]) != lower((unsigned char)b[i])) return false;
    return true;
}

int sr_csv_column(const sr_csv *r, const char *name)
{
    if (!r || !name) return -1;
    for (int i = 0; i < r->ncols; i++)
        if (!strcmp(r->cols[i], name)) return i;
    for (int i = 0; i < r->ncols; i++)
        if (loose_equal(r->cols[i], name)) return i;
    return -1;
}
