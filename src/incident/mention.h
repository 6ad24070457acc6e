/*
 * mention.h — one event record as incident fusion sees it: the fields that
 * decide whether two records may tell the same incident (type family, date
 * interval, place, actors), read once from the record's JSON.
 *
 * Place in the pipeline: resolve -> [fuse] -> output / store.  The fuser
 * (incident.h) and the store's incremental re-fusion both read event records
 * with sr_mention_read and compare them with sr_mention_compatible; the record
 * itself stays a json-c object so that incident records can copy its parts
 * (type, location, actors) byte for byte.
 */
#ifndef SR_MENTION_H
#define SR_MENTION_H

#include <json-c/json.h>
#include <stdbool.h>

#include "code/taxonomy.h"

/* A place as fusion compares it. */
typedef struct sr_mention_place {
    bool present;              /* the record names a place */
    bool has_coord;
    double lat, lon;
    bool coarse;               /* a province, country or region: compared by containment, not distance */
    bool country_level;        /* a country or region: only the country counts */
    const char *name, *country, *admin1;   /* NULL when the record has none */
} sr_mention_place;

/* An actor as fusion compares it. */
typedef struct sr_mention_actor {
    const char *name, *country, *sector;   /* all NULL: no actor */
} sr_mention_actor;

typedef struct sr_mention {
    json_object *rec;          /* the event record (borrowed; the strings below point into it) */
    const char *id, *doc;      /* never NULL after a successful read */
    const char *key;           /* type.key, NULL when untyped */
    const char *family;        /* taxonomy family of key, else the ACLED type, else key, else "none" */
    int rank;                  /* taxonomy rank of key, 0 when unknown */
    bool historical, retaliation;
    bool dated;                /* false: no date; then day0/day1 are 0 */
    long day0, day1;           /* the days (since 1970-01-01) the date covers, inclusive */
    int precision;             /* 1 day, 2 week, 3 month, 4 year, 0 none: lower is finer */
    const char *date;          /* as written, NULL when undated */
    sr_mention_place place;
    sr_mention_actor actor1, actor2;
    double confidence;
    int mentions;
} sr_mention;

/* Read the event record rec into *m (tax may be NULL: families are then ACLED
 * types or keys).  rec is borrowed and must outlive m.  Returns false and sets
 * *why (static text) when rec is not an event record with string "id" and
 * "doc"; every other field is optional and taken as absent when it has the
 * wrong type or an unreadable value.  The result is memoised on rec (json-c
 * userdata, freed with rec), so a record read again, as the store's cached
 * records are with every re-fusion, costs a copy; rec must not be changed
 * after it is read. */
bool sr_mention_read(sr_mention *m, json_object *rec, const sr_taxonomy *tax, const char **why);

/* May a and b belong to one incident?  True when both are historical (and of
 * one document) or both not, their families and retaliation agree, their dates lie within a day of
 * each other at their precisions, their places are within SR_INCIDENT_KM or
 * one contains the other (same province or country for a coarse place), and
 * their actors do not conflict.  A record with no date or no place merges only
 * with records of its own document.  Symmetric; a mention is compatible with
 * itself. */
bool sr_mention_compatible(const sr_mention *a, const sr_mention *b);

/* Do a and b look the same to sr_mention_compatible (same family, flags,
 * days, place, actors, and document where that matters)?  Then any third
 * mention is compatible with both or with neither: a cluster need check only
 * one mention of each such profile. */
bool sr_mention_same_profile(const sr_mention *a, const sr_mention *b);

/* Kilometres between places within which two point locations may be one incident. */
#define SR_INCIDENT_KM 25.0

/* Great-circle distance in km between two lat/lon points (degrees). */
double sr_haversine_km(double lat1, double lon1, double lat2, double lon2);

/* Typed members of a record, as fusion, the store and export read them: the
 * member key of obj (obj may be NULL), or NULL / false when it is absent,
 * null or of another type.  Borrowed from obj. */
const char *sr_json_get_str(json_object *obj, const char *key);
json_object *sr_json_get_obj(json_object *obj, const char *key);
json_object *sr_json_get_array(json_object *obj, const char *key);
/* A finite number (integer or not) into *out. */
bool sr_json_get_num(json_object *obj, const char *key, double *out);

#endif
