/*
 * phrase.h — one sentence's lexicon hits sorted into layers and grouped into
 * phrases: actor phrases ("Turkish forces", "Kilis officials"), place phrases
 * with the preposition that gives their role ("from the Tell Rifaat area in
 * Aleppo Governorate"), and the layers extraction reads directly (triggers,
 * weapons, cues, casualty words, numbers, prepositions).
 *
 * Place in the pipeline: match -> [phrase] -> extract.  Each layer keeps the
 * longest hits that do not overlap within the layer; hits in different layers
 * may overlap ("shells" is a trigger and a weapon).
 */
#ifndef SR_PHRASE_H
#define SR_PHRASE_H

#include <stdbool.h>
#include "../lex/lexicon.h"
#include "../gaz/placetab.h"
#include "event.h"

typedef enum sr_layer {
    SR_LAYER_ENTITY = 0,  /* actor, agent, demonym, place, placenoun */
    SR_LAYER_TRIGGER,
    SR_LAYER_WEAPON,      /* weapon, unit */
    SR_LAYER_CUE,
    SR_LAYER_CASUALTY,
    SR_LAYER_NUMBER,
    SR_LAYER_PREP,
    SR_LAYER_COUNT
} sr_layer;

/* One accepted span of a layer with every entry that matched exactly that span. */
typedef struct sr_unit {
    int b, e;                        /* token range [b, e) (document token indexes) */
    const sr_lex_entry **entries;
    int n_entries;
} sr_unit;

typedef enum sr_phrase_kind { SR_PHRASE_ACTOR, SR_PHRASE_PLACE } sr_phrase_kind;

typedef enum sr_role {
    SR_ROLE_NONE = 0,   /* no preposition before it */
    SR_ROLE_LOCATION,
    SR_ROLE_ORIGIN,
    SR_ROLE_AGENT,      /* "by" */
    SR_ROLE_TARGET,     /* "against", "on" before an actor */
    SR_ROLE_OF,
    SR_ROLE_EXCLUDE,
    SR_ROLE_CONTAINER   /* "in Aleppo Governorate" right after another place: its container */
} sr_role;

typedef struct sr_phrase {
    sr_phrase_kind kind;
    int b, e;                  /* token range of the whole phrase */
    sr_role role;              /* from the preposition before it */
    int prep_tok;              /* token index of that preposition, -1 none */
    /* actor phrases */
    sr_actor actor;
    const char *source_kind;   /* when it speaks as a source: official | media | witness */
    bool is_source;            /* taken by an attribution cue */
    bool person;               /* a countable person noun ("civilians", "soldier") */
    bool facility;             /* a post, checkpoint or convoy: armed, but whose is not said */
    bool state_facility;       /* … one its words give the state's forces ("police post"): its
                                  country's, where it stands */
    bool criminal;             /* people whose trade is crime: thieves, robbers, fraudsters, smugglers */
    bool country_only;         /* a bare country name that may act as its state ("Turkey launched …") */
    const char *tmpl;          /* the agent's name template when the phrase is headed by an agent */
    bool adjective;            /* a lone demonym ("Turkish strikes"): an actor only right before a noun trigger */
    /* place phrases */
    const sr_place **cands;    /* candidate rows (all rows the name matched) */
    int n_cands;
    int name_b, name_e;        /* tokens of the place name itself */
    const char *level;         /* placenoun level hint ("admin1", "area", …) or NULL */
    const sr_place *resolved;
    int precision;
    double score;
    int container;             /* index of the container phrase, -1 none */
    bool container_bracketed;  /* … named in brackets after it ("Dunda (Uttarakhand)") */
    bool contains_unknown;     /* stands for names before it that no table knows ("in Watamu, Kilifi") */
    bool modifier;             /* describes the next noun (Turkish -deki: "Irak'ın kuzeyindeki Kandil") */
    bool english;              /* the name is a word of English text */
} sr_phrase;

#define SR_VIEW_MAX_TIMEX 8

typedef struct sr_sentence_view {
    int tb, te;                       /* token range of the sentence */
    sr_timex timex[SR_VIEW_MAX_TIMEX]; /* its time expressions, filled by extraction when needed */
    int n_timex;
    sr_unit *layers[SR_LAYER_COUNT];
    int n_layer[SR_LAYER_COUNT];
    sr_phrase *phrases;
    int n_phrases;
    /* Which unit covers each token, so sr_unit_at is a table read: for token
     * tb + i and layer L, unit_slot[i * SR_LAYER_COUNT + L] is 1 + the unit's
     * index in layers[L], 0 for none.  NULL (sr_unit_at then searches) when the
     * sentence is longer than SR_VIEW_MAX_INDEXED tokens or the arena ran out. */
    uint16_t *unit_slot;
} sr_sentence_view;

#define SR_VIEW_MAX_INDEXED 4096

struct sr_engine_data;

/* Sort hits into layers and build phrases for tokens [tb, te).  place_name is
 * used to fill "{country}" templates.  Every field of out is set, n_timex to
 * 0 (the timex entries themselves are left as they were).  Returns false
 * when the arena ran out. */
bool sr_phrase_build(const sr_lexicon *lex, const sr_placetab *places, const sr_token *toks, int tb, int te,
                     const sr_lex_hit *hits, int n_hits, sr_arena *arena, sr_sentence_view *out);

/* Places already resolved with confidence elsewhere in the document: a
 * candidate near them is the likelier reading of an ambiguous name. */
typedef struct sr_resolve_ctx {
    const sr_place **anchors;
    int n_anchors;
    int n_doubtful; /* resolved places left out of the anchors as sr_place_doubtful() */
    /* names the document places in a container where no reading of them lies ("near Vodyane,
     * Donetsk" with no Vodyane in Donetsk): unplaced_keys[i] (a gazetteer key) stood in for by
     * unplaced_in[i], which its later mentions with no container of their own take too */
    const char **unplaced_keys;
    const sr_place **unplaced_in;
    int n_unplaced;
} sr_resolve_ctx;

/* Is reading c of place phrase p a small town (under 100,000 people) outside the focus country
 * (ISO3 or NULL), matched in English text only by one of its other names (in
 * English the name GeoNames gives a town is the usual one; Turkish news names
 * Syrian towns by Turkish names on purpose)?  Such a reading is no anchor, and
 * with no anchor at all it is dropped ("Kibaki named ministers" is no Kybaky,
 * Ukraine).  p non-NULL; false when c is NULL. */
bool sr_place_doubtful(const sr_phrase *p, const sr_place *c, const char *focus_country);

/* Pick the row for each place phrase: level hint, stated container, the
 * document's country focus (ISO3 or NULL), nearness to rc's anchors (rc may
 * be NULL), then feature and population.  Sets resolved, precision, score. */
void sr_phrase_resolve_places(sr_sentence_view *view, const char *focus_country, const sr_resolve_ctx *rc);

/* Is token t of view (toks its text's tokens) a one-word English verb trigger in its past
 * participle, standing as an adjective before its noun after "the", "a", a possessive or
 * "of" ("wife of imprisoned Mungiki leader", "the arrested second president")?  It names
 * someone by what befell them before, not a deed the sentence tells, and it does not break
 * the noun phrase it stands in.  A word that carries casualties ("the wounded soldiers")
 * is never one: its toll counts. */
bool sr_participle_before_noun(const sr_sentence_view *view, const sr_token *toks, int t);

/* The index of the token before phrase p of view (toks: the document's tokens), past an
 * article "the" ("by the police", "and the RSF"); view->tb - 1 when p opens the sentence.
 * p needs only its start (b) set. */
int sr_phrase_word_before(const sr_sentence_view *view, const sr_token *toks, const sr_phrase *p);

/* sr_unit_at by binary search over the layer (for views without unit_slot). */
const sr_unit *sr_unit_search(const sr_sentence_view *view, sr_layer layer, int t);

/* The unit of a layer covering token t, or NULL.  Inline: extraction asks a
 * few hundred thousand times per megabyte of text. */
static inline const sr_unit *sr_unit_at(const sr_sentence_view *view, sr_layer layer, int t)
{
    if (!view->unit_slot) return sr_unit_search(view, layer, t);
    if (t < view->tb || t >= view->te) return NULL;
    unsigned slot = view->unit_slot[(size_t)(t - view->tb) * SR_LAYER_COUNT + layer];
    return slot ? &view->layers[layer][slot - 1] : NULL;
}

/* First entry of a unit with the given class, or NULL (u may be NULL).
 * Inline, as it is asked about as often as sr_unit_at. */
static inline const sr_lex_entry *sr_unit_entry(const sr_unit *u, sr_lex_class cls)
{
    if (!u) return NULL;
    for (int i = 0; i < u->n_entries; i++)
        if (u->entries[i]->cls == cls) return u->entries[i];
    return NULL;
}

/* Fill an actor's name from an agent template ("Military Forces of {country}")
 * and a country code.  Returns an arena string or NULL on OOM. */
const char *sr_actor_name(sr_arena *arena, const sr_placetab *places, const char *tmpl, const char *iso3);

#endif
