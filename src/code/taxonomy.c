/*
 * taxonomy.c — loading data/taxonomy.tsv; see taxonomy.h.
 */
#include "taxonomy.h"

#include "../util/buf.h"
#include "../util/file.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sr_taxonomy {
    sr_type *types;
    int n;
    char *text;
    sr_buf json;        /* every type's JSON object, end to end (sr_type.json) */
};

void sr_taxonomy_free(sr_taxonomy *tax)
{
    if (!tax) return;
    free(tax->types);
    free(tax->text);
    sr_buf_release(&tax->json);
    free(tax);
}

/* Each type's "type" object, written once into tax->json, each followed by a
 * NUL, then pointed at (only once the buffer has stopped moving). */
static sr_status make_json(sr_taxonomy *tax)
{
    for (int i = 0; i < tax->n; i++) {
        const sr_type *t = &tax->types[i];
        size_t at = tax->json.len;
        sr_buf_append(&tax->json, "{\"acled\":", 9);
        sr_json_cstr(&tax->json, t->acled);
        sr_buf_append(&tax->json, ",\"acled_sub\":", 13);
        sr_json_cstr(&tax->json, t->acled_sub);
        sr_buf_append(&tax->json, ",\"plover\":", 10);
        sr_json_cstr(&tax->json, t->plover);
        sr_buf_append(&tax->json, ",\"cameo\":", 9);
        sr_json_cstr(&tax->json, t->cameo);
        sr_buf_append(&tax->json, ",\"key\":", 7);
        sr_json_cstr(&tax->json, t->key);
        sr_buf_putc(&tax->json, '}');
        tax->types[i].json_len = tax->json.len - at;
        sr_buf_putc(&tax->json, '\0');
    }
    if (tax->json.oom) return SR_ENOMEM;
    for (size_t i = 0, at = 0; i < (size_t)tax->n; at += tax->types[i++].json_len + 1)
        tax->types[i].json = tax->json.data + at;
    return SR_OK;
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
    sr_buf_init(&tax->json, NULL);
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
                                         strcmp(col[9], "-") ? col[9] : NULL,
                                         NULL, 0}; /* json: make_json(), once every row is in */
    }
    if (make_json(tax) != SR_OK) {
        sr_set_error(errmsg, sr_file_error(path, 0, "out of memory"));
        sr_taxonomy_free(tax);
        return SR_ENOMEM;
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
