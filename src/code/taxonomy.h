/*
 * taxonomy.h — event types (data/taxonomy.tsv): the one table that maps our
 * type keys to ACLED type and sub-type, PLOVER type and CAMEO code, with the
 * family that decides which mentions may merge and the rank that decides
 * which of several specific types a mention takes.
 *
 * Place in the pipeline: loaded with the engine; extract names a type by key,
 * output writes all three codings from the same row (each row's JSON is made
 * at load).
 */
#ifndef SR_TAXONOMY_H
#define SR_TAXONOMY_H

#include "sitrep.h"

typedef struct sr_type {
    const char *key;
    const char *acled;      /* NULL: not an ACLED event type */
    const char *acled_sub;  /* NULL with acled */
    const char *plover;     /* NULL when none applies */
    const char *cameo;      /* NULL when none applies */
    const char *family;
    int rank;
    const char *case2021;   /* the CASE 2021 task's label */
    const char *actor1;     /* the actor the codebook gives when the text names none
                               ("Protesters ({country})"), or NULL */
    const char *actor1_sector;
    /* the event record's "type" object, ready-made (it is the same for every
     * event of the type): {"acled":…,"acled_sub":…,"plover":…,"cameo":…,"key":…}
     * as sr_json_str writes each value, json_len bytes, NUL-terminated */
    const char *json;
    size_t json_len;
} sr_type;

typedef struct sr_taxonomy sr_taxonomy;

/* Load path; *out owns the table.  Errors name FILE:LINE in *errmsg (malloc'd). */
sr_status sr_taxonomy_load(const char *path, sr_taxonomy **out, char **errmsg);
void sr_taxonomy_free(sr_taxonomy *tax);
/* The type with this key, or NULL.  Borrowed from the table. */
const sr_type *sr_taxonomy_get(const sr_taxonomy *tax, const char *key);
/* Number of types and the i-th one (for checks and listings). */
int sr_taxonomy_size(const sr_taxonomy *tax);
const sr_type *sr_taxonomy_at(const sr_taxonomy *tax, int i);

#endif
