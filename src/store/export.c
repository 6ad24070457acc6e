/*
 * export.c — the export writers; see export.h and docs/store.md.
 *
 * Place in the pipeline: store -> [export].  Each stored record (walked with
 * sr_store_each_event / sr_store_each_incident) is parsed with json-c and
 * written as one line:
 *   - jsonl: as stored;
 *   - geojson: {"type":"Feature","geometry":Point(lon, lat) or null,
 *     "properties":record} inside one FeatureCollection;
 *   - acled-csv: ACLED's column names in ACLED's order (the header of
 *     ACLED's own exports), RFC 4180 quoting;
 *   - gdelt-tsv: GDELT 2.0's event table, 61 tab-separated columns: CAMEO
 *     event code and root, quad class, Goldstein value (data/goldstein.tsv),
 *     actor codes (country + CAMEO type), geography of actor1 (where it acted
 *     from), actor2 and the action (where it happened), and
 *     NumMentions/NumSources/NumArticles from the incident the event belongs
 *     to (or the incident itself).
 * Country numbers, two-letter codes, names and UN M49 sub-regions come from
 * ICU's region data.  GDELT writes FIPS 10-4 country codes where we write
 * ISO 3166-1 alpha-2 (the two differ for many countries), and ACLED's own
 * region names differ from M49's in places (ACLED's "Middle East" is M49's
 * "Western Asia"); both are said in docs/store.md.
 */
#include "store/export.h"

#include <errno.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unicode/uloc.h>
#include <unicode/uregion.h>
#include <unicode/ustring.h>

#include "incident/mention.h"
#include "store/store_int.h"
#include "time/timex.h"
#include "util/file.h"

#ifndef SITREP_DATA_DIR
#define SITREP_DATA_DIR "data"
#endif

static const char *const ACLED_COLUMNS[] = {
    "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "timestamp", "iso3"};

#define GEO_COLUMNS(p) #p "Geo_Type", #p "Geo_FullName", #p "Geo_CountryCode", #p "Geo_ADM1Code", \
                       #p "Geo_ADM2Code", #p "Geo_Lat", #p "Geo_Long", #p "Geo_FeatureID"
#define ACTOR_COLUMNS(p) #p "Code", #p "Name", #p "CountryCode", #p "KnownGroupCode", #p "EthnicCode", \
                         #p "Religion1Code", #p "Religion2Code", #p "Type1Code", #p "Type2Code", #p "Type3Code"
static const char *const GDELT_COLUMNS[] = {
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", ACTOR_COLUMNS(Actor1), ACTOR_COLUMNS(Actor2),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "AvgTone", GEO_COLUMNS(Actor1), GEO_COLUMNS(Actor2), GEO_COLUMNS(Action),
    "DATEADDED", "SOURCEURL"};
_Static_assert(sizeof GDELT_COLUMNS / sizeof *GDELT_COLUMNS == 61, "GDELT 2.0 has 61 event columns");

bool sr_export_format_parse(const char *name, sr_export_format *out)
{
    static const char *const NAMES[] = {"jsonl", "geojson", "acled-csv", "gdelt-tsv"};
    for (int i = 0; i < 4; i++)
        if (name && !strcmp(name, NAMES[i])) {
            *out = (sr_export_format)i;
            return true;
        }
    return false;
}

/* ---- the Goldstein table ----------------------------------------------------- */

typedef struct goldstein {
    bool known[21];
    double value[21];        /* by CAMEO root 1..20 */
} goldstein;

static sr_status load_goldstein(const char *data_dir, goldstein *g, char **errmsg)
{
    memset(g, 0, sizeof *g);
    if (!data_dir || !*data_dir) data_dir = getenv("SITREP_DATA");
    if (!data_dir || !*data_dir) data_dir = SITREP_DATA_DIR;
    char *path = sr_strf("%s/goldstein.tsv", data_dir);
    size_t len;
    char *text = path ? sr_file_read(path, &len) : NULL;
    if (!text) {
        sr_set_error(errmsg, path ? sr_strf("%s: cannot read: %s", path, strerror(errno)) : NULL);
        free(path);
        return SR_EDATA;
    }
    int lineno = 0;
    sr_status st = SR_OK;
    char *save = NULL;
    for (char *line = strtok_r(text, "\n", &save); line && st == SR_OK; line = strtok_r(NULL, "\n", &save)) {
        lineno++;
        if (line[0] == '#' || !strncmp(line, "root\t", 5) || !line[0]) continue;
        char *name = strchr(line, '\t'), *value = name ? strchr(name + 1, '\t') : NULL, *end = NULL;
        long root = strtol(line, &end, 10);
        double v = value ? strtod(value + 1, &end) : 0;
        if (!value || root < 1 || root > 20 || v < -10 || v > 10 || (*end && *end != '\r')) {
            sr_set_error(errmsg, sr_file_error(path, lineno, "want ROOT<TAB>NAME<TAB>VALUE, root 01-20, value -10..10"));
            st = SR_EDATA;
            break;
        }
        g->known[root] = true;
        g->value[root] = v;
    }
    free(text);
    free(path);
    return st;
}

/* ---- reading records ----------------------------------------------------------- */

/* A stable number for a record id ("ev-"/"in-" + 16 hex digits): its low 53 bits, so
 * that it survives a trip through a double. */
static unsigned long long id_number(const char *id)
{
    const char *hex = id && strlen(id) > 3 ? id + 3 : "";
    return strtoull(hex, NULL, 16) & ((1ull << 53) - 1);
}

/* A country as ICU's region data knows it. */
typedef struct country {
    char alpha2[4];
    int numeric;
    char name[96];
    char region[96];       /* UN M49 sub-region */
} country;

static void display_name(const char *code, char *out, size_t cap)
{
    char loc[16];
    UChar name[96];
    UErrorCode err = U_ZERO_ERROR;
    snprintf(loc, sizeof loc, "und_%s", code);
    int32_t n = uloc_getDisplayCountry(loc, "en", name, 96, &err);
    out[0] = '\0';
    if (U_FAILURE(err) || n <= 0) return;
    u_strToUTF8(out, (int32_t)cap, NULL, name, n, &err);
    if (U_FAILURE(err)) out[0] = '\0';
}

static bool country_of(const char *alpha3, country *c)
{
    memset(c, 0, sizeof *c);
    if (!alpha3 || strlen(alpha3) != 3) return false;
    UErrorCode err = U_ZERO_ERROR;
    const URegion *r = uregion_getRegionFromCode(alpha3, &err);
    if (U_FAILURE(err) || !r) return false;
    snprintf(c->alpha2, sizeof c->alpha2, "%s", uregion_getRegionCode(r));
    c->numeric = uregion_getNumericCode(r);
    display_name(c->alpha2, c->name, sizeof c->name);
    const URegion *sub = uregion_getContainingRegionOfType(r, URGN_SUBCONTINENT);
    if (sub) display_name(uregion_getRegionCode(sub), c->region, sizeof c->region);
    return true;
}

/* ---- the writer's state ------------------------------------------------------------ */

typedef struct exporter {
    sr_store *s;
    const sr_export_options *o;
    sr_emit_fn emit;
    void *ctx;
    sr_export_stats stats;
    sr_buf line;
    json_tokener *tok;
    goldstein gold;
    sqlite3_stmt *incident_of_event, *doc_info;
    bool first;
    sr_status status;
    char **errmsg;
} exporter;

static bool put_line(exporter *x)
{
    if (x->line.oom) {
        x->status = SR_ENOMEM;
        return false;
    }
    if (x->emit(x->ctx, x->line.data, x->line.len)) {
        x->status = SR_EIO;
        sr_set_error(x->errmsg, sr_strf("cannot write the export"));
        return false;
    }
    return true;
}

/* The stored incident record of an event (new reference), or NULL. */
static json_object *incident_of(exporter *x, const char *event)
{
    sqlite3_reset(x->incident_of_event);
    sqlite3_bind_text(x->incident_of_event, 1, event, -1, SQLITE_TRANSIENT);
    json_object *rec = NULL;
    if (sqlite3_step(x->incident_of_event) == SQLITE_ROW)
        rec = json_tokener_parse((const char *)sqlite3_column_text(x->incident_of_event, 0));
    sqlite3_reset(x->incident_of_event);
    return rec;
}

/* The url and ingest time of the first of a record's documents (url may stay NULL). */
typedef struct doc_meta {
    char url[2048];
    bool has_url;
    long long added;        /* the latest ingest time, unix seconds; 0 unknown */
} doc_meta;

static void doc_meta_of(exporter *x, json_object *rec, doc_meta *dm)
{
    memset(dm, 0, sizeof *dm);
    json_object *docs = sr_json_get_array(rec, "docs");
    size_t n = docs ? json_object_array_length(docs) : 0;
    const char *single = sr_json_get_str(rec, "doc");
    for (size_t i = 0; i < (docs ? n : 1); i++) {
        const char *id = docs ? json_object_get_string(json_object_array_get_idx(docs, i)) : single;
        if (!id) continue;
        sqlite3_reset(x->doc_info);
        sqlite3_bind_text(x->doc_info, 1, id, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(x->doc_info) == SQLITE_ROW) {
            const char *url = (const char *)sqlite3_column_text(x->doc_info, 0);
            if (!dm->has_url) {
                snprintf(dm->url, sizeof dm->url, "%s", url ? url : id);
                dm->has_url = true;
            }
            long long added = sqlite3_column_int64(x->doc_info, 1);
            if (added > dm->added) dm->added = added;
        }
        sqlite3_reset(x->doc_info);
    }
}

/* The date of a record, its first day when coarser. */
typedef struct rec_date {
    bool ok;
    int year, month, day;
    int precision;           /* ACLED time_precision: 1 day, 2 week, 3 month or coarser */
} rec_date;

static rec_date date_of(json_object *rec)
{
    rec_date r = {0};
    const char *s = sr_json_get_str(rec, "date"), *p = sr_json_get_str(rec, "date_precision");
    sr_date d;
    if (!s || !sr_date_parse_iso(s, &d)) return r;
    r.ok = true;
    r.year = d.year;
    r.month = d.month ? d.month : 1;
    r.day = d.day ? d.day : 1;
    r.precision = d.precision == SR_PREC_DAY ? (p && !strcmp(p, "week") ? 2 : 1) : 3;
    return r;
}

/* ---- CSV and TSV fields ---------------------------------------------------------------- */

static void csv_field(sr_buf *b, const char *s, bool first)
{
    if (!first) sr_buf_putc(b, ',');
    if (!s) return;
    if (!strpbrk(s, ",\"\r\n")) {
        sr_buf_puts(b, s);
        return;
    }
    sr_buf_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"') sr_buf_putc(b, '"');
        sr_buf_putc(b, *s);
    }
    sr_buf_putc(b, '"');
}

/* A TSV field: tabs and line breaks inside become spaces. */
static void tsv_field(sr_buf *b, const char *s, bool first)
{
    if (!first) sr_buf_putc(b, '\t');
    for (; s && *s; s++) sr_buf_putc(b, *s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

static void header(exporter *x, const char *const *cols, size_t n, bool tsv)
{
    sr_buf_clear(&x->line);
    for (size_t i = 0; i < n; i++) (tsv ? tsv_field : csv_field)(&x->line, cols[i], i == 0);
    put_line(x);
}

/* ---- ACLED ------------------------------------------------------------------------------ */

/* ACLED's actor category (inter code) for an actor; 0 when unknown.  State forces
 * outside their own country are external forces (8). */
static int inter_code(json_object *actor, const char *where_country)
{
    const char *sector = sr_json_get_str(actor, "sector"), *c = sr_json_get_str(actor, "country");
    if (!actor || !sector) return 0;
    if (!strcmp(sector, "military") || !strcmp(sector, "police") || !strcmp(sector, "government"))
        return c && where_country && strcmp(c, where_country) ? 8 : 1;
    if (!strcmp(sector, "rebel")) return 2;
    if (!strcmp(sector, "militia")) return 3;
    if (!strcmp(sector, "rioters")) return 5;
    if (!strcmp(sector, "protesters")) return 6;
    if (!strcmp(sector, "civilians") || !strcmp(sector, "media")) return 7;
    return 0;
}

/* The names of a record's sources, joined with "; " (documents standing for
 * unattributed claims left out). */
static void source_names(sr_buf *b, json_object *rec)
{
    json_object *arr = sr_json_get_array(rec, "sources");
    size_t n = arr ? json_object_array_length(arr) : 0;
    bool any = false;
    for (size_t i = 0; i < n; i++) {
        json_object *s = json_object_array_get_idx(arr, i);
        const char *name = sr_json_get_str(s, "name"), *kind = sr_json_get_str(s, "kind");
        if (!name) name = sr_json_get_str(s, "text");
        if (!name || (kind && !strcmp(kind, "document"))) continue;
        if (any) sr_buf_puts(b, "; ");
        sr_buf_puts(b, name);
        any = true;
    }
}

static void acled_row(exporter *x, json_object *rec, const char *id)
{
    json_object *type = sr_json_get_obj(rec, "type"), *loc = sr_json_get_obj(rec, "location");
    const char *acled = sr_json_get_str(type, "acled");
    if (!acled) {
        x->stats.skipped++;
        return;
    }
    json_object *a1 = sr_json_get_obj(rec, "actor1"), *a2 = sr_json_get_obj(rec, "actor2");
    const char *iso3 = sr_json_get_str(loc, "country");
    country c;
    bool has_country = country_of(iso3, &c);
    rec_date d = date_of(rec);
    doc_meta dm;
    doc_meta_of(x, rec, &dm);
    char num[32], iso[8], date[16], year[8], prec[4], inter1[4], inter2[4], inter[4], lat[32], lon[32], gp[4],
        fat[24], ts[24];
    snprintf(num, sizeof num, "%llu", id_number(id));
    snprintf(iso, sizeof iso, "%d", c.numeric);
    snprintf(date, sizeof date, "%04d-%02d-%02d", d.year, d.month, d.day);
    snprintf(year, sizeof year, "%d", d.year);
    snprintf(prec, sizeof prec, "%d", d.precision);
    /* ACLED's interaction: the two categories, lower first; a lone actor1's category times ten */
    int i1 = inter_code(a1, iso3), i2 = inter_code(a2, iso3);
    snprintf(inter1, sizeof inter1, "%d", i1);
    snprintf(inter2, sizeof inter2, "%d", i2);
    if (i1 && i2) snprintf(inter, sizeof inter, "%d", i1 < i2 ? i1 * 10 + i2 : i2 * 10 + i1);
    else snprintf(inter, sizeof inter, "%d", i1 * 10);
    double v;
    bool has_lat = sr_json_get_num(loc, "lat", &v);
    if (has_lat) snprintf(lat, sizeof lat, "%.4f", v);
    bool has_lon = sr_json_get_num(loc, "lon", &v);
    if (has_lon) snprintf(lon, sizeof lon, "%.4f", v);
    bool has_gp = sr_json_get_num(loc, "precision", &v);
    if (has_gp) snprintf(gp, sizeof gp, "%d", (int)v);
    snprintf(fat, sizeof fat, "%lld", sr_json_get_num(rec, "fatalities", &v) ? (long long)v : 0LL);
    snprintf(ts, sizeof ts, "%lld", dm.added);

    sr_buf sources, notes;
    sr_buf_init(&sources, NULL);
    sr_buf_init(&notes, NULL);
    source_names(&sources, rec);
    json_object *ev = sr_json_get_array(rec, "evidence");
    const char *first_evidence = ev && json_object_array_length(ev)
                                     ? sr_json_get_str(json_object_array_get_idx(ev, 0), "text")
                                     : NULL;
    if (first_evidence) {
        sr_buf_puts(&notes, first_evidence);
    } else {
        double n_ev = 0, n_rep = 0, n_src = 0;
        json_object *events = sr_json_get_array(rec, "events");
        n_ev = events ? (double)json_object_array_length(events) : 0;
        sr_json_get_num(rec, "n_reports", &n_rep);
        sr_json_get_num(rec, "n_sources", &n_src);
        sr_buf_printf(&notes, "sitrep incident %s: %d events in %d reports from %d sources", id, (int)n_ev,
                      (int)n_rep, (int)n_src);
    }
    const char *cells[31] = {
        num, has_country ? iso : NULL, id, num, d.ok ? date : NULL, d.ok ? year : NULL, d.ok ? prec : NULL, acled,
        sr_json_get_str(type, "acled_sub"), sr_json_get_str(a1, "name"), NULL, i1 ? inter1 : NULL,
        sr_json_get_str(a2, "name"), NULL, i2 ? inter2 : NULL, i1 ? inter : NULL, has_country ? c.region : NULL,
        has_country ? c.name : NULL, sr_json_get_str(loc, "admin1"), NULL, NULL, sr_json_get_str(loc, "name"),
        has_lat ? lat : NULL, has_lon ? lon : NULL, has_gp ? gp : NULL, sources.len ? sources.data : NULL, NULL,
        notes.len ? notes.data : NULL, fat, dm.added ? ts : NULL, iso3};
    sr_buf_clear(&x->line);
    for (int i = 0; i < 31; i++) csv_field(&x->line, cells[i], i == 0);
    if (sources.oom || notes.oom) x->line.oom = true;
    sr_buf_release(&sources);
    sr_buf_release(&notes);
    if (put_line(x)) x->stats.written++;
}

/* ---- GDELT --------------------------------------------------------------------------------- */

/* CAMEO's actor type code for our sectors; NULL when none fits. */
static const char *cameo_type(const char *sector)
{
    static const char *const MAP[][2] = {{"military", "MIL"}, {"police", "COP"},   {"government", "GOV"},
                                         {"rebel", "REB"},    {"militia", "UAF"},  {"civilians", "CVL"},
                                         {"protesters", "CVL"}, {"rioters", "CVL"}, {"media", "MED"}};
    for (size_t i = 0; sector && i < sizeof MAP / sizeof *MAP; i++)
        if (!strcmp(sector, MAP[i][0])) return MAP[i][1];
    return NULL;
}

static void gdelt_actor(sr_buf *b, json_object *actor)
{
    const char *c = sr_json_get_str(actor, "country"), *t = cameo_type(sr_json_get_str(actor, "sector"));
    char code[16];
    snprintf(code, sizeof code, "%s%s", c ? c : "", t ? t : "");
    tsv_field(b, actor ? code : NULL, false);
    tsv_field(b, sr_json_get_str(actor, "name"), false);
    tsv_field(b, c, false);
    for (int i = 0; i < 4; i++) tsv_field(b, NULL, false);   /* known group, ethnic, religion 1 and 2 */
    tsv_field(b, t, false);
    tsv_field(b, NULL, false);
    tsv_field(b, NULL, false);
}

/* The eight geography columns of a place (all empty but the type 0 for none). */
static void gdelt_geo(sr_buf *b, json_object *place)
{
    const char *name = sr_json_get_str(place, "name"), *admin1 = sr_json_get_str(place, "admin1");
    const char *iso3 = sr_json_get_str(place, "country"), *feature = sr_json_get_str(place, "feature");
    country c;
    bool has_country = country_of(iso3, &c);
    double lat = 0, lon = 0, gid = 0;
    bool has_coord = sr_json_get_num(place, "lat", &lat) && sr_json_get_num(place, "lon", &lon);
    if (!place || (!name && !has_country)) {
        sr_buf_puts(b, "\t0\t\t\t\t\t\t\t");
        return;
    }
    bool us = iso3 && !strcmp(iso3, "USA");
    int type = feature && (!strcmp(feature, "country") || !strcmp(feature, "region")) ? 1
               : feature && !strcmp(feature, "admin1")                               ? (us ? 2 : 5)
                                                                                      : (us ? 3 : 4);
    char buf[64];
    snprintf(buf, sizeof buf, "%d", type);
    tsv_field(b, buf, false);
    sr_buf full;
    sr_buf_init(&full, NULL);
    const char *parts[3] = {name, admin1, has_country ? c.name : NULL};
    for (int i = 0; i < 3; i++) {
        if (!parts[i] || !*parts[i] || (i && parts[i - 1] && !strcmp(parts[i], parts[i - 1]))) continue;
        if (full.len) sr_buf_puts(&full, ", ");
        sr_buf_puts(&full, parts[i]);
    }
    tsv_field(b, full.len ? full.data : NULL, false);
    if (full.oom) b->oom = true;
    sr_buf_release(&full);
    tsv_field(b, has_country ? c.alpha2 : NULL, false);
    tsv_field(b, NULL, false);   /* ADM1Code: GDELT's FIPS admin codes are not in our records */
    tsv_field(b, NULL, false);
    snprintf(buf, sizeof buf, "%.4f", lat);
    tsv_field(b, has_coord ? buf : NULL, false);
    snprintf(buf, sizeof buf, "%.4f", lon);
    tsv_field(b, has_coord ? buf : NULL, false);
    bool has_gid = sr_json_get_num(place, "geonameid", &gid);
    snprintf(buf, sizeof buf, "%.0f", gid);
    tsv_field(b, has_gid ? buf : NULL, false);
}

static void gdelt_row(exporter *x, json_object *rec, const char *id, bool is_incident)
{
    json_object *type = sr_json_get_obj(rec, "type");
    const char *cameo = sr_json_get_str(type, "cameo");
    if (!cameo || strlen(cameo) < 2 || strlen(cameo) > 4 || cameo[0] < '0' || cameo[0] > '2') {
        x->stats.skipped++;
        return;
    }
    int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
    if (root < 1 || root > 20) {
        x->stats.skipped++;
        return;
    }
    json_object *inc = is_incident ? json_object_get(rec) : incident_of(x, id);
    json_object *a1 = sr_json_get_obj(rec, "actor1"), *a2 = sr_json_get_obj(rec, "actor2");
    json_object *loc = sr_json_get_obj(rec, "location"), *origin = sr_json_get_obj(rec, "origin");
    rec_date d = date_of(rec);
    doc_meta dm;
    doc_meta_of(x, rec, &dm);
    sr_buf *b = &x->line;
    sr_buf_clear(b);
    sr_buf_printf(b, "%llu", id_number(id));
    if (d.ok) {
        long doy = sr_date_to_days(d.year, d.month, d.day) - sr_date_to_days(d.year, 1, 1) + 1;
        sr_buf_printf(b, "\t%04d%02d%02d\t%04d%02d\t%04d\t%.4f", d.year, d.month, d.day, d.year, d.month, d.year,
                      d.year + (double)doy / 365.0);
    } else {
        sr_buf_puts(b, "\t\t\t\t");
    }
    gdelt_actor(b, a1);
    gdelt_actor(b, a2);
    char base[4] = {cameo[0], cameo[1], cameo[2] ? cameo[2] : '\0', '\0'}, rootc[3] = {cameo[0], cameo[1], '\0'};
    int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    sr_buf_printf(b, "\t1\t%s\t%s\t%s\t%d\t", cameo, base, rootc, quad);
    if (x->gold.known[root]) sr_buf_printf(b, "%.1f", x->gold.value[root]);
    double mentions = 1, sources = 0, articles = 1;
    json_object *docs = sr_json_get_array(inc, "docs");
    if (inc) {
        sr_json_get_num(inc, "n_mentions", &mentions);
        sr_json_get_num(inc, "n_sources", &sources);
        if (docs) articles = (double)json_object_array_length(docs);
    } else {
        sr_json_get_num(rec, "mentions", &mentions);
        json_object *src = sr_json_get_array(rec, "sources");
        sources = src ? (double)json_object_array_length(src) : 0;
    }
    sr_buf_printf(b, "\t%.0f\t%.0f\t%.0f\t", mentions, sources, articles);   /* AvgTone left empty: no tone */
    json_object_put(inc);
    gdelt_geo(b, a1 ? (origin ? origin : loc) : NULL);
    gdelt_geo(b, a2 ? loc : NULL);
    gdelt_geo(b, loc);
    char added[24] = "";
    if (dm.added) {
        time_t t = (time_t)dm.added;
        struct tm tm;
        if (gmtime_r(&t, &tm)) strftime(added, sizeof added, "%Y%m%d%H%M%S", &tm);
    }
    tsv_field(b, added, false);
    tsv_field(b, dm.has_url ? dm.url : NULL, false);
    if (put_line(x)) x->stats.written++;
}

/* ---- GeoJSON ---------------------------------------------------------------------------------- */

static void geojson_feature(exporter *x, json_object *rec, const char *json, size_t len)
{
    json_object *loc = sr_json_get_obj(rec, "location");
    double lat, lon;
    sr_buf *b = &x->line;
    sr_buf_clear(b);
    if (!x->first) sr_buf_putc(b, ',');
    sr_buf_puts(b, "{\"type\":\"Feature\",\"geometry\":");
    if (sr_json_get_num(loc, "lat", &lat) && sr_json_get_num(loc, "lon", &lon))
        sr_buf_printf(b, "{\"type\":\"Point\",\"coordinates\":[%.6g,%.6g]}", lon, lat);
    else
        sr_buf_puts(b, "null");
    sr_buf_puts(b, ",\"properties\":");
    sr_buf_append(b, json, len);
    sr_buf_putc(b, '}');
    if (put_line(x)) {
        x->stats.written++;
        x->first = false;
    }
}

/* ---- the walk ------------------------------------------------------------------------------------ */

static int export_record(void *ctx, const char *json, size_t len)
{
    exporter *x = ctx;
    if (x->o->format == SR_EXPORT_JSONL) {
        if (x->emit(x->ctx, json, len)) {
            x->status = SR_EIO;
            sr_set_error(x->errmsg, sr_strf("cannot write the export"));
            return 1;
        }
        x->stats.written++;
        return 0;
    }
    json_tokener_reset(x->tok);
    json_object *rec = json_tokener_parse_ex(x->tok, json, (int)len);
    const char *id = sr_json_get_str(rec, "id");
    if (!id) {
        json_object_put(rec);
        x->stats.skipped++;
        return 0;
    }
    switch (x->o->format) {
    case SR_EXPORT_GEOJSON: geojson_feature(x, rec, json, len); break;
    case SR_EXPORT_ACLED_CSV: acled_row(x, rec, id); break;
    default: gdelt_row(x, rec, id, x->o->incidents); break;
    }
    json_object_put(rec);
    return x->status != SR_OK;
}

sr_status sr_store_export(sr_store *s, const sr_store_filter *f, const sr_export_options *o, sr_emit_fn emit,
                          void *ctx, sr_export_stats *stats, char **errmsg)
{
    if (!s || !o || !emit) return SR_EARG;
    exporter x = {.s = s, .o = o, .emit = emit, .ctx = ctx, .first = true, .errmsg = errmsg};
    sr_buf_init(&x.line, NULL);
    sr_status st = o->format == SR_EXPORT_GDELT_TSV ? load_goldstein(o->data_dir, &x.gold, errmsg) : SR_OK;
    if (st == SR_OK && !(x.tok = json_tokener_new_ex(64))) st = SR_ENOMEM;
    if (st == SR_OK &&
        (sqlite3_prepare_v2(s->db,
                            "SELECT i.record FROM incident_members m JOIN incidents i ON i.id = m.incident"
                            " WHERE m.event = ?1",
                            -1, &x.incident_of_event, NULL) != SQLITE_OK ||
         sqlite3_prepare_v2(s->db, "SELECT url, added FROM documents WHERE id = ?1", -1, &x.doc_info, NULL) !=
             SQLITE_OK))
        st = sr_store_fail(s, "preparing the export", errmsg);
    if (st == SR_OK) {
        if (o->format == SR_EXPORT_GEOJSON) {
            sr_buf_clear(&x.line);
            sr_buf_puts(&x.line, "{\"type\":\"FeatureCollection\",\"features\":[");
            put_line(&x);
        } else if (o->header && o->format == SR_EXPORT_ACLED_CSV) {
            header(&x, ACLED_COLUMNS, sizeof ACLED_COLUMNS / sizeof *ACLED_COLUMNS, false);
        } else if (o->header && o->format == SR_EXPORT_GDELT_TSV) {
            header(&x, GDELT_COLUMNS, sizeof GDELT_COLUMNS / sizeof *GDELT_COLUMNS, true);
        }
        st = x.status;
    }
    if (st == SR_OK) {
        st = o->incidents ? sr_store_each_incident(s, f, export_record, &x, errmsg)
                          : sr_store_each_event(s, f, export_record, &x, errmsg);
        if (x.status != SR_OK) st = x.status;
    }
    if (st == SR_OK && o->format == SR_EXPORT_GEOJSON) {
        sr_buf_clear(&x.line);
        sr_buf_puts(&x.line, "]}");
        put_line(&x);
        st = x.status;
    }
    if (st == SR_ENOMEM && errmsg && !*errmsg) *errmsg = sr_strf("%s: out of memory while exporting", s->path);
    if (stats) *stats = x.stats;
    sqlite3_finalize(x.incident_of_event);
    sqlite3_finalize(x.doc_info);
    if (x.tok) json_tokener_free(x.tok);
    sr_buf_release(&x.line);
    return st;
}
