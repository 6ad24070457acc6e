/*
 * phrase.c — layers and phrases of one sentence; see phrase.h.
 *
 * The chunker is a handful of shape rules over the entity layer, each one a
 * pattern news English uses for actors and places:
 *   (demonym | place | actor)? agent+      "Turkish forces", "Kilis officials", "Assad's forces"
 *   demonym placenoun                      "Syrian territory"      -> the country as a place
 *   placenoun "of" place                   "the province of Kilis" -> the place, level hint
 *   place placenoun?                       "the Tell Rifaat area"  -> the place, level hint
 *   actor                                  "Syrian Democratic Forces"
 * The preposition before a phrase gives its role; a place right after another
 * place and "in" (or ",") is that place's container, not a new role.
 */
#include "phrase.h"
#include "../gaz/gazmatch.h"
#include "../lex/fold.h"

#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* The layer of each lexicon class, with NEEDS_CAPITAL for the proper names
 * (places, demonyms), which must be written with a capital or as a hashtag:
 * "turkey" the bird and "chad" the name are not places.  A table, as
 * fill_layers asks it twice for every hit. */
#define NEEDS_CAPITAL 0x80
static const uint8_t class_layer[SR_LEX_N_CLASSES] = {
    [SR_LEX_DEMONYM] = SR_LAYER_ENTITY | NEEDS_CAPITAL,
    [SR_LEX_ACTOR] = SR_LAYER_ENTITY,
    [SR_LEX_AGENT] = SR_LAYER_ENTITY,
    [SR_LEX_TRIGGER] = SR_LAYER_TRIGGER,
    [SR_LEX_WEAPON] = SR_LAYER_WEAPON,
    [SR_LEX_CUE] = SR_LAYER_CUE,
    [SR_LEX_CASUALTY] = SR_LAYER_CASUALTY,
    [SR_LEX_PLACENOUN] = SR_LAYER_ENTITY,
    [SR_LEX_NUMBER] = SR_LAYER_NUMBER,
    [SR_LEX_PREP] = SR_LAYER_PREP,
    [SR_LEX_UNIT] = SR_LAYER_WEAPON,
    [SR_LEX_SUFFIX] = SR_LAYER_ENTITY,
    [SR_LEX_PLACE] = SR_LAYER_ENTITY | NEEDS_CAPITAL,
};

static bool is_capitalised(const sr_token *t)
{
    return (t->flags & (SR_TOKF_CAP | SR_TOKF_ALLCAPS)) || t->kind == SR_TOK_HASHTAG;
}

const sr_unit *sr_unit_search(const sr_sentence_view *v, sr_layer layer, int t)
{
    /* units of a layer are sorted and disjoint: binary search for the last unit starting at or before t */
    const sr_unit *u = v->layers[layer];
    int lo = 0, hi = v->n_layer[layer];
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (u[mid].b <= t) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return NULL;
    return t < u[lo - 1].e ? &u[lo - 1] : NULL;
}

const char *sr_actor_name(sr_arena *arena, const sr_placetab *places, const char *tmpl, const char *iso3)
{
    /* the templates' only brace is that of "{country}": memchr finds it for
     * less than strstr's set-up costs on such short strings, and with the
     * template's length known the mark is compared by a memcmp the compiler
     * spells out (the length also gives what follows the mark without a
     * second strlen) */
    static const char mark_text[] = "{country}";
    const size_t mark_len = sizeof mark_text - 1;
    size_t len = strlen(tmpl);
    const char *end = tmpl + len, *mark = memchr(tmpl, '{', len);
    while (mark && ((size_t)(end - mark) < mark_len || memcmp(mark, mark_text, mark_len)))
        mark = memchr(mark + 1, '{', (size_t)(end - mark - 1));
    if (!mark) return tmpl;
    const sr_place *c = iso3 && *iso3 ? sr_placetab_country(places, iso3) : NULL;
    size_t pre = (size_t)(mark - tmpl);
    const char *post = mark + mark_len;
    if (!c && pre >= 4 && !memcmp(mark - 4, " of ", 4)) pre -= 4; /* drop " of {country}" */
    else if (!c && pre >= 2 && !memcmp(mark - 2, " (", 2) && *post == ')') pre -= 2, post++; /* or " ({country})" */
    size_t n_name = c ? strlen(c->name) : 0, n_post = (size_t)(end - post);
    char *s = sr_arena_alloc(arena, pre + n_name + n_post + 1);
    if (!s) return NULL;
    memcpy(s, tmpl, pre);
    if (n_name) memcpy(s + pre, c->name, n_name);
    memcpy(s + pre + n_name, post, n_post + 1);
    return s;
}

/* Is the token a word of bearing arms ("wielding", "knife-wielding")? */
static bool wielding(const sr_token *t)
{
    size_t l = strlen(t->fold);
    return t->kind == SR_TOK_WORD && l >= 8 && !strcmp(t->fold + l - 8, "wielding");
}

/* Is the one English word [b, e) a capitalised word between two others inside the sentence,
 * a part of a name ("Said" in "Hussein Said Omar") rather than the cue its letters spell? */
static bool inside_capitalised_run(const sr_sentence_view *v, const sr_token *toks, int b, int e)
{
    if (e != b + 1 || b <= v->tb || e >= v->te) return false;
    const sr_token *w = &toks[b], *before = &toks[b - 1], *after = &toks[e];
    return w->lang == SR_LANG_EN && (w->flags & SR_TOKF_CAP) && !(w->flags & SR_TOKF_ALLCAPS) &&
           before->kind == SR_TOK_WORD && (before->flags & SR_TOKF_CAP) && after->kind == SR_TOK_WORD &&
           (after->flags & SR_TOKF_CAP);
}

/* Is the one word [b, e) written with a capital inside the sentence after a capitalised
 * word, the end of a name ("near Karbonit Mine")? */
static bool ends_a_name(const sr_sentence_view *v, const sr_token *toks, int b, int e)
{
    if (e != b + 1 || b <= v->tb) return false;
    const sr_token *w = &toks[b], *before = &toks[b - 1];
    return (w->flags & SR_TOKF_CAP) && !(w->flags & SR_TOKF_ALLCAPS) && before->kind == SR_TOK_WORD &&
           (before->flags & SR_TOKF_CAP);
}

/* Sort the hits into layers (see phrase.h) and index them in v->unit_slot.
 * A first pass counts the hits of each layer, so that every layer's units
 * and every unit's entries are carved out of two arena blocks: a unit's
 * entries are the hits of its span in its layer, which follow one another
 * in the layer's order, so each layer appends to its own stretch of one
 * pointer array.  unit_slot stays NULL for a long sentence, a unit outside
 * the sentence or when the arena runs out; sr_unit_at then searches instead,
 * with the same answers.  Returns false when the arena ran out. */
static bool fill_layers(sr_arena *arena, sr_sentence_view *v, const sr_token *toks, const sr_lex_hit *hits,
                        int n_hits)
{
    int count[SR_LAYER_COUNT] = {0};
    for (int i = 0; i < n_hits; i++) count[class_layer[hits[i].entry->cls] & ~NEEDS_CAPITAL]++;
    const sr_lex_entry **pool = sr_arena_alloc(arena, (size_t)n_hits * sizeof *pool);
    if (!pool) return false;
    const sr_lex_entry **tail[SR_LAYER_COUNT]; /* where each layer's next entry goes */
    for (int L = 0; L < SR_LAYER_COUNT; L++) {
        tail[L] = pool;
        pool += count[L];
        if (count[L] && !(v->layers[L] = sr_arena_alloc(arena, (size_t)count[L] * sizeof *v->layers[L])))
            return false;
    }
    int n_tok = v->te - v->tb;
    uint16_t *slot = NULL;
    if (n_tok > 0 && n_tok <= SR_VIEW_MAX_INDEXED)
        slot = sr_arena_calloc(arena, (size_t)n_tok * SR_LAYER_COUNT, sizeof *slot);
    for (int i = 0; i < n_hits; i++) {
        const sr_lex_hit *h = &hits[i];
        unsigned layer = class_layer[h->entry->cls];
        if ((layer & NEEDS_CAPITAL) && !is_capitalised(&toks[h->tok_begin])) continue;
        sr_layer L = (sr_layer)(layer & ~NEEDS_CAPITAL);
        if (L == SR_LAYER_CUE && inside_capitalised_run(v, toks, (int)h->tok_begin, (int)h->tok_end)) continue;
        if (L == SR_LAYER_WEAPON && sr_lex_is(h->entry, "in_name_not", NULL) &&
            ends_a_name(v, toks, (int)h->tok_begin, (int)h->tok_end))
            continue;
        int n = v->n_layer[L], b = (int)h->tok_begin, e = (int)h->tok_end;
        if (n > 0) {
            sr_unit *last = &v->layers[L][n - 1];
            if (last->b == b && last->e == e) { /* its entries end at tail[L] */
                *tail[L]++ = h->entry;
                last->n_entries++;
                continue;
            }
            if (b < last->e) continue; /* overlaps a longer, earlier hit */
        }
        v->layers[L][n] = (sr_unit){b, e, tail[L], 1};
        *tail[L]++ = h->entry;
        v->n_layer[L] = n + 1;
        /* units of a layer start where the one before ends or later: they never overlap */
        if (slot && (b < v->tb || e > v->te || b >= e)) slot = NULL; /* not expected: search instead */
        for (int t = b; slot && t < e; t++) slot[(size_t)(t - v->tb) * SR_LAYER_COUNT + L] = (uint16_t)(n + 1);
    }
    v->unit_slot = slot;
    return true;
}

_Static_assert(SR_LAYER_COUNT == 7, "covered() reads a token's slots as two words of four");

/* Four slots of unit_slot, as a word to AND with: all ones in each slot
 * whose bit in m is set.  Built in memory order, so that it lines up with
 * the slots on any machine; folded to a constant where m is one. */
static inline uint64_t slot_mask(unsigned m)
{
    const uint16_t w[4] = {m & 1 ? 0xffff : 0, m & 2 ? 0xffff : 0, m & 4 ? 0xffff : 0, m & 8 ? 0xffff : 0};
    uint64_t x;
    memcpy(&x, w, sizeof x);
    return x;
}

/* Is token t inside a unit of one of the layers in mask (bit 1 << layer)?
 * With the index the token's slots are one row, read as two overlapping
 * words (slots 0-3 and 3-6) and tested against the mask's slots in two
 * ANDs rather than a loop over the layers; without, sr_unit_at asks.
 * Inline, so that the masks (constants) fold. */
static inline bool covered(const sr_sentence_view *v, int t, unsigned mask)
{
    if (v->unit_slot && t >= v->tb && t < v->te) {
        const uint16_t *row = &v->unit_slot[(size_t)(t - v->tb) * SR_LAYER_COUNT];
        uint64_t lo, hi;
        memcpy(&lo, row, sizeof lo);
        memcpy(&hi, row + 3, sizeof hi);
        return ((lo & slot_mask(mask & 15)) | (hi & slot_mask(mask >> 3 & 15))) != 0;
    }
    for (int L = 0; L < SR_LAYER_COUNT; L++)
        if ((mask >> L & 1) && sr_unit_at(v, (sr_layer)L, t)) return true;
    return false;
}

#define ALL_LAYERS ((1u << SR_LAYER_COUNT) - 1)

/* The word lists below are switches on the first letter, so that each word is
 * compared with a handful of literals (sr_lex_streq unrolls them) rather than
 * with every word of a list: skippable asks for nearly every word before a
 * phrase, and no library offers a set of literal strings that costs less. */

/* Determiners and the modifiers news English puts before places and actors;
 * the "-ern" words ("northern") are taken by skippable before it asks. */
static bool is_modifier_word(const char *w)
{
#define IS(s) sr_lex_streq(w, s)
    switch (w[0]) {
    case 'a': return IS("a") || IS("an") || IS("all");
    case 'b': return IS("both") || IS("besieged");
    case 'c': return IS("central");
    case 'd': return IS("disputed");
    case 'e': return IS("east");
    case 'h': return IS("his") || IS("her");
    case 'i': return IS("its");
    case 'k': return IS("key");
    case 'l': return IS("local");
    case 'm': return IS("my") || IS("main") || IS("many");
    case 'n': return IS("north") || IS("nearby") || IS("neighbouring") || IS("neighboring");
    case 'o': return IS("our") || IS("other") || IS("occupied");
    case 'p': return IS("provincial");
    case 'r': return IS("rural") || IS("remote");
    case 's': return IS("south") || IS("several") || IS("some") || IS("same");
    case 't': return IS("the") || IS("this") || IS("that") || IS("these") || IS("those") || IS("their");
    case 'v': return IS("various");
    case 'w': return IS("west");
    case 'y': return IS("your");
    default: return false;
    }
}

/* A word that counts people before "of" ("dozens of police", "hundreds of residents"). */
static bool is_count_word(const char *w)
{
    static const char *const words[] = {"dozens", "hundreds", "thousands", "scores", NULL};
    for (int i = 0; words[i]; i++)
        if (!strcmp(w, words[i])) return true;
    return false;
}

/* What is said of the doers: "by unidentified gunmen", "by suspected Pokot raiders". */
static bool is_doer_word(const char *w)
{
    switch (w[0]) {
    case 'a': return IS("alleged") || IS("armed") || IS("angry");
    case 'h': return IS("heavily") || IS("hired");
    case 'i': return IS("irate");
    case 'm': return IS("masked");
    case 'r': return IS("rival");
    case 's': return IS("suspected");
    case 'u': return IS("unidentified") || IS("unknown") || IS("unnamed");
    default: return false;
    }
#undef IS
}

/* What is said of the people harmed or faced: "at peaceful protesters", "on unarmed civilians". */
static bool is_people_word(const char *w)
{
#define IS(s) sr_lex_streq(w, s)
    switch (w[0]) {
    case 'd': return IS("defenceless") || IS("defenseless");
    case 'e': return IS("elderly");
    case 'f': return IS("fellow");
    case 'h': return IS("helpless");
    case 'i': return IS("innocent");
    case 'o': return IS("ordinary");
    case 'p': return IS("peaceful");
    case 'u': return IS("unarmed");
    case 'y': return IS("young");
    default: return false;
    }
#undef IS
}

int sr_phrase_word_before(const sr_sentence_view *v, const sr_token *toks, const sr_phrase *p)
{
    return p->b - 1 - (p->b - 2 >= v->tb && sr_lex_streq(toks[p->b - 1].fold, "the"));
}

bool sr_participle_before_noun(const sr_sentence_view *v, const sr_token *toks, int t)
{
#define IS(s) sr_lex_streq(w, s)
    const char *f = toks[t].fold;
    size_t n = toks[t].fold_len; /* (the word's ending first: most words turn away there) */
    if (n <= 3 || f[n - 1] != 'd' || f[n - 2] != 'e') return false;
    if (t <= v->tb || t + 1 >= v->te || toks[t].lang != SR_LANG_EN || toks[t + 1].kind != SR_TOK_WORD) return false;
    const sr_unit *u = sr_unit_at(v, SR_LAYER_TRIGGER, t);
    const sr_lex_entry *e = sr_unit_entry(u, SR_LEX_TRIGGER);
    if (!e || u->b != t || u->e != t + 1 || !sr_lex_is(e, "pos", "verb") || sr_lex_get(e, "casualty")) return false;
    const char *w = toks[t - 1].fold;
    if (toks[t - 1].kind != SR_TOK_WORD || !(IS("the") || IS("a") || IS("an") || IS("his") || IS("her") ||
                                             IS("their") || IS("its") || IS("our") || IS("of")))
        return false;
    /* the next word is its noun: not a preposition, a verb of being, a conjunction or an adverb */
    w = toks[t + 1].fold;
    size_t wn = toks[t + 1].fold_len;
    return !sr_unit_at(v, SR_LAYER_PREP, t + 1) && !(wn > 4 && w[wn - 2] == 'l' && w[wn - 1] == 'y') &&
           !(IS("by") || IS("and") || IS("or") || IS("but") || IS("as") || IS("to") || IS("when") || IS("after") ||
             IS("while") || IS("last") || IS("on") || IS("in") || IS("at") || IS("for") || IS("with") ||
             IS("during") || IS("was") || IS("were") || IS("is") || IS("are") || IS("been") || IS("being") ||
             IS("be"));
#undef IS
}

/* Words that may stand between a preposition and its phrase, or inside an
 * actor phrase, without breaking it: determiners and the modifiers news
 * English puts before places and actors ("the", "northern", "rebel-held");
 * before an actor (actor true) also what is said of doers ("unidentified") or
 * of the people harmed ("unarmed") and a name no layer knows (a clan:
 * "Pokot").  Any other word ends the phrase: "to assist Damascus" is not "to
 * Damascus". */
static bool skippable(const sr_sentence_view *v, const sr_token *toks, int t, bool actor)
{
    const sr_token *k = &toks[t];
    if (k->kind != SR_TOK_WORD) return false;
    if (actor && (is_doer_word(k->fold) || is_people_word(k->fold)) &&
        !covered(v, t, 1u << SR_LAYER_PREP | 1u << SR_LAYER_TRIGGER))
        return true;
    /* a name no layer knows before an actor: a clan or people ("by Pokot militants") */
    if (actor && (k->flags & SR_TOKF_CAP) && t > v->tb && !covered(v, t, ALL_LAYERS)) return true;
    if (sr_participle_before_noun(v, toks, t)) return true; /* "supporters of the detained governor" */
    if (covered(v, t, ALL_LAYERS & ~(1u << SR_LAYER_NUMBER))) return false;
    size_t n = k->fold_len;
    if (memchr(k->fold, '-', n)) return true; /* "rebel-held", "north-western", "Kurdish-led" */
    if (n > 4 && sr_lex_streq(k->fold + n - 3, "ern")) return true; /* "north-eastern", "southern" */
    return is_modifier_word(k->fold);
}

static const sr_unit *ent_unit(const sr_sentence_view *v, int i) { return &v->layers[SR_LAYER_ENTITY][i]; }

/* The preposition governing a phrase that starts at token b. */
static bool is_name_connector(const char *w)
{
    static const char *const words[] = {"de", "del", "de la", "los", "las", "la", "do", "da", "dos", "das", "di",
                                        "du", "des", "le", "el", "al", "van", "von", "bin", "ibn", "y", "e", NULL};
    for (int i = 0; words[i]; i++)
        if (words[i][0] == w[0] && !strcmp(w, words[i])) return true;
    return false;
}

/* "in Watamu, Dabaso, Kilifi": names the place table does not know, each
 * followed by a comma, stand between a preposition and the place it knows;
 * that place takes the preposition's role as the unknown names' container.
 * Returns the token before such a run (or t itself), and counts the names. */
static int skip_unknown_names(const sr_sentence_view *v, const sr_token *toks, int t, int *n_names)
{
    *n_names = 0;
    while (t - 1 >= v->tb && toks[t].kind == SR_TOK_PUNCT && (toks[t].fold[0] == ',' || toks[t].fold[0] == '(') &&
           *n_names < 3) {
        int k = t - 1;
        /* one to three capitalised words that no layer claimed, and the place
         * nouns that go with them ("Ikurungu village (Kirinyaga)") */
        int words = 0, names = 0;
        while (k >= v->tb && words < 4 && toks[k].kind == SR_TOK_WORD && !sr_unit_at(v, SR_LAYER_PREP, k)) {
            const sr_unit *u = sr_unit_at(v, SR_LAYER_ENTITY, k);
            bool connector = !u && words > 0 && is_name_connector(toks[k].fold); /* "Leon de los Aldama" */
            bool unknown_name = ((toks[k].flags & SR_TOKF_CAP) && !u) || connector;
            bool place_noun = u && sr_unit_entry(u, SR_LEX_PLACENOUN) && u->b == k && u->e == k + 1;
            if (!unknown_name && !place_noun) break;
            names += unknown_name;
            k--, words++;
        }
        if (!names) break;
        /* "in the Civil Hospital, Ludhiana": the article before the unknown name */
        if (k >= v->tb && toks[k].kind == SR_TOK_WORD && !strcmp(toks[k].fold, "the")) k--;
        t = k;
        (*n_names)++;
    }
    return t;
}

static sr_role role_named(const char *r)
{
    if (!r) return SR_ROLE_NONE;
    if (sr_lex_streq(r, "location")) return SR_ROLE_LOCATION;
    if (sr_lex_streq(r, "origin")) return SR_ROLE_ORIGIN;
    if (sr_lex_streq(r, "agent")) return SR_ROLE_AGENT;
    if (sr_lex_streq(r, "target")) return SR_ROLE_TARGET;
    if (sr_lex_streq(r, "of")) return SR_ROLE_OF;
    if (sr_lex_streq(r, "exclude")) return SR_ROLE_EXCLUDE;
    return SR_ROLE_NONE;
}

static bool is_postposition(const sr_unit *u) { return sr_lex_is(u->entries[0], "after", NULL); }

static sr_role role_before(const sr_sentence_view *v, const sr_token *toks, int b, bool actor, int *prep_tok,
                           bool *via_unknown)
{
    *prep_tok = -1;
    *via_unknown = false;
    int n_names = 0;
    /* (a list of names after a place's preposition goes on naming places, not people: "In
     * Chipuac village, residents attacked" has residents as the subject) */
    int start = actor ? b - 1 : skip_unknown_names(v, toks, b - 1, &n_names);
    /* "in Chowni area of Gardez district": a name we do not know right before the place
     * noun that opens the phrase, after a place's preposition */
    if (!actor && !n_names) {
        int k = b - 1, words = 0;
        while (k >= v->tb && words < 3 && toks[k].kind == SR_TOK_WORD && (toks[k].flags & SR_TOKF_CAP) &&
               !sr_unit_at(v, SR_LAYER_ENTITY, k) && !sr_unit_at(v, SR_LAYER_PREP, k))
            k--, words++;
        if (words && k >= v->tb && sr_unit_at(v, SR_LAYER_PREP, k) && sr_unit_at(v, SR_LAYER_ENTITY, b) &&
            sr_unit_entry(sr_unit_at(v, SR_LAYER_ENTITY, b), SR_LEX_PLACENOUN))
            start = k, n_names = 1;
    }
    if (n_names) {
        /* only when a place preposition heads the run */
        const sr_unit *p = start >= v->tb ? sr_unit_at(v, SR_LAYER_PREP, start) : NULL;
        if (!p) return SR_ROLE_NONE;
        *via_unknown = true;
        b = start + 1;
    }
    for (int t = b - 1, skipped = 0; t >= v->tb && skipped <= 3; t--) {
        const sr_unit *p = sr_unit_at(v, SR_LAYER_PREP, t);
        if (p) {
            if (is_postposition(p)) return SR_ROLE_NONE; /* it belongs to the phrase before it */
            sr_role role = role_named(sr_lex_get(p->entries[0], "role"));
            /* "by dozens of police", "killing 2 of the gunmen": a count of the people before "of"
             * is no head of its own, the actor takes the preposition before the count */
            if (actor && role == SR_ROLE_OF && p->b - 1 >= v->tb &&
                (is_count_word(toks[p->b - 1].fold) || toks[p->b - 1].kind == SR_TOK_NUMBER)) {
                t = p->b - 1;
                continue;
            }
            /* "around 100 Indian nationals assaulted": a count's hedge before a number, not a
             * preposition of place; the people's role is what stands before the hedge */
            if (actor && p->e < v->te && (toks[p->e].kind == SR_TOK_NUMBER || sr_unit_at(v, SR_LAYER_NUMBER, p->e)) &&
                (sr_lex_streq(toks[p->b].fold, "around") || sr_lex_streq(toks[p->b].fold, "about"))) {
                t = p->b;
                skipped++;
                continue;
            }
            *prep_tok = p->b;
            return role;
        }
        if (!skippable(v, toks, t, actor)) {
            /* a number or a lone demonym/placenoun does not break "in two villages" */
            if (toks[t].kind == SR_TOK_NUMBER || sr_unit_at(v, SR_LAYER_NUMBER, t)) { skipped++; continue; }
            return SR_ROLE_NONE;
        }
        skipped++;
    }
    return SR_ROLE_NONE;
}

/* The inflection of the phrase's last word: the suffix after its apostrophe
 * ("Kilis'te" -> "te"), or what follows the prefix its lexicon pattern
 * matched ("bölge*" in "bölgesinden" -> "sinden"), in plain form; "" when
 * the word is bare. */
static const char *strip_compound_mark(const char *rest)
{
    /* a compound ("savaş uçakları", "DEAŞ militanları") marks its head with
     * -(s)I, which is not the accusative: the case comes after it */
    static const char *const marks[] = {"lari", "leri", "si", "su", "i", "u", NULL};
    for (int k = 0; marks[k]; k++)
        if (!strncmp(rest, marks[k], strlen(marks[k]))) return rest + strlen(marks[k]);
    return rest;
}

/* compound: the word heads a noun compound the phrase spans ("Türk SİHA'ları") */
static void last_inflection(const sr_sentence_view *v, const sr_token *toks, int e, bool compound, char *out,
                            size_t cap)
{
    const sr_token *last = &toks[e - 1];
    out[0] = '\0';
    if (last->suffix) {
        char plain[64];
        sr_plain(last->suffix, plain, sizeof plain);
        snprintf(out, cap, "%s", compound ? strip_compound_mark(plain) : plain);
        return;
    }
    const sr_unit *u = sr_unit_at(v, SR_LAYER_ENTITY, e - 1);
    if (!u || u->e != e) return;
    const char *pat = u->entries[0]->pattern, *w = strrchr(pat, ' ');
    w = w ? w + 1 : pat;
    size_t wl = strlen(w);
    if (wl < 2 || w[wl - 1] != '*') return;
    char prefix[64], word[128];
    char bare[64];
    if (wl - 1 >= sizeof bare) return;
    memcpy(bare, w, wl - 1);
    bare[wl - 1] = '\0';
    size_t pl = sr_plain(bare, prefix, sizeof prefix);
    sr_plain(last->fold, word, sizeof word);
    if (strncmp(word, prefix, pl) != 0) return;
    const char *rest = word + pl;
    if (w != pat || compound) rest = strip_compound_mark(rest);
    snprintf(out, cap, "%s", rest);
}

/* Turkish gives a noun its role after it: a postposition ("Suriye
 * tarafından" = by Syria) or the case ending of its last word ("Kilis'te"
 * in, "Suriye'den" from, "bölgeyi" the object), from the lexicon's [prep]
 * entries marked `after` and its [suffix] entries. */
static const sr_lex_entry *case_ending(const sr_lexicon *lex, const sr_sentence_view *v, const sr_token *toks, int e,
                                       bool compound)
{
    char infl[64];
    last_inflection(v, toks, e, compound, infl, sizeof infl);
    return infl[0] ? sr_lexicon_suffix(lex, (sr_lang)toks[e - 1].lang, infl, "role", false) : NULL;
}

static sr_role role_after(const sr_lexicon *lex, const sr_sentence_view *v, const sr_token *toks, int b, int e,
                          int *prep_tok, bool *modifier)
{
    *modifier = false;
    bool compound = e - b > 1 && !toks[e - 2].suffix;
    const sr_unit *pp = e < v->te ? sr_unit_at(v, SR_LAYER_PREP, e) : NULL;
    if (pp && pp->b == e && is_postposition(pp)) {
        *prep_tok = pp->b;
        return role_named(sr_lex_get(pp->entries[0], "role"));
    }
    const sr_lex_entry *suf = case_ending(lex, v, toks, e, compound);
    const sr_unit *next = e < v->te ? sr_unit_at(v, SR_LAYER_ENTITY, e) : NULL;
    if (!suf && next && next->b == e && sr_unit_entry(next, SR_LEX_PLACENOUN) && !sr_unit_entry(next, SR_LEX_AGENT)) {
        /* "YPG mevzilerinden": the owner of the positions fired from them */
        suf = case_ending(lex, v, toks, next->e, true);
        return suf ? role_named(sr_lex_get(suf, "role")) : SR_ROLE_NONE;
    }
    if (!suf && !next && e - b == 1 && e < v->te && toks[e].kind == SR_TOK_WORD && !toks[e - 1].suffix &&
        !sr_unit_at(v, SR_LAYER_TRIGGER, e) && !sr_unit_at(v, SR_LAYER_WEAPON, e) && !sr_unit_at(v, SR_LAYER_CUE, e) &&
        !sr_unit_at(v, SR_LAYER_PREP, e) && !sr_unit_at(v, SR_LAYER_CASUALTY, e)) {
        /* "bir sivil aracını hedef alan": a bare agent word before a noun describes it
         * (a civilian car) and takes that noun's case, when the ending is unmistakable */
        char plain[128];
        sr_plain(toks[e].fold, plain, sizeof plain);
        const sr_lex_entry *x = sr_lexicon_suffix(lex, (sr_lang)toks[e].lang, plain, "role", false);
        if (x && strlen(x->pattern) >= 2 && role_named(sr_lex_get(x, "role")) != SR_ROLE_NONE &&
            !sr_lex_is(x, "modifier", NULL))
            return role_named(sr_lex_get(x, "role"));
    }
    if (suf && sr_lex_is(suf, "modifier", NULL)) {
        /* "Kobani'deki YPG mevzilerinden": the role of the noun it describes */
        *modifier = true;
        for (int t = e; t < v->te && t < e + 4; t++) {
            const sr_unit *u = sr_unit_at(v, SR_LAYER_ENTITY, t);
            if (!u || u->b != t) continue;
            const sr_lex_entry *head = case_ending(lex, v, toks, u->e, u->e - u->b > 1);
            if (head && !sr_lex_is(head, "modifier", NULL)) return role_named(sr_lex_get(head, "role"));
            t = u->e - 1;
        }
    }
    return suf ? role_named(sr_lex_get(suf, "role")) : SR_ROLE_NONE;
}

/* Room for one more phrase after v's last (*cap is the room there is):
 * the next phrase is built in place there and counted once it is whole. */
static bool room_for_phrase(sr_arena *arena, sr_sentence_view *v, int *cap)
{
    if (v->n_phrases < *cap) return true;
    int nc = *cap ? *cap * 2 : 8;
    sr_phrase *np = sr_arena_grow(arena, v->phrases, (size_t)v->n_phrases, (size_t)nc, sizeof *np);
    if (!np) return false;
    v->phrases = np;
    *cap = nc;
    return true;
}

static bool collect_places(sr_arena *arena, const sr_unit *u, sr_phrase *p)
{
    int n = 0;
    for (int i = 0; i < u->n_entries; i++)
        if (u->entries[i]->cls == SR_LEX_PLACE) n++;
    if (!n) return true;
    p->cands = sr_arena_alloc(arena, (size_t)n * sizeof *p->cands);
    if (!p->cands) return false;
    p->n_cands = 0;
    for (int i = 0; i < u->n_entries; i++)
        if (u->entries[i]->cls == SR_LEX_PLACE) {
            const sr_place *pl = u->entries[i]->payload;
            bool dup = false;
            for (int k = 0; k < p->n_cands; k++) dup |= p->cands[k] == pl;
            if (!dup) p->cands[p->n_cands++] = pl;
        }
    p->name_b = u->b;
    p->name_e = u->e;
    return true;
}

/* A word that opens a clause, or a preposition no role is read from ("Thika over police
 * harassment"): it ends a phrase, never modifies one. */
static bool ends_phrase(const char *w)
{
    static const char *const words[] = {"after", "before", "when", "while", "as", "where", "who", "which", "that",
                                        "but", "if", "because", "since", "until", "over", "against", "for",
                                        "with", "about", "through", "during", "despite", NULL};
    for (int i = 0; words[i]; i++)
        if (w[0] == words[i][0] && !strcmp(w, words[i])) return true;
    return false;
}

/* Is the English word at token k a verb in the past right after a noun for a kind of actor
 * ("Police blocked protesters"): the actor's verb, not a modifier of the next one's? */
static bool verb_after_agent(const sr_sentence_view *v, const sr_token *toks, int k)
{
    const char *f = toks[k].fold;
    size_t n = toks[k].fold_len;
    if (k <= v->tb || toks[k].lang != SR_LANG_EN || n < 4 || f[n - 2] != 'e' || f[n - 1] != 'd') return false;
    return sr_unit_entry(sr_unit_at(v, SR_LAYER_ENTITY, k - 1), SR_LEX_AGENT) != NULL;
}

/* Is the next entity unit (index j) reachable from token t, skipping at most
 * `gap` unclaimed words? */
static bool adjacent(const sr_sentence_view *v, const sr_token *toks, int t, int j, int gap)
{
    if (j >= v->n_layer[SR_LAYER_ENTITY]) return false;
    int b = ent_unit(v, j)->b;
    for (int k = t; k < b; k++) {
        /* inside an actor phrase any one lower-case modifier may stand: "Afghan commando forces"
         * (not a word that opens a clause: "in Kisumu after gunmen attacked", "Kakamega when
         * demonstrators") */
        bool modifier = toks[k].kind == SR_TOK_WORD && !(toks[k].flags & (SR_TOKF_CAP | SR_TOKF_ALLCAPS)) &&
                        !sr_unit_at(v, SR_LAYER_TRIGGER, k) && !sr_unit_at(v, SR_LAYER_PREP, k) &&
                        !ends_phrase(toks[k].fold) && !verb_after_agent(v, toks, k);
        if (!(modifier || skippable(v, toks, k, false)) || gap-- <= 0) return false;
    }
    return true;
}

static const char *country_of_unit(const sr_unit *u)
{
    const sr_lex_entry *d = sr_unit_entry(u, SR_LEX_DEMONYM);
    if (d) return sr_lex_get(d, "country");
    const sr_lex_entry *a = sr_unit_entry(u, SR_LEX_ACTOR);
    if (a) return sr_lex_get(a, "country");
    const sr_lex_entry *pl = sr_unit_entry(u, SR_LEX_PLACE);
    if (pl) return ((const sr_place *)pl->payload)->country;
    return NULL;
}

static void set_country(sr_actor *a, const char *iso3)
{
    a->country[0] = '\0';
    if (iso3 && strlen(iso3) == 3) memcpy(a->country, iso3, 4);
}

/* What an actor phrase takes from the agent entry at its head: the
 * answers of sr_lex_get for sector, name and source and of sr_lex_is (no
 * value) for the flags, gathered in one pass over the entry's attributes
 * rather than seven searches of them.  As for sr_lex_get, the first
 * attribute of a key is the one that counts. */
typedef struct agent_attrs {
    const char *sector, *name, *source;
    bool armed, crowd, person, facility, criminal;
    bool state_facility; /* facility=state: the word names the state's forces ("police post") */
} agent_attrs;

static agent_attrs agent_attrs_of(const sr_lex_entry *e)
{
    agent_attrs a = {0};
    unsigned seen = 0; /* a bit per key already met */
#define TAKE(bit, key, dst)                                          \
    if (!(seen & (bit)) && sr_lex_streq(k, key)) {                  \
        seen |= (bit);                                                \
        dst;                                                          \
        continue;                                                     \
    }
    for (int i = 0; i < e->n_attrs; i++) {
        const char *k = e->attrs[i].key, *val = e->attrs[i].value;
        switch (k[0]) {
        case 's':
            TAKE(1u, "sector", a.sector = val)
            TAKE(2u, "source", a.source = val)
            break;
        case 'n': TAKE(4u, "name", a.name = val) break;
        case 'a': TAKE(8u, "armed", a.armed = val != NULL) break;
        case 'c':
            TAKE(16u, "crowd", a.crowd = val != NULL)
            TAKE(128u, "criminal", a.criminal = val != NULL)
            break;
        case 'p': TAKE(32u, "person", a.person = val != NULL) break;
        case 'f': TAKE(64u, "facility", a.facility = val != NULL; a.state_facility = val && sr_lex_streq(val, "state")) break;
        default: break;
        }
    }
#undef TAKE
    return a;
}

/* Make p the lone people's adjective of unit u ("Turkish strikes"): an actor, that country's
 * forces, only next to a noun trigger.  false when the arena ran out. */
static bool demonym_adjective(sr_arena *arena, const sr_placetab *places, const sr_token *toks, const sr_unit *u,
                              const sr_lex_entry *demonym, sr_phrase *p)
{
    p->kind = SR_PHRASE_ACTOR;
    p->actor.start = toks[u->b].start;
    p->actor.end = toks[u->e - 1].end;
    set_country(&p->actor, sr_lex_get(demonym, "country"));
    p->actor.name = sr_actor_name(arena, places, "Military Forces of {country}", p->actor.country);
    if (!p->actor.name) return false;
    p->actor.sector = "military";
    p->adjective = true;
    return true;
}

/* Does phrase p (not yet counted in v) name the container of the place phrase right before
 * it, in brackets or between commas ("Seattle (Washington)", "in Seattle, Washington, on
 * Monday"; not "shelled Afrin, Damascus said", nor an item of a list: "Texas, Virginia,
 * Washington, Wyoming")? */
static bool names_container(const sr_sentence_view *v, const sr_token *toks, const sr_phrase *p)
{
    const sr_phrase *before = v->n_phrases > 0 ? &v->phrases[v->n_phrases - 1] : NULL;
    if (!before || before->kind != SR_PHRASE_PLACE || before->e != p->b - 1 || toks[p->b - 1].kind != SR_TOK_PUNCT)
        return false;
    if (toks[p->b - 1].fold[0] == '(') return true;
    bool listed = before->b > 0 && toks[before->b - 1].kind == SR_TOK_PUNCT && toks[before->b - 1].fold[0] == ',';
    return toks[p->b - 1].fold[0] == ',' && (p->e >= v->te || toks[p->e].kind == SR_TOK_PUNCT) && !listed;
}

bool sr_phrase_build(const sr_lexicon *lex, const sr_placetab *places, const sr_token *toks, int tb, int te,
                     const sr_lex_hit *hits, int n_hits, sr_arena *arena, sr_sentence_view *v)
{
    /* every field zero but the time expressions, of which only the first
     * n_timex mean anything (none, now): they were most of the bytes cleared */
    memset(v, 0, offsetof(sr_sentence_view, timex));
    memset(&v->n_timex, 0, sizeof *v - offsetof(sr_sentence_view, n_timex));
    v->tb = tb;
    v->te = te;
    if (!fill_layers(arena, v, toks, hits, n_hits)) return false;
    int pcap = 0;
    int n_ent = v->n_layer[SR_LAYER_ENTITY];
    for (int i = 0; i < n_ent;) {
        const sr_unit *u = ent_unit(v, i);
        /* the first entry of each class (sr_unit_entry's answers), in one pass
         * over the entries rather than one per class: walked backwards, the
         * first of a class is the last written */
        const sr_lex_entry *actor = NULL, *agent = NULL, *demonym = NULL, *place = NULL, *pnoun = NULL;
        for (int k = u->n_entries - 1; k >= 0; k--) {
            const sr_lex_entry *x = u->entries[k];
            switch (x->cls) {
            case SR_LEX_ACTOR: actor = x; break;
            case SR_LEX_AGENT: agent = x; break;
            case SR_LEX_DEMONYM: demonym = x; break;
            case SR_LEX_PLACE: place = x; break;
            case SR_LEX_PLACENOUN: pnoun = x; break;
            default: break;
            }
        }
        /* "threw Molotov cocktails": a name the lexicon knows as a weapon is the weapon, not the
         * town of that name (Molotov, once Perm), unless a preposition of place says otherwise */
        if (place && !actor && !agent && !demonym) {
            const sr_unit *w = sr_unit_at(v, SR_LAYER_WEAPON, u->b);
            int prep;
            bool unknown;
            sr_role r = w && w->e >= u->e ? role_before(v, toks, u->b, false, &prep, &unknown) : SR_ROLE_LOCATION;
            if (r != SR_ROLE_LOCATION && r != SR_ROLE_ORIGIN) {
                i++;
                continue;
            }
        }
        /* built where it goes, after the phrases so far (which stay put until
         * it is counted), rather than copied there */
        if (!room_for_phrase(arena, v, &pcap)) return false;
        sr_phrase *p = &v->phrases[v->n_phrases];
        memset(p, 0, sizeof *p);
        p->container = -1;
        p->b = u->b;
        p->e = u->e;
        int next = i + 1;

        /* (demonym | place | actor)? agent+ */
        int j = i + 1;
        const sr_lex_entry *last_agent = agent;
        int end_tok = u->e;
        bool joined_armed = false; /* "police and civilians": one side of the pair is armed */
        /* "police officers", "Kilis officials"; a Turkish agent word is a phrase of its own
         * ("polis göstericilere": police, at the protesters) */
        bool turkish = toks[u->b].lang == SR_LANG_TR;
        /* ... nor does a Turkish name with a case ending ("Ankara'da toplanan öğrenciler"),
         * though "PKK'lı teröristler" (-lı: of the PKK) is one phrase */
        const sr_lex_entry *ending = turkish && toks[u->e - 1].suffix ? case_ending(lex, v, toks, u->e, false) : NULL;
        bool case_marked = ending && role_named(sr_lex_get(ending, "role")) != SR_ROLE_NONE;
        if ((agent || demonym || place || actor) && !(turkish && (agent || case_marked))) {
            /* (the agent test first: it is a look at the unit's entries, and turns
             * most units away before adjacent reads the tokens between them) */
            /* "Embu Town residents": a place and its place noun before the agent word */
            if (place && !agent && !turkish && j + 1 < n_ent && ent_unit(v, j)->b == u->e &&
                sr_unit_entry(ent_unit(v, j), SR_LEX_PLACENOUN) && !sr_unit_entry(ent_unit(v, j), SR_LEX_AGENT) &&
                ent_unit(v, j + 1)->b == ent_unit(v, j)->e && sr_unit_entry(ent_unit(v, j + 1), SR_LEX_AGENT)) {
                end_tok = ent_unit(v, j)->e;
                j++;
            }
            /* "Embu University students", "Kisii High School teachers": a place and the
             * capitalised name of its institution before the agent word */
            else if (place && !agent && !turkish && j < n_ent && sr_unit_entry(ent_unit(v, j), SR_LEX_AGENT) &&
                     ent_unit(v, j)->b > u->e && ent_unit(v, j)->b - u->e <= 2) {
                static const char *const institutions[] = {"university", "college", "polytechnic", "school",
                                                           "high", "secondary", "primary", "academy",
                                                           "institute", "hospital", "market", NULL};
                bool institution = true;
                for (int k = u->e; k < ent_unit(v, j)->b && institution; k++) {
                    institution = toks[k].kind == SR_TOK_WORD && (toks[k].flags & SR_TOKF_CAP);
                    bool known = false;
                    for (int w = 0; institutions[w] && !known; w++) known = sr_lex_streq(toks[k].fold, institutions[w]);
                    institution &= known;
                }
                if (institution) end_tok = ent_unit(v, j)->b;
            }
            /* "between the army and rebels": two sides, not one pair of them (but a crowd and the
             * state's forces stay one pair, "between police and residents", as its rules read it) */
            int gov = sr_phrase_word_before(v, toks, p);
            bool between = gov >= v->tb && sr_lex_streq(toks[gov].fold, "between");
            const sr_lex_entry *following;
            while (j < n_ent && (!turkish || j == i + 1) && (following = sr_unit_entry(ent_unit(v, j), SR_LEX_AGENT)) &&
                   adjacent(v, toks, end_tok, j, turkish ? 0 : 1) &&
                   !(between && ent_unit(v, j)->b == end_tok + 1 && sr_lex_streq(toks[end_tok].fold, "and") &&
                     !sr_lex_is(following, "crowd", NULL) && !(last_agent && sr_lex_is(last_agent, "crowd", NULL)))) {
                /* "police checkpoint": the facility belongs to the agent before it */
                bool adds_nothing = last_agent && (sr_lex_is(following, "facility", NULL) ||
                                                   (sr_lex_is(following, "generic", NULL) &&
                                                    sr_lex_is(last_agent, "armed", NULL)));
                if (!last_agent || !adds_nothing) last_agent = following;
                joined_armed |= ent_unit(v, j)->b == end_tok + 1 && sr_lex_streq(toks[end_tok].fold, "and") &&
                                (sr_lex_is(following, "armed", NULL) || (agent && sr_lex_is(agent, "armed", NULL)));
                end_tok = ent_unit(v, j)->e;
                j++;
            }
        }
        if (last_agent) {
            /* "Kilis officials", "Alexandria woman": the place is named too (not by a people's
             * adjective a gazetteer also lists as a name of its country: "Somali refugees") */
            if (place && !agent && !demonym && !collect_places(arena, u, p)) return false;
            const char *iso = agent ? NULL : country_of_unit(u);
            agent_attrs aa = agent_attrs_of(last_agent);
            const char *sector = aa.sector;
            p->kind = SR_PHRASE_ACTOR;
            p->e = end_tok;
            p->actor.start = toks[p->b].start;
            p->actor.end = toks[p->e - 1].end;
            set_country(&p->actor, iso);
            bool keep_group = actor && sr_lex_get(actor, "sector") &&
                              (!strcmp(sr_lex_get(actor, "sector"), "rebel") ||
                               !strcmp(sr_lex_get(actor, "sector"), "militia"));
            if (keep_group) {
                p->actor.name = sr_lex_get(actor, "name");
                sector = sr_lex_get(actor, "sector");
            } else {
                p->tmpl = aa.name;
                p->actor.name = sr_actor_name(arena, places, p->tmpl, iso);
                if (!p->actor.name) return false;
            }
            p->actor.sector = sector;
            /* "armed youths", "armed villagers", "machete-wielding men", "youths armed with
             * clubs": a crowd that bears arms is a militia, not a mob */
            /* (among the doer words before or in it: "unidentified armed youths"; and "an unarmed
             * junior officer", "unarmed soldiers": men named unarmed bear no arms) */
            bool armed_word = false, unarmed_word = false;
            for (int k = p->b - 2 > v->tb ? p->b - 2 : v->tb; k < p->e; k++) {
                armed_word |= sr_lex_streq(toks[k].fold, "armed") || (k >= p->b - 1 && wielding(&toks[k]));
                unarmed_word |= sr_lex_streq(toks[k].fold, "unarmed");
            }
            /* (… or right after it: "youths wielding machetes", "men armed with clubs") */
            armed_word |= p->e < v->te && (wielding(&toks[p->e]) || (sr_lex_streq(toks[p->e].fold, "armed") &&
                                                                      p->e + 1 < v->te &&
                                                                      sr_lex_streq(toks[p->e + 1].fold, "with")));
            p->actor.armed = !unarmed_word && (aa.armed || keep_group || (joined_armed && !aa.crowd) || armed_word);
            p->actor.crowd = aa.crowd && !armed_word;
            p->person = aa.person;
            p->facility = aa.facility;
            p->state_facility = aa.state_facility;
            p->criminal = aa.criminal;
            p->source_kind = aa.source;
            if (!p->source_kind && sector && (sr_lex_streq(sector, "government") || sr_lex_streq(sector, "military") ||
                                             sr_lex_streq(sector, "police")))
                p->source_kind = "official";
            next = j;
        } else if (demonym && i + 1 < n_ent && adjacent(v, toks, u->e, i + 1, 1) &&
                   sr_unit_entry(ent_unit(v, i + 1), SR_LEX_PLACENOUN) &&
                   !sr_unit_entry(ent_unit(v, i + 1), SR_LEX_AGENT)) {
            /* "Syrian territory": the country as a place */
            const sr_place *c = sr_placetab_country(places, sr_lex_get(demonym, "country"));
            const sr_unit *pn = ent_unit(v, i + 1);
            p->kind = SR_PHRASE_PLACE;
            p->e = pn->e;
            if (c) {
                p->cands = sr_arena_alloc(arena, sizeof *p->cands);
                if (!p->cands) return false;
                p->cands[0] = c;
                p->n_cands = 1;
            }
            p->name_b = u->b;
            p->name_e = u->e;
            p->level = sr_lex_get(sr_unit_entry(pn, SR_LEX_PLACENOUN), "level");
            next = i + 2;
        } else if (pnoun && !place && i + 1 < n_ent && sr_unit_entry(ent_unit(v, i + 1), SR_LEX_PLACE) &&
                   ent_unit(v, i + 1)->b == u->e + 1 && toks[u->e].kind == SR_TOK_WORD &&
                   sr_lex_streq(toks[u->e].fold, "of")) {
            /* "the province of Kilis" */
            const sr_unit *pu = ent_unit(v, i + 1);
            p->kind = SR_PHRASE_PLACE;
            p->e = pu->e;
            if (!collect_places(arena, pu, p)) return false;
            p->level = sr_lex_get(pnoun, "level");
            next = i + 2;
        } else if (place) {
            p->kind = SR_PHRASE_PLACE;
            if (!collect_places(arena, u, p)) return false;
            if (i + 1 < n_ent && ent_unit(v, i + 1)->b == u->e &&
                sr_unit_entry(ent_unit(v, i + 1), SR_LEX_PLACENOUN) &&
                !sr_unit_entry(ent_unit(v, i + 1), SR_LEX_AGENT)) {
                p->level = sr_lex_get(sr_unit_entry(ent_unit(v, i + 1), SR_LEX_PLACENOUN), "level");
                p->e = ent_unit(v, i + 1)->e;
                next = i + 2;
                /* "Halep'in batı kırsalına": Turkish stacks place nouns; the last one carries the case */
                while (turkish && next < n_ent && ent_unit(v, next)->b == p->e &&
                       sr_unit_entry(ent_unit(v, next), SR_LEX_PLACENOUN) &&
                       !sr_unit_entry(ent_unit(v, next), SR_LEX_AGENT))
                    p->e = ent_unit(v, next++)->e;
            }
            const char *asec = actor ? sr_lex_get(actor, "sector") : NULL;
            if (actor && asec && !sr_lex_streq(asec, "government") && !sr_lex_streq(asec, "military")) {
                /* "Hamas", "Sputnik": an organisation that shares a town's name is the organisation */
                p->kind = SR_PHRASE_ACTOR;
                p->n_cands = 0;
                p->cands = NULL;
                p->actor.start = toks[u->b].start;
                p->actor.end = toks[u->e - 1].end;
                p->actor.name = sr_lex_get(actor, "name");
                p->actor.sector = asec;
                set_country(&p->actor, sr_lex_get(actor, "country"));
                p->actor.armed =
                    sr_lex_streq(asec, "rebel") || sr_lex_streq(asec, "militia") || sr_lex_streq(asec, "police");
                p->source_kind = sr_lex_get(actor, "source");
            } else if (actor) {
                /* "Damascus": a place, or the government seated there; the role decides */
                p->actor.name = sr_lex_get(actor, "name");
                p->actor.sector = sr_lex_get(actor, "sector");
                set_country(&p->actor, sr_lex_get(actor, "country"));
                p->actor.start = toks[u->b].start;
                p->actor.end = toks[u->e - 1].end;
                p->country_only = true;
            } else if (p->n_cands && p->cands[0]->feature == SR_FEAT_COUNTRY) {
                p->country_only = true;
                set_country(&p->actor, p->cands[0]->country);
                p->actor.start = toks[u->b].start;
                p->actor.end = toks[u->e - 1].end;
            }
        } else if (actor) {
            p->kind = SR_PHRASE_ACTOR;
            p->actor.start = toks[u->b].start;
            p->actor.end = toks[u->e - 1].end;
            p->actor.name = sr_lex_get(actor, "name");
            p->actor.sector = sr_lex_get(actor, "sector");
            set_country(&p->actor, sr_lex_get(actor, "country"));
            const char *sec = p->actor.sector;
            p->actor.armed = sec && (sr_lex_streq(sec, "military") || sr_lex_streq(sec, "police") ||
                                    sr_lex_streq(sec, "rebel") || sr_lex_streq(sec, "militia"));
            p->source_kind = sr_lex_get(actor, "source");
            if (!p->source_kind && sec && (sr_lex_streq(sec, "government") || sr_lex_streq(sec, "military")))
                p->source_kind = "official";
            /* "two Hezbollah members", "an ISIS operative": the group's people, counted as people
             * (a word no agent pattern holds, as it says nothing of who they are without the name) */
            static const char *const its_people[] = {"members", "member", "operatives", "operative", "cadres",
                                                     "cadre", NULL};
            bool armed_group = sec && (sr_lex_streq(sec, "rebel") || sr_lex_streq(sec, "militia"));
            for (int w = 0; armed_group && its_people[w] && u->e < v->te; w++)
                if (toks[u->e].kind == SR_TOK_WORD && sr_lex_streq(toks[u->e].fold, its_people[w])) {
                    p->e = u->e + 1;
                    p->actor.end = toks[u->e].end;
                    p->person = true;
                    break;
                }
        } else if (demonym) {
            if (!demonym_adjective(arena, places, toks, u, demonym, p)) return false;
        } else {
            i = next;
            continue;
        }
        bool via_unknown = false;
        p->role = role_before(v, toks, p->b, p->kind == SR_PHRASE_ACTOR, &p->prep_tok, &via_unknown);
        if (p->role == SR_ROLE_NONE && toks[p->e - 1].lang == SR_LANG_TR)
            p->role = role_after(lex, v, toks, p->b, p->e, &p->prep_tok, &p->modifier);
        p->contains_unknown = via_unknown && p->kind == SR_PHRASE_PLACE;
        /* a people's adjective that is also a town's name ("their English teacher", "staff
         * (Canadian)") is the adjective, unless a preposition of place says otherwise */
        if (p->kind == SR_PHRASE_PLACE && demonym && !p->actor.name && p->name_b == u->b && p->e == u->e &&
            p->role != SR_ROLE_LOCATION && p->role != SR_ROLE_ORIGIN && p->role != SR_ROLE_EXCLUDE) {
            p->n_cands = 0;
            p->cands = NULL;
            if (!demonym_adjective(arena, places, toks, u, demonym, p)) return false;
        }
        /* a Damascus-like dual unit is a place after a place preposition or as the container of
         * the place before it, else an actor */
        if (p->kind == SR_PHRASE_PLACE && p->actor.name && p->role != SR_ROLE_LOCATION && p->role != SR_ROLE_ORIGIN &&
            p->role != SR_ROLE_EXCLUDE && !names_container(v, toks, p)) {
            p->kind = SR_PHRASE_ACTOR;
            p->actor.armed = false;
        }
        /* "in Aleppo Governorate" right after a place: its container; so is the place after "of"
         * when the place before it ends in a word of a part of a town or a land ("in the
         * Eastleigh area of Nairobi"; not "the California Department of …", a division's office) */
        if (p->kind == SR_PHRASE_PLACE && v->n_phrases > 0 && p->prep_tok >= 0) {
            sr_phrase *prev = &v->phrases[v->n_phrases - 1];
            const sr_token *pt = &toks[p->prep_tok];
            bool in = pt->kind == SR_TOK_WORD && sr_lex_streq(pt->fold, "in");
            bool of_kind = p->n_cands && prev->level &&
                           (sr_lex_streq(prev->level, "area") || sr_lex_streq(prev->level, "place")) &&
                           pt->kind == SR_TOK_WORD && sr_lex_streq(pt->fold, "of") &&
                           sr_unit_entry(sr_unit_at(v, SR_LAYER_ENTITY, prev->e - 1), SR_LEX_PLACENOUN);
            if (prev->kind == SR_PHRASE_PLACE && (in || of_kind) && prev->e == p->prep_tok &&
                (p->role == SR_ROLE_LOCATION || of_kind)) {
                p->role = SR_ROLE_CONTAINER;
                prev->container = v->n_phrases;
            }
        }
        /* "Mobile, Alabama", "Dunda (Uttarakhand)": a place right after another, past a comma or
         * an opening bracket, is its container */
        if (p->kind == SR_PHRASE_PLACE && p->prep_tok < 0 && v->n_phrases > 0 && p->b > 0 &&
            toks[p->b - 1].kind == SR_TOK_PUNCT && (toks[p->b - 1].fold[0] == ',' || toks[p->b - 1].fold[0] == '(')) {
            sr_phrase *prev = &v->phrases[v->n_phrases - 1];
            /* (perhaps with a name we do not know ending the place's own: "Lagh Kutulo, Wajir",
             * where "Lagh" alone names some other place, so the container stands in for it) */
            int gap_end = prev->e;
            while (prev->kind == SR_PHRASE_PLACE && gap_end < p->b - 1 && gap_end - prev->e < 2 &&
                   toks[gap_end].kind == SR_TOK_WORD && (toks[gap_end].flags & SR_TOKF_CAP) &&
                   !sr_unit_at(v, SR_LAYER_ENTITY, gap_end) && !sr_unit_at(v, SR_LAYER_PREP, gap_end))
                gap_end++;
            if (prev->kind == SR_PHRASE_PLACE && gap_end == p->b - 1) {
                p->role = SR_ROLE_CONTAINER;
                prev->container = v->n_phrases;
                prev->container_bracketed = toks[p->b - 1].fold[0] == '(';
            }
        }
        /* "Irak'ın kuzeyindeki Kandil bölgesinde": a place that describes the next place contains it */
        if (p->kind == SR_PHRASE_PLACE && v->n_phrases > 0) {
            sr_phrase *prev = &v->phrases[v->n_phrases - 1];
            if (prev->kind == SR_PHRASE_PLACE && prev->modifier && p->b - prev->e <= 2) {
                prev->role = SR_ROLE_CONTAINER;
                p->container = v->n_phrases - 1;
            }
        }
        /* "a checkpoint of the Popular Mobilization Forces": a post or convoy named with no owner
         * before it is the armed group's named right after it */
        if (p->kind == SR_PHRASE_ACTOR && p->role == SR_ROLE_OF && p->actor.armed && p->actor.name && !p->tmpl &&
            v->n_phrases > 0) {
            sr_phrase *prev = &v->phrases[v->n_phrases - 1];
            if (prev->kind == SR_PHRASE_ACTOR && prev->facility && !prev->actor.country[0] && p->prep_tok == prev->e) {
                prev->actor.name = p->actor.name;
                prev->actor.sector = p->actor.sector;
                memcpy(prev->actor.country, p->actor.country, sizeof prev->actor.country);
                prev->tmpl = NULL;
            }
        }
        if (p->n_cands) p->english = toks[p->name_b].lang == SR_LANG_EN;
        v->n_phrases++;
        i = next;
    }
    return true;
}

/* How well a candidate row fits its mention.  The terms, each a kind of
 * evidence a reader uses:
 *   the place noun said ("province of X" -> a first-level division),
 *   the container stated ("X, Texas", "X in Aleppo Governorate"),
 *   the document's focus country and the places it names with confidence
 *   (the Alexandria of a report about Louisiana towns),
 *   prominence: countries and provinces are named more than villages of the
 *   same name, capitals more than other towns, and big towns more than small. */
static int words_in(const char *s)
{
    int n = 0;
    for (bool in = false; *s; s++) {
        bool sp = *s == ' ' || *s == '-';
        if (!sp && !in) n++;
        in = !sp;
    }
    return n;
}

/* Is one of the phrase's candidates a town of the same name inside division c? */
/* String equality with the cheap cases first: one pooled string, or different first letters. */
static inline bool same_str(const char *a, const char *b)
{
    return a == b || (a && b && a[0] == b[0] && !strcmp(a, b));
}

/* Same ISO3 code (4 bytes with the NUL). */
static inline bool same_country(const char *a, const char *b) { return !memcmp(a, b, 4); }

static bool names_own_capital(const sr_phrase *p, const sr_place *c)
{
    for (int k = 0; k < p->n_cands; k++) {
        const sr_place *o = p->cands[k];
        if (o != c && o->feature == SR_FEAT_PLACE && same_str(o->admin1, c->name) && same_country(o->country, c->country))
            return true;
    }
    return false;
}

/* What a phrase's candidates have among them, for cand_score(): a row of our own table
 * (no GeoNames feature code), a town of some size the name is the own name of (a
 * hamlet's own name is no reason to doubt a city known by it too), a country by its
 * own name. */
enum { AMONG_OWN_ROW = 1, AMONG_OWN_NAME = 2, AMONG_COUNTRY = 4, OWN_NAME_TOWN = 10000 };

/* Was gazetteer place c found by its own name (not another of its names, not a row of our
 * own table, which has no matched key)? */
static bool by_own_name(const sr_place *c) { return c->matched_key && !sr_gaz_place_alternate(c); }

static unsigned cands_among(const sr_phrase *p)
{
    unsigned among = 0;
    for (int k = 0; k < p->n_cands; k++) {
        const sr_place *c = p->cands[k];
        if (!c->fcode || !c->fcode[0]) among |= AMONG_OWN_ROW;
        else if (c->population >= OWN_NAME_TOWN && by_own_name(c)) among |= AMONG_OWN_NAME;
        if (c->feature == SR_FEAT_COUNTRY && by_own_name(c)) among |= AMONG_COUNTRY;
    }
    return among;
}

/* 0.25 * log10(population + 1) / 7: how much a place's size speaks for it.
 * Remembered for the populations last asked about, in a direct-mapped table
 * of each thread's own (coding runs on several): log10 cost more than the
 * rest of a candidate's score, and the places of the news come back article
 * after article (and each is scored again once anchors are known).  The
 * table is keyed by the population itself, so a hit returns the very double
 * the formula gives; a population is never 0 here, which marks an empty slot. */
static double prominence(long population)
{
    static _Thread_local struct {
        long population;
        double term;
    } memo[512];
    unsigned slot = (unsigned)(((unsigned long)population * 0x9E3779B97F4A7C15ull) >> 55); /* Fibonacci hash: 9 bits */
    if (memo[slot].population != population) {
        memo[slot].population = population;
        memo[slot].term = 0.25 * log10((double)population + 1) / 7.0;
    }
    return memo[slot].term;
}

/* Score of candidate c of phrase p; among is cands_among(p), asked once
 * per phrase by the caller rather than once per candidate. */
static double cand_score(const sr_phrase *p, const sr_place *c, unsigned among, const sr_place *container,
                         const char *focus, const sr_resolve_ctx *rc)
{
    double s = 0.3;
    if (p->level) {
        if (sr_lex_streq(p->level, "admin1") && c->feature == SR_FEAT_ADMIN1) s += 0.4;
        else if (sr_lex_streq(p->level, "admin2") && c->feature == SR_FEAT_ADMIN2) s += 0.4;
        else if ((sr_lex_streq(p->level, "place") || sr_lex_streq(p->level, "area")) && c->feature == SR_FEAT_PLACE)
            s += 0.2;
    }
    switch (c->feature) {
    case SR_FEAT_COUNTRY: s += 0.25; break;
    /* a continent or a region our table names ("Africa", "Darfur"): what the bare name means,
     * not the town GeoNames also calls so (Mahdia was Roman Africa) */
    case SR_FEAT_REGION: s += 0.35; break;
    case SR_FEAT_ADMIN1:
        /* "in Nairobi", "in Kilis": the town, unless a place noun asks for the province */
        s += names_own_capital(p, c) ? -0.05 : 0.15;
        break;
    case SR_FEAT_ADMIN2: s += 0.02; break;
    default:
        if (c->fcode && c->fcode[0] == 'P' && sr_lex_streq(c->fcode, "PPLC")) s += 0.12;
        else if (c->fcode && c->fcode[0] == 'P' && sr_lex_streq(c->fcode, "PPLA")) s += 0.06;
        else if (!c->fcode) s += 0.1; /* a row of our own table: named because it matters here */
    }
    if (container) {
        if (same_country(container->country, c->country)) s += 0.15;
        if (container->feature == SR_FEAT_ADMIN1 && same_str(c->admin1, container->name)) s += 0.35;
        if (container->feature == SR_FEAT_ADMIN2 && same_str(c->admin2, container->name)) s += 0.35;
    }
    if (focus && same_country(focus, c->country)) s += 0.15;
    /* our own table names this place so, on purpose: a GeoNames place that merely has the
     * name among its alternates ("Resulayn", Ras al-Ayn's Turkish name, for Ceylanpınar) yields */
    /* … and so does one beside a place the name is the own name of ("Santa Ana" is Santa
     * Ana, California, before Taguig, which GeoNames also calls so) */
    bool alternate = (among & (AMONG_OWN_ROW | AMONG_OWN_NAME)) && c->fcode && c->fcode[0] && sr_gaz_place_alternate(c);
    if (alternate) s -= among & AMONG_OWN_ROW ? 0.3 : 0.2;
    if (c->population > 0) s += prominence(c->population);
    /* "Kent" is the town; "Kent County" would have said so */
    if (c->feature == SR_FEAT_ADMIN2 && !p->level && words_in(c->name) > p->name_e - p->name_b) s -= 0.25;
    /* (near the document's places or not, a town does not take a country's own name from it:
     * "their stay in Egypt" is no Egypt, Alabama, however American the rest of the story) */
    if (rc && rc->n_anchors && !(c->feature == SR_FEAT_PLACE && (among & AMONG_COUNTRY))) {
        double best = 1e9;
        bool same_division = false;
        for (int i = 0; i < rc->n_anchors; i++) {
            const sr_place *a = rc->anchors[i];
            if (a == c) { best = 0; break; }
            /* equirectangular: exact enough at the scale that matters (~150 km) */
            double dy = (c->lat - a->lat) * 111.2;
            double dx = (c->lon - a->lon) * 111.2 * cos((c->lat + a->lat) * (M_PI / 360.0));
            double d = sqrt(dx * dx + dy * dy);
            if (d < best) best = d;
            /* in the province the document names, or beside a town of it */
            const char *a_div = a->feature == SR_FEAT_ADMIN1 ? a->name : a->admin1;
            if (same_str(a_div, c->admin1) && a_div && same_country(a->country, c->country)) same_division = true;
        }
        s += 0.3 * exp(-best / 150.0) + (same_division ? 0.2 : 0.0);
    }
    return s;
}

static int precision_of(const sr_place *c, const char *level)
{
    switch (c->feature) {
    case SR_FEAT_PLACE: return level && (sr_lex_streq(level, "area") || sr_lex_streq(level, "natural")) ? 2 : 1;
    case SR_FEAT_ADMIN2: return 2;
    default: return 3;
    }
}

static int feature_rank(sr_feature f)
{
    switch (f) {
    case SR_FEAT_COUNTRY:
    case SR_FEAT_REGION: return 0;
    case SR_FEAT_ADMIN1: return 1;
    case SR_FEAT_ADMIN2: return 2;
    default: return 3;
    }
}

/* Can place k contain some reading of phrase p: is k coarser than p's finest candidate,
 * and, when k is a country, is p no country by its own name ("Mexico, China, Japan" is a
 * list of countries, though a China lies in Japan)? */
static bool can_contain(const sr_place *k, const sr_phrase *p)
{
    int finest = 0;
    for (int i = 0; i < p->n_cands; i++) {
        const sr_place *c = p->cands[i];
        if (feature_rank(c->feature) > finest) finest = feature_rank(c->feature);
        if (k->feature == SR_FEAT_COUNTRY && c->feature == SR_FEAT_COUNTRY && by_own_name(c)) return false;
    }
    return feature_rank(k->feature) < finest;
}

/* Does c lie in the container place k (its country, division, or within reach of its town)? */
static bool inside(const sr_place *c, const sr_place *k)
{
    if (c == k) return true;
    if (k->country[0] && strcmp(c->country, k->country)) return false;
    switch (k->feature) {
    case SR_FEAT_COUNTRY: return true;
    case SR_FEAT_REGION: return true;
    case SR_FEAT_ADMIN1: return (c->admin1 && !strcmp(c->admin1, k->name)) || c->feature == SR_FEAT_COUNTRY ||
                                sr_distance_km(c->lat, c->lon, k->lat, k->lon) < 150;
    case SR_FEAT_ADMIN2: return (c->admin2 && !strcmp(c->admin2, k->name)) ||
                                sr_distance_km(c->lat, c->lon, k->lat, k->lon) < 60;
    default: return sr_distance_km(c->lat, c->lon, k->lat, k->lon) < 60;
    }
}

/* Two names in one sentence are two places: when a name that matched a place
 * only among its alternate names ("Resulayn'dan Ceylanpınar'a") lands on the
 * place another phrase names by its own name, it takes its next reading. */
static void separate_namesakes(sr_sentence_view *v, const char *focus, const sr_resolve_ctx *rc)
{
    for (int i = 0; i < v->n_phrases; i++) {
        sr_phrase *p = &v->phrases[i];
        if (!p->resolved || p->n_cands < 2 || p->resolved->geonameid == 0) continue;
        bool taken = false;
        for (int j = 0; j < v->n_phrases && !taken; j++) {
            const sr_phrase *o = &v->phrases[j];
            taken = j != i && o->resolved && o->resolved->geonameid == p->resolved->geonameid &&
                    !sr_gaz_place_alternate(o->resolved);
        }
        if (!taken || !sr_gaz_place_alternate(p->resolved)) continue;
        const sr_place *next = NULL;
        double best = -1;
        unsigned among = cands_among(p);
        for (int k = 0; k < p->n_cands; k++) {
            if (p->cands[k]->geonameid == p->resolved->geonameid) continue;
            double sc = cand_score(p, p->cands[k], among, NULL, focus, rc);
            if (sc > best) { best = sc; next = p->cands[k]; }
        }
        if (next) {
            p->resolved = next;
            p->precision = precision_of(next, p->level);
        }
    }
}

/* Is c a town known here only by one of its other names (a spelling GeoNames
 * lists for it), or a small town (under FAR_SMALL_TOWN people), in no country
 * the document is about and far from every place it names with confidence?
 * Then the name is more likely a village the gazetteer lacks than that town
 * ("Majak" as Maiac, Moldova, in a note about South Sudan; "Bar Achieng
 * village in Kakamega County, Kenya" as Bar, Montenegro). */
enum { FAR_SMALL_TOWN = 100000 };
bool sr_place_doubtful(const sr_phrase *p, const sr_place *c, const char *focus)
{
    return c && p->english && c->feature == SR_FEAT_PLACE && !(focus && same_country(focus, c->country)) &&
           c->population < FAR_SMALL_TOWN && sr_gaz_place_alternate(c);
}

static bool far_namesake(const sr_phrase *p, const sr_resolve_ctx *rc, const char *focus)
{
    const sr_place *c = p->resolved;
    if (!rc || c->feature != SR_FEAT_PLACE) return false;
    if (!rc->n_anchors) return sr_place_doubtful(p, c, focus); /* and no place named with confidence */
    if (focus && same_country(focus, c->country)) return false;
    /* … or a small town by its own name, in another country than the one the document is about */
    if (!sr_gaz_place_alternate(c) && !(focus && c->population < FAR_SMALL_TOWN)) return false;
    for (int i = 0; i < rc->n_anchors; i++) {
        const sr_place *a = rc->anchors[i];
        if (a == c || same_country(a->country, c->country) ||
            sr_distance_km(c->lat, c->lon, a->lat, a->lon) < 1000)
            return false;
    }
    return true;
}

/* Is p's reading only a namesake of the place meant: far from everything the document names
 * (far_namesake), or a town abroad that a forest, river or hills are named after, which lie
 * in the country the document is about ("Boni Forest" is no Bonn)? */
static bool namesake(const sr_phrase *p, const sr_resolve_ctx *rc, const char *focus)
{
    if (p->level && sr_lex_streq(p->level, "natural") && !(focus && same_country(focus, p->resolved->country)))
        return true;
    return far_namesake(p, rc, focus);
}

/* Phrase p names a place we do not know: it resolves to none, and its container, if it
 * has one, stands in for it (takes its role, at a precision no finer than 2). */
static void stands_in(sr_sentence_view *v, sr_phrase *p)
{
    p->resolved = NULL;
    if (p->container < 0) return;
    sr_phrase *cp = &v->phrases[p->container];
    cp->role = p->role;
    cp->prep_tok = p->prep_tok;
    cp->contains_unknown = true;
    if (cp->precision < 2) cp->precision = 2;
}

/* The place that stood in for p's name where the document named it in a container no reading
 * of it lies in (sr_resolve_ctx.unplaced_keys), when p names no container of its own; or NULL. */
static const sr_place *unplaced_stand_in(const sr_phrase *p, const sr_resolve_ctx *rc)
{
    if (!rc || p->container >= 0) return NULL;
    const char *key = p->cands[0]->matched_key;
    for (int i = 0; key && i < rc->n_unplaced; i++)
        if (!strcmp(rc->unplaced_keys[i], key)) return rc->unplaced_in[i];
    return NULL;
}

void sr_phrase_resolve_places(sr_sentence_view *v, const char *focus, const sr_resolve_ctx *rc)
{
    /* containers come later in the sentence: resolve right to left */
    for (int i = v->n_phrases - 1; i >= 0; i--) {
        sr_phrase *p = &v->phrases[i];
        if (p->n_cands == 0) continue; /* actor phrases led by a place are resolved too */
        /* one name, one place in one document: "near Vodyane" after "near Vodyane, Donetsk"
         * placed it in Donetsk is there too, not in a namesake elsewhere */
        const sr_place *stand_in = unplaced_stand_in(p, rc);
        if (stand_in) {
            p->resolved = stand_in;
            p->precision = precision_of(stand_in, NULL);
            if (p->precision < 2) p->precision = 2;
            p->contains_unknown = true;
            continue;
        }
        if (rc && p->n_cands == 1) { /* nothing to reconsider, but whether it is that town at all */
            if (p->resolved && namesake(p, rc, focus)) stands_in(v, p);
            continue;
        }
        const sr_place *container = p->container >= 0 ? v->phrases[p->container].resolved : NULL;
        /* "Bambo, Mandera": a town's name that is also its division's names the division */
        for (int k = 0; container && !can_contain(container, p) && k < v->phrases[p->container].n_cands; k++) {
            const sr_place *d = v->phrases[p->container].cands[k];
            if (d->feature == SR_FEAT_ADMIN1 && can_contain(d, p)) container = d;
        }
        if (container && !can_contain(container, p)) {
            /* "Sudan, Ethiopia and Kenya": a list, not a town and its province */
            v->phrases[p->container].role = p->role;
            container = NULL;
        }
        double best = -1, second = -1;
        unsigned among = cands_among(p);
        /* (a place in brackets is often the district a town is near or of the same name, not a
         * container to score by: it only corrects a reading in another country, "Dunda
         * (Uttarakhand)" being no Dunda, Tanzania) */
        const sr_place *scored_in = p->container_bracketed ? NULL : container;
        for (int k = 0; k < p->n_cands; k++) {
            double s = cand_score(p, p->cands[k], among, scored_in, focus, rc);
            if (s > best) { second = best; best = s; p->resolved = p->cands[k]; }
            else if (s > second) second = s;
        }
        for (int k = 0; container && p->container_bracketed && k < v->phrases[p->container].n_cands; k++) {
            sr_phrase *cp = &v->phrases[p->container];
            const sr_place *d = cp->cands[k];
            if (!same_country(d->country, p->resolved->country)) continue;
            /* (any reading of it: Punjab is in India and in Pakistan; and when the town has no
             * reading in the bracket's own country, the bracket is the province of the town's,
             * when it names one there: "Ludhiana (Punjab)" names India's Punjab) */
            bool town_there = false;
            for (int j = 0; j < p->n_cands && !town_there; j++)
                town_there = same_country(p->cands[j]->country, container->country);
            if (!town_there && !same_country(container->country, d->country) &&
                (d->feature == SR_FEAT_ADMIN1 || d->feature == SR_FEAT_ADMIN2)) {
                cp->resolved = d;
                cp->precision = precision_of(d, cp->level);
            }
            container = NULL;
        }
        if (container && !inside(p->resolved, container)) {
            /* the best reading inside the stated container, if there is one */
            const sr_place *in = NULL;
            double in_best = -1;
            for (int k = 0; k < p->n_cands; k++) {
                if (!inside(p->cands[k], container)) continue;
                double sc = cand_score(p, p->cands[k], among, container, focus, rc);
                if (sc > in_best) { in_best = sc; in = p->cands[k]; }
            }
            if (in) p->resolved = in;
        }
        /* "Pipri, Kaushambi": no Pipri lies in Kaushambi, so this one is a namesake */
        if (container && !inside(p->resolved, container)) {
            stands_in(v, p);
            continue;
        }
        if (namesake(p, rc, focus)) { /* "Bamba (Koro, Mopti)" read as Pampa, Texas */
            stands_in(v, p);
            continue;
        }
        p->precision = precision_of(p->resolved, p->level);
        if (p->contains_unknown && p->precision < 2) p->precision = 2; /* near a town we could not find */
        /* sure when the winner stands clear of the runner-up, or had no rival */
        double margin = second < 0 ? 0.5 : best - second;
        p->score = fmin(1.0, 0.4 + margin + 0.2 * fmin(best, 1.0));
    }
    separate_namesakes(v, focus, rc);
}
