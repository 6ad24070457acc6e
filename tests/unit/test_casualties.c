/*
 * test_casualties.c — how many people a report says were killed, as a human
 * coder counts them: the primary event's fatalities for short reports
 * written for these tests.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "sitrep.h"
#include "code/engine_int.h"

static sr_engine *engine;
static sr_worker *worker;

static int setup(void **state)
{
    (void)state;
    char *err = NULL;
    sr_status st = sr_engine_new(NULL, &engine, &err);
    if (st != SR_OK) fprintf(stderr, "engine: %s\n", err ? err : sr_status_text(st));
    free(err);
    if (st != SR_OK) return -1;
    return sr_worker_new(engine, &worker) == SR_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    sr_worker_free(worker);
    sr_engine_free(engine);
    return 0;
}

/* ACLED's primary event of text (a report of 2019-05-01); fails when there is none. */
static sr_primary primary_of(const char *text)
{
    sr_document d = {0};
    d.id = "t";
    d.text = text;
    d.text_len = strlen(text);
    d.date = "2019-05-01";
    sr_primary p;
    const char *why;
    assert_int_equal(sr_worker_primary_of(worker, &d, true, &p, &why), SR_OK);
    if (!p.found) fail_msg("no event in: %s", text);
    return p;
}

/* The fatalities of the primary event of text; -1 when not stated. */
static int fatalities_of(const char *text) { return primary_of(text).fatalities; }

typedef struct count_case {
    const char *text;
    int killed;
} count_case;

static void check(const count_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int got = fatalities_of(cases[i].text);
        if (got != cases[i].killed) fail_msg("%s: %d killed, expected %d", cases[i].text, got, cases[i].killed);
    }
}

/* The subject before "were killed" is counted whole: a word that names the
 * people ("attackers") or a hedge on them ("suspected") is part of it. */
static void test_subject_counted(void **state)
{
    (void)state;
    static const count_case cases[] = {
        {"Four attackers were killed during the siege of the hotel in Lamu.", 4},
        {"Two suspected robbers were shot dead by police in Kisumu.", 2},
        {"A soldier and two civilians were killed when the convoy was ambushed.", 3},
        {"A woman was shot and killed by gunmen in Kisumu.", 1},
        {"Five people lost their lives when gunmen attacked a bus in Lamu.", 5},
        {"Two Kenya Defence Forces (KDF) soldiers were killed in a shootout in Mandera.", 2},
        {"Gunmen attacked the town of Mandera (near the border), a soldier was killed.", 1},
        {"Bandits attacked a village in Pokot. During the raid, two of the bandits were killed.", 2},
        {"Police shot six of the robbers dead in Thika.", 6},
        {"A father of four was killed by bandits in Kisumu.", 1},
        {"A family of three were killed by bandits in Kisumu.", 3},
        {"Almost all of the 148 people killed were students.", 148},
        {"In the village of Dago, 25km north of Kisumu, a police officer shot and killed a student.", 1},
        {"Ten houses were burned and two people were killed in Kisumu.", 2},
        {"A man was stoned and stabbed to death in Kisumu.", 1},
        {"A soldier, two civilians and a child were killed in Mandera.", 4},
        {"A civilian, a tribal elder, was killed by unknown gunmen in Kandahar.", 1},
        {"Taliban militants attacked several posts in Sangin, as a result 3 Taliban militants were killed.", 3},
        {"A form four student was killed by gunshot in the clashes in Kisumu.", 1},
        {"Three women were reported killed in an attack near Kapedo.", 3},
        {"Three herders (out of a group of seven) were killed when bandits fired upon them.", 3},
    };
    check(cases, sizeof cases / sizeof *cases);
}

/* After a verb of killing the victims are counted whatever the noun: an
 * article is one person, an age describes rather than counts, a quantity
 * word opens a count. */
static void test_object_counted(void **state)
{
    (void)state;
    static const count_case cases[] = {
        {"Police killed a suspected cattle thief in Kisumu.", 1},
        {"A lynch mob killed a murder suspect in Kithimu.", 1},
        {"Gunmen shot dead a 10-year-old boy in Baragoi.", 1},
        {"Gunmen shot and killed a 10 year old herder in Baragoi.", 1},
        {"A man and his 12-year-old son were killed by gunmen in Baragoi.", 2},
        {"Bandits killed two herders and a child near Baragoi.", 3},
        {"Raiders killed a total of 12 villagers near Baragoi.", 12},
        {"Unknown attackers killed his brother in Kisumu.", 1},
        {"Militants claimed to have killed two soldiers in Mandera.", 2},
        {"Two traders were killed a day after the raid in Baragoi.", 2},
        {"Police shot and killed a 23 year-old student in Kisumu.", 1},
        {"Gunmen killed a three years old girl in Isiolo.", 1},
        {"Gunmen kill woman in Mandera", 1},
        {"Raiders kill villager near Baragoi", 1},
        {"Policeman killed in Mandera", 1},
    };
    check(cases, sizeof cases / sizeof *cases);
}

/* A death that did not happen, or that a person is accused of, is not the
 * event's: "nearly killed", "may have been killed", "who had killed". */
static void test_not_a_death(void **state)
{
    (void)state;
    static const count_case cases[] = {
        {"A mob nearly killed a suspected thief in Kisumu.", -1},
        {"Residents beat up a man who had killed his neighbour in Kisumu.", -1},
        {"Police arrested a man suspected to have killed a trader in Kisumu.", -1},
        {"Health workers demonstrated in Kisumu, saying they fear for their lives.", -1},
        {"Two elders narrowly escaped death after a mob attacked them in Kilifi.", -1},
        {"A soldier was killed or wounded by a Taliban sniper in Sangin.", -1},
        {"Two suspects held for the murder of a priest were beaten by police in Embu.", -1},
        {"A mob attacked a man who had allegedly killed his father in Kutus.", -1},
        {"Demonstrators protesting a kidnapping and murder clashed with police in Kisumu.", -1},
        {"Militants attacked a convoy, killing and injuring two soldiers.", -1},
    };
    check(cases, sizeof cases / sizeof *cases);
}

/* Words of dying beyond "killed": a lynching is a mob's killing, told in the
 * present too; a verb joined to the killing shares its object. */
static void test_dying_words(void **state)
{
    (void)state;
    static const count_case cases[] = {
        {"A suspected thief is lynched by a mob in Kisumu.", 1},
        {"Residents lynched two suspected cattle thieves in Kisumu.", 2},
        {"Residents tried to lynch a suspected thief in Kisumu.", -1},
        {"Mob tries to lynch man in Kisumu", -1},
        {"Gunmen raided the home of a trader in Kisumu, killing and robbing him.", 1},
        {"A man succumbed to his injuries after the attack in Kisumu.", 1},
    };
    check(cases, sizeof cases / sizeof *cases);
}

/* The death a protest is about is not the protest's; a death at the protest is. */
static void test_protest_cause(void **state)
{
    (void)state;
    static const count_case cases[] = {
        {"Residents protested in Kisumu after a pedestrian was killed by a motorist.", -1},
        {"Students blocked the road in Kisumu to protest the death of a classmate.", -1},
        {"Protesters clashed with police in Kisumu, and two protesters were killed.", 2},
    };
    check(cases, sizeof cases / sizeof *cases);
}

/* A killing told in a sentence of its own is the dead of the incident told
 * before it, not a second event; an arrest takes no one's dead. */
static void test_dead_of_the_incident(void **state)
{
    (void)state;
    static const count_case cases[] = {
        {"Police clashed with bandits near the river. One officer was shot dead.", 1},
        {"Militants burned down a school. One teacher is killed.", 1},
        {"A civilian was shot and wounded by a police officer in Kisumu. He later died in hospital.", 1},
        {"A gang shot a police officer in Mathare. The gang member was then killed by police.", 1},
        {"A mob beat and set fire to two civilians in Mombasa. Both men (who were relatives) were killed in the "
         "attack.",
         2},
        {"Protesters rioted in Kisumu on Monday. Police said two people died.", 2},
        {"Gunmen attacked a car in Kisumu and three men were killed. 4 fatalities.", 4},
        {"Gunmen attacked a bus in Lamu, killing four civilians. The Star reports eight deaths.", 4},
        {"Protesters rioted in Kisumu on Monday. Fatalities coded as 0 (police said two people died).", 0},
    };
    check(cases, sizeof cases / sizeof *cases);
    /* an arrest takes no one's dead: the shooting stays an event of its own, which is
     * ACLED's primary (a strategic development only when nothing violent is told) */
    sr_primary p = primary_of("Police arrested two suspects. A man was shot dead.");
    assert_string_equal(p.type->key, "attack");
    assert_int_equal(p.fatalities, 1);
    assert_int_equal(p.n_events, 2);
}

/* A count a side claims gives way to one told without the claim, whichever
 * comes first; dead told as more ("also killed") add to those before. */
static void test_claimed_count(void **state)
{
    (void)state;
    static const count_case cases[] = {
        {"Five police officers were killed when their vehicle hit a landmine in Liboi. Al Shabaab claims it killed 25 "
         "soldiers.",
         5},
        {"Militants attacked a convoy in Lamu. Al Shabaab claimed killing four soldiers. The army said only one was "
         "killed.",
         1},
        {"Two policemen were killed in an ambush in Balkh. Local officials said 6 militants were also killed.", 8},
        {"Two policemen were killed in an ambush in Balkh. 6 militants were also killed. Total fatalities coded "
         "as 7.",
         7},
    };
    check(cases, sizeof cases / sizeof *cases);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_subject_counted),
        cmocka_unit_test(test_object_counted),
        cmocka_unit_test(test_not_a_death),
        cmocka_unit_test(test_dying_words),
        cmocka_unit_test(test_protest_cause),
        cmocka_unit_test(test_dead_of_the_incident),
        cmocka_unit_test(test_claimed_count),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
