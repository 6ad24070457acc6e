/*
 * event.h — the in-memory event record and its parts (actors, places,
 * sources, evidence), shared by extraction, the document merge and output.
 *
 * Place in the pipeline: extract -> [event] -> merge -> output.  A mention is
 * an event read from one sentence; the document merge folds mentions of one
 * event into one sr_event that keeps every detail and every evidence span.
 * Everything lives in the worker's arena.
 */
#ifndef SR_EVENT_H
#define SR_EVENT_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include "../gaz/placetab.h"
#include "../time/timex.h"
#include "taxonomy.h"

typedef enum sr_modality {
    SR_MOD_ASSERTED = 0,
    SR_MOD_CLAIMED,
    SR_MOD_ALLEGED,
    SR_MOD_HYPOTHETICAL,
    SR_MOD_DENIED,
    SR_MOD_NEGATED
} sr_modality;

/* "asserted", "claimed", … */
const char *sr_modality_name(sr_modality m);

typedef struct sr_actor {
    uint32_t start, end;       /* span of the actor phrase in the text */
    const char *name;          /* standard name ("Military Forces of Turkey") */
    char country[4];           /* ISO3 or "" */
    const char *sector;        /* "military", "civilians", …; NULL unknown */
    bool armed;
    bool crowd;                /* a crowd rather than an organisation: residents, a mob */
    bool implied;              /* not named: the codebook's actor for the type (start == end) */
} sr_actor;

typedef struct sr_loc {
    uint32_t start, end;       /* span of the place name in the text */
    const sr_place *place;
    int precision;             /* ACLED geo precision: 1 town, 2 district/area, 3 province/country */
    double score;              /* 0..1: how sure the resolver is */
    bool assumed;              /* not told as where it happened, only named nearby in the text */
} sr_loc;

typedef struct sr_source {
    const char *text;          /* as written ("Kilis officials", "@tcsavunma") */
    const char *name;          /* standard name when known */
    const char *kind;          /* official | media | witness | social | publisher | unknown */
    const char *handle;        /* social-media handle, or NULL */
} sr_source;

typedef struct sr_evidence {
    uint32_t start, end;       /* the sentence */
    uint32_t trig_start, trig_end; /* the trigger inside it */
} sr_evidence;

/* Whether an actor's sector (NULL: none) is state forces: police or military. */
static inline bool sr_sector_state(const char *sector)
{
    return sector && (!strcmp(sector, "police") || !strcmp(sector, "military"));
}

/* Whether an actor's sector (NULL: none) is the people of a protest or riot. */
static inline bool sr_sector_protest(const char *sector)
{
    return sector && (!strcmp(sector, "protesters") || !strcmp(sector, "rioters"));
}

/* Whether t is a protest put down: met with intervention or with excessive force. */
static inline bool sr_type_put_down(const sr_type *t)
{
    return !strcmp(t->key, "protest_intervention") || !strcmp(t->key, "excessive_force");
}

/* Whether t is a riot: a violent demonstration or mob violence. */
static inline bool sr_type_riot(const sr_type *t)
{
    return !strcmp(t->key, "violent_demonstration") || !strcmp(t->key, "mob_violence");
}

/* Whether t is a disaster, natural or man-made (a flood, a road accident), which kills by itself. */
static inline bool sr_type_disaster(const sr_type *t)
{
    return !strcmp(t->key, "natural_disaster") || !strcmp(t->key, "man_made_disaster");
}

/* What decided an event's type, weakest first. */
typedef enum sr_type_strength {
    SR_TYPE_DEFAULT,           /* the default of a refinable trigger ("attacked") */
    SR_TYPE_BY_ACTORS,         /* who did it to whom ("gunmen killed two police": a clash) */
    SR_TYPE_BY_WEAPON,         /* a weapon or modifier the sentence names ("mortars") */
    SR_TYPE_SPECIFIC           /* a trigger that names the type ("shelled", "clashed") */
} sr_type_strength;

typedef struct sr_event {
    const sr_type *type;
    sr_type_strength type_strength; /* how the type was decided: merging keeps the strongest */
    bool retaliation;
    bool labelled;             /* named by a coder's label opening its sentence ("Property destruction: …") */
    bool fire_both_ways;       /* told as fire exchanged ("in both directions", "exchanged fire") */
    sr_date date;              /* precision SR_PREC_NONE = unknown (background without a date) */
    bool date_from_text;       /* the sentence or its paragraph said when */
    bool historical;
    bool separate;             /* told as another event than the report's ("In another incident, …") */
    sr_actor *actor1, *actor2; /* NULL = not stated */
    sr_loc *location, *origin; /* NULL = not stated */
    int fatalities, injured;   /* -1 = not stated */
    bool fatalities_claimed;   /* the count is a side's claim ("Al Shabaab claims it killed 25") */
    bool fatalities_more;      /* the count adds to those told before ("6 militants were also killed") */
    int quantity;              /* -1 = not stated */
    const char *quantity_unit;
    sr_modality modality;
    uint8_t lang;              /* sr_lang of the first mention */
    uint8_t langs;             /* bit (1 << sr_lang) for the language of each mention */
    int paragraph;             /* of the first mention */
    sr_source *sources; int n_sources, cap_sources;
    sr_evidence *evidence; int n_evidence, cap_evidence;
    int n_mentions;
    double confidence;
    const char *implied_actor1, *implied_sector; /* the trigger's own default actor ("neutralised": state forces) */
    const char *implied_country;                 /* … of the official who tells it ("MSB: …"), or NULL */
} sr_event;

#endif
