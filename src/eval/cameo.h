/*
 * cameo.h — event-coding evaluation: how often the engine's primary event of
 * a gold sentence has the gold PLOVER type (PLOVER-GSR) or CAMEO code
 * (PETRARCH2 unit tests), and the gold source and target countries.
 *
 * Place in the pipeline: outside it, looking in.  For each gold record
 * (src/io/cameogold.h) the engine codes the sentence as one document and
 * its primary event is read (sr_worker_primary: the event it states first);
 * the counts accumulate here; `sitrep eval plover` / `petrarch` print the
 * summary.  docs/eval.md defines every number; in short:
 *
 *   Labels.  PLOVER: a record's gold label is its event type and ours is
 *   our primary event's PLOVER type.  PETRARCH: the gold labels are the
 *   CAMEO root codes (the first two digits, 01-20) of the sentence's
 *   codings, ours is the root of our CAMEO code ("0874" -> "08").  A record
 *   agrees when our label is one of its gold labels; full-code agreement
 *   (PETRARCH) is our CAMEO code equal to one gold code as written.
 *
 *   No event.  A record for which the engine gave no event, refused the
 *   text, or gave an event whose type has no code in the scheme ("-" in
 *   data/taxonomy.tsv) disagrees; the three are counted apart.
 *
 *   Scored records.  Only records with a gold label are in the type/code
 *   agreement.  PETRARCH's other records are counted apart: "noevents"
 *   (the gold is no event: agreement is our giving none), "error" (the gold
 *   expects a refusal: only counted), and sentences whose codings all use
 *   PETRARCH's test codes outside CAMEO (no root 01-20: 9xx, 802…).
 *
 *   Actors.  Source agreement is over records with codings where some gold
 *   source actor has a country (cameogold.h gives the rule): it agrees
 *   when our primary event's actor1 country is one of those countries.
 *   Target likewise with actor2.  No country from us disagrees (counted).
 *
 *   Table.  Per gold label: records, agreements, and the three labels we
 *   gave most often instead ("(no event)" among them).  A PETRARCH sentence
 *   with codings of two roots counts in both rows.  At most
 *   SR_CAMEO_MAX_LABELS distinct labels are kept on either side; later ones
 *   are pooled as "(other)".
 */
#ifndef SR_EVAL_CAMEO_H
#define SR_EVAL_CAMEO_H

#include <stdbool.h>

#include "../io/cameogold.h"
#include "sitrep.h"

enum {
    SR_CAMEO_INSTEAD = 3,       /* labels listed per row as given instead */
    SR_CAMEO_MAX_LABELS = 64    /* distinct gold (and predicted) labels kept, "(other)" included */
};

typedef enum sr_cameo_scheme {
    SR_CAMEO_PLOVER = 0,        /* gold event = PLOVER type */
    SR_CAMEO_PETRARCH           /* gold event = CAMEO code */
} sr_cameo_scheme;

/* Labels we give that are not codes. */
#define SR_CAMEO_NO_EVENT "(no event)"     /* no event, or the text was refused */
#define SR_CAMEO_NO_CODE "(no code)"       /* an event whose type has no code in the scheme */

/* What the engine said about one sentence (strings borrowed for the call). */
typedef struct sr_cameo_guess {
    bool found;                 /* an event was coded */
    const char *plover;         /* its PLOVER type; NULL, "" or "-" = none */
    const char *cameo;          /* its CAMEO code; NULL, "" or "-" = none */
    const char *source;         /* actor1's country (ISO3); NULL or "" = unknown */
    const char *target;         /* actor2's country */
} sr_cameo_guess;

/* How one record came out. */
typedef struct sr_cameo_outcome {
    sr_cameo_guess guess;       /* what the engine said (strings as sr_cameo_eval_record says) */
    char ours[24];              /* our label: a PLOVER type, a CAMEO root, SR_CAMEO_NO_EVENT or
                                   SR_CAMEO_NO_CODE (cut at 23 bytes) */
    bool scored;                /* the record is in the type/code agreement */
    bool agree;                 /* and agreed */
} sr_cameo_outcome;

typedef struct sr_cameo_label_count {
    const char *label;
    long count;
} sr_cameo_label_count;

typedef struct sr_cameo_row {
    const char *gold;           /* the gold label (PLOVER type, or CAMEO root "19") */
    long n;                     /* scored records with this gold label */
    long agree;                 /* of which our label was one of the record's gold labels */
    long no_event;              /* of which we gave (no event) or (no code) */
    long missed;                /* n - agree */
    double agreement;           /* agree / n */
    int n_instead;
    sr_cameo_label_count instead[SR_CAMEO_INSTEAD];  /* our labels on the misses, most frequent first */
} sr_cameo_row;

typedef struct sr_cameo_summary {
    sr_cameo_scheme scheme;
    long records;               /* every record scored (all kinds below) */
    long refused;               /* of which the engine refused the text (counted as no event) */
    long no_event_all;          /* of which we gave no event (refusals included) */
    /* type / code agreement, over records with a gold label */
    long scored;
    long agree;                 /* PLOVER type, or CAMEO root */
    long agree_full;            /* PETRARCH: the full CAMEO code; PLOVER: 0 */
    long no_event;              /* we gave no event (or refused) */
    long no_code;               /* we gave an event with no code in the scheme */
    long wrong;                 /* we gave another code (= scored - agree - no_event - no_code) */
    double agreement;           /* agree / scored */
    double agreement_full;      /* agree_full / scored */
    double agreement_on_events; /* agree / (scored - no_event - no_code): how often a coded event is right */
    /* PETRARCH's other records */
    long gold_none;             /* noevents */
    long gold_none_agree;       /* of which we gave no event */
    long gold_error;            /* error: a refusal expected */
    long gold_error_agree;      /* of which we gave no event */
    long gold_test_codes;       /* codings, none with a CAMEO root */
    /* actors */
    long source_gold, source_agree, source_unknown;   /* unknown: we gave no actor1 country */
    long target_gold, target_agree, target_unknown;
    double source_agreement, target_agreement;        /* agree / gold */
    /* the table, most misses first, then more records, then label bytes */
    int n_rows;
    const sr_cameo_row *rows;
    /* every ratio is 0 when its denominator is 0 */
} sr_cameo_summary;

typedef struct sr_cameo_eval sr_cameo_eval;

/* A new, empty evaluator for one scheme; NULL when memory runs out. */
sr_cameo_eval *sr_cameo_eval_new(sr_cameo_scheme scheme);
void sr_cameo_eval_free(sr_cameo_eval *ev);

/* Score one record: code its text with the worker (as one document, with the
 * record's date and language, English when it gives none) and compare the
 * primary event.  SR_OK when scored (also when the engine refused the text);
 * SR_ENOMEM when memory ran out (nothing counted); SR_EARG on NULLs.
 * *out (when non-NULL) receives how it came out; its guess's strings stay
 * valid until the worker's next document. */
sr_status sr_cameo_eval_record(sr_cameo_eval *ev, sr_worker *w, const sr_cameo_record *rec,
                               sr_cameo_outcome *out);

/* Score one record against a given guess: what sr_cameo_eval_record does
 * after running the engine; for tests.  refused: the engine refused the text
 * (it counts as no event whatever guess->found says).  *out as above, its
 * guess a copy of *guess.  Statuses as above. */
sr_status sr_cameo_eval_score(sr_cameo_eval *ev, const sr_cameo_record *rec, const sr_cameo_guess *guess,
                              bool refused, sr_cameo_outcome *out);

/* The numbers so far; rows stay valid until the next call on ev. */
void sr_cameo_eval_summary(sr_cameo_eval *ev, sr_cameo_summary *out);

/* The CAMEO root of a code ("0874" -> "08", "190" -> "19") into out[3]:
 * true when the code starts with two digits making 01..20. */
bool sr_cameo_root(const char *code, char out[3]);

#endif
