/*
 * cache.c — parsed records kept between ingests; see sr_store_parsed in
 * store_int.h.
 *
 * Place in the pipeline: inside the store.  Re-fusing an incident reads every
 * member's event record and every member document's doc record again; json-c
 * parsing was most of an ingest's time, and a well-reported incident is read
 * again with each new report.  So the store keeps the parsed form of the
 * records it has read, keyed by a hash of their text and checked against the
 * text itself (a record read from the database is used only when its bytes are
 * the ones cached, so another writer changing it cannot make the cache lie).
 * At SR_STORE_CACHE_MAX entries the cache starts again empty.
 */
#include "store/store_int.h"

#include <stdio.h>
#include <string.h>

#include "gaz/gazetteer.h"

#define SR_STORE_CACHE_MAX 4096

json_object *sr_store_parsed(sr_store *s, const char *json, size_t len)
{
    if (len > 0x7fffffff) return NULL;
    char key[20];
    snprintf(key, sizeof key, "%016llx", (unsigned long long)sr_gazetteer_checksum(json, len));
    json_object *entry;
    if (s->cache && json_object_object_get_ex(s->cache, key, &entry)) {
        json_object *text = json_object_array_get_idx(entry, 0);
        if ((size_t)json_object_get_string_len(text) == len && !memcmp(json_object_get_string(text), json, len))
            return json_object_get(json_object_array_get_idx(entry, 1));
    }
    json_tokener *tok = json_tokener_new_ex(64);
    if (!tok) return NULL;
    json_object *rec = json_tokener_parse_ex(tok, json, (int)len);
    if (json_tokener_get_error(tok) != json_tokener_success) {
        json_object_put(rec);
        rec = NULL;
    }
    json_tokener_free(tok);
    if (!rec) return NULL;
    if (!s->cache || json_object_object_length(s->cache) >= SR_STORE_CACHE_MAX) {
        json_object_put(s->cache);
        s->cache = json_object_new_object();
    }
    entry = s->cache ? json_object_new_array_ext(2) : NULL;
    json_object *text = entry ? json_object_new_string_len(json, (int)len) : NULL;
    if (text && json_object_array_add(entry, text) != 0) json_object_put(text);
    else if (text && json_object_array_add(entry, json_object_get(rec)) != 0) json_object_put(rec);
    else if (text && json_object_object_add(s->cache, key, entry) == 0) entry = NULL;
    /* not cached when memory ran out: the record itself is still good */
    json_object_put(entry);
    return rec;
}
