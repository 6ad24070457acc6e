/*
 * acled.h — event-coding evaluation against ACLED: for each ACLED event the
 * coder reads the event's `notes` and its primary event is compared with what
 * ACLED coded — type, sub-type, fatalities, the country of actor 1, place.
 *
 * Place in the pipeline: outside it, looking in.  `sitrep eval acled` reads
 * an ACLED export (src/io/csv.h), hands each row here, and prints the
 * summary; the engine codes the note exactly as `sitrep code` would, with the
 * row's event_date as the document date (sr_worker_primary), and only its
 * primary event (the most confident) is scored.  docs/eval.md defines every
 * number; in short:
 *
 *   Labels.  The predicted event type and sub-type are the primary event's
 *   ACLED columns (data/taxonomy.tsv); "NONE" when the note gave no event, or
 *   when the primary event's type is outside ACLED's codebook (counted apart,
 *   by type key).  Gold labels are compared byte for byte after trimming
 *   spaces.  Accuracy is correct / rows; per class, precision = correct /
 *   predicted, recall = correct / support (gold rows), F1 their harmonic mean
 *   (0 when a denominator is 0); macro F1 is the mean F1 over the classes
 *   with support (a class only ever predicted, like NONE, has no weight);
 *   weighted F1 weighs each class's F1 by its support.
 *
 *   Fatalities.  Exact match of the primary event's count with the row's.
 *   Our "not stated" (-1) counts as 0: ACLED writes 0 when a report gives no
 *   number.  Rows whose gold count is not a non-negative integer are left out
 *   (counted); a NULL count (no such column) is not scored at all.
 *
 *   Actor 1's country.  Scored only when ACLED's actor 1 names a country:
 *   state forces ("Military Forces of Kenya (2013-)", "Police Forces of the
 *   Philippines (2016-) Prison Guards", "Government of Kenya (2013-)": the
 *   words between "of " and " (", less a leading "the") and people
 *   ("Civilians (Kenya)", "Protesters (Kenya)", "Rioters (Kenya)": the words
 *   in brackets).  Other actors (armed groups, militias, "Unidentified Armed
 *   Group (Kenya)" whose brackets say where it operates, not whose it is)
 *   are not scored.  The named country is the row's iso3 when it is the row's
 *   country (compared as gazetteer keys: case, diacritics and punctuation
 *   aside), else the country the engine's gazetteer knows by that name; when
 *   neither says (no gazetteer, "International", "Artsakh") the row is not
 *   scored (counted as unresolved).  Agreement: our actor 1's ISO3 equals
 *   it; no event, no actor or an actor without country disagree.
 *
 *   Place.  Rows with geo_precision 1 (ACLED knew the town) and readable
 *   coordinates: the share whose primary event lies within SR_ACLED_NEAR_KM
 *   of ACLED's point (great circle).  Rows with an admin1: the share whose
 *   primary event's first-level division matches it, both turned into
 *   sr_acled_admin_key().  No event or no place misses.
 */
#ifndef SR_EVAL_ACLED_H
#define SR_EVAL_ACLED_H

#include <stdbool.h>
#include <stddef.h>

#include "sitrep.h"

#define SR_ACLED_NEAR_KM 25.0
#define SR_ACLED_NONE "NONE"

typedef struct sr_acled_eval sr_acled_eval;

/* One ACLED row: the fields as the file writes them; NULL (or "") when the
 * column is absent.  Strings are borrowed for the call. */
typedef struct sr_acled_row {
    const char *notes;          /* the text coded */
    size_t notes_len;
    const char *event_date;     /* "31-12-19", "9-May-20", "21 March 2020", "2020-05-09", … */
    const char *year;           /* the `year` column: settles two-digit years */
    const char *event_type, *sub_event_type;   /* required: rows without them are refused */
    const char *actor1, *country, *iso3, *admin1;
    const char *latitude, *longitude, *geo_precision, *fatalities;
    const char *id;             /* names the document (event_id_cnty or the line); may be NULL */
} sr_acled_row;

/* What the coder said about a row, for sr_acled_eval_score. */
typedef struct sr_acled_pred {
    bool found;                 /* false: no event (NONE) */
    const char *type_key;       /* our type key (when found) */
    const char *event_type;     /* ACLED type and sub-type; NULL when the type is outside ACLED's codebook */
    const char *sub_event_type;
    int fatalities;             /* -1 not stated */
    const char *actor1_country; /* ISO3, "" or NULL when unknown */
    bool has_location;
    double lat, lon;
    const char *admin1;         /* NULL unknown */
} sr_acled_pred;

/* One label of a table.  precision, recall, f1: 0 when their denominator is 0. */
typedef struct sr_acled_class {
    const char *label;
    long support;               /* gold rows with this label */
    long predicted;             /* rows predicted with it */
    long correct;
    double precision, recall, f1;
} sr_acled_class;

/* One cell of a confusion table. */
typedef struct sr_acled_cell {
    const char *gold, *predicted;
    long count;
} sr_acled_cell;

typedef struct sr_acled_labels {
    long correct;
    double accuracy, macro_f1, weighted_f1;   /* 0 when no row was scored */
    int n_classes;
    const sr_acled_class *classes;   /* every label gold or predicted: support, then predicted (both
                                        descending), then label bytes */
    int n_confusions;
    const sr_acled_cell *confusions; /* every cell with gold != predicted: count descending, then gold,
                                        then predicted */
} sr_acled_labels;

typedef struct sr_acled_key_count {
    const char *key;
    long count;
} sr_acled_key_count;

/* Every number of the report.  Pointers belong to the evaluator and stay
 * valid until it scores another row, is asked for another summary, or is
 * freed.  Shares are NaN when their denominator is 0. */
typedef struct sr_acled_summary {
    long rows;                  /* rows scored */
    long uncoded;               /* of which the engine refused the note (empty, binary): NONE */
    long none;                  /* of which predicted NONE (uncoded and outside included) */
    long outside;               /* of which the primary event's type is outside ACLED's codebook */
    int n_outside_keys;
    const sr_acled_key_count *outside_keys;   /* their type keys, count descending then key */
    long dated;                 /* rows coded with their event_date */
    long date_missing;          /* rows with an empty (or no) event_date: coded with no date */
    long date_unread;           /* rows whose event_date could not be read: coded with no date */
    long shared_rows;           /* rows whose note another row of the file has too */
    long shared_notes;          /* distinct notes that two or more rows share */

    sr_acled_labels type, sub;  /* event_type, sub_event_type */

    long fat_rows;              /* rows with a readable gold count */
    long fat_unread;            /* rows left out: the gold count is not a non-negative integer */
    long fat_exact;             /* of fat_rows, ours (not stated = 0) equals it */
    long fat_stated;            /* of fat_rows, we stated a number */
    long fat_gold_zero;         /* of fat_rows, the gold count is 0 */
    long fat_positive, fat_exact_positive;   /* of fat_rows, gold > 0; of which exact */
    double fat_accuracy, fat_accuracy_positive, fat_zero_share;

    long actor_rows;            /* rows scored for actor 1's country */
    long actor_agree, actor_unknown, actor_other;   /* we agree; we say no country (or no event); another one */
    long actor_state_rows, actor_state_agree;       /* the part where gold actor 1 is a state force */
    long actor_people_rows, actor_people_agree;     /* … civilians, protesters, rioters */
    long actor_not_scored;      /* gold actor 1 names no country */
    long actor_unresolved;      /* it names one that could not be turned into ISO3 */
    double actor_agreement;

    long near_rows;             /* rows with geo_precision 1 and readable coordinates */
    long near_located;          /* of which our primary event has a place */
    long near_within;           /* of which within SR_ACLED_NEAR_KM */
    double near_share;          /* near_within / near_rows */
    long near_unread;           /* rows with geo_precision 1 whose coordinates are not readable */
    long admin_rows;            /* rows with a gold admin1 */
    long admin_located;         /* of which our primary event has an admin1 */
    long admin_match;
    double admin_share;         /* admin_match / admin_rows */
} sr_acled_summary;

/* A new, empty evaluator.  engine (may be NULL) is asked, through its
 * gazetteer, for the ISO3 of a country an actor names when that is not the
 * row's country.  NULL when memory runs out. */
sr_acled_eval *sr_acled_eval_new(const sr_engine *engine);
void sr_acled_eval_free(sr_acled_eval *ev);

/* Code the row's note with the worker (date: the row's event_date, language
 * English) and score its primary event.  SR_OK when scored (also when the
 * engine refused the note: see uncoded); SR_EINPUT when the row has no
 * event_type or sub_event_type (nothing counted; *why says so); SR_ENOMEM
 * (stop there: the row may be half counted); SR_EARG on NULLs (ev, w, row).
 * ours, when not NULL, receives the prediction scored (found false for
 * NONE); its strings belong to the engine and the worker and stay valid
 * until the worker codes again. */
sr_status sr_acled_eval_row(sr_acled_eval *ev, sr_worker *w, const sr_acled_row *row, sr_acled_pred *ours,
                            const char **why);

/* Whether ours misses the row: another sub-event type (NONE when nothing
 * of ACLED's was found), or another number of fatalities where the row's is
 * readable (ours not stated counts as 0).  Neither may be NULL. */
bool sr_acled_missed(const sr_acled_row *row, const sr_acled_pred *ours);

/* Score one row against a given prediction: what sr_acled_eval_row does
 * after coding; for tests.  date_state: 0 the row's date was used, 1 it was
 * empty, 2 it could not be read; uncoded: the engine refused the note.
 * Statuses as above. */
sr_status sr_acled_eval_score(sr_acled_eval *ev, const sr_acled_row *row, const sr_acled_pred *pred, int date_state,
                              bool uncoded, const char **why);

/* The numbers so far; may be called at any time.  SR_ENOMEM when the tables
 * could not be built (then *out holds the counts only). */
sr_status sr_acled_eval_summary(sr_acled_eval *ev, sr_acled_summary *out);

/* ---- the rules, for tests ---------------------------------------------------- */

/* event_date as "YYYY-MM-DD" into out.  Read: "2020-05-09"; day first
 * "9 May 2020", "09 May 2020", "9-May-20", "9-May-2020", "9 May, 2020";
 * month first "May 9, 2020"; numbers "31-12-19", "31/12/2019", "31.12.2019"
 * (day first, as ACLED's exports write them; month first only when day first
 * cannot be a date: "12-31-19").  Months by English name or its first three
 * letters, any case.  A two-digit year takes the century of year (the row's
 * `year` column) when that is a four-digit year ending in the same two
 * digits, else 19YY for 97-99 (ACLED starts in 1997) and 20YY otherwise.
 * false (out "") when s is not such a date or not a day of the calendar. */
bool sr_acled_date(const char *s, const char *year, char out[11]);

typedef enum sr_acled_actor_kind {
    SR_ACLED_ACTOR_NONE = 0,    /* names no country */
    SR_ACLED_ACTOR_STATE,       /* Military Forces / Police Forces / Government of X */
    SR_ACLED_ACTOR_PEOPLE       /* Civilians / Protesters / Rioters (X) */
} sr_acled_actor_kind;

/* The kind of ACLED actor name and, unless NONE, the country it names into
 * name (cap bytes, NUL-terminated; truncated when too small). */
sr_acled_actor_kind sr_acled_actor_country(const char *actor, char *name, size_t cap);

/* The form two admin1 names are compared in: their gazetteer key (case,
 * diacritics, apostrophes and punctuation aside; gazkey.h) without the words
 * county, province, region, state, district, governorate, department,
 * division, prefecture, oblast, municipality, area, territory, capital,
 * city, autonomous, republic, of, the (kept when nothing else is left).
 * Writes out (cap bytes) and returns its length; a buffer of strlen(name)+1
 * always suffices. */
size_t sr_acled_admin_key(const char *name, char *out, size_t cap);

#endif
