/*
 * test_kafka_key.c — the key `sitrep kafka` produces each record under
 * (src/cli/kafka_key.c): "id", else "doc", else "input", read from the
 * record's top level only, decoded when it holds escapes, and never read past
 * the record's end.
 *
 * Place in the project: built with src/cli/kafka_key.c and run by
 * tests/cli/kafka_offsets.sh (like the ledger, it is part of the command).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "cli/kafka_key.h"

/* The key of the record, as a malloc'd string, or NULL for none.  The record
 * is copied to a buffer of exactly its length, so ASan catches a read past
 * it. */
static char *key_of(const char *record, size_t len)
{
    sr_kafka_key k = {NULL, 0};
    char *copy = malloc(len ? len : 1);
    memcpy(copy, record, len);
    const char *key = NULL;
    size_t key_len = 0;
    char *out = NULL;
    if (sr_kafka_key_of(&k, copy, len, &key, &key_len)) {
        out = malloc(key_len + 1);
        memcpy(out, key, key_len);
        out[key_len] = '\0';
    }
    free(copy);
    sr_kafka_key_release(&k);
    return out;
}

static void expect_key(const char *record, const char *want)
{
    char *got = key_of(record, strlen(record));
    if (want) {
        assert_non_null(got);
        assert_string_equal(got, want);
    } else {
        assert_null(got);
    }
    free(got);
}

static void ids_of_doc_and_event_records(void **state)
{
    (void)state;
    expect_key("{\"kind\":\"doc\",\"id\":\"kilis.txt\",\"date\":null}", "kilis.txt");
    /* an "id" nested in another value is not the record's */
    expect_key("{\"kind\":\"event\",\"type\":{\"id\":\"no\",\"x\":[1,{\"id\":\"no\"}]},\"evidence\":[{\"text\":\"a \\\"}]\\\" b\"}],"
               "\"id\":\"ev-0123\",\"doc\":\"d\"}",
               "ev-0123");
    expect_key(" { \"id\" : \"spaced\" } ", "spaced");
}

static void error_records_are_keyed_by_doc_then_input(void **state)
{
    (void)state;
    expect_key("{\"kind\":\"error\",\"input\":\"articles/2/13\",\"record\":null,\"offset\":55,\"doc\":\"d7\","
               "\"reason\":\"x\"}",
               "d7");
    expect_key("{\"kind\":\"error\",\"input\":\"articles/2/13\",\"record\":null,\"offset\":55,\"doc\":null,"
               "\"reason\":\"truncated JSON\"}",
               "articles/2/13");
}

static void escaped_keys_are_decoded(void **state)
{
    (void)state;
    expect_key("{\"kind\":\"doc\",\"id\":\"a\\\"b\\\\c\\u00e7\"}", "a\"b\\c\xc3\xa7");
}

static void no_key_without_those_fields_or_an_end(void **state)
{
    (void)state;
    expect_key("{\"kind\":\"doc\",\"id\":7}", NULL);
    expect_key("{\"kind\":\"doc\"}", NULL);
    expect_key("[\"id\",\"x\"]", NULL);
    expect_key("", NULL);
    const char *cut = "{\"kind\":\"doc\",\"id\":\"kilis.txt\"}";
    for (size_t n = 0; n < strlen(cut) - 1; n++) {
        char *got = key_of(cut, n);
        /* a cut record has no key, except once the whole id string is there */
        if (got)
            assert_string_equal(got, "kilis.txt");
        free(got);
    }
    expect_key("{\"kind\":\"event\",\"evidence\":[{\"text\":\"never closed", NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ids_of_doc_and_event_records),
        cmocka_unit_test(error_records_are_keyed_by_doc_then_input),
        cmocka_unit_test(escaped_keys_are_decoded),
        cmocka_unit_test(no_key_without_those_fields_or_an_end),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
