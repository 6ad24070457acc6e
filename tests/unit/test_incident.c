/*
 * test_incident.c — incident fusion on hand-written event records: which
 * mentions merge (family, dates within their precision, places within 25 km
 * or contained, actors that agree) and which stay apart (return fire, other
 * actors, far places, background), what an incident record says (sources
 * with their claims, conflicts side by side, reports counted per post,
 * first/last seen), and that the result depends only on the set of records.
 */
#include <json-c/json.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "code/taxonomy.h"
#include "incident/fuser.h"
#include "incident/mention.h"
#include "util/buf.h"

static sr_taxonomy *tax;

static int setup(void **state)
{
    (void)state;
    char *err = NULL;
    if (sr_taxonomy_load(SITREP_DATA_DIR "/taxonomy.tsv", &tax, &err) != SR_OK) {
        fprintf(stderr, "%s\n", err);
        free(err);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    sr_taxonomy_free(tax);
    return 0;
}

/* ---- writing event records ---------------------------------------------------- */

typedef struct ev {
    const char *id, *doc, *date, *precision, *key;
    bool historical, retaliation;
    const char *place, *country, *admin1, *feature;
    double lat, lon;
    bool no_coord;
    const char *actor1, *actor1_country, *actor1_sector;
    int fatalities;            /* -1 null */
    const char *source;        /* NULL: none */
    int ev_start, ev_end;      /* evidence span */
    double confidence;
} ev;

static const char *const ACLED[][3] = {{"shelling", "Explosions/Remote violence", "Shelling/artillery/missile attack"},
                                       {"air_strike", "Explosions/Remote violence", "Air/drone strike"},
                                       {"armed_clash", "Battles", "Armed clash"},
                                       {"arrests", "Strategic developments", "Arrests"}};

static char *event_json(ev e)
{
    sr_buf b;
    sr_buf_init(&b, NULL);
    if (!e.key) e.key = "shelling";
    if (!e.precision) e.precision = e.date ? (strlen(e.date) == 10 ? "day" : strlen(e.date) == 7 ? "month" : "year")
                                           : NULL;
    if (!e.confidence) e.confidence = 0.8;
    const char *acled = NULL, *sub = NULL;
    for (size_t i = 0; i < sizeof ACLED / sizeof *ACLED; i++)
        if (!strcmp(ACLED[i][0], e.key)) {
            acled = ACLED[i][1];
            sub = ACLED[i][2];
        }
    sr_buf_puts(&b, "{\"kind\":\"event\"");
    sr_json_kv_str(&b, "id", e.id);
    sr_json_kv_str(&b, "doc", e.doc);
    sr_json_kv_str(&b, "date", e.date);
    sr_json_kv_str(&b, "date_precision", e.precision);
    sr_json_kv_bool(&b, "historical", e.historical);
    sr_buf_puts(&b, ",\"type\":{");
    sr_json_kv_str(&b, "acled", acled);
    sr_json_kv_str(&b, "acled_sub", sub);
    sr_json_kv_str(&b, "key", e.key);
    sr_buf_putc(&b, '}');
    sr_json_key(&b, "actor1");
    if (e.actor1) {
        sr_buf_putc(&b, '{');
        sr_json_kv_str(&b, "name", e.actor1);
        sr_json_kv_str(&b, "country", e.actor1_country);
        sr_json_kv_str(&b, "sector", e.actor1_sector);
        sr_buf_putc(&b, '}');
    } else {
        sr_buf_puts(&b, "null");
    }
    sr_json_kv_null(&b, "actor2");
    sr_json_key(&b, "location");
    if (e.place) {
        sr_buf_putc(&b, '{');
        sr_json_kv_str(&b, "name", e.place);
        sr_json_kv_str(&b, "country", e.country);
        sr_json_kv_str(&b, "admin1", e.admin1);
        if (!e.no_coord) {
            sr_json_kv_double(&b, "lat", e.lat, 4);
            sr_json_kv_double(&b, "lon", e.lon, 4);
        }
        sr_json_kv_str(&b, "feature", e.feature ? e.feature : "place");
        sr_json_kv_int(&b, "precision", e.feature && strcmp(e.feature, "place") ? 3 : 1);
        sr_buf_putc(&b, '}');
    } else {
        sr_buf_puts(&b, "null");
    }
    if (e.fatalities >= 0) sr_json_kv_int(&b, "fatalities", e.fatalities);
    else sr_json_kv_null(&b, "fatalities");
    sr_json_kv_null(&b, "injured");
    sr_json_kv_null(&b, "quantity");
    sr_json_kv_str(&b, "modality", "asserted");
    sr_json_kv_bool(&b, "retaliation", e.retaliation);
    sr_buf_puts(&b, ",\"sources\":[");
    if (e.source) {
        sr_buf_putc(&b, '{');
        sr_json_kv_str(&b, "text", e.source);
        sr_json_kv_str(&b, "name", e.source);
        sr_json_kv_str(&b, "kind", "media");
        sr_buf_putc(&b, '}');
    }
    sr_buf_puts(&b, "],\"mentions\":1,\"evidence\":[{");
    sr_json_kv_int(&b, "start", e.ev_start);
    sr_json_kv_int(&b, "end", e.ev_end ? e.ev_end : e.ev_start + 10);
    sr_json_kv_str(&b, "text", "Shells landed.");
    sr_buf_puts(&b, "}]");
    sr_json_kv_double(&b, "confidence", e.confidence, 2);
    sr_buf_putc(&b, '}');
    assert_false(b.oom);
    return b.data;
}

/* A doc record dated date, with one embedded post over bytes [100, 200). */
static char *doc_json(const char *id, const char *date)
{
    sr_buf b;
    sr_buf_init(&b, NULL);
    sr_buf_puts(&b, "{\"kind\":\"doc\"");
    sr_json_kv_str(&b, "id", id);
    sr_json_kv_str(&b, "date", date);
    sr_buf_puts(&b, ",\"posts\":[{\"author\":\"A Witness\",\"date\":");
    sr_json_cstr(&b, date);
    sr_buf_puts(&b, ",\"start\":100,\"end\":200}]}");
    return b.data;
}

/* Kilis town and a village 10 km away; Gaziantep 50 km away; Tell Rifaat across the border. */
#define KILIS .place = "Kilis", .country = "TUR", .admin1 = "Kilis", .lat = 36.7161, .lon = 37.115
#define NEAR_KILIS .place = "Village", .country = "TUR", .admin1 = "Kilis", .lat = 36.80, .lon = 37.07
#define GAZIANTEP .place = "Gaziantep", .country = "TUR", .admin1 = "Gaziantep", .lat = 37.0662, .lon = 37.3833
#define TELL_RIFAAT .place = "Tell Rifaat", .country = "SYR", .admin1 = "Aleppo", .lat = 36.4723, .lon = 37.0947

/* ---- running the fuser ----------------------------------------------------------- */

typedef struct lines {
    char *v[64];
    int n;
} lines;

static int collect(void *ctx, const char *json, size_t len)
{
    lines *l = ctx;
    assert_true(l->n < 64);
    l->v[l->n] = strndup(json, len);
    l->n++;
    return 0;
}

static void lines_free(lines *l)
{
    for (int i = 0; i < l->n; i++) free(l->v[i]);
    l->n = 0;
}

/* Fuse the records (in the given order) and return the incident lines. */
static lines fuse(char **records, int n)
{
    sr_fuser *f = NULL;
    assert_int_equal(sr_fuser_new(tax, &f), SR_OK);
    for (int i = 0; i < n; i++) {
        char *err = NULL;
        assert_int_equal(sr_fuser_add(f, records[i], strlen(records[i]), &err), SR_OK);
        assert_null(err);
    }
    lines out = {0};
    assert_int_equal(sr_fuser_emit(f, collect, &out), SR_OK);
    sr_fuser_free(f);
    return out;
}

static json_object *parse(const char *s)
{
    json_object *o = json_tokener_parse(s);
    assert_non_null(o);
    return o;
}

static json_object *get(json_object *o, const char *path)
{
    char key[64];
    const char *dot = strchr(path, '.');
    size_t n = dot ? (size_t)(dot - path) : strlen(path);
    memcpy(key, path, n);
    key[n] = '\0';
    json_object *v = NULL;
    if (!json_object_object_get_ex(o, key, &v)) return NULL;
    return dot ? get(v, dot + 1) : v;
}

static int n_members(const char *incident)
{
    json_object *o = parse(incident);
    int n = (int)json_object_array_length(get(o, "events"));
    json_object_put(o);
    return n;
}

static void free_all(char **v, int n)
{
    for (int i = 0; i < n; i++) free(v[i]);
}

/* ---- tests ----------------------------------------------------------------------------- */

/* Two reports of one strike, 10 km apart, a day apart, from two documents,
 * disagreeing about the dead: one incident, both sources, the conflict side by side. */
static void test_merge_and_conflict(void **state)
{
    (void)state;
    char *r[] = {
        doc_json("a.txt", "2021-03-18"),
        doc_json("b.txt", "2021-03-19"),
        event_json((ev){.id = "ev-a1", .doc = "a.txt", .date = "2021-03-18", KILIS, .fatalities = 0,
                        .source = "Ministry", .ev_start = 0}),
        event_json((ev){.id = "ev-b1", .doc = "b.txt", .date = "2021-03-19", NEAR_KILIS, .key = "air_strike",
                        .fatalities = 2, .source = "Witness Agency", .ev_start = 120, .ev_end = 150}),
    };
    lines out = fuse(r, 4);
    assert_int_equal(out.n, 1);
    json_object *o = parse(out.v[0]);
    assert_string_equal(json_object_get_string(get(o, "kind")), "incident");
    assert_int_equal(json_object_array_length(get(o, "events")), 2);
    assert_int_equal(json_object_get_int(get(o, "n_sources")), 2);
    /* a.txt's body, and b.txt's post (the evidence lies inside it) */
    assert_int_equal(json_object_get_int(get(o, "n_reports")), 2);
    assert_string_equal(json_object_get_string(get(o, "first_seen")), "2021-03-18");
    assert_string_equal(json_object_get_string(get(o, "last_seen")), "2021-03-19");
    /* the lowest figure stands, the disagreement is listed with who says what */
    assert_int_equal(json_object_get_int(get(o, "fatalities")), 0);
    json_object *conflicts = get(o, "conflicts");
    assert_int_equal(json_object_array_length(conflicts), 1);
    json_object *c = json_object_array_get_idx(conflicts, 0);
    assert_string_equal(json_object_get_string(get(c, "field")), "fatalities");
    json_object *claims = get(c, "claims");
    assert_int_equal(json_object_array_length(claims), 2);
    json_object *c0 = json_object_array_get_idx(claims, 0), *c1 = json_object_array_get_idx(claims, 1);
    assert_int_equal(json_object_get_int(get(c0, "value")), 0);
    assert_string_equal(json_object_get_string(json_object_array_get_idx(get(c0, "sources"), 0)), "Ministry");
    assert_int_equal(json_object_get_int(get(c1, "value")), 2);
    assert_string_equal(json_object_get_string(json_object_array_get_idx(get(c1, "sources"), 0)), "Witness Agency");
    /* each source keeps its own claim */
    json_object *sources = get(o, "sources");
    assert_int_equal(json_object_array_length(sources), 2);
    for (int i = 0; i < 2; i++) {
        json_object *s = json_object_array_get_idx(sources, i);
        json_object *claim = json_object_array_get_idx(get(s, "claims"), 0);
        int want = !strcmp(json_object_get_string(get(s, "name")), "Ministry") ? 0 : 2;
        assert_int_equal(json_object_get_int(get(claim, "fatalities")), want);
    }
    /* two towns of the same fineness: the stronger report's (equal strength: the lower id) */
    assert_string_equal(json_object_get_string(get(o, "location.name")), "Kilis");
    /* the id depends on the lowest member id alone: ev-a1 alone has the same */
    lines alone = fuse(r + 2, 1);
    assert_int_equal(alone.n, 1);
    json_object *a = parse(alone.v[0]);
    assert_string_equal(json_object_get_string(get(o, "id")), json_object_get_string(get(a, "id")));
    assert_int_equal(strncmp(json_object_get_string(get(o, "id")), "in-", 3), 0);
    /* without b.txt's doc record its post is unknown: its evidence counts as the document */
    assert_int_equal(json_object_get_int(get(a, "n_reports")), 1);
    json_object_put(a);
    lines_free(&alone);
    json_object_put(o);
    lines_free(&out);
    free_all(r, 4);
}

/* What keeps reports apart. */
static void test_apart(void **state)
{
    (void)state;
    struct {
        const char *why;
        ev a, b;
    } cases[] = {
        {"return fire", {.id = "ev-1", .doc = "a", .date = "2021-03-18", KILIS},
         {.id = "ev-2", .doc = "b", .date = "2021-03-18", KILIS, .retaliation = true}},
        {"50 km", {.id = "ev-1", .doc = "a", .date = "2021-03-18", KILIS},
         {.id = "ev-2", .doc = "b", .date = "2021-03-18", GAZIANTEP}},
        {"other country", {.id = "ev-1", .doc = "a", .date = "2021-03-18", KILIS},
         {.id = "ev-2", .doc = "b", .date = "2021-03-18", TELL_RIFAAT}},
        {"two days", {.id = "ev-1", .doc = "a", .date = "2021-03-18", KILIS},
         {.id = "ev-2", .doc = "b", .date = "2021-03-20", KILIS}},
        {"other family", {.id = "ev-1", .doc = "a", .date = "2021-03-18", KILIS},
         {.id = "ev-2", .doc = "b", .date = "2021-03-18", KILIS, .key = "arrests"}},
        {"background", {.id = "ev-1", .doc = "a", .date = "2021-03-18", KILIS},
         {.id = "ev-2", .doc = "b", .date = "2021-03-18", KILIS, .historical = true}},
        {"actor countries", {.id = "ev-1", .doc = "a", .date = "2021-03-18", KILIS, .actor1 = "Military Forces of Turkey",
          .actor1_country = "TUR", .actor1_sector = "military"},
         {.id = "ev-2", .doc = "b", .date = "2021-03-18", KILIS, .actor1 = "Military Forces of Syria",
          .actor1_country = "SYR", .actor1_sector = "military"}},
        {"actor kinds", {.id = "ev-1", .doc = "a", .date = "2021-03-18", KILIS, .actor1 = "Military Forces of Turkey",
          .actor1_country = "TUR", .actor1_sector = "military"},
         {.id = "ev-2", .doc = "b", .date = "2021-03-18", KILIS, .actor1 = "Rebel Forces (Turkey)",
          .actor1_country = "TUR", .actor1_sector = "rebel"}},
        {"undated, two documents", {.id = "ev-1", .doc = "a", KILIS}, {.id = "ev-2", .doc = "b", KILIS}},
        {"no place, two documents", {.id = "ev-1", .doc = "a", .date = "2021-03-18"},
         {.id = "ev-2", .doc = "b", .date = "2021-03-18"}},
        {"background, two documents", {.id = "ev-1", .doc = "a", .date = "2019-10", .historical = true, KILIS},
         {.id = "ev-2", .doc = "b", .date = "2019-10", .historical = true, KILIS}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *r[] = {event_json(cases[i].a), event_json(cases[i].b)};
        lines out = fuse(r, 2);
        if (out.n != 2) fail_msg("%s: %d incidents, want 2", cases[i].why, out.n);
        lines_free(&out);
        free_all(r, 2);
    }
}

/* What lets reports meet. */
static void test_together(void **state)
{
    (void)state;
    struct {
        const char *why;
        ev a, b;
    } cases[] = {
        {"a day apart", {.id = "ev-1", .doc = "a", .date = "2021-03-18", KILIS},
         {.id = "ev-2", .doc = "b", .date = "2021-03-19", KILIS}},
        {"a month holds the day", {.id = "ev-1", .doc = "a", .date = "2021-03-18", KILIS},
         {.id = "ev-2", .doc = "b", .date = "2021-03", KILIS}},
        {"the province holds the town", {.id = "ev-1", .doc = "a", .date = "2021-03-18", KILIS},
         {.id = "ev-2", .doc = "b", .date = "2021-03-18", .place = "Kilis", .country = "TUR", .admin1 = "Kilis",
          .lat = 36.9, .lon = 37.4, .feature = "admin1"}},
        {"the country holds the town", {.id = "ev-1", .doc = "a", .date = "2021-03-18", KILIS},
         {.id = "ev-2", .doc = "b", .date = "2021-03-18", .place = "Turkey", .country = "TUR", .lat = 39, .lon = 35,
          .feature = "country"}},
        {"same name without coordinates", {.id = "ev-1", .doc = "a", .date = "2021-03-18", KILIS, .no_coord = true},
         {.id = "ev-2", .doc = "b", .date = "2021-03-18", KILIS, .no_coord = true}},
        {"an actor on one side only", {.id = "ev-1", .doc = "a", .date = "2021-03-18", KILIS},
         {.id = "ev-2", .doc = "b", .date = "2021-03-18", KILIS, .actor1 = "Military Forces of Turkey",
          .actor1_country = "TUR", .actor1_sector = "military"}},
        {"army and government of one state", {.id = "ev-1", .doc = "a", .date = "2021-03-18", KILIS,
          .actor1 = "Military Forces of Turkey", .actor1_country = "TUR", .actor1_sector = "military"},
         {.id = "ev-2", .doc = "b", .date = "2021-03-18", KILIS, .actor1 = "Government of Turkey",
          .actor1_country = "TUR", .actor1_sector = "government"}},
        {"undated in one document", {.id = "ev-1", .doc = "a", KILIS}, {.id = "ev-2", .doc = "a", KILIS}},
        {"background with background in one document",
         {.id = "ev-1", .doc = "a", .date = "2019-10", .historical = true, KILIS},
         {.id = "ev-2", .doc = "a", .date = "2019-10-09", .historical = true, KILIS}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *r[] = {event_json(cases[i].a), event_json(cases[i].b)};
        lines out = fuse(r, 2);
        if (out.n != 1) fail_msg("%s: %d incidents, want 1", cases[i].why, out.n);
        lines_free(&out);
        free_all(r, 2);
    }
}

/* Complete linkage: A and C conflict (other actor countries) though each is
 * compatible with B; they never meet through B. */
static void test_no_chaining(void **state)
{
    (void)state;
    char *r[] = {
        event_json((ev){.id = "ev-a", .doc = "a", .date = "2021-03-18", KILIS, .actor1 = "Military Forces of Turkey",
                        .actor1_country = "TUR", .actor1_sector = "military", .confidence = 0.9}),
        event_json((ev){.id = "ev-b", .doc = "b", .date = "2021-03-18", KILIS, .confidence = 0.5}),
        event_json((ev){.id = "ev-c", .doc = "c", .date = "2021-03-18", KILIS, .actor1 = "Military Forces of Syria",
                        .actor1_country = "SYR", .actor1_sector = "military", .confidence = 0.7}),
    };
    lines out = fuse(r, 3);
    assert_int_equal(out.n, 2);
    assert_int_equal(n_members(out.v[0]) + n_members(out.v[1]), 3);
    lines_free(&out);
    free_all(r, 3);
}

/* The same records in any order, and added twice, give the same bytes. */
static void test_order_and_repeats(void **state)
{
    (void)state;
    enum { N = 6 };
    char *r[N] = {
        doc_json("a", "2021-03-18"),
        event_json((ev){.id = "ev-1", .doc = "a", .date = "2021-03-18", KILIS, .fatalities = 1, .source = "S1"}),
        event_json((ev){.id = "ev-2", .doc = "b", .date = "2021-03-18", NEAR_KILIS, .fatalities = 3, .source = "S2"}),
        event_json((ev){.id = "ev-3", .doc = "c", .date = "2021-03-18", TELL_RIFAAT, .retaliation = true}),
        event_json((ev){.id = "ev-4", .doc = "c", .date = "2021-03-17", KILIS, .source = "S3", .confidence = 0.4}),
        event_json((ev){.id = "ev-5", .doc = "d", .date = "2015", .historical = true, TELL_RIFAAT}),
    };
    lines ref = fuse(r, N);
    /* every rotation and the reversed order */
    for (int k = 1; k <= N; k++) {
        char *p[N];
        for (int i = 0; i < N; i++) p[i] = k == N ? r[N - 1 - i] : r[(i + k) % N];
        lines out = fuse(p, N);
        assert_int_equal(out.n, ref.n);
        for (int i = 0; i < ref.n; i++) assert_string_equal(out.v[i], ref.v[i]);
        lines_free(&out);
    }
    char *twice[2 * N];
    for (int i = 0; i < 2 * N; i++) twice[i] = r[i % N];
    lines out = fuse(twice, 2 * N);
    assert_int_equal(out.n, ref.n);
    for (int i = 0; i < ref.n; i++) assert_string_equal(out.v[i], ref.v[i]);
    lines_free(&out);
    lines_free(&ref);
    free_all(r, N);
}

/* Bad input is refused with a reason; the fuser goes on. */
static void test_bad_records(void **state)
{
    (void)state;
    sr_fuser *f = NULL;
    assert_int_equal(sr_fuser_new(tax, &f), SR_OK);
    const char *bad[] = {"", "{", "[1,2]", "{\"kind\":\"event\"}", "{\"kind\":\"event\",\"id\":\"x\"}",
                         "{\"kind\":\"doc\"}", "{\"kind\":\"event\",\"id\":\"x\",\"doc\":\"d\"} trailing", "nul\0l"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char *err = NULL;
        size_t len = i == sizeof bad / sizeof *bad - 1 ? 5 : strlen(bad[i]);
        assert_int_equal(sr_fuser_add(f, bad[i], len, &err), SR_EINPUT);
        assert_non_null(err);
        free(err);
    }
    /* other kinds pass by; a minimal event with odd field types is taken */
    assert_int_equal(sr_fuser_add(f, "{\"kind\":\"error\"}", 16, NULL), SR_OK);
    const char *odd = "{\"kind\":\"event\",\"id\":\"ev-x\",\"doc\":\"d\",\"date\":7,\"location\":\"x\","
                      "\"sources\":{},\"evidence\":[1,{\"start\":\"a\"}],\"fatalities\":-3}";
    assert_int_equal(sr_fuser_add(f, odd, strlen(odd), NULL), SR_OK);
    assert_int_equal(sr_fuser_count(f), 1);
    lines out = {0};
    assert_int_equal(sr_fuser_emit(f, collect, &out), SR_OK);
    assert_int_equal(out.n, 1);
    json_object *o = parse(out.v[0]);
    assert_true(json_object_is_type(get(o, "fatalities"), json_type_null));
    json_object_put(o);
    lines_free(&out);
    assert_int_equal(sr_fuser_reset(f), SR_OK);
    assert_int_equal(sr_fuser_count(f), 0);
    sr_fuser_free(f);
    sr_fuser_free(NULL);
}

static void test_haversine(void **state)
{
    (void)state;
    /* Kilis to Tell Rifaat: about 27 km */
    double d = sr_haversine_km(36.7161, 37.115, 36.4723, 37.0947);
    assert_true(d > 26 && d < 28.5);
    assert_true(sr_haversine_km(10, 20, 10, 20) == 0);
    /* antipodes: half the circumference */
    assert_true(sr_haversine_km(0, 0, 0, 180) > 20000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_merge_and_conflict), cmocka_unit_test(test_apart),
        cmocka_unit_test(test_together),           cmocka_unit_test(test_no_chaining),
        cmocka_unit_test(test_order_and_repeats),  cmocka_unit_test(test_bad_records),
        cmocka_unit_test(test_haversine),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
