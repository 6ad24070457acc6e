/*
 * placetab.h — the hand-kept place table (data/places.tsv) until the GeoNames
 * gazetteer lands: countries, first- and second-level divisions and towns,
 * with coordinates and aliases.
 *
 * Place in the pipeline: loaded with the engine; every name and alias becomes
 * a [place] entry of the lexicon whose payload is the row, so the matcher
 * finds places in the same pass as everything else; the resolver then picks
 * among the rows a name matched.
 */
#ifndef SR_PLACETAB_H
#define SR_PLACETAB_H

#include "../lex/lexicon.h"

typedef enum sr_feature {
    SR_FEAT_COUNTRY = 0,
    SR_FEAT_ADMIN1,
    SR_FEAT_ADMIN2,
    SR_FEAT_PLACE,
    SR_FEAT_REGION
} sr_feature;

/* "country", "admin1", … */
const char *sr_feature_name(sr_feature f);

typedef struct sr_place {
    const char *name;
    sr_feature feature;
    char country[4];      /* ISO 3166-1 alpha-3 */
    const char *admin1;   /* NULL for countries */
    const char *admin2;   /* NULL when unknown */
    const char *fcode;    /* GeoNames feature code (PPLA, ADM1, …) or NULL */
    double lat, lon;
    long geonameid;       /* 0 when unknown */
    long population;      /* 0 when unknown */
    bool doubtful;        /* a gazetteer match that needs the document to confirm it (see gazmatch.h) */
    bool in_context;      /* matched with a place's context around it ("in X", "X, Y") */
    bool contained;       /* … the strongest kind: a container follows ("X, Texas") */
    bool notable;         /* a country, first-level division or row of our own table */
    const char *matched_key; /* the gazetteer key it was found by (NULL for rows of our own
                                table): see sr_gaz_place_alternate */
    bool respelled;       /* the text spells it with other letters than its own name, though
                             the key is the same ("Tugen" for Tuggen, "Maasai" for Masai) */
    uint8_t alternate_memo; /* sr_gaz_place_alternate's answer once known: 0 not yet, 1 no, 2 yes */
} sr_place;

typedef struct sr_placetab sr_placetab;

/* Load the table from path and add every name and alias to lex as a [place]
 * entry (language any) whose payload is the row; lex NULL adds nothing (the
 * gazetteer, which merged this table in, finds the names instead).  On success *out owns the
 * table, which must outlive lex's use.  On failure returns SR_EIO/SR_EDATA/
 * SR_ENOMEM with *errmsg = "FILE:LINE: reason" (malloc'd; errmsg may be NULL). */
sr_status sr_placetab_load(const char *path, sr_lexicon *lex, sr_placetab **out, char **errmsg);
void sr_placetab_free(sr_placetab *tab);

/* The country row for an ISO3 code, or NULL.  Borrowed from the table. */
const sr_place *sr_placetab_country(const sr_placetab *tab, const char *iso3);

/* Great-circle distance in km. */
double sr_distance_km(double lat1, double lon1, double lat2, double lon2);

#endif
