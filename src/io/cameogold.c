/*
 * cameogold.c — the readers of PLOVER-GSR (JSON) and PETRARCH2 unit-test
 * records (XML); the formats, the actor-country rule and the contract are in
 * cameogold.h.
 *
 * Place in the pipeline: beside [input], for evaluation only.  One reader
 * type serves both formats.  PLOVER: the file is parsed whole by json-c into
 * one array, and each _next walks to the next usable member; record strings
 * point into the json-c tree.  PETRARCH: a small state machine over
 * xmlTextReader events (as src/io/geoxml.c, with the plumbing both share in
 * src/io/xmlread.h): a <Sentence> opens a record, each <EventCoding> inside
 * it adds a coding from its attributes, the text of <Text> is gathered in
 * one buffer until it closes; the record is handed out when </Sentence>
 * comes.  Either way, what a record needs beyond the input (actors, dates,
 * copies) lives in an arena reset per record, and the codings in one array
 * reused between records.
 */
#include "cameogold.h"

#include <errno.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/file.h"
#include "xmlread.h"

enum { JSON_DEPTH = 64 };

struct sr_cameogold {
    sr_cameogold_format format;
    char *name;                    /* for messages */
    sr_arena *arena;               /* the current record's strings and actors */
    sr_cameo_coding *codings;      /* the current record's codings (reused) */
    int n_codings, cap_codings;
    char message[640];
    sr_cameogold_status sticky;    /* END, EBAD or EIO once reached, else RECORD */
    long ordinal;
    bool oom;                      /* an arena copy failed */

    /* PLOVER */
    char *file;                    /* owned file contents (NULL for memory) */
    const char *json;              /* the bytes to parse */
    size_t json_len;
    bool parsed;
    json_object *root;             /* the array */
    size_t at;                     /* next member */

    /* PETRARCH */
    sr_xmlread x;                  /* the xmlTextReader; x.invalid says why the current sentence is
                                      unusable ("" while fine) */
    bool in_sentence;
    int sentence_depth;
    long sentence_line;
    const char *id, *date, *category, *error;
    bool disabled, no_events;
    int n_texts;                   /* <Text> elements met */
    bool in_text;
    int text_depth;
    sr_buf buf;                    /* the text being gathered */
};

/* ---- the country rule ------------------------------------------------------------- */

/* ISO 3166-1 alpha-3 (i18n-iso-countries 7.14.0, as the gazetteer), sorted,
 * with XKX (Kosovo as sitrep's place table writes it) in its place. */
static const char ISO3[][4] = {
    "ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARG", "ARM", "ASM", "ATA", "ATF", "ATG", "AUS",
    "AUT", "AZE", "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR", "BHR", "BHS", "BIH", "BLM", "BLR", "BLZ",
    "BMU", "BOL", "BRA", "BRB", "BRN", "BTN", "BVT", "BWA", "CAF", "CAN", "CCK", "CHE", "CHL", "CHN", "CIV",
    "CMR", "COD", "COG", "COK", "COL", "COM", "CPV", "CRI", "CUB", "CUW", "CXR", "CYM", "CYP", "CZE", "DEU",
    "DJI", "DMA", "DNK", "DOM", "DZA", "ECU", "EGY", "ERI", "ESH", "ESP", "EST", "ETH", "FIN", "FJI", "FLK",
    "FRA", "FRO", "FSM", "GAB", "GBR", "GEO", "GGY", "GHA", "GIB", "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC",
    "GRD", "GRL", "GTM", "GUF", "GUM", "GUY", "HKG", "HMD", "HND", "HRV", "HTI", "HUN", "IDN", "IMN", "IND",
    "IOT", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA", "JAM", "JEY", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KHM",
    "KIR", "KNA", "KOR", "KWT", "LAO", "LBN", "LBR", "LBY", "LCA", "LIE", "LKA", "LSO", "LTU", "LUX", "LVA",
    "MAC", "MAF", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX", "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MNG",
    "MNP", "MOZ", "MRT", "MSR", "MTQ", "MUS", "MWI", "MYS", "MYT", "NAM", "NCL", "NER", "NFK", "NGA", "NIC",
    "NIU", "NLD", "NOR", "NPL", "NRU", "NZL", "OMN", "PAK", "PAN", "PCN", "PER", "PHL", "PLW", "PNG", "POL",
    "PRI", "PRK", "PRT", "PRY", "PSE", "PYF", "QAT", "REU", "ROU", "RUS", "RWA", "SAU", "SDN", "SEN", "SGP",
    "SGS", "SHN", "SJM", "SLB", "SLE", "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUR", "SVK", "SVN",
    "SWE", "SWZ", "SXM", "SYC", "SYR", "TCA", "TCD", "TGO", "THA", "TJK", "TKL", "TKM", "TLS", "TON", "TTO",
    "TUN", "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "UMI", "URY", "USA", "UZB", "VAT", "VCT", "VEN", "VGB",
    "VIR", "VNM", "VUT", "WLF", "WSM", "XKX", "YEM", "ZAF", "ZMB", "ZWE"};

static int cmp3(const void *a, const void *b) { return memcmp(a, b, 3); }

bool sr_cameo_country(const char *code, char out[4])
{
    out[0] = '\0';
    if (!code) return false;
    for (int i = 0; i < 3; i++)
        if (code[i] < 'A' || code[i] > 'Z') return false;
    if (!bsearch(code, ISO3, sizeof ISO3 / sizeof ISO3[0], sizeof ISO3[0], cmp3)) return false;
    memcpy(out, code, 3);
    out[3] = '\0';
    return true;
}

/* ---- shared ----------------------------------------------------------------------- */

/* "YYYY-MM-DD" from 8 or 10 bytes written YYYYMMDD or YYYY-MM-DD, into the
 * arena; NULL when s is not such a date (or memory ran out). */
static const char *iso_date(sr_cameogold *r, const char *s)
{
    if (!s) return NULL;
    while (sr_xmlread_space(*s)) s++;
    size_t len = strlen(s);
    while (len && sr_xmlread_space(s[len - 1])) len--;
    char d[11];
    if (len == 8) {
        memcpy(d, s, 4), memcpy(d + 5, s + 4, 2), memcpy(d + 8, s + 6, 2);
    } else if (len == 10 && s[4] == '-' && s[7] == '-') {
        memcpy(d, s, 10);
    } else {
        return NULL;
    }
    d[4] = d[7] = '-';
    d[10] = '\0';
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (d[i] < '0' || d[i] > '9')) return NULL;
    int month = (d[5] - '0') * 10 + (d[6] - '0'), day = (d[8] - '0') * 10 + (d[9] - '0');
    if (month < 1 || month > 12 || day < 1 || day > 31) return NULL;
    const char *copy = sr_arena_strndup(r->arena, d, 10);
    if (!copy) r->oom = true;
    return copy;
}

/* A new coding at the end of the array; NULL when memory runs out. */
static sr_cameo_coding *add_coding(sr_cameogold *r)
{
    if (r->n_codings == r->cap_codings) {
        int cap = r->cap_codings ? r->cap_codings * 2 : 8;
        sr_cameo_coding *c = realloc(r->codings, (size_t)cap * sizeof *c);
        if (!c) return NULL;
        r->codings = c;
        r->cap_codings = cap;
    }
    sr_cameo_coding *c = &r->codings[r->n_codings++];
    memset(c, 0, sizeof *c);
    return c;
}

static void begin_record(sr_cameogold *r)
{
    sr_arena_reset(r->arena);
    r->ordinal++;
    r->n_codings = 0;
    r->oom = false;
}

/* The record's id as given, or "#N". */
static const char *id_or_ordinal(sr_cameogold *r, const char *id)
{
    if (id && *id) return id;
    char tmp[32];
    snprintf(tmp, sizeof tmp, "#%ld", r->ordinal);
    const char *copy = sr_arena_strndup(r->arena, tmp, strlen(tmp));
    if (!copy) r->oom = true;
    return copy ? copy : "#?";
}

static sr_cameogold_status stop(sr_cameogold *r, sr_cameogold_status st)
{
    r->sticky = st;
    return st;
}

static sr_cameogold_status out_of_memory(sr_cameogold *r)
{
    snprintf(r->message, sizeof r->message, "%s: out of memory", r->name);
    return stop(r, SR_CAMEOGOLD_EIO);
}

/* ---- PLOVER (JSON) ------------------------------------------------------------------ */

static long line_of(const char *s, size_t off)
{
    long line = 1;
    for (size_t i = 0; i < off; i++) line += s[i] == '\n';
    return line;
}

static sr_cameogold_status plover_parse(sr_cameogold *r)
{
    r->parsed = true;
    if (r->json_len > (size_t)0x7FFFFFF0) {
        snprintf(r->message, sizeof r->message, "%s: too large for a JSON gold file", r->name);
        return stop(r, SR_CAMEOGOLD_EBAD);
    }
    json_tokener *tok = json_tokener_new_ex(JSON_DEPTH);
    if (!tok) return out_of_memory(r);
    json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
    json_object *root = json_tokener_parse_ex(tok, r->json, (int)r->json_len);
    enum json_tokener_error err = json_tokener_get_error(tok);
    size_t end = json_tokener_get_parse_end(tok);
    json_tokener_free(tok);
    if (err == json_tokener_success) {
        while (end < r->json_len && (sr_xmlread_space(r->json[end]) || r->json[end] == '\f')) end++;
        if (end < r->json_len) {
            json_object_put(root);
            snprintf(r->message, sizeof r->message, "%s:%ld: malformed JSON: bytes after the array", r->name,
                     line_of(r->json, end));
            return stop(r, SR_CAMEOGOLD_EBAD);
        }
    } else {
        json_object_put(root);
        if (err == json_tokener_continue)
            snprintf(r->message, sizeof r->message, "%s: malformed JSON: the file ends inside %s", r->name,
                     r->json_len ? "the array" : "nothing (empty file)");
        else
            snprintf(r->message, sizeof r->message, "%s:%ld: malformed JSON: %s", r->name,
                     line_of(r->json, end < r->json_len ? end : r->json_len), json_tokener_error_desc(err));
        return stop(r, SR_CAMEOGOLD_EBAD);
    }
    if (!json_object_is_type(root, json_type_array)) {
        json_object_put(root);
        snprintf(r->message, sizeof r->message, "%s: not a PLOVER gold file: the JSON is not an array", r->name);
        return stop(r, SR_CAMEOGOLD_EBAD);
    }
    r->root = root;
    return SR_CAMEOGOLD_RECORD;
}

/* A member's string value, or NULL when absent or not a string (or holding a NUL). */
static const char *member_str(json_object *o, const char *key)
{
    json_object *v;
    if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string)) return NULL;
    const char *s = json_object_get_string(v);
    if (!s || strlen(s) != (size_t)json_object_get_string_len(v)) return NULL;
    return s;
}

/* The actors of "source"/"target" into the arena.  false when memory ran out. */
static bool plover_actors(sr_cameogold *r, json_object *o, const char *key, const sr_cameo_actor **out, int *n)
{
    *out = NULL;
    *n = 0;
    json_object *v;
    if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_array)) return true;
    size_t len = json_object_array_length(v);
    if (!len) return true;
    if (len > 1000000) len = 1000000;
    sr_cameo_actor *a = sr_arena_calloc(r->arena, len, sizeof *a);
    if (!a) return false;
    for (size_t i = 0; i < len; i++) {
        json_object *m = json_object_array_get_idx(v, i);
        const char *text = NULL, *code = NULL;
        if (json_object_is_type(m, json_type_object)) {
            text = member_str(m, "actorText");
            code = member_str(m, "code");
        }
        a[i].text = text;
        a[i].code = code ? sr_xmlread_trimmed(r->arena, code, strlen(code), &r->oom) : "";
        if (!a[i].code) return false;
        sr_cameo_country(a[i].code, a[i].country);
    }
    *out = a;
    *n = (int)len;
    return true;
}

static sr_cameogold_status plover_skip(sr_cameogold *r, const char *id, const char *why)
{
    snprintf(r->message, sizeof r->message, "%s: record %ld (%s) skipped: %s", r->name, r->ordinal,
             id ? id : "no id", why);
    return SR_CAMEOGOLD_SKIPPED;
}

static sr_cameogold_status plover_next(sr_cameogold *r, sr_cameo_record *out)
{
    if (!r->parsed) {
        sr_cameogold_status st = plover_parse(r);
        if (st != SR_CAMEOGOLD_RECORD) return st;
    }
    size_t n = json_object_array_length(r->root);
    for (; r->at < n; r->at++) {
        json_object *o = json_object_array_get_idx(r->root, r->at);
        const char *event = json_object_is_type(o, json_type_object) ? member_str(o, "event") : NULL;
        if (event && !strcmp(event, "DOCUMENT")) continue;   /* the file's own documentation */
        r->at++;
        begin_record(r);
        if (!json_object_is_type(o, json_type_object)) return plover_skip(r, NULL, "not a JSON object");
        const char *id = member_str(o, "id");
        json_object *idv;
        if (!id && json_object_object_get_ex(o, "id", &idv) && json_object_is_type(idv, json_type_int))
            id = json_object_get_string(idv);
        id = id_or_ordinal(r, id);
        const char *ev = event ? sr_xmlread_trimmed(r->arena, event, strlen(event), &r->oom) : NULL;
        if (r->oom) return out_of_memory(r);
        if (!ev || !*ev) return plover_skip(r, id, "no \"event\" string");
        const char *text = member_str(o, "text");
        if (!text) return plover_skip(r, id, "no \"text\" string (the sentence)");
        size_t len = strlen(text);
        size_t k = 0;
        while (k < len && sr_xmlread_space(text[k])) k++;
        if (k == len) return plover_skip(r, id, "an empty \"text\"");
        sr_cameo_coding *c = add_coding(r);
        if (!c) return out_of_memory(r);
        c->event = ev;
        if (!plover_actors(r, o, "source", &c->sources, &c->n_sources) ||
            !plover_actors(r, o, "target", &c->targets, &c->n_targets))
            return out_of_memory(r);
        out->id = id;
        out->ordinal = r->ordinal;
        out->text = text;
        out->text_len = len;
        out->date = iso_date(r, member_str(o, "date"));
        out->lang = member_str(o, "language");
        out->codings = r->codings;
        out->n_codings = r->n_codings;
        if (r->oom) return out_of_memory(r);
        return SR_CAMEOGOLD_RECORD;
    }
    return stop(r, SR_CAMEOGOLD_END);
}

/* ---- PETRARCH (XML) ------------------------------------------------------------------ */

/* An attribute of the current element, trimmed, in the arena; NULL when absent. */
static const char *attribute(sr_cameogold *r, const char *name)
{
    return sr_xmlread_attribute(&r->x, r->arena, name, &r->oom);
}

static void begin_sentence(sr_cameogold *r, int depth)
{
    begin_record(r);
    r->in_sentence = true;
    r->sentence_depth = depth;
    r->sentence_line = sr_xmlread_line(&r->x);
    r->id = id_or_ordinal(r, attribute(r, "id"));
    r->date = iso_date(r, attribute(r, "date"));
    r->category = attribute(r, "category");
    const char *s = attribute(r, "sentence");
    r->disabled = s && !strcasecmp(s, "false");
    r->error = NULL;
    r->no_events = false;
    r->n_texts = 0;
    r->in_text = false;
    r->x.invalid[0] = '\0';
    sr_buf_clear(&r->buf);
}

/* An actor of one code, in the arena; NULL when memory ran out. */
static const sr_cameo_actor *code_actor(sr_cameogold *r, const char *code)
{
    sr_cameo_actor *a = sr_arena_calloc(r->arena, 1, sizeof *a);
    if (!a) return NULL;
    a->code = code;
    sr_cameo_country(code, a->country);
    return a;
}

/* <EventCoding>: a coding, "no event", or "error".  false when memory ran out. */
static bool event_coding(sr_cameogold *r)
{
    const char *noevents = attribute(r, "noevents"), *error = attribute(r, "error");
    const char *event = attribute(r, "eventcode");
    const char *source = attribute(r, "sourcecode"), *target = attribute(r, "targetcode");
    if (r->oom) return false;
    if (error) {
        if (!r->error) r->error = *error ? error : "error";
        return true;
    }
    if (!event || !*event) {
        if (noevents && !strcasecmp(noevents, "true")) r->no_events = true;
        else sr_xmlread_invalidate(&r->x, sr_xmlread_line(&r->x), "an <EventCoding> without eventcode");
        return true;
    }
    sr_cameo_coding *c = add_coding(r);
    if (!c) return false;
    c->event = event;
    if (source) {
        if (!(c->sources = code_actor(r, source))) return false;
        c->n_sources = 1;
    }
    if (target) {
        if (!(c->targets = code_actor(r, target))) return false;
        c->n_targets = 1;
    }
    return true;
}

static void start_element(sr_cameogold *r, const xmlChar *name, int depth, bool empty, bool *done,
                          bool *ok)
{
    if (r->in_text) return;                   /* markup inside <Text>: only its text counts */
    if (!r->in_sentence) {
        if (!sr_xmlread_named(name, "Sentence")) return;
        begin_sentence(r, depth);
        if (empty) *done = true;
        return;
    }
    if (sr_xmlread_named(name, "Sentence")) {
        sr_xmlread_invalidate(&r->x, sr_xmlread_line(&r->x), "a <Sentence> inside a <Sentence>");
    } else if (sr_xmlread_named(name, "EventCoding")) {
        *ok = event_coding(r);
    } else if (sr_xmlread_named(name, "Text")) {
        if (++r->n_texts > 1) {
            sr_xmlread_invalidate(&r->x, sr_xmlread_line(&r->x), "a second <Text>");
        } else if (!empty) {
            r->in_text = true;
            r->text_depth = depth;
        }
    }
}

/* The sentence's text: white space runs made one space, ends trimmed; NULL when memory ran out. */
static char *collapsed(sr_cameogold *r, size_t *len)
{
    const char *s = r->buf.data ? r->buf.data : "";
    char *t = sr_arena_alloc(r->arena, r->buf.len + 1);
    if (!t) return NULL;
    size_t n = 0;
    bool gap = false;
    for (size_t i = 0; i < r->buf.len; i++) {
        if (sr_xmlread_space(s[i]) || s[i] == '\f' || s[i] == '\v') {
            gap = n > 0;
            continue;
        }
        if (gap) t[n++] = ' ';
        gap = false;
        t[n++] = s[i];
    }
    t[n] = '\0';
    *len = n;
    return t;
}

static sr_cameogold_status finish_sentence(sr_cameogold *r, sr_cameo_record *out)
{
    r->in_sentence = false;
    size_t len = 0;
    char *text = collapsed(r, &len);
    if (!text || r->oom) return out_of_memory(r);
    if (!r->n_texts) sr_xmlread_invalidate(&r->x, r->sentence_line, "no <Text>");
    else if (!len) sr_xmlread_invalidate(&r->x, r->sentence_line, "an empty <Text>");
    if (r->x.invalid[0]) {   /* the reason is cut at 199 bytes */
        snprintf(r->message, sizeof r->message, "%s:%ld: sentence %s skipped: %.199s", r->name, r->x.invalid_line,
                 r->id, r->x.invalid);
        return SR_CAMEOGOLD_SKIPPED;
    }
    out->id = r->id;
    out->ordinal = r->ordinal;
    out->line = r->sentence_line;
    out->text = text;
    out->text_len = len;
    out->date = r->date;
    out->category = r->category;
    out->disabled = r->disabled;
    out->error = r->error;
    if (!r->error) {
        out->codings = r->n_codings ? r->codings : NULL;
        out->n_codings = r->n_codings;
        out->no_events = !r->n_codings;   /* noevents="True", or no <EventCoding> at all */
    }
    return SR_CAMEOGOLD_RECORD;
}

static sr_cameogold_status fail_xml(sr_cameogold *r)
{
    bool unreadable = sr_xmlread_failure(&r->x, r->in_sentence ? "sentence" : NULL, r->id, r->message,
                                         sizeof r->message);
    return stop(r, unreadable ? SR_CAMEOGOLD_EIO : SR_CAMEOGOLD_EBAD);
}

static sr_cameogold_status petrarch_next(sr_cameogold *r, sr_cameo_record *out)
{
    for (;;) {
        int rc = sr_xmlread_next(&r->x);
        if (rc < 0) return fail_xml(r);
        if (rc == 0) return stop(r, SR_CAMEOGOLD_END);
        int type = xmlTextReaderNodeType(r->x.xr);
        int depth = xmlTextReaderDepth(r->x.xr);
        bool done = false, ok = true;
        switch (type) {
        case XML_READER_TYPE_ELEMENT:
            start_element(r, xmlTextReaderConstLocalName(r->x.xr), depth, xmlTextReaderIsEmptyElement(r->x.xr) == 1,
                          &done, &ok);
            break;
        case XML_READER_TYPE_END_ELEMENT:
            if (r->in_text && depth == r->text_depth) r->in_text = false;
            else if (r->in_sentence && !r->in_text && depth == r->sentence_depth) done = true;
            break;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
            if (r->in_text) ok = sr_xmlread_text(&r->x, &r->buf);
            break;
        case XML_READER_TYPE_ENTITY_REFERENCE:
            if (r->in_text) sr_xmlread_entity(&r->x, sr_xmlread_line(&r->x));
            break;
        default: break;
        }
        if (!ok || r->oom) return out_of_memory(r);
        if (done) return finish_sentence(r, out);
    }
}

/* ---- open, next, close ---------------------------------------------------------------- */

static sr_cameogold *reader_new(const char *name, sr_cameogold_format format)
{
    sr_cameogold *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    r->format = format;
    r->name = strdup(name);
    r->arena = sr_arena_new(NULL);
    sr_buf_init(&r->buf, NULL);
    if (!r->name || !r->arena) {
        sr_cameogold_close(r);
        return NULL;
    }
    return r;
}

sr_cameogold *sr_cameogold_open(const char *path, sr_cameogold_format format, char **errmsg)
{
    if (errmsg) *errmsg = NULL;
    if (!path) {
        if (errmsg) *errmsg = strdup("(null): no file");
        return NULL;
    }
    if (format == SR_CAMEOGOLD_PLOVER) {
        size_t len = 0;
        char *data = sr_file_read(path, &len);
        if (!data) {
            if (errmsg) *errmsg = sr_strf("%s: %s", path, strerror(errno ? errno : EIO));
            return NULL;
        }
        sr_cameogold *r = reader_new(path, format);
        if (!r) {
            free(data);
            if (errmsg) *errmsg = strdup("out of memory");
            return NULL;
        }
        r->file = data;
        r->json = data;
        r->json_len = len;
        return r;
    }
    FILE *fp = sr_xmlread_fopen(path, errmsg);
    if (!fp) return NULL;
    sr_cameogold *r = reader_new(path, format);
    if (!r) {
        fclose(fp);
    } else if (!sr_xmlread_file(&r->x, fp, r->name)) {
        sr_cameogold_close(r);   /* and fp with it */
        r = NULL;
    }
    if (!r && errmsg) *errmsg = strdup("out of memory");
    return r;
}

sr_cameogold *sr_cameogold_open_memory(const char *buf, size_t len, sr_cameogold_format format, const char *name)
{
    if (!buf && len) return NULL;
    if (len > (size_t)0x7FFFFFF0) return NULL;   /* json-c and libxml2 take an int */
    sr_cameogold *r = reader_new(name ? name : "<memory>", format);
    if (!r) return NULL;
    if (format == SR_CAMEOGOLD_PLOVER) {
        r->json = buf ? buf : "";
        r->json_len = len;
        return r;
    }
    if (!sr_xmlread_memory(&r->x, buf, len, r->name)) {
        sr_cameogold_close(r);
        return NULL;
    }
    return r;
}

sr_cameogold_status sr_cameogold_next(sr_cameogold *r, sr_cameo_record *out)
{
    if (out) memset(out, 0, sizeof *out);
    if (!r || !out) return SR_CAMEOGOLD_EIO;
    if (r->sticky != SR_CAMEOGOLD_RECORD) return r->sticky;
    r->message[0] = '\0';
    sr_cameogold_status st = r->format == SR_CAMEOGOLD_PLOVER ? plover_next(r, out) : petrarch_next(r, out);
    if (st != SR_CAMEOGOLD_RECORD) memset(out, 0, sizeof *out);
    return st;
}

const char *sr_cameogold_message(const sr_cameogold *r) { return r ? r->message : ""; }

void sr_cameogold_close(sr_cameogold *r)
{
    if (!r) return;
    if (r->root) json_object_put(r->root);
    free(r->file);
    sr_xmlread_close(&r->x);
    sr_arena_free(r->arena);
    sr_buf_release(&r->buf);
    free(r->codings);
    free(r->name);
    free(r);
}
