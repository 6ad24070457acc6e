/*
 * taxonomy.c — loading data/taxonomy.tsv; see taxonomy.h.
 */
#include "taxonomy.h"

#include "../util/file.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sr_taxonomy {
    sr_type *types;
    int n;
    char *text;
};

void sr_taxonomy_free(sr_taxonomy *tax)
{
    if (!tax) return;
    free(tax->types);
    free(tax->text);
    free(tax);
}

sr_status sr_taxonomy_load(const char *path, sr_taxonomy **out, char **errmsg)
{
    *out = NULL;
    size_t len;
    char *text = sr_file_read(path, &len);
    if (!text) {
        sr_set_error(errmsg, sr_strf("%s: cannot read: %s", path, strerror(errno)));
        return SR_EIO;
    }
    sr_taxonomy *tax = calloc(1, sizeof *tax);
    if (!tax) {
        free(text);
        sr_set_error(errmsg, sr_file_error(path, 0, "out of memory"));
        return SR_ENOMEM;
    }
    tax->text = text;
    int cap = 0, lineno = 0;
    char *save = NULL;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        lineno++;
        size_t n = strlen(line);
        if (n && line[n - 1] == '\r') line[--n] = '\0';
        if (!n || line[0] == '#' || strncmp(line, "key\t", 4) == 0) continue;
        char *col[10];
        int nc = 0;
        for (char *p = line; nc < 10; nc++) {
            col[nc] = p;
            char *t = strchr(p, '\t');
            if (!t) { nc++; break; }
            *t = '\0';
            p = t + 1;
        }
        char *end = NULL;
        long rank = nc == 10 ? strtol(col[6], &end, 10) : 0;
        if (nc != 10 || !end || *end || !*col[0] || !*col[1] || !*col[2] || !*col[5] || !*col[7] || !*col[8] ||
            !*col[9] || (strcmp(col[8], "-") == 0) != (strcmp(col[9], "-") == 0)) {
            if (errmsg)
                *errmsg = sr_file_error(path, lineno, "expected 10 tab-separated columns: key acled acled_sub plover "
                                                      "cameo family rank case2021 actor1 actor1_sector (both or "
                                                      "neither of the last two \"-\")");
            sr_taxonomy_free(tax);
            return SR_EDATA;
        }
        if (sr_taxonomy_get(tax, col[0])) {
            if (errmsg) *errmsg = sr_file_error(path, lineno, "duplicate type key");
            sr_taxonomy_free(tax);
            return SR_EDATA;
        }
        if (tax->n == cap) {
            cap = cap ? cap * 2 : 32;
            sr_type *nt = realloc(tax->types, (size_t)cap * sizeof *nt);
            if (!nt) {
                if (errmsg) *errmsg = sr_file_error(path, lineno, "out of memory");
                sr_taxonomy_free(tax);
                return SR_ENOMEM;
            }
            tax->types = nt;
        }
        /* "-" marks a coding that does not apply (a type outside ACLED's codebook) */
        tax->types[tax->n++] = (sr_type){col[0],
                                         strcmp(col[1], "-") ? col[1] : NULL,
                                         strcmp(col[2], "-") ? col[2] : NULL,
                                         *col[3] && strcmp(col[3], "-") ? col[3] : NULL,
                                         *col[4] && strcmp(col[4], "-") ? col[4] : NULL,
                                         col[5], (int)rank, col[7],
                                         strcmp(col[8], "-") ? col[8] : NULL,
                                         strcmp(col[9], "-") ? col[9] : NULL};
    }
    *out = tax;
    return SR_OK;
}

const sr_type *sr_taxonomy_get(const sr_taxonomy *tax, const char *key)
{
    if (!key) return NULL;
    /* a linear scan of the rows, some 40,000 row tests per MB of text: the
     * first byte turns most rows away without the call */
    for (int i = 0; i < tax->n; i++)
        if (tax->types[i].key[0] == key[0] && strcmp(tax->types[i].key, key) == 0) return &tax->types[i];
    return NULL;
}

int sr_taxonomy_size(const sr_taxonomy *tax) { return tax->n; }

const sr_type *sr_taxonomy_at(const sr_taxonomy *tax, int i)
{
    return i >= 0 && i < tax->n ? &tax->types[i] : NULL;
}
