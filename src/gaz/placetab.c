/*
 * placetab.c — loading data/places.tsv; see placetab.h.
 *
 * Nine tab-separated columns: name feature country admin1 lat lon geonameid
 * population aliases ('|'-separated).  '#' starts a comment line.  A malformed
 * row stops the load with its line number: a silently skipped place would be
 * a place the engine can never find.
 */
#include "placetab.h"

#include "../util/file.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sr_placetab {
    sr_place *rows;
    int n_rows, cap_rows;
    /* country rows by ISO3 code: open addressing, linear probing, key = the
     * code as a 4-byte big-endian integer (NUL-padded, never 0 for a row) */
    uint32_t *country_codes;      /* 0 = empty slot */
    const sr_place **country_rows;
    uint32_t country_mask;        /* slots - 1; slots a power of two, at least twice the countries */
    char *text;         /* the file's bytes; row strings point into it */
};

static const char *const feature_names[] = {"country", "admin1", "admin2", "place", "region"};

const char *sr_feature_name(sr_feature f)
{
    return (unsigned)f < sizeof feature_names / sizeof *feature_names ? feature_names[f] : "?";
}

void sr_placetab_free(sr_placetab *tab)
{
    if (!tab) return;
    free(tab->rows);
    free(tab->country_codes);
    free(tab->country_rows);
    free(tab->text);
    free(tab);
}

static bool parse_double(const char *s, double lo, double hi, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || !isfinite(v) || v < lo || v > hi) return false;
    *out = v;
    return true;
}

static bool parse_long(const char *s, long *out)
{
    if (!*s) { *out = 0; return true; }
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || *end || v < 0) return false;
    *out = v;
    return true;
}

/* The code of an ISO3 string as country_codes holds it; 0 when it has four
 * or more bytes (no row's does: theirs end within 4) or none. */
static uint32_t country_code(const char *iso3)
{
    uint32_t c = 0;
    int k = 0;
    for (; k < 4 && iso3[k]; k++) c |= (uint32_t)(unsigned char)iso3[k] << (24 - 8 * k);
    return k == 4 ? 0 : c;
}

static uint32_t country_slot(uint32_t code, uint32_t mask)
{
    return (uint32_t)(((uint64_t)code * 0x9e3779b97f4a7c15ull) >> 32) & mask;
}

static sr_status index_countries(sr_placetab *tab, const char *path, char **errmsg)
{
    uint32_t n = 0, slots = 64;
    for (int i = 0; i < tab->n_rows; i++) n += tab->rows[i].feature == SR_FEAT_COUNTRY;
    while (slots < 2 * n) slots *= 2;
    tab->country_codes = calloc(slots, sizeof *tab->country_codes);
    tab->country_rows = calloc(slots, sizeof *tab->country_rows);
    if (!tab->country_codes || !tab->country_rows) {
        if (errmsg) *errmsg = sr_file_error(path, 0, "out of memory");
        return SR_ENOMEM;
    }
    tab->country_mask = slots - 1;
    for (int i = 0; i < tab->n_rows; i++) {
        if (tab->rows[i].feature != SR_FEAT_COUNTRY) continue;
        uint32_t code = country_code(tab->rows[i].country), k = country_slot(code, tab->country_mask);
        for (; tab->country_codes[k]; k = (k + 1) & tab->country_mask)
            if (tab->country_codes[k] == code) {
                if (errmsg) *errmsg = sr_file_error(path, 0, "two country rows share one ISO3 code");
                return SR_EDATA;
            }
        tab->country_codes[k] = code;
        tab->country_rows[k] = &tab->rows[i];
    }
    return SR_OK;
}

sr_status sr_placetab_load(const char *path, sr_lexicon *lex, sr_placetab **out, char **errmsg)
{
    *out = NULL;
    sr_placetab *tab = calloc(1, sizeof *tab);
    if (!tab) { if (errmsg) *errmsg = sr_file_error(path, 0, "out of memory"); return SR_ENOMEM; }
    size_t text_len;
    tab->text = sr_file_read(path, &text_len);
    if (!tab->text) {
        sr_set_error(errmsg, sr_strf("%s: cannot read: %s", path, strerror(errno)));
        free(tab);
        return SR_EIO;
    }
    /* first pass: rows (aliases are added to the lexicon once rows are stable) */
    char **alias_cols = NULL;
    int *row_lines = NULL;
    sr_status st = SR_OK;
    int lineno = 0;
    char *save = NULL;
    for (char *line = strtok_r(tab->text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        lineno++;
        size_t n = strlen(line);
        if (n && line[n - 1] == '\r') line[--n] = '\0';
        if (!n || line[0] == '#') continue;
        char *col[9];
        int nc = 0;
        char *p = line;
        while (nc < 9) {
            col[nc++] = p;
            char *tab_ch = strchr(p, '\t');
            if (!tab_ch) break;
            *tab_ch = '\0';
            p = tab_ch + 1;
        }
        if (nc == 9 && strcmp(col[0], "name") == 0 && strcmp(col[1], "feature") == 0) continue; /* header */
        const char *why = NULL;
        sr_place row = {0};
        if (nc != 9 || strchr(col[8], '\t')) why = "expected 9 tab-separated columns";
        else if (!*col[0]) why = "empty name";
        else if (strlen(col[2]) != 3 && !(col[2][0] == '\0' && strcmp(col[1], "region") == 0))
            why = "country must be an ISO 3166-1 alpha-3 code (empty only for a region such as a continent)";
        else if (!parse_double(col[4], -90, 90, &row.lat) || !parse_double(col[5], -180, 180, &row.lon))
            why = "latitude/longitude missing or out of range";
        else if (!parse_long(col[6], &row.geonameid) || !parse_long(col[7], &row.population))
            why = "geonameid/population must be non-negative integers";
        else {
            int f = -1;
            for (int k = 0; k < 5; k++)
                if (strcmp(col[1], feature_names[k]) == 0) f = k;
            if (f < 0) why = "feature must be country, admin1, admin2, place or region";
            row.feature = (sr_feature)f;
        }
        if (why) {
            if (errmsg) *errmsg = sr_file_error(path, lineno, why);
            st = SR_EDATA;
            break;
        }
        row.name = col[0];
        memcpy(row.country, col[2], 4);
        row.admin1 = *col[3] ? col[3] : NULL;
        if (tab->n_rows == tab->cap_rows) {
            int cap = tab->cap_rows ? tab->cap_rows * 2 : 512;
            sr_place *nr = realloc(tab->rows, (size_t)cap * sizeof *nr);
            char **na = realloc(alias_cols, (size_t)cap * sizeof *na);
            if (na) alias_cols = na;
            int *nl = realloc(row_lines, (size_t)cap * sizeof *nl);
            if (nl) row_lines = nl;
            if (nr) tab->rows = nr;
            if (!nr || !na || !nl) { st = SR_ENOMEM; if (errmsg) *errmsg = sr_file_error(path, lineno, "out of memory"); break; }
            tab->cap_rows = cap;
        }
        alias_cols[tab->n_rows] = col[8];
        row_lines[tab->n_rows] = lineno;
        tab->rows[tab->n_rows++] = row;
    }
    /* second pass: names and aliases into the lexicon (unless a gazetteer holds them) */
    for (int i = 0; lex && st == SR_OK && i < tab->n_rows; i++) {
        const sr_place *r = &tab->rows[i];
        sr_lex_attr attrs[1] = {{"feature", sr_feature_name(r->feature)}};
        st = sr_lexicon_add(lex, SR_LEX_PLACE, SR_LANG_UNKNOWN, r->name, attrs, 1, r, path, row_lines[i], errmsg);
        char *a = alias_cols[i];
        while (st == SR_OK && a && *a) {
            char *bar = strchr(a, '|');
            if (bar) *bar = '\0';
            if (*a) st = sr_lexicon_add(lex, SR_LEX_PLACE, SR_LANG_UNKNOWN, a, attrs, 1, r, path, row_lines[i], errmsg);
            a = bar ? bar + 1 : NULL;
        }
    }
    free(alias_cols);
    free(row_lines);
    if (st == SR_OK) st = index_countries(tab, path, errmsg);
    if (st != SR_OK) { sr_placetab_free(tab); return st; }
    *out = tab;
    return SR_OK;
}

const sr_place *sr_placetab_country(const sr_placetab *tab, const char *iso3)
{
    if (!iso3) return NULL;
    /* hashed rather than searched: extraction asks this for every actor and
     * place; the table is at most half full, so a probe or two answers */
    uint32_t code = country_code(iso3);
    if (!code) return NULL;
    for (uint32_t k = country_slot(code, tab->country_mask); tab->country_codes[k]; k = (k + 1) & tab->country_mask)
        if (tab->country_codes[k] == code) return tab->country_rows[k];
    return NULL;
}

double sr_distance_km(double lat1, double lon1, double lat2, double lon2)
{
    const double r = 6371.0088, d2r = M_PI / 180.0;
    double dlat = (lat2 - lat1) * d2r, dlon = (lon2 - lon1) * d2r;
    double a = sin(dlat / 2) * sin(dlat / 2) + cos(lat1 * d2r) * cos(lat2 * d2r) * sin(dlon / 2) * sin(dlon / 2);
    return 2 * r * asin(sqrt(a < 1 ? a : 1));
}
