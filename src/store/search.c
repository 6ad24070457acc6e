/*
 * search.c — the folded form that full-text search indexes and queries, and
 * turning a user's words into an FTS5 query; see store_int.h.
 *
 * Place in the pipeline: store -> [search] -> query.  SQLite's unicode61
 * tokenizer folds case and (optionally) diacritics, but knows nothing of
 * Turkish: it keeps ı apart from i and turns İ into i plus a dot.  So the
 * store indexes a folded copy of each evidence sentence and folds queries the
 * same way: first the lexicon's plain form (sr_plain: Latin letters with
 * diacritics to their base letter, ı and İ to i, combining marks dropped),
 * then ASCII lower case, and ICU's default case folding for what is left
 * outside ASCII (Greek, Cyrillic, ...).  Both sides meet whatever the case
 * and whichever i the writer typed.
 */
#include "store/store_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include "lex/fold.h"

/* ICU's default case folding of the NUL-terminated UTF-8 s into a malloc'd
 * string; NULL on OOM or when s is not valid UTF-8 (then the caller keeps s). */
static char *icu_fold(const char *s, size_t len)
{
    UErrorCode err = U_ZERO_ERROR;
    int32_t n16 = 0;
    u_strFromUTF8(NULL, 0, &n16, s, (int32_t)len, &err);
    if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) return NULL;
    /* room for the text and its folding, which may grow (ß -> ss) up to three times */
    int32_t cap = 3 * (n16 + 1);
    UChar *u = malloc(((size_t)n16 + 1 + (size_t)cap) * sizeof *u);
    char *out = NULL;
    if (!u) return NULL;
    err = U_ZERO_ERROR;
    u_strFromUTF8(u, n16 + 1, NULL, s, (int32_t)len, &err);
    UChar *f = u + n16 + 1;
    int32_t nf = U_SUCCESS(err) ? u_strFoldCase(f, cap, u, n16, U_FOLD_CASE_DEFAULT, &err) : 0;
    if (U_SUCCESS(err) && nf < cap) {
        int32_t n8 = 0;
        u_strToUTF8(NULL, 0, &n8, f, nf, &err);
        if (err == U_BUFFER_OVERFLOW_ERROR) {
            err = U_ZERO_ERROR;
            out = malloc((size_t)n8 + 1);
            if (out) u_strToUTF8(out, n8 + 1, NULL, f, nf, &err);
            if (out && U_FAILURE(err)) {
                free(out);
                out = NULL;
            }
        }
    }
    free(u);
    return out;
}

char *sr_store_fold(const char *s, size_t len)
{
    char *in = malloc(len + 1);
    if (!in) return NULL;
    memcpy(in, s, len);
    in[len] = '\0';
    char *plain = malloc(len + 1);
    if (!plain) {
        free(in);
        return NULL;
    }
    size_t n = sr_plain(in, plain, len + 1);
    free(in);
    bool ascii = true;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)plain[i];
        if (c >= 0x80) ascii = false;
        else plain[i] = (char)tolower(c);
    }
    if (ascii) return plain;
    char *folded = icu_fold(plain, n);
    if (!folded) return plain;
    /* folding may give letters with diacritics again (upper-case ones outside Latin-1) */
    size_t fl = strlen(folded);
    char *again = malloc(fl + 1);
    if (again) {
        sr_plain(folded, again, fl + 1);
        free(plain);
        free(folded);
        return again;
    }
    free(folded);
    return plain;
}

char *sr_store_fts_query(const char *q)
{
    char *folded = sr_store_fold(q, strlen(q));
    if (!folded) return NULL;
    size_t n = strlen(folded);
    char *out = malloc(n * 2 + 8 * (n + 1) + 1);
    if (!out) {
        free(folded);
        return NULL;
    }
    size_t o = 0;
    const char *p = folded;
    while (*p) {
        while (*p && isspace((unsigned char)*p)) p++;
        const char *w = p;
        while (*p && !isspace((unsigned char)*p)) p++;
        size_t wl = (size_t)(p - w);
        bool prefix = wl > 1 && w[wl - 1] == '*';
        if (prefix) wl--;
        bool word = false;
        for (size_t i = 0; i < wl && !word; i++) word = isalnum((unsigned char)w[i]) || (unsigned char)w[i] >= 0x80;
        if (!word) continue;
        if (o) out[o++] = ' ';
        out[o++] = '"';
        for (size_t i = 0; i < wl; i++) {
            if (w[i] == '"') out[o++] = '"';
            out[o++] = w[i];
        }
        out[o++] = '"';
        if (prefix) out[o++] = '*';
    }
    out[o] = '\0';
    free(folded);
    return out;
}
