/*
 * mention.c — reading an event record for fusion and deciding whether two
 * records may tell one incident; see mention.h.
 *
 * The rules, in the order they are checked (cheapest first):
 *   - background and news never merge, nor an attack and the return fire it
 *     drew (retaliation), nor types of different families (taxonomy.tsv's
 *     family column: every kind of violence is one family, so that a report
 *     calling it shelling and one calling it an air strike can meet);
 *   - background (historical) mentions merge only within their document:
 *     reports repeat the same background paragraph ("Syria has been at war
 *     since 2011") by the thousand, and fusing those across documents made
 *     every new report re-fuse an incident of thousands of members, for
 *     records the map hides anyway;
 *   - dates: each precision covers an interval of days (a month all its
 *     days); the intervals must come within one day of each other.  An
 *     undated record merges only within its own document;
 *   - places: points within SR_INCIDENT_KM; a province contains the places
 *     whose admin1 it is (or lies within SR_INCIDENT_KM of its centroid), a
 *     country or region the places of its country; without coordinates the
 *     same country, admin1 and name.  A record with no place merges only
 *     within its own document;
 *   - actors (actor1 with actor1, actor2 with actor2): different known
 *     countries conflict, as do different kinds of actor (the state's
 *     military, police and government are one kind; rebels, militias,
 *     civilians, protesters, ... each their own); when country or kind is
 *     unknown on one side, different names conflict.
 */
#include "mention.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "time/timex.h"

const char *sr_json_get_str(json_object *obj, const char *key)
{
    json_object *v;
    if (!obj || !json_object_object_get_ex(obj, key, &v) || !json_object_is_type(v, json_type_string)) return NULL;
    return json_object_get_string(v);
}

static json_object *typed(json_object *obj, const char *key, json_type type)
{
    json_object *v;
    if (!obj || !json_object_object_get_ex(obj, key, &v) || !json_object_is_type(v, type)) return NULL;
    return v;
}

json_object *sr_json_get_obj(json_object *obj, const char *key) { return typed(obj, key, json_type_object); }

json_object *sr_json_get_array(json_object *obj, const char *key) { return typed(obj, key, json_type_array); }

bool sr_json_get_num(json_object *obj, const char *key, double *out)
{
    json_object *v;
    if (!obj || !json_object_object_get_ex(obj, key, &v)) return false;
    if (!json_object_is_type(v, json_type_double) && !json_object_is_type(v, json_type_int)) return false;
    *out = json_object_get_double(v);
    return isfinite(*out);
}

static bool get_bool(json_object *obj, const char *key)
{
    json_object *v;
    return json_object_object_get_ex(obj, key, &v) && json_object_is_type(v, json_type_boolean) &&
           json_object_get_boolean(v);
}

/* The interval of days a date covers at its precision. */
static void read_date(sr_mention *m)
{
    const char *s = sr_json_get_str(m->rec, "date");
    const char *prec = sr_json_get_str(m->rec, "date_precision");
    sr_date d;
    if (!s || !sr_date_parse_iso(s, &d)) return;
    m->dated = true;
    m->date = s;
    if (d.precision == SR_PREC_DAY) {
        m->day0 = m->day1 = sr_date_to_days(d.year, d.month, d.day);
        m->precision = 1;
        if (prec && !strcmp(prec, "week")) {
            m->day1 = m->day0 + 6;
            m->precision = 2;
        }
    } else if (d.precision == SR_PREC_MONTH) {
        m->day0 = sr_date_to_days(d.year, d.month, 1);
        int ny = d.month == 12 ? d.year + 1 : d.year, nm = d.month == 12 ? 1 : d.month + 1;
        m->day1 = sr_date_to_days(ny, nm, 1) - 1;
        m->precision = 3;
    } else {
        m->day0 = sr_date_to_days(d.year, 1, 1);
        m->day1 = sr_date_to_days(d.year, 12, 31);
        m->precision = 4;
    }
}

static void read_place(sr_mention_place *p, json_object *loc)
{
    memset(p, 0, sizeof *p);
    if (!loc) return;
    p->name = sr_json_get_str(loc, "name");
    p->country = sr_json_get_str(loc, "country");
    p->admin1 = sr_json_get_str(loc, "admin1");
    if (!p->name && !p->country) return;
    p->present = true;
    p->has_coord = sr_json_get_num(loc, "lat", &p->lat) && sr_json_get_num(loc, "lon", &p->lon) &&
                   fabs(p->lat) <= 90 && fabs(p->lon) <= 180;
    const char *feature = sr_json_get_str(loc, "feature");
    double precision = 0;
    sr_json_get_num(loc, "precision", &precision);
    p->country_level = feature && (!strcmp(feature, "country") || !strcmp(feature, "region"));
    p->coarse = p->country_level || (feature && !strcmp(feature, "admin1")) || (!feature && precision >= 3);
}

static void read_actor(sr_mention_actor *a, json_object *obj)
{
    a->name = sr_json_get_str(obj, "name");
    if (!a->name) a->name = sr_json_get_str(obj, "text");
    a->country = sr_json_get_str(obj, "country");
    a->sector = sr_json_get_str(obj, "sector");
}

/* A reading memoised on its record. */
typedef struct memo {
    const sr_taxonomy *tax;
    sr_mention m;
} memo;

static void memo_free(json_object *rec, void *data)
{
    (void)rec;
    free(data);
}

static bool read_fresh(sr_mention *m, json_object *rec, const sr_taxonomy *tax, const char **why);

bool sr_mention_read(sr_mention *m, json_object *rec, const sr_taxonomy *tax, const char **why)
{
    memo *mm = rec ? json_object_get_userdata(rec) : NULL;
    if (mm && mm->tax == tax && mm->m.rec == rec) {
        *m = mm->m;
        return true;
    }
    if (!read_fresh(m, rec, tax, why)) return false;
    /* memoise unless the slot is someone else's (never, in sitrep) or memory is short */
    if (!mm && (mm = malloc(sizeof *mm))) {
        mm->tax = tax;
        mm->m = *m;
        json_object_set_userdata(rec, mm, memo_free);
    }
    return true;
}

static bool read_fresh(sr_mention *m, json_object *rec, const sr_taxonomy *tax, const char **why)
{
    memset(m, 0, sizeof *m);
    m->rec = rec;
    if (!json_object_is_type(rec, json_type_object)) {
        *why = "not a JSON object";
        return false;
    }
    const char *kind = sr_json_get_str(rec, "kind");
    if (!kind || strcmp(kind, "event")) {
        *why = "not an event record";
        return false;
    }
    m->id = sr_json_get_str(rec, "id");
    m->doc = sr_json_get_str(rec, "doc");
    if (!m->id || !m->doc) {
        *why = "event record without a string \"id\" and \"doc\"";
        return false;
    }
    json_object *type = sr_json_get_obj(rec, "type");
    m->key = sr_json_get_str(type, "key");
    const sr_type *t = tax && m->key ? sr_taxonomy_get(tax, m->key) : NULL;
    if (t) {
        m->family = t->family;
        m->rank = t->rank;
    } else {
        m->family = sr_json_get_str(type, "acled");
        if (!m->family) m->family = m->key ? m->key : "none";
    }
    m->historical = get_bool(rec, "historical");
    m->retaliation = get_bool(rec, "retaliation");
    read_date(m);
    read_place(&m->place, sr_json_get_obj(rec, "location"));
    read_actor(&m->actor1, sr_json_get_obj(rec, "actor1"));
    read_actor(&m->actor2, sr_json_get_obj(rec, "actor2"));
    sr_json_get_num(rec, "confidence", &m->confidence);
    double n = 0;
    if (sr_json_get_num(rec, "mentions", &n) && n > 0 && n < 1e6) m->mentions = (int)n;
    return true;
}

double sr_haversine_km(double lat1, double lon1, double lat2, double lon2)
{
    const double r = 6371.0088, rad = M_PI / 180.0;
    double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
    double h = sin(dlat / 2) * sin(dlat / 2) + cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) * sin(dlon / 2);
    if (h > 1) h = 1;
    return 2 * r * asin(sqrt(h));
}

/* Equal, ignoring ASCII case; both must be known. */
static bool same(const char *a, const char *b) { return a && b && !strcasecmp(a, b); }
/* Different, when both are known. */
static bool differ(const char *a, const char *b) { return a && b && strcasecmp(a, b); }

static bool near(const sr_mention_place *a, const sr_mention_place *b)
{
    return a->has_coord && b->has_coord && sr_haversine_km(a->lat, a->lon, b->lat, b->lon) <= SR_INCIDENT_KM;
}

/* Does the coarse place c contain p (or lie near it)? */
static bool contains(const sr_mention_place *c, const sr_mention_place *p)
{
    if (c->country_level) return same(c->country, p->country);
    if (same(c->admin1, p->admin1) && !differ(c->country, p->country)) return true;
    return near(c, p);
}

static bool places_agree(const sr_mention_place *a, const sr_mention_place *b)
{
    if (differ(a->country, b->country)) return false;
    if (a->coarse) return contains(a, b);
    if (b->coarse) return contains(b, a);
    if (a->has_coord && b->has_coord) return near(a, b);
    return same(a->name, b->name) && same(a->country, b->country) && !differ(a->admin1, b->admin1);
}

/* The kind of actor: the state's armed forces, police and government are one. */
static const char *actor_kind(const char *sector)
{
    if (!sector) return NULL;
    if (!strcmp(sector, "military") || !strcmp(sector, "police") || !strcmp(sector, "government")) return "state";
    return sector;
}

static bool actors_conflict(const sr_mention_actor *a, const sr_mention_actor *b)
{
    if (!a->name && !a->country) return false;
    if (!b->name && !b->country) return false;
    if (differ(a->country, b->country)) return true;
    const char *ka = actor_kind(a->sector), *kb = actor_kind(b->sector);
    if (differ(ka, kb)) return true;
    if (ka && kb && a->country && b->country) return false;
    return differ(a->name, b->name);
}

bool sr_mention_compatible(const sr_mention *a, const sr_mention *b)
{
    if (a == b) return true;
    if (a->historical != b->historical || a->retaliation != b->retaliation) return false;
    if (strcmp(a->family, b->family)) return false;
    bool same_doc = !strcmp(a->doc, b->doc);
    if (a->historical && !same_doc) return false;
    if (a->dated != b->dated) return false;
    if (!a->dated && !same_doc) return false;
    if (a->dated && (a->day0 > b->day1 + 1 || b->day0 > a->day1 + 1)) return false;
    if (!a->place.present || !b->place.present) {
        if (!same_doc) return false;
    } else if (!places_agree(&a->place, &b->place)) {
        return false;
    }
    return !actors_conflict(&a->actor1, &b->actor1) && !actors_conflict(&a->actor2, &b->actor2);
}

/* Both NULL, or equal ignoring ASCII case (as same() and differ() compare). */
static bool eq(const char *a, const char *b) { return a == b || (a && b && !strcasecmp(a, b)); }

static bool same_actor(const sr_mention_actor *a, const sr_mention_actor *b)
{
    return eq(a->name, b->name) && eq(a->country, b->country) && eq(a->sector, b->sector);
}

bool sr_mention_same_profile(const sr_mention *a, const sr_mention *b)
{
    const sr_mention_place *p = &a->place, *q = &b->place;
    if (a->historical != b->historical || a->retaliation != b->retaliation || strcmp(a->family, b->family) ||
        a->dated != b->dated || a->day0 != b->day0 || a->day1 != b->day1)
        return false;
    /* the document counts where a rule looks at it: an undated or placeless mention */
    if ((!a->dated || !p->present || !q->present) && strcmp(a->doc, b->doc)) return false;
    if (p->present != q->present || p->has_coord != q->has_coord || p->coarse != q->coarse ||
        p->country_level != q->country_level || !eq(p->name, q->name) || !eq(p->country, q->country) ||
        !eq(p->admin1, q->admin1))
        return false;
    if (p->has_coord && (p->lat != q->lat || p->lon != q->lon)) return false;
    return same_actor(&a->actor1, &b->actor1) && same_actor(&a->actor2, &b->actor2);
}
