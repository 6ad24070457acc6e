/*
 * webroot.h — the map page's files, read into memory when the server starts.
 *
 * Place in the pipeline: [serve] -> the browser.  Every regular file under the
 * web directory (build/web: the page, its libraries, the country borders) is
 * read once; a request is answered from that table by exact path, so no
 * request ever reaches the file system and nothing outside the directory can
 * be served, whatever the path says.  Dot files, symbolic links and anything
 * that is not a regular file or directory are skipped.  Edits to the page
 * show after a restart.
 */
#ifndef SR_SERVE_WEBROOT_H
#define SR_SERVE_WEBROOT_H

#include <stddef.h>
#include "sitrep.h"

enum {
    SR_WEBROOT_MAX_FILES = 4096,
    SR_WEBROOT_MAX_DEPTH = 8
};
#define SR_WEBROOT_MAX_BYTES ((size_t)128 << 20)

typedef struct sr_webfile {
    char *path;                 /* relative, '/'-separated: "index.html", "vendor/d3-geo.min.js" */
    char *data;
    size_t len;
    const char *content_type;   /* static string */
    const char *cache_control;  /* static string */
} sr_webfile;

typedef struct sr_webroot sr_webroot;

/* Read every file under dir.  On failure *out is NULL and *errmsg (if
 * non-NULL) is a malloc'd message naming the file and the reason: SR_EIO when
 * dir or a file cannot be read, SR_EDATA when there are more than
 * SR_WEBROOT_MAX_FILES files or SR_WEBROOT_MAX_BYTES bytes. */
sr_status sr_webroot_load(const char *dir, sr_webroot **out, char **errmsg);
void sr_webroot_free(sr_webroot *root);   /* NULL is a no-op */

/* The file at a decoded request path ("/" = "/index.html"), or NULL.  The
 * result is owned by the root and lives as long as it. */
const sr_webfile *sr_webroot_find(const sr_webroot *root, const char *path);

/* Number of files and bytes held, for the start-up line. */
size_t sr_webroot_files(const sr_webroot *root);
size_t sr_webroot_bytes(const sr_webroot *root);

#endif
