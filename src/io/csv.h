/*
 * csv.h — a streaming reader of RFC 4180 CSV: the format the ACLED exports
 * come in, which `sitrep eval acled` scores the coder against.
 *
 * Place in the pipeline: beside [input], for evaluation.  The file is never
 * loaded whole: bytes are read in chunks and one row is kept at a time, in a
 * buffer that never grows past a limit (1 MiB by default), so rows of any
 * length cost bounded memory: a row past the limit is skipped, not stored.
 *
 * The format read:
 *   - fields are separated by ',' and rows end with LF, CR LF or a lone CR;
 *     the last row may end at the end of the file without one;
 *   - a field that starts with '"' is quoted: it ends at the next '"' that is
 *     not doubled, and may hold ',' CR and LF; "" inside stands for one '"';
 *   - a UTF-8 byte order mark at the start of the file is skipped (offsets
 *     still count its three bytes);
 *   - empty lines (no byte between two row ends) are skipped;
 *   - bytes are passed through as they are (no encoding check; a NUL byte is
 *     data, and field lengths say where fields end).
 * Malformed rows are reported and skipped, and reading goes on at the next
 * row: a '"' inside an unquoted field, anything but ',' or a row end after a
 * closing quote, a row longer than the limit.  To find where the next row
 * starts, the rest of a malformed row is read as lenient readers read it (a
 * stray quote and text after a closing quote are data).  A quoted field still
 * open at the end of the file is reported and ends the file.  Every message
 * names the file, the line and the byte offset (0-based, from the start of
 * the file) of the first problem of the row.
 *
 * Lines count LF, CR LF and lone CR, also inside quoted fields, from 1.
 */
#ifndef SR_CSV_H
#define SR_CSV_H

#include <stdbool.h>
#include <stddef.h>

typedef struct sr_csv sr_csv;

typedef enum sr_csv_status {
    SR_CSV_ROW = 0,   /* a row was read: sr_csv_fields/sr_csv_field give it */
    SR_CSV_END,       /* no more rows; every later call says END again */
    SR_CSV_BAD,       /* a malformed row was skipped: sr_csv_message says where and why; call
                         again for the next row (after an unclosed quote, that is END) */
    SR_CSV_EIO        /* the file could not be read, or memory ran out: the reader stops
                         (every later call says EIO again); sr_csv_message says why */
} sr_csv_status;

#define SR_CSV_MAX_ROW_DEFAULT ((size_t)1 << 20)

/* Open a file for reading.  On success returns the reader; on failure NULL,
 * with *errmsg (when errmsg is non-NULL) a malloc'd message naming the path
 * and the reason, which the caller frees.  Nothing is read yet. */
sr_csv *sr_csv_open(const char *path, char **errmsg);

/* The same over buf[0..len) (borrowed: it must outlive the reader); name is
 * used in messages (NULL: "<memory>").  NULL only when memory runs out. */
sr_csv *sr_csv_open_memory(const char *buf, size_t len, const char *name);

/* Close and free; NULL is a no-op. */
void sr_csv_close(sr_csv *r);

/* The most bytes a row may take: its fields' bytes plus one per field (0:
 * SR_CSV_MAX_ROW_DEFAULT).  Larger rows are skipped as BAD. */
void sr_csv_set_max_row(sr_csv *r, size_t bytes);

/* Read the next row.  ROW, END, BAD or EIO as above.  After anything but ROW
 * the reader holds no row (sr_csv_fields says 0). */
sr_csv_status sr_csv_next(sr_csv *r);

/* Fields of the current row (ROW only; 0 otherwise). */
int sr_csv_fields(const sr_csv *r);

/* Field i of the current row, NUL-terminated (it may hold NUL bytes too:
 * *len, when len is non-NULL, is its length).  "" with length 0 when i is out
 * of range.  Valid until the next sr_csv_next or sr_csv_read_header. */
const char *sr_csv_field(const sr_csv *r, int i, size_t *len);

/* Where the current (or last skipped) row starts: its 1-based line and the
 * byte offset of its first byte. */
long sr_csv_row_line(const sr_csv *r);
long long sr_csv_row_offset(const sr_csv *r);

/* The message of the last BAD or EIO ("" otherwise): "NAME:LINE: byte N:
 * reason".  Owned by the reader, valid until the next call. */
const char *sr_csv_message(const sr_csv *r);

/* Read the next row as the header: its fields become the column names
 * sr_csv_column looks up.  Returns what sr_csv_next returned (END: the file
 * has no row at all).  The header row stays readable as the current row. */
sr_csv_status sr_csv_read_header(sr_csv *r);

/* The index of the header column called name: the first whose name is name
 * exactly, else the first equal to it ignoring ASCII case and surrounding
 * spaces; -1 when none (or no header was read). */
int sr_csv_column(const sr_csv *r, const char *name);

/* Number of header columns (0 before sr_csv_read_header). */
int sr_csv_columns(const sr_csv *r);

#endif
