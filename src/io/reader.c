/*
 * reader.c — input readers: plain-text files (one document each) and JSONL
 * streams (one document per line).
 *
 * Place in the pipeline: [input] -> doc -> text -> ...  This is the first
 * stage: the CLI opens a reader over the paths it was given and calls
 * sr_reader_next until SR_READ_END, passing each SR_READ_DOC to
 * sr_code_document and each SR_READ_ERROR to sr_emit_error; it stops on
 * SR_READ_FATAL.  Nothing here interprets the text: bytes (including invalid
 * UTF-8) are handed on as they are, for the text stage to repair.
 *
 * Memory: a text document is read whole (it is one record); a JSONL input is
 * read one line at a time with getline, so memory is bounded by the longest
 * line (plus json-c's copy of it), whatever the length of the stream.  The
 * line buffer and json-c's tokener are released after an unusually long line so
 * that one huge record does not pin its memory for the rest of the stream.
 *
 * Errors: an input that cannot be opened or read gives one SR_READ_ERROR
 * (reason = what failed + strerror, where = the path) and reading goes on with
 * the next path; a malformed JSONL line gives one SR_READ_ERROR naming the
 * line and the byte offset within the input, and reading goes on with the
 * next line.  Only running out of memory is SR_READ_FATAL (and stays so).
 *
 * Conventions: "-" (or no paths at all) is standard input, named "<stdin>" in
 * input_name/error_where; a plain-text document from standard input has the id
 * "stdin", a JSONL line without an id gets "<input>:<line>".  A UTF-8 BOM at
 * the start of an input is dropped (the offsets reported for JSONL still count
 * it: they are offsets in the file).  JSONL lines may end in LF or CRLF.
 *
 * No global mutable state: everything lives in the sr_reader, which owns every
 * string it hands out until the next call.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* getline, GNU strerror_r; the build defines it anyway */
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "io/reader.h"

/* The reason sr_jsonl_parse_line gives when json-c's tokener could not be
 * allocated (jsonl.c): that is fatal, not a bad line. */
#define SR_JSONL_OOM "out of memory"

/* A line or text buffer bigger than this is freed once it has served. */
#define SR_READER_SHRINK_AFTER ((size_t)1 << 24)

struct sr_reader {
    bool jsonl;
    const char *const *paths;   /* borrowed; NULL when reading standard input only */
    int n_inputs;               /* n_paths, or 1 for implicit standard input */
    int next_input;             /* index of the next input to open */

    /* The current input. */
    const char *name;           /* "<stdin>" or the path; "" before the first */
    FILE *f;                    /* JSONL: open input, NULL between inputs */
    long line_no;               /* JSONL: lines read from f so far */
    long long line_start;       /* JSONL: offset in f of the next line */

    char *buf;                  /* JSONL: getline's line; text: the document */
    size_t buf_cap;
    char *id;                   /* JSONL default id "<input>:<line>" */
    size_t id_cap;
    sr_jsonl_scratch *scratch;  /* JSONL */
    char reason[256];

    bool fatal;                 /* sticky: every later call repeats the item */
    sr_read_item fatal_item;

    long long bytes_read;
    long long bytes_total;
};

static bool is_stdin_path(const char *path)
{
    return path[0] == '-' && path[1] == '\0';
}

static const char *input_path(const sr_reader *r, int i)
{
    return r->paths ? r->paths[i] : "-";
}

static const char *error_text(int err, char *buf, size_t n)
{
#if defined(__GLIBC__)
    return strerror_r(err, buf, n); /* GNU variant */
#else
    if (strerror_r(err, buf, n) != 0)
        snprintf(buf, n, "error %d", err);
    return buf;
#endif
}

/* Sum of the sizes of all inputs when each is a regular file; -1 as soon as
 * one is not (a pipe, a terminal).  An input that cannot be stat'ed counts 0:
 * it will come out as an error item. */
static long long total_size(const sr_reader *r)
{
    long long total = 0;
    for (int i = 0; i < r->n_inputs; i++) {
        const char *path = input_path(r, i);
        struct stat st;
        int rc = is_stdin_path(path) ? fstat(STDIN_FILENO, &st) : stat(path, &st);
        if (rc != 0)
            continue;
        if (!S_ISREG(st.st_mode))
            return -1;
        total += (long long)st.st_size;
    }
    return total;
}

static sr_reader *reader_new(bool jsonl, const char *const *paths, int n_paths)
{
    if (n_paths < 0 || (n_paths > 0 && !paths))
        return NULL;
    for (int i = 0; i < n_paths; i++)
        if (!paths[i])
            return NULL;
    sr_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->jsonl = jsonl;
    r->paths = n_paths > 0 ? paths : NULL;
    r->n_inputs = n_paths > 0 ? n_paths : 1;
    r->name = "";
    if (jsonl) {
        r->scratch = sr_jsonl_scratch_new();
        if (!r->scratch) {
            free(r);
            return NULL;
        }
    }
    r->bytes_total = total_size(r);
    return r;
}

/* Contract: see reader.h.  Also returns NULL when n_paths < 0, or paths (or
 * one of its first n_paths entries) is NULL while n_paths > 0.  Nothing is
 * opened yet: a missing file shows up as an SR_READ_ERROR in its turn. */
sr_reader *sr_reader_new_text(const char *const *paths, int n_paths)
{
    return reader_new(false, paths, n_paths);
}

/* Contract: see reader.h and the field rules at the top of jsonl.c ("id" may
 * also be an integer; null optional fields count as absent; an empty or
 * missing "id" becomes "<input>:<line>").  Same NULL cases as
 * sr_reader_new_text. */
sr_reader *sr_reader_new_jsonl(const char *const *paths, int n_paths)
{
    return reader_new(true, paths, n_paths);
}

/* Contract: see reader.h.  free(NULL)-like: NULL is a no-op.  Standard input
 * is never closed. */
void sr_reader_free(sr_reader *reader)
{
    if (!reader)
        return;
    if (reader->f && reader->f != stdin)
        fclose(reader->f);
    free(reader->buf);
    free(reader->id);
    sr_jsonl_scratch_free(reader->scratch);
    free(reader);
}

/* Contract: see reader.h.  Counts every byte taken from an input, including
 * line ends, blank lines, BOMs and the bytes of lines that were rejected.
 * 0 for a NULL reader. */
long long sr_reader_bytes_read(const sr_reader *reader)
{
    return reader ? reader->bytes_read : 0;
}

/* Contract: see reader.h.  Computed once, when the reader is made (stat of
 * every path, fstat of standard input); -1 for a NULL reader. */
long long sr_reader_bytes_total(const sr_reader *reader)
{
    return reader ? reader->bytes_total : -1;
}

static void set_error(sr_reader *r, sr_read_item *item, long record, long long offset, const char *reason,
                      const char *doc_id)
{
    item->kind = SR_READ_ERROR;
    item->error_where = r->name;
    item->error_record = record;
    item->error_offset = offset;
    item->error_reason = reason;
    item->error_doc_id = doc_id;
}

static void set_io_error(sr_reader *r, sr_read_item *item, const char *what, int err, long record,
                         long long offset)
{
    char tmp[128];
    snprintf(r->reason, sizeof r->reason, "%s %s: %s", what, r->name, error_text(err, tmp, sizeof tmp));
    set_error(r, item, record, offset, r->reason, NULL);
}

/* Out of memory (or a line too long for getline): make the item fatal, and
 * every later one too. */
static void set_fatal(sr_reader *r, sr_read_item *item, long record, long long offset, int err)
{
    set_io_error(r, item, "cannot read", err, record, offset);
    item->kind = SR_READ_FATAL;
    r->fatal_item = *item;
    r->fatal = true;
}

static bool has_bom(const char *p, size_t len)
{
    return len >= 3 && (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB && (unsigned char)p[2] == 0xBF;
}

/* ---- plain text ---------------------------------------------------------- */

/* Read all of fd into r->buf (NUL-terminated).  Returns 0, or an errno value:
 * ENOMEM when the buffer could not grow, else the read error.  *len is what
 * was read either way. */
static int read_all(sr_reader *r, int fd, size_t *len)
{
    *len = 0;
    size_t want = 4096;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
        (unsigned long long)st.st_size < (unsigned long long)SIZE_MAX - 2)
        want = (size_t)st.st_size + 2; /* the file, a byte to see EOF in, the NUL */
    for (;;) {
        if (!r->buf || r->buf_cap < want || r->buf_cap - *len < 2) {
            size_t cap = r->buf_cap > want ? r->buf_cap : want;
            while (cap - *len < 2) {
                if (cap > SIZE_MAX / 2)
                    return ENOMEM;
                cap *= 2;
            }
            char *p = realloc(r->buf, cap);
            if (!p)
                return ENOMEM;
            r->buf = p;
            r->buf_cap = cap;
        }
        ssize_t n = read(fd, r->buf + *len, r->buf_cap - *len - 1);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            int err = errno;
            r->buf[*len] = '\0';
            return err;
        }
        if (n == 0)
            break;
        *len += (size_t)n;
    }
    r->buf[*len] = '\0';
    return 0;
}

static void next_text(sr_reader *r, sr_read_item *item)
{
    if (r->next_input >= r->n_inputs) {
        item->kind = SR_READ_END;
        return;
    }
    const char *path = input_path(r, r->next_input++);
    bool from_stdin = is_stdin_path(path);
    r->name = from_stdin ? "<stdin>" : path;

    if (r->buf_cap > SR_READER_SHRINK_AFTER) {
        free(r->buf);
        r->buf = NULL;
        r->buf_cap = 0;
    }

    int fd = from_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        set_io_error(r, item, "cannot open", errno, 0, -1);
        return;
    }
    size_t len = 0;
    int err = read_all(r, fd, &len);
    if (!from_stdin)
        close(fd);
    r->bytes_read += (long long)len;
    if (err == ENOMEM) {
        set_fatal(r, item, 0, (long long)len, err);
        return;
    }
    if (err) {
        set_io_error(r, item, "cannot read", err, 0, (long long)len);
        return;
    }

    const char *text = r->buf;
    if (has_bom(text, len)) {
        text += 3;
        len -= 3;
    }
    item->kind = SR_READ_DOC;
    item->doc.id = from_stdin ? "stdin" : path;
    item->doc.text = text;
    item->doc.text_len = len;
    item->doc.input_name = r->name;
    item->doc.record_no = 0;
}

/* ---- JSONL --------------------------------------------------------------- */

static void close_input(sr_reader *r)
{
    if (r->f && r->f != stdin)
        fclose(r->f);
    r->f = NULL;
}

static bool is_blank_line(const char *p, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        char c = p[i];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}

/* r->id = "<name>:<line_no>"; false on OOM. */
static bool make_default_id(sr_reader *r)
{
    size_t need = strlen(r->name) + 24;
    if (r->id_cap < need) {
        char *p = realloc(r->id, need);
        if (!p)
            return false;
        r->id = p;
        r->id_cap = need;
    }
    snprintf(r->id, r->id_cap, "%s:%ld", r->name, r->line_no);
    return true;
}

static void next_jsonl(sr_reader *r, sr_read_item *item)
{
    for (;;) {
        if (!r->f) {
            if (r->next_input >= r->n_inputs) {
                item->kind = SR_READ_END;
                return;
            }
            const char *path = input_path(r, r->next_input++);
            bool from_stdin = is_stdin_path(path);
            r->name = from_stdin ? "<stdin>" : path;
            r->line_no = 0;
            r->line_start = 0;
            if (from_stdin)
                clearerr(stdin); /* "-" named twice: read on from where it stopped */
            r->f = from_stdin ? stdin : fopen(path, "rb");
            if (!r->f) {
                set_io_error(r, item, "cannot open", errno, 0, -1);
                return;
            }
        }

        if (r->buf_cap > SR_READER_SHRINK_AFTER) {
            free(r->buf);
            r->buf = NULL;
            r->buf_cap = 0;
        }
        errno = 0;
        ssize_t got = getline(&r->buf, &r->buf_cap, r->f);
        int err = errno;
        if (ferror(r->f)) {
            /* A read error, possibly after part of a line: drop that part and
             * the rest of this input. */
            if (got > 0)
                r->bytes_read += got;
            if (!err)
                err = EIO;
            set_io_error(r, item, "cannot read", err, r->line_no + 1, r->line_start);
            close_input(r);
            return;
        }
        if (got < 0) {
            if (feof(r->f)) {
                close_input(r);
                continue;
            }
            /* Neither EOF nor a read error: the line did not fit in memory
             * (ENOMEM) or in an ssize_t (EOVERFLOW). */
            set_fatal(r, item, r->line_no + 1, r->line_start, err ? err : ENOMEM);
            close_input(r);
            return;
        }

        size_t len = (size_t)got;
        long long start = r->line_start;
        r->line_no++;
        r->line_start += got;
        r->bytes_read += got;
        if (len > 0 && r->buf[len - 1] == '\n')
            len--;
        if (len > 0 && r->buf[len - 1] == '\r')
            len--;
        size_t skip = (r->line_no == 1 && has_bom(r->buf, len)) ? 3 : 0;
        if (is_blank_line(r->buf + skip, len - skip))
            continue;

        const char *reason = NULL;
        long long off = -1;
        if (!sr_jsonl_parse_line(r->scratch, r->buf + skip, len - skip, &item->doc, &reason, &off)) {
            const char *doc_id = item->doc.id;
            memset(&item->doc, 0, sizeof item->doc);
            if (reason && strcmp(reason, SR_JSONL_OOM) == 0) {
                set_fatal(r, item, r->line_no, start, ENOMEM);
                return;
            }
            set_error(r, item, r->line_no, off >= 0 ? start + (long long)skip + off : -1,
                      reason ? reason : "unreadable line", doc_id);
            return;
        }
        if (!item->doc.id) {
            if (!make_default_id(r)) {
                memset(&item->doc, 0, sizeof item->doc);
                set_fatal(r, item, r->line_no, start, ENOMEM);
                return;
            }
            item->doc.id = r->id;
        }
        item->doc.input_name = r->name;
        item->doc.record_no = r->line_no;
        item->kind = SR_READ_DOC;
        return;
    }
}

/* Contract: see reader.h.  Once SR_READ_END has been returned it is returned
 * again; once SR_READ_FATAL has, that item is repeated.  For SR_READ_DOC,
 * doc.id, doc.text and doc.input_name are non-NULL (text NUL-terminated for
 * the text reader, and for JSONL by json-c); for SR_READ_ERROR and
 * SR_READ_FATAL, error_where and error_reason are non-NULL and error_doc_id
 * may be NULL.  error_offset is -1 when the problem has no position (a file
 * that cannot be opened); for a read error it is where reading stopped.
 * reader and item must not be NULL. */
void sr_reader_next(sr_reader *reader, sr_read_item *item)
{
    memset(item, 0, sizeof *item);
    item->error_offset = -1;
    if (reader->fatal) {
        *item = reader->fatal_item;
        return;
    }
    if (reader->jsonl)
        next_jsonl(reader, item);
    else
        next_text(reader, item);
}
