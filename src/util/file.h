/*
 * file.h — reading a whole data file and formatting error messages: what
 * every loader (lexicons, place table, taxonomy) needs.
 */
#ifndef SR_FILE_H
#define SR_FILE_H

#include <stddef.h>

/* The whole file, malloc'd and NUL-terminated (caller frees); *len its size.
 * NULL with errno set when it cannot be read or memory runs out. */
char *sr_file_read(const char *path, size_t *len);

/* A malloc'd formatted string (caller frees), NULL when memory runs out. */
char *sr_strf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* "PATH:LINE: why", malloc'd (caller frees), NULL when memory runs out: the
 * form every loader's messages take. */
char *sr_file_error(const char *path, int line, const char *why);

/* Store msg in *errmsg when errmsg is non-NULL, else free it. */
void sr_set_error(char **errmsg, char *msg);

#endif
