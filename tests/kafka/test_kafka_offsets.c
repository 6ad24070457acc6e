/*
 * test_kafka_offsets.c — the commit ledger of `sitrep kafka`
 * (src/cli/kafka_offsets.c): a partition's commit point moves past a message
 * only when it and every earlier message are fully delivered.
 *
 * Place in the project: built with src/cli/kafka_offsets.c and run by
 * tests/cli/kafka_offsets.sh (the ledger lives in the CLI, outside
 * libsitrep, so the generic unit-test rule does not link it).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "cli/kafka_offsets.h"

/* The commit points one take reports, by partition (-1 = not reported). */
typedef struct taken {
    int64_t next[8];
    int count;
} taken;

static void record(void *ctx, int32_t partition, int64_t next)
{
    taken *t = ctx;
    t->next[partition] = next;
    t->count++;
}

static taken take(sr_kafka_offsets *ledger)
{
    taken t = {.count = 0};
    for (int i = 0; i < 8; i++)
        t.next[i] = -1;
    size_t n = sr_kafka_offsets_take(ledger, record, &t);
    assert_int_equal(n, (size_t)t.count);
    return t;
}

/* A message with n records, all handed to the producer. */
static sr_kafka_ticket *coded(sr_kafka_offsets *ledger, int32_t partition, int64_t offset, int n)
{
    sr_kafka_ticket *t = sr_kafka_offsets_begin(ledger, partition, offset);
    assert_non_null(t);
    for (int i = 0; i < n; i++)
        sr_kafka_ticket_add(t);
    return t;
}

static void out_of_order_deliveries_wait_for_the_oldest(void **state)
{
    (void)state;
    sr_kafka_offsets *l = sr_kafka_offsets_new();
    sr_kafka_ticket *a = coded(l, 0, 10, 2), *b = coded(l, 0, 11, 1), *c = coded(l, 0, 12, 2);
    sr_kafka_ticket_close(a);
    sr_kafka_ticket_close(b);
    sr_kafka_ticket_close(c);
    sr_kafka_ticket_delivered(c, true);
    sr_kafka_ticket_delivered(c, true); /* 12 done, 10 and 11 not */
    sr_kafka_ticket_delivered(b, true); /* 11 done, 10 not */
    sr_kafka_ticket_delivered(a, true); /* half of 10 */
    assert_int_equal(take(l).count, 0);
    assert_int_equal(sr_kafka_offsets_in_flight(l), 3);
    sr_kafka_ticket_delivered(a, true);
    taken t = take(l);
    assert_int_equal(t.count, 1);
    assert_int_equal(t.next[0], 13);
    assert_int_equal(sr_kafka_offsets_in_flight(l), 0);
    assert_int_equal(take(l).count, 0); /* reported once */
    assert_false(sr_kafka_offsets_failed(l));
    sr_kafka_offsets_free(l);
}

static void an_open_message_is_not_done(void **state)
{
    (void)state;
    sr_kafka_offsets *l = sr_kafka_offsets_new();
    sr_kafka_ticket *a = coded(l, 1, 5, 1);
    sr_kafka_ticket_delivered(a, true); /* its first record, while more may come */
    assert_int_equal(take(l).count, 0);
    sr_kafka_ticket_add(a);
    sr_kafka_ticket_close(a);
    assert_int_equal(take(l).count, 0);
    sr_kafka_ticket_delivered(a, true);
    assert_int_equal(take(l).next[1], 6);
    /* a message without records is done when closed */
    sr_kafka_ticket_close(coded(l, 1, 6, 0));
    assert_int_equal(take(l).next[1], 7);
    sr_kafka_offsets_free(l);
}

static void a_lost_record_stops_its_partition_only(void **state)
{
    (void)state;
    sr_kafka_offsets *l = sr_kafka_offsets_new();
    sr_kafka_ticket *a = coded(l, 0, 0, 1), *b = coded(l, 0, 1, 1), *c = coded(l, 2, 0, 1);
    sr_kafka_ticket_close(a);
    sr_kafka_ticket_close(b);
    sr_kafka_ticket_close(c);
    sr_kafka_ticket_delivered(a, false);
    sr_kafka_ticket_delivered(b, true);
    sr_kafka_ticket_delivered(c, true);
    taken t = take(l);
    assert_int_equal(t.count, 1);
    assert_int_equal(t.next[0], -1); /* never past the lost message */
    assert_int_equal(t.next[2], 1);
    assert_true(sr_kafka_offsets_failed(l));
    assert_int_equal(sr_kafka_offsets_in_flight(l), 2);
    sr_kafka_offsets_free(l); /* frees the stuck tickets too */
}

static void a_message_coded_half_way_is_never_done(void **state)
{
    (void)state;
    sr_kafka_offsets *l = sr_kafka_offsets_new();
    sr_kafka_ticket *a = coded(l, 0, 3, 2);
    sr_kafka_ticket_lose(a); /* producing its third record failed */
    sr_kafka_ticket_close(a);
    sr_kafka_ticket_delivered(a, true);
    sr_kafka_ticket_delivered(a, true);
    assert_int_equal(take(l).count, 0);
    assert_true(sr_kafka_offsets_failed(l));
    assert_int_equal(sr_kafka_offsets_in_flight(l), 1);
    sr_kafka_offsets_free(l);
}

static void a_revoked_partition_starts_afresh(void **state)
{
    (void)state;
    sr_kafka_offsets *l = sr_kafka_offsets_new();
    sr_kafka_ticket *done = coded(l, 3, 40, 1), *old = coded(l, 3, 41, 1);
    sr_kafka_ticket_close(done);
    sr_kafka_ticket_close(old);
    sr_kafka_ticket_delivered(done, true);
    sr_kafka_offsets_revoke(l, 3); /* 41 still in flight */
    assert_int_equal(take(l).count, 0); /* the revoked point is not reported */
    /* assigned again, read again from the last commit (41) */
    sr_kafka_ticket *again = coded(l, 3, 41, 1);
    sr_kafka_ticket_delivered(old, true); /* the old tenure's report moves nothing */
    assert_int_equal(take(l).count, 0);
    sr_kafka_ticket_close(again);
    sr_kafka_ticket_delivered(again, true);
    assert_int_equal(take(l).next[3], 42);
    assert_int_equal(sr_kafka_offsets_in_flight(l), 0);
    sr_kafka_offsets_revoke(l, 3);
    sr_kafka_offsets_revoke(l, 5); /* never held: nothing happens */
    sr_kafka_offsets_free(l);
    sr_kafka_offsets_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(out_of_order_deliveries_wait_for_the_oldest),
        cmocka_unit_test(an_open_message_is_not_done),
        cmocka_unit_test(a_lost_record_stops_its_partition_only),
        cmocka_unit_test(a_message_coded_half_way_is_never_done),
        cmocka_unit_test(a_revoked_partition_starts_afresh),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
