/*
 * geo.h — geoparsing evaluation: how well the place finder detects the
 * toponyms of a gold corpus (LGL, GeoVirus) and how close it puts them.
 *
 * Place in the pipeline: outside it, looking in.  For each gold article
 * (src/io/geoxml.h) the engine finds places exactly as `sitrep places` does
 * (sr_worker_places); the mentions are matched to the gold toponyms and the
 * counts accumulate here; `sitrep eval geo` prints the summary.  docs/eval.md
 * defines every number; in short:
 *
 *   Units.  Gold offsets count characters (code points); the engine's count
 *   bytes of the text it was given.  Both are turned into character offsets
 *   of the same text before anything is compared.
 *
 *   Alignment.  A gold span whose text is not its phrase is looked for up to
 *   SR_GEO_MAX_SHIFT characters either side (nearest first, left before
 *   right) and moved there when found ("realigned"); when not found it is
 *   kept as given ("unaligned").  Both are counted.  GeoVirus needs this:
 *   every one of its spans is one character to the right of its name.
 *
 *   Matching.  Predicted mentions flagged demonym are left out (counted).  A
 *   prediction and a gold toponym match when their character spans overlap;
 *   matching is one-to-one and greedy: all overlapping pairs of the article
 *   are taken in order of larger overlap, then smaller distance between
 *   starts, then gold order, then prediction order, each pair kept when
 *   neither side is taken yet.
 *
 *   Distance.  Great-circle (haversine) on a sphere of radius 6371.0088 km,
 *   on matched pairs whose gold toponym has coordinates.
 */
#ifndef SR_EVAL_GEO_H
#define SR_EVAL_GEO_H

#include <stdbool.h>
#include <stddef.h>

#include "../code/extract.h"
#include "../io/geoxml.h"
#include "sitrep.h"

enum {
    SR_GEO_TOP = 10,        /* length of each "worst" list */
    SR_GEO_MAX_SHIFT = 3    /* characters a gold span may be realigned by */
};
#define SR_GEO_ACC_KM 161.0       /* "accurate" is within 161 km (100 miles) */
#define SR_GEO_MAX_KM 20039.0     /* the AUC's scale: half the equator */
#define SR_GEO_EARTH_KM 6371.0088 /* mean radius (IUGG) */

typedef struct sr_geo_eval sr_geo_eval;

/* A matched toponym resolved far from its gold place.  Identical misses (the
 * same phrase, gold place and our place) are one entry with their count. */
typedef struct sr_geo_miss {
    const char *docid;                /* of the first one met */
    long count;
    const char *text;                 /* the gold phrase, as in the article */
    const char *gold_name;
    double gold_lat, gold_lon;
    const char *our_name;
    const char *our_country;          /* ISO3 or "" */
    double our_lat, our_lon;
    double km;
} sr_geo_miss;

typedef struct sr_geo_name_count {
    const char *name;
    long count;
} sr_geo_name_count;

/* Every number of the report.  Strings belong to the evaluator and stay valid
 * until it scores another article or is freed. */
typedef struct sr_geo_summary {
    long articles;                    /* articles scored */
    long articles_uncoded;            /* of which the engine refused the text (empty, binary); their gold
                                         toponyms still count, as undetected */
    long articles_repaired;           /* of which the engine repaired bytes of the text (never expected:
                                         libxml2 hands out valid UTF-8) */
    long gold;                        /* gold toponyms */
    long gold_coords;                 /* of which with coordinates */
    long gold_as_given, gold_realigned, gold_unaligned;   /* sum to gold */
    long realigned_by[2 * SR_GEO_MAX_SHIFT + 1];           /* [shift + SR_GEO_MAX_SHIFT] */
    long predicted;                   /* predicted mentions scored (demonyms left out) */
    long demonyms;                    /* predicted mentions left out as demonyms */
    long demonyms_on_gold;            /* of which overlap a gold toponym (LGL marks some adjectives) */
    long matched;                     /* true positives: matched pairs */
    long undetected;                  /* gold toponyms no prediction matched (= gold - matched) */
    long false_positives;             /* predictions that matched nothing (= predicted - matched) */
    double precision, recall, f1;     /* 0 when their denominator is 0 */
    long resolved;                    /* matched pairs whose gold has coordinates */
    long within_acc;                  /* of which the error is at most SR_GEO_ACC_KM */
    double accuracy;                  /* within_acc / resolved */
    double median_km, mean_km;        /* of the errors of the resolved pairs */
    double auc;                       /* mean of ln(1 + min(km, MAX)) / ln(1 + MAX): 0 perfect, 1 worst */
    /* accuracy, median_km, mean_km and auc are NaN when resolved is 0 */
    int n_worst;
    sr_geo_miss worst[SR_GEO_TOP];    /* largest errors first; ties in the order met */
    int n_undetected_names;
    sr_geo_name_count undetected_names[SR_GEO_TOP];   /* most frequent phrases never detected */
    int n_false_names;
    sr_geo_name_count false_names[SR_GEO_TOP];        /* most frequent texts of false positives */
    /* name lists: larger count first, then byte order of the name */
} sr_geo_summary;

/* A new, empty evaluator; NULL when memory runs out. */
sr_geo_eval *sr_geo_eval_new(void);
/* Leave predicted demonyms ("Syrian", "American") out of the scoring, for
 * corpora that do not tag adjectives as toponyms (GeoVirus); LGL tags them,
 * so they are scored by default. */
void sr_geo_eval_skip_demonyms(sr_geo_eval *ev, bool skip);
void sr_geo_eval_free(sr_geo_eval *ev);

/* Score one article: run the worker's engine on its text (lang: "en", "tr"
 * or NULL to detect, as for `sitrep places`) and match.  SR_OK when scored
 * (also when the engine refused the text: see articles_uncoded); SR_ENOMEM
 * when memory ran out (the article's counts are then not added, though its
 * names may be: stop there); SR_EARG on NULLs. */
sr_status sr_geo_eval_article(sr_geo_eval *ev, sr_worker *w, const sr_geo_article *a, const char *lang);

/* Score one article against given predictions: m[0..n) with byte offsets
 * into text[0..text_len), the text the engine worked on (a->text, or a
 * repaired copy of it of the same length).  n 0 / m NULL: nothing predicted.
 * What sr_geo_eval_article does after running the engine; for tests.
 * Statuses as above. */
sr_status sr_geo_eval_score(sr_geo_eval *ev, const sr_geo_article *a, const sr_place_mention *m, int n,
                            const char *text, size_t text_len);

/* The numbers so far.  May be called at any time, any number of times. */
void sr_geo_eval_summary(sr_geo_eval *ev, sr_geo_summary *out);

/* Great-circle distance in km between two points given in degrees. */
double sr_geo_km(double lat1, double lon1, double lat2, double lon2);

#endif
