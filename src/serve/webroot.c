/*
 * webroot.c — the page's files held in memory; see webroot.h.
 *
 * Files are read depth-first with opendir/fstatat (no symbolic link is
 * followed: lstat semantics throughout), kept in an array sorted by path and
 * found by binary search.
 */
#include "webroot.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/file.h"

struct sr_webroot {
    sr_webfile *files;
    size_t n, cap, bytes;
};

static const struct {
    const char *ext, *type;
} TYPES[] = {
    {".html", "text/html; charset=utf-8"},  {".js", "text/javascript; charset=utf-8"},
    {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
    {".json", "application/json"},          {".svg", "image/svg+xml"},
    {".png", "image/png"},                  {".ico", "image/x-icon"},
    {".txt", "text/plain; charset=utf-8"},  {".webmanifest", "application/manifest+json"},
};

static const char *type_of(const char *path)
{
    const char *dot = strrchr(path, '.');
    if (dot)
        for (size_t i = 0; i < sizeof TYPES / sizeof TYPES[0]; i++)
            if (!strcmp(dot, TYPES[i].ext)) return TYPES[i].type;
    return "application/octet-stream";
}

/* The page and its script change with each build; libraries and borders do not. */
static const char *cache_of(const char *path)
{
    if (!strncmp(path, "vendor/", 7) || !strncmp(path, "atlas/", 6)) return "public, max-age=86400";
    return "no-cache";
}

static sr_status fail(char **errmsg, sr_status st, const char *path, const char *why)
{
    sr_set_error(errmsg, sr_strf("%s: %s", path, why));
    return st;
}

static sr_status add_file(sr_webroot *r, int dirfd, const char *name, const char *rel, const char *shown,
                          char **errmsg)
{
    if (r->n >= SR_WEBROOT_MAX_FILES) return fail(errmsg, SR_EDATA, shown, "too many files in the web directory");
    int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return fail(errmsg, SR_EIO, shown, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return SR_OK;   /* changed under us: skip */
    }
    size_t len = (size_t)st.st_size;
    if (r->bytes + len > SR_WEBROOT_MAX_BYTES) {
        close(fd);
        return fail(errmsg, SR_EDATA, shown, "the web directory holds more than 128 MiB");
    }
    char *data = malloc(len ? len : 1);
    char *path = strdup(rel);
    size_t got = 0;
    while (data && path && got < len) {
        ssize_t k = read(fd, data + got, len - got);
        if (k <= 0) break;
        got += (size_t)k;
    }
    close(fd);
    if (!data || !path || got < len) {
        free(data);
        free(path);
        return fail(errmsg, data && path ? SR_EIO : SR_ENOMEM, shown, data && path ? "short read" : "out of memory");
    }
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 64;
        sr_webfile *f = realloc(r->files, cap * sizeof *f);
        if (!f) {
            free(data);
            free(path);
            return fail(errmsg, SR_ENOMEM, shown, "out of memory");
        }
        r->files = f;
        r->cap = cap;
    }
    r->files[r->n++] = (sr_webfile){path, data, len, type_of(rel), cache_of(rel)};
    r->bytes += len;
    return SR_OK;
}

/* Read directory dirfd (which it closes), whose path relative to the root is
 * prefix ("" or "a/b/"), shown in messages under root. */
static sr_status add_dir(sr_webroot *r, int dirfd, const char *root, const char *prefix, int depth, char **errmsg)
{
    DIR *d = fdopendir(dirfd);
    if (!d) {
        close(dirfd);
        return fail(errmsg, SR_EIO, root, strerror(errno));
    }
    sr_status st = SR_OK;
    struct dirent *e;
    while (st == SR_OK && (e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        struct stat sb;
        if (fstatat(dirfd, e->d_name, &sb, AT_SYMLINK_NOFOLLOW) != 0) continue;
        char *rel = sr_strf("%s%s", prefix, e->d_name);
        char *shown = rel ? sr_strf("%s/%s", root, rel) : NULL;
        if (!rel || !shown) {
            st = fail(errmsg, SR_ENOMEM, root, "out of memory");
        } else if (S_ISREG(sb.st_mode)) {
            st = add_file(r, dirfd, e->d_name, rel, shown, errmsg);
        } else if (S_ISDIR(sb.st_mode) && depth < SR_WEBROOT_MAX_DEPTH) {
            int sub = openat(dirfd, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            char *sub_prefix = sr_strf("%s/", rel);
            if (sub < 0 || !sub_prefix) {
                if (sub >= 0) close(sub);
                st = fail(errmsg, sub < 0 ? SR_EIO : SR_ENOMEM, shown, sub < 0 ? strerror(errno) : "out of memory");
            } else {
                st = add_dir(r, sub, root, sub_prefix, depth + 1, errmsg);
            }
            free(sub_prefix);
        }
        free(rel);
        free(shown);
    }
    closedir(d);
    return st;
}

static int by_path(const void *a, const void *b)
{
    return strcmp(((const sr_webfile *)a)->path, ((const sr_webfile *)b)->path);
}

sr_status sr_webroot_load(const char *dir, sr_webroot **out, char **errmsg)
{
    *out = NULL;
    if (!dir) return SR_EARG;
    sr_webroot *r = calloc(1, sizeof *r);
    if (!r) return SR_ENOMEM;
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        free(r);
        return fail(errmsg, SR_EIO, dir, strerror(errno));
    }
    sr_status st = add_dir(r, fd, dir, "", 0, errmsg);
    if (st != SR_OK) {
        sr_webroot_free(r);
        return st;
    }
    if (r->n) qsort(r->files, r->n, sizeof *r->files, by_path);
    *out = r;
    return SR_OK;
}

void sr_webroot_free(sr_webroot *root)
{
    if (!root) return;
    for (size_t i = 0; i < root->n; i++) {
        free(root->files[i].path);
        free(root->files[i].data);
    }
    free(root->files);
    free(root);
}

const sr_webfile *sr_webroot_find(const sr_webroot *root, const char *path)
{
    if (!root || !path || path[0] != '/') return NULL;
    const char *rel = path[1] ? path + 1 : "index.html";
    size_t lo = 0, hi = root->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(rel, root->files[mid].path);
        if (c == 0) return &root->files[mid];
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return NULL;
}

size_t sr_webroot_files(const sr_webroot *root) { return root ? root->n : 0; }
size_t sr_webroot_bytes(const sr_webroot *root) { return root ? root->bytes : 0; }
