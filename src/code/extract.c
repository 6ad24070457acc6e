/*
 * extract.c — sentences to event mentions; see extract.h.
 *
 * Two passes over the document: the first matches every sentence and builds
 * its phrases (and counts the countries its places name, the document's
 * focus); the second reads each paragraph — sources, background, dates — and
 * then each sentence's triggers into mentions.  The rules here are machinery:
 * which words are triggers, actors, places or cues, and what they mean, is in
 * the lexicon files.
 */
#include "extract.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "phrase.h"
#include "../gaz/gazmatch.h"
#include "../lex/fold.h"

#define MAX_GROUPS 8
#define CUE_WINDOW 4

typedef struct para_info {
    const sr_phrase *loc_hint;  /* the paragraph's first place named with a preposition of place */
    const sr_phrase *any_place; /* … its first place named at all, but as where someone is from */
    sr_source *sources;
    int n_sources, cap_sources;
    bool background;
    bool span_told;         /* a sentence of it tells a long span ("for 10 years", "since 2011") */
    int first_event;        /* index of its first event in the document's sentence_out */
    bool armed_milieu;      /* the paragraph places its violence among armed gangs ("drug trafficking") */
    bool mob_justice;       /* … or tells its victims suspected of a wrong ("suspected thieves", "witchcraft") */
    bool unopposed;         /* … or that no one fought ("No violence was reported", "without a fight") */
    bool rescued;           /* … or that the harmed were rescued or survived ("rescued by police before death") */
    bool extrajudicial;     /* … or names its killings extrajudicial: no one fought */
    bool armed_deed;        /* … or names a weapon or a word of gunfire ("was shot in the head") */
    bool unharmed;          /* … or tells that no one was killed or hurt ("No casualties were reported") */
    const sr_sentence_view *views; /* the paragraph's sentences, for what is asked of it rarely */
    int n_views;
    sr_date date;           /* the latest date a sentence of the paragraph stated */
    bool has_date;
} para_info;

typedef struct trig_group {
    const sr_type *family_type;  /* type of the head trigger, for the family */
    bool retaliation;
    int head;                    /* index into the trigger layer of the head */
    int best_rank;               /* among specific triggers */
    const sr_type *specific;     /* highest-ranked specific trigger type */
    bool all_negated, any_hypothetical;
    bool labelled;               /* a coder's label opening the sentence is among its triggers */
    bool two_armed;              /* a word of fire exchanged is among its triggers ("in both directions") */
    bool warning;                /* … a word of shots fired at no one ("fired in the air") */
    int n;
} trig_group;

static const sr_token *tok(const sr_doc_ctx *c, int i) { return &c->text->tokens[i]; }

static bool word_is(const sr_doc_ctx *c, int i, const char *w)
{
    const sr_token *t = tok(c, i);
    return t->kind == SR_TOK_WORD && t->fold[0] == w[0] && strcmp(t->fold, w) == 0; /* most differ at once */
}

/* word_is(c, i, w) for some w of the NULL-terminated list words: the token
 * read once, and most words of the list turned away by their first byte. */
static bool word_in(const sr_doc_ctx *c, int i, const char *const *words)
{
    const sr_token *t = tok(c, i);
    if (t->kind != SR_TOK_WORD) return false;
    const char *f = t->fold;
    for (int k = 0; words[k]; k++)
        if (words[k][0] == f[0] && sr_lex_streq(f, words[k])) return true;
    return false;
}

/* Does the fold of token i end in suffix, being longer than n bytes ("killed", "burning")? */
static bool ends_in(const sr_doc_ctx *c, int i, const char *suffix, size_t n)
{
    const sr_token *t = tok(c, i);
    size_t l = t->fold_len, sl = strlen(suffix); /* (the suffix a literal: strlen folds away) */
    return l > n && l >= sl && sr_lex_streq(t->fold + l - sl, suffix);
}

/* The event type of trigger unit u (its entry's taxonomy row, cached at load); NULL when u is
 * NULL or no trigger. */
static inline const sr_type *trigger_type(const sr_unit *u)
{
    const sr_lex_entry *e = sr_unit_entry(u, SR_LEX_TRIGGER);
    return e ? e->payload : NULL;
}

static inline const char *cue_kind(const sr_unit *u)
{
    const sr_lex_entry *e = sr_unit_entry(u, SR_LEX_CUE);
    return e ? sr_lex_get(e, "cue") : NULL;
}

/* Is u (NULL for none) a cue of this kind?  Its kind read once. */
static inline bool cue_is(const sr_unit *u, const char *kind)
{
    const char *ck = cue_kind(u);
    return ck && sr_lex_streq(ck, kind);
}

/* --- sources ------------------------------------------------------------ */

static bool add_source(sr_arena *arena, sr_source **arr, int *n, int *cap, sr_source s)
{
    for (int i = 0; i < *n; i++) {
        const sr_source *o = &(*arr)[i];
        bool same_name = o->name && s.name && !strcmp(o->name, s.name);
        bool same_text = o->text && s.text && !strcmp(o->text, s.text);
        if (same_text || (same_name && (!o->handle == !s.handle))) return true;
    }
    if (*n == *cap) {
        int nc = *cap ? *cap * 2 : 4;
        sr_source *na = sr_arena_grow(arena, *arr, (size_t)*n, (size_t)nc, sizeof *na);
        if (!na) return false;
        *arr = na;
        *cap = nc;
    }
    (*arr)[(*n)++] = s;
    return true;
}

static const char *span_text(const sr_doc_ctx *c, uint32_t start, uint32_t end)
{
    return sr_arena_strndup(c->arena, c->text->text + start, end - start);
}

/* The index in v->phrases of the nearest actor phrase, not an adjective, that ends at most
 * two tokens before token b (the speaker before "said", the claimer before "claimed"), -1
 * when there is none; with countries a bare country counts as an actor, with armed_only
 * only an armed actor counts. */
static int phrase_just_before(const sr_sentence_view *v, int b, bool countries, bool armed_only)
{
    int found = -1;
    for (int i = 0; i < v->n_phrases; i++) {
        const sr_phrase *p = &v->phrases[i];
        if ((p->kind == SR_PHRASE_ACTOR || (countries && p->country_only)) && !p->adjective &&
            (!armed_only || (p->kind == SR_PHRASE_ACTOR && p->actor.armed)) && p->e <= b && b - p->e <= 2)
            found = i;
    }
    return found;
}

/* Attribution cues of one sentence: the actor phrase that speaks becomes a
 * source of the paragraph and stops being a candidate event actor. */
static bool find_sources(const sr_doc_ctx *c, sr_sentence_view *v, para_info *pi)
{
    for (int k = 0; k < v->n_layer[SR_LAYER_CUE]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_CUE][k];
        const char *kind = cue_kind(u);
        if (!kind ||
            (!sr_lex_streq(kind, "attribution") && !sr_lex_streq(kind, "claim") && !sr_lex_streq(kind, "denial")))
            continue;
        /* (a word of telling that opens a longer trigger is that deed's verb: "the OLA announced
         * an alliance with the TPLF" tells the alliance, its subject the doer, not a teller) */
        const sr_unit *deed = sr_unit_at(v, SR_LAYER_TRIGGER, u->b);
        if (deed && deed->b == u->b && deed->e > u->e && sr_lex_streq(kind, "attribution")) continue;
        bool after = sr_lex_is(sr_unit_entry(u, SR_LEX_CUE), "after", NULL);
        /* "fighting between the army and rebels was reported": what is told, not who tells it; a
         * passive's teller follows "by" ("was reported by local media") */
        static const char *const be[] = {"was", "were", "is", "are", "been", "being", NULL};
        bool passive = !after && u->b > v->tb && word_in(c, u->b - 1, be);
        sr_phrase *speaker = NULL;
        if (!passive && !after) {
            int i = phrase_just_before(v, u->b, false, false);
            if (i >= 0) speaker = &v->phrases[i];
        }
        for (int i = 0; (passive || after) && i < v->n_phrases; i++) {
            sr_phrase *p = &v->phrases[i];
            if (p->kind != SR_PHRASE_ACTOR || p->adjective) continue;
            if (passive) {
                int by = sr_phrase_word_before(v, c->text->tokens, p);
                if (by == u->e && word_is(c, by, "by")) { speaker = p; break; }
            } else if (p->b >= u->e && p->b - u->e <= 2) {
                speaker = p;
                break;
            }
        }
        if (!speaker && !after && !passive) {
            /* inverted: '…," said the Turkish military' */
            for (int i = 0; i < v->n_phrases; i++) {
                sr_phrase *p = &v->phrases[i];
                if (p->kind == SR_PHRASE_ACTOR && !p->adjective &&
                    (p->b == u->e || (p->b == u->e + 1 && word_is(c, u->e, "the")))) {
                    speaker = p;
                    break;
                }
            }
        }
        if (!speaker) continue;
        /* a claimer of responsibility is the actor, not merely a source */
        if (sr_lex_streq(kind, "claim")) continue;
        speaker->is_source = true;
        sr_source s = {span_text(c, speaker->actor.start, speaker->actor.end), speaker->actor.name,
                       speaker->source_kind ? speaker->source_kind : "unknown", NULL};
        if (!s.text) return false;
        if (!add_source(c->arena, &pi->sources, &pi->n_sources, &pi->cap_sources, s)) return false;
    }
    return true;
}

/* The source a post gives: its author, an official or media outlet when the
 * lexicon knows the name on the signature line. */
static sr_source post_source(const sr_doc_ctx *c, const sr_post *post)
{
    sr_source s = {post->author, post->author, "social", post->handle};
    const sr_text *t = c->text;
    int b = -1, e = -1;
    for (int i = 0; i < t->n_tokens; i++) {
        if (t->tokens[i].start >= post->sig_start && b < 0) b = i;
        if (t->tokens[i].start < post->sig_end) e = i + 1;
    }
    if (b < 0 || e <= b) return s;
    sr_lex_hit *hits = NULL;
    int n = sr_lexicon_match(c->engine->lex, t->tokens, b, e, c->arena, &hits);
    for (int i = 0; i < n; i++) {
        const sr_lex_entry *en = hits[i].entry;
        if (en->cls == SR_LEX_ACTOR && sr_lex_get(en, "source")) {
            s.name = sr_lex_get(en, "name");
            s.kind = sr_lex_get(en, "source");
            break;
        }
    }
    return s;
}

/* --- casualties ------------------------------------------------------------ */

static bool names_actor(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *trig);
static bool determiner_before(const sr_doc_ctx *c, const sr_sentence_view *v, int b);
static bool adverb(const sr_doc_ctx *c, int i);

/* Is token i "IS" in capitals: the Islamic State's initials ("Boko Haram/IS attacked"), not
 * the verb "is" (all-capital headlines aside)? */
static bool islamic_state_at(const sr_doc_ctx *c, int i)
{
    const sr_token *t = tok(c, i);
    return (t->flags & SR_TOKF_ALLCAPS) && word_is(c, i, "is");
}

static bool is_aux(const sr_doc_ctx *c, int i)
{
    static const char *const aux[] = {"was", "were", "been", "be", "being", "is", "are", "have", "has", "had",
                                      "reportedly", "also", "all", "later", "then", "allegedly", "who", "that", NULL};
    return word_in(c, i, aux) && !islamic_state_at(c, i);
}

static double number_at(const sr_doc_ctx *c, const sr_sentence_view *v, int i, bool *is_article)
{
    *is_article = false;
    if (i < v->tb || i >= v->te) return -1;
    const sr_token *t = tok(c, i);
    if (t->kind == SR_TOK_NUMBER) return t->value;
    const sr_unit *u = sr_unit_at(v, SR_LAYER_NUMBER, i);
    if (u && u->e == i + 1) {
        const sr_lex_entry *e = sr_unit_entry(u, SR_LEX_NUMBER);
        const char *val = e ? sr_lex_get(e, "value") : NULL;
        if (val) {
            *is_article = sr_lex_is(e, "article", NULL);
            return strtod(val, NULL);
        }
    }
    return -1;
}

static bool in_timex_tok(const sr_doc_ctx *c, const sr_sentence_view *v, int i)
{
    uint32_t a = tok(c, i)->start;
    for (int k = 0; k < v->n_timex; k++)
        if (a >= v->timex[k].start && a < v->timex[k].end) return true;
    return false;
}

/* The token after an age that starts at i ("12-year-old", "10 years old"),
 * or i when none does: an age describes a person, it does not count people. */
static int age_end(const sr_doc_ctx *c, const sr_sentence_view *v, int i)
{
    bool art;
    if (i + 1 >= v->te || number_at(c, v, i, &art) < 0 || art) return i;
    const sr_unit *nu = sr_unit_at(v, SR_LAYER_NUMBER, i);
    int j = nu ? nu->e : i + 1; /* "three years old" */
    if (j < v->te && tok(c, j)->kind == SR_TOK_PUNCT && tok(c, j)->fold[0] == '-') j++; /* "12-year-old" */
    if (j >= v->te || strncmp(tok(c, j)->fold, "year", 4)) return i;
    if (strstr(tok(c, j)->fold, "old")) return j + 1; /* "23 year-old" */
    return j + 1 < v->te && word_is(c, j + 1, "old") ? j + 2 : i; /* "10 year old" */
}

/* Does the number at token i count a span of time ("five days later", "two hours after")? */
static bool number_names_time(const sr_doc_ctx *c, const sr_sentence_view *v, int i)
{
    static const char *const units[] = {"minute", "minutes", "hour", "hours", "day",   "days",  "week",
                                        "weeks",  "month",   "months", "year", "years", NULL};
    const sr_unit *nu = sr_unit_at(v, SR_LAYER_NUMBER, i);
    int j = nu ? nu->e : i + 1;
    return j < v->te && word_in(c, j, units) && !(j + 1 < v->te && word_is(c, j + 1, "old"));
}

/* Does the word at i name several ("victims", "thieves", "gunmen", "people"), by its plural? */
static bool plural_word(const sr_doc_ctx *c, int i)
{
    static const char *const irregular[] = {"people", "children", "police", NULL};
    const char *w = tok(c, i)->fold;
    size_t l = strlen(w);
    return (l > 2 && w[l - 1] == 's' && w[l - 2] != 's') || ends_in(c, i, "men", 2) ||
           word_in(c, i, irregular); /* "gunmen", "women" */
}

static bool bare_person_word(const sr_doc_ctx *c, int i, bool opening);

/* How many people one part of a subject counts: "12 Taliban militants" 12,
 * "a man" or "his son" 1, "the victim" 1; 0 when it does not say ("the victims"). */
static int count_group(const sr_doc_ctx *c, const sr_sentence_view *v, int a, int z)
{
    if (a > z) return 0;
    bool art;
    double n;
    /* Turkish counts right before the head noun: "DEAŞ'ın üst düzey bir yöneticisi" */
    if (tok(c, z)->lang == SR_LANG_TR && z > a && (n = number_at(c, v, z - 1, &art)) >= 0 && !in_timex_tok(c, v, z - 1))
        return art ? 1 : (int)n;
    if (a == z && (word_is(c, a, "he") || word_is(c, a, "she"))) return 1; /* "He later died in hospital" */
    /* a headline's bare person word opening the sentence, perhaps after a few words that
     * describe it: "Policeman killed in Mandera", "Man found killed", "Suspected Mungiki member
     * killed at slum" (not "a scholar and teacher") */
    bool opens = a == v->tb || (tok(c, a - 1)->kind == SR_TOK_PUNCT && tok(c, a - 1)->fold[0] == ';'); /* "…; terror suspect killed" */
    if (opens && z - a <= 3 && !plural_word(c, z) &&
        (sr_lex_is(sr_unit_entry(sr_unit_at(v, SR_LAYER_ENTITY, z), SR_LEX_AGENT), "person", NULL) ||
         bare_person_word(c, z, z == v->tb))) { /* "Lawyer killed at her home" */
        bool counted = false;
        for (int k = a; k <= z && !counted; k++) counted = number_at(c, v, k, &art) >= 0 || word_is(c, k, "and");
        if (!counted) return 1;
    }
    n = number_at(c, v, a, &art);
    if (n >= 0 && !art && age_end(c, v, a) > a) return 1; /* "Six year old boy killed": an age, one person */
    /* "a" before a noun of killing ("protesting a kidnapping and murder"); a number alone is
     * no group of people ("on 19/11, three police dead") */
    if (n >= 0 && a == z) return 0;
    if (n >= 0 && !art && !in_timex_tok(c, v, a) && n < 100000) return (int)n;
    if (n >= 0 && !plural_word(c, z)) return 1; /* "a form four student", "a 27-year -old man" */
    /* "leaving 3 people dead", "the other three", "his two sons", "as a result 3 militants":
     * the first count in the group */
    for (int k = a + 1; k <= z; k++) {
        double m = number_at(c, v, k, &art);
        if (m >= 0 && !art && !in_timex_tok(c, v, k) && m < 100000 && age_end(c, v, k) == k) return (int)m;
    }
    if (n >= 0 && !in_timex_tok(c, v, a)) return 1; /* "a man" */
    static const char *const one[] = {"his", "her", "its", "their", "our", "another", "each", NULL};
    for (int k = 0; one[k]; k++)
        if (word_is(c, a, one[k])) return 1;
    if (word_is(c, a, "the") && a + 1 <= z) {
        const char *w = tok(c, z)->fold;
        size_t l = strlen(w);
        return l > 1 && w[l - 1] == 's' ? 0 : 1; /* "the victim" 1, "the victims" unsaid */
    }
    return 0;
}

/* Does an actor or agent word stand in tokens [a, b) ("two civilians", "a soldier",
 * "2 militia members")? */
static bool names_people(const sr_sentence_view *v, int a, int b)
{
    for (int i = a; i < b; i++) {
        const sr_unit *u = sr_unit_at(v, SR_LAYER_ENTITY, i);
        if (sr_unit_entry(u, SR_LEX_AGENT) || sr_unit_entry(u, SR_LEX_ACTOR)) return true;
    }
    return false;
}

/* English words of the passive's auxiliary ("was killed", "got shot"). */
static const char *const be_words[] = {"was", "were", "been", "being", "is", "are", "be", "get", "got", NULL};

/* Is the word at token i a past participle ("killed", "beaten", "shot")? */
static bool participle_at(const sr_doc_ctx *c, int i)
{
    static const char *const irregular[] = {"shot", "hit", "struck", "held", "caught", "found", "slain", "burnt",
                                            "blown", "torn", "set", NULL};
    return ends_in(c, i, "ed", 2) || ends_in(c, i, "en", 2) || word_in(c, i, irregular);
}

/* The cue kind of a blade or bow in the sentence ("with a knife", "armed with arrows"). */
static const char *const blade_cue[] = {"blade"};

/* Words of sequence between a verb and the "and" joining it to an earlier one ("was kidnapped
 * and later found dead"). */
static const char *const sequence_words[] = {"later", "subsequently", "then", NULL};

/* A participle at token b joined by "and" to a passive before it in its clause ("was
 * caught by residents and beaten to death", "is kidnapped in Mombasa and later found
 * dead"): the index of that passive's auxiliary, else -1. */
static int joined_passive_aux(const sr_doc_ctx *c, const sr_sentence_view *v, int b)
{
    if (b - 2 >= v->tb && word_in(c, b - 1, sequence_words)) b--; /* "and later found dead" */
    if (b - 2 < v->tb || !word_is(c, b - 1, "and")) return -1;
    for (int i = b - 2; i >= v->tb && i >= b - 10; i--) {
        const sr_token *t = tok(c, i);
        if (t->kind == SR_TOK_PUNCT && t->fold[0] != ',') break;
        if (word_in(c, i, be_words) && i + 1 < b - 1 && participle_at(c, i + 1)) return i;
    }
    return -1;
}

/* Count the people of the subject that ends at token `end` (exclusive), read
 * leftwards to the start of its clause: "a soldier and two civilians were
 * killed" 3, "12 militants including 2 commanders were killed" 12, "a man and
 * his son were killed" 2; a bare singular "was killed" counts 1. */
static int count_back(const sr_doc_ctx *c, const sr_sentence_view *v, int end)
{
    int i = end - 1;
    bool singular = false, plural = false;
    /* "a man was allegedly beaten to death": past the verb and its auxiliaries;
     * "a woman was shot and killed": past the verb joined to it */
    for (;;) {
        /* "was kidnapped and later found dead": a word of sequence before the verb */
        if (i - 1 >= v->tb && i == end - 1 && word_in(c, i, sequence_words)) {
            end = i;
            i = end - 1;
            continue;
        }
        if (i - 1 >= v->tb && i == end - 1 && word_is(c, i, "and")) {
            /* "was stoned and stabbed to death": a trigger, or a participle in -ed */
            const sr_unit *joined = sr_unit_at(v, SR_LAYER_TRIGGER, i - 1);
            if (joined || ends_in(c, i - 1, "ed", 3)) {
                end = joined ? joined->b : i - 1;
                i = end - 1;
                continue;
            }
        }
        /* "two policemen were Friday afternoon shot dead": a time between the auxiliary and the verb */
        if (i >= v->tb && in_timex_tok(c, v, i)) {
            int j = i;
            while (j >= v->tb && in_timex_tok(c, v, j)) j--;
            if (j >= v->tb && is_aux(c, j)) {
                i = j;
                continue;
            }
        }
        /* "two men were in the evening hours shot dead": a phrase of when or where between the
         * auxiliary and the verb, opened by a preposition, of a few plain words */
        if (i >= v->tb && i == end - 1 && !is_aux(c, i)) {
            int j = i;
            while (j > v->tb && j > i - 5 && tok(c, j)->kind == SR_TOK_WORD && !is_aux(c, j) &&
                   !sr_unit_at(v, SR_LAYER_ENTITY, j) && !sr_unit_at(v, SR_LAYER_TRIGGER, j))
                j--;
            static const char *const preps[] = {"in", "on", "at", "during", "near", "inside", NULL};
            if (j < i && j >= v->tb && is_aux(c, j) && word_in(c, j + 1, preps) &&
                (word_is(c, j, "were") || word_is(c, j, "was"))) {
                i = j;
                continue;
            }
        }
        const sr_unit *verb = i >= v->tb && i == end - 1 ? sr_unit_at(v, SR_LAYER_TRIGGER, i) : NULL;
        /* "three women were reported killed", "are feared dead", "were reported to have died",
         * "man found killed" */
        static const char *const told_as[] = {"reported", "confirmed", "feared", "found", NULL};
        static const char *const said_to[] = {"reported", "said", "believed", "known", "thought", "understood", NULL};
        bool told = i >= v->tb && ((i == end - 1 && word_in(c, i, told_as)) ||
                                   (word_is(c, i, "to") && i - 1 >= v->tb && word_in(c, i - 1, said_to)));
        if (i < v->tb || !(is_aux(c, i) || told || (verb && !names_actor(c, v, verb)))) break; /* not "bir gösterici" */
        singular |= word_is(c, i, "was") || word_is(c, i, "has") || word_is(c, i, "is"); /* "a man is lynched" */
        plural |= word_is(c, i, "were") || word_is(c, i, "have") || word_is(c, i, "are");
        if (verb && !is_aux(c, i)) end = verb->b;
        if (told) end = i;
        i--;
    }
    /* "1 civilian, a tribal elder, was killed": the aside between commas before the verb is
     * the same person */
    if (i > v->tb && tok(c, i)->kind == SR_TOK_PUNCT && tok(c, i)->fold[0] == ',') {
        int open = i - 1;
        while (open >= v->tb && !(tok(c, open)->kind == SR_TOK_PUNCT && tok(c, open)->fold[0] == ',')) open--;
        if (open > v->tb) i = open - 1;
    }
    /* "5 killed" (not "a father of four was killed", nor the object of a relative clause
     * ending the subject: "a student suspected of joining a raid that killed six was stoned") */
    bool art;
    double n = number_at(c, v, i, &art);
    bool relative_object = i - 2 >= v->tb && sr_unit_at(v, SR_LAYER_TRIGGER, i - 1) &&
                           (word_is(c, i - 2, "that") || word_is(c, i - 2, "which"));
    bool of_whom = i - 1 >= v->tb && word_is(c, i - 1, "of") && !(i - 2 >= v->tb && word_is(c, i - 2, "total"));
    if (n >= 0 && !art && !relative_object && !in_timex_tok(c, v, i) && !of_whom) /* ("a total of 9" counts) */
        return (int)n;
    /* "fear for their lives": whose, not who ("his death" is one) */
    if (i >= v->tb && i == end - 1 && word_is(c, i, "their")) return 0;
    static const char *const stops[] = {"when", "after", "that", "which", "who", "as", "while", "where", "because",
                                        "but", "then", "during", "before",
                                        "left", "leaving", "leaves", /* "fighting left five officers dead" */
                                        "caused", "causes", "causing", "claimed", "claims", "claiming",
                                        NULL}; /* "an explosive … causes seven soldier deaths" */
    static const char *const be_have[] = {"was", "were", "is",  "are",  "been", "be",
                                          "being", "has", "have", "had", NULL};
    /* "Two women who were accused of witchcraft are lynched": a relative clause ending the
     * subject says which; the people counted stand before it */
    for (int w = i; w > v->tb && tok(c, w)->kind == SR_TOK_WORD; w--)
        if (word_is(c, w, "who") || ((word_is(c, w, "that") || word_is(c, w, "which")) && w + 1 <= i &&
                                     sr_unit_at(v, SR_LAYER_TRIGGER, w + 1))) {
            if (tok(c, w - 1)->kind == SR_TOK_WORD && number_at(c, v, w - 1, &art) < 0) i = w - 1;
            break;
        }
    /* "three of those arrested were later found dead": a part of those a participle names */
    if (i - 3 >= v->tb && participle_at(c, i) && (word_is(c, i - 1, "those") || word_is(c, i - 1, "the")) &&
        word_is(c, i - 2, "of") && number_at(c, v, i - 3, &art) >= 0 && !art && !in_timex_tok(c, v, i - 3))
        return (int)number_at(c, v, i - 3, &art);
    /* "two men suspected of being part of a gang were lynched", "five suspects linked to the
     * attacks have been shot dead": what the people are said to have done or be tied to tells
     * who they are; those counted stand before it */
    static const char *const tied[] = {"linked", "believed", "thought", "involved", "connected", "responsible", NULL};
    for (int k = i; k > v->tb && tok(c, k)->kind == SR_TOK_WORD && !word_in(c, k, stops); k--) {
        const sr_unit *cu = sr_unit_at(v, SR_LAYER_CUE, k);
        if (cu && cu->b > v->tb && cue_is(cu, "topic") && sr_lex_is(sr_unit_entry(cu, SR_LEX_CUE), "next", NULL)) {
            i = cu->b - 1;
            break;
        }
        if (k + 1 < end && word_in(c, k, tied) && (word_is(c, k + 1, "to") || word_is(c, k + 1, "in") ||
                                                   word_is(c, k + 1, "for") || word_is(c, k + 1, "with"))) {
            i = k - 1;
            break;
        }
    }
    int total = 0, group_end = i, of_b = -1, of_e = -1;
    for (int k = i; k >= v->tb - 1; k--) {
        /* "two Kenya Defence Forces (KDF) soldiers": an aside in brackets inside a group is read past */
        if (k >= v->tb && (k < group_end || k == i) && tok(c, k)->kind == SR_TOK_PUNCT && tok(c, k)->fold[0] == ')' &&
            number_at(c, v, k + 1, &art) < 0) { /* not "(coded as Mado Gashi) two herders" */
            int open = k - 1;
            while (open >= v->tb && !(tok(c, open)->kind == SR_TOK_PUNCT && tok(c, open)->fold[0] == '(')) open--;
            if (open >= v->tb) {
                k = open;
                continue;
            }
        }
        /* "two of the suspected bandits were killed", "one of them": the part counted */
        if (k - 1 >= v->tb && k + 1 < v->te && word_is(c, k, "of") && number_at(c, v, k - 1, &art) >= 0 && !art &&
            !in_timex_tok(c, v, k - 1) &&
            (word_is(c, k + 1, "the") || word_is(c, k + 1, "them") || word_is(c, k + 1, "those") ||
             word_is(c, k + 1, "these")))
            return total + (int)number_at(c, v, k - 1, &art);
        /* a trigger that names the people ("four attackers were killed") and a
         * hedge on them ("two suspected robbers") are part of the subject; a
         * hedge on the deaths is not ("20 unconfirmed deaths", "the alleged killing") */
        const sr_unit *tu = k >= v->tb ? sr_unit_at(v, SR_LAYER_TRIGGER, k) : NULL;
        const sr_unit *cu = k >= v->tb ? sr_unit_at(v, SR_LAYER_CUE, k) : NULL;
        bool boundary = k < v->tb || sr_unit_at(v, SR_LAYER_PREP, k) || (tu && !names_actor(c, v, tu)) ||
                        sr_unit_at(v, SR_LAYER_CASUALTY, k) || /* "2 asker şehit oldu, 3 asker yaralandı" */
                        (cu && !(cue_is(cu, "allegation") && k < i)) ||
                        in_timex_tok(c, v, k) ||
                        (tok(c, k)->kind == SR_TOK_PUNCT && !strchr(",-'\"/[]", tok(c, k)->fold[0])); /* 'Five "thugs"', "56 BH/IS fighters", an editor's "[8] people" */
        boundary = boundary || word_in(c, k, stops);
        /* "25 houses were burned and two people were killed": another clause's verb in a
         * group joined to the subject (not "IS militants") */
        if (!boundary && group_end < i && !(tok(c, k)->flags & SR_TOKF_ALLCAPS)) boundary = word_in(c, k, be_have);
        /* "a father of four was killed": a number after "of" says whose; it is counted only
         * when the words before it count no one (but "all of the 148 people" counts the 148) */
        if (boundary && k > v->tb && k < group_end && word_is(c, k, "of") && number_at(c, v, k - 1, &art) < 0 &&
            number_at(c, v, k + 1, &art) >= 0 && !art) {
            of_b = k + 1;
            of_e = group_end;
            group_end = k - 1;
            continue;
        }
        /* (k may be the sentinel before the sentence, which is a boundary and no token) */
        bool joint = !boundary &&
                     (word_is(c, k, "and") || (tok(c, k)->kind == SR_TOK_PUNCT && tok(c, k)->fold[0] == ','));
        /* "5 people in Ruaraka were shot dead", "four members of the Nyumba Kumi were killed": a
         * phrase after "of", or a place after "in", "at", "from" or "near" that counts no one,
         * tells which or where; the subject is before it */
        const sr_unit *pu = k >= v->tb && k > v->tb && k < group_end ? sr_unit_at(v, SR_LAYER_PREP, k) : NULL;
        if (pu && pu->e == k + 1 && total == 0) {
            const char *role = sr_lex_get(sr_unit_entry(pu, SR_LEX_PREP), "role");
            /* not "a family of three", "members of the Turkana tribe - 8 people" */
            bool which = role && sr_lex_streq(role, "of");
            for (int x = k + 1; x <= group_end && which; x++) which = number_at(c, v, x, &art) < 0 || art;
            bool where = role && (sr_lex_streq(role, "location") || sr_lex_streq(role, "origin")) &&
                         !sr_lex_is(sr_unit_entry(pu, SR_LEX_PREP), "weak", NULL) &&
                         count_group(c, v, k + 1, group_end) == 0;
            if (which || where) {
                group_end = k - 1;
                of_b = of_e = -1;
                continue;
            }
        }
        if (boundary || joint) {
            int g = count_group(c, v, k + 1, group_end);
            /* "leave a total of 13 dead", "a family of three were killed" (the verb says several) */
            if (of_b >= 0 && (g == 0 || (g == 1 && plural))) g = (int)number_at(c, v, of_b, &art);
            /* a part joined by a comma counts when it names people ("a soldier, two civilians
             * and a child"), not "in the Municipality of Coalcoman, Michoacan, a man" */
            int right = of_b >= 0 ? of_e + 1 : group_end + 1;
            if (right < end && tok(c, right)->kind == SR_TOK_PUNCT && tok(c, right)->fold[0] == ',' &&
                !names_people(v, k + 1, right))
                g = 0;
            total += g;
            of_b = of_e = -1;
            if (boundary) break;
            group_end = k - 1;
        }
        if (word_is(c, k, "including")) { total = 0; group_end = k - 1; } /* the part is in the whole */
    }
    if (total == 0 && singular) total = 1;
    return total;
}

/* The end of the noun phrase that starts at token i: up to four words, to
 * the first preposition, conjunction, verb, number or punctuation ("a suspected
 * cattle thief | in Kisumu", "two passengers | and a child"). */
static int phrase_end(const sr_doc_ctx *c, const sr_sentence_view *v, int i)
{
    static const char *const stops[] = {"and", "or", "who", "which", "that", "when", "after", "while", "as",
                                        "during", "before", "but", "then", "because", "where", "including", NULL};
    int start = i;
    for (int n = 0; i < v->te && n < 4; i++, n++) {
        bool art;
        /* (another trigger ends the phrase, not the one it is read inside: "beat man to death") */
        const sr_unit *tu = sr_unit_at(v, SR_LAYER_TRIGGER, i);
        if (tu && tu->b < start) tu = NULL;
        if (tok(c, i)->kind != SR_TOK_WORD || sr_unit_at(v, SR_LAYER_PREP, i) || (tu && !names_actor(c, v, tu)) ||
            sr_unit_at(v, SR_LAYER_CASUALTY, i) || number_at(c, v, i, &art) >= 0)
            break;
        bool stop = is_aux(c, i); /* "man and woman | were killed" */
        for (int k = 0; stops[k] && !stop; k++) stop = word_is(c, i, stops[k]);
        if (stop) break;
    }
    return i;
}

/* Is the token a common English word ("Angry" opening "Angry youths")?  The caller
 * makes sure the word list is loaded. */
static bool common_word(const sr_doc_ctx *c, const sr_token *t)
{
    return sr_wordset_has(c->engine->common, t->fold, strlen(t->fold));
}

/* Does a unit of any layer cover token i (a word the lexicons or the gazetteer know)? */
static bool claimed(const sr_sentence_view *v, int i)
{
    for (int layer = 0; layer < SR_LAYER_COUNT; layer++)
        if (sr_unit_at(v, layer, i)) return true;
    return false;
}

/* The end of a person's name that starts at token i ("killed Mwenda Itaeba, a
 * politician", "shot and killed Zacchaeus Okoth"): one to three capitalised words that
 * no layer claims and that are no common English word, ending the clause or followed by
 * a comma or a preposition; i when there is none.  Without the word list no name can
 * be told from a word. */
static int person_name_end(const sr_doc_ctx *c, const sr_sentence_view *v, int i)
{
    if (!c->engine->common) return i;
    int k = i;
    for (; k < v->te && k < i + 3; k++) {
        const sr_token *t = tok(c, k);
        if (t->kind != SR_TOK_WORD || !(t->flags & SR_TOKF_CAP) || (t->flags & SR_TOKF_ALLCAPS) ||
            common_word(c, t) || claimed(v, k))
            break;
    }
    if (k == i) return i;
    if (k == v->te || tok(c, k)->kind == SR_TOK_PUNCT || sr_unit_at(v, SR_LAYER_PREP, k)) return k;
    return i;
}

/* Could the common noun at token i, heading a bare object of a verb of killing, be a
 * person ("leader", "member")?  A common English word, not an adverb ("killed
 * instantly") nor one of the few nouns killed that are no people (livestock, and
 * the words of quantity and time that follow such verbs without an article). */
static bool bare_person_word(const sr_doc_ctx *c, int i, bool opening)
{
    static const char *const not_people[] = {"cattle", "livestock", "time", "total", "everyone", "anyone",
                                             "someone", "nobody", "none", "many", "several", "most", "more",
                                             "each", "them", "us", "it", "you", "me", "one", "neither", "either",
                                             "both", "all", "no", "this", "that", "these", "those", NULL};
    const sr_token *t = tok(c, i);
    return c->engine->common && t->kind == SR_TOK_WORD && (opening || !(t->flags & SR_TOKF_CAP)) && common_word(c, t) &&
           !ends_in(c, i, "ly", 2) && !ends_in(c, i, "ed", 2) && !ends_in(c, i, "ing", 3) &&
           !word_in(c, i, not_people);
}

/* Does a list go on from token i to an "and" before anything but commas and words ends it
 * ("a farmer, his wife and their two children")? */
static bool list_closed(const sr_doc_ctx *c, const sr_sentence_view *v, int i)
{
    for (int k = i; k < v->te && k < i + 12; k++) {
        const sr_token *t = tok(c, k);
        if (t->kind == SR_TOK_PUNCT && t->fold[0] != ',') return false;
        if (word_is(c, k, "and")) return true;
    }
    return false;
}

/* Persons after a casualty verb: "killing 6 civilians", "wounded two soldiers
 * and a child".  The object of a verb of killing or wounding is people, so an
 * article counts one whatever the noun ("killed a suspected thief", "shot dead
 * a boda boda rider"), and so does a singular noun after "the" or a possessive
 * ("killed his wife", "killing the driver"); not an article that opens a
 * quantity ("a number of people", "a total of 12": the 12 is read) or a time
 * ("killed a day after"). */
static int count_forward(const sr_doc_ctx *c, const sr_sentence_view *v, int start)
{
    static const char *const quantity[] = {"number", "total", "lot", "couple", "handful", "series", "group", NULL};
    /* the livestock that raids kill beside people, counted the same way and not people */
    static const char *const animals[] = {"goats", "goat", "cattle", "cows", "cow", "camels", "camel", "sheep",
                                          "donkeys", "donkey", "livestock", "animals", "dogs", "bulls", NULL};
    int total = 0, i = start;
    /* "killing and robbing him", "killed and beheaded a man": the object of both verbs */
    if (i + 1 < v->te && word_is(c, i, "and") && tok(c, i + 1)->kind == SR_TOK_WORD &&
        !sr_unit_at(v, SR_LAYER_CASUALTY, i + 1)) {
        const sr_unit *tu = sr_unit_at(v, SR_LAYER_TRIGGER, i + 1);
        bool casualty = tu && sr_lex_get(sr_unit_entry(tu, SR_LEX_TRIGGER), "casualty"); /* "killing and injuring 2" */
        if (!casualty && (tu || ends_in(c, i + 1, "ed", 4) || ends_in(c, i + 1, "ing", 4))) i += 2;
    }
    for (;;) {
        /* "at least 5", "FATALITIES: 2", "a total of 12" */
        while (i < v->te && ((word_is(c, i, "at") && i + 1 < v->te && word_is(c, i + 1, "least")) ||
                             word_is(c, i, "least") || word_is(c, i, "some") || word_is(c, i, "either") ||
                             word_is(c, i, "about") || word_is(c, i, "around") || word_is(c, i, "nearly") ||
                             (tok(c, i)->kind == SR_TOK_PUNCT && tok(c, i)->fold[0] == ':')))
            i++;
        if (i + 2 < v->te && word_is(c, i, "a") && word_is(c, i + 1, "total") && word_is(c, i + 2, "of")) i += 3;
        bool art;
        /* "as many as 20", "up to 20", "more than 20", "over 20": the number stated */
        if (i + 3 < v->te && word_is(c, i, "as") && (word_is(c, i + 1, "many") || word_is(c, i + 1, "much")) &&
            word_is(c, i + 2, "as") && number_at(c, v, i + 3, &art) >= 0)
            i += 3;
        else if (i + 2 < v->te && ((word_is(c, i, "up") && word_is(c, i + 1, "to")) ||
                                   (word_is(c, i, "more") && word_is(c, i + 1, "than"))) &&
                 number_at(c, v, i + 2, &art) >= 0)
            i += 2;
        else if (i + 1 < v->te && (word_is(c, i, "over") || word_is(c, i, "almost")) && number_at(c, v, i + 1, &art) >= 0)
            i += 1;
        bool det = i + 1 < v->te && (word_is(c, i, "the") || word_is(c, i, "his") || word_is(c, i, "her") ||
                                     word_is(c, i, "its") || word_is(c, i, "their"));
        if (det && number_at(c, v, i + 1, &art) >= 0) i++; /* "the two suspects", "her three sons" */
        else if (i < v->te && (word_is(c, i, "him") || word_is(c, i, "her"))) return total + 1; /* "killing him" */
        double n = number_at(c, v, i, &art);
        if (n >= 0 && number_names_time(c, v, i)) break; /* "his body was found five days later" */
        if (n < 0) {
            /* "killing the driver", "killed his wife"; a headline's bare noun: "Mob kills suspected
             * robber", "Gunmen kill woman" (a singular person word) */
            int e = phrase_end(c, v, det ? i + 1 : i), head_at = e - 1;
            /* the person word may come before a name: "kills Todonyang chief Ekal Lochamin" */
            bool person = false;
            for (int k = e - 1; k >= i && !person; k--) {
                const sr_unit *eu = sr_unit_at(v, SR_LAYER_ENTITY, k);
                /* … or a people's name as the head: "kill Kenyan, steal cattle" */
                if ((person = sr_lex_is(sr_unit_entry(eu, SR_LEX_AGENT), "person", NULL) ||
                              (k == e - 1 && eu && eu->e == e && sr_unit_entry(eu, SR_LEX_DEMONYM))))
                    head_at = k;
            }
            int named = det || person ? i : person_name_end(c, v, i); /* "killed Mwenda Itaeba" */
            /* a group's name before a singular noun of its people: "shot dead Al Shabaab member
             * Hussein Omar", "killed a Taliban commander" */
            int group_at = det ? i + 1 : i;
            /* (perhaps after a word that says what they were wanted for: "shot dead wanted Al
             * Shabaab member Hussein Omar") */
            if (group_at + 1 < v->te && !sr_unit_at(v, SR_LAYER_ENTITY, group_at) &&
                (word_is(c, group_at, "wanted") || word_is(c, group_at, "notorious") ||
                 cue_is(sr_unit_at(v, SR_LAYER_CUE, group_at), "allegation")))
                group_at++;
            const sr_unit *group = sr_unit_at(v, SR_LAYER_ENTITY, group_at);
            if (!person && group && sr_unit_entry(group, SR_LEX_ACTOR) && group->e < v->te &&
                bare_person_word(c, group->e, false) && !plural_word(c, group->e))
                named = person_name_end(c, v, group->e + 1);
            if (named > i) {
                total += 1;
                i = named;
                if (i < v->te && word_is(c, i, "and")) { i++; continue; }
                break;
            }
            /* a headline's bare singular noun after the verb is one person whatever the noun
             * ("Police shoot dead leader of armed group", "kills member of Al Shabaab") */
            static const char *const clause_words[] = {"when", "while", "as", "after", "before", "who", NULL};
            const sr_unit *verb = start > v->tb ? sr_unit_at(v, SR_LAYER_TRIGGER, start - 1) : NULL;
            /* (a verb's entry, not the noun its stem also spells: "a lynch mob", "killings taking place") */
            bool after_verb = verb && verb->e == start && sr_lex_is(sr_unit_entry(verb, SR_LEX_TRIGGER), "pos", "verb") &&
                              !determiner_before(c, v, verb->b) && !ends_in(c, verb->e - 1, "ings", 4);
            bool bare_one = after_verb && !det && !person && e > i &&
                            (e == v->te || tok(c, e)->kind == SR_TOK_PUNCT || sr_unit_at(v, SR_LAYER_PREP, e) ||
                             word_in(c, e, clause_words)); /* "shot dead suspected SLDF leader when he …" */
            for (int k = i; k < e - 1 && bare_one; k++) /* (a hedge is no verb: "suspected SLDF leader") */
                bare_one = (!ends_in(c, k, "ing", 3) && !ends_in(c, k, "ed", 2)) ||
                           cue_is(sr_unit_at(v, SR_LAYER_CUE, k), "allegation");
            bare_one = bare_one && bare_person_word(c, e - 1, false);
            if (!(det ? e > i + 1 : person || bare_one) || plural_word(c, head_at) ||
                in_timex_tok(c, v, det ? i + 1 : i))
                break;
            total += 1;
            i = e;
        } else {
            const sr_unit *nu = sr_unit_at(v, SR_LAYER_NUMBER, i);
            int j = nu ? nu->e : i + 1;
            if (!art && age_end(c, v, i) > i) { /* "killed the 48 year old man": an age, one person */
                n = 1;
                j = age_end(c, v, i);
            } else {
                j = age_end(c, v, j); /* "a 10-year-old boy" */
            }
            /* the counted noun: a person agent, possibly after one modifier */
            const sr_unit *u = j < v->te ? sr_unit_at(v, SR_LAYER_ENTITY, j) : NULL;
            if (u && !sr_unit_entry(u, SR_LEX_AGENT) && u->e < v->te) u = sr_unit_at(v, SR_LAYER_ENTITY, u->e);
            if (!u && j + 1 < v->te) u = sr_unit_at(v, SR_LAYER_ENTITY, j + 1);
            const sr_lex_entry *ag = sr_unit_entry(u, SR_LEX_AGENT);
            bool opens_quantity = false;
            for (int k = 0; quantity[k] && j < v->te && !opens_quantity; k++)
                opens_quantity = word_is(c, j, quantity[k]);
            if (ag && sr_lex_is(ag, "person", NULL)) {
                i = u->e;
            } else if (art && (j >= v->te || opens_quantity || in_timex_tok(c, v, i) ||
                               tok(c, j)->kind != SR_TOK_WORD || sr_unit_at(v, SR_LAYER_PREP, j))) {
                break;
            } else if (j < v->te && word_in(c, j, animals)) {
                break; /* "they also killed two goats" */
            } else if (total > 0 && j < v->te && tok(c, j)->kind == SR_TOK_WORD && !sr_unit_at(v, SR_LAYER_PREP, j)) {
                break; /* a later count of things, not people: "the death of two people and several
                        * houses destroyed" */
            } else {
                /* "killed 3", "killed two passengers", "killed a murder suspect" */
                i = phrase_end(c, v, j) > j || !art ? phrase_end(c, v, j) : phrase_end(c, v, j + 1);
            }
            total += (int)n;
        }
        if (i < v->te && word_is(c, i, "and")) i++;
        /* a list: "killed a farmer, his wife and their two children" (not an apposition, which
         * no "and" closes: "killed their bodyguard, a police officer") */
        else if (i + 1 < v->te && tok(c, i)->kind == SR_TOK_PUNCT && tok(c, i)->fold[0] == ',' &&
                 (word_is(c, i + 1, "his") || word_is(c, i + 1, "her") || word_is(c, i + 1, "their") ||
                  word_is(c, i + 1, "a")) &&
                 list_closed(c, v, i + 1))
            i++;
        else break;
    }
    return total;
}

/* A coder's own statement of the count ("Fatalities coded as 0 (the source
 * reported 3)", as ACLED-style notes say): the number right after the cue, or
 * the one inside it ("with 1 fatality each"), which overrides every count the
 * paragraph gives.  -1 when there is none. */
static int coded_count(const sr_doc_ctx *c, const sr_sentence_view *v, const char *want)
{
    for (int k = 0; k < v->n_layer[SR_LAYER_CASUALTY]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_CASUALTY][k];
        const sr_lex_entry *e = sr_unit_entry(u, SR_LEX_CASUALTY);
        const char *kind = sr_lex_get(e, "casualty");
        if (!kind || strcmp(kind, want) || !sr_lex_is(e, "coded", NULL)) continue;
        bool art;
        double n = u->e < v->te ? number_at(c, v, u->e, &art) : -1;
        if (n >= 0 && !art) return (int)n;
        /* … or the number inside the note ("with 1 fatality each", "coded as 8 here") */
        for (int i = u->b; i < u->e; i++)
            if ((n = number_at(c, v, i, &art)) >= 0 && !art) return (int)n;
    }
    return -1;
}

/* Among how many events a coder's note shares the paragraph's dead ("Fatalities
 * split between two events": 2; cue=split); 0 when the sentence says nothing of it. */
static int split_ways(const sr_doc_ctx *c, const sr_sentence_view *v)
{
    for (int k = 0; k < v->n_layer[SR_LAYER_CUE]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_CUE][k];
        if (!cue_is(u, "split")) continue;
        for (int i = u->b; i < u->e; i++) {
            bool art;
            double n = number_at(c, v, i, &art);
            if (n >= 2 && !art && n < 1000) return (int)n;
        }
    }
    return 0;
}

/* Was the death told at token b a near thing or a possibility, not a death
 * ("nearly lynched", "tried to kill", "may have been killed", "threatened to
 * lynch", "escaped death")?  (Not "30 May: one person died": a date is no modal.) */
static bool averted(const sr_doc_ctx *c, const sr_sentence_view *v, int b)
{
    static const char *const tried[] = {"tried", "tries", "trying", "try",     "attempted",
                                        "attempts", "attempting", "attempt", NULL};
    int i = b - 1;
    while (i >= v->tb && is_aux(c, i)) i--;
    if (i < v->tb) return false;
    /* "narrowly escaped death", "survived" */
    if (word_is(c, i, "nearly") || word_is(c, i, "almost") || !strncmp(tok(c, i)->fold, "escap", 5) ||
        !strncmp(tok(c, i)->fold, "surviv", 6))
        return true;
    for (int k = 0; tried[k] && i - 1 >= v->tb; k++)
        if (word_is(c, i, "to") && word_is(c, i - 1, tried[k])) return true;
    const sr_unit *cu = sr_unit_at(v, SR_LAYER_CUE, i);
    return cue_is(cu, "hypothetical") && !in_timex_tok(c, v, i);
}

/* Is the verb at token b what someone is said to have done, the motive or
 * charge rather than this event's harm ("lynched a man who had killed his
 * mother", "arrested for killing a trader", "held for the murder of a
 * priest", "suspected to have killed a rider")?  Then neither the people
 * after it nor the one before it are its casualties. */
static bool told_of_someone(const sr_doc_ctx *c, const sr_sentence_view *v, int b)
{
    static const char *const adv[] = {"had", "has", "have", "just", "allegedly", "reportedly", "earlier",
                                      "previously", "the", NULL};
    int i = b - 1;
    for (bool more = true; i >= v->tb && more; ) {
        more = false;
        for (int k = 0; adv[k] && !more; k++) more = word_is(c, i, adv[k]);
        if (more) i--;
    }
    if (i < v->tb) return false;
    /* "suspected to have killed", not "claimed to have killed two soldiers" */
    if (word_is(c, i, "to"))
        return i + 1 < b && word_is(c, i + 1, "have") && i - 1 >= v->tb &&
               (word_is(c, i - 1, "suspected") || word_is(c, i - 1, "accused") || word_is(c, i - 1, "alleged"));
    /* "claimed responsibility for killing three soldiers" tells the deaths */
    if (word_is(c, i, "for")) return !(i - 1 >= v->tb && word_is(c, i - 1, "responsibility"));
    /* "a man who had killed", not "vigilantes, who killed one gang member" */
    return (word_is(c, i, "who") && i + 1 < b) || word_is(c, i, "of");
}

/* Does the trigger tell a disaster? */
static bool disaster_trigger(const sr_unit *u)
{
    const sr_type *t = trigger_type(u);
    return t && sr_type_disaster(t);
}

/* Does the trigger u (NULL: none) tell a crime of gain or graft (type org_crime)? */
static bool crime_trigger(const sr_unit *u)
{
    const sr_type *t = trigger_type(u);
    return t && sr_lex_streq(t->key, "org_crime");
}

/* Is the word at token b the means of an act, "by" and a form in -ing ("protest against
 * police violence by setting fire to market stalls"): the deed itself, not what a cue
 * before it is about? */
static bool means_of_act(const sr_doc_ctx *c, const sr_sentence_view *v, int b)
{
    return b > v->tb && word_is(c, b - 1, "by") && ends_in(c, b, "ing", 4);
}

/* Is the death at token b what an act told before it answers: what a protest
 * is about ("residents protested after a pedestrian was killed", "blocked the
 * road to protest the death of a student"), or why people rioted, burned or
 * struck ("torched houses after a rider was killed")?  A trigger of a
 * protest, of destruction or of violence before it in the same clause, with
 * a word of cause between (the topic cues "after", "over", "following" …),
 * or for a protest the death right after it as its object.  Not "protesters
 * clashed with police, and two were killed", nor "the protest turned violent
 * and two were shot dead". */
static bool act_cause(const sr_doc_ctx *c, const sr_sentence_view *v, int b)
{
    /* "abducted two doctors after killing their guard": what the doers did before, not a cause */
    if (means_of_act(c, v, b) || (b > v->tb && ends_in(c, b, "ing", 4) && !word_is(c, b - 1, "the") &&
                                  (word_is(c, b - 1, "after") || word_is(c, b - 1, "before"))))
        return false;
    /* "demonstrating against the decision and killed two of them": a verb in -ed after "and"
     * is a deed of its own, not a second thing the act is about ("the arrest and killing of") */
    bool finite = ends_in(c, b, "ed", 3);
    static const char *const results[] = {"left", "leaving", "leaves", "leave", "caused", "causing", "resulted",
                                          "claimed", NULL};
    for (int k = 0; k < v->n_layer[SR_LAYER_TRIGGER]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_TRIGGER][k];
        const sr_type *t = trigger_type(u);
        if (u->e > b || !t || names_actor(c, v, u) || in_timex_tok(c, v, u->b)) continue;
        bool protest = sr_lex_streq(t->family, "protest");
        if (!protest && !sr_lex_streq(t->family, "looting") && !sr_lex_streq(t->family, "violence")) continue;
        bool cause = protest && b == u->e + 1 && (word_is(c, u->e, "the") || word_is(c, u->e, "a")), parted = false;
        for (int i = u->e; i < b; i++) {
            const sr_token *x = tok(c, i);
            const sr_unit *tu = sr_unit_at(v, SR_LAYER_TRIGGER, i);
            const sr_unit *cu = sr_unit_at(v, SR_LAYER_CUE, i);
            /* ("torched 14 trucks and a car after a driver hit and killed a rider": what parts the
             * act from its cause is a break after the word of cause, and "hit and killed" is one;
             * a disaster is the cause told, "after a road accident that resulted in the death of") */
            /* ("hit and killed": a verb joined to the death's by "and" is one deed with it) */
            bool verb_pair = b - 2 >= v->tb && word_is(c, b - 1, "and") && sr_unit_at(v, SR_LAYER_TRIGGER, b - 2) &&
                             (i == b - 1 || (tu && tu->e == b - 1));
            parted |= !verb_pair && ((x->kind == SR_TOK_PUNCT && strchr(",;:", x->fold[0])) ||
                                     (word_is(c, i, "and") && (i != b - 1 || finite)) || word_is(c, i, "but") ||
                                     (tu && !names_actor(c, v, tu) && !disaster_trigger(tu)));
            if (cue_is(cu, "topic")) cause = true, parted = false;
            /* ("fighting over boreholes left 4 dead": a verb of result after the cause, the
             * deaths are the act's own; not the cause's own, "an accident that resulted in") */
            else if (cause && word_in(c, i, results) && !(word_is(c, i - 1, "that") || word_is(c, i - 1, "which")))
                parted = true;
        }
        if (cause && !parted) return true;
    }
    return false;
}

/* Is the death named at token b ("the killing of …") what something else answers
 * or is about ("after the killing of a herder", "to avenge the murder of 6 Kikuyu",
 * "in response to the deaths of", "involved in the death of", "including the killing of 18
 * (coded separately)"),
 * not the harm the sentence tells ("led to the killing of a member")? */
static bool death_as_cause(const sr_doc_ctx *c, const sr_sentence_view *v, int b)
{
    static const char *const cause[] = {"after", "following", "over", "avenge", "revenge", "for", "against",
                                        "about", "into", "including", "behind", NULL};
    int i = b - 1;
    if (i >= v->tb && (word_is(c, i, "the") || word_is(c, i, "a"))) i--;
    static const char *const tie[] = {"response", "involved", "involvement", "related", "linked", "connection",
                                      "protest", NULL};
    /* "in response to", "involved in", "related to", "in connection with", "in protest to" the death */
    if (i - 1 >= v->tb && (word_is(c, i, "to") || word_is(c, i, "in") || word_is(c, i, "with")) && word_in(c, i - 1, tie))
        return true;
    if (i < v->tb) return false;
    const sr_unit *tu = sr_unit_at(v, SR_LAYER_TRIGGER, i);
    const sr_type *t = tu ? sr_unit_entry(tu, SR_LEX_TRIGGER)->payload : NULL;
    return word_in(c, i, cause) || (t && sr_lex_streq(t->family, "protest")); /* "protesting the killing of" */
}

/* The people killed with those a casualty word ending at token e counted ("shot dead along
 * with two bodyguards and a driver", "died on the spot together with his passenger", "was
 * killed by gunmen with his wife"): those after "along with" or "together with", or one's
 * own people after "with", within five words after it, in its clause. */
static int companions(const sr_doc_ctx *c, const sr_sentence_view *v, int e)
{
    static const char *const own[] = {"his", "her", "their", NULL};
    for (int i = e; i + 1 < v->te && i <= e + 5; i++) {
        const sr_token *t = tok(c, i);
        if (t->kind == SR_TOK_PUNCT && t->fold[0] != ',') return 0;
        /* "was killed by gunmen with his wife and son": one's own people after a bare "with"
         * (not "with his gun") */
        if (word_is(c, i, "with") && i + 2 < v->te && word_in(c, i + 1, own) &&
            sr_lex_is(sr_unit_entry(sr_unit_at(v, SR_LAYER_ENTITY, i + 2), SR_LEX_AGENT), "person", NULL))
            return count_forward(c, v, i + 1);
        if ((word_is(c, i, "along") || word_is(c, i, "together")) && word_is(c, i + 1, "with")) {
            /* (people: a word of them, or one's own, "his companion"; not "found along with a
             * threatening message") */
            int w = i + 2, stop = w + 4 < v->te ? w + 4 : v->te;
            bool people = w < v->te && (word_in(c, w, own) || names_people(v, w, stop));
            return people ? count_forward(c, v, w) : 0;
        }
    }
    return 0;
}

static bool counted_right_after(const sr_doc_ctx *c, const sr_sentence_view *v, int e);
static bool counts_people_at(const sr_doc_ctx *c, const sr_sentence_view *v, int i);

/* Does a coder's note that it was recorded as another event follow the words ending at
 * token e, later in their clause: "2 killed (coded separately)", "1 man shot dead by police
 * near a camp (coded separately)", "during a violent demonstration (coded in a separate
 * event)" (up to another count: "3 civilians killed (and 2 police - coded separately)")? */
static bool noted_elsewhere(const sr_doc_ctx *c, const sr_sentence_view *v, int e)
{
    for (int i = e; i < v->te && i <= e + 12; i++) {
        const sr_token *t = tok(c, i);
        if ((t->kind == SR_TOK_PUNCT && strchr(",;.", t->fold[0])) ||
            (i > e && (sr_unit_at(v, SR_LAYER_CASUALTY, i) || counts_people_at(c, v, i))))
            break;
        if (cue_is(sr_unit_at(v, SR_LAYER_CUE, i), "elsewhere")) return true;
    }
    return false;
}

/* The people a casualty word or verb at [b, e) counts: those after an active
 * verb ("killed six civilians"), else those before it ("six civilians were
 * killed"); a passive reads the subject first ("two men were killed a day
 * after …").  *ahead (when not NULL) tells whether they were read after it. */
static int casualty_count(const sr_doc_ctx *c, const sr_sentence_view *v, int b, int e, bool *ahead)
{
    bool ignored;
    if (!ahead) ahead = &ignored;
    *ahead = false;
    if (averted(c, v, b) || act_cause(c, v, b) || noted_elsewhere(c, v, e)) return 0;
    /* "1 soldier was killed or wounded": not known dead */
    if (e + 1 < v->te && word_is(c, e, "or") &&
        (sr_unit_at(v, SR_LAYER_CASUALTY, e + 1) || sr_unit_at(v, SR_LAYER_TRIGGER, e + 1)))
        return 0;
    bool passive = false;
    for (int i = b - 1; i >= v->tb && is_aux(c, i) && !passive; i--)
        passive = word_is(c, i, "was") || word_is(c, i, "were") || word_is(c, i, "is") || word_is(c, i, "are") ||
                  word_is(c, i, "been") || word_is(c, i, "being") || word_is(c, i, "be");
    /* "was caught … and beaten to death" (the count word "to death" after the verb) */
    const sr_unit *verb = b > v->tb ? sr_unit_at(v, SR_LAYER_TRIGGER, b - 1) : NULL;
    int joined = passive ? -1 : joined_passive_aux(c, v, verb && verb->e == b ? verb->b : b);
    passive |= joined >= 0;
    int n = joined >= 0 ? count_back(c, v, joined + 1) : passive ? count_back(c, v, b) : 0;
    if (n <= 0 && told_of_someone(c, v, b)) return 0;
    if (n <= 0) *ahead = (n = count_forward(c, v, e + (e + 1 < v->te && word_is(c, e, "of") && !death_as_cause(c, v, b)))) > 0;
    /* "a mob killing", "the alleged killing of a driver": a form in -ing has no subject to count */
    bool gerund = tok(c, e - 1)->lang == SR_LANG_EN && ends_in(c, e - 1, "ing", 4);
    /* (an active verb whose object is counted and is no one has no subject to count: "burned
     * down 20 huts and killed 15 livestock") */
    if (n <= 0 && !passive && !gerund && !counted_right_after(c, v, e)) n = count_back(c, v, b);
    /* "stone two suspected robbers to death": the people inside the words of the killing;
     * "the bodies of two women were found": those the bodies were, one for "the body" */
    bool body = word_is(c, b, "body") || word_is(c, b, "bodies");
    if (n <= 0 && body && b + 2 < e && word_is(c, b + 1, "of")) n = count_forward(c, v, b + 2);
    if (n <= 0 && !passive && e - b > 2) n = count_forward(c, v, b + 1);
    if (n <= 0 && word_is(c, b, "body")) n = 1;
    if (n > 0) n += companions(c, v, e); /* "was shot dead along with two bodyguards and a driver" */
    /* "police shoot an Al Shabaab suspect dead": the object between a verb of violence and "dead" */
    if (n <= 0 && word_is(c, b, "dead") && e == b + 1)
        for (int i = b - 1; i >= v->tb && i >= b - 4 && tok(c, i)->kind == SR_TOK_WORD; i--) {
            const sr_unit *tu = sr_unit_at(v, SR_LAYER_TRIGGER, i);
            if (!tu) continue;
            if (tu->e < b && !names_actor(c, v, tu) && !is_aux(c, tu->e)) n = count_forward(c, v, tu->e);
            break;
        }
    return n;
}

/* Are the dead the sentence tells more than those told before it ("6 militants
 * were also killed", "Also a Taliban militant was killed", "4 more bodies were found")?
 * "also", or "more" after a count, in the clause of a word of killing, before it. */
static bool more_dead(const sr_doc_ctx *c, const sr_sentence_view *v)
{
    for (int k = 0; k < v->n_layer[SR_LAYER_CASUALTY]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_CASUALTY][k];
        if (!sr_lex_is(sr_unit_entry(u, SR_LEX_CASUALTY), "casualty", "killed")) continue;
        for (int i = u->b - 1; i >= v->tb; i--) {
            const sr_token *t = tok(c, i);
            if (t->kind == SR_TOK_PUNCT && strchr(",;:", t->fold[0])) break;
            if (word_is(c, i, "also")) return true;
            /* "4 more bodies were found", "two more people died" */
            if (word_is(c, i, "more") && i > v->tb && counts_people_at(c, v, i - 1)) return true;
        }
    }
    return false;
}

/* Events that have casualties: violence, protests that turned violent or were
 * put down by force, weapons that went off before their use ("a bomb
 * detonated prematurely, killing 4 militants"), and disasters ("collided with
 * a motorcycle in a road accident, killing two people"). */
static bool has_casualties(const sr_type *t)
{
    return sr_lex_streq(t->family, "violence") || sr_lex_streq(t->family, "protest") ||
           sr_lex_streq(t->family, "disrupted_weapons") || sr_type_disaster(t);
}

/* Does the number at token i count people: no article, no date, no span of time ("killing
 * 2", not "a man", "on 12 May", "two days later")? */
static bool counts_people_at(const sr_doc_ctx *c, const sr_sentence_view *v, int i)
{
    bool art;
    return number_at(c, v, i, &art) >= 0 && !art && !in_timex_tok(c, v, i) && !number_names_time(c, v, i);
}

/* Does a count of other people stand in tokens [a, b): a number that is no article, no
 * date, no span of time and no age ("10 soldiers were killed, and three fighters were
 * also killed": the "three"), with no word between that makes it a part of those before
 * ("19 were killed, 5 of these in arson attacks", "including 2 police") or an aside
 * ("(8 fatalities coded for Oldonyiro)")? */
static bool new_count_between(const sr_doc_ctx *c, const sr_sentence_view *v, int a, int b)
{
    static const char *const part[] = {"including", "among", "these", "them", "those", "of", NULL};
    bool count = false;
    for (int i = a; i < b; i++) {
        const sr_token *t = tok(c, i);
        if (word_in(c, i, part) || (t->kind == SR_TOK_PUNCT && strchr("([", t->fold[0]))) return false;
        count |= counts_people_at(c, v, i) && age_end(c, v, i) == i;
    }
    return count;
}

/* Does a number that counts people follow token e right away, perhaps after "of" ("killing
 * 2 of the attackers")? */
static bool counted_right_after(const sr_doc_ctx *c, const sr_sentence_view *v, int e)
{
    if (e < v->te && word_is(c, e, "of")) e++;
    return counts_people_at(c, v, e);
}

/* One report of dead or wounded in a sentence: where it is and how many it counts. */
typedef struct {
    int b, e, n;
    bool killed, ahead; /* dead (not wounded); counted after the word ("killing 2") */
} casualty_mention;

static bool protest_object(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *trig, bool marked);
static bool is_topic(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *trig);

/* Is the deed at token b what someone is charged with, a few words after "accused of",
 * "suspected of", "charged with", "wanted for" or "convicted of" ("a student suspected of
 * joining in an armed raid that killed six was stoned to death")? */
static bool charged_with(const sr_doc_ctx *c, const sr_sentence_view *v, int b)
{
    static const char *const charge[] = {"accused", "suspected", "charged", "wanted", "convicted", NULL};
    static const char *const link[] = {"of", "with", "for", NULL};
    for (int i = b - 1; i > v->tb && i >= b - 6 && tok(c, i)->kind == SR_TOK_WORD; i--)
        if (word_in(c, i, link) && word_in(c, i - 1, charge)) return true;
    return false;
}

/* Does the casualty word at token b open a relative clause on a trigger the sentence only
 * has as its topic ("arrested 20 suspects in connection with an attack on a bus which
 * killed four people")?  Those dead are that other event's. */
static bool topic_toll(const sr_doc_ctx *c, const sr_sentence_view *v, int b)
{
    if (b - 2 < v->tb || !(word_is(c, b - 1, "which") || word_is(c, b - 1, "that"))) return false;
    for (int i = b - 2; i >= v->tb && i >= b - 6 && tok(c, i)->kind == SR_TOK_WORD; i--) {
        const sr_unit *t = sr_unit_at(v, SR_LAYER_TRIGGER, i);
        if (t) return is_topic(c, v, t) || charged_with(c, v, t->b);
    }
    return false;
}

/* The number a toll named at token e reached, told later in its clause ("the death toll from
 * Sunday's attack on the church has risen to 21": 21): the first count after "to", "at" or
 * "reached"; 0 when there is none. */
static int toll_total(const sr_doc_ctx *c, const sr_sentence_view *v, int e)
{
    static const char *const reach[] = {"to", "at", "reached", "hit", NULL};
    for (int i = e; i + 1 < v->te; i++) {
        const sr_token *t = tok(c, i);
        if (t->kind == SR_TOK_PUNCT && strchr(";:", t->fold[0])) break;
        bool art;
        double n = word_in(c, i, reach) ? number_at(c, v, i + 1, &art) : -1;
        if (n > 0 && !art && !in_timex_tok(c, v, i + 1)) return (int)n;
    }
    return 0;
}

/* The dead and wounded a sentence tells (-1 when it tells none, 0 when it says there were
 * none).  Mentions of the dead with a new count between them are different people and add
 * up ("2 raiders killed and 2 civilians killed": 4); others tell the same dead again and
 * the largest count stands ("was lynched and burnt to death", "killed a man; his body was
 * found"). */
static void read_casualties(const sr_doc_ctx *c, const sr_sentence_view *v, bool rescued, int *killed, int *injured)
{
    *killed = *injured = -1;
    int own_death = 0; /* doers who killed themselves: dead besides those they killed */
    casualty_mention m[16];
    int n_m = 0;
    for (int k = 0; k < v->n_layer[SR_LAYER_CASUALTY]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_CASUALTY][k];
        const sr_lex_entry *e = sr_unit_entry(u, SR_LEX_CASUALTY);
        const char *kind = sr_lex_get(e, "casualty");
        if (!kind || sr_lex_streq(kind, "damage") || sr_lex_is(e, "coded", NULL)) continue;
        if (sr_lex_is(e, "self", NULL)) {
            /* (not one told as before the news: "the student had committed suicide") */
            own_death += !(u->b > v->tb && word_is(c, u->b - 1, "had"));
            continue;
        }
        if (sr_lex_is(e, "none", NULL)) {
            if (!sr_lex_streq(kind, "injured") && *killed < 0) *killed = 0;
            if (!sr_lex_streq(kind, "killed") && *injured < 0) *injured = 0;
            continue;
        }
        /* (not the deaths a protest is about: "blocked the road to protest the death of a rider";
         * nor those a word of killing names as a topic, "to honour 60 people killed") */
        const sr_unit *as_trigger = sr_unit_at(v, SR_LAYER_TRIGGER, u->b);
        if (sr_lex_streq(kind, "any") || protest_object(c, v, u, true) || topic_toll(c, v, u->b) ||
            (as_trigger && is_topic(c, v, as_trigger)))
            continue;
        bool ahead = true, total = sr_lex_is(e, "total", NULL); /* (a toll's count comes after it) */
        int n = total ? toll_total(c, v, u->e) : casualty_count(c, v, u->b, u->e, &ahead);
        /* a word of harm that may not kill ("lynched") said of people the paragraph tells were
         * rescued or survived: wounded, not dead */
        bool dead = sr_lex_streq(kind, "killed") && !(rescued && sr_lex_is(e, "survivable", NULL));
        if (n > 0 && n_m < 16) m[n_m++] = (casualty_mention){u->b, u->e, n, dead, ahead};
    }
    /* triggers that report casualties themselves ("killing 6 civilians") */
    for (int k = 0; k < v->n_layer[SR_LAYER_TRIGGER]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_TRIGGER][k];
        const char *kind = sr_lex_get(sr_unit_entry(u, SR_LEX_TRIGGER), "casualty");
        /* (not one that only says which people: "the release of two murder suspects") */
        if (!kind || sr_unit_at(v, SR_LAYER_CASUALTY, u->b) || names_actor(c, v, u) || protest_object(c, v, u, true) ||
            topic_toll(c, v, u->b))
            continue;
        bool ahead;
        int n = casualty_count(c, v, u->b, u->e, &ahead);
        if (n <= 0 || n_m >= 16) continue;
        /* (in order of the text, among the casualty words) */
        int at = n_m++;
        while (at > 0 && m[at - 1].b > u->b) m[at] = m[at - 1], at--;
        m[at] = (casualty_mention){u->b, u->e, n, sr_lex_streq(kind, "killed"), ahead};
    }
    int group = 0, last = -1;
    for (int k = 0; k < n_m; k++) {
        if (!m[k].killed) {
            if (m[k].n > *injured) *injured = m[k].n;
            continue;
        }
        bool body = word_is(c, m[k].b, "body") || word_is(c, m[k].b, "bodies");
        /* other people: counted by a number right after this word ("killed 1 person, before
         * police opened fire, killing 2"; not a purpose, "forced their way in to lynch two
         * women"), or by one before it that is not the last word's object ("FATALITIES: 1
         * protester shot dead" is one) */
        bool other = last >= 0 && !body &&
                     (m[k].ahead ? m[k].b > m[last].e + 1 && counted_right_after(c, v, m[k].e) && !word_is(c, m[k].b - 1, "to")
                                 : !m[last].ahead && new_count_between(c, v, m[last].e, m[k].b));
        if (other) {
            *killed = (*killed > 0 ? *killed : 0) + group;
            group = 0;
        }
        if (m[k].n > group) group = m[k].n;
        last = k;
    }
    if (group > 0) *killed = (*killed > 0 ? *killed : 0) + group;
    /* "shot dead his boss before turning the gun on himself": two dead */
    if (own_death) *killed = (*killed > 0 ? *killed : 0) + own_death;
}

/* --- quantities --------------------------------------------------------------- */

static void read_quantity(const sr_doc_ctx *c, const sr_sentence_view *v, int *n, const char **unit)
{
    *n = -1;
    *unit = NULL;
    for (int k = 0; k < v->n_layer[SR_LAYER_WEAPON]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_WEAPON][k];
        const char *un = NULL;
        for (int i = 0; i < u->n_entries && !un; i++) un = sr_lex_get(u->entries[i], "unit");
        if (!un) continue;
        /* "mortar shells": the noun that is counted is the last of the run */
        if (k + 1 < v->n_layer[SR_LAYER_WEAPON] && v->layers[SR_LAYER_WEAPON][k + 1].b == u->e) {
            const sr_unit *nx = &v->layers[SR_LAYER_WEAPON][k + 1];
            for (int i = 0; i < nx->n_entries; i++)
                if (sr_lex_get(nx->entries[i], "unit")) { un = sr_lex_get(nx->entries[i], "unit"); break; }
        }
        for (int j = u->b - 1; j >= v->tb && j >= u->b - 2; j--) {
            bool art;
            double val = number_at(c, v, j, &art);
            if (val >= 1 && !art) {
                *n = (int)val;
                *unit = un;
                return;
            }
            if (tok(c, j)->kind != SR_TOK_WORD) break;
        }
    }
}

/* --- triggers into mentions --------------------------------------------------- */

/* Negation after the trigger: a negation cue marked `after` right behind it
 * ("… değil"), or a negative infix in the trigger word itself ("atılmadı",
 * "düşmemiştir"; [suffix] entries marked negation). */
static bool negated_after(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *trig)
{
    for (int k = 0; k < v->n_layer[SR_LAYER_CUE]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_CUE][k];
        const char *ck = cue_kind(u);
        if (ck && sr_lex_streq(ck, "negation") && sr_lex_is(sr_unit_entry(u, SR_LEX_CUE), "after", NULL) &&
            u->b >= trig->e && u->b - trig->e < 2 && (u->b == trig->e || tok(c, trig->e)->kind == SR_TOK_WORD))
            return true;
    }
    const sr_token *last = tok(c, trig->e - 1);
    if (last->lang != SR_LANG_TR) return false;
    char plain[128];
    sr_plain(last->fold, plain, sizeof plain);
    return sr_lexicon_suffix(c->engine->lex, SR_LANG_TR, plain, "negation", true) != NULL;
}

/* A subject of nobody opening the sentence, its clause running on to the trigger
 * ("No people were reported injured or killed", "Nobody was hurt")? */
static bool negated_subject(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *trig)
{
    if (!word_is(c, v->tb, "no") && !word_is(c, v->tb, "nobody") && !word_is(c, v->tb, "none")) return false;
    for (int i = v->tb + 1; i < trig->b; i++)
        if (tok(c, i)->kind == SR_TOK_PUNCT && strchr(",;:", tok(c, i)->fold[0])) return false;
    return true;
}

/* How many people a Turkish object phrase counts: the number before it
 * ("iki askeri"), one for a singular noun, -1 for a plural without a number. */
static int victims_counted(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_phrase *p)
{
    bool art;
    double n = number_at(c, v, p->b - 1, &art);
    if (n >= 0) return art ? 1 : (int)n;
    const char *f = tok(c, p->e - 1)->fold;
    return strstr(f, "ler") || strstr(f, "lar") ? -1 : 1;
}

/* "On 20 March 2020": a word of a date is not the event it spells ("march"). */
static bool in_time_expression(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *trig)
{
    uint32_t s = tok(c, trig->b)->start; /* its first word: "agreed on Wednesday" is an agreement */
    for (int i = 0; i < v->n_timex; i++)
        if (v->timex[i].start <= s && s < v->timex[i].end) return true;
    return false;
}

/* "protesters", "attackers": a noun that names an actor is not the event its stem names;
 * nor is a word of an event that only says which people ("lynched a murder suspect", "the
 * robbery suspects", "Rape victim dies"): one word before a person noun, opening the sentence
 * or after an article, another trigger or a hedge (not "killed soldiers", a participle); nor
 * what befell the people named ("victims of the attack", "survivors of the clashes"). */
static bool names_actor(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *trig)
{
    const sr_unit *u = sr_unit_at(v, SR_LAYER_ENTITY, trig->b);
    if (u && u->b <= trig->b && u->e >= trig->e && (sr_unit_entry(u, SR_LEX_AGENT) || sr_unit_entry(u, SR_LEX_ACTOR)))
        return true;
    /* "victims of Molo ethnic clashes held a demonstration": who they are, by what befell them */
    static const char *const bearers[] = {"victims", "victim", "survivors", "survivor", "families", "relatives",
                                          "widows", "orphans", NULL};
    const sr_lex_entry *te = sr_unit_entry(trig, SR_LEX_TRIGGER);
    const sr_type *tt = te ? te->payload : NULL;
    bool violence_noun = tt && sr_lex_streq(tt->family, "violence") && sr_lex_is(te, "pos", "noun");
    for (int i = trig->b - 1; violence_noun && i > v->tb && i >= trig->b - 4; i--) {
        if (word_is(c, i, "of")) {
            if (word_in(c, i - 1, bearers)) return true;
            break;
        }
        if (tok(c, i)->kind != SR_TOK_WORD || sr_unit_at(v, SR_LAYER_TRIGGER, i)) break;
    }
    if (trig->e - trig->b != 1 || trig->e >= v->te) return false;
    const sr_unit *next = sr_unit_at(v, SR_LAYER_ENTITY, trig->e);
    if (!next || next->b != trig->e || !sr_lex_is(sr_unit_entry(next, SR_LEX_AGENT), "person", NULL)) return false;
    if (ends_in(c, trig->b, "ed", 3) || ends_in(c, trig->b, "ing", 3) || ends_in(c, trig->b, "s", 3))
        return false; /* "killed soldiers", "Protesting students", "Mob kills man" */
    int before = trig->b - 1;
    const sr_unit *hedge = sr_unit_at(v, SR_LAYER_CUE, before); /* "alleged", "suspected", not "allegedly" */
    bool art;
    if (trig->b == v->tb || word_is(c, before, "the") || word_is(c, before, "a") || word_is(c, before, "an") ||
        word_is(c, before, "of") || (cue_is(hedge, "allegation") && sr_lex_is(sr_unit_entry(hedge, SR_LEX_CUE), "of_next", NULL)) ||
        (number_at(c, v, before, &art) >= 0 && !in_timex_tok(c, v, before))) /* "the release of two murder suspects" */
        return true;
    /* the object of a verb of its own ("lynches murder suspect"), not after "a mob" or "attackers" */
    const sr_unit *verb = sr_unit_at(v, SR_LAYER_TRIGGER, before);
    const sr_unit *ent = sr_unit_at(v, SR_LAYER_ENTITY, before);
    return verb && sr_lex_is(sr_unit_entry(verb, SR_LEX_TRIGGER), "pos", "verb") &&
           !(ent && (sr_unit_entry(ent, SR_LEX_AGENT) || sr_unit_entry(ent, SR_LEX_ACTOR)));
}

/* A protest trigger before token b: "residents protested after a pedestrian was killed". */
static bool protest_before(const sr_doc_ctx *c, const sr_sentence_view *v, int b)
{
    for (int k = 0; k < v->n_layer[SR_LAYER_TRIGGER]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_TRIGGER][k];
        const sr_type *t = trigger_type(u);
        /* "On 21 March 2020": the month is no march */
        if (u->e <= b && t && sr_lex_streq(t->family, "protest") && !in_time_expression(c, v, u)) return true;
    }
    return false;
}

/* Does cue u ("after", "following") put a known deed after the state's answer to it: an
 * arrest, a deployment or a base told before it and "the" right after it ("Police arrested
 * 12 people following the attack", "The army deployed troops after the raids"; not "arrested
 * after they attacked police officers", which tells the attack too)? */
static bool answer_to_known(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *u)
{
    if (u->e >= v->te || !word_is(c, u->e, "the")) return false;
    for (int k = 0; k < v->n_layer[SR_LAYER_TRIGGER]; k++) {
        const sr_unit *w = &v->layers[SR_LAYER_TRIGGER][k];
        const sr_type *t = trigger_type(w);
        if (w->e <= u->b && t &&
            (sr_lex_streq(t->family, "arrests") || sr_lex_streq(t->family, "change_group") ||
             sr_lex_streq(t->family, "hq_established")))
            return true;
    }
    return false;
}

/* Is the violent trigger (or, marked, a word of casualties) what an English protest right
 * before it is about ("gathered to protest the murder of a colleague", "in protest of an
 * alleged police shooting")?
 * Between them only the object's own words: no clause break, no other trigger,
 * no word that opens a clause ("protests where police killed two" is violence at
 * the protest) or makes the trigger the clause's own verb ("protesting residents
 * were beaten") or the protest's means ("protest against police violence by setting
 * fire to stalls"). */
static bool protest_object(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *trig, bool marked)
{
    static const char *const opens[] = {"which", "where", "when", "as", "and", "but", "while", "after", "before",
                                        "during", "in", "at", "was", "were", "is", "are", "by", NULL};
    static const char *const object_marks[] = {"the", "a", "an", "of", "over", "against", "his", "her", "their", NULL};
    for (int k = 0; k < v->n_layer[SR_LAYER_TRIGGER]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_TRIGGER][k];
        const sr_type *t = trigger_type(u);
        if (!t || !sr_lex_streq(t->family, "protest") || u->e > trig->b || trig->b - u->e > 5 || names_actor(c, v, u) ||
            in_time_expression(c, v, u))
            continue;
        /* (marked: a protest's own, its object opened by a word that marks one, "protest the
         * death of", "in protest of a killing"; not "police intervened killing 2", "riots leave
         * one dead") */
        if (marked && (sr_type_put_down(t) || u->e >= trig->b || !word_in(c, u->e, object_marks))) continue;
        bool object = true;
        for (int i = u->e; i < trig->b && object; i++) {
            /* (a list of deeds named as nouns is the object too: "protesting a kidnapping and
             * murder"; not verbs joined, "demonstrated and clashed") */
            const sr_unit *deed = sr_unit_at(v, SR_LAYER_TRIGGER, i);
            int before_and = deed ? deed->e - 1 : i - 1;
            const sr_unit *listed_deed = deed ? deed : i - 1 >= u->e ? sr_unit_at(v, SR_LAYER_TRIGGER, i - 1) : NULL;
            bool listed = listed_deed && before_and + 2 == trig->b && word_is(c, before_and + 1, "and") &&
                          (ends_in(c, before_and, "ing", 4) ||
                           sr_lex_is(sr_unit_entry(listed_deed, SR_LEX_TRIGGER), "pos", "noun")) &&
                          !ends_in(c, trig->b, "ed", 3);
            if (listed) continue;
            object = tok(c, i)->kind == SR_TOK_WORD && !deed;
            for (int w = 0; object && opens[w]; w++) object = !word_is(c, i, opens[w]);
        }
        if (object) return true;
    }
    return false;
}

/* Is the trigger what a verb of judgement is about ("condemned the killing",
 * "saldırıları kınamak için")?  Then it is the topic of the sentence, not an
 * event it reports: a topic cue before it (within the cue window), or, marked
 * `after`, right after it; or the object of a protest (protest_object). */
/* Is the trigger a finite verb of a clause that a comma opened after token a
 * ("protesting against their principal, burned their dorm"), not a noun of a
 * list the cue still governs ("over the arrest, beating and killing of")? */
static bool verb_after_comma(const sr_doc_ctx *c, const sr_sentence_view *v, int a, const sr_unit *trig)
{
    bool comma = false;
    for (int i = a; i < trig->b && !comma; i++) comma = tok(c, i)->kind == SR_TOK_PUNCT && tok(c, i)->fold[0] == ',';
    if (!comma || !sr_lex_is(sr_unit_entry(trig, SR_LEX_TRIGGER), "pos", "verb")) return false;
    return !ends_in(c, trig->b, "ing", 4) && !determiner_before(c, v, trig->b);
}

/* Is the verb trigger a second verb of the clause the cue's object ends, joined by "and"
 * to a word that tells no deed ("protested over insecurity and lit bonfires"): the
 * protesters' own act, not what they protest (not a gerund, "over the arrest and killing
 * of", nor a verb joined to a verb, "against police who shot and killed")? */
static bool verb_after_and(const sr_doc_ctx *c, const sr_sentence_view *v, int a, const sr_unit *trig)
{
    int i = trig->b - 1;
    if (i - 1 < a || !word_is(c, i, "and") || sr_unit_at(v, SR_LAYER_TRIGGER, i - 1)) return false;
    if (!sr_lex_is(sr_unit_entry(trig, SR_LEX_TRIGGER), "pos", "verb")) return false;
    return !ends_in(c, trig->b, "ing", 4) && !determiner_before(c, v, trig->b);
}

/* Is the trigger the passive verb of the clause whose subject holds the cue and its
 * object ("journalists reporting on the attack were beaten"): "was", "were", "is" or
 * "are" right before it, with words after token a before that? */
static bool passive_after_object(const sr_doc_ctx *c, int a, const sr_unit *trig)
{
    int i = trig->b - 1;
    return i > a && (word_is(c, i, "was") || word_is(c, i, "were") || word_is(c, i, "is") || word_is(c, i, "are"));
}

static bool is_topic(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *trig)
{
    const sr_type *tt = trigger_type(trig);
    /* (English puts the object after the verb: "protested the killing", "protest the arrest of") */
    if (tt && (sr_lex_streq(tt->family, "violence") || sr_lex_streq(tt->family, "arrests")) &&
        tok(c, trig->b)->lang == SR_LANG_EN && protest_object(c, v, trig, false))
        return true;
    bool protest = tt && sr_lex_streq(tt->family, "protest");
    bool crime = tt && sr_lex_streq(tt->key, "org_crime");
    bool disaster = tt && sr_type_disaster(tt);
    for (int k = 0; k < v->n_layer[SR_LAYER_CUE]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_CUE][k];
        const char *ck = cue_kind(u);
        if (!ck || !sr_lex_streq(ck, "topic")) continue;
        const sr_lex_entry *ce = sr_unit_entry(u, SR_LEX_CUE);
        if ((protest && sr_lex_is(ce, "not_protest", NULL)) || (disaster && sr_lex_is(ce, "not_disaster", NULL)))
            continue;
        bool art;
        if (u->e < v->te && number_at(c, v, u->e, &art) >= 0 && !art) continue; /* "over 30 villagers": a count */
        /* a crime someone is accused or convicted of is what the sentence tells ("was convicted of
         * money laundering"); a killing so named is the accusation's topic */
        if (crime && sr_lex_is(ce, "next", NULL)) continue;
        if (sr_lex_is(ce, "after", NULL)) {
            /* right after it, or after "against (the)": "the fight against the coronavirus" */
            int j = trig->e;
            if (j < v->te && word_is(c, j, "against")) j++;
            if (j > trig->e && j < v->te && (word_is(c, j, "the") || word_is(c, j, "a"))) j++;
            if (u->b >= trig->e && (u->b - trig->e < 2 || u->b == j)) return true;
        } else if (u->e <= trig->b && trig->b - u->e < (sr_lex_is(ce, "next", NULL) ? 1 : CUE_WINDOW) &&
                   !means_of_act(c, v, trig->b) &&
                   (!sr_lex_is(ce, "protest_only", NULL) || protest_before(c, v, u->b) ||
                    answer_to_known(c, v, u)) &&
                   !verb_after_comma(c, v, u->e, trig) && !verb_after_and(c, v, u->e, trig) &&
                   !passive_after_object(c, u->e, trig)) {
            return true;
        }
    }
    return false;
}

/* A light verb within three tokens of tokens [b, e): after them (Turkish:
 * "topçu atışı gerçekleştirdi") or before them (English: "Russian warplanes
 * carried out the strike"); the noun trigger there is read as that verb. */
static const sr_unit *light_verb_near(const sr_sentence_view *v, int b, int e, bool after)
{
    for (int k = 0; k < v->n_layer[SR_LAYER_CUE]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_CUE][k];
        const char *ck = cue_kind(u);
        if (!ck || !sr_lex_streq(ck, "light_verb")) continue;
        if (after ? u->b >= e && u->b - e < 3 : u->e <= b && b - u->e < 3) return u;
    }
    return NULL;
}

static bool cue_before(const sr_doc_ctx *c, const sr_sentence_view *v, int b, const char *kind)
{
    for (int k = 0; k < v->n_layer[SR_LAYER_CUE]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_CUE][k];
        const char *ck = cue_kind(u);
        if (!ck || !sr_lex_streq(ck, kind) || sr_lex_is(sr_unit_entry(u, SR_LEX_CUE), "after", NULL)) continue;
        if (in_timex_tok(c, v, u->b)) continue; /* "On 6 May 2020": a month, not "may" */
        if (u->e <= b && b - u->e < CUE_WINDOW) {
            bool blocked = false;
            for (int t = 0; t < v->n_layer[SR_LAYER_TRIGGER]; t++) {
                const sr_unit *tu = &v->layers[SR_LAYER_TRIGGER][t];
                if (tu->b >= u->e && tu->e <= b) blocked = true;
            }
            /* (nor a cue inside an aside that closes before the word: "(exact date not reported)
             * clashes took place") */
            for (int t = u->e; t < b && !blocked; t++)
                blocked = tok(c, t)->kind == SR_TOK_PUNCT && tok(c, t)->fold[0] == ')';
            if (!blocked) return true;
        }
    }
    return false;
}

/* Does the sentence name someone suspected of a wrong: "suspected" or "alleged" right
 * before an agent marked wrongdoer that heads its phrase, perhaps after one word
 * ("suspected cattle thieves"; not "an alleged criminal group")? */
static bool suspected_wrongdoer(const sr_doc_ctx *c, const sr_sentence_view *v)
{
    for (int i = v->tb; i + 1 < v->te; i++) {
        if (!word_is(c, i, "suspected") && !word_is(c, i, "alleged")) continue;
        for (int j = i + 1; j < v->te && j <= i + 2; j++) {
            const sr_unit *u = sr_unit_at(v, SR_LAYER_ENTITY, j);
            if (!sr_lex_is(sr_unit_entry(u, SR_LEX_AGENT), "wrongdoer", NULL)) continue;
            for (int k = 0; k < v->n_phrases; k++)
                if (v->phrases[k].kind == SR_PHRASE_ACTOR && v->phrases[k].e == u->e) return true;
        }
    }
    return false;
}

/* Does the allegation cue u say who someone is rather than that the deed happened: after
 * "who" or "which" ("a man who allegedly killed", "gunmen who were believed to be from
 * Somalia"), or "believed to be" said of the people right before it ("gunmen, believed
 * to be al-Shabaab, attacked")? */
static bool identity_told(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *u)
{
    bool be_next = u->e + 1 < v->te && word_is(c, u->e, "be") && !sr_unit_at(v, SR_LAYER_TRIGGER, u->e + 1);
    int i = u->b - 1;
    if (be_next && i > v->tb && word_in(c, i, be_words)) i--; /* (not "who was allegedly killed") */
    if (i >= v->tb && (word_is(c, i, "who") || word_is(c, i, "which"))) return true;
    if (!be_next) return false;
    int k = u->b - 1;
    if (k >= v->tb && tok(c, k)->kind == SR_TOK_PUNCT && tok(c, k)->fold[0] == ',') k--;
    const sr_unit *before = k >= v->tb ? sr_unit_at(v, SR_LAYER_ENTITY, k) : NULL;
    return before && before->e == k + 1 && (sr_unit_entry(before, SR_LEX_AGENT) || sr_unit_entry(before, SR_LEX_ACTOR));
}

/* Which of n kinds (distinct, n <= 32) does the sentence have a cue of?  Bit
 * i for kinds[i], the cues read once.  Anywhere, but a cue marked of_next
 * only right before a trigger that is no topic: "a suspected attack" is
 * alleged, "suspected militants killed two" and "protested over the alleged
 * killing" are not; and an allegation that says who someone is (identity_told)
 * hedges what it tells of them, not the sentence's news ("the mother of a man,
 * who allegedly mutilated his wife, is stoned to death"). */
static unsigned cues_in_sentence(const sr_doc_ctx *c, const sr_sentence_view *v, const char *const *kinds, int n)
{
    unsigned found = 0;
    for (int k = 0; k < v->n_layer[SR_LAYER_CUE]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_CUE][k];
        const char *ck = cue_kind(u);
        if (!ck) continue;
        int i = 0;
        while (i < n && !sr_lex_streq(ck, kinds[i])) i++;
        if (i == n || (found >> i & 1)) continue;
        if (sr_lex_streq(ck, "allegation") && identity_told(c, v, u)) continue;
        const sr_unit *next = u->e < v->te ? sr_unit_at(v, SR_LAYER_TRIGGER, u->e) : NULL;
        /* (of a topic, what is alleged is what others protest or condemn, not their deed:
         * "residents protested over the alleged killing of a man") */
        /* (… nor is "a suspected murderer" a murder alleged: the word names who someone is) */
        if (!sr_lex_is(sr_unit_entry(u, SR_LEX_CUE), "of_next", NULL) ||
            (next && next->b == u->e && !is_topic(c, v, next) && !topic_toll(c, v, next->b) && !names_actor(c, v, next)))
            found |= 1u << i;
    }
    return found;
}

/* CAMEO's root of a type (the first two digits of its code: "0874" -> 8,
 * "195" -> 19), 0 when it has none. */
static int cameo_root(const sr_type *t)
{
    const char *k = t ? t->cameo : NULL;
    if (!k || k[0] < '0' || k[0] > '9' || k[1] < '0' || k[1] > '9') return 0;
    return (k[0] - '0') * 10 + (k[1] - '0');
}

static bool is_frame(const sr_lex_entry *ce)
{
    return ce && (sr_lex_get(ce, "coop") || sr_lex_get(ce, "conflict") || sr_lex_get(ce, "verbal") ||
                  sr_lex_is(ce, "cue", "frame"));
}

/* The frame cue of a trigger starting at token b: the nearest cue with
 * `coop=`, `conflict=` or `verbal=` within the cue window before it, no
 * trigger between; NULL when none. */
static const sr_unit *frame_before(const sr_sentence_view *v, int b)
{
    const sr_unit *best = NULL;
    for (int k = 0; k < v->n_layer[SR_LAYER_CUE]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_CUE][k];
        if (!is_frame(sr_unit_entry(u, SR_LEX_CUE))) continue;
        if (u->e > b || b - u->e >= CUE_WINDOW || (best && best->e >= u->e)) continue;
        bool blocked = false;
        for (int i = 0; i < v->n_layer[SR_LAYER_TRIGGER] && !blocked; i++) {
            const sr_unit *tu = &v->layers[SR_LAYER_TRIGGER][i];
            blocked = tu->b >= u->e && tu->e <= b;
        }
        if (!blocked) best = u;
    }
    return best;
}


/* The frame of trigger unit trig: its frame cue, when the frame reaches it.
 * A noun ("suspended economic aid") or a verb right after the cue ("will
 * withdraw") is its object; a verb further on only through "to", "that",
 * "from" or a determiner ("urged Iraq to cooperate", "demanded that Israel
 * ease …", "cancelled a planned visit"), else it is a clause of its own
 * ("workers demanding higher pay went on strike"). */
static const sr_unit *frame_of(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *trig)
{
    const sr_unit *f = frame_before(v, trig->b);
    if (!f || f->e == trig->b) return f;
    const sr_lex_entry *te = sr_unit_entry(trig, SR_LEX_TRIGGER);
    if (sr_lex_is(te, "pos", "noun") || determiner_before(c, v, trig->b)) return f;
    static const char *const link[] = {"to", "that", "from", "a", "an", "the", "its", "their", "his", "her", NULL};
    for (int i = f->e; i < trig->b; i++)
        for (int k = 0; link[k]; k++)
            if (word_is(c, i, link[k])) return f; /* "cancelled a planned visit" */
    return NULL;
}

/* Is trigger unit u (a weak one) the word of a frame that introduces another
 * trigger ("ready to impose martial law", "accepted the demands")?  Then the
 * framed event says what it says, and u is no event of its own. */
static bool frames_a_trigger(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *u)
{
    const sr_unit *cu = sr_unit_at(v, SR_LAYER_CUE, u->b);
    if (!cu || cu->b != u->b || cu->e != u->e || !is_frame(sr_unit_entry(cu, SR_LEX_CUE))) return false;
    for (int i = 0; i < v->n_layer[SR_LAYER_TRIGGER]; i++) {
        const sr_unit *tu = &v->layers[SR_LAYER_TRIGGER][i];
        if (tu->b >= u->e) return frame_of(c, v, tu) == cu; /* the next trigger after it */
    }
    return false;
}

/* What a frame makes of the event it introduces ("will withdraw", "is ready to
 * send troops", "must release", "threatened to boycott", "suspended aid",
 * "accepted the demands"), with the frame's cue in *cue.  An act of
 * cooperation (CAMEO roots 01-09) takes its coop= type, one of material
 * conflict (14-20) its conflict= type, verbal conflict (a demand, a complaint,
 * a rejection, a threat: 10-13) its verbal= type.  NULL when there is no frame
 * or it changes nothing; *negative: the frame is a negation ("would not meet
 * the demands" is a rejection, asserted). */
static const sr_type *framed_type(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *trig,
                                  const sr_type *t, bool *negative, const sr_unit **cue)
{
    *negative = false;
    *cue = NULL;
    const sr_type *cur = t;
    /* frames nest once, through a frame that made something of the act: "must be ready to
     * mediate" is a demand of a promise, a demand; "pledged to stop attacks" is no threat */
    const sr_unit *f = frame_of(c, v, trig);
    for (int depth = 0; depth < 2 && f; depth++) {
        int root = cameo_root(cur);
        if (!root) break;
        const sr_lex_entry *ce = sr_unit_entry(f, SR_LEX_CUE);
        const char *key = sr_lex_get(ce, root < 10 ? "coop" : root < 14 ? "verbal" : "conflict");
        const sr_type *nt = key ? sr_taxonomy_get(c->engine->tax, key) : NULL;
        if (!nt) break;
        *negative |= sr_lex_is(ce, "negative", NULL);
        *cue = f;
        cur = nt;
        f = frame_before(v, f->b);
    }
    if (!*cue || (cur == t && !*negative)) {
        *cue = NULL;
        *negative = false;
        return NULL;
    }
    return cur;
}

/* Does sentence v name a weapon: any (a gun held tells armed men), or, when fired is true,
 * one that is fired, thrown or set off, not a small arm named as a thing taken ("a pistol"
 * is no projectile that "landed" on "a Land Cruiser")? */
static bool sentence_has_weapon(const sr_sentence_view *v, bool fired)
{
    for (int k = 0; k < v->n_layer[SR_LAYER_WEAPON]; k++) {
        const sr_lex_entry *w = sr_unit_entry(&v->layers[SR_LAYER_WEAPON][k], SR_LEX_WEAPON);
        if (w && !(fired && sr_lex_is(w, "type", "disrupted_weapons"))) return true;
    }
    return false;
}

/* Is the word at token b what supports the deed, not the deed ("an operation by special
 * forces, backed by airstrikes, killed 18", "supported by heavy artillery fire and air
 * strikes")?  "backed", "supported", "support" or "assisted" within the seven words before it
 * in its clause. */
static bool in_support(const sr_doc_ctx *c, const sr_sentence_view *v, int b)
{
    static const char *const support[] = {"backed", "supported", "support", "assisted", NULL};
    /* (a verb in the past is the clause's own deed: "employees supported by their union protested") */
    if (ends_in(c, b, "ed", 3)) return false;
    for (int i = b - 1; i >= v->tb && i >= b - 7; i--) {
        const sr_token *t = tok(c, i);
        if (t->kind == SR_TOK_PUNCT && strchr(",;:", t->fold[0])) return false;
        if (word_in(c, i, support)) return true;
    }
    return false;
}

static bool clause_break(const sr_doc_ctx *c, const sr_sentence_view *v, int a, int b);

/* Is weapon unit w the object of a word of weapons taken ("recovered two hand grenades",
 * within six words after it in its clause)?  Then it is what was seized, not what the
 * sentence's violence was done with. */
static bool seized(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *w)
{
    for (int k = 0; k < v->n_layer[SR_LAYER_TRIGGER]; k++) {
        const sr_unit *tu = &v->layers[SR_LAYER_TRIGGER][k];
        if (tu->e > w->b) break;
        if (w->b - tu->e <= 6 && sr_lex_is(sr_unit_entry(tu, SR_LEX_TRIGGER), "seizure", NULL) &&
            !clause_break(c, v, tu->e, w->b))
            return true;
    }
    return false;
}

/* Are the people the verb at trigger h harms the doer's own ("shot dead two of his
 * colleagues", "shot his boss"): a word of fellowship within five words after it, in its
 * clause?  An armed doer's fellows are armed too. */
static bool fellows_harmed(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *h)
{
    static const char *const fellows[] = {"colleague", "colleagues", "boss", "comrade", "comrades", "fellow", NULL};
    for (int i = h->e; i < v->te && i < h->e + 5; i++) {
        if (tok(c, i)->kind == SR_TOK_PUNCT) return false;
        if (word_in(c, i, fellows)) return true;
    }
    return false;
}

/* Is a thing a crowd would raise, named at token b ("barricades": a weapon or trigger with the
 * attribute thing), the object of a verb that takes one down ("broke barricades around a
 * containment zone", "removed the police barricades")?  Then it is someone else's barrier
 * undone, no sign of the crowd's own riot. */
static bool barrier_undone(const sr_doc_ctx *c, const sr_sentence_view *v, int b)
{
    static const char *const undo[] = {"broke", "broken", "breaking", "removed", "removing", "dismantled",
                                       "pulled", "tore", "torn", "cleared", "breached", "crossed", NULL};
    for (int i = b - 1; i >= v->tb && i >= b - 3; i--) {
        if (tok(c, i)->kind == SR_TOK_PUNCT) return false;
        if (word_in(c, i, undo)) return true;
    }
    return false;
}

/* Is the weapon unit u a person who bears it ("suicide bomber": unit=bomber) named as the
 * object of a deed right before it ("shot and killed a suicide bomber", "arrested two
 * would-be suicide bombers"), not as its doer ("killed by a suicide bomber")?  Then the
 * weapon was not used. */
static bool bearer_harmed(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *u)
{
    if (!sr_lex_is(sr_unit_entry(u, SR_LEX_WEAPON), "unit", "bomber")) return false;
    for (int i = u->b - 1; i >= v->tb && i >= u->b - 4; i--) {
        /* (nor what someone harmed was: "the man killed was a suicide bomber") */
        if (tok(c, i)->kind == SR_TOK_PUNCT || word_is(c, i, "by") || word_in(c, i, be_words)) return false;
        if (sr_unit_at(v, SR_LAYER_TRIGGER, i)) return true;
    }
    return false;
}

/* Does a cue naming an earlier deed (topic, marked `earlier`) stand between the trigger that
 * ends at token from and token b: a weapon there is the earlier deed's ("reprisal attacks by
 * mobs after militants threw a grenade into a church", "killed a man accused of throwing a
 * grenade"), not this one's (not "after midnight", a time; not "protested against the
 * governor, burning tyres", what a protest is about)? */
static bool cause_between(const sr_doc_ctx *c, const sr_sentence_view *v, int from, int b)
{
    for (int k = 0; k < v->n_layer[SR_LAYER_CUE]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_CUE][k];
        if (u->b < from || u->e > b || !cue_is(u, "topic") || in_timex_tok(c, v, u->b)) continue;
        if (sr_lex_is(sr_unit_entry(u, SR_LEX_CUE), "earlier", NULL)) return true;
    }
    return false;
}

/* The highest-ranked type of the family that the weapons and modifiers of
 * the sentence name ("mortars" for violence, "stones" for a protest), leaving out those
 * named after token trig_e in what the deed answers (cause_between). */
static const sr_type *modifier_type(const sr_doc_ctx *c, const sr_sentence_view *v, const char *family, int trig_e)
{
    const sr_type *best = NULL;
    for (int k = 0; k < v->n_layer[SR_LAYER_WEAPON]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_WEAPON][k];
        const sr_lex_entry *w = sr_unit_entry(u, SR_LEX_WEAPON);
        const sr_type *t = w ? w->payload : NULL; /* the taxonomy row, cached at load */
        /* a thing of something is what a protest is about, not what it fights with ("against
         * the extraction of stones", "the price of tear gas") */
        if (sr_lex_streq(family, "protest") && sr_lex_is(w, "thing", NULL) && u->b > v->tb &&
            word_is(c, u->b - 1, "of"))
            continue;
        /* a weapon word inside a longer trigger is that trigger's, which says what it tells
         * ("barricaded themselves in the office": a sit-in) */
        const sr_unit *tu = sr_unit_at(v, SR_LAYER_TRIGGER, u->b);
        if (tu && tu->b <= u->b && tu->e >= u->e && tu->e - tu->b > u->e - u->b) continue;
        if (in_support(c, v, u->b)) continue; /* "backed by artillery" */
        if (seized(c, v, u)) continue;        /* "gunned down a suspect and recovered two grenades" */
        if (bearer_harmed(c, v, u)) continue; /* "shot and killed a suicide bomber before he struck" */
        if (sr_lex_is(w, "thing", NULL) && barrier_undone(c, v, u->b)) continue; /* "broke barricades" */
        if (u->b >= trig_e && cause_between(c, v, trig_e, u->b)) continue;
        if (t && !strcmp(t->family, family) && (!best || t->rank > best->rank)) best = t;
    }
    return best;
}

/* Is there a clause break (, ; : or a cue word) between tokens a and b? */
/* "…çatışma çıktı; 1 terörist öldürüldü": a semicolon or colon between two tokens */
static bool semicolon_between(const sr_doc_ctx *c, int a, int b)
{
    for (int i = a; i < b; i++)
        if (tok(c, i)->kind == SR_TOK_PUNCT && (tok(c, i)->fold[0] == ';' || tok(c, i)->fold[0] == ':')) return true;
    return false;
}

static bool clause_break(const sr_doc_ctx *c, const sr_sentence_view *v, int a, int b)
{
    for (int i = a; i < b; i++) {
        const sr_token *t = tok(c, i);
        if (t->kind == SR_TOK_PUNCT && (t->fold[0] == ',' || t->fold[0] == ';' || t->fold[0] == ':')) return true;
        if (cue_is(sr_unit_at(v, SR_LAYER_CUE, i), "attribution")) return true;
    }
    return false;
}

static bool determiner_before(const sr_doc_ctx *c, const sr_sentence_view *v, int b)
{
    static const char *const det[] = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", NULL};
    if (b <= v->tb) return false;
    for (int k = 0; det[k]; k++)
        if (word_is(c, b - 1, det[k])) return true;
    return false;
}

/* Is there a verb trigger before token b in its clause (no stop, semicolon or colon between)? */
static bool verb_before_in_clause(const sr_doc_ctx *c, const sr_sentence_view *v, int b)
{
    for (int i = b - 1; i >= v->tb; i--) {
        const sr_token *t = tok(c, i);
        if (t->kind == SR_TOK_PUNCT && strchr(".;:", t->fold[0])) return false;
        const sr_unit *tu = sr_unit_at(v, SR_LAYER_TRIGGER, i);
        if (tu && sr_lex_is(sr_unit_entry(tu, SR_LEX_TRIGGER), "pos", "verb") && !determiner_before(c, v, tu->b))
            return true;
    }
    return false;
}

/* A word that is a noun and a verb ("attack", "raid") read as the verb: an
 * English headline's present tense, with no determiner before it and its
 * object after it ("Gunmen attack a police station", "Raiders attack
 * villages in Turkana"), not "an attack on", "the attack in". */
static bool verb_in_headline(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *h)
{
    bool verb_entry = false;
    for (int i = 0; i < h->n_entries && !verb_entry; i++)
        verb_entry = h->entries[i]->cls == SR_LEX_TRIGGER && sr_lex_is(h->entries[i], "pos", "verb");
    if (!verb_entry || h->b <= v->tb || h->e >= v->te || tok(c, h->b)->lang != SR_LANG_EN) return false;
    /* (after a comma only in a series of verbs: "Bandits raid villages, attack civilians") */
    const sr_token *before = tok(c, h->b - 1);
    bool in_series = before->kind == SR_TOK_PUNCT && before->fold[0] == ',' && verb_before_in_clause(c, v, h->b - 1);
    if ((before->kind != SR_TOK_WORD && !in_series) || determiner_before(c, v, h->b) ||
        sr_unit_at(v, SR_LAYER_PREP, h->b - 1))
        return false;
    static const char *const object_start[] = {"a", "an", "the", "their", "his", "her", "its", "two", "three", NULL};
    for (int k = 0; object_start[k]; k++)
        if (word_is(c, h->e, object_start[k])) return true;
    /* "Youths attack and kill a man": joined to a verb of its own */
    if (word_is(c, h->e, "and") && h->e + 1 < v->te && sr_unit_at(v, SR_LAYER_TRIGGER, h->e + 1)) return true;
    /* … or a name with no preposition before it ("armed men attack Gamba police station",
     * "OLF attacks Kenyan civilians") */
    const sr_unit *next = sr_unit_at(v, SR_LAYER_ENTITY, h->e);
    return (next && next->b == h->e &&
            (sr_unit_entry(next, SR_LEX_AGENT) || sr_unit_entry(next, SR_LEX_ACTOR) ||
             sr_unit_entry(next, SR_LEX_PLACE) || sr_unit_entry(next, SR_LEX_DEMONYM))) ||
           tok(c, h->e)->kind == SR_TOK_NUMBER;
}

/* "X was notified that the fire …": X is not the subject of what follows
 * "that", nor of a verb after a speech verb or a semicolon.  Commas do not
 * part a subject from its verb ("a mob in Wanalo, Vihiga county, killed"). */
/* A Turkish trigger that does not end a clause: a noun ("saldırıda") or a
 * participle or converb ("atılan roketler", "atıldığı", "ateş açarak"),
 * known by the [suffix] entries marked participle (at the word's end) or
 * participle_inside (anywhere in it, before case endings). */
static bool embedded_trigger(const sr_doc_ctx *c, const sr_unit *tu)
{
    if (sr_lex_is(sr_unit_entry(tu, SR_LEX_TRIGGER), "pos", "noun")) return true;
    char plain[128];
    sr_plain(tok(c, tu->e - 1)->fold, plain, sizeof plain);
    const sr_lexicon *lex = c->engine->lex;
    return sr_lexicon_suffix(lex, SR_LANG_TR, plain, "participle", false) ||
           sr_lexicon_suffix(lex, SR_LANG_TR, plain, "participle_inside", true);
}

/* A retaliation cue earlier in the sentence ("in response", "… karşılık TSK
 * bölgeyi vurdu") makes the clause's main verb a response; a Turkish
 * participle between ("ateş açılan bölge") stays what it was. */
static bool answers_cue(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *trig)
{
    for (int k = 0; k < v->n_layer[SR_LAYER_CUE]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_CUE][k];
        const char *ck = cue_kind(u);
        if (!ck || !sr_lex_streq(ck, "retaliation") || u->e > trig->b) continue;
        return !(tok(c, trig->b)->lang == SR_LANG_TR && embedded_trigger(c, trig));
    }
    return false;
}

/* Does a trigger of organised crime follow trigger u within four tokens ("accused of
 * embezzling", "blamed for the smuggling")? */
static bool crime_follows(const sr_sentence_view *v, const sr_unit *u)
{
    for (int k = 0; k < v->n_layer[SR_LAYER_TRIGGER]; k++) {
        const sr_unit *w = &v->layers[SR_LAYER_TRIGGER][k];
        if (w->b >= u->e && w->b - u->e <= 4 && crime_trigger(w)) return true;
    }
    return false;
}

/* Does "for" and a word of crime follow trigger u in its clause ("sentenced to 12 years in
 * prison for embezzling public funds", "jailed for six years for smuggling")? */
static bool crime_charged(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *u)
{
    for (int i = u->e; i + 1 < v->te && i < u->e + 10; i++) {
        if (tok(c, i)->kind == SR_TOK_PUNCT) return false;
        if (!word_is(c, i, "for")) continue;
        for (int k = i + 1; k < v->te && k <= i + 3; k++)
            if (crime_trigger(sr_unit_at(v, SR_LAYER_TRIGGER, k))) return true;
    }
    return false;
}

/* Is t a disaster or a crime, which ACLED codes only by the violence it comes with? */
static bool background_type(const sr_type *t)
{
    return sr_type_disaster(t) || sr_lex_streq(t->key, "org_crime");
}

static bool subordinate_between(const sr_doc_ctx *c, const sr_sentence_view *v, int a, int b)
{
    for (int i = a; i < b; i++) {
        if (word_is(c, i, "that") || word_is(c, i, "which") || word_is(c, i, "who") || word_is(c, i, "whom") ||
            word_is(c, i, "when") || word_is(c, i, "after") || word_is(c, i, "while"))
            return true;
        const sr_token *t = tok(c, i);
        if (t->kind == SR_TOK_PUNCT && (t->fold[0] == ';' || t->fold[0] == ':')) return true;
        const sr_unit *u = sr_unit_at(v, SR_LAYER_CUE, i);
        if (cue_is(u, "attribution")) return true;
        const sr_unit *tu = sr_unit_at(v, SR_LAYER_TRIGGER, i);
        /* another verb's subject (not the verb that carries the noun: "engaged in clashes"; not a
         * disaster or crime named on the way: "helping police enforce the coronavirus lockdown") */
        const sr_lex_entry *te = sr_unit_entry(tu, SR_LEX_TRIGGER);
        if (tu && !(t->lang == SR_LANG_TR && embedded_trigger(c, tu)) && !cue_is(u, "light_verb") &&
            !(te && te->payload && background_type(te->payload)) &&
            !sr_participle_before_noun(v, c->text->tokens, i)) /* "supporters of the detained governor" */
            return true;
    }
    return false;
}

/* Does "at least" or "at most" (a count's hedge, not a place) begin at token i? */
static bool at_least(const sr_doc_ctx *c, const sr_sentence_view *v, int i)
{
    return word_is(c, i, "at") && i + 1 < v->te && (word_is(c, i + 1, "least") || word_is(c, i + 1, "most"));
}

/* Words that may stand between a passive's auxiliary and its participle besides the
 * adverbs in -ly ("were later found", "was not killed", "were both shot"; "being" and
 * "been" are auxiliaries themselves, be_words). */
static const char *const passive_adverbs[] = {"not", "also", "later", "then", "both", "all", "each", "never",
                                              "just", "still", "subsequently", "reportedly",
                                              "first", "again", "since", "once", "already", "now",
                                              "gang", /* "was gang raped" */
                                              NULL};

static bool is_passive(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *trig)
{
    const char *voice = sr_lex_get(sr_unit_entry(trig, SR_LEX_TRIGGER), "voice"); /* a language that marks it */
    if (voice) return sr_lex_streq(voice, "passive");
    if (!participle_at(c, trig->b)) return false;
    /* an auxiliary with only adverbs or participles joined to it after it ("was killed",
     * "were allegedly beaten", "were harassed, beaten and injured", "is \"hacked to death\""),
     * not the end of a clause before ("men who were suspected to be from Ethiopia attacked") */
    for (int i = trig->b - 1; i >= v->tb && i >= trig->b - 3; i--) {
        if (word_in(c, i, be_words) && !islamic_state_at(c, i)) return true;
        const sr_token *t = tok(c, i);
        bool joiner = t->kind == SR_TOK_PUNCT ? t->fold[0] == ',' || t->fold[0] == '"' || t->fold[0] == '\''
                                              : word_is(c, i, "and") || participle_at(c, i);
        if (!joiner && !ends_in(c, i, "ly", 2) && !word_in(c, i, passive_adverbs)) break;
    }
    if (joined_passive_aux(c, v, trig->b) >= 0) return true;
    /* reduced relative: "militants killed by police", "missiles fired from Syria" (but not
     * "forces fired from the hills": a "from" counts only after a thing, not an actor) */
    if (trig->e < v->te && word_is(c, trig->e, "by")) return true;
    if (trig->e < v->te && word_is(c, trig->e, "from") && trig->b > v->tb &&
        !sr_unit_at(v, SR_LAYER_ENTITY, trig->b - 1) && tok(c, trig->b - 1)->kind == SR_TOK_WORD)
        return true;
    /* a headline's passive: a killing verb with nobody after it ("Two police killed while on
     * duty", "4 officers killed in ambush", "Soldier killed.", "2 suspects killed as they
     * fled", "3 children shot dead during a raid" but not "killed as many as 20"): who is
     * killed stands before it */
    const sr_lex_entry *te = sr_unit_entry(trig, SR_LEX_TRIGGER);
    const sr_type *tt = te ? te->payload : NULL;
    /* … and so of people taken: "31 teachers arrested at the site", "Two aid workers kidnapped
     * in Mandera" (the people right before it) */
    const sr_unit *people = trig->b > v->tb ? sr_unit_at(v, SR_LAYER_ENTITY, trig->b - 1) : NULL;
    bool taken = tt && (sr_lex_streq(tt->family, "arrests") || sr_lex_streq(tt->key, "abduction")) &&
                 ends_in(c, trig->e - 1, "ed", 2) && people && people->b - v->tb <= 2 && /* (opening it: not
                 "families of migrants detained in Spain gathered") */
                 sr_lex_is(sr_unit_entry(people, SR_LEX_AGENT), "person", NULL);
    if ((sr_lex_get(te, "casualty") || taken) && trig->b > v->tb && trig->e - trig->b <= 2 &&
        tok(c, trig->b - 1)->kind == SR_TOK_WORD) /* not "stoned two robbers to death": its object inside */
        return trig->e == v->te || tok(c, trig->e)->kind == SR_TOK_PUNCT ||
               (sr_unit_at(v, SR_LAYER_PREP, trig->e) && !at_least(c, v, trig->e)) || /* not "killed at least 12" */
               word_is(c, trig->e, "while") || word_is(c, trig->e, "when") || word_is(c, trig->e, "after") ||
               word_is(c, trig->e, "during") ||
               (word_is(c, trig->e, "as") && !(trig->e + 1 < v->te && (word_is(c, trig->e + 1, "many") ||
                                                                        word_is(c, trig->e + 1, "much"))));
    return false;
}

/* Index of the trigger head nearest to phrase p (ties: the head before it). */
static int nearest_head(const sr_sentence_view *v, const sr_phrase *p, const trig_group *g, int ng, bool verb_final)
{
    int best = -1, bestd = 1 << 30;
    if (verb_final) {
        /* Turkish: a phrase belongs to the first verb after it ("Suriye'den atılan roketler
         * Kilis'e düştü": Suriye to atılan, Kilis to düştü); after the last, to the last */
        for (int i = 0; i < ng; i++) {
            const sr_unit *h = &v->layers[SR_LAYER_TRIGGER][g[i].head];
            if (h->b >= p->e && (best < 0 || h->b < v->layers[SR_LAYER_TRIGGER][g[best].head].b)) best = i;
        }
        if (best >= 0) return best;
        for (int i = 0; i < ng; i++)
            if (best < 0 || v->layers[SR_LAYER_TRIGGER][g[i].head].b > v->layers[SR_LAYER_TRIGGER][g[best].head].b)
                best = i;
        return best;
    }
    for (int i = 0; i < ng; i++) {
        const sr_unit *h = &v->layers[SR_LAYER_TRIGGER][g[i].head];
        int d = p->b >= h->e ? p->b - h->e : h->b - p->e;
        if (p->b < h->b) d += 1; /* prefer the head a place follows */
        if (d < bestd) { bestd = d; best = i; }
    }
    return best;
}

/* "…, killing three civilians": the persons a casualty trigger counts are its victims; those
 * of one at or after token from first ("They killed 1 person before police opened fire,
 * killing 2 of the gunmen": the police's victims are the gunmen). */
static const sr_phrase *victims(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_phrase *not_this, int from)
{
    for (int pass = 0; pass < 2; pass++) {
        for (int k = 0; k < v->n_layer[SR_LAYER_TRIGGER]; k++) {
            const sr_unit *u = &v->layers[SR_LAYER_TRIGGER][k];
            if ((pass == 0) != (u->b >= from) || !sr_lex_get(sr_unit_entry(u, SR_LEX_TRIGGER), "casualty")) continue;
            for (int i = 0; i < v->n_phrases; i++) {
                const sr_phrase *p = &v->phrases[i];
                if (p == not_this || p->kind != SR_PHRASE_ACTOR || !p->person || p->is_source) continue;
                if (p->b >= u->e && p->b - u->e <= 4 && !clause_break(c, v, u->e, p->b)) return p;
            }
        }
    }
    return NULL;
}

/* The people a passive word of harm has as its subject, anywhere in the
 * sentence ("Five people were injured when militants fired on their vehicle"):
 * whom the violence told beside it was done to; NULL when there is none. */
static const sr_phrase *harmed_subject(const sr_doc_ctx *c, const sr_sentence_view *v)
{
    for (int k = 0; k < v->n_layer[SR_LAYER_CASUALTY]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_CASUALTY][k];
        const char *kind = sr_lex_get(sr_unit_entry(u, SR_LEX_CASUALTY), "casualty");
        if (!kind || !(sr_lex_streq(kind, "killed") || sr_lex_streq(kind, "injured"))) continue;
        int i = u->b - 1;
        while (i >= v->tb && is_aux(c, i)) i--;
        if (i == u->b - 1) continue; /* no auxiliary: not a passive ("killed two") */
        /* past an aside between commas that says who they were ("2 civilians, a father and his
         * son, were killed") */
        if (i > v->tb && tok(c, i)->kind == SR_TOK_PUNCT && tok(c, i)->fold[0] == ',')
            for (int j = i - 1; j > v->tb && j >= i - 8; j--)
                if (tok(c, j)->kind == SR_TOK_PUNCT) {
                    if (tok(c, j)->fold[0] == ',') i = j - 1;
                    break;
                }
        for (int n = 0; n < v->n_phrases; n++) {
            const sr_phrase *p = &v->phrases[n];
            /* the whole subject, not its last part ("two soldiers and one civilian were injured") */
            bool part = p->b > v->tb && (word_is(c, p->b - 1, "and") || tok(c, p->b - 1)->kind == SR_TOK_PUNCT);
            if (p->kind == SR_PHRASE_ACTOR && p->person && !p->is_source && p->e == i + 1 && !part) return p;
        }
    }
    return NULL;
}

/* Armed men off duty are civilians to ACLED: "a police officer (assumed off-duty)",
 * "a former bodyguard", "a retired soldier", "who was off duty", "attacked an
 * officer at his house", "sitting in front of his house", "on his way to work". */
static bool off_duty(const sr_doc_ctx *c, const sr_sentence_view *v)
{
    static const char *const words[] = {"off-duty", "former", "retired", NULL};
    static const char *const doubt[] = {"if", "whether", NULL};
    for (int i = v->tb; i < v->te; i++) {
        if (word_in(c, i, words)) {
            /* (not a doubt: "not clear from the source if he was off-duty") */
            bool doubted = false;
            for (int k = i - 1; k >= v->tb && k >= i - 3 && !doubted; k--) doubted = word_in(c, k, doubt);
            if (!doubted) return true;
        }
        if (i + 1 < v->te && word_is(c, i, "off") && word_is(c, i + 1, "duty")) return true;
        if (i + 2 < v->te &&
            (word_is(c, i, "at") || word_is(c, i, "in") || (word_is(c, i, "of") && i > v->tb && word_is(c, i - 1, "front"))) &&
            (word_is(c, i + 1, "his") || word_is(c, i + 1, "her") || word_is(c, i + 1, "their")) &&
            (word_is(c, i + 2, "house") || word_is(c, i + 2, "home")))
            return true;
        /* "on his way to work" */
        if (i + 2 < v->te && word_is(c, i, "on") && (word_is(c, i + 1, "his") || word_is(c, i + 1, "her")) &&
            word_is(c, i + 2, "way"))
            return true;
    }
    return false;
}

/* Does the actor at token b belong with the one named before it: "gunmen
 * linked to al Shabaab", "militants affiliated with ISIS", "assailants,
 * later suspected to be al Shabaab", "raiders believed to be from …"? */
static bool same_side_as_before(const sr_doc_ctx *c, const sr_sentence_view *v, int b)
{
    static const char *const tie[] = {"linked", "affiliated", "allied", "loyal", "connected", "tied", "involved",
                                      "suspected", "believed", "thought", "assumed", "presumed", "allegedly", NULL};
    int i = b - 1;
    if (i >= v->tb && (word_is(c, i, "be") || word_is(c, i, "the"))) i--; /* "suspected to be (the)" */
    if (i >= v->tb && (word_is(c, i, "to") || word_is(c, i, "with") || word_is(c, i, "be"))) i--;
    return i >= v->tb && i < b - 1 && word_in(c, i, tie);
}

/* How many distinct armed actors the sentence names (sources aside).  A common
 * noun with "the" after an armed actor names that one again ("attacked by
 * Mungiki … demanded by the gang"), not a second side. */
static int armed_sides(const sr_doc_ctx *c, const sr_sentence_view *v)
{
    const char *names[2] = {NULL, NULL};
    int n = 0;
    for (int i = 0; i < v->n_phrases && n < 2; i++) {
        const sr_phrase *p = &v->phrases[i];
        if (p->kind != SR_PHRASE_ACTOR || p->is_source || !p->actor.armed || !p->actor.name) continue;
        if (n == 1 && !strcmp(names[0], p->actor.name)) continue;
        if (n == 1 && p->tmpl && p->b > v->tb && word_is(c, p->b - 1, "the")) continue;
        if (n == 1 && same_side_as_before(c, v, p->b)) continue; /* "gunmen linked to al Shabaab" */
        /* "presumed JNIM or ISGS militants": one side of uncertain name */
        if (n == 1 && p->b > v->tb && word_is(c, p->b - 1, "or")) continue;
        names[n++] = p->actor.name;
    }
    return n;
}

/* The subject of verb: the nearest actor phrase with no role before it, from token from on,
 * with no other verb or subordinate clause between; NULL when there is none. */
static const sr_phrase *subject_before(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *verb, int from)
{
    const sr_phrase *subject = NULL;
    for (int i = 0; i < v->n_phrases; i++) {
        const sr_phrase *p = &v->phrases[i];
        if (p->kind == SR_PHRASE_ACTOR && !p->is_source && p->role == SR_ROLE_NONE && p->e <= verb->b &&
            p->b >= from && !subordinate_between(c, v, p->e, verb->b))
            subject = p;
    }
    return subject;
}

/* The subject of the verb that the verb h is joined to by "and" ("destroyed machines and
 * allegedly assaulted a man"): the nearest actor phrase before that verb in its clause,
 * with no other verb or subordinate clause between; NULL when there is none. */
static const sr_phrase *joined_subject(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *h)
{
    static const char *const adverbs[] = {"allegedly", "reportedly", "then", "also", "later", NULL};
    int k = h->b - 1;
    while (k >= v->tb && word_in(c, k, adverbs)) k--;
    /* ("blocked roads, attacked vehicles and injured passengers": a series joins by commas too) */
    bool comma = k > v->tb && tok(c, k)->kind == SR_TOK_PUNCT && tok(c, k)->fold[0] == ',';
    if (k <= v->tb || !(word_is(c, k, "and") || comma)) return NULL;
    const sr_unit *prev = NULL; /* the verb before, in the same clause */
    for (int i = k - 1; i >= v->tb && !prev; i--) {
        const sr_token *t = tok(c, i);
        if (t->kind == SR_TOK_PUNCT && t->fold[0] != ',') return NULL;
        const sr_unit *tu = sr_unit_at(v, SR_LAYER_TRIGGER, i);
        if (tu && sr_lex_is(sr_unit_entry(tu, SR_LEX_TRIGGER), "pos", "verb") && !names_actor(c, v, tu)) prev = tu;
    }
    if (!prev || is_passive(c, v, prev)) return NULL;
    return subject_before(c, v, prev, v->tb);
}

/* The speaker who tells of their own deed: the verb h's subject is a pronoun that opens the
 * clause said ("Hungary has said it will support …", "Japan said on Tuesday it had halted
 * aid", "The Taliban said they killed two soldiers"), the pronoun after an attribution cue
 * (and "that", or a time), with no other verb between it and h.  The actor or country phrase
 * that speaks, up to two words before the cue; NULL when there is none. */
static const sr_phrase *speaker_as_doer(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *h, int from)
{
    static const char *const pronouns[] = {"it", "he", "she", "they", "we", NULL};
    int pro = -1;
    for (int i = h->b - 1; i >= from && i >= h->b - 6 && pro < 0; i--) {
        if (tok(c, i)->kind == SR_TOK_PUNCT || sr_unit_at(v, SR_LAYER_TRIGGER, i)) return NULL;
        if (word_in(c, i, pronouns)) pro = i;
    }
    if (pro < 0) return NULL;
    int k = pro - 1;
    if (k >= v->tb && word_is(c, k, "that")) k--;
    while (k >= v->tb && in_timex_tok(c, v, k)) k--;
    const sr_unit *cue = k >= v->tb ? sr_unit_at(v, SR_LAYER_CUE, k) : NULL;
    if (!cue || cue->e != k + 1 || !cue_is(cue, "attribution")) return NULL;
    int speaker = phrase_just_before(v, cue->b, true, false);
    return speaker < 0 ? NULL : &v->phrases[speaker];
}

/* The armed group that claims the deed at h: an armed actor right before a claim cue ahead
 * of it ("The Taliban claimed responsibility for the attack on a checkpoint", "Al Shabaab
 * claimed it killed nine people"); NULL when there is none.  Not a claim by anyone else
 * ("residents claimed that a man was shot": they tell, they did not shoot). */
static const sr_phrase *armed_claimer(const sr_sentence_view *v, const sr_unit *h)
{
    for (int k = 0; k < v->n_layer[SR_LAYER_CUE]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_CUE][k];
        if (u->b >= h->b) break;
        if (!cue_is(u, "claim")) continue;
        int claimer = phrase_just_before(v, u->b, false, true);
        if (claimer >= 0) return &v->phrases[claimer];
    }
    return NULL;
}

/* The subject of a verb trigger before the noun h in its clause (from token from) that heads
 * none of the ng groups g, having been outranked by h or dropped beside it ("marched …
 * in protest"; with ng 0 any verb, for a deed told as done "in protest" or "to protest" by
 * that verb's doer): the nearest actor phrase before that verb with no subordinate clause
 * between; NULL when there is none. */
static const sr_phrase *subject_of_verb_before(const sr_doc_ctx *c, const sr_sentence_view *v, int ng,
                                               const trig_group *g, const sr_unit *h, int from)
{
    const sr_unit *verb = NULL;
    for (int k = 0; k < v->n_layer[SR_LAYER_TRIGGER]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_TRIGGER][k];
        if (u->b < from || u->e > h->b) continue;
        bool heads = false;
        for (int i = 0; i < ng && !heads; i++) heads = g[i].head == k;
        if (!heads && sr_lex_is(sr_unit_entry(u, SR_LEX_TRIGGER), "pos", "verb") && !determiner_before(c, v, u->b) &&
            !names_actor(c, v, u) && !is_passive(c, v, u))
            verb = u;
    }
    if (!verb || subordinate_between(c, v, verb->e, h->b)) return NULL;
    return subject_before(c, v, verb, from);
}

/* Does an armed person's phrase stand with the victims p in their list ("killing three
 * civilians and five police", "two traders, a soldier", "1 policeman and 2 civilians")?
 * Only a count, an article, "and" or a comma may stand between. */
static bool armed_among(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_phrase *p)
{
    for (int i = 0; p && i < v->n_phrases; i++) {
        const sr_phrase *q = &v->phrases[i];
        if (q == p || q->kind != SR_PHRASE_ACTOR || q->is_source) continue;
        /* the gap between the two, in either order ("1 policeman and 2 civilians") */
        int gap_b = q->b >= p->e ? p->e : q->e, gap_e = q->b >= p->e ? q->b : p->b;
        if (gap_e < gap_b || gap_e - gap_b > 3) continue;
        bool listed = true, joined = false;
        for (int k = gap_b; k < gap_e && listed; k++) {
            bool art;
            const sr_token *t = tok(c, k);
            bool separator = word_is(c, k, "and") || (t->kind == SR_TOK_PUNCT && t->fold[0] == ',');
            joined |= separator;
            listed = separator || number_at(c, v, k, &art) >= 0;
        }
        if (listed && joined) return q->actor.armed && !q->facility && !q->actor.crowd;
    }
    return false;
}

/* Is the fight at trigger h one between unarmed people (plural: "traders", "hawkers") and the
 * state's forces: the two named in one phrase before it ("Police and hawkers clash", "street
 * hawkers and security officers engage in running battles"), or the people after "with" right
 * after it ("Police clash with market traders")?  Not when anyone armed but the state is named. */
static bool unarmed_against_state(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *h)
{
    bool civilians = false, state = false;
    for (int i = 0; i < v->n_phrases; i++) {
        const sr_phrase *p = &v->phrases[i];
        if (p->kind != SR_PHRASE_ACTOR || p->is_source || !p->actor.sector) continue;
        /* (an armed group named: "bandits", "Al Shabaab"; its agent words are asked below, as the
         * phrase "police and hawkers" is armed by its police) */
        if (p->actor.armed && !sr_sector_state(p->actor.sector) && !sr_lex_streq(p->actor.sector, "civilians"))
            return false;
        bool side = p->e <= h->b ? h->b - p->e <= 3
                                 : p->b > h->e && p->b - h->e <= 3 &&
                                       (word_is(c, p->b - 1, "with") || word_is(c, p->b - 2, "with"));
        for (int k = 0; side && k < v->n_layer[SR_LAYER_ENTITY]; k++) {
            const sr_unit *u = &v->layers[SR_LAYER_ENTITY][k];
            const sr_lex_entry *ag = u->b >= p->b && u->e <= p->e ? sr_unit_entry(u, SR_LEX_AGENT) : NULL;
            const char *asec = ag ? sr_lex_get(ag, "sector") : NULL;
            if (!asec) continue;
            if (sr_sector_state(asec)) state = true;
            else if (sr_lex_is(ag, "armed", NULL)) return false;
            else if (sr_lex_streq(asec, "civilians") && !sr_lex_is(ag, "generic", NULL) && plural_word(c, u->e - 1))
                civilians = true;
        }
    }
    return civilians && state;
}

/* Does a word of the NULL-terminated list words, or with punct a punctuation mark among
 * punct's characters, stand between tokens a and b? */
static bool word_between(const sr_doc_ctx *c, int a, int b, const char *const *words, const char *punct)
{
    for (int i = a; i < b; i++)
        if (word_in(c, i, words) || (punct && tok(c, i)->kind == SR_TOK_PUNCT && strchr(punct, tok(c, i)->fold[0])))
            return true;
    return false;
}

/* Does a word that opens a clause of its own ("before he could", "who were planning to")
 * or a comma, semicolon or colon stand between tokens a and b? */
static bool clause_opens_between(const sr_doc_ctx *c, int a, int b)
{
    static const char *const openers[] = {"before", "after", "who", "which", "that", "while", "when",
                                          "until", "unless", "if", NULL};
    return word_between(c, a, b, openers, ",;:");
}

/* Does a word that opens a clause of time or cause ("as", "while", "when", "because")
 * stand between tokens a and b? */
static bool clause_after(const sr_doc_ctx *c, int a, int b)
{
    static const char *const openers[] = {"as", "while", "when", "because", "whereas", NULL};
    return word_between(c, a, b, openers, NULL);
}

/* The riot type of a clash the sentence tells between a crowd and anyone but
 * an armed group: "violent_demonstration" when the crowd are protesters,
 * "mob_violence" for any other crowd (residents, youths, a mob); NULL when
 * no crowd is named or an armed group (rebels, militias) is.  With a trigger h
 * (NULL: the whole sentence), not a crowd in a clause of its own after h ("attacked
 * a police officer with a knife, as the officer was asking residents to stay indoors");
 * an armed group there still tells armed sides ("three residents were killed, as was one
 * of the attackers"). */
static const char *crowd_side(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *h)
{
    const char *riot = NULL;
    for (int i = 0; i < v->n_phrases; i++) {
        const sr_phrase *p = &v->phrases[i];
        if (p->kind != SR_PHRASE_ACTOR || p->is_source || !p->actor.sector) continue;
        const char *sec = p->actor.sector;
        if (p->actor.armed && (sr_lex_streq(sec, "rebel") || sr_lex_streq(sec, "militia"))) return NULL;
        if (h && p->b > h->e && clause_after(c, h->e, p->b)) continue; /* (an armed group there still counts) */
        /* each agent of the phrase: "rioters and police" is one phrase of two sides */
        for (int k = 0; k < v->n_layer[SR_LAYER_ENTITY]; k++) {
            const sr_unit *u = &v->layers[SR_LAYER_ENTITY][k];
            const sr_lex_entry *ag = u->b >= p->b && u->e <= p->e ? sr_unit_entry(u, SR_LEX_AGENT) : NULL;
            const char *asec = ag ? sr_lex_get(ag, "sector") : NULL;
            if (!asec) continue;
            if (sr_lex_streq(asec, "protesters")) riot = "violent_demonstration";
            /* (the head of a phrase of a crowd that bears arms is no crowd: "machete-wielding
             * youths"; but "prisoners and police" holds a crowd) */
            bool crowd = sr_lex_is(ag, "crowd", NULL) && !(u->e == p->e && !p->actor.crowd);
            if (!riot && (crowd || sr_lex_streq(asec, "rioters"))) riot = "mob_violence";
        }
        if (sr_lex_streq(sec, "protesters")) riot = "violent_demonstration";
        else if (!riot && (p->actor.crowd || sr_lex_streq(sec, "rioters"))) riot = "mob_violence";
    }
    return riot;
}

/* Does the sentence name a crowd or the people of a protest or riot ("residents",
 * "protesters", "a mob")? */
static bool crowd_named(const sr_sentence_view *v)
{
    for (int i = 0; i < v->n_phrases; i++) {
        const sr_phrase *p = &v->phrases[i];
        if (p->kind == SR_PHRASE_ACTOR && (p->actor.crowd || sr_sector_protest(p->actor.sector))) return true;
    }
    return false;
}

/* Has a unit of the layer an entry of class cls with the flag attribute? */
static bool layer_flagged(const sr_sentence_view *v, int layer, sr_lex_class cls, const char *flag)
{
    for (int k = 0; k < v->n_layer[layer]; k++)
        if (sr_lex_is(sr_unit_entry(&v->layers[layer][k], cls), flag, NULL)) return true;
    return false;
}

/* Does the sentence tell a protest by a word of protest, not only by a crowd's act
 * ("marched", "demonstrators", "riots"; not "threw stones"), nor by a gathering that
 * others may attack ("threw stones at the governor's rally")? */
static bool no_deed_here(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *u, const sr_lex_entry *e);

static bool protest_told(const sr_doc_ctx *c, const sr_sentence_view *v)
{
    for (int k = 0; k < v->n_layer[SR_LAYER_TRIGGER]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_TRIGGER][k];
        const sr_lex_entry *e = sr_unit_entry(u, SR_LEX_TRIGGER);
        const sr_type *t = e ? e->payload : NULL;
        if (t && sr_lex_streq(t->family, "protest") && !sr_lex_is(e, "crowd_act", NULL) &&
            !sr_lex_is(e, "gathering", NULL) && !no_deed_here(c, v, u, e) && /* (not "broke barricades") */
            !sr_lex_streq(t->key, "mob_violence") && !names_actor(c, v, u) && /* not "a mob" */
            !sr_lex_streq(t->key, "protest_intervention")) /* nor the police's "disperse" */
            return true;
    }
    for (int i = 0; i < v->n_phrases; i++)
        if (v->phrases[i].kind == SR_PHRASE_ACTOR && v->phrases[i].actor.sector &&
            sr_lex_streq(v->phrases[i].actor.sector, "protesters"))
            return true;
    return false;
}

/* Does a sentence of the paragraph name a crowd or tell a protest?  (Asked only of shots in the
 * air, so read from the paragraph's sentences when asked, not worked out for every paragraph.) */
static bool crowd_in_paragraph(const sr_doc_ctx *c, const para_info *pi)
{
    for (int k = 0; k < pi->n_views; k++)
        if (protest_told(c, &pi->views[k]) || crowd_named(&pi->views[k])) return true;
    return false;
}

/* Does the sentence say what its people demand or denounce (a cue with the
 * attribute purpose: "denouncing", "to demand", "in protest")? */
static bool protest_purpose(const sr_sentence_view *v)
{
    return layer_flagged(v, SR_LAYER_CUE, SR_LEX_CUE, "purpose");
}

/* Does token i begin an actor or an agent word ("Pokot" may be both a people and a place)? */
static bool names_group(const sr_sentence_view *v, int i)
{
    const sr_unit *u = sr_unit_at(v, SR_LAYER_ENTITY, i);
    return u && (sr_unit_entry(u, SR_LEX_ACTOR) || sr_unit_entry(u, SR_LEX_AGENT));
}

/* Is the crowd of phrase p named after a people the lexicon does not know ("Kalenjin
 * youths", "Pokot villagers")?  A capitalised word right before the phrase's first word
 * or opening it, that no layer claims and that is no common English word: ACLED codes
 * such a crowd's violence as a communal militia's, not a mob's. */
static bool people_named(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_phrase *p)
{
    if (!p || !c->engine->common) return false; /* (without the word list no name can be told from a word) */
    for (int i = p->b - 1; i <= p->b && i < p->e; i++) {
        if (i < v->tb) continue;
        const sr_token *t = tok(c, i);
        if (t->kind != SR_TOK_WORD || !(t->flags & SR_TOKF_CAP) || (t->flags & SR_TOKF_ALLCAPS)) continue;
        if (!claimed(v, i) && !common_word(c, t)) return true;
    }
    return false;
}

/* Does an agent word of phrase p (NULL: none) carry the lexicon attribute attr? */
static bool agent_has(const sr_sentence_view *v, const sr_phrase *p, const char *attr)
{
    for (int i = p ? p->b : 0; p && i < p->e; i++)
        if (sr_lex_is(sr_unit_entry(sr_unit_at(v, SR_LAYER_ENTITY, i), SR_LEX_AGENT), attr, NULL)) return true;
    return false;
}

/* Is a crowd's violence on the harmed one an attack rather than a mob's (ACLED's political
 * militias and its violence targeting candidates)?  When the crowd is partisan (attribute
 * `partisan`: "supporters") and hurts people, not another crowd, or when its victim is one
 * ACLED counts as targeted (attribute `targeted`: candidates, aspirants, politicians). */
static bool crowd_attack(const sr_sentence_view *v, const sr_phrase *doer, const sr_phrase *harmed,
                         const sr_actor *victim)
{
    return victim && (agent_has(v, doer, "partisan") || agent_has(v, harmed, "targeted"));
}

/* Is token k a country's demonym ("Kenyan and Somali youth" are nationals, not peoples)? */
static bool demonym_at(const sr_sentence_view *v, int k)
{
    return sr_unit_entry(sr_unit_at(v, SR_LAYER_ENTITY, k), SR_LEX_DEMONYM) != NULL;
}

/* Does the sentence name two peoples the lexicon does not know, as two names joined by
 * "and" that name no actor and no country's nationals (places may share a people's name),
 * before a word for groups ("between the Ogiek and Kipsigi groups", "Dinka and Nuer youth")
 * or after "between" ("battle between Luo and Kikuyu")?  (Not "PNU and ODM supporters":
 * acronyms are parties.) */
static bool two_peoples(const sr_doc_ctx *c, const sr_sentence_view *v)
{
    static const char *const groups[] = {"groups", "communities", "clans", "tribes", "tribesmen", "youth", "youths",
                                         "herders", "militias", "militiamen", "fighters", NULL};
    for (int a = v->tb + 1; a + 1 < v->te; a++) {
        if (!word_is(c, a, "and")) continue;
        const sr_token *l = tok(c, a - 1), *r = tok(c, a + 1);
        bool names = (l->flags & SR_TOKF_CAP) && (r->flags & SR_TOKF_CAP) && !(l->flags & SR_TOKF_ALLCAPS) &&
                     !(r->flags & SR_TOKF_ALLCAPS) && l->kind == SR_TOK_WORD && r->kind == SR_TOK_WORD &&
                     !names_group(v, a - 1) && !names_group(v, a + 1) && !demonym_at(v, a - 1) && !demonym_at(v, a + 1);
        if (!names) continue;
        int before = a - 2 >= v->tb && word_is(c, a - 2, "the") ? a - 3 : a - 2;
        if ((a + 2 < v->te && word_in(c, a + 2, groups)) || (before >= v->tb && word_is(c, before, "between")))
            return true;
    }
    return false;
}

/* Does the sentence name a weapon of the type key ("shelling": a mortar, a rocket)? */
static bool weapon_named(const sr_sentence_view *v, const char *key)
{
    for (int k = 0; k < v->n_layer[SR_LAYER_WEAPON]; k++)
        if (sr_lex_is(sr_unit_entry(&v->layers[SR_LAYER_WEAPON][k], SR_LEX_WEAPON), "type", key)) return true;
    return false;
}

/* Does the sentence name what crowds fight with (stones, rocks, petrol bombs: the weapons
 * lexicon's protest modifiers)? */
static bool fought_with_stones(const sr_sentence_view *v)
{
    return weapon_named(v, "violent_demonstration");
}

/* Does the sentence tell a fight of peoples ("clashes between the Luo and
 * Kuria communities"), which ACLED codes as communal militias' armed clash,
 * not fought with stones (then it is a riot)? */
static bool communal_fight(const sr_doc_ctx *c, const sr_sentence_view *v)
{
    if (!layer_flagged(v, SR_LAYER_ENTITY, SR_LEX_AGENT, "communal") && !two_peoples(c, v)) return false;
    return !fought_with_stones(v);
}

static bool only_weapons(const sr_sentence_view *v, int a, int b)
{
    if (a >= b) return false;
    for (int i = a; i < b; i++)
        if (!sr_unit_at(v, SR_LAYER_WEAPON, i)) return false;
    return true;
}

/* Are tokens [a, b) words that name no one and tell no deed ("sticks", "iron bars", "live
 * rounds"), at least one? */
static bool plain_words(const sr_doc_ctx *c, const sr_sentence_view *v, int a, int b)
{
    if (a >= b) return false;
    for (int i = a; i < b; i++)
        if (tok(c, i)->kind != SR_TOK_WORD || sr_unit_at(v, SR_LAYER_TRIGGER, i) ||
            sr_unit_entry(sr_unit_at(v, SR_LAYER_ENTITY, i), SR_LEX_AGENT) ||
            sr_unit_entry(sr_unit_at(v, SR_LAYER_ENTITY, i), SR_LEX_ACTOR))
            return false;
    return true;
}

static sr_actor *copy_actor(sr_arena *arena, const sr_actor *a)
{
    sr_actor *x = sr_arena_alloc(arena, sizeof *x);
    if (x) *x = *a;
    return x;
}

/* A side of a fight of peoples (*a; NULL: none) named as civilians (a crowd, a people's
 * youth) becomes the codebook's communal militia of its country.  False when the arena ran
 * out. */
static bool as_communal_militia(const sr_doc_ctx *c, sr_actor **a)
{
    if (!*a || !(*a)->sector || !sr_lex_streq((*a)->sector, "civilians")) return true;
    sr_actor m = **a;
    m.name = sr_actor_name(c->arena, c->engine->places, "Communal Militia ({country})", m.country[0] ? m.country : NULL);
    m.sector = "militia";
    m.armed = true;
    m.crowd = false;
    return m.name && (*a = copy_actor(c->arena, &m));
}

/* Does place phrase p open the sentence, perhaps after its date, as a heading of where the
 * sentence happens, set off by a comma ("On 5 May 2020, Barinas, Barinas state, residents
 * burned tires", "San Carlos, Cojedes state: prisoners protested")? */
static bool opening_place(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_phrase *p)
{
    if (p->e >= v->te || tok(c, p->e)->kind != SR_TOK_PUNCT || !strchr(",:", tok(c, p->e)->fold[0])) return false;
    static const char *const lead[] = {"on", "around", "about", "between", "and", "or", NULL};
    for (int k = v->tb; k < p->b; k++) {
        const sr_token *t = tok(c, k);
        if (!(t->kind == SR_TOK_PUNCT || in_timex_tok(c, v, k) || word_in(c, k, lead))) return false;
    }
    return true;
}

/* Does token b stand inside brackets, as the divisions ACLED-style notes give after a
 * place do ("Karakai (Bungudu LGA, Zamfara)", "Kapkwen (Bomet)"): an opening bracket
 * before it, within eight tokens, and no closing one between? */
static bool in_brackets(const sr_doc_ctx *c, const sr_sentence_view *v, int b)
{
    for (int k = b - 1; k >= v->tb && k >= b - 8; k--) {
        const sr_token *t = tok(c, k);
        if (t->kind != SR_TOK_PUNCT) continue;
        if (t->fold[0] == '(') return true;
        if (t->fold[0] == ')' || t->fold[0] == '.' || t->fold[0] == ';') return false;
    }
    return false;
}

static sr_loc *make_loc(sr_arena *arena, const sr_doc_ctx *c, const sr_phrase *p)
{
    if (!p->resolved) return NULL;
    sr_loc *l = sr_arena_alloc(arena, sizeof *l);
    if (!l) return NULL;
    *l = (sr_loc){.start = tok(c, p->name_b)->start,
                  .end = tok(c, p->name_e - 1)->base_end,
                  .place = p->resolved,
                  .precision = p->precision,
                  .score = p->score};
    return l;
}

/* The actor a bare country plays as a subject: its forces for violence, else its government. */
static bool state_actor(const sr_doc_ctx *c, const sr_phrase *p, const sr_type *type, const sr_lex_entry *trig,
                        sr_actor *out)
{
    *out = p->actor;
    if (p->actor.name) return true; /* "Damascus", "Ankara": the lexicon names them */
    bool violence = (type && sr_lex_streq(type->family, "violence")) || (trig && sr_lex_is(trig, "state", "military"));
    out->name = sr_actor_name(c->arena, c->engine->places,
                              violence ? "Military Forces of {country}" : "Government of {country}", p->actor.country);
    out->sector = violence ? "military" : "government";
    out->armed = violence;
    return out->name != NULL;
}

/* Is an event of type t an act between states and peoples that a country can be the other
 * side of: one with a PLOVER type and no ACLED type but an agreement ("will support Turkey",
 * "signed a treaty with Bulgaria")?  After a word of violence or protest a country is where
 * it happened, not whom it was done to. */
static bool between_states(const sr_type *t)
{
    return t && t->plover && (!t->acled || sr_lex_streq(t->family, "agreement"));
}

/* The other side of such an act, named as a country or by its demonym after its word h
 * (noun or verb) and before the next one, in its clause: a verb's object ("Portugal will
 * support Turkey", "gave the Ivory Coast aid", "rejected an Indian proposal"), or after
 * "to", "for", "with" or "against" ("apologized to Brazil", "an ultimatum to Ecuador", "a
 * suspension of air links with Serbia"); NULL when there is none.  Not the doer's own
 * phrase. */
static const sr_phrase *country_object(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_phrase *doer,
                                       const sr_unit *h, bool noun, int next_head_b)
{
    static const char *const towards[] = {"to", "for", "with", "against", NULL};
    for (int i = 0; i < v->n_phrases; i++) {
        const sr_phrase *p = &v->phrases[i];
        if (p == doer || !(p->country_only || p->adjective) || !p->actor.country[0] || p->is_source || p->b < h->e ||
            p->b >= next_head_b || clause_break(c, v, h->e, p->b))
            continue;
        bool toward = (p->prep_tok >= 0 && word_in(c, p->prep_tok, towards)) ||
                      (p->b - 1 >= h->e && word_in(c, p->b - 1, towards)); /* ("with" is no role's word) */
        if ((p->role == SR_ROLE_NONE && !noun) || toward) return p;
    }
    return NULL;
}

typedef struct sentence_out {
    sr_event *events;
    int n, cap;
} sentence_out;

/* Has the paragraph, in its events from first on, told wounded of its own?  Then the dead an
 * attacker claims in a later sentence are no count ACLED takes ("Four police officers have been
 * injured … Al Shabaab claims 7 dead"): it keeps the most conservative one. */
static bool own_harm_told(const sentence_out *o, int first)
{
    for (int j = first; j < o->n; j++)
        if (o->events[j].injured > 0) return true;
    return false;
}

/* The events of one sentence from first on that no place was found for happen where the
 * others do, when those name one place ("NDS forces attacked an IS centre, killing 5 and
 * arresting 8, in Kochkin village, Kabul": the place went to the nearest verb); not a
 * response, placed where the attack it answers came from. */
static void share_place(sentence_out *o, int first)
{
    sr_loc *place = NULL;
    for (int i = first; i < o->n; i++) {
        sr_loc *l = o->events[i].location;
        if (!l) continue;
        if (place && place->place != l->place) return; /* two places: each event keeps its own */
        place = l;
    }
    for (int i = first; place && i < o->n; i++)
        if (!o->events[i].location && !o->events[i].retaliation) o->events[i].location = place;
}

static bool push_event(sr_arena *arena, sentence_out *o, const sr_event *e)
{
    if (o->n == o->cap) {
        int nc = o->cap ? o->cap * 2 : 16;
        sr_event *ne = sr_arena_grow(arena, o->events, (size_t)o->n, (size_t)nc, sizeof *ne);
        if (!ne) return false;
        o->events = ne;
        o->cap = nc;
    }
    o->events[o->n++] = *e;
    return true;
}



/* Does the sentence have a trigger of this family (NULL: no) that is an
 * event, not an actor's name or a date? */
static bool family_told(const sr_doc_ctx *c, const sr_sentence_view *v, const char *family)
{
    for (int k = 0; family && k < v->n_layer[SR_LAYER_TRIGGER]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_TRIGGER][k];
        const sr_lex_entry *e = sr_unit_entry(u, SR_LEX_TRIGGER);
        const sr_type *t = e ? e->payload : NULL;
        /* (a word that is an event only alone tells no family beside another: "stormed a meeting
         * - electoral violence") */
        if (t && !strcmp(t->family, family) && !sr_lex_is(e, "alone", NULL) && !names_actor(c, v, u) &&
            !in_time_expression(c, v, u))
            return true;
    }
    return false;
}

/* Is the first actor within three tokens after the trigger an armed one
 * ("joined the Taliban", "defected to the rebels")? */
static bool armed_object(const sr_sentence_view *v, const sr_unit *trig)
{
    for (int i = 0; i < v->n_phrases; i++) {
        const sr_phrase *p = &v->phrases[i];
        if (p->b < trig->e || p->b - trig->e > 3) continue;
        if (p->kind == SR_PHRASE_ACTOR) return p->actor.armed;
    }
    return false;
}

/* Is actor phrase p the object of "engage" before the noun trigger h ("students engaged
 * police in running battles")? */
static bool engaged_in(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_phrase *p, const sr_unit *h)
{
    return p->b - 1 >= v->tb && !strncmp(tok(c, p->b - 1)->fold, "engag", 5) && p->e < h->b &&
           word_is(c, p->e, "in");
}

/* The head of the subject of the passive trigger trig: the token right before its
 * auxiliaries ("two IEDs | were found"); below v->tb when the sentence opens with them. */
static int passive_subject_head(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *trig)
{
    int k = trig->b - 1;
    while (k >= v->tb && is_aux(c, k)) k--;
    return k;
}

/* A passive's subject may end in a phrase of its own ("weapons belonging to the militants
 * were seized", "aid workers working for an INGO were seized"): the unit of the layer that
 * ends at token i + 1 for some i from head k - 2 back to eight words before it, in its clause
 * (no punctuation or trigger between), for which wanted(unit) holds; NULL when none does. */
static const sr_unit *subject_head_before(const sr_doc_ctx *c, const sr_sentence_view *v, int k, int layer,
                                          bool (*wanted)(const sr_unit *))
{
    for (int i = k - 1; i >= v->tb && i >= k - 8; i--) {
        if (tok(c, i)->kind == SR_TOK_PUNCT || sr_unit_at(v, SR_LAYER_TRIGGER, i)) break;
        const sr_unit *x = sr_unit_at(v, layer, i);
        if (x && x->e == i + 1 && x->e < k && wanted(x)) return x; /* (not "bullet wounds": its modifier) */
    }
    return NULL;
}

static bool any_unit(const sr_unit *u) { return u != NULL; }
static bool person_unit(const sr_unit *u) { return sr_lex_is(sr_unit_entry(u, SR_LEX_AGENT), "person", NULL); }

/* Is a weapon what the verb trig acts on: named within six words after it in its clause
 * ("recovered four improvised explosive devices"), or heading the subject of a passive
 * ("two IEDs were found")?  Then "recovered", "found" and "seized" tell weapons taken out of use. */
static bool weapon_object(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *trig)
{
    /* Turkish puts the object, or a passive's subject, right before the verb ("50 kilogram
     * patlayıcı ele geçirildi", "3 kalaşnikof ve mühimmat ele geçirildi") */
    if (tok(c, trig->b)->lang == SR_LANG_TR) {
        for (int k = trig->b - 1; k >= v->tb && k >= trig->b - 4; k--) {
            const sr_token *t = tok(c, k);
            if (t->kind == SR_TOK_PUNCT) return false;
            if (sr_unit_at(v, SR_LAYER_WEAPON, k)) return true;
        }
        return false;
    }
    if (is_passive(c, v, trig)) { /* not "bodies with bullet wounds" */
        int k = passive_subject_head(c, v, trig);
        return k >= v->tb &&
               (sr_unit_at(v, SR_LAYER_WEAPON, k) || subject_head_before(c, v, k, SR_LAYER_WEAPON, any_unit));
    }
    for (int k = trig->e; k < v->te && k < trig->e + 6; k++) {
        const sr_token *t = tok(c, k);
        if (t->kind == SR_TOK_PUNCT && strchr(",;:", t->fold[0])) return false;
        if (sr_unit_at(v, SR_LAYER_WEAPON, k)) return true;
    }
    return false;
}

/* Is the object of trigger u, within three words after it, a noun of violence the codebook
 * counts, known already and ended there ("claimed the attack on the checkpoint", "claimed
 * Monday's bombing.") rather than the subject of what was said ("a source claims the attack
 * took place in May") or news brought by the claim ("militants claimed an attack in
 * Cajembe": the attack is the report)?  A word after the noun that begins a verb phrase
 * makes it a subject: anything but the sentence's end, a punctuation mark or a word that
 * goes on with a noun's own phrase. */
static bool deed_object(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *u)
{
    static const char *const noun_goes_on[] = {"on", "in", "at", "against", "near", "that", "which", "who",
                                               "last", "this", "earlier", "targeting", "along", "outside", NULL};
    static const char *const news[] = {"a", "an", "another", "two", "three", "several", NULL};
    for (int k = u->e; k < v->te && k < u->e + 3; k++) {
        if (tok(c, k)->kind == SR_TOK_PUNCT || word_in(c, k, news)) return false;
        const sr_unit *d = sr_unit_at(v, SR_LAYER_TRIGGER, k);
        const sr_lex_entry *e = d ? sr_unit_entry(d, SR_LEX_TRIGGER) : NULL;
        const sr_type *t = e ? e->payload : NULL;
        if (!t || d->b != k || !t->acled || !sr_lex_is(e, "pos", "noun")) continue;
        return d->e >= v->te || tok(c, d->e)->kind == SR_TOK_PUNCT || word_in(c, d->e, noun_goes_on);
    }
    return false;
}

/* Is token k a word of people or of things one takes ("a thief", "two soldiers", "the
 * vehicle", "weapons"), which no territory is? */
static bool taken_not_territory(const sr_doc_ctx *c, const sr_sentence_view *v, int k)
{
    static const char *const things[] = {"vehicle", "vehicles", "car", "cars", "truck", "trucks", "others", NULL};
    const sr_unit *u = sr_unit_at(v, SR_LAYER_ENTITY, k);
    return sr_lex_is(sr_unit_entry(u, SR_LEX_AGENT), "person", NULL) || sr_unit_at(v, SR_LAYER_WEAPON, k) ||
           word_in(c, k, things);
}

/* Is the object of trigger u (read as weapon_object reads it) anything but people or things
 * taken: a place ("captured al-Bab", "the town", "a police post was captured"), not "captured
 * a thief", "vehicles were captured"? */
static bool territory_object(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *trig)
{
    if (is_passive(c, v, trig)) {
        int k = passive_subject_head(c, v, trig);
        return k < v->tb || !taken_not_territory(c, v, k);
    }
    for (int k = trig->e; k < v->te && k < trig->e + 4; k++) {
        const sr_token *t = tok(c, k);
        if (t->kind == SR_TOK_PUNCT || sr_unit_at(v, SR_LAYER_PREP, k)) break;
        if (taken_not_territory(c, v, k)) return false;
    }
    return true;
}

/* A weak trigger yields to a strong one of its family, and a weak word of one
 * family to a strong one of a family it is a detail of: "the body was found
 * inside a mattress that was burned" tells a killing, "detained in a dawn
 * raid" an arrest. */
static bool weak_detail_of(const char *weak_family, const char *strong_family)
{
    static const char *const detail[][2] = {{"looting", "violence"}, {"violence", "arrests"}};
    for (size_t i = 0; i < sizeof detail / sizeof *detail; i++)
        if (!strcmp(weak_family, detail[i][0]) && !strcmp(strong_family, detail[i][1])) return true;
    return false;
}

/* Is the weak word of killing or damage u the toll of a disaster told before it, with no doer
 * between ("collided with a motorcycle in a road accident, killing two people",
 * "floods killed 12"; not "in the floods, gunmen killed two"), or right after it as its
 * cause ("were killed when lightning hit their hut", "died in a landslide", "killed by
 * lightning")? */
static bool disaster_toll(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *u)
{
    static const char *const cause[] = {"when", "after", "in", "by", "as", NULL};
    for (int k = 0; k < v->n_layer[SR_LAYER_TRIGGER]; k++) {
        const sr_unit *d = &v->layers[SR_LAYER_TRIGGER][k];
        if (!disaster_trigger(d)) continue;
        if (d->e <= u->b && !names_people(v, d->e, u->b)) return true;
        if (d->b >= u->e && d->b - u->e <= 4) {
            bool because = false;
            for (int i = u->e; i < d->b && !because; i++) because = word_in(c, i, cause);
            if (because && !names_people(v, u->e, d->b)) return true;
        }
    }
    return false;
}

/* "Asia-Pacific Economic Cooperation", "the Ceasefire Violations Committee": a word
 * capitalised after another word of an English sentence is part of a name, not an event,
 * when a capitalised word stands beside it (the sentence's first word aside).  Alone it is a
 * proper noun that names the thing itself ("The Ebola outbreak has spread"). */
static bool in_english_name(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *u)
{
    const sr_token *t = tok(c, u->b);
    if (t->lang != SR_LANG_EN || !(t->flags & SR_TOKF_CAP) || u->b == v->tb || tok(c, u->b - 1)->kind != SR_TOK_WORD)
        return false;
    const sr_token *before = tok(c, u->b - 1), *after = u->e < v->te ? tok(c, u->e) : NULL;
    return (u->b - 1 > v->tb && (before->flags & SR_TOKF_CAP)) ||
           (after && after->kind == SR_TOK_WORD && (after->flags & SR_TOKF_CAP));
}

/* is_topic of trigger k of v, or the killing of a topic told in a relative clause
 * (topic_toll: "in connection with an attack which killed four"), asked once:
 * group_triggers wants it of a trigger in up to three passes.  memo[k] (for k <
 * TOPIC_MEMO; later triggers are asked afresh) is 0 until asked, then 1 for no and
 * 2 for yes. */
#define TOPIC_MEMO 32
static bool topic_memo(const sr_doc_ctx *c, const sr_sentence_view *v, int k, unsigned char *memo)
{
    const sr_unit *u = &v->layers[SR_LAYER_TRIGGER][k];
    if (k >= TOPIC_MEMO) return is_topic(c, v, u) || topic_toll(c, v, u->b);
    if (!memo[k]) memo[k] = is_topic(c, v, u) || topic_toll(c, v, u->b) ? 2 : 1;
    return memo[k] == 2;
}

/* Is the verb trigger u only the first words of a longer weapon's name ("land" in "hit a
 * land mine")? */
static bool inside_weapon_name(const sr_sentence_view *v, const sr_unit *u, const sr_lex_entry *e)
{
    const sr_unit *w = sr_unit_at(v, SR_LAYER_WEAPON, u->b);
    return w && sr_lex_is(e, "pos", "verb") && w->b == u->b && w->e > u->e;
}

/* Is the verb u followed by "in" and no word of an event right after, and said of no armed
 * men ("workers engaged in mining and construction", not "engaged in running battles")?
 * Then it says what people do for a living, not a fight. */
static bool engaged_in_other(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *u)
{
    if (u->e + 1 >= v->te || !word_is(c, u->e, "in")) return false;
    for (int k = u->e + 1; k < v->te && k <= u->e + 3; k++)
        if (sr_unit_at(v, SR_LAYER_TRIGGER, k)) return false;
    /* (armed men's business is fighting: "Serb forces were engaged in ethnic cleansing") */
    for (int i = 0; i < v->n_phrases; i++) {
        const sr_phrase *p = &v->phrases[i];
        if (p->kind == SR_PHRASE_ACTOR && p->actor.armed && p->e <= u->b && u->b - p->e <= 3) return false;
    }
    return true;
}

/* Is the verb u said of people who lose their jobs: a passive with no target after it ("they
 * were allegedly fired in an irregular manner", not "they were fired upon", "shots were
 * fired"), or an active one with them as its object ("to fire those implicated")? */
static bool dismissed(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *u)
{
    if (u->e < v->te && (word_is(c, u->e, "at") || word_is(c, u->e, "upon") || word_is(c, u->e, "on"))) return false;
    /* … or, active, with its people as the object ("to fire those implicated in graft", "fired
     * the minister"; not "fired at the crowd", "fired shots") */
    static const char *const objects[] = {"those", "him", "her", "them", "officials", "staff", "workers", NULL};
    /* ("fired her after the strike": "her" the object, not the determiner of "her gun") */
    static const char *const after_object[] = {"after", "for", "because", "from", "over", "in", "on", "and",
                                               "when", "while", "last", "yesterday", NULL};
    if (u->e < v->te && word_is(c, u->e, "her") &&
        (u->e + 1 >= v->te || tok(c, u->e + 1)->kind == SR_TOK_PUNCT || word_in(c, u->e + 1, after_object)))
        return true;
    int o = u->e;
    if (o < v->te && (word_is(c, o, "the") || word_is(c, o, "all") || word_is(c, o, "his") || word_is(c, o, "her")))
        o++;
    const sr_unit *noun = o < v->te ? sr_unit_at(v, SR_LAYER_ENTITY, o) : NULL;
    if (!noun && o + 1 < v->te) noun = sr_unit_at(v, SR_LAYER_ENTITY, o + 1); /* "the interior minister" */
    const sr_lex_entry *who = sr_unit_entry(noun, SR_LEX_AGENT);
    if (o < v->te && (word_in(c, o, objects) || (who && sr_lex_streq(sr_lex_get(who, "sector"), "government") &&
                                                 !sr_lex_is(who, "armed", NULL))))
        return true;
    int k = u->b - 1;
    while (k >= v->tb && adverb(c, k)) k--; /* "were allegedly fired" */
    if (k < v->tb || !word_in(c, k, be_words)) return false;
    k--;
    if (k < v->tb) return false;
    static const char *const pronouns[] = {"he", "she", "they", "we", "i", NULL};
    return word_in(c, k, pronouns) ||
           sr_lex_is(sr_unit_entry(sr_unit_at(v, SR_LAYER_ENTITY, k), SR_LEX_AGENT), "person", NULL);
}

/* Does trigger u (entry e) tell no deed of its own here: a verb of taking weapons with no
 * weapon as its object ("recovered the bodies"), a word that supports the deed ("backed by
 * airstrikes"), a verb that is part of a weapon's name ("a land mine"), a sentence whose
 * crime is the news ("jailed for embezzling") or a participle naming a person by what befell
 * them ("the jailed leader")?  Then it is neither an event nor a
 * stronger word beside one. */
static bool no_deed_here(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *u, const sr_lex_entry *e)
{
    return sr_participle_before_noun(v, c->text->tokens, u->b) ||
           (sr_lex_is(e, "object", "weapon") && !weapon_object(c, v, u)) ||
           (sr_lex_is(e, "object", "territory") && !territory_object(c, v, u)) ||
           (sr_lex_is(e, "object", "deed") && !deed_object(c, v, u)) ||
           (sr_lex_is(e, "for_crime", NULL) && crime_charged(c, v, u)) ||
           (sr_lex_is(e, "in_deed", NULL) && engaged_in_other(c, v, u)) ||
           (sr_lex_is(e, "or_dismissal", NULL) && dismissed(c, v, u)) ||
           (tok(c, u->b)->lang == SR_LANG_EN && in_support(c, v, u->b)) || inside_weapon_name(v, u, e) ||
           (sr_lex_is(e, "thing", NULL) && barrier_undone(c, v, u->b));
}

/* Does the phrase that begins at token b stand after "of" or "by" (up to three words before
 * it: "a car of a Reni town councillor", "used to stash weapons by drug traffickers"), so that
 * it heads no object or subject of its own? */
static bool of_someone(const sr_doc_ctx *c, const sr_sentence_view *v, int b)
{
    static const char *const owner[] = {"of", "by", NULL};
    for (int i = b - 1; i >= v->tb && i >= b - 4; i--) {
        if (word_in(c, i, owner)) return true;
        if (tok(c, i)->kind != SR_TOK_WORD) return false;
    }
    return false;
}

/* Is the verb u told of people: a person heading its object, inside the trigger or within
 * four words after it ("gunmen seized two doctors", "residents set a suspected thief on
 * fire"), or heading a passive's subject ("three aid workers were seized from their
 * residence by gunmen")?  *passive (when passive is not NULL) receives whether u is a passive. */
static bool people_object(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *u, bool *passive)
{
    bool ignored;
    if (!passive) passive = &ignored;
    *passive = is_passive(c, v, u);
    int k = *passive ? passive_subject_head(c, v, u) : u->b + 1;
    const sr_lex_entry *agent = NULL; /* (the object's head: "two Cuban doctors") */
    /* (heading it: what follows the person is no word of the phrase, "set a suspected thief on
     * fire", not "set a police car on fire") */
    static const char *const after_head[] = {"on", "ablaze", "in", "at", "near", "and", "by", "with", "who",
                                             "after", "for", "to", "from", "during", "suspected", "accused", NULL};
    for (int i = k; !agent && i < v->te && i <= (*passive ? k : u->e + 3) && i >= v->tb; i++) {
        if (tok(c, i)->kind == SR_TOK_PUNCT) break;
        const sr_unit *x = sr_unit_at(v, SR_LAYER_ENTITY, i);
        bool heads = *passive ? x && x->e == k + 1
                              : x && (x->e >= v->te || (tok(c, x->e)->kind != SR_TOK_WORD && tok(c, x->e)->fold[0] != '\'') ||
                                      word_in(c, x->e, after_head));
        if (heads && !of_someone(c, v, x->b)) agent = sr_unit_entry(x, SR_LEX_AGENT);
    }
    /* ("three aid workers working for an INGO were seized": the people before the phrase) */
    const sr_unit *before = *passive && !sr_lex_is(agent, "person", NULL)
                                ? subject_head_before(c, v, k, SR_LAYER_ENTITY, person_unit)
                                : NULL;
    if (before) agent = sr_unit_entry(before, SR_LEX_AGENT);
    return sr_lex_is(agent, "person", NULL);
}

/* Is the verb of weapons seized u (entry e) told of people instead (people_object)?  Then
 * it is their abduction, or their arrest when the state's forces took them: that type; NULL
 * when it is not told of people. */
static const sr_type *people_seized(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_unit *u,
                                    const sr_lex_entry *e)
{
    /* (only "seize": people "found" or "recovered" are bodies or the rescued) */
    if (!sr_lex_is(e, "seizure", NULL) || !sr_lex_is(e, "object", "weapon") || tok(c, u->b)->lang != SR_LANG_EN ||
        strncmp(tok(c, u->b)->fold, "seiz", 4) || weapon_object(c, v, u))
        return NULL;
    bool passive;
    if (!people_object(c, v, u, &passive)) return NULL;
    /* who took them: "by" after a passive, else the verb's subject */
    const sr_phrase *doer = passive ? NULL : subject_before(c, v, u, v->tb);
    for (int i = 0; passive && i < v->n_phrases && !doer; i++) {
        const sr_phrase *p = &v->phrases[i];
        if (p->kind == SR_PHRASE_ACTOR && p->role == SR_ROLE_AGENT && p->b >= u->e) doer = p;
    }
    bool state = doer && sr_sector_state(doer->actor.sector);
    return sr_taxonomy_get(c->engine->tax, state ? "arrests" : "abduction");
}

/* Is the trigger at token b named as the time of another deed ("opened fire after the
 * explosion", "before the attack")? */
static bool told_as_time(const sr_doc_ctx *c, const sr_sentence_view *v, int b)
{
    static const char *const when[] = {"after", "before", "following", "since", NULL};
    int i = b - 1;
    if (i > v->tb && (word_is(c, i, "the") || word_is(c, i, "a") || word_is(c, i, "an"))) i--;
    return i >= v->tb && word_in(c, i, when);
}

/* Does t name only that violence happened ("attacked", "clashed", "killed"), not how? */
static bool generic_violence(const sr_type *t)
{
    return sr_lex_streq(t->key, "attack") || sr_lex_streq(t->key, "armed_clash");
}

static bool relative_deed(const sr_doc_ctx *c, const sr_sentence_view *v, int t);
static bool named_as_setting(const sr_doc_ctx *c, const sr_sentence_view *v, int t);

/* Does sentence v name the state's forces (an actor phrase of the military or police)? */
static bool state_named(const sr_sentence_view *v)
{
    for (int i = 0; i < v->n_phrases; i++)
        if (v->phrases[i].kind == SR_PHRASE_ACTOR && sr_sector_state(v->phrases[i].actor.sector)) return true;
    return false;
}

static int group_triggers(const sr_doc_ctx *c, const sr_sentence_view *v, bool unharmed, trig_group *g)
{
    bool weapon = sentence_has_weapon(v, true);
    unsigned char topic[TOPIC_MEMO] = {0};
    /* families with a strong trigger in the sentence: a weak trigger of the same
     * family ("killed" beside "airstrike") is a detail of it, not an event */
    const char *strong_family[MAX_GROUPS];
    int n_strong = 0;
    bool acled_told = false; /* a strong trigger of a type ACLED codes */
    bool only_seized = true; /* the strong words of disrupted weapons, if any, tell weapons taken */
    int n_told = 0;          /* triggers that may tell an event, weak ones too */
    int n_told_else = 0;     /* … of them, those of a family other than violence */
    /* theft or destruction beside violence is what the attackers also did ("killed one person
     * and stole 150 cows", "attacked the village and torched houses"); a killing told, however
     * weakly, makes a word of theft or burning so too ("kill civilians and steal cattle", "a
     * house was set on fire, killing its four occupants"); not
     * violence told as the cause of the act ("residents burn homes following a priest's
     * murder", "torched houses after a rider was killed") */
    bool violence_told = false, killing_told = false;
    /* … but in a paragraph that tells no one was hurt, an attack told only as attacking or
     * shooting, beside destruction, is the destruction's means ("attacked and burned a school",
     * "shot and destroyed private vehicles … Neither fatalities nor injuries reported"; not
     * when the state's forces are named: "attacked a military convoy, destroying a tank" is
     * a fight) */
    bool destruction_told = false, harm_told = false;
    for (int k = 0; k < v->n_layer[SR_LAYER_TRIGGER]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_TRIGGER][k];
        const sr_lex_entry *e = sr_unit_entry(u, SR_LEX_TRIGGER);
        if (names_actor(c, v, u) || in_time_expression(c, v, u) || topic_memo(c, v, k, topic))
            continue; /* a topic is no event, so not a stronger one either ("suspected of kidnapping … was beaten") */
        if (no_deed_here(c, v, u, e)) continue; /* "backed by airstrikes, killed 18" */
        const sr_type *t = e ? e->payload : NULL;
        if (!t) continue;
        /* (a word that is no event without an armed object is no stronger word either:
         * "encountered and killed four suspects") */
        if (sr_lex_is(e, "object", "armed") && !armed_object(v, u)) continue;
        bool strong = !sr_lex_is(e, "weak", NULL) && (!sr_lex_is(e, "needs_weapon", NULL) || weapon);
        bool violence = sr_lex_streq(t->family, "violence"), killing = sr_lex_is(e, "casualty", "killed");
        destruction_told |= sr_lex_streq(t->family, "looting");
        harm_told |= violence && !sr_lex_is(e, "generic", NULL) && !sr_lex_is(e, "firearm", NULL);
        n_told++;
        n_told_else += !violence;
        if (strong && n_strong < MAX_GROUPS) {
            strong_family[n_strong++] = t->family;
            acled_told |= t->acled != NULL;
            only_seized &= !sr_lex_streq(t->family, "disrupted_weapons") || sr_lex_is(e, "seizure", NULL);
        }
        /* (act_cause, the costliest, asked only when the answer adds something) */
        if (violence && ((strong && !violence_told) || (killing && !killing_told)) && !act_cause(c, v, u->b)) {
            violence_told |= strong;
            /* (not a killing told of someone in a relative clause: "set ablaze a driver that killed
             * a rider", "torched the houses of a man who killed his wife") */
            killing_told |= killing && !relative_deed(c, v, u->b) && !(u->b > v->tb && word_is(c, u->b - 1, "that"));
        }
    }
    bool property_only = unharmed && destruction_told && !harm_told && !killing_told && !state_named(v);
    if (property_only) { /* (violence is then no stronger word beside the destruction) */
        violence_told = false;
        int kept = 0;
        for (int i = 0; i < n_strong; i++)
            if (!sr_lex_streq(strong_family[i], "violence")) strong_family[kept++] = strong_family[i];
        n_strong = kept;
    }
    /* a coder's label opening the sentence ("Movement of forces: …", "Defusal: …") names its
     * event; the sentence's other words of events tell that event's details */
    const sr_unit *label = NULL;
    if (v->n_layer[SR_LAYER_TRIGGER] > 0) {
        const sr_unit *u = &v->layers[SR_LAYER_TRIGGER][0];
        const sr_lex_entry *le = sr_unit_entry(u, SR_LEX_TRIGGER);
        /* (a label that would be no event itself, "Strike: workers went on strike", names none) */
        if (u->b == v->tb && u->e < v->te && tok(c, u->e)->kind == SR_TOK_PUNCT && tok(c, u->e)->fold[0] == ':' &&
            !(sr_lex_is(le, "needs_weapon", NULL) && !weapon) && !family_told(c, v, sr_lex_get(le, "not_with")))
            label = u;
    }
    int ng = 0;
    for (int k = 0; k < v->n_layer[SR_LAYER_TRIGGER]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_TRIGGER][k];
        const sr_lex_entry *e = sr_unit_entry(u, SR_LEX_TRIGGER);
        if (!e || names_actor(c, v, u) || in_time_expression(c, v, u)) continue;
        if (label ? u != label : sr_lex_is(e, "label", NULL)) continue; /* a label word is an event only as one */
        if (sr_lex_is(e, "needs_weapon", NULL) && !weapon) continue;
        if (topic_memo(c, v, k, topic)) continue; /* "saldırıları kınamak için", "condemned the attack" */
        const sr_type *seized_type = people_seized(c, v, u, e); /* "gunmen seized two doctors" */
        if (!seized_type && no_deed_here(c, v, u, e)) continue; /* "backed by airstrikes", "recovered the bodies" */
        /* violence named by its kind is the event only when no word tells a deed ("houses burned
         * as a result of ethnic violence") */
        if (sr_lex_is(e, "alone", NULL) && n_told > 1) continue;
        /* a raid or an attack named only as the setting of what else the sentence tells
         * ("burnt motorcycles and looted a shop during a raid") is that deed's occasion */
        if (sr_lex_is(e, "generic", NULL) && n_told_else > 0 && named_as_setting(c, v, u->b)) continue;
        if (family_told(c, v, sr_lex_get(e, "not_with"))) continue; /* "striking nurses protest" */
        if (property_only && e->payload && sr_lex_streq(((const sr_type *)e->payload)->family, "violence")) continue;
        if (sr_lex_is(e, "object", "armed") && !armed_object(v, u)) continue; /* "joined the talks" */
        /* flags asked more than once below, read once */
        bool weak = sr_lex_is(e, "weak", NULL), refine = sr_lex_is(e, "refine", NULL),
             verb = sr_lex_is(e, "pos", "verb");
        /* a weak verb's participle after an article is an adjective: "the occupied West Bank",
         * "a burnt transformer" (not "a march": the noun is the event) */
        if (weak && verb && u->b > v->tb && u->e - u->b == 1 &&
            (word_is(c, u->b - 1, "the") || word_is(c, u->b - 1, "a") || word_is(c, u->b - 1, "an"))) {
            static const char *const irregular[] = {"burnt", "stolen", "broken", "torn", "shot", "beaten",
                                                    "blown", "thrown", "struck", "slain", NULL};
            if (ends_in(c, u->b, "ed", 3) || word_in(c, u->b, irregular)) continue;
        }
        const sr_type *t = seized_type ? seized_type : e->payload; /* the taxonomy row, cached at load */
        /* a burning told of people is violence on them, its kind told by who did it ("four
         * robbery suspects were set on fire by a vigilante group") */
        if (!seized_type && sr_lex_is(e, "on_people", NULL) && people_object(c, v, u, NULL)) {
            t = sr_taxonomy_get(c->engine->tax, "attack");
            refine = true;
        }
        if (!t) continue;
        if (!t->acled && in_english_name(c, v, u)) continue; /* (ACLED's triggers as they were) */
        /* "an operation backed by airstrikes": the support of the deed told, no event */
        if (sr_lex_streq(t->key, "support") && u->e < v->te && word_is(c, u->e, "by")) continue;
        /* "accused of embezzling public funds": the crime is the event, not a claim of who did it */
        if (sr_lex_streq(t->key, "accuse") && crime_follows(v, u)) continue;
        bool outranked = false, weapons_found = false;
        for (int i = 0; i < n_strong; i++) {
            /* (a word of killing or wounding is no detail of arrests: "kill six fighters … and
             * make several arrests"; nor one of harm, "beat up residents, arresting 10": only a
             * word that says violence happened is, "detained in a dawn raid") */
            bool toll = (sr_lex_get(e, "casualty") || !sr_lex_is(e, "generic", NULL)) &&
                        sr_lex_streq(strong_family[i], "arrests");
            outranked |= !strcmp(strong_family[i], t->family) || (weak_detail_of(t->family, strong_family[i]) && !toll);
            weapons_found |= sr_lex_streq(strong_family[i], "disrupted_weapons");
        }
        /* a refinable word of violence is a detail of weapons found or defused: "police
         * recovered 153 crude bombs", "the IED was safely defused", "a bomb detonated
         * prematurely, killing 3" (but weapons only seized beside a killing are its detail,
         * "attacked a hideout, killing 10 fighters and seizing weapons") */
        /* (a label names the event whatever else the sentence tells: "Property destruction: youths
         * attacked a vehicle", "Recruitment: MRC recruiting youths") */
        bool named = u == label;
        if (!named && weapons_found && !(killing_told && only_seized) && refine && sr_lex_streq(t->family, "violence"))
            continue;
        if (!named && killing_told && sr_lex_is(e, "seizure", NULL)) continue; /* … nor an event of its own */
        /* (… and so is the damage a fire or a flood did: "a blaze swept through the market,
         * destroying a hundred stalls", "floods destroyed 200 homes") */
        if (weak && ((sr_lex_get(e, "casualty") && sr_lex_streq(t->family, "violence")) || sr_lex_streq(t->family, "looting")) &&
            disaster_toll(c, v, u))
            continue;
        /* a weak word of a disaster or a crime beside an event ACLED codes is its background:
         * "gunmen attacked flood victims", "police enforcing the coronavirus lockdown beat" */
        if (weak && acled_told && background_type(t)) continue;
        /* … and a crime beside a killing, however weakly told, is its occasion ("intercepted a
         * robbery, killing 5 suspects"); a disaster kills by itself ("lightning struck, killing 4") */
        /* … as it is beside any other event strongly told ("opened investigations into officials
         * suspected of taking kickbacks", "arrested for smuggling"), but for the accusation of it
         * ("was accused of embezzling funds": the crime is the news) */
        if (weak && sr_lex_streq(t->key, "org_crime")) {
            bool other_told = killing_told;
            for (int i = 0; i < n_strong && !other_told; i++) other_told = !sr_lex_streq(strong_family[i], "accuse");
            if (other_told) continue;
        }
        /* (a crowd's burning that kills is its riot: "the crowd torched the police station and a
         * prisoner was killed by the flames") */
        if (!named && (violence_told || (killing_told && (weak || !crowd_side(c, v, NULL)))) &&
            sr_lex_streq(t->family, "looting"))
            continue;
        /* a rally where violence broke out is where it happened, not a protest of its own:
         * "ODM factions clash during a rally" */
        if (weak && violence_told && sr_lex_is(e, "gathering", NULL)) continue;
        bool retal = sr_lex_is(e, "retaliation", NULL) || answers_cue(c, v, u);
        int gi = -1;
        for (int i = 0; i < ng; i++)
            if (!strcmp(g[i].family_type->family, t->family) && g[i].retaliation == retal) gi = i;
        bool turkish_verb = tok(c, u->b)->lang == SR_LANG_TR && verb;
        /* "PKK'nın tuzakladığı EYP … imha edildi": a weak Turkish participle only describes
         * a noun when the sentence has a strong trigger of its own */
        if (weak && n_strong > 0 && tok(c, u->b)->lang == SR_LANG_TR &&
            embedded_trigger(c, u) && !outranked)
            continue;
        /* "ready to impose martial law" (an ACLED event stays: "demanding the release of …" at a protest) */
        if (weak && !t->acled && frames_a_trigger(c, v, u)) continue;
        if (weak && outranked && !named) {
            /* … but a weak word of a protest may still tell what became of it: "protest … police
             * intervened" (a mob's riot put down stays a riot) */
            const sr_type *told = gi >= 0 ? (g[gi].specific ? g[gi].specific : g[gi].family_type) : NULL;
            if (told && sr_lex_streq(t->family, "protest") && t->rank > g[gi].best_rank &&
                !sr_lex_streq(told->key, "mob_violence") && !cue_before(c, v, u->b, "negation")) {
                g[gi].best_rank = t->rank;
                g[gi].specific = t;
            }
            /* a Turkish verb still heads the group a noun opened ("eylemde polis … müdahale etti") */
            if (turkish_verb && gi >= 0 && !embedded_trigger(c, u) &&
                embedded_trigger(c, &v->layers[SR_LAYER_TRIGGER][g[gi].head]) &&
                !semicolon_between(c, v->layers[SR_LAYER_TRIGGER][g[gi].head].e, u->b))
                g[gi].head = k;
            continue;
        }
        bool negated = cue_before(c, v, u->b, "negation") || negated_after(c, v, u) ||
                       negated_subject(c, v, u);
        if (negated) { /* "would not meet the demands": a rejection said, not a concession negated */
            bool neg_frame;
            const sr_unit *fc;
            negated = !(framed_type(c, v, u, t, &neg_frame, &fc) && neg_frame);
        }
        bool hypo = cue_before(c, v, u->b, "hypothetical");
        /* a deed supposed and one told, in clauses of their own, are two events, not one ("shot
         * and killed a suicide bomber before he could detonate his vest": the killing happened,
         * the blast did not; but "will provide food aid" is one deed) */
        bool supposed = hypo && !negated;
        if (gi >= 0 && g[gi].any_hypothetical != supposed &&
            clause_opens_between(c, v->layers[SR_LAYER_TRIGGER][g[gi].head].e, u->b)) {
            gi = -1;
            for (int i = 0; i < ng; i++)
                if (!strcmp(g[i].family_type->family, t->family) && g[i].retaliation == retal &&
                    g[i].any_hypothetical == supposed)
                    gi = i;
        }
        if (gi < 0) {
            if (ng == MAX_GROUPS) continue;
            gi = ng++;
            g[gi] = (trig_group){t, retal, k, -1, NULL, true, false, false, false, false, 0};
        }
        trig_group *gr = &g[gi];
        gr->labelled |= named;
        gr->two_armed |= sr_lex_is(e, "two_armed", NULL);
        gr->warning |= sr_lex_is(e, "warning", NULL);
        if (!negated && gr->all_negated) gr->head = k; /* an asserted trigger heads the group */
        /* … and the main clause's deed, not one told in a relative clause ("a man who killed his
         * wife was seized by a mob and killed") */
        else if (!negated && relative_deed(c, v, v->layers[SR_LAYER_TRIGGER][gr->head].b) && !relative_deed(c, v, u->b))
            gr->head = k;
        /* Turkish puts the verb last and its subject first: the verb heads the group
         * ("TSK … topçu atışıyla vurdu") */
        else if (!negated && turkish_verb && !embedded_trigger(c, u) &&
                 !semicolon_between(c, v->layers[SR_LAYER_TRIGGER][gr->head].e, u->b))
            gr->head = k; /* the clause's own verb, not a noun or participle before it */
        /* a word that names how ("a roadside explosion") tells the kind of violence one that only
         * names violence opened ("was targeted in a roadside explosion") */
        if (!negated && refine && sr_lex_streq(t->family, "violence") && !generic_violence(t) &&
            generic_violence(gr->family_type) && !told_as_time(c, v, u->b))
            gr->family_type = t;
        gr->all_negated &= negated;
        gr->any_hypothetical |= supposed;
        gr->n++;
        if (!refine && t->rank > gr->best_rank && !negated) {
            gr->best_rank = t->rank;
            gr->specific = t;
        }
    }
    return ng;
}

/* Does the sentence tell harm other than taking people ("beat and abducted", "assaulting
 * and abducting"): an asserted trigger of violence of another kind that says more than
 * that violence happened (not "attacked the village and abducted"), not a topic, nor one
 * only tried ("tried to kidnap")? */
static bool harm_besides_abduction(const sr_doc_ctx *c, const sr_sentence_view *v)
{
    for (int k = 0; k < v->n_layer[SR_LAYER_TRIGGER]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_TRIGGER][k];
        const sr_lex_entry *e = sr_unit_entry(u, SR_LEX_TRIGGER);
        const sr_type *t = e ? e->payload : NULL;
        if (!t || !sr_lex_streq(t->family, "violence") || sr_lex_streq(t->key, "abduction") ||
            sr_lex_is(e, "needs_weapon", NULL) || sr_lex_is(e, "generic", NULL) || names_actor(c, v, u) || is_topic(c, v, u) ||
            cue_before(c, v, u->b, "negation") || cue_before(c, v, u->b, "hypothetical"))
            continue;
        return true;
    }
    return false;
}

/* A violent mention that its actors made a protest's ("police shot dead two
 * protesters": excessive force), not a protest trigger. */
static bool violence_at_protest(const sr_event *e)
{
    return e->type_strength == SR_TYPE_BY_ACTORS && sr_lex_streq(e->type->family, "protest");
}

/* "Students demonstrated and clashed with youths", "protesters clashed with
 * police": one sentence telling a protest and violence between protesters,
 * bystanders or police tells one event, the protest turning violent (or put
 * down, when the force is the state's).  The violence mention is folded in. */
/* Is actor phrase p (after "of") the body its person word belongs to ("the
 * director of the traffic police", "a commander of the Taliban", "members
 * of the gang")? */
static bool member_of(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_phrase *p)
{
    static const char *const rank[] = {"director", "head", "chief", "commander", "leader", "member", "members",
                                       "officer", "officers", "spokesman", NULL};
    if (p->prep_tok <= v->tb || !word_is(c, p->prep_tok, "of")) return false;
    for (int k = 0; rank[k]; k++)
        if (word_is(c, p->prep_tok - 1, rank[k])) return true;
    return false;
}

/* Is actor phrase p told as a group ("a group of local men", "a group of 20
 * people")? */
static bool group_named(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_phrase *p)
{
    for (int i = p->b - 1; i >= v->tb && i >= p->b - 5; i--) {
        if (word_is(c, i, "group") || word_is(c, i, "gang")) return i + 1 < v->te && word_is(c, i + 1, "of");
        if (tok(c, i)->kind == SR_TOK_PUNCT) return false;
    }
    return false;
}

/* Is actor phrase p a few people counted and known ("five persons", "four panchayat
 * employees"; not "two unidentified men", who are assailants), the subject of verb or the
 * doers a passive names by "by", doing violence with no gun or weapon told in the
 * paragraph pi?  Then they are a group of people, not an armed group. */
static bool counted_unarmed(const sr_doc_ctx *c, const sr_sentence_view *v, const para_info *pi, const sr_phrase *p,
                            const sr_unit *verb)
{
    static const char *const unknown[] = {"unknown", "unidentified", "unnamed", "masked", "armed", NULL};
    bool art, counted = false;
    for (int i = p->b - 1; i >= v->tb && i >= p->b - 2 && !counted; i--)
        counted = number_at(c, v, i, &art) >= 2 && !art && !in_timex_tok(c, v, i);
    /* (the doers named by "by" right after a passive: "was beaten to death by four men") */
    bool agent = p->role == SR_ROLE_AGENT && p->prep_tok >= verb->e && p->prep_tok - verb->e <= 3;
    if (!counted || (p->e > verb->b && !agent) || pi->armed_deed) return false;
    for (int i = p->b > v->tb ? p->b - 1 : v->tb; i < p->e; i++)
        if (word_in(c, i, unknown)) return false;
    /* (the subject right before this verb, perhaps after an auxiliary or an adverb: not "3
     * civilians killed during a raid", "five herdsmen sustained gunshot wounds") */
    for (int i = p->e; !agent && i < verb->b; i++)
        if (!is_aux(c, i) && !adverb(c, i)) return false;
    return true;
}

/* Does sentence v say that no one was harmed: a casualty word marked `none` of anyone or of
 * the wounded ("No casualties were reported", "Neither fatalities nor injuries reported",
 * "No one was injured"; not "no fatalities", which leaves the wounded open, nor "no
 * damage")? */
static bool no_one_harmed(const sr_sentence_view *v)
{
    for (int k = 0; k < v->n_layer[SR_LAYER_CASUALTY]; k++) {
        const sr_lex_entry *e = sr_unit_entry(&v->layers[SR_LAYER_CASUALTY][k], SR_LEX_CASUALTY);
        const char *kind = sr_lex_get(e, "casualty");
        if (sr_lex_is(e, "none", NULL) && kind && (sr_lex_streq(kind, "any") || sr_lex_streq(kind, "injured")))
            return true;
    }
    return false;
}

/* Does sentence v name a weapon or a word of gunfire ("shot", "opened fire")? */
static bool armed_deed_told(const sr_sentence_view *v)
{
    if (sentence_has_weapon(v, false)) return true;
    for (int k = 0; k < v->n_layer[SR_LAYER_TRIGGER]; k++)
        if (sr_lex_is(sr_unit_entry(&v->layers[SR_LAYER_TRIGGER][k], SR_LEX_TRIGGER), "firearm", NULL)) return true;
    return false;
}

/* An English adverb of manner ("accidentally", "brutally"): a word in -ly. */
static bool adverb(const sr_doc_ctx *c, int i)
{
    const sr_token *t = tok(c, i);
    return t->kind == SR_TOK_WORD && t->lang == SR_LANG_EN && ends_in(c, i, "ly", 4);
}

/* Is the trigger at token t told in a relative clause or a clause of time before
 * the main one ("demanding the arrest of people who set fire to the crops",
 * "the family of a constable who was shot dead held a protest", "following the
 * death of a shopkeeper after police beating, traders protested")?  Then it is
 * a circumstance of the sentence's news, not the news. */
static bool relative_deed(const sr_doc_ctx *c, const sr_sentence_view *v, int t)
{
    int i = t - 1;
    while (i >= v->tb && (is_aux(c, i) || adverb(c, i)) && !word_is(c, i, "who") && !word_is(c, i, "that")) i--;
    if (i >= v->tb && (word_is(c, i, "who") || word_is(c, i, "which"))) return true;
    int k = t - 1; /* the first word of the clause */
    while (k >= v->tb && !(tok(c, k)->kind == SR_TOK_PUNCT && strchr(",;:", tok(c, k)->fold[0]))) k--;
    /* (", who has been involved in a spate of robberies and killings, is killed by a mob": what a
     * person did; not ", which started a clash", which goes on with the news; "Shortly after
     * the killing of …, residents protested": a word of how long after may open it) */
    static const char *const how_long[] = {"shortly", "soon", "just", "immediately", "minutes", "hours", "days",
                                           "weeks", "months", "moments", NULL};
    if (k + 2 < t && word_in(c, k + 1, how_long)) k++;
    return k + 1 < t && (word_is(c, k + 1, "following") || word_is(c, k + 1, "after") ||
                         (k >= v->tb && word_is(c, k + 1, "who")));
}

/* Index of the first token of mention m's trigger in its sentence v (v->te
 * when m has no evidence there). */
static int trigger_tok(const sr_doc_ctx *c, const sr_sentence_view *v, const sr_event *m)
{
    int t = v->tb;
    if (m->n_evidence < 1) return v->te;
    while (t < v->te && tok(c, t)->start < m->evidence[0].trig_start) t++;
    return t;
}

/* Is the noun at token t named as the setting of what the sentence tells ("was
 * shot dead at a demonstration", "died during the protest", "in a protest"; not "in
 * protest", a purpose)? */
static bool named_as_setting(const sr_doc_ctx *c, const sr_sentence_view *v, int t)
{
    bool article = t - 1 > v->tb && (word_is(c, t - 1, "a") || word_is(c, t - 1, "the"));
    t -= article;
    return t - 1 >= v->tb &&
           (word_is(c, t - 1, "at") || word_is(c, t - 1, "during") || (article && word_is(c, t - 1, "in")));
}

/* Removes mention i of o, folded into the protest at *protest (whose index
 * moves down when it came after i). */
static void drop_mention(sentence_out *o, int i, int *protest)
{
    memmove(&o->events[i], &o->events[i + 1], (size_t)(o->n - i - 1) * sizeof o->events[i]);
    o->n--;
    if (*protest > i) (*protest)--;
}

/* What a weak word of the state stepping in ("intervened") at p is beside the state's
 * violence on armed men: nothing of a protest.  STEP_IN_FIGHT when it names the armed men
 * itself ("Police intervened killing 30 of the raiders": a clash); STEP_IN_DETAIL when the
 * sentence tells that violence, on armed men or, with no protest told before, on people
 * unnamed ("Police intervened, shooting dead two of the attackers"; first: the sentence's
 * first mention, those before it the document's earlier sentences); STEP_IN_PROTEST when
 * it is the protest intervention it says. */
typedef enum { STEP_IN_PROTEST, STEP_IN_DETAIL, STEP_IN_FIGHT } step_in;

/* Is a (NULL: no one named) armed men: armed, no crowd and not the state's forces? */
static bool armed_men(const sr_actor *a)
{
    return a && a->armed && !a->crowd && !sr_sector_state(a->sector);
}

static step_in stepped_in_on(const sr_doc_ctx *c, const sr_sentence_view *view, const sentence_out *o, int first, int p)
{
    const sr_event *pe = &o->events[p];
    int t = trigger_tok(c, view, pe);
    const sr_unit *u = t < view->te ? sr_unit_at(view, SR_LAYER_TRIGGER, t) : NULL;
    if (!u || !sr_lex_is(sr_unit_entry(u, SR_LEX_TRIGGER), "weak", NULL) || !sr_type_put_down(pe->type) ||
        (pe->actor2 && (pe->actor2->crowd || sr_sector_protest(pe->actor2->sector))))
        return STEP_IN_PROTEST;
    if (pe->actor1 && sr_sector_state(pe->actor1->sector) && armed_men(pe->actor2)) return STEP_IN_FIGHT;
    bool protest_before = false;
    for (int i = 0; i < first && !protest_before; i++) protest_before = sr_lex_streq(o->events[i].type->family, "protest");
    for (int i = first; i < o->n; i++) {
        const sr_event *v = &o->events[i];
        if (i == p || !sr_lex_streq(v->type->family, "violence") || !v->actor1 || !sr_sector_state(v->actor1->sector))
            continue;
        if (v->actor2 ? armed_men(v->actor2) : !protest_before) return STEP_IN_DETAIL;
    }
    return STEP_IN_PROTEST;
}

static void fuse_protest(const sr_doc_ctx *c, const sr_sentence_view *view, sentence_out *o, int first)
{
    int p = -1;
    for (int i = first; i < o->n; i++)
        if (sr_lex_streq(o->events[i].type->family, "protest") && !violence_at_protest(&o->events[i])) p = i;
    /* (a protest a coder's note records as another event is only the setting: "during a violent
     * demonstration (coded in a separate event), police assaulted a journalist") */
    if (p < 0 || o->events[p].separate) return;
    switch (stepped_in_on(c, view, o, first, p)) {
    case STEP_IN_PROTEST: break;
    case STEP_IN_DETAIL: drop_mention(o, p, &p); return;
    case STEP_IN_FIGHT: {
        const sr_type *clash = sr_taxonomy_get(c->engine->tax, "armed_clash");
        if (clash) {
            o->events[p].type = clash;
            o->events[p].type_strength = SR_TYPE_BY_ACTORS;
        }
        return;
    }
    }
    for (int i = first; i < o->n; i++) {
        sr_event *v = &o->events[i];
        /* (not what is only threatened or denied beside a protest that happens: "threatened to
         * arrest anyone who joins the protest") */
        bool unreal = v->modality == SR_MOD_HYPOTHETICAL || v->modality == SR_MOD_NEGATED;
        if (i != p && unreal && v->modality != o->events[p].modality) continue;
        const char *s1 = v->actor1 ? v->actor1->sector : NULL;
        bool state = sr_sector_state(s1);
        /* "students, protesting against their principal, burn their dorm": the protest's destruction */
        bool destruction = sr_lex_streq(v->type->family, "looting") && !state;
        /* "were arrested during a demonstration", "police arrested demonstrators": the state's answer
         * (not "protested the arrest of their leader": a later arrest of someone else is the topic) */
        /* (Turkish tells the protest inside the phrase of those detained, before the arrest: "izinsiz
         * gösteri yapmak isteyen 25 kişi gözaltına alındı") */
        bool turkish = tok(c, trigger_tok(c, view, v))->lang == SR_LANG_TR;
        bool arrest = sr_lex_streq(v->type->family, "arrests") && (!v->actor1 || state) &&
                      (v->evidence[0].trig_start < o->events[p].evidence[0].trig_start ||
                       sr_sector_protest(v->actor2 ? v->actor2->sector : NULL) || turkish) &&
                      !relative_deed(c, view, trigger_tok(c, view, v)); /* (nor "followers of a cleric who
                                                                            * was arrested protested") */
        if (arrest) {
            sr_event *pe = &o->events[p];
            const sr_type *t = sr_taxonomy_get(c->engine->tax, "protest_intervention");
            if (t && sr_lex_streq(pe->type->key, "peaceful_protest")) pe->type = t; /* a riot stays a riot */
            if (!pe->location) pe->location = v->location;
            drop_mention(o, i--, &p);
            continue;
        }
        /* "Clash between police and a mob of vendors protesting eviction": the protest's riot */
        bool riot = i != p && sr_lex_streq(o->events[p].type->key, "peaceful_protest") &&
                    sr_type_riot(v->type);
        if ((!sr_lex_streq(v->type->family, "violence") && !violence_at_protest(v) && !destruction && !riot) ||
            v->retaliation)
            continue;
        bool armed_group = !riot && v->actor1 && v->actor1->armed && !state;
        if (armed_group) continue; /* an armed group attacking a protest is its own event */
        sr_event *pe = &o->events[p];
        /* violence told after the protest with nobody named doing it, or done by people other
         * than a crowd, is what the protest is about ("protested at the hospital, demanding an
         * investigation of the accident in which a constable was shot dead"): no turn, no toll */
        const char *s2 = v->actor2 ? v->actor2->sector : NULL;
        bool by_crowd = s1 && (sr_sector_protest(s1) || v->actor1->crowd);
        bool on_protesters = sr_sector_protest(s2);
        bool on_state = sr_sector_state(s2); /* "running battles with police" */
        /* "engaged in running battles": a fight, two-sided (a clash, or one its crowd made a riot) */
        bool fight = sr_lex_streq(v->type->key, "armed_clash") || riot ||
                     (violence_at_protest(v) && !sr_lex_streq(v->type->key, "excessive_force"));
        /* (not violence told at a protest named as its setting: "a paramedic at a demonstration
         * in Migori was shot dead") */
        bool setting = named_as_setting(c, view, trigger_tok(c, view, pe));
        bool topic = !state && !by_crowd && !on_protesters && !on_state && !destruction && !fight && !setting &&
                     v->evidence[0].trig_start > pe->evidence[0].trig_start;
        /* … and so is what the government did ("traders whose shops the government demolished
         * held a demonstration"), what is only planned or denied ("protest a plan to demolish
         * houses"), and a deed the protest is over ("protested after a man was allegedly burnt") */
        int vt = trigger_tok(c, view, v);
        topic |= !fight && ((s1 && sr_lex_streq(s1, "government")) || (vt < view->te && act_cause(c, view, vt)));
        topic |= v->modality >= SR_MOD_HYPOTHETICAL; /* (a fight that did not happen: "devoid of running battles") */
        topic |= !by_crowd && vt < view->te && relative_deed(c, view, vt);
        if (!topic) {
            /* a mob's violence is already violent: "residents lynched a man and killed him" stays mob violence */
            bool mob = sr_lex_streq(pe->type->key, "mob_violence");
            /* running battles between the police and the crowd are the crowd's riot, not the police's answer */
            bool mutual = state && fight;
            /* violence on the protesters by no one named is the protest put down ("fired tear gas and
             * severely beat a demonstrator") */
            bool put_down = (state && !mutual) || (on_protesters && !v->actor1 && !fight);
            /* force that kills, or that wounds by gunfire ("two demonstrators were shot and injured by
             * police"), is excessive; other wounds in a dispersal are its intervention */
            const sr_unit *vu = vt < view->te ? sr_unit_at(view, SR_LAYER_TRIGGER, vt) : NULL;
            bool shot = vu && sr_lex_is(sr_unit_entry(vu, SR_LEX_TRIGGER), "firearm", NULL);
            bool excessive = v->fatalities > 0 || (v->injured > 0 && shot);
            const sr_type *t = sr_taxonomy_get(c->engine->tax, put_down ? (excessive ? "excessive_force"
                                                                                     : "protest_intervention")
                                                              : mob ? "mob_violence"
                                                                    : "violent_demonstration");
            if (t && t->rank > pe->type->rank) pe->type = t;
            if (v->fatalities > pe->fatalities) pe->fatalities = v->fatalities;
            if (v->injured > pe->injured) pe->injured = v->injured;
        }
        if (!pe->location) pe->location = v->location;
        drop_mention(o, i--, &p);
    }
}

/* The date sentence v tells, its first time expression resolved against the document's
 * date (precision SR_PREC_NONE when it tells none that resolves); *spans receives whether
 * it tells a long span ("for 10 years", "since 2011"), which dates nothing in it. */
static sr_date sentence_date(const sr_doc_ctx *c, const sr_sentence_view *v, bool *spans)
{
    const sr_timex *tx = v->timex;
    int ntx = v->n_timex;
    sr_date when = {0, 0, 0, SR_PREC_NONE};
    *spans = false;
    for (int i = 0; i < ntx; i++) *spans |= tx[i].kind == SR_TIMEX_DURATION;
    for (int i = 0; i < ntx && !*spans; i++) {
        if (tx[i].kind == SR_TIMEX_PART_OF_DAY && when.precision != SR_PREC_NONE) continue;
        bool resolvable = c->doc_date.precision == SR_PREC_DAY ||
                          (tx[i].kind == SR_TIMEX_ABSOLUTE && tx[i].date.year > 0);
        if (when.precision == SR_PREC_NONE && resolvable) when = sr_timex_resolve(&tx[i], c->doc_date);
    }
    return when;
}

static bool mentions_of_sentence(const sr_doc_ctx *c, sr_sentence_view *v, const sr_sentence *s,
                                 const para_info *pi, int para_index, sentence_out *o)
{
    int first_new = o->n;
    const sr_engine *eng = c->engine;
    trig_group g[MAX_GROUPS];
    int ng = group_triggers(c, v, pi->unharmed, g);
    if (ng == 0) return true;

    /* what the whole sentence says */
    bool background = pi->background;
    bool spans; /* (the paragraph's span makes background only what its sentence does not date) */
    sr_date when = sentence_date(c, v, &spans);
    if (spans) background = true; /* "for 10 years", "since 2011": background, dated by nothing in it */
    static const char *const sentence_cues[] = {"allegation", "claim", "denial", "habitual", "separate", "elsewhere"};
    unsigned cues = cues_in_sentence(c, v, sentence_cues, 6);
    /* "There have been several attacks in the region": what has been happening, not the news */
    if (cues >> 3 & 1) background = true;
    bool from_text = when.precision != SR_PREC_NONE;
    if (!from_text && pi->has_date && !spans) { when = pi->date; from_text = true; }
    /* a span told elsewhere in the paragraph makes background its sentences that nothing
     * dates ("Clashes have gone on for years. Many were killed."), not one dated by itself or
     * by a sentence before it ("shelled Idlib on Monday. The war has killed 500,000 since 2011.") */
    if (pi->span_told && !from_text) background = true;
    int killed, injured, qty;
    const char *unit;
    read_casualties(c, v, pi->rescued, &killed, &injured);
    int ways = split_ways(c, v); /* "one soldier was killed [1 fatality split among 12 events]" */
    if (ways && killed > 0) killed /= ways;
    read_quantity(c, v, &qty, &unit);
    bool alleged = cues & 1, claim_told = cues >> 1 & 1, denied = cues >> 2 & 1;
    /* "… six security officers were injured in a bomb blast. Al-Shabaab claimed the attack,
     * saying its fighters killed four": the claim's dead are not the report's (own_harm_told) */
    if (claim_told && killed > 0 && own_harm_told(o, pi->first_event)) killed = -1;

    for (int gi = 0; gi < ng; gi++) {
        trig_group *gr = &g[gi];
        const sr_unit *h = &v->layers[SR_LAYER_TRIGGER][gr->head];
        const sr_lex_entry *he = sr_unit_entry(h, SR_LEX_TRIGGER);
        /* "When police intervened, the men opened fire at them": the state stepping in where no
         * crowd gathers and no protest is told is no intervention in a protest; when it is the
         * sentence's only violence and tells a toll, it is violence like any other, its sides
         * telling the kind ("Police intervened, killing 30 of the raiders") */
        if (gr->n == 1 && sr_lex_is(he, "needs_crowd", NULL) && !crowd_in_paragraph(c, pi) &&
            !(h->e < v->te && word_is(c, h->e, "against"))) { /* (people stepped in against are a crowd) */
            bool other_violence = false;
            for (int i = 0; i < ng; i++) other_violence |= i != gi && sr_lex_streq(g[i].family_type->family, "violence");
            const sr_type *violence = sr_taxonomy_get(eng->tax, "attack");
            if (other_violence || (killed <= 0 && injured <= 0) || !violence) continue;
            gr->family_type = violence;
            gr->specific = NULL;
            gr->best_rank = -1;
        }
        bool noun = (sr_lex_is(he, "pos", "noun") && !verb_in_headline(c, v, h)) || determiner_before(c, v, h->b);
        bool passive = !noun && is_passive(c, v, h);
        bool turkish = tok(c, h->b)->lang == SR_LANG_TR;
        const sr_unit *light = noun ? light_verb_near(v, h->b, h->e, turkish) : NULL;
        if (light) { /* "topçu atışı gerçekleştirdi": read as the verb that carries it */
            noun = false;
            passive = sr_lex_is(sr_unit_entry(light, SR_LEX_CUE), "passive", NULL);
        }
        sr_event ev;
        memset(&ev, 0, sizeof ev);
        ev.fatalities = ev.injured = ev.quantity = -1;
        ev.retaliation = gr->retaliation;
        ev.labelled = gr->labelled;
        ev.fire_both_ways = gr->two_armed;
        ev.lang = s->lang;
        ev.langs = (uint8_t)(1u << s->lang);
        ev.implied_actor1 = sr_lex_get(he, "actor1");
        ev.implied_sector = sr_lex_get(he, "actor1_sector");
        for (int i = 0; ev.implied_actor1 && !ev.implied_country && i < v->n_phrases; i++) {
            const sr_phrase *p = &v->phrases[i];
            if (p->kind == SR_PHRASE_ACTOR && p->actor.country[0] && p->source_kind &&
                sr_lex_streq(p->source_kind, "official"))
                ev.implied_country = p->actor.country; /* "MSB: … etkisiz hale getirildi": Turkey's forces */
        }
        ev.paragraph = para_index;
        ev.n_mentions = 1;

        /* actors */
        const sr_phrase *a1 = NULL, *a2 = NULL;
        int prev_head_end = gi > 0 ? v->layers[SR_LAYER_TRIGGER][g[gi - 1].head].e : v->tb;
        int clause_start = prev_head_end;
        if (turkish) {
            /* a participle's clause is embedded: it does not end the main verb's clause,
             * and its own arguments stand after the last comma before it ("TSK, roketlerin atıldığı …") */
            prev_head_end = v->tb;
            for (int k = gi - 1; k >= 0; k--) {
                const sr_unit *ph = &v->layers[SR_LAYER_TRIGGER][g[k].head];
                if (!embedded_trigger(c, ph)) { prev_head_end = ph->e; break; }
            }
            clause_start = prev_head_end;
            if (embedded_trigger(c, h))
                for (int t = h->b - 1; t >= prev_head_end; t--)
                    if (tok(c, t)->kind == SR_TOK_PUNCT && tok(c, t)->fold[0] == ',') { prev_head_end = t + 1; break; }
        }
        int next_head_b = gi + 1 < ng ? v->layers[SR_LAYER_TRIGGER][g[gi + 1].head].b : v->te;
        for (int i = 0; i < v->n_phrases; i++) {
            const sr_phrase *p = &v->phrases[i];
            bool actorish = p->kind == SR_PHRASE_ACTOR ||
                            (p->country_only && (p->role == SR_ROLE_NONE || (p->role == SR_ROLE_AGENT && passive)));
            if (!actorish || p->is_source) continue;
            bool before = p->e <= h->b, after = p->b >= h->e;
            if (p->adjective) {
                /* "Turkish strikes"; "Turkish artillery shelled", "Russian jets bombed";
                 * Turkish: "Türk SİHA'ları Sincar'da … öldürdü" (the weapon right after it) */
                bool weapon_next = p->e < v->te && sr_unit_at(v, SR_LAYER_WEAPON, p->e);
                if (p->e <= h->b && ((noun && h->b - p->e <= 1) || (!noun && !passive && only_weapons(v, p->e, h->b)) ||
                                     (turkish && !passive && weapon_next && p->e >= prev_head_end)))
                    a1 = p;
                continue;
            }
            if (noun) {
                /* "clashes with Afghan forces": the state's forces named after "with" are the
                 * doer when no other is named, as ACLED names them first (not "verbal
                 * confrontations with drivers") */
                static const char *const noun_before[] = {"during", "in", "after", "following", "amid", NULL};
                bool a_noun = determiner_before(c, v, h->b) || ends_in(c, h->e - 1, "s", 1) ||
                              (h->b > v->tb && word_in(c, h->b - 1, noun_before)); /* not "… and clash with police" */
                bool with = after && a_noun && p->b < next_head_b && p->role == SR_ROLE_NONE &&
                            p->kind == SR_PHRASE_ACTOR && sr_sector_state(p->actor.sector) && p->b - 1 >= h->e &&
                            word_is(c, p->b - 1, "with") && !turkish;
                if (with && !a1) a1 = p;
                else if (with && !a2) a2 = p;
                else if (after && p->b < next_head_b && p->role == SR_ROLE_AGENT && !a1) a1 = p;
                else if (turkish && before && p->e >= prev_head_end && p->role == SR_ROLE_OF && !a1 &&
                         p->kind == SR_PHRASE_ACTOR)
                    a1 = p; /* "Rejim güçlerinin … saldırısı": whose attack */
                else if (turkish && before && p->e >= prev_head_end && !a1 && p->kind == SR_PHRASE_ACTOR &&
                         p->prep_tok >= p->e && sr_lex_is(sr_unit_entry(sr_unit_at(v, SR_LAYER_PREP, p->prep_tok),
                                                                        SR_LEX_PREP), "first_party", NULL))
                    a1 = p; /* "jandarma ile teröristler arasında çatışma": the first party named */
                else if (turkish && before && p->e >= prev_head_end && !a2 && p->kind == SR_PHRASE_ACTOR &&
                         p->role == SR_ROLE_TARGET)
                    a2 = p; /* "… ile PKK'lılar arasında çıkan çatışma", "teröristlerle çıkan çatışma": the
                             * other party, named before the noun as Turkish names it */
                else if (after && p->b < next_head_b && (p->role == SR_ROLE_TARGET || p->role == SR_ROLE_LOCATION ||
                                                          p->role == SR_ROLE_OF) && !a2 && p->kind == SR_PHRASE_ACTOR)
                    a2 = p;
                else if (before && p->e >= prev_head_end && h->b - p->e <= 2 && p->role == SR_ROLE_NONE &&
                         engaged_in(c, v, p, h)) {
                    /* "students engaged police in running battles": the other side; the doer is
                     * the subject of "engaged" */
                    a2 = p;
                    for (int q = 0; q < i && !turkish; q++) {
                        const sr_phrase *s1 = &v->phrases[q];
                        if (s1->kind == SR_PHRASE_ACTOR && s1->role == SR_ROLE_NONE && !s1->is_source &&
                            s1->e >= prev_head_end && p->b - 1 - s1->e <= 1)
                            a1 = s1;
                    }
                } else if (before && p->e >= prev_head_end && h->b - p->e <= 2 &&
                           (p->role == SR_ROLE_NONE || (p->role == SR_ROLE_AGENT && !a1 && !turkish)) &&
                           !sr_unit_at(v, SR_LAYER_PREP, p->e))
                    a1 = p; /* "Afghan forces' airstrike"; "killed by Afghan forces' artillery attack" (not
                             * "kill two terror suspects in shoot-out": a preposition right after them
                             * parts them; "rioters got into clashes" does not) */
            } else if (passive) {
                /* "by X" after the verb; Turkish "X tarafından" before it */
                if (p->role == SR_ROLE_AGENT && !a1 && p->b < next_head_b &&
                    ((after && !turkish) || (before && p->e >= prev_head_end)))
                    a1 = p;
                else if (before && p->e >= prev_head_end && p->kind == SR_PHRASE_ACTOR &&
                         (p->role == SR_ROLE_NONE || (p->role == SR_ROLE_OF && !a2 && member_of(c, v, p))) &&
                         !(a2 && p->b > a2->e && (word_is(c, a2->e, "who") || word_is(c, a2->e, "which"))))
                    a2 = p; /* … or "a member of the GSU was shot": one of them (not the object of a
                             * relative clause on the subject: "traffic police who tried to stop two
                             * men were shot") */
            } else {
                /* (not a possessive, which only says whose: "set the man's house ablaze before stoning") */
                bool possessive = tok(c, p->e - 1)->end != tok(c, p->e - 1)->base_end && !turkish;
                /* "armed men who arrived in two vehicles, attacked": a relative clause closed by a
                 * comma stands between the subject and its verb */
                bool closed_relative = p->e < h->b - 1 && (word_is(c, p->e, "who") || word_is(c, p->e, "which")) &&
                                       tok(c, h->b - 1)->kind == SR_TOK_PUNCT && tok(c, h->b - 1)->fold[0] == ',' &&
                                       !subordinate_between(c, v, p->e + 1, h->b);
                /* … and so does one that only says who they are ("armed men who were believed to
                 * be from Somalia attacked") */
                bool identity_relative = p->e + 2 < h->b && (word_is(c, p->e, "who") || word_is(c, p->e, "which")) &&
                                         word_in(c, p->e + 1, be_words) && !subordinate_between(c, v, p->e + 1, h->b);
                for (int k = p->e + 2; identity_relative && k < h->b && !word_is(c, k, "be"); k++)
                    identity_relative = k + 1 < h->b;
                /* … and one with a verb of its own that tells no deed ("citizens who returned from
                 * abroad protested"): the trigger after it is the main verb */
                bool own_verb_relative = p->e + 2 < h->b && word_is(c, p->e, "who") && participle_at(c, p->e + 1) &&
                                         !word_in(c, p->e + 1, be_words) && !sr_unit_at(v, SR_LAYER_PREP, p->e + 1) &&
                                         !word_in(c, h->b - 1, be_words) && !subordinate_between(c, v, p->e + 1, h->b);
                if (before && p->e >= prev_head_end && p->role == SR_ROLE_NONE && !possessive &&
                    (closed_relative || identity_relative || own_verb_relative ||
                     !subordinate_between(c, v, p->e, h->b)))
                    a1 = turkish && a1 && a1->role == SR_ROLE_NONE ? a1 : p; /* nearest subject in the same clause;
                                                                                 Turkish puts it first */
                else if (before && turkish && p->e >= prev_head_end && !a2 && p->kind == SR_PHRASE_ACTOR &&
                         (p->role == SR_ROLE_TARGET || p->role == SR_ROLE_LOCATION))
                    a2 = p; /* Turkish objects come before the verb: "göstericilere … müdahale etti" */
                else if (after && p->b < next_head_b && !a2 && p->kind == SR_PHRASE_ACTOR &&
                         (p->role == SR_ROLE_NONE || p->role == SR_ROLE_TARGET || p->role == SR_ROLE_LOCATION ||
                          (p->role == SR_ROLE_OF && member_of(c, v, p))) &&
                         !clause_break(c, v, h->e, p->b))
                    a2 = p; /* "killed the director of the traffic police": one of them */
            }
        }
        /* "fighting between the army and the RSF": the side named after "and" is the other */
        if (a1 && !a2 && !turkish && a1->prep_tok >= 0 && word_is(c, a1->prep_tok, "between") && a1->e + 1 < v->te &&
            word_is(c, a1->e, "and"))
            for (int i = 0; i < v->n_phrases && !a2; i++) {
                const sr_phrase *p = &v->phrases[i];
                if (sr_phrase_word_before(v, c->text->tokens, p) == a1->e && !p->is_source &&
                    (p->kind == SR_PHRASE_ACTOR || p->country_only))
                    a2 = p;
            }
        /* "Members of the Gulf Cartel killed …": the group its members act for */
        static const char *const part_words[] = {"members", "member", "fighters", "militants", "elements", "group",
                                                 "band", "gang", NULL};
        for (int i = 0; !a1 && !turkish && !noun && !passive && i < v->n_phrases; i++) {
            const sr_phrase *p = &v->phrases[i];
            if (p->kind != SR_PHRASE_ACTOR || p->is_source || p->role != SR_ROLE_OF || p->e > h->b ||
                p->e < prev_head_end || h->b - p->e > 2 || p->prep_tok <= v->tb)
                continue;
            if (word_in(c, p->prep_tok - 1, part_words)) a1 = p;
        }
        /* "Demonstrators destroyed machines and allegedly assaulted a man": a verb joined by "and"
         * to the verb before it shares its subject */
        if (!a1 && !turkish && !noun && !passive) a1 = joined_subject(c, v, h);
        if (!a1 && !turkish && !noun && !passive) a1 = speaker_as_doer(c, v, h, prev_head_end);
        if (!a1 && !turkish && claim_told) a1 = armed_claimer(v, h);
        /* "operations by Afghan military forces killed 8 militants", "wounded by Afghan forces
         * fire": a "by" phrase in the verb's own clause before it names the doer */
        for (int i = 0; !a1 && !turkish && !noun && !passive && i < v->n_phrases; i++) {
            const sr_phrase *p = &v->phrases[i];
            if (p->kind == SR_PHRASE_ACTOR && !p->is_source && p->role == SR_ROLE_AGENT && p->e <= h->b &&
                p->e >= prev_head_end && h->b - p->e <= 2)
                a1 = p;
        }
        /* "was snatched from the police by residents and beaten to death": the agent of the
         * passive the verb is joined to */
        for (int i = 0; !a1 && !turkish && !noun && h->b - 1 > v->tb && word_is(c, h->b - 1, "and") &&
                        i < v->n_phrases; i++) {
            const sr_phrase *p = &v->phrases[i];
            if (p->kind == SR_PHRASE_ACTOR && !p->is_source && p->role == SR_ROLE_AGENT && p->e == h->b - 1) a1 = p;
        }
        /* "were beaten and then arrested by the police": a passive joined by "and" to the
         * participle after it shares that participle's "by" */
        if (!a1 && passive && !turkish && gi + 1 < ng && next_head_b - h->e >= 1 && next_head_b - h->e <= 2 &&
            word_is(c, h->e, "and") && (next_head_b - h->e == 1 || word_in(c, h->e + 1, sequence_words)) &&
            participle_at(c, next_head_b)) {
            int after_next = gi + 2 < ng ? v->layers[SR_LAYER_TRIGGER][g[gi + 2].head].b : v->te;
            for (int i = 0; !a1 && i < v->n_phrases; i++) {
                const sr_phrase *p = &v->phrases[i];
                if (p->kind == SR_PHRASE_ACTOR && !p->is_source && p->role == SR_ROLE_AGENT && p->b > next_head_b &&
                    p->b < after_next && !clause_break(c, v, next_head_b, p->b))
                    a1 = p;
            }
        }
        /* "a man was killed by a band of vigilantes": by the group, so by its members */
        for (int i = 0; !a1 && !turkish && passive && i < v->n_phrases; i++) {
            const sr_phrase *p = &v->phrases[i];
            if (p->kind != SR_PHRASE_ACTOR || p->is_source || p->role != SR_ROLE_OF || p->b < h->e ||
                p->b >= next_head_b || p->prep_tok < h->e + 2)
                continue;
            int by = p->prep_tok - 2; /* "by" "band" "of", or "by" "a" "band" "of" */
            if (by > h->e && !word_is(c, by, "by")) by--;
            if (word_is(c, by, "by") && word_in(c, p->prep_tok - 1, part_words)) a1 = p;
        }
        /* Turkish: "TSK'ya ait İHA'lar … vurdu", "SDG'nin … kaçırdığı": whose weapons, whose deed;
         * "uçaklarınca düzenlenen hava saldırısı": by whom */
        for (int i = 0; !a1 && turkish && i < v->n_phrases; i++) {
            const sr_phrase *p = &v->phrases[i];
            if (p->kind == SR_PHRASE_ACTOR && !p->is_source && p->e <= h->b && p->e >= clause_start &&
                ((p->role == SR_ROLE_OF && !(passive && h->b - p->e <= 1)) || p->role == SR_ROLE_AGENT))
                a1 = p;
            else if (p->kind == SR_PHRASE_ACTOR && !p->is_source && passive && p->role == SR_ROLE_OF && !a2 &&
                     p->e <= h->b && h->b - p->e <= 1)
                a2 = p; /* a genitive subject may stand before the comma: "SDG'nin, … kaçırdığı" (right
                         * before a passive it is who suffered: "4 teröristin etkisiz hale
                         * getirildiğini") */
        }
        for (int i = 0; !a1 && turkish && i < v->n_phrases; i++) {
            /* "saldırının YPG/PKK tarafından düzenlendiği": by whom the verb that carries the noun was done */
            const sr_phrase *p = &v->phrases[i];
            if (p->kind == SR_PHRASE_ACTOR && p->role == SR_ROLE_AGENT && !p->is_source && p->b >= h->e &&
                light_verb_near(v, p->b, p->prep_tok >= p->e ? p->prep_tok + 1 : p->e, true))
                a1 = p;
        }
        /* "YPG mevzilerinden atıldı": fired from an actor's positions, by that actor */
        for (int i = 0; !a1 && passive && turkish && i < v->n_phrases; i++) {
            const sr_phrase *p = &v->phrases[i];
            if (p->kind == SR_PHRASE_ACTOR && p->role == SR_ROLE_ORIGIN && !p->is_source && p->e >= prev_head_end &&
                p->b < next_head_b)
                a1 = p;
        }
        /* "Residents marched in Nakuru in protest against insecurity", "Students burn a dorm in
         * protest of …", "stormed the offices protesting": a noun, an infinitive or a participle
         * heading the group after its clause's own verb, a word of an event that heads no group
         * of its own, is that verb's deed, done by its subject */
        bool governed = h->b > v->tb && (word_is(c, h->b - 1, "in") || word_is(c, h->b - 1, "to")) &&
                        sr_lex_streq(gr->family_type->family, "protest"); /* (not "forcing dozens to evacuate") */
        if (!a1 && !turkish && !passive && (noun || governed || ends_in(c, h->b, "ing", 4)))
            a1 = subject_of_verb_before(c, v, governed ? 0 : ng, g, h, governed ? v->tb : prev_head_end);
        /* "Soldiers beat residents and burnt several houses": the phrase right before "and" and the
         * verb is the object of the verb before it; the subject is the one that verb follows */
        /* (… with an adverb before the verb, "and then fired", and what it was done with after the
         * object, "beat villagers with sticks and fired") */
        static const char *const joined_adverbs[] = {"then", "also", "later", "allegedly", "reportedly", NULL};
        int join = h->b - 1;
        while (join > v->tb && word_in(c, join, joined_adverbs)) join--;
        int object_end = a1 ? a1->e : 0;
        if (a1 && object_end < join && join - object_end <= 4 && word_is(c, object_end, "with") &&
            plain_words(c, v, object_end + 1, join))
            object_end = join;
        bool object_before = a1 && !turkish && !noun && !passive && a1->role == SR_ROLE_NONE && object_end == join &&
                             (word_is(c, join, "and") || (tok(c, join)->kind == SR_TOK_PUNCT && tok(c, join)->fold[0] == ','));
        /* (… the object of the trigger before it: "Police arrested two men and recovered a pistol") */
        const sr_phrase *shared = object_before && gi > 0 && a1->b - prev_head_end <= 2 ? joined_subject(c, v, h) : NULL;
        if (shared && shared != a1) a1 = shared;
        else if (object_before)
            for (int i = 0; i < v->n_phrases; i++) {
                const sr_phrase *q = &v->phrases[i];
                if (q == a1 || q->kind != SR_PHRASE_ACTOR || q->is_source || q->role != SR_ROLE_NONE ||
                    q->e >= a1->b || q->e < prev_head_end || a1->b - q->e < 1 || a1->b - q->e > 3 ||
                    word_is(c, q->e, "and") || tok(c, q->e)->kind == SR_TOK_PUNCT)
                    continue;
                /* (the verb between may be a word of violence that heads no group, outranked by
                 * this one: "Soldiers beat villagers and fired shots"; its object is then whom
                 * the doer acted on) */
                const sr_unit *verb = sr_unit_at(v, SR_LAYER_TRIGGER, q->e);
                int after_verb = verb && verb->b == q->e ? verb->e : q->e;
                if (subordinate_between(c, v, after_verb, a1->b)) continue;
                if (after_verb > q->e && !a2) a2 = a1;
                a1 = q;
                break;
            }
        /* "groups of armed men with machetes attacked": a crowd word of armed men is those men */
        for (int i = 0; a1 && a1->kind == SR_PHRASE_ACTOR && a1->actor.crowd && i < v->n_phrases; i++) {
            const sr_phrase *p = &v->phrases[i];
            if (p->kind == SR_PHRASE_ACTOR && p->role == SR_ROLE_OF && p->prep_tok == a1->e && p->actor.armed &&
                !p->actor.crowd && !p->is_source)
                a1 = p;
        }
        /* "Police found the bodies of two men": who finds the dead did not kill them */
        if (a1 && a1->e <= h->b && sr_lex_is(he, "finder", NULL)) a1 = NULL;
        if (a1) {
            sr_actor tmp;
            if (a1->kind == SR_PHRASE_PLACE || a1->country_only) {
                if (!state_actor(c, a1, gr->specific ? gr->specific : gr->family_type, he, &tmp)) return false;
            } else {
                tmp = a1->actor;
            }
            if (!(ev.actor1 = copy_actor(c->arena, &tmp))) return false;
        }
        const sr_type *group_type = gr->specific ? gr->specific : gr->family_type;
        if (!a2 && !turkish && !passive && between_states(group_type))
            a2 = country_object(c, v, a1, h, noun, next_head_b);
        if (!a2) a2 = victims(c, v, a1, h->b);
        /* "Two Turkish soldiers were killed in a clash with PKK militants", "teröristlerle çıkan
         * çatışmada iki askerimiz şehit oldu": a clash with an armed group whose other side is
         * named only by its dead or wounded, the state's men */
        const sr_phrase *state_side = NULL;
        for (int i = 0; noun && !a1 && a2 && a2->kind == SR_PHRASE_ACTOR && a2->actor.armed &&
                        !sr_sector_state(a2->actor.sector) && !state_side && i < v->n_phrases;
             i++) {
            const sr_phrase *p = &v->phrases[i];
            if (p != a2 && p->kind == SR_PHRASE_ACTOR && !p->is_source && sr_sector_state(p->actor.sector))
                state_side = p;
        }
        if (state_side && !(ev.actor1 = copy_actor(c->arena, &state_side->actor))) return false;
        if (a2 && a2 != a1) {
            sr_phrase side = *a2;
            if (a2->adjective) side.actor.name = NULL; /* "an Indian proposal": the state, not only its forces */
            sr_actor tmp = side.actor;
            if ((side.country_only || side.adjective) && !state_actor(c, &side, group_type, he, &tmp)) return false;
            if (!(ev.actor2 = copy_actor(c->arena, &tmp))) return false;
        }
        /* an armed group's act, no event when anyone else does it ("a cartel delivered food") */
        if (sr_lex_is(he, "doer", "armed") && !(ev.actor1 && ev.actor1->armed)) continue;

        /* places: each goes to its nearest trigger group */
        const sr_phrase *loc = NULL, *orig = NULL;
        for (int i = 0; i < v->n_phrases; i++) {
            const sr_phrase *p = &v->phrases[i];
            if (p->kind != SR_PHRASE_PLACE || !p->resolved) continue;
            if (nearest_head(v, p, g, ng, turkish) != gi) continue;
            if (p->role == SR_ROLE_ORIGIN && !orig) orig = p;
            else if (p->role == SR_ROLE_LOCATION && !loc) loc = p; /* the first: "in Contagem, …, in Jardim Laguna" */
            else if (p->role == SR_ROLE_NONE && !noun && !passive && p->b >= h->e && p->b - h->e <= 1 && !loc)
                loc = p; /* "shelled Afrin" */
            else if (p->role == SR_ROLE_TARGET && turkish && !loc)
                loc = p; /* "Afrin'i bombaladı": the object hit */
        }
        /* no place with a preposition of place: one the sentence gives as where
         * people are from, in brackets ("residents of Kapkwen (Bomet)") … */
        bool near_loc = false; /* (a division in brackets: near the place, not at it) */
        for (int i = 0; !loc && i < v->n_phrases; i++) {
            const sr_phrase *p = &v->phrases[i];
            bool bracketed = in_brackets(c, v, p->b);
            if (p->kind == SR_PHRASE_PLACE && p->resolved && p != orig && nearest_head(v, p, g, ng, turkish) == gi &&
                (p->role == SR_ROLE_OF || (bracketed && p->role == SR_ROLE_NONE) ||
                 ((p->role == SR_ROLE_NONE || p->role == SR_ROLE_CONTAINER) && opening_place(c, v, p)) ||
                 (p->role == SR_ROLE_NONE && p->b >= h->e && !clause_break(c, v, h->e, p->b)))) {
                loc = p; /* … or after the trigger in its clause ("Taliban attacked Kunduz city") */
                near_loc = bracketed && p->role == SR_ROLE_NONE;
            }
        }
        /* … or the place that names the doers ("Kisumu sugar cane farmers protested", "Bungoma
         * High school students"): right before them, a few plain words between */
        for (int i = 0; !loc && a1 && i < v->n_phrases; i++) {
            const sr_phrase *p = &v->phrases[i];
            bool names_doers = p->kind == SR_PHRASE_PLACE && p->resolved && p->role == SR_ROLE_NONE &&
                               p->e <= a1->b && a1->b - p->e <= 3;
            for (int k = p->e; names_doers && k < a1->b; k++) names_doers = tok(c, k)->kind == SR_TOK_WORD;
            if (names_doers) loc = p;
        }
        /* a country named as where it happened, when the sentence names a place in it ("Mombasa
         * women protested over the inequality of women and men in Kenya"): that place */
        if (loc && loc->resolved && loc->resolved->feature == SR_FEAT_COUNTRY)
            for (int i = 0; i < v->n_phrases; i++) {
                const sr_phrase *p = &v->phrases[i];
                if (p == loc || p == orig || !p->resolved || p->resolved->feature == SR_FEAT_COUNTRY ||
                    strcmp(p->resolved->country, loc->resolved->country) || p->role == SR_ROLE_ORIGIN ||
                    p->role == SR_ROLE_EXCLUDE)
                    continue;
                loc = p;
                break;
            }
        /* still nothing: where the paragraph says things happen (not for a
         * response, which is placed where the attack came from) */
        if (!loc && !gr->retaliation) loc = pi->loc_hint;
        /* … or the place of the office that tells it ("Kilis Valiliği: …", "Kilis officials said") */
        for (int pass = 0; pass < 2; pass++)
            for (int i = 0; !loc && !gr->retaliation && i < v->n_phrases; i++) {
                const sr_phrase *p = &v->phrases[i];
                bool official = p->source_kind && sr_lex_streq(p->source_kind, "official");
                if (p->kind == SR_PHRASE_ACTOR && p->resolved && (official || pass == 1))
                    loc = p; /* then the place of any actor it names ("Diyarbakır Anneleri") */
            }
        /* last, a place the sentence or its paragraph names in any other way ("In likoni, Mombasa
         * county, two men were killed", "PM Wajir: Al Shabaab attack a school"): somewhere
         * there, so near it, not at it (precision 2 at least, score halved), and no reason to
         * part this event from another told elsewhere (sr_loc.assumed) */
        bool told = loc != NULL;
        for (int i = 0; !loc && !gr->retaliation && i < v->n_phrases; i++) {
            const sr_phrase *p = &v->phrases[i];
            if (p->kind == SR_PHRASE_PLACE && p->resolved && p != orig && p->role != SR_ROLE_EXCLUDE && !p->country_only)
                loc = p;
        }
        if (!loc && !gr->retaliation) loc = pi->any_place;
        bool assumed = loc && !told;
        if (loc && !(ev.location = make_loc(c->arena, c, loc))) return false;
        if (assumed) {
            ev.location->assumed = true;
            ev.location->score *= 0.5; /* (the resolver's certainty, halved: that it is the place) */
        }
        if ((near_loc || assumed) && ev.location->precision < 2) ev.location->precision = 2;
        if (orig && !(ev.origin = make_loc(c->arena, c, orig))) return false;
        /* an act between states done at a place its sentence names, no other side named, is done
         * to that place's state ("Serbia lifted a curfew in Montenegro", "arrived in Amman on an
         * unannounced visit"; not a place the paragraph named before) */
        bool named_here = loc && loc >= v->phrases && loc < v->phrases + v->n_phrases;
        if (!ev.actor2 && told && named_here && loc->kind == SR_PHRASE_PLACE && loc->resolved &&
            loc->resolved->country[0] && !turkish && between_states(group_type)) {
            sr_phrase side = *loc;
            sr_actor tmp;
            side.actor.name = NULL;
            memcpy(side.actor.country, loc->resolved->country, sizeof side.actor.country);
            if (!state_actor(c, &side, group_type, he, &tmp) || !(ev.actor2 = copy_actor(c->arena, &tmp)))
                return false;
        }

        /* type: a specific trigger, else the weapons, else the actors, else the trigger's default;
         * a protest is what its modifiers make it (stones, tear gas) */
        const sr_type *type = gr->specific;
        /* a clash named as the setting of a deed done to civilians ("gunmen attack and kill two
         * civilians in an ethnic clash", "raiders kill civilians in revenge attacks, four days
         * of clashes"): the deed is an attack on them; the sides' fight is another event */
        static const char *const anyone[] = {"people", "persons", "person", "others", NULL}; /* (named as such) */
        if (type && sr_lex_streq(type->key, "armed_clash") && he && he->payload && he->payload != type &&
            !sr_lex_streq(((const sr_type *)he->payload)->key, "abduction") && ev.actor2 && a2 &&
            !ev.actor2->armed && sr_lex_streq(ev.actor2->sector, "civilians") && !word_in(c, a2->e - 1, anyone) &&
            !(ev.actor1 && ev.actor1->crowd))
            type = NULL;
        const sr_type *mtype = modifier_type(c, v, gr->family_type->family, h->e);
        ev.type_strength = SR_TYPE_SPECIFIC;
        if (mtype && (!type || (sr_lex_streq(mtype->family, "protest") && mtype->rank > type->rank))) {
            type = mtype;
            ev.type_strength = SR_TYPE_BY_WEAPON;
        }
        /* a trigger that names how ("explosion", "explosions") is refined by weapons only;
         * one that names only violence ("attacked", "killed") also by who did it to whom */
        bool by_whom = !sr_lex_streq(gr->family_type->family, "violence") || generic_violence(gr->family_type);
        if (!type && !by_whom) {
            type = gr->family_type;
            ev.type_strength = SR_TYPE_DEFAULT;
        }
        /* shots fired in the air where no crowd gathers and no protest is told ("Turkish border
         * police fired 50 shots into the air near Tychero"): a show of force, warning no one */
        if (type && gr->warning && !crowd_in_paragraph(c, pi) &&
            sr_lex_streq(type->family, gr->family_type->family)) {
            const sr_type *other = sr_taxonomy_get(eng->tax, "other");
            if (other) type = other;
        }
        /* a political act ACLED does not code is what its word says, negated or not: the actors
         * never make "not allowing workers to leave" an attack on civilians */
        if (!type && !gr->family_type->acled) type = gr->family_type;
        /* a firearm ("bullets", "small arms") says a gun was used, not who at whom: the actors
         * still tell a clash from an attack on civilians ("sprays a bus with bullets, kills a
         * civilian") */
        const sr_type *by_weapon = type && by_whom && ev.type_strength == SR_TYPE_BY_WEAPON &&
                                           sr_lex_streq(type->key, "armed_clash") ? type : NULL;
        if (by_weapon) type = NULL;
        if (!type) {
            const sr_actor *x1 = ev.actor1, *x2 = ev.actor2;
            const sr_phrase *harmed = x2 || crowd_side(c, v, NULL) ? NULL : harmed_subject(c, v);
            if (harmed && harmed != a1) x2 = &harmed->actor; /* only to type the event: whom it harmed */
            const char *sec1 = x1 ? x1->sector : NULL, *sec2 = x2 ? x2->sector : NULL;
            ev.type_strength = SR_TYPE_BY_ACTORS;
            if (sec1 && sr_lex_streq(sec1, "rioters")) type = sr_taxonomy_get(eng->tax, "mob_violence");
            else if (sec1 && sr_lex_streq(sec1, "protesters"))
                type = sr_taxonomy_get(eng->tax, "violent_demonstration");
            /* residents beating a thief to death: a crowd's violence */
            else if (x1 && x1->crowd && sr_lex_streq(gr->family_type->family, "violence") && !people_named(c, v, a1) &&
                     !crowd_attack(v, a1, x2 == ev.actor2 ? a2 : harmed, x2))
                type = sr_taxonomy_get(eng->tax, "mob_violence");
            /* … and a group of unarmed people ("a group of traders attacked health workers") */
            else if (x1 && !x1->armed && sec1 && sr_lex_streq(sec1, "civilians") && a1 &&
                     (group_named(c, v, a1) || counted_unarmed(c, v, pi, a1, h)) &&
                     sr_lex_streq(gr->family_type->family, "violence"))
                type = sr_taxonomy_get(eng->tax, "mob_violence");
            /* violence against armed men on duty, by anyone but a crowd: a fight of two armed
             * sides ("Two police killed while on duty", "gunmen attack a police post"), a man
             * with a gun or a blade too ("a man attacked a police officer with a knife") */
            else if (((x2 && x2->armed) || (!x2 && x1 && x1->armed && fellows_harmed(c, v, h))) &&
                     (!x1 || x1->armed ||
                      (!x1->crowd && (sr_lex_is(he, "firearm", NULL) || cues_in_sentence(c, v, blade_cue, 1)))))
                type = sr_taxonomy_get(eng->tax, off_duty(c, v) ? "attack" : "armed_clash");
            /* … or among the victims listed ("killing three civilians and five police") */
            else if (x2 && x2 == ev.actor2 && armed_among(c, v, a2) && (!x1 || x1->armed))
                type = sr_taxonomy_get(eng->tax, off_duty(c, v) ? "attack" : "armed_clash");
            /* named civilian victims: an attack, whoever else the sentence names */
            else if (sec2 && sr_lex_streq(sec2, "civilians")) type = sr_taxonomy_get(eng->tax, "attack");
            /* … and unarmed officials ("gunmen sprayed the MP's car with bullets", "fired shots at a
             * former MLA"): a politician is no armed side, the violence on one an attack */
            else if (x2 && !x2->armed && sec2 && sr_lex_streq(sec2, "government") && armed_sides(c, v) < 2 &&
                     !crowd_side(c, v, h))
                type = sr_taxonomy_get(eng->tax, "attack");
            /* two armed sides named in the sentence, one of them this event's actor: a clash */
            else if (armed_sides(c, v) >= 2 && ((x1 && x1->armed) || (x2 && x2->armed)))
                type = sr_taxonomy_get(eng->tax, off_duty(c, v) ? "attack" : "armed_clash");
            else if (sec2 && sr_lex_streq(sec2, "protesters") && x1 && x1->armed)
                type = sr_taxonomy_get(eng->tax, "excessive_force");
            /* the state's force on rioters is the riot it answers ("Police fire on rioters") */
            else if (sec2 && sr_lex_streq(sec2, "rioters") && x1 && sr_sector_state(x1->sector))
                type = sr_taxonomy_get(eng->tax, "violent_demonstration");
            /* state forces firing at no armed side ("police sprayed a car with bullets, killing
             * one"): force used on civilians, an attack */
            if (!type && by_weapon && x1 && sr_sector_state(x1->sector) && !(x2 && x2->armed) &&
                armed_sides(c, v) < 2)
                type = sr_taxonomy_get(eng->tax, "attack");
            /* (a firearm in the wounds of people harmed with no one named on either side tells no
             * two sides: "three bodies with bullet wounds were found" is a killing like any other;
             * "shots involving small arms were observed" is still fire exchanged) */
            if (!type && (x1 || x2 || (killed <= 0 && injured <= 0))) type = by_weapon;
            if (by_weapon) ev.type_strength = SR_TYPE_BY_WEAPON; /* the weapon still told the kind of violence */
            /* a non-state armed group firing at no one named, with no other armed side in the
             * sentence ("militants intercepted trucks, firing gunshots at the tires"): at what was
             * there, people's property, an attack */
            if (!type && sr_lex_streq(gr->family_type->key, "armed_clash") && x1 && x1->armed &&
                !sr_sector_state(x1->sector) && !x2 && armed_sides(c, v) < 2 && !sr_lex_is(he, "two_armed", NULL))
                type = sr_taxonomy_get(eng->tax, "attack");
            if (!type) { type = gr->family_type; ev.type_strength = SR_TYPE_DEFAULT; }
        }
        /* a shooting among drug traffickers' gangs ("The victim had charges against him for drug
         * trafficking"): ACLED counts the victim as a gang's armed man, so a clash, however the
         * killing is told ("a drive-by shooting", "the bodies were found"); not an attack on the
         * state's men that rules already found off duty ("a police officer working at the drug
         * trafficking unit was attacked at his house"), nor when the words name the doers
         * ("drug traffickers shot a resident") */
        if (pi->armed_milieu && sr_lex_streq(type->key, "attack") && !(ev.actor1 && ev.actor1->crowd) &&
            !(ev.actor2 && sr_sector_state(ev.actor2->sector))) {
            bool milieu_names_doer = false; /* "drug traffickers shot a resident": who shot, not who was shot */
            for (int k = a1 ? a1->b : 0; a1 && k < a1->e && !milieu_names_doer; k++)
                milieu_names_doer = cue_is(sr_unit_at(v, SR_LAYER_CUE, k), "armed_milieu");
            if (!milieu_names_doer) type = sr_taxonomy_get(eng->tax, "armed_clash");
        }
        /* killings named extrajudicial: whoever the dead were, they were killed, not fought ("police
         * killed three youths … Police dismissed claims that these were extra-judicial killings") */
        if (pi->extrajudicial && sr_lex_streq(type->key, "armed_clash") && ev.type_strength == SR_TYPE_BY_ACTORS &&
            !sr_lex_is(he, "two_armed", NULL))
            type = sr_taxonomy_get(eng->tax, "attack");
        /* people suspected of a wrong beaten, burned or stoned by no one armed ("three suspected
         * thieves were burnt to death", "killed by colleagues … The victim was suspected of murder"):
         * mob justice, not an armed group's attack (not a shooting: guns are an armed group's) */
        if (pi->mob_justice && sr_lex_streq(type->key, "attack") && ev.type_strength <= SR_TYPE_BY_ACTORS &&
            !sr_lex_is(he, "firearm", NULL) && !(ev.actor1 && (ev.actor1->armed || sr_sector_state(ev.actor1->sector))))
            type = sr_taxonomy_get(eng->tax, "mob_violence");
        /* violence against people by a mob or by residents, whatever the verb: mob violence */
        if (sr_lex_streq(type->key, "attack") && ev.actor1 && ev.actor1->crowd && !people_named(c, v, a1) &&
            !crowd_attack(v, a1, a2, ev.actor2))
            type = sr_taxonomy_get(eng->tax, "mob_violence");
        /* destruction by protesters is a violent demonstration ("protesters burned tyres"),
         * by a crowd mob violence ("angry residents set the house ablaze") */
        if (sr_lex_streq(type->family, "looting") && ev.actor1 && ev.actor1->sector) {
            const char *sec = ev.actor1->sector;
            if (sr_sector_protest(sec))
                type = sr_taxonomy_get(eng->tax, ev.actor1->crowd && sr_lex_streq(sec, "rioters") ? "mob_violence"
                                                                                              : "violent_demonstration");
            else if (ev.actor1->crowd)
                type = sr_taxonomy_get(eng->tax, "mob_violence");
            /* … by thieves, robbers or fraudsters a crime of gain ("robbers broke into a shop and
             * escaped with gold", "hackers stole the data of millions"): ACLED's looting still,
             * organised crime to the CASE 2021 labels */
            else if (a1 && a1->criminal && !sr_sector_state(sec)) {
                const sr_type *theft = sr_taxonomy_get(eng->tax, "theft");
                if (theft) type = theft;
            }
        }
        /* "police arrested demonstrators": arresting protesters is intervening in their protest */
        if (sr_lex_streq(type->family, "arrests") && ev.actor2 && sr_sector_protest(ev.actor2->sector) &&
            (!ev.actor1 || sr_sector_state(ev.actor1->sector))) {
            const sr_type *pi_type = sr_taxonomy_get(eng->tax, "protest_intervention");
            if (pi_type) type = pi_type;
        }
        /* a clash of people none of whom is armed (refugees, residents): mob violence */
        bool communal = sr_lex_streq(type->key, "armed_clash") && communal_fight(c, v);
        /* … but peoples who fight are the codebook's communal militias ("Dinka and Nuer youth
         * clashed over cattle") */
        if (communal && (!as_communal_militia(c, &ev.actor1) || !as_communal_militia(c, &ev.actor2))) return false;
        if (type == gr->specific && sr_lex_streq(type->key, "armed_clash") && ev.actor1 && !ev.actor1->armed &&
            (!ev.actor2 || !ev.actor2->armed) && ev.actor1->sector && sr_lex_streq(ev.actor1->sector, "civilians") &&
            !communal)
            type = sr_taxonomy_get(eng->tax, "mob_violence");
        /* a crowd on one side and no armed group on any ("villagers clashed with police", "a mob
         * clashed with another group"): a riot, not a battle of organised armed sides */
        if (sr_lex_streq(type->key, "armed_clash") && !communal) {
            const char *crowd = crowd_side(c, v, h);
            /* … and so is unarmed people's clash with the state's forces ("Police clash with market
             * traders", "evicted street hawkers and security officers engage in running battles") */
            if (!crowd && type == gr->specific && unarmed_against_state(c, v, h)) crowd = "mob_violence";
            /* … and so is the state's forces attacked with stones and sticks by no one armed ("13
             * people were arrested after they attacked police officers with sticks and stones") */
            if (!crowd && ev.type_strength == SR_TYPE_BY_ACTORS && !(ev.actor1 && ev.actor1->armed) &&
                ev.actor2 && sr_sector_state(ev.actor2->sector) && fought_with_stones(v) &&
                !sr_lex_is(he, "firearm", NULL) && !cues_in_sentence(c, v, blade_cue, 1))
                crowd = "mob_violence";
            if (crowd && !sr_lex_is(he, "two_armed", NULL)) { /* (fire exchanged: both sides armed) */
                type = sr_taxonomy_get(eng->tax, crowd);
                ev.type_strength = SR_TYPE_BY_ACTORS;
            }
        }
        /* "police blocked the road so that the march could not pass", "officers blocked them from
         * accessing the offices": a barrier the state's forces raise is their intervention */
        if (sr_lex_streq(type->key, "peaceful_protest") && sr_lex_is(he, "barrier", NULL) && ev.actor1 &&
            sr_sector_state(ev.actor1->sector)) {
            const sr_type *pi_type = sr_taxonomy_get(eng->tax, "protest_intervention");
            if (pi_type) type = pi_type;
        }
        /* "Rioters blocked roads": a protest held by rioters (not a crowd, which may be calm) is violent */
        if (sr_lex_streq(type->key, "peaceful_protest") && ev.actor1 && !ev.actor1->crowd && ev.actor1->sector &&
            sr_lex_streq(ev.actor1->sector, "rioters"))
            type = sr_taxonomy_get(eng->tax, "violent_demonstration");
        /* "protesters demand the officials be sacked": what protesters say, they say protesting */
        if (!type->acled && ev.actor1 && ev.actor1->sector && sr_lex_streq(ev.actor1->sector, "protesters") &&
            (sr_lex_streq(type->key, "demand") || sr_lex_streq(type->key, "disapprove")))
            type = sr_taxonomy_get(eng->tax, "peaceful_protest");
        /* the state's dispersal of a protest that kills is excessive force ("a protester died
         * after being hit by a tear gas canister fired by police") */
        if (sr_lex_streq(type->key, "protest_intervention") && killed > 0) {
            const sr_type *excessive = sr_taxonomy_get(eng->tax, "excessive_force");
            if (excessive) type = excessive;
        }
        /* a relic of war that killed or wounded went off: "two children were killed when an
         * unexploded device they were playing with went off"; one fired by a mortar or a gun is
         * shelling, as ACLED codes it ("when an unexploded mortar round went off") */
        if (sr_lex_is(he, "uxo", NULL) && (killed > 0 || injured > 0)) {
            const sr_type *went_off = sr_taxonomy_get(eng->tax, weapon_named(v, "shelling") ? "shelling" : "remote_explosive");
            if (went_off) type = went_off;
        }
        /* territory taken where the paragraph says no one fought ("Al Shabaab overtook the village.
         * No violence was reported."): a transfer without violence */
        if (pi->unopposed && (sr_lex_streq(type->key, "nsa_overtakes") || sr_lex_streq(type->key, "gov_regains"))) {
            const sr_type *nvt = sr_taxonomy_get(eng->tax, "nonviolent_transfer");
            if (nvt) type = nvt;
        }
        /* territory taken: by the state's forces in their own country it is regained, by a
         * non-state or foreign force overtaken ("the FARDC took control of a CODECO stronghold
         * near Bunia", "rebels recaptured the town"; "Turkish troops captured al-Bab") */
        bool regains = sr_lex_streq(type->key, "gov_regains"), overtakes = sr_lex_streq(type->key, "nsa_overtakes");
        if ((regains || overtakes) && ev.actor1 && ev.actor1->sector) {
            bool state = sr_sector_state(ev.actor1->sector);
            bool at_home = state && ev.location && !ev.location->assumed && ev.actor1->country[0] &&
                           !strcmp(ev.location->place->country, ev.actor1->country);
            if (overtakes && at_home) type = sr_taxonomy_get(eng->tax, "gov_regains");
            else if (regains && !state && ev.actor1->armed) type = sr_taxonomy_get(eng->tax, "nsa_overtakes");
        }
        /* "kidnapped and killed": the killing is the event, an attack (a clash when the victim
         * was an armed man on duty) */
        /* … and so is an abduction told with other harm done ("beat and abducted a man", "attacked
         * the town, assaulting and abducting a volunteer") */
        if (sr_lex_streq(type->key, "abduction") && (killed > 0 || harm_besides_abduction(c, v))) {
            bool armed_victim = ev.actor2 && ev.actor2->armed && !off_duty(c, v);
            type = sr_taxonomy_get(eng->tax, armed_victim ? "armed_clash" : "attack");
        }
        /* a crowd's riot with a demand ("residents burned tyres denouncing power cuts", "set
         * mattresses on fire to demand their release"): a demonstration turned violent */
        if (sr_lex_streq(type->key, "mob_violence") && protest_purpose(v))
            type = sr_taxonomy_get(eng->tax, "violent_demonstration");
        /* … and a crowd's stones with no protest told: "youths pelted the governor's convoy with
         * stones", "residents stoned police officers" (not "protesters threw stones", nor
         * stones thrown "demanding rations" or at a march) */
        else if (sr_lex_streq(type->key, "violent_demonstration") && sr_lex_is(he, "crowd_act", NULL) &&
                 !(ev.actor1 && ev.actor1->sector && sr_lex_streq(ev.actor1->sector, "protesters")) &&
                 !protest_purpose(v) && !protest_told(c, v))
            type = sr_taxonomy_get(eng->tax, "mob_violence");
        /* "will withdraw": a promise; "must withdraw": a demand.  A framed act that ACLED codes
         * ("threatened to bomb") stays, as supposed, and the frame becomes an event beside it. */
        bool neg_frame;
        const sr_unit *frame_cue;
        const sr_type *framed = framed_type(c, v, h, type, &neg_frame, &frame_cue);
        if (framed && !type->acled) {
            type = framed;
            ev.type_strength = SR_TYPE_SPECIFIC; /* the frame names the type */
        }
        bool recast = framed && type == framed;
        /* who promises, demands or calls off: the subject of the frame ("the union called off its strike") */
        const sr_actor *frame_actor = NULL;
        for (int i = 0; framed && !a1 && i < v->n_phrases; i++) {
            const sr_phrase *p = &v->phrases[i];
            if (p->kind == SR_PHRASE_ACTOR && !p->is_source && p->role == SR_ROLE_NONE && p->e <= frame_cue->b &&
                p->e >= prev_head_end && !subordinate_between(c, v, p->e, frame_cue->b))
                frame_actor = &p->actor;
        }
        if (frame_actor && recast && !(ev.actor1 = copy_actor(c->arena, frame_actor))) return false;
        ev.type = type;
        /* modality (a frame is said, not supposed, unless something before it supposes it:
         * "may suspend talks") */
        bool frame_supposed = framed && cue_before(c, v, frame_cue->b, "hypothetical");
        ev.modality = gr->all_negated && !(recast && neg_frame) ? SR_MOD_NEGATED
                      : denied          ? SR_MOD_DENIED
                      : recast ? (frame_supposed ? SR_MOD_HYPOTHETICAL : claim_told ? SR_MOD_CLAIMED
                                                 : alleged ? SR_MOD_ALLEGED : SR_MOD_ASSERTED)
                      : gr->any_hypothetical ? SR_MOD_HYPOTHETICAL
                      : claim_told      ? SR_MOD_CLAIMED
                      : alleged         ? SR_MOD_ALLEGED
                                        : SR_MOD_ASSERTED;

        /* time */
        ev.date = when;
        ev.date_from_text = from_text;
        if (!from_text) {
            if (background) ev.date.precision = SR_PREC_NONE;
            else ev.date = c->doc_date;
        }
        ev.historical = background;
        /* (another event's too when a coder's note says so: "during a violent demonstration
         * (coded in a separate event), police assaulted a journalist") */
        ev.separate = (cues >> 4 & 1) || ((cues >> 5 & 1) && noted_elsewhere(c, v, h->e));
        if (ev.date.precision != SR_PREC_NONE && c->doc_date.precision != SR_PREC_NONE &&
            sr_date_diff_days(ev.date, c->doc_date) < -7) {
            /* the whole period lies more than a week before the report */
            sr_date end = ev.date;
            if (end.precision == SR_PREC_YEAR) { end.month = 12; end.day = 31; }
            else if (end.precision == SR_PREC_MONTH) {
                end.day = 28;
                while (end.day < 31 && sr_date_valid(end.year, end.month, end.day + 1)) end.day++;
            }
            end.precision = SR_PREC_DAY;
            if (sr_date_diff_days(end, c->doc_date) < -7) ev.historical = true;
        }

        /* details the sentence gives to its violent events */
        /* violence, and protests that turned violent or were put down by force, have casualties;
         * a peaceful protest's sentence counts the dead it is about ("demanding justice for a
         * youth who was killed"), which a turn to violence (fuse_protest) brings back */
        /* (… and the dead told to have died at it: "one person died in a protest against …") */
        bool peaceful = sr_lex_streq(type->key, "peaceful_protest");
        if (has_casualties(type) && (!peaceful || (killed > 0 && named_as_setting(c, v, h->b)))) {
            ev.fatalities = killed;
            ev.fatalities_claimed = claim_told;
            ev.fatalities_more = more_dead(c, v);
            if (killed < 0 && turkish && a2 && a2->person && sr_lex_is(he, "casualty", "killed"))
                ev.fatalities = victims_counted(c, v, a2); /* "bir muhtarı … öldürdü": the object is the dead */
            ev.injured = injured;
            ev.quantity = qty;
            ev.quantity_unit = unit;
        }
        /* how many were arrested, counted as the dead are ("police arrested 12 protesters",
         * "26 were arrested") */
        if (sr_lex_streq(type->family, "arrests")) {
            int held = casualty_count(c, v, h->b, h->e, NULL);
            if (held > 0) {
                ev.quantity = held;
                ev.quantity_unit = "person";
            }
        }

        /* sources: the paragraph's speakers, the post's author, the publisher */
        for (int i = 0; i < pi->n_sources; i++)
            if (!add_source(c->arena, &ev.sources, &ev.n_sources, &ev.cap_sources, pi->sources[i])) return false;
        if (s->post >= 0) {
            sr_source ps = post_source(c, &c->text->posts[s->post]);
            if (!add_source(c->arena, &ev.sources, &ev.n_sources, &ev.cap_sources, ps)) return false;
        }
        if (c->publisher) {
            sr_source pub = {c->publisher, c->publisher, "publisher", NULL};
            if (!add_source(c->arena, &ev.sources, &ev.n_sources, &ev.cap_sources, pub)) return false;
        }

        ev.evidence = sr_arena_alloc(c->arena, sizeof *ev.evidence);
        if (!ev.evidence) return false;
        ev.evidence[0] = (sr_evidence){s->start, s->end, tok(c, h->b)->start, tok(c, h->e - 1)->end};
        ev.n_evidence = ev.cap_evidence = 1;
        if (framed && !recast) { /* the frame first: what the sentence says before what it supposes */
            sr_event fe = ev;
            fe.type = framed;
            fe.type_strength = SR_TYPE_SPECIFIC;
            if (frame_actor && !(fe.actor1 = copy_actor(c->arena, frame_actor))) return false;
            fe.modality = gr->all_negated && !neg_frame ? SR_MOD_NEGATED
                          : denied                     ? SR_MOD_DENIED
                          : frame_supposed             ? SR_MOD_HYPOTHETICAL
                          : claim_told                 ? SR_MOD_CLAIMED
                          : alleged                    ? SR_MOD_ALLEGED
                                                       : SR_MOD_ASSERTED;
            fe.fatalities = fe.injured = fe.quantity = -1;
            fe.quantity_unit = NULL;
            fe.evidence = sr_arena_alloc(c->arena, sizeof *fe.evidence);
            if (!fe.evidence) return false;
            fe.evidence[0] = ev.evidence[0]; /* its trigger is the frame: "threatened to", "would" */
            fe.evidence[0].trig_start = tok(c, frame_cue->b)->start;
            fe.evidence[0].trig_end = tok(c, frame_cue->e - 1)->end;
            if (!push_event(c->arena, o, &fe)) return false;
        }
        if (!push_event(c->arena, o, &ev)) return false;
    }
    share_place(o, first_new);
    fuse_protest(c, v, o, first_new);
    return true;
}

/* Does the sentence say, all by itself, that no one died ("No fatalities reported.", "No
 * deaths.")?  A summary of the incident told before, unlike a part ("No fatalities among
 * the police"): the cue opens the sentence and only a word of reporting follows it. */
static bool no_dead_summary(const sr_doc_ctx *c, const sr_sentence_view *v)
{
    for (int k = 0; k < v->n_layer[SR_LAYER_CASUALTY]; k++) {
        const sr_unit *u = &v->layers[SR_LAYER_CASUALTY][k];
        const sr_lex_entry *e = sr_unit_entry(u, SR_LEX_CASUALTY);
        if (u->b != v->tb || !sr_lex_is(e, "none", NULL) || sr_lex_is(e, "casualty", "injured")) continue;
        int i = u->e;
        static const char *const reporting[] = {"reported", "were", "was", "have", "been", "recorded", NULL};
        while (i < v->te && word_in(c, i, reporting)) i++;
        return i == v->te || (tok(c, i)->kind == SR_TOK_PUNCT && strchr(".,;", tok(c, i)->fold[0]));
    }
    return false;
}

/* A coder's note of the count recorded (coded_count), or a bare statement that no one died
 * (no_dead_summary: "A man was lynched … No fatalities reported, as police intervened."),
 * sets the count of every event of the paragraph so far that has casualties, its own
 * sentence's too ("10 killed (coded as 8 here …)"): whether the sentence holds one. */
static bool coded_note(const sr_doc_ctx *c, const sr_sentence_view *v, sentence_out *o, int first_of_para)
{
    int coded = coded_count(c, v, "killed");
    if (coded < 0 && no_dead_summary(c, v)) coded = 0;
    if (coded < 0) return false;
    for (int i = first_of_para; i < o->n; i++) {
        sr_event *e = &o->events[i];
        if (!has_casualties(e->type)) continue;
        e->fatalities = coded; /* the whole count: nothing adds to it, no claim lowers it */
        e->fatalities_more = e->fatalities_claimed = false;
    }
    return true;
}

/* Casualty statements without a trigger ("There were no casualties.") belong
 * to the last violent mention of the paragraph; dead told before any (*ahead_dead,
 * -1 when none: "A body was found in a latrine. The victim had been shot.") wait
 * for the paragraph's next sentence, whose violence they are (see dead_told_ahead). */
static void attach_casualties(const sr_doc_ctx *c, const sr_sentence_view *v, const para_info *pi, sentence_out *o,
                              int first_of_para, int *ahead_dead)
{
    if (coded_note(c, v, o, first_of_para)) return;
    int killed, injured;
    int ways = split_ways(c, v);
    if (ways) { /* "Fatalities split between two events.": each event its share */
        for (int i = first_of_para; i < o->n; i++)
            if (o->events[i].fatalities > 0) o->events[i].fatalities /= ways;
        return;
    }
    read_casualties(c, v, pi->rescued, &killed, &injured);
    if (killed < 0 && injured < 0) return;
    /* (not the dead of another time: "as five patients had died at the hospital in the
     * previous month", "for 10 years") */
    bool spans;
    sr_date when = sentence_date(c, v, &spans);
    if (spans || (when.precision != SR_PREC_NONE && c->doc_date.precision != SR_PREC_NONE &&
                  sr_date_diff_days(when, c->doc_date) < -7))
        return;
    for (int i = o->n - 1; i >= first_of_para; i--) {
        sr_event *e = &o->events[i];
        if (!has_casualties(e->type)) continue;
        /* a later total told plainly is the event's ("Three men were killed … A fourth died
         * later. 4 fatalities."); one a source reports, claims or fears is not ("The Star
         * reports 4 dead", "al Shabaab claims 15 fatalities"): it only fills a gap */
        static const char *const told_by[] = {"attribution", "claim", "allegation", "denial", "hypothetical",
                                              "negation"};
        unsigned told = cues_in_sentence(c, v, told_by, 6);
        bool plain = told == 0;
        /* (nor a claim where the report told harm of its own: own_harm_told) */
        bool claimed_over_own = (told >> 1 & 1) && own_harm_told(o, first_of_para);
        if (killed > 0 && e->fatalities > 0 && more_dead(c, v)) /* "3 militants were also killed" */
            e->fatalities += killed;
        else if ((e->fatalities < 0 && !claimed_over_own) || (killed > e->fatalities && plain)) {
            e->fatalities = killed;
            /* a plain total is the whole count, not more than an earlier mention's ("shot him
             * dead. His bodyguards were also killed. 3 fatalities.") */
            if (plain) e->fatalities_more = false;
        }
        if (e->injured < 0) e->injured = injured;
        return;
    }
    if (killed > 0 && o->n == first_of_para) *ahead_dead = killed;
}

/* The dead a sentence told before the paragraph's first event (ahead_dead, see
 * attach_casualties) are those of the violence the next sentence tells, when it
 * states none of its own; they wait no longer than that sentence. */
static void dead_told_ahead(sentence_out *o, int before, int *ahead_dead)
{
    for (int i = before; i < o->n && *ahead_dead > 0; i++) {
        sr_event *e = &o->events[i];
        if (sr_lex_streq(e->type->family, "violence") && e->fatalities < 0) {
            e->fatalities = *ahead_dead;
            break;
        }
    }
    *ahead_dead = -1;
}

static bool give_country(const sr_doc_ctx *c, sr_phrase *p, const char *iso3)
{
    memcpy(p->actor.country, iso3, 4);
    p->actor.name = sr_actor_name(c->arena, c->engine->places, p->tmpl, iso3);
    return p->actor.name != NULL;
}

/* The country of the first place sentence v resolves (not a name read as no place: a namesake
 * abroad): with anywhere false only of one where things happen (in, at, near; a container),
 * not "between the US and …"; NULL when there is none. */
static const char *place_country(const sr_sentence_view *v, bool anywhere)
{
    for (int q = 0; q < v->n_phrases; q++) {
        const sr_phrase *o = &v->phrases[q];
        if (o->kind == SR_PHRASE_PLACE && o->resolved &&
            (anywhere || o->role == SR_ROLE_LOCATION || o->role == SR_ROLE_CONTAINER))
            return o->resolved->country;
    }
    return NULL;
}

/* A bare agent takes the country it most likely belongs to: "its fighters"
 * are the named group before them; "the military said" is the military last
 * named with a country; otherwise the country of a place in its sentence,
 * else the document's focus ("local officials" in a report on Kunduz). */
static bool resolve_bare_agents(const sr_doc_ctx *c, sr_sentence_view *views, int n, const char *focus)
{
    enum { MAX_SEEN = 32 };
    const char *tmpl[MAX_SEEN];
    const char *country[MAX_SEEN];
    int n_seen = 0;
    for (int s = 0; s < n; s++) {
        sr_sentence_view *v = &views[s];
        for (int i = 0; i < v->n_phrases; i++) {
            sr_phrase *p = &v->phrases[i];
            if (p->kind != SR_PHRASE_ACTOR || !p->tmpl) continue;
            if (p->facility) {
                /* "attacked a police post in Mandera": a post its words give the state's forces is the
                 * state's where it stands, never the side of another actor the sentence names; a
                 * bare "positions" or "checkpoint" is anyone's */
                if (!p->state_facility) continue;
                const char *iso = place_country(v, false);
                if (!iso) iso = place_country(v, true);
                if (!iso) iso = focus;
                if (!p->actor.country[0] && iso && !give_country(c, p, iso)) return false;
                continue;
            }
            if (!p->actor.country[0] && p->b > v->tb &&
                (word_is(c, p->b - 1, "its") || word_is(c, p->b - 1, "their"))) {
                for (int k = i - 1; k >= 0; k--) {
                    const sr_phrase *q = &v->phrases[k];
                    if (q->kind == SR_PHRASE_ACTOR && !q->tmpl && !q->adjective && q->actor.name) {
                        uint32_t start = p->actor.start, end = p->actor.end;
                        p->actor = q->actor; /* "its fighters" are the group's */
                        p->actor.start = start;
                        p->actor.end = end;
                        p->tmpl = NULL;
                        break;
                    }
                }
                if (!p->tmpl) continue;
            }
            int k = 0;
            while (k < n_seen && strcmp(tmpl[k], p->tmpl)) k++;
            if (p->actor.country[0]) {
                if (k == n_seen && n_seen < MAX_SEEN) tmpl[n_seen++] = p->tmpl;
                if (k < MAX_SEEN) country[k] = p->actor.country;
                continue;
            }
            const char *iso = k < n_seen ? country[k] : NULL;
            /* the people of a place are its own ("Russian missiles struck Dnipro, killing 30 people":
             * Ukrainians); an official's side is the one the sentence names ("Turkish artillery …,
             * the Defence Ministry said") */
            const char *sec = p->actor.sector;
            bool locals = p->actor.crowd || sr_lex_streq(sec, "civilians") || sr_sector_protest(sec);
            if (!iso && locals) iso = place_country(v, false);
            for (int q = 0; !iso && q < v->n_phrases; q++)
                if (v->phrases[q].kind == SR_PHRASE_ACTOR && v->phrases[q].actor.country[0] && q != i)
                    iso = v->phrases[q].actor.country;
            if (!iso) iso = place_country(v, true);
            if (!iso) iso = focus;
            if (iso && !give_country(c, p, iso)) return false;
        }
    }
    return true;
}

/* The document's time expressions that lie inside one sentence. */
static void sentence_timex(const sr_doc_ctx *c, const sr_sentence *se, sr_sentence_view *v)
{
    int lo = 0, hi = c->n_timex;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (c->timex[mid].start < se->start) lo = mid + 1;
        else hi = mid;
    }
    v->n_timex = 0;
    for (int i = lo; i < c->n_timex && c->timex[i].end <= se->end && v->n_timex < SR_VIEW_MAX_TIMEX; i++)
        v->timex[v->n_timex++] = c->timex[i];
}

/* A place name inside a time expression is part of the date, not a place: "On Jul 23rd"
 * is no Suhl (Jul, one of its names).  (The document's time expressions are known when
 * it is coded for events; `sitrep places` reads none.) */
static void drop_places_in_dates(const sr_doc_ctx *c, sr_sentence_view *v)
{
    for (int i = 0; i < v->n_phrases; i++) {
        sr_phrase *p = &v->phrases[i];
        if (p->kind != SR_PHRASE_PLACE || !p->n_cands) continue;
        uint32_t a = tok(c, p->b)->start;
        int lo = 0, hi = c->n_timex;
        while (lo < hi) { /* the first expression ending after a */
            int mid = (lo + hi) / 2;
            if (c->timex[mid].end <= a) lo = mid + 1;
            else hi = mid;
        }
        if (lo < c->n_timex && c->timex[lo].start <= a) {
            p->n_cands = 0;
            p->cands = NULL;
        }
    }
}

/* The document's country: a vote of its place names, where a name that can
 * only be one place (a country, a province, a town without namesakes) counts
 * more than the likeliest reading of an ambiguous one. */
static const char *focus_country(sr_sentence_view *views, int n)
{
    enum { MAX_COUNTRIES = 64 };
    const char *iso[MAX_COUNTRIES];
    int votes[MAX_COUNTRIES], n_iso = 0, best = -1;
    for (int s = 0; s < n; s++)
        for (int i = 0; i < views[s].n_phrases; i++) {
            const sr_phrase *p = &views[s].phrases[i];
            /* a named actor of one country ("SDG", "Kenyan police") counts as a weak vote */
            const char *actor_iso = p->kind == SR_PHRASE_ACTOR && p->n_cands == 0 && p->actor.country[0]
                                        ? p->actor.country : NULL;
            if (p->n_cands == 0 && !actor_iso) continue;
            /* (a small town known by another of its names speaks for no country: "Kibaki" as Kybaky) */
            if (!actor_iso && sr_place_doubtful(p, p->cands[0], NULL)) continue;
            const char *country = actor_iso ? actor_iso : p->cands[0]->country;
            if (!country[0]) continue;
            /* a country or province named outweighs a lone town */
            bool region = !actor_iso && (p->cands[0]->feature == SR_FEAT_COUNTRY || p->cands[0]->feature == SR_FEAT_ADMIN1);
            bool sure = region || (!actor_iso && p->n_cands == 1);
            int k = 0;
            while (k < n_iso && !sr_lex_streq(iso[k], country)) k++;
            if (k == n_iso) {
                if (n_iso == MAX_COUNTRIES) continue;
                iso[n_iso] = country;
                votes[n_iso++] = 0;
            }
            votes[k] += region ? 4 : sure ? 3 : 1;
            if (best < 0 || votes[k] > votes[best]) best = k;
        }
    return best >= 0 ? iso[best] : NULL;
}

/* Sentences as extraction reads them: a run-on sentence (a page without
 * punctuation, a table) is cut into windows of SEGMENT_TOKENS tokens, which
 * bounds the cost of every per-sentence rule whatever the input. */
#define SEGMENT_TOKENS 160

static sr_sentence *segments_of(const sr_text *t, sr_arena *arena, int *n_out)
{
    int n = 0;
    for (int s = 0; s < t->n_sentences; s++) {
        int len = (int)(t->sentences[s].tok_end - t->sentences[s].tok_begin);
        n += len <= SEGMENT_TOKENS ? 1 : (len + SEGMENT_TOKENS - 1) / SEGMENT_TOKENS;
    }
    sr_sentence *seg = sr_arena_alloc(arena, (size_t)(n ? n : 1) * sizeof *seg);
    if (!seg) return NULL;
    int k = 0;
    for (int s = 0; s < t->n_sentences; s++) {
        const sr_sentence *se = &t->sentences[s];
        if (se->tok_end - se->tok_begin <= SEGMENT_TOKENS) { seg[k++] = *se; continue; }
        for (uint32_t b = se->tok_begin; b < se->tok_end; b += SEGMENT_TOKENS) {
            uint32_t e = b + SEGMENT_TOKENS < se->tok_end ? b + SEGMENT_TOKENS : se->tok_end;
            seg[k] = *se;
            seg[k].tok_begin = b;
            seg[k].tok_end = e;
            seg[k].start = t->tokens[b].start;
            seg[k].end = t->tokens[e - 1].end;
            k++;
        }
    }
    *n_out = k;
    return seg;
}

/* Places resolved with a clear margin, or with a single candidate below
 * country level: what an ambiguous name is most likely near. */
static bool collect_anchors(const sr_doc_ctx *c, sr_sentence_view *views, int n, const char *focus,
                            sr_resolve_ctx *rc)
{
    int cap = 0;
    for (int s = 0; s < n; s++)
        for (int i = 0; i < views[s].n_phrases; i++) {
            const sr_phrase *p = &views[s].phrases[i];
            if (sr_place_doubtful(p, p->resolved, focus)) { /* (an actor's place too: "Tugen herders") */
                rc->n_doubtful++;
                continue;
            }
            if (p->kind != SR_PHRASE_PLACE || !p->resolved || p->resolved->feature == SR_FEAT_COUNTRY) continue;
            if (!(p->n_cands == 1 || p->score >= 0.75)) continue;
            if (rc->n_anchors == cap) {
                int nc = cap ? cap * 2 : 16;
                const sr_place **na = sr_arena_grow(c->arena, (void *)rc->anchors, (size_t)rc->n_anchors, (size_t)nc,
                                                    sizeof *na);
                if (!na) return false;
                rc->anchors = na;
                cap = nc;
            }
            rc->anchors[rc->n_anchors++] = p->resolved;
            if (rc->n_anchors >= 16) return true; /* enough to know where the story is */
        }
    return true;
}

/* The names the first resolution placed in their stated container because no reading of
 * them lies there (stands_in: no reading left, the container resolved), with that
 * container's place, into rc (sr_resolve_ctx.unplaced_keys): only those with a reading in
 * the container's country, so a namesake elsewhere in it ("Vodiane" in Zaporizhzhia for
 * "Vodyane, Donetsk"), not a container misread abroad ("Rafi LGA, Niger" read as the
 * country, not the state of Nigeria); and only in a town or district.  False when out of
 * memory. */
static bool collect_unplaced(const sr_doc_ctx *c, const sr_sentence_view *views, int n, sr_resolve_ctx *rc)
{
    int cap = 0;
    for (int s = 0; s < n; s++)
        for (int i = 0; i < views[s].n_phrases; i++) {
            const sr_phrase *p = &views[s].phrases[i];
            if (p->kind != SR_PHRASE_PLACE || !p->n_cands || p->resolved || p->container < 0 ||
                !p->cands[0]->matched_key)
                continue;
            const sr_place *in = views[s].phrases[p->container].resolved;
            /* (not a province's: whether a town lies in one is read by its name, which spellings
             * break, "Sorong city, West Papua province") */
            if (!in || in->feature == SR_FEAT_ADMIN1 || in->feature == SR_FEAT_COUNTRY) continue;
            bool namesake_there = false;
            for (int k = 0; k < p->n_cands && !namesake_there; k++)
                namesake_there = !strcmp(p->cands[k]->country, in->country);
            if (!namesake_there) continue;
            if (rc->n_unplaced == cap) {
                int nc = cap ? cap * 2 : 4;
                const char **nk = sr_arena_grow(c->arena, (void *)rc->unplaced_keys, (size_t)rc->n_unplaced,
                                                (size_t)nc, sizeof *nk);
                const sr_place **np = nk ? sr_arena_grow(c->arena, (void *)rc->unplaced_in, (size_t)rc->n_unplaced,
                                                         (size_t)nc, sizeof *np)
                                         : NULL;
                if (!np) return false;
                rc->unplaced_keys = nk;
                rc->unplaced_in = np;
                cap = nc;
            }
            rc->unplaced_keys[rc->n_unplaced] = p->cands[0]->matched_key;
            rc->unplaced_in[rc->n_unplaced++] = in;
        }
    return true;
}

/* The lexicon and gazetteer hits of one segment. */
typedef struct seg_hits {
    sr_lex_hit *hits;
    int n;
} seg_hits;

static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

/* A place name as confirm_places compares it: the hit's text from its first
 * token's start to its last one's base end, ASCII letters folded to lower
 * case, cut at 255 bytes and at a NUL; kept as where it starts in the text,
 * its length and an FNV-1a hash of the folded bytes. */
typedef struct name_key {
    uint64_t hash;
    uint32_t start, len;
} name_key;

static char ascii_lower(char ch) { return (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch); }

static name_key name_key_of(const sr_doc_ctx *c, const sr_lex_hit *h)
{
    const sr_token *a = tok(c, (int)h->tok_begin), *z = tok(c, (int)h->tok_end - 1);
    const char *t = c->text->text + a->start;
    size_t n = z->base_end - a->start;
    if (n > 255) n = 255;
    uint64_t hash = 1469598103934665603u;
    size_t i = 0;
    for (; i < n && t[i]; i++) hash = (hash ^ (unsigned char)ascii_lower(t[i])) * 1099511628211u;
    return (name_key){hash, a->start, (uint32_t)i};
}

static bool same_name(const sr_doc_ctx *c, name_key x, name_key y)
{
    if (x.hash != y.hash || x.len != y.len) return false;
    const char *a = c->text->text + x.start, *b = c->text->text + y.start;
    for (uint32_t i = 0; i < x.len; i++)
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    return true;
}

/* The slot of table (mask + 1 slots, each -1 or an index into keys) holding a
 * key the same as k, or else the empty slot where k goes. */
static int name_slot(const sr_doc_ctx *c, const int *table, uint64_t mask, const name_key *keys, name_key k)
{
    uint64_t i = k.hash & mask;
    while (table[i] >= 0 && !same_name(c, keys[table[i]], k)) i = (i + 1) & mask;
    return (int)i;
}

/* Words that stand second in a pair of capitalised words ("Barack Obama",
 * "Mr. Jones" counts through its title, "Tyrise M. Bell" through its middle
 * initial): the document's surnames.  Is the
 * one-token hit h one of them (surnames sorted, from doc_surnames)? */
static bool is_surname_of_doc(const sr_doc_ctx *c, const sr_lex_hit *h, const char *const *surnames, int n)
{
    const char *w = tok(c, (int)h->tok_begin)->fold;
    return bsearch(&w, surnames, (size_t)n, sizeof *surnames, cmp_str) != NULL;
}

static const char **doc_surnames(const sr_doc_ctx *c, int *n_out)
{
    const sr_text *t = c->text;
    int n = 0, cap = 64;
    const char **s = sr_arena_alloc(c->arena, (size_t)cap * sizeof *s);
    for (int i = 1; s && i < t->n_tokens; i++) {
        const sr_token *a = &t->tokens[i - 1], *b = &t->tokens[i];
        bool pair = a->kind == SR_TOK_WORD && b->kind == SR_TOK_WORD && (a->flags & SR_TOKF_CAP) &&
                    (b->flags & SR_TOKF_CAP) && !(b->flags & SR_TOKF_ALLCAPS) && a->end == a->base_end &&
                    b->start == a->end + 1;
        /* "Tyrise M. Bell": a middle initial between the names */
        if (!pair && i >= 3 && a->kind == SR_TOK_PUNCT && a->fold[0] == '.' && b->kind == SR_TOK_WORD &&
            (b->flags & SR_TOKF_CAP) && !(b->flags & SR_TOKF_ALLCAPS)) {
            const sr_token *initial = &t->tokens[i - 2], *first = &t->tokens[i - 3];
            pair = initial->kind == SR_TOK_WORD && initial->base_end - initial->start == 1 &&
                   (initial->flags & SR_TOKF_CAP) && initial->end == a->start && b->start == a->end + 1 &&
                   first->kind == SR_TOK_WORD && (first->flags & SR_TOKF_CAP) &&
                   !(first->flags & SR_TOKF_SENT_START) && initial->start == first->end + 1;
        }
        /* "The Gainesville …", "In Dublin": a capitalised common word is no first name */
        if (!pair || sr_wordset_has(c->engine->common, a->fold, strlen(a->fold))) continue;
        if (n == cap) {
            const char **ns = sr_arena_grow(c->arena, (void *)s, (size_t)n, (size_t)cap * 2, sizeof *ns);
            if (!ns) return NULL;
            s = ns;
            cap *= 2;
        }
        s[n++] = b->fold;
    }
    if (s) qsort(s, (size_t)n, sizeof *s, cmp_str);
    *n_out = n;
    return s;
}

/* The document's surnames (doc_surnames), made only when a hit asks: s is
 * NULL until then.  With no gazetteer no hit asks. */
typedef struct doc_surname_set {
    const char **s;
    int n;
} doc_surname_set;

/* Is place hit h doubtful?  Sets *doubt; false when the arena ran out making
 * the surnames. */
static bool doubtful_hit(const sr_doc_ctx *c, const sr_lex_hit *h, doc_surname_set *sn, bool *doubt)
{
    const sr_place *p = h->entry->payload;
    *doubt = p->doubtful;
    if (p->doubtful || p->notable || p->contained || !p->fcode || !c->engine->gaz || h->tok_end != h->tok_begin + 1)
        return true;
    if (!sn->s && !(sn->s = doc_surnames(c, &sn->n))) return false;
    *doubt = is_surname_of_doc(c, h, sn->s, sn->n);
    return true;
}

/* One sense per document: a doubtful gazetteer match ("David" before
 * "Smith", "Jones" when a Jones is named, "Reading" with no "in") stands only
 * when the same name is a place elsewhere in the document without doubt.
 * Doubtful hits not confirmed are removed. */
static bool confirm_places(const sr_doc_ctx *c, seg_hits *sh, int n_seg)
{
    doc_surname_set surnames = {NULL, 0};
    int n_hits = 0;
    for (int s = 0; s < n_seg; s++) n_hits += sh[s].n;
    /* each hit's doubt (a surname lookup), asked once for the passes below;
     * the names of the doubtful places, and which bytes they start with */
    bool *doubt = sr_arena_alloc(c->arena, (size_t)(n_hits ? n_hits : 1) * sizeof *doubt);
    if (!doubt) return false;
    name_key *doubtful = NULL;
    int n_sure = 0, n_doubt = 0, cap_doubt = 0, first_seg = n_seg, first_at = 0;
    uint64_t first[4] = {0};
    for (int s = 0, at = 0; s < n_seg; s++)
        for (int i = 0; i < sh[s].n; i++, at++) {
            const sr_lex_entry *e = sh[s].hits[i].entry;
            doubt[at] = false;
            if (e->cls != SR_LEX_PLACE || !e->payload) continue;
            if (!doubtful_hit(c, &sh[s].hits[i], &surnames, &doubt[at])) return false;
            if (!doubt[at]) {
                n_sure++;
                continue;
            }
            if (n_doubt == cap_doubt) {
                cap_doubt = cap_doubt ? 2 * cap_doubt : 8;
                doubtful = sr_arena_grow(c->arena, doubtful, (size_t)n_doubt, (size_t)cap_doubt, sizeof *doubtful);
                if (!doubtful) return false;
            }
            name_key k = doubtful[n_doubt++] = name_key_of(c, &sh[s].hits[i]);
            unsigned char b = k.len ? (unsigned char)ascii_lower(c->text->text[k.start]) : 0;
            first[b >> 6] |= 1ull << (b & 63);
            if (first_seg == n_seg) {
                first_seg = s;
                first_at = at - i;
            }
        }
    if (!n_doubt) return true;
    /* the names of the sure places that could confirm one, in an
     * open-addressing table at most half full */
    uint64_t n_slots = 2;
    while (n_slots < 2 * (uint64_t)n_sure) n_slots *= 2;
    name_key *sure = sr_arena_alloc(c->arena, (size_t)n_sure * sizeof *sure);
    int *table = sr_arena_alloc(c->arena, (size_t)n_slots * sizeof *table);
    if (!sure || !table) return false;
    memset(table, 0xff, (size_t)n_slots * sizeof *table); /* every slot -1 */
    int k = 0;
    for (int s = 0, at = 0; s < n_seg; s++)
        for (int i = 0; i < sh[s].n; i++, at++) {
            const sr_lex_hit *h = &sh[s].hits[i];
            if (h->entry->cls != SR_LEX_PLACE || !h->entry->payload || doubt[at]) continue;
            const sr_token *a = tok(c, (int)h->tok_begin), *z = tok(c, (int)h->tok_end - 1);
            unsigned char b = z->base_end != a->start ? (unsigned char)ascii_lower(c->text->text[a->start]) : 0;
            if (!(first[b >> 6] >> (b & 63) & 1)) continue;
            sure[k] = name_key_of(c, h);
            int slot = name_slot(c, table, n_slots - 1, sure, sure[k]);
            if (table[slot] < 0) table[slot] = k++;
        }
    /* segments before the first doubtful hit keep all theirs */
    for (int s = first_seg, at = first_at, d = 0; s < n_seg; s++) {
        int w = 0;
        for (int i = 0; i < sh[s].n; i++, at++) {
            const sr_lex_hit *h = &sh[s].hits[i];
            if (doubt[at] && table[name_slot(c, table, n_slots - 1, sure, doubtful[d++])] < 0) continue;
            if (w != i) sh[s].hits[w] = *h;
            w++;
        }
        sh[s].n = w;
    }
    return true;
}

/* An actor named after a place ("San Antonio taxi drivers", "Punjab employees")
 * is of the country of that place as resolved in context, not of the first
 * place of that name the phrase was built with.  false when the arena ran out. */
static bool place_actor_countries(const sr_doc_ctx *c, sr_sentence_view *views, int n)
{
    for (int s = 0; s < n; s++)
        for (int i = 0; i < views[s].n_phrases; i++) {
            sr_phrase *p = &views[s].phrases[i];
            /* a name read as no place gives no country ("Boda boda riders" are no Norwegians,
             * after Bodø): the agent is left to the places the sentence does resolve */
            if (p->kind == SR_PHRASE_ACTOR && p->n_cands && !p->resolved && p->tmpl && p->actor.country[0] &&
                !strcmp(p->actor.country, p->cands[0]->country)) {
                p->actor.country[0] = '\0';
                if (!(p->actor.name = sr_actor_name(c->arena, c->engine->places, p->tmpl, NULL))) return false;
                continue;
            }
            if (p->kind != SR_PHRASE_ACTOR || !p->n_cands || !p->resolved || !p->tmpl || !p->resolved->country[0] ||
                !strcmp(p->actor.country, p->resolved->country))
                continue;
            /* only a country the place gave: not a demonym's ("Rus savaş uçakları", though a Rus is in Spain) */
            if (strcmp(p->actor.country, p->cands[0]->country)) continue;
            memcpy(p->actor.country, p->resolved->country, 4);
            if (!(p->actor.name = sr_actor_name(c->arena, c->engine->places, p->tmpl, p->actor.country))) return false;
        }
    return true;
}

/* Pass 1: every segment matched and chunked into phrases, places resolved
 * against the document's focus, bare agents given their country.  Returns
 * the number of segments, -1 when the arena ran out. */
static int build_views(const sr_doc_ctx *c, const sr_sentence **seg_out, sr_sentence_view **views_out)
{
    const sr_text *t = c->text;
    int n_seg = 0;
    const sr_sentence *seg = segments_of(t, c->arena, &n_seg);
    if (!seg) return -1;
    sr_sentence_view *views = sr_arena_calloc(c->arena, (size_t)(n_seg ? n_seg : 1), sizeof *views);
    seg_hits *sh = sr_arena_calloc(c->arena, (size_t)(n_seg ? n_seg : 1), sizeof *sh);
    if (!views || !sh) return -1;
    for (int s = 0; s < n_seg; s++) {
        const sr_sentence *se = &seg[s];
        sh[s].n = sr_lexicon_match(c->engine->lex, t->tokens, (int)se->tok_begin, (int)se->tok_end, c->arena,
                                   &sh[s].hits);
        if (sh[s].n < 0) return -1;
        if (c->engine->gaz) {
            int cap = sh[s].n;
            if (!sr_gaz_match(c->engine->gaz, c->engine->common, t->text, t->tokens, (int)se->tok_begin,
                              (int)se->tok_end, c->arena, &sh[s].hits, &sh[s].n, &cap))
                return -1;
        }
    }
    if (!confirm_places(c, sh, n_seg)) return -1;
    for (int s = 0; s < n_seg; s++) {
        const sr_sentence *se = &seg[s];
        if (!sr_phrase_build(c->engine->lex, c->engine->places, t->tokens, (int)se->tok_begin, (int)se->tok_end,
                             sh[s].hits, sh[s].n, c->arena, &views[s]))
            return -1;
        drop_places_in_dates(c, &views[s]);
    }
    const char *focus = focus_country(views, n_seg);
    /* resolve twice: the second time, places resolved with confidence anchor the rest */
    for (int s = 0; s < n_seg; s++) sr_phrase_resolve_places(&views[s], focus, NULL);
    sr_resolve_ctx rc = {0};
    if (!collect_anchors(c, views, n_seg, focus, &rc) || !collect_unplaced(c, views, n_seg, &rc)) return -1;
    if (rc.n_anchors || rc.n_doubtful || rc.n_unplaced)
        for (int s = 0; s < n_seg; s++) sr_phrase_resolve_places(&views[s], focus, &rc);
    /* agents take their country from places as resolved: "in San Antonio (Valparaiso), taxi
     * drivers" are Chile's */
    if (!place_actor_countries(c, views, n_seg) || !resolve_bare_agents(c, views, n_seg, focus)) return -1;
    *seg_out = seg;
    *views_out = views;
    return n_seg;
}

static sr_place_mention *next_mention(sr_arena *arena, sr_place_mention **m, int *n, int *cap)
{
    if (*n == *cap) {
        int nc = *cap ? *cap * 2 : 16;
        sr_place_mention *nm = sr_arena_grow(arena, *m, (size_t)*n, (size_t)nc, sizeof *nm);
        if (!nm) return NULL;
        *m = nm;
        *cap = nc;
    }
    return &(*m)[(*n)++];
}

static void fill_mention(sr_place_mention *x, uint32_t start, uint32_t end, const sr_place *pl, int precision,
                         double score, bool demonym)
{
    x->start = start;
    x->end = end;
    x->name = pl->name;
    x->geonameid = pl->geonameid;
    memcpy(x->country, pl->country, 4);
    x->admin1 = pl->feature == SR_FEAT_ADMIN1 ? pl->name : pl->admin1;
    x->lat = pl->lat;
    x->lon = pl->lon;
    x->feature = sr_feature_name(pl->feature);
    x->precision = precision;
    x->score = score;
    x->demonym = demonym;
}

int sr_extract_places(const sr_doc_ctx *c, sr_place_mention **out)
{
    *out = NULL;
    const sr_sentence *seg;
    sr_sentence_view *views;
    int n_seg = build_views(c, &seg, &views);
    if (n_seg < 0) return -1;
    int n = 0, cap = 0;
    sr_place_mention *m = NULL;
    for (int s = 0; s < n_seg; s++) {
        const sr_sentence_view *v = &views[s];
        /* names, in text order, merged with demonyms ("Syrian", "American"): their country */
        int pi = 0;
        for (int ui = 0; ui <= v->n_layer[SR_LAYER_ENTITY]; ui++) {
            const sr_unit *u = ui < v->n_layer[SR_LAYER_ENTITY] ? &v->layers[SR_LAYER_ENTITY][ui] : NULL;
            for (; pi < v->n_phrases && (!u || v->phrases[pi].name_b < u->b || !v->phrases[pi].n_cands); pi++) {
                const sr_phrase *p = &v->phrases[pi];
                if (!p->resolved) continue;
                sr_place_mention *x = next_mention(c->arena, &m, &n, &cap);
                if (!x) return -1;
                fill_mention(x, tok(c, p->name_b)->start, tok(c, p->name_e - 1)->base_end, p->resolved, p->precision,
                             p->score, false);
            }
            const sr_lex_entry *d = u ? sr_unit_entry(u, SR_LEX_DEMONYM) : NULL;
            const sr_place *country = d ? sr_placetab_country(c->engine->places, sr_lex_get(d, "country")) : NULL;
            if (!country || sr_unit_entry(u, SR_LEX_PLACE)) continue;
            bool named = false; /* "Syrian territory" is already a place phrase */
            for (int k = 0; k < v->n_phrases && !named; k++)
                named = v->phrases[k].resolved && v->phrases[k].name_b == u->b;
            if (named) continue;
            sr_place_mention *x = next_mention(c->arena, &m, &n, &cap);
            if (!x) return -1;
            fill_mention(x, tok(c, u->b)->start, tok(c, u->e - 1)->base_end, country, 3, 0.9, true);
        }
    }
    *out = m;
    return n;
}

/* A sentence that opens with "they" and a trigger of its own right after
 * ("They barricaded the road", "They then burnt a dorm", "They were
 * arrested") tells more of the doer named last: the events of o from index
 * `from` on that name no actor 1 (actor 2 when the verb is passive) take the
 * actor 1 of the nearest event before them.  English only; false when the
 * arena ran out. */
static bool they_did(const sr_doc_ctx *c, const sr_sentence_view *v, sentence_out *o, int from)
{
    if (v->te - v->tb < 2 || !word_is(c, v->tb, "they") || tok(c, v->tb)->lang != SR_LANG_EN) return true;
    const sr_actor *doer = NULL;
    for (int i = from - 1; i >= 0 && !doer; i--) doer = o->events[i].actor1;
    if (!doer) return true;
    for (int i = from; i < o->n; i++) {
        sr_event *ev = &o->events[i];
        int t = trigger_tok(c, v, ev);
        if (t >= v->te || t - v->tb > 3) continue; /* "they said two people were killed": not their deed */
        /* "They were arrested": what was done to them */
        const sr_unit *tu = sr_unit_at(v, SR_LAYER_TRIGGER, t);
        sr_actor **role = tu && is_passive(c, v, tu) ? &ev->actor2 : &ev->actor1;
        if (*role) continue;
        if (!(*role = copy_actor(c->arena, doer))) return false;
    }
    return true;
}

/* Drop from o the events of sentence v (index `from` on) that only name again, by a definite
 * noun and no doer of their own, violence or a protest the paragraph told before them (index
 * first_of_para up to `from`): "Residents attacked police officers with stones. The clash
 * left two officers injured" is one riot, the second sentence its toll, not a clash of its
 * own.  Their casualties then go to that event as any trigger-less sentence's do. */
static void told_again(const sr_doc_ctx *c, const sr_sentence_view *v, sentence_out *o, int from, int first_of_para)
{
    static const char *const definite[] = {"the", "this", "that", NULL};
    if (tok(c, v->tb)->lang != SR_LANG_EN) return;
    int kept = from;
    for (int i = from; i < o->n; i++) {
        const sr_event *ev = &o->events[i];
        int t = trigger_tok(c, v, ev);
        bool again = !ev->actor1 && has_casualties(ev->type) && t > v->tb && t < v->te &&
                     word_in(c, t - 1, definite) && ev->n_evidence == 1;
        /* (one of the same family is already told again by merging with it: "… marched. The
         * protest turned violent") */
        bool other_family = false, same_family = false;
        for (int j = first_of_para; again && j < from; j++) {
            const sr_event *before = &o->events[j];
            if (!has_casualties(before->type) || before->historical) continue;
            if (!strcmp(before->type->family, ev->type->family)) same_family = true;
            else other_family = true;
        }
        if (!(again && other_family && !same_family)) o->events[kept++] = *ev;
    }
    o->n = kept;
}

int sr_extract_document(const sr_doc_ctx *c, sr_event **out, const char **focus)
{
    *out = NULL;
    *focus = NULL;
    const sr_sentence *seg;
    sr_sentence_view *views;
    int n_seg = build_views(c, &seg, &views);
    if (n_seg < 0) return -1;
    *focus = focus_country(views, n_seg);

    sentence_out o = {0};
    for (int s = 0; s < n_seg;) {
        int para = seg[s].paragraph;
        int e = s;
        while (e < n_seg && seg[e].paragraph == para) e++;
        para_info pi;
        memset(&pi, 0, sizeof pi);
        pi.views = views + s;
        pi.n_views = e - s;
        bool any_trigger = false;
        for (int k = s; k < e; k++) any_trigger |= views[k].n_layer[SR_LAYER_TRIGGER] > 0;
        if (!any_trigger) { s = e; continue; } /* nothing happens here: no mention, no casualty to attach */
        for (int k = s; k < e; k++) {
            if (!find_sources(c, &views[k], &pi)) return -1;
            static const char *const milieu[] = {"background", "armed_milieu", "mob_justice", "unopposed", "rescued",
                                                 "extrajudicial"};
            unsigned milieu_cues = cues_in_sentence(c, &views[k], milieu, 6);
            if (milieu_cues & 1) pi.background = true;
            if (milieu_cues & 2) pi.armed_milieu = true;
            if ((milieu_cues & 4) || suspected_wrongdoer(c, &views[k])) pi.mob_justice = true;
            if (milieu_cues & 8) pi.unopposed = true;
            if (milieu_cues & 16) pi.rescued = true;
            if (milieu_cues & 32) pi.extrajudicial = true;
            pi.armed_deed |= armed_deed_told(&views[k]);
            pi.unharmed |= no_one_harmed(&views[k]);
            sentence_timex(c, &seg[k], &views[k]);
            for (int i = 0; !pi.loc_hint && i < views[k].n_phrases; i++) {
                const sr_phrase *p = &views[k].phrases[i];
                if (p->kind != SR_PHRASE_PLACE || !p->resolved) continue;
                if (p->role == SR_ROLE_LOCATION) pi.loc_hint = p;
                else if (!pi.any_place && p->role != SR_ROLE_ORIGIN && p->role != SR_ROLE_EXCLUDE && !p->country_only)
                    pi.any_place = p; /* (not a bare country, which may be the state acting: "Turkey has fought") */
            }
            for (int i = 0; i < views[k].n_timex; i++)
                if (views[k].timex[i].kind == SR_TIMEX_DURATION) pi.span_told = true;
        }
        int first_of_para = o.n, ahead_dead = -1;
        pi.first_event = first_of_para;
        for (int k = s; k < e; k++) {
            int before = o.n;
            if (!mentions_of_sentence(c, &views[k], &seg[k], &pi, para, &o)) return -1;
            if (!they_did(c, &views[k], &o, before)) return -1;
            told_again(c, &views[k], &o, before, first_of_para);
            if (o.n == before) attach_casualties(c, &views[k], &pi, &o, first_of_para, &ahead_dead);
            else {
                if (ahead_dead > 0) dead_told_ahead(&o, before, &ahead_dead);
                coded_note(c, &views[k], &o, first_of_para);
            }
            /* a date stated in this sentence holds for the rest of the paragraph */
            for (int i = before; i < o.n; i++)
                if (o.events[i].date_from_text && o.events[i].date.precision != SR_PREC_NONE) {
                    pi.date = o.events[i].date;
                    pi.has_date = true;
                }
        }
        s = e;
    }
    *out = o.events;
    return o.n;
}

bool sr_default_actors(const sr_doc_ctx *c, sr_event *events, int n, const char *focus)
{
    for (int i = 0; i < n; i++) {
        sr_event *ev = &events[i];
        /* a protest the state put down, or that turned violent against it, is the protesters'
         * event, the state its second actor ("police dispersed the traders": the traders, then
         * the police) */
        if ((sr_type_put_down(ev->type) ||
             sr_lex_streq(ev->type->key, "violent_demonstration")) &&
            ev->actor1 && sr_sector_state(ev->actor1->sector) && !(ev->actor2 && sr_sector_state(ev->actor2->sector))) {
            sr_actor *state = ev->actor1;
            ev->actor1 = ev->actor2;
            ev->actor2 = state;
        }
        const char *sec = ev->actor1 ? ev->actor1->sector : NULL;
        if (sec && ev->type->actor1 && sr_lex_streq(ev->type->family, "protest") &&
            (sr_lex_streq(sec, "civilians") || sr_sector_protest(sec))) {
            /* "residents held a demonstration", "göstericiler taş attı": they act as the codebook's
             * protesters or rioters */
            sr_actor d = *ev->actor1;
            d.name = sr_actor_name(c->arena, c->engine->places, ev->type->actor1, d.country[0] ? d.country : NULL);
            d.sector = ev->type->actor1_sector;
            if (!d.name || !(ev->actor1 = copy_actor(c->arena, &d))) return false;
            continue;
        }
        const char *tmpl = ev->implied_actor1 ? ev->implied_actor1 : ev->type->actor1;
        if (ev->actor1 || !tmpl) continue;
        const char *iso = ev->location && ev->location->place->country[0] ? ev->location->place->country : focus;
        if (ev->implied_actor1 && ev->implied_country) iso = ev->implied_country;
        sr_actor d;
        memset(&d, 0, sizeof d);
        d.implied = true;
        if (iso) memcpy(d.country, iso, 4);
        d.name = sr_actor_name(c->arena, c->engine->places, tmpl, iso);
        d.sector = ev->implied_actor1 ? ev->implied_sector : ev->type->actor1_sector;
        d.crowd = sr_lex_streq(ev->type->family, "protest");
        if (!d.name || !(ev->actor1 = copy_actor(c->arena, &d))) return false;
    }
    return true;
}
