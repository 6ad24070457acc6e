/*
 * gazmatch.c — gazetteer names in a sentence; see gazmatch.h.
 *
 * A span is a candidate name when its first and last tokens are capitalised
 * words (or a hashtag), its inner tokens are words or the period of an
 * abbreviation ("St. Louis"), and it is not a short all-capitals acronym
 * ("US", "UN", "AP" are organisations and pronouns far more often than
 * places).  The key of the span's own bytes — up to the apostrophe of a
 * Turkish case suffix — is looked up; every length that matches is a hit.
 * A span that starts inside a longer capitalised name ("Operation Peace
 * Spring", "Sputnik Türkiye") is not a place: that name is something else's,
 * unless the word before is a direction ("Northern Syria").  Weekday and
 * month names ("Thursday Island", "March") are dates here, never places.
 * A town whose name is a common word, or that goes on like a person's name,
 * is doubtful without a place's context: the document must confirm it.
 */
#include "gazmatch.h"

#include <string.h>

#include "gazkey.h"

#define MAX_SPAN_TOKENS 6

static bool capitalised(const sr_token *t)
{
    return t->kind == SR_TOK_HASHTAG || (t->kind == SR_TOK_WORD && (t->flags & (SR_TOKF_CAP | SR_TOKF_ALLCAPS)));
}

/* "ez-Zor" in "Deir ez-Zor", "al-Bab": a lower-case article joined to a
 * capitalised name ends a name as well as a capitalised word does */
static bool article_name(const char *text, const sr_token *t)
{
    if (t->kind != SR_TOK_WORD) return false;
    const char *s = text + t->start, *end = text + t->base_end;
    const char *dash = memchr(s, '-', (size_t)(end - s));
    return dash && dash - s <= 3 && dash + 1 < end && dash[1] >= 'A' && dash[1] <= 'Z';
}

/* "US", "UN", "LoC": short capitals, or a capital inside a short word */
static bool acronym(const char *text, const sr_token *t)
{
    if ((t->flags & SR_TOKF_ALLCAPS) && t->base_end - t->start <= 3) return true;
    if (t->kind != SR_TOK_WORD || t->base_end - t->start > 4) return false;
    for (uint32_t k = t->start + 1; k < t->base_end; k++)
        if (text[k] >= 'A' && text[k] <= 'Z') return true;
    return false;
}

static bool word_in(const char *w, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (list[i][0] == w[0] && !strcmp(w, list[i])) return true;
    return false;
}

static bool is_calendar_word(const sr_token *t)
{
    static const char *const words[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar", NULL};
    return word_in(t->fold, words);
}

/* Does a span starting at toks[i] start in the middle of a capitalised name? */
static bool inside_name(const sr_token *toks, int b, int i)
{
    static const char *const directions[] = {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
        "lower", "greater", "downtown", "northeastern", "northwestern", "southeastern", "southwestern",
        "north-eastern", "north-western", "south-eastern", "south-western", "kuzey", "güney", "doğu", "batı", NULL};
    if (i <= b) return false;
    const sr_token *prev = &toks[i - 1];
    if (prev->kind != SR_TOK_WORD || !(prev->flags & (SR_TOKF_CAP | SR_TOKF_ALLCAPS))) return false;
    if (prev->flags & SR_TOKF_SENT_START) return false; /* "In Kilis", "The Hague" */
    if (prev->end + 1 < toks[i].start || prev->end != prev->base_end) return false; /* not one name */
    return !word_in(prev->fold, directions);
}

static bool is_title(const sr_token *t)
{
    static const char *const titles[] = {"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "lt", "gen", "col",
                                         "sgt", "capt", "maj", "cpl", "pvt", "rev", "judge", "president", NULL};
    return word_in(t->fold, titles);
}

/* A compass word alone ("the North") names a region of the story, not a town. */
static bool compass_word(const sr_token *t)
{
    static const char *const points[] = {"north", "south", "east", "west", "central", "midwest", NULL};
    return word_in(t->fold, points);
}

/* Is the one-word name t a common lower-case word ("Reading", "He")? */
static bool common_word(const sr_wordset *common, const sr_token *t)
{
    return common && sr_wordset_has(common, t->fold, strlen(t->fold));
}

/* Does the name end where a person's name goes on ("David Smith", "Mr.
 * Jones")?  A capitalised word right after it, or a title right before it. */
static bool person_like(const sr_token *toks, int b, int e, int i, int j)
{
    if (j + 1 < e) {
        const sr_token *nx = &toks[j + 1];
        if (nx->kind == SR_TOK_WORD && (nx->flags & SR_TOKF_CAP) && nx->start == toks[j].end + 1 &&
            toks[j].end == toks[j].base_end)
            return true;
    }
    if (i >= b + 2 && toks[i - 1].kind == SR_TOK_PUNCT && toks[i - 1].fold[0] == '.' && is_title(&toks[i - 2]))
        return true;
    return false;
}

/* A container after the name: "Mobile, Alabama", "Oxford, Miss.". */
static bool container_after(const sr_token *toks, int e, int j)
{
    return j + 2 < e && toks[j + 1].kind == SR_TOK_PUNCT && toks[j + 1].fold[0] == ',' &&
           (toks[j + 2].flags & (SR_TOKF_CAP | SR_TOKF_ALLCAPS));
}

/* The context that makes a common word a place: a preposition of place
 * before it ("in Reading") or a container after it. */
static bool place_context(const sr_token *toks, int b, int e, int i, int j)
{
    static const char *const preps[] = {"in", "at", "near", "from", "into", "outside", "toward", "towards",
                                        "across", "around", "through", "between", NULL};
    if (i > b && toks[i - 1].kind == SR_TOK_WORD && word_in(toks[i - 1].fold, preps)) return true;
    return container_after(toks, e, j);
}

/* Countries, first-level divisions and rows of our own table are names of
 * note: a common-word spelling does not make them doubtful. */
static bool notable(const sr_gaz_entry *ge)
{
    return ge->feature == SR_FEAT_COUNTRY || ge->feature == SR_FEAT_ADMIN1 || !ge->feature_code[0];
}

static bool inner_ok(const sr_token *prev, const sr_token *t)
{
    if (t->kind == SR_TOK_WORD) return true;
    /* "St. Louis", "Ft. Worth": the period right after a short capitalised word */
    return t->kind == SR_TOK_PUNCT && t->fold[0] == '.' && !t->fold[1] && prev->kind == SR_TOK_WORD &&
           prev->base_end - prev->start <= 3 && t->start == prev->end;
}

static bool push(sr_arena *arena, sr_lex_hit **hits, int *n, int *cap, sr_lex_hit h)
{
    if (*n == *cap) {
        int nc = *cap ? *cap * 2 : 16;
        sr_lex_hit *nh = sr_arena_grow(arena, *hits, (size_t)*n, (size_t)nc, sizeof *nh);
        if (!nh) return false;
        *hits = nh;
        *cap = nc;
    }
    /* keep order: by start, then longer first */
    int k = *n;
    while (k > 0 && ((*hits)[k - 1].tok_begin > h.tok_begin ||
                     ((*hits)[k - 1].tok_begin == h.tok_begin && (*hits)[k - 1].tok_end < h.tok_end))) {
        (*hits)[k] = (*hits)[k - 1];
        k--;
    }
    (*hits)[k] = h;
    (*n)++;
    return true;
}

static sr_place *place_of(sr_arena *arena, const sr_gaz_entry *ge)
{
    sr_place *p = sr_arena_alloc(arena, sizeof *p);
    if (!p) return NULL;
    memset(p, 0, sizeof *p);
    p->name = ge->name;
    p->feature = ge->feature;
    for (int i = 0; i < 3 && ge->country[i]; i++) p->country[i] = ge->country[i];
    p->admin1 = ge->admin1;
    p->admin2 = ge->admin2;
    p->fcode = ge->feature_code;
    p->lat = ge->lat;
    p->lon = ge->lon;
    p->geonameid = ge->geonameid;
    p->population = ge->population;
    return p;
}

bool sr_gaz_match(const sr_gazetteer *g, const sr_wordset *common, const char *text, const sr_token *toks, int b,
                  int e, sr_arena *arena, sr_lex_hit **hits, int *n, int *cap)
{
    char key[SR_GAZ_KEY_MAX];
    /* keys are compositional (gazkey.h): each token is keyed once, spans are joined */
    const char **tok_key = sr_arena_calloc(arena, (size_t)(e > b ? e - b : 1), sizeof *tok_key);
    size_t *tok_len = sr_arena_alloc(arena, (size_t)(e > b ? e - b : 1) * sizeof *tok_len);
    if (!tok_key || !tok_len) return false;
    for (int i = b; i < e; i++) {
        const sr_token *first = &toks[i];
        if (!capitalised(first) || is_calendar_word(first) || is_title(first) || inside_name(toks, b, i)) continue;
        size_t len = 0;
        key[0] = '\0';
        for (int j = i; j < e && j < i + MAX_SPAN_TOKENS; j++) {
            const sr_token *t = &toks[j];
            if (j > i && !inner_ok(&toks[j - 1], t)) break;
            if (j > i && t->start > toks[j - 1].end + 1) break; /* more than one space: not one name */
            if (!tok_key[j - b]) {
                /* a suffix ends the name: "Kilis'te" is keyed as "Kilis"; "#Kilis" as "Kilis" */
                uint32_t start = t->kind == SR_TOK_HASHTAG ? t->start + 1 : t->start;
                char one[SR_GAZ_KEY_MAX];
                size_t n1 = t->base_end > start ? sr_gaz_key_n(text + start, t->base_end - start, one, sizeof one) : 0;
                tok_key[j - b] = sr_arena_strndup(arena, one, n1);
                tok_len[j - b] = n1;
                if (!tok_key[j - b]) return false;
            }
            const char *piece = tok_key[j - b];
            size_t pl = tok_len[j - b];
            if (pl) {
                if (len + (len ? 1 : 0) + pl + 1 > sizeof key) break;
                if (len) key[len++] = ' ';
                memcpy(key + len, piece, pl + 1);
                len += pl;
            }
            if (!(capitalised(t) || (j > i && article_name(text, t))) || len == 0) continue;
            const uint32_t *ids;
            int n_ids = sr_gazetteer_lookup(g, key, &ids);
            if (n_ids <= 0) {
                if (t->base_end != t->end) break;
                continue;
            }
            if (n_ids > SR_GAZ_MAX_CANDIDATES) n_ids = SR_GAZ_MAX_CANDIDATES;
            /* a short all-capitals word ("US", "UK") may name a country, never a town;
             * a common word ("Reading") is a town only in a place's context; a
             * name that goes on like a person's is a town only if the document
             * confirms it elsewhere (the caller drops unconfirmed doubtful hits) */
            bool context = place_context(toks, b, e, i, j);
            if (j == i && compass_word(first)) continue;
            bool only_notable = j == i && acronym(text, first);
            /* the common words are English ones: "Lice" is a Turkish town */
            bool english_word = j == i && first->lang != SR_LANG_TR && common_word(common, first);
            /* "near City Hall", "on Lake Victoria": a common word that a name goes on from is
             * part of that name, context or not */
            bool goes_on = j + 1 < e && toks[j + 1].kind == SR_TOK_WORD && (toks[j + 1].flags & SR_TOKF_CAP) &&
                           toks[j + 1].start == t->end + 1;
            bool doubtful = (!context && (person_like(toks, b, e, i, j) || english_word)) || (english_word && goes_on);
            /* one [place] entry per candidate, all over the same span */
            const char *shared_key = n_ids > 1 ? sr_arena_strndup(arena, key, len) : NULL;
            if (n_ids > 1 && !shared_key) return false;
            for (int k = 0; k < n_ids; k++) {
                sr_gaz_entry ge;
                if (!sr_gazetteer_entry(g, ids[k], &ge)) continue;
                if (only_notable && !notable(&ge)) continue;
                if (j == i && acronym(text, first) && ge.feature != SR_FEAT_COUNTRY) continue;
                sr_place *p = place_of(arena, &ge);
                sr_lex_entry *le = sr_arena_calloc(arena, 1, sizeof *le);
                if (!p || !le) return false;
                p->notable = notable(&ge);
                p->matched_key = shared_key;
                p->doubtful = doubtful && !p->notable;
                p->in_context = context;
                p->contained = container_after(toks, e, j);
                le->cls = SR_LEX_PLACE;
                le->n_tests = (uint8_t)(j - i + 1);
                le->pattern = ge.name;
                le->file = "gazetteer";
                le->index = 1 << 30; /* after every lexicon entry */
                le->payload = p;
                if (!push(arena, hits, n, cap, (sr_lex_hit){(uint32_t)i, (uint32_t)(j + 1), le})) return false;
            }
            if (t->base_end != t->end) break;
        }
    }
    return true;
}

bool sr_gaz_place_alternate(const sr_place *p)
{
    char own[SR_GAZ_KEY_MAX];
    return p && p->matched_key && sr_gaz_key(p->name, own, sizeof own) > 0 && strcmp(own, p->matched_key) != 0;
}
