/*
 * merge.c — mentions of one event within a document become one event; see
 * merge.h.
 *
 * A mention joins the latest earlier event it is compatible with: the same
 * family and retaliation flag, the same background status and a date within a
 * day, places that agree (same place, one inside the other's province, within
 * 25 km, or one side silent), origins in the same country, and actors that do
 * not contradict each other (a clash's two sides in either order).  The merged
 * event keeps the most specific type, place and origin, the stated casualty
 * counts, every source and every evidence span.  A killing told on its own,
 * whose type only a default gave, becomes the dead of the earlier event of harm
 * it is dated and placed with (of an abduction, within a month after it: the
 * abducted found dead).
 * Then responses ("returned fire") are placed where the attack they answer
 * came from.
 */
#include "merge.h"

#include <string.h>

static bool same_country(const sr_loc *a, const sr_loc *b) { return !strcmp(a->place->country, b->place->country); }

/* Are a and b (neither NULL) one place: the same row, or the same gazetteer entry
 * found twice? */
static bool same_place(const sr_loc *a, const sr_loc *b)
{
    return a->place == b->place || (a->place->geonameid && a->place->geonameid == b->place->geonameid);
}

static bool places_agree(const sr_loc *a, const sr_loc *b)
{
    if (!a || !b || a->assumed || b->assumed) return true;
    if (same_place(a, b)) return true;
    if (!same_country(a, b)) return false;
    const sr_place *pa = a->place, *pb = b->place;
    if (pa->feature == SR_FEAT_COUNTRY || pb->feature == SR_FEAT_COUNTRY) return true;
    if (pa->admin1 && pb->admin1 && !strcmp(pa->admin1, pb->admin1)) return true;
    /* (a province and a place in it: "near Vodyane, Donetsk" and "near Vodyane") */
    if (pa->feature == SR_FEAT_ADMIN1 && pb->admin1 && !strcmp(pa->name, pb->admin1)) return true;
    if (pb->feature == SR_FEAT_ADMIN1 && pa->admin1 && !strcmp(pb->name, pa->admin1)) return true;
    return sr_distance_km(pa->lat, pa->lon, pb->lat, pb->lon) <= 25.0;
}

/* Do actors a and b (NULL: none named) not contradict each other?  With crowd set,
 * protesters and rioters are one crowd (its protest turned in a later sentence: "The
 * protest degenerated into riots"). */
static bool actors_agree(const sr_actor *a, const sr_actor *b, bool crowd)
{
    if (!a || !b) return true;
    if (a->country[0] && b->country[0] && strcmp(a->country, b->country)) return false;
    if (a->sector && b->sector && strcmp(a->sector, b->sector)) {
        /* officials and their forces speak for one state */
        bool state_a = sr_lex_streq(a->sector, "military") || sr_lex_streq(a->sector, "government");
        bool state_b = sr_lex_streq(b->sector, "military") || sr_lex_streq(b->sector, "government");
        /* (… and people a crowd is made of: "a mob of residents and boda boda riders") */
        bool one_crowd = crowd && (sr_sector_protest(a->sector) || sr_lex_streq(a->sector, "civilians")) &&
                         (sr_sector_protest(b->sector) || sr_lex_streq(b->sector, "civilians"));
        if (!(state_a && state_b) && !one_crowd) return false;
    }
    return true;
}

static bool dates_agree(const sr_event *a, const sr_event *b)
{
    if (a->historical != b->historical) return false;
    if (a->date.precision == SR_PREC_NONE || b->date.precision == SR_PREC_NONE)
        return a->date.precision == b->date.precision && a->paragraph == b->paragraph;
    long d = sr_date_diff_days(a->date, b->date);
    return d >= -1 && d <= 1;
}

/* Is m told in e's paragraph within a month after e, an abduction ("A woman went missing
 * on 30 January. Her body was found on February 4th.")?  The abducted found dead later
 * are the abduction's dead, whatever the day. */
static bool later_in_abduction(const sr_event *e, const sr_event *m)
{
    if (!sr_lex_streq(e->type->key, "abduction") || e->paragraph != m->paragraph || e->historical != m->historical)
        return false;
    if (e->date.precision == SR_PREC_NONE || m->date.precision == SR_PREC_NONE) return false;
    long d = sr_date_diff_days(m->date, e->date);
    return d >= 0 && d <= 31;
}

/* Violence by or against protesters during a protest told elsewhere in the
 * document is that protest turning violent or being put down: the type it
 * gives the protest, or NULL when m is not such a mention. */
/* Are a and b the same words of the text (an actor a pronoun stood for: "Traders
 * protested … They barricaded a road")? */
static bool same_phrase(const sr_actor *a, const sr_actor *b)
{
    return a && b && !a->implied && a->start == b->start && a->end == b->end;
}

/* Are a and b one actor: the same words, or the same name ("students … The students")? */
static bool same_actor(const sr_actor *a, const sr_actor *b)
{
    return same_phrase(a, b) || (a && b && a->name && b->name && !strcmp(a->name, b->name));
}

static const char *protest_turn(const sr_event *e, const sr_event *m)
{
    if (!sr_lex_streq(e->type->family, "protest")) return NULL;
    const char *s1 = m->actor1 ? m->actor1->sector : NULL, *s2 = m->actor2 ? m->actor2->sector : NULL;
    /* the protesters, whoever held the protest, or those the state put down ("… fired shots in
     * the air to disperse the youth. The youth blocked roads, attacked vehicles") */
    bool by_protesters = sr_sector_protest(s1) || same_actor(m->actor1, e->actor1) ||
                         (sr_type_put_down(e->type) && same_actor(m->actor1, e->actor2));
    bool on_protesters = sr_sector_protest(s2) || same_phrase(m->actor2, e->actor1);
    bool by_state = sr_sector_state(s1);
    bool put_down = sr_type_put_down(e->type);
    /* "… held a demonstration. Police used tear gas to disperse them.": the state's answer
     * to the protest, told in a sentence of its own */
    bool answer = sr_type_put_down(m->type);
    /* … and the crowd's own riot told apart ("… demonstrated. Rioters pelted stones.") */
    bool riot = sr_type_riot(m->type);
    if (sr_lex_streq(m->type->family, "protest")) {
        /* (a mob's riot put down stays a riot: ACLED's protest types are for demonstrations) */
        if (answer && (by_state || !m->actor1))
            return sr_lex_streq(e->type->key, "mob_violence") ? "mob_violence" : m->type->key;
        /* … or by anyone but the state after the police put the protest down ("Police use
         * teargas to disperse students. The students were violently protesting") */
        bool put_down_by_state = put_down && e->actor1 && sr_sector_state(e->actor1->sector);
        /* … or by a crowd left unnamed that fought the state's forces ("… protesting the arrest of a
         * cleric. The youths blocked the road and engaged police in running battles") */
        bool unnamed_against_state = !m->actor1 && m->actor2 && sr_sector_state(m->actor2->sector);
        /* … or by the state's forces against no one named ("… demonstrated. Clashes with the police
         * broke out when the police officers attempted to disperse them") */
        bool state_against_unnamed = by_state && !m->actor2;
        /* … but the state's forces harming the crowd of a protest told before ("Youths protest
         * the arrest of …. Police shoot at crowd, seriously injuring two"): force on the protest */
        if (riot && by_state && on_protesters && (m->fatalities > 0 || m->injured > 0) &&
            !sr_type_riot(e->type))
            return "excessive_force";
        if (riot &&
            (by_protesters || unnamed_against_state || state_against_unnamed || (put_down_by_state && !by_state)) &&
            !sr_lex_streq(e->type->key, "mob_violence"))
            return "violent_demonstration";
        /* a crowd's riot that the next sentence tells as its protest ("Students engaged police in
         * running battles. The protests began as students called for …") was a demonstration */
        if (sr_lex_streq(e->type->key, "mob_violence") && sr_lex_streq(m->type->key, "peaceful_protest") &&
            e->actor1 && e->actor1->crowd && !e->actor1->implied && (!m->actor1 || by_protesters))
            return "violent_demonstration";
        return NULL;
    }
    /* a mob's violence is already violent: more of it stays mob violence */
    const char *violent = sr_lex_streq(e->type->key, "mob_violence") ? "mob_violence" : "violent_demonstration";
    if (sr_lex_streq(m->type->family, "violence") && by_protesters) return violent;
    /* "… in protest of extra fees. They burnt a dorm": destruction by the protesters, or by nobody named */
    if (sr_lex_streq(m->type->family, "looting") && (by_protesters || !m->actor1)) return violent;
    if (sr_lex_streq(m->type->family, "violence") && on_protesters && by_state) return "excessive_force";
    /* arrests at a protest the police already broke up are part of that intervention */
    if (sr_lex_streq(m->type->family, "arrests") && (on_protesters || put_down)) return "protest_intervention";
    /* "… staged a demonstration. Police arrested 2.": people arrested after a peaceful protest
     * (not "He was arrested on a land charge": one man, whose arrest the protest may be about) */
    bool counted = m->quantity >= 2 && m->quantity_unit && sr_lex_streq(m->quantity_unit, "person");
    /* … or by the police, with no one else named ("Police officers arrested them", "Police made
     * arrests") */
    bool unnamed = by_state && !m->actor2;
    if (sr_lex_streq(m->type->family, "arrests") && sr_lex_streq(e->type->key, "peaceful_protest") &&
        (((!m->actor1 || by_state) && counted) || unnamed))
        return "protest_intervention";
    return NULL;
}

/* Is m destruction or theft by the doers of the violence e ("Militants attacked the
 * village. They also burned several huts"): what the attackers also did, a detail of the
 * attack (as a sentence that tells both makes it)? */
static bool done_by_attackers(const sr_event *e, const sr_event *m)
{
    if (!sr_lex_streq(e->type->family, "violence") || !sr_lex_streq(m->type->family, "looting")) return false;
    if (!e->actor1 || !m->actor1 || e->actor1->implied || m->actor1->implied) return false;
    return same_actor(e->actor1, m->actor1);
}

/* Is m armed men fighting back the attackers of e, an attack on the unarmed
 * ("Bandits attacked a village. Police reservists repulsed the bandits."): then
 * the incident had two armed sides, a clash. */
static bool fought_back(const sr_event *e, const sr_event *m)
{
    if (!sr_lex_streq(e->type->family, "violence") || !sr_lex_streq(m->type->family, "violence") ||
        e->retaliation || !sr_lex_streq(e->type->key, "attack"))
        return false;
    if (!e->actor1 || !e->actor1->armed || e->actor1->implied || (e->actor2 && e->actor2->armed)) return false;
    if (!m->actor1 || !m->actor1->armed || m->actor1->implied || same_actor(m->actor1, e->actor1)) return false;
    /* (the state's forces' violence on no one named: on the attackers, "… Police intervened,
     * shooting dead two") */
    if (!m->actor2) return sr_sector_state(m->actor1->sector);
    return same_actor(m->actor2, e->actor1) || (m->actor2->armed && !sr_sector_state(m->actor2->sector));
}

/* Is m weapons taken by a side of the fight e, or by anyone when e names no doer, told
 * after it ("An intense shoot-out broke out … The police seized two rifles"): a detail of
 * that fight, as a sentence that tells both makes it? */
static bool weapons_taken_in(const sr_event *e, const sr_event *m)
{
    if (!sr_lex_streq(e->type->family, "violence") || !sr_lex_streq(m->type->family, "disrupted_weapons")) return false;
    if (!m->actor1 || m->actor1->implied) return false;
    bool side1 = e->actor1 && !e->actor1->implied, side2 = e->actor2 && !e->actor2->implied;
    /* (a fight told with no doer named is the seizers' own: "Two suspects were shot and injured.
     * The Police seized a pistol") */
    return !side1 || same_actor(m->actor1, e->actor1) || (side2 && same_actor(m->actor1, e->actor2));
}

/* Is m the armed targets of e answering with fire ("Al Shabaab threw a hand grenade at
 * police. Police responded with gunfire"): a fight of two sides, ACLED's armed clash,
 * whatever weapon opened it? */
static bool answered_fire(const sr_event *e, const sr_event *m)
{
    if (!sr_lex_streq(e->type->family, "violence") || !sr_lex_streq(m->type->key, "armed_clash") ||
        sr_lex_streq(e->type->key, "armed_clash") || e->retaliation)
        return false;
    if (!e->actor1 || !e->actor1->armed || e->actor1->implied || !e->actor2 || !e->actor2->armed || e->actor2->implied)
        return false;
    if (!m->actor1 || m->actor1->implied || !same_actor(m->actor1, e->actor2)) return false;
    return !m->actor2 || same_actor(m->actor2, e->actor1);
}

/* Is m fire exchanged where e, an armed side's fire, was told ("NAF forces fired mortars at
 * the positions near Vodyane. The OSCE observed 75 explosions in both directions near
 * Vodyane"): one fight of two sides, ACLED's armed clash, whatever weapons opened it? */
static bool fire_returned(const sr_event *e, const sr_event *m)
{
    if (!sr_lex_streq(e->type->family, "violence") || sr_lex_streq(e->type->key, "armed_clash") || e->retaliation ||
        !m->fire_both_ways || !sr_lex_streq(m->type->key, "armed_clash"))
        return false;
    return e->actor1 && e->actor1->armed && !e->actor1->implied && !(e->actor2 && !e->actor2->armed);
}

static bool compatible(const sr_event *e, const sr_event *m)
{
    /* another event told beside the report's ("In another incident, …") is its own */
    if (e->separate != m->separate) return false;
    /* across families: a protest's turn, what its attackers also did, or the weapons a side
     * took; across sides: the attacked fighting back */
    if ((protest_turn(e, m) || done_by_attackers(e, m) || fought_back(e, m) || answered_fire(e, m) ||
         fire_returned(e, m) || weapons_taken_in(e, m)) &&
        dates_agree(e, m) &&
        places_agree(e->location, m->location))
        return true;
    if (strcmp(e->type->family, m->type->family) || e->retaliation != m->retaliation) return false;
    /* two sentences that each name a specific, different kind of event tell two events,
     * except a protest that turns, told with no place of its own or the protest's own:
     * "marched through Nairobi … police fired tear gas to disperse the crowd" */
    bool protest = sr_lex_streq(e->type->family, "protest");
    /* (the sentence that told both already parted or joined them) */
    bool later_sentence = m->n_evidence > 0 && e->n_evidence > 0 &&
                          m->evidence[0].start != e->evidence[e->n_evidence - 1].start;
    bool own_place = m->location && (!later_sentence || !e->location || !same_place(m->location, e->location));
    if (e->type_strength == SR_TYPE_SPECIFIC && m->type_strength == SR_TYPE_SPECIFIC && e->type != m->type &&
        (!protest || own_place))
        return false;
    if (!dates_agree(e, m)) return false;
    if (!places_agree(e->location, m->location)) return false;
    if (e->origin && m->origin && !same_country(e->origin, m->origin)) return false;
    bool in_order = actors_agree(e->actor1, m->actor1, protest && later_sentence) &&
                    actors_agree(e->actor2, m->actor2, false);
    /* a clash's two sides may be told either way round ("Al Shabaab attacked the base.
     * Soldiers repelled the militants") */
    bool swapped = sr_lex_streq(e->type->key, "armed_clash") && sr_lex_streq(m->type->key, "armed_clash") &&
                   e->actor2 && m->actor2 && actors_agree(e->actor1, m->actor2, false) &&
                   actors_agree(e->actor2, m->actor1, false);
    if (!in_order && !swapped) return false;
    /* a negated or hypothetical mention is a detail of an event, never the seed of a merge with
     * one told as happening ("There were no protests … people looking at the riots") */
    return e->modality < SR_MOD_HYPOTHETICAL || m->modality >= SR_MOD_HYPOTHETICAL;
}

/* The more specific of two places: one told as where it happened over one only named
 * nearby, then a town over a province over a country. */
static sr_loc *more_specific(sr_loc *a, sr_loc *b)
{
    if (!a) return b;
    if (!b) return a;
    if (a->assumed != b->assumed) return a->assumed ? b : a;
    if (b->precision < a->precision) return b;
    if (b->precision == a->precision && b->place->feature > a->place->feature) return b;
    return a;
}

/* e takes m's sources and evidence: what tells m tells e now. */
static bool add_evidence(sr_arena *arena, sr_event *e, const sr_event *m)
{
    for (int i = 0; i < m->n_sources; i++) {
        bool dup = false;
        for (int k = 0; k < e->n_sources && !dup; k++) {
            const sr_source *a = &e->sources[k], *b = &m->sources[i];
            dup = (a->text && b->text && !strcmp(a->text, b->text)) ||
                  (a->name && b->name && !strcmp(a->name, b->name) && !a->handle == !b->handle);
        }
        if (dup) continue;
        if (e->n_sources == e->cap_sources) {
            int cap = e->cap_sources ? e->cap_sources * 2 : 4;
            sr_source *ns = sr_arena_grow(arena, e->sources, (size_t)e->n_sources, (size_t)cap, sizeof *ns);
            if (!ns) return false;
            e->sources = ns;
            e->cap_sources = cap;
        }
        e->sources[e->n_sources++] = m->sources[i];
    }
    if (e->n_evidence + m->n_evidence > e->cap_evidence) {
        int cap = e->cap_evidence ? e->cap_evidence : 2;
        while (cap < e->n_evidence + m->n_evidence) cap *= 2;
        sr_evidence *nv = sr_arena_grow(arena, e->evidence, (size_t)e->n_evidence, (size_t)cap, sizeof *nv);
        if (!nv) return false;
        e->evidence = nv;
        e->cap_evidence = cap;
    }
    memcpy(e->evidence + e->n_evidence, m->evidence, (size_t)m->n_evidence * sizeof *m->evidence);
    e->n_evidence += m->n_evidence;
    e->n_mentions += m->n_mentions;
    return true;
}

static bool merge_into(sr_arena *arena, sr_event *e, const sr_event *m)
{
    /* a protest is what its worst moment makes it: stones thrown or police intervening
     * in a later sentence make the whole protest violent or met with force */
    bool protest = sr_lex_streq(e->type->family, "protest") && sr_lex_streq(m->type->family, "protest");
    bool same_family = !strcmp(e->type->family, m->type->family); /* (what attackers also did stays a detail) */
    /* (a turn only told as denied, threatened or absent is no turn: "devoid of running battles") */
    bool told = m->modality < SR_MOD_HYPOTHETICAL;
    bool turns = protest ? m->type->rank > e->type->rank
                         : same_family && (m->type_strength > e->type_strength ||
                                           (m->type_strength == e->type_strength && m->type->rank > e->type->rank &&
                                            e->type_strength > SR_TYPE_DEFAULT));
    if (told && (turns || answered_fire(e, m))) {
        e->type = m->type;
        e->type_strength = m->type_strength;
    }
    e->location = more_specific(e->location, m->location);
    e->origin = more_specific(e->origin, m->origin);
    e->labelled |= m->labelled;
    if (!e->actor1) e->actor1 = m->actor1;
    if (!e->implied_actor1) {
        e->implied_actor1 = m->implied_actor1;
        e->implied_sector = m->implied_sector;
        e->implied_country = m->implied_country;
    }
    /* the state's answer to a protest and the crowd's own deeds: the crowd is whom the state acted on */
    if (!e->actor2 && protest && e->actor1 && sr_sector_state(e->actor1->sector) && m->actor1 &&
        !sr_sector_state(m->actor1->sector) && !m->actor1->armed)
        e->actor2 = m->actor1;
    /* … and the state's forces that acted on the protesters are the protest's other side */
    if (!e->actor2 && protest && e->actor1 && !sr_sector_state(e->actor1->sector) && m->actor1 &&
        sr_sector_state(m->actor1->sector))
        e->actor2 = m->actor1;
    if (!e->actor2) e->actor2 = m->actor2;
    e->langs |= m->langs;
    /* the highest count, but a count a side claims gives way to one told without the claim
     * ("Five police were killed … Al Shabaab claims it killed 25"), and more dead add to it
     * ("2 policemen were killed … 6 militants were also killed") */
    bool asserted_over_claim = e->fatalities_claimed && !m->fatalities_claimed;
    /* (no dead from a mention denied or only supposed: "dismissed reports that 14 people were
     * shot dead"; its "No one was killed" is a count, none) */
    bool dead_denied = m->fatalities > 0 && m->modality >= SR_MOD_HYPOTHETICAL && e->modality < SR_MOD_HYPOTHETICAL;
    bool same_claim = e->fatalities_claimed == m->fatalities_claimed;
    if (!dead_denied && m->fatalities > 0 && e->fatalities > 0 && m->fatalities_more && same_claim) {
        e->fatalities += m->fatalities;
    } else if (!dead_denied && m->fatalities >= 0 &&
               (e->fatalities < 0 || asserted_over_claim || (same_claim && m->fatalities > e->fatalities))) {
        e->fatalities = m->fatalities;
        e->fatalities_claimed = m->fatalities_claimed;
    }
    if (m->injured > e->injured) e->injured = m->injured;
    if (e->quantity < 0) { e->quantity = m->quantity; e->quantity_unit = m->quantity_unit; }
    if (m->modality < e->modality) e->modality = m->modality; /* asserted beats claimed beats alleged … */
    if (!e->date_from_text && m->date_from_text) { e->date = m->date; e->date_from_text = true; }
    return add_evidence(arena, e, m);
}

static double confidence_of(const sr_event *e)
{
    double c = 0.4;
    if (e->location) c += 0.15;
    if (e->actor1) c += 0.1;
    if (e->n_sources > 0) c += 0.05;
    if (e->fatalities > 0) c += 0.1; /* a stated death toll: told in detail, and what reports lead with */
    int corroborating = e->n_mentions - 1; /* each further mention adds, up to two */
    c += 0.1 * (corroborating < 0 ? 0 : corroborating > 2 ? 2 : corroborating);
    if (e->type_strength == SR_TYPE_SPECIFIC) c += 0.05;
    if (e->labelled) c += 0.2; /* the coder's own label names the report's event */
    switch (e->modality) {
    case SR_MOD_ASSERTED: break;
    case SR_MOD_CLAIMED:
    case SR_MOD_ALLEGED: c *= 0.7; break;
    case SR_MOD_HYPOTHETICAL:
    case SR_MOD_DENIED: c *= 0.5; break;
    case SR_MOD_NEGATED: c *= 0.4; break;
    }
    if (e->historical) c *= 0.8;
    return c > 1 ? 1 : c;
}

int sr_merge_document(sr_arena *arena, const sr_taxonomy *tax, sr_event *mentions, int n, sr_event **out)
{
    *out = NULL;
    if (n == 0) return 0;
    sr_event *events = sr_arena_alloc(arena, (size_t)n * sizeof *events);
    if (!events) return -1;
    int ne = 0;
    for (int i = 0; i < n; i++) {
        const sr_event *m = &mentions[i];
        int target = -1;
        for (int k = ne - 1; k >= 0; k--)
            if (compatible(&events[k], m)) { target = k; break; }
        if (target < 0) {
            events[ne++] = *m;
            continue;
        }
        /* an attack with two armed sides is a clash; a protest turns as m tells */
        const char *turn = fought_back(&events[target], m) || fire_returned(&events[target], m)
                               ? "armed_clash"
                               : protest_turn(&events[target], m);
        if (turn) {
            /* the event keeps its family and takes the turn it took */
            const sr_type *t = sr_taxonomy_get(tax, turn);
            sr_event mm = *m;
            mm.type = t && t->rank > events[target].type->rank ? t : events[target].type;
            mm.type_strength = SR_TYPE_SPECIFIC;
            if (!merge_into(arena, &events[target], &mm)) return -1;
            continue;
        }
        if (!merge_into(arena, &events[target], m)) return -1;
    }
    /* the dead of an incident told in a sentence of their own ("Al-Shabaab burned down a
     * school and abducted two teachers. One teacher is killed."): a killing whose type only
     * a default gave, dated and placed with an earlier event of harm (violence, a protest,
     * destruction) that states no deaths (or fewer: "also killed"), is that event's dead, not
     * an event of its own */
    for (int i = 1; i < ne; i++) {
        const sr_event *m = &events[i];
        /* "Police clashed with bandits … One police shot dead": dead told without a doer are
         * the dead of the incident before, whatever word told their death */
        bool doerless = !m->actor1 && !m->implied_actor1 && /* ("His body was found": no one named) */
                        (sr_lex_streq(m->type->key, "attack") || sr_lex_streq(m->type->key, "armed_clash"));
        if (m->fatalities <= 0 || (m->type_strength == SR_TYPE_SPECIFIC && !doerless) || m->retaliation ||
            !sr_lex_streq(m->type->family, "violence"))
            continue;
        int target = -1;
        for (int pass = 0; pass < 2 && target < 0; pass++) /* violence or a protest before destruction */
            for (int k = i - 1; k >= 0 && target < 0; k--) {
                const sr_event *e = &events[k];
                bool harm = pass ? sr_lex_streq(e->type->family, "looting")
                                 : sr_lex_streq(e->type->family, "violence") ||
                                       sr_lex_streq(e->type->family, "protest");
                /* (or more dead of one that does: "shot him dead. His two guards were also killed.") */
                bool counts = e->fatalities < 0 || (m->fatalities_more && e->fatalities_claimed == m->fatalities_claimed);
                /* (not a response, whose place is where the attack it answers came from: not known yet) */
                if (counts && harm && !e->retaliation && (dates_agree(e, m) || later_in_abduction(e, m)) &&
                    places_agree(e->location, m->location))
                    target = k;
            }
        if (target < 0) continue;
        sr_event *e = &events[target];
        /* "Gunmen abducted a trader. His body was found two days later.": killed, an attack */
        if (sr_lex_streq(e->type->key, "abduction")) {
            const sr_type *attack = sr_taxonomy_get(tax, "attack");
            if (attack) e->type = attack;
        }
        /* (a peaceful protest has no dead of its own: a killing told beside it is what it is
         * about, "mourners protested the killing of their relative. The victim was killed after …") */
        if (!sr_lex_streq(e->type->key, "peaceful_protest")) {
            e->fatalities = e->fatalities > 0 ? e->fatalities + m->fatalities : m->fatalities;
            e->fatalities_claimed = m->fatalities_claimed;
            if (e->injured < 0) e->injured = m->injured;
        }
        if (!add_evidence(arena, e, m)) return -1;
        memmove(&events[i], &events[i + 1], (size_t)(ne - i - 1) * sizeof *events);
        ne--;
        i--;
    }
    /* a response lands where the attack it answers came from */
    for (int i = 0; i < ne; i++) {
        sr_event *r = &events[i];
        if (!r->retaliation) continue;
        const sr_event *attack = NULL;
        for (int k = 0; k < ne; k++) {
            const sr_event *a = &events[k];
            if (a->retaliation || strcmp(a->type->family, r->type->family) || a->historical != r->historical) continue;
            if (a->origin && (!attack || k < i)) attack = a;
        }
        if (!attack) continue;
        if (!r->location) r->location = attack->origin;
        if (!r->actor2 && attack->actor1) r->actor2 = attack->actor1;
        if (r->type_strength < attack->type_strength) {
            r->type = attack->type;
            r->type_strength = attack->type_strength;
        }
    }
    for (int i = 0; i < ne; i++) events[i].confidence = confidence_of(&events[i]);
    *out = events;
    return ne;
}
