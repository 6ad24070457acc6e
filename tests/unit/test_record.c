/*
 * test_record.c — the record writers' own JSON string writer
 * (sr_record_json_str, src/io/record.c) writes exactly what sr_json_str
 * (src/util/buf.c) writes, on every string of one and two bytes, on UTF-8
 * sequences of three and four, and on random strings short and long.  The
 * records themselves are held to their golden files by tests/cases.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "io/record.h"
#include "util/buf.h"

/* Both writers append s[0..len) to a buffer holding a prefix; same bytes. */
static void expect_same(sr_buf *a, sr_buf *b, const char *s, size_t len)
{
    sr_buf_clear(a);
    sr_buf_clear(b);
    sr_buf_append(a, "{\"k\":", 5);
    sr_buf_append(b, "{\"k\":", 5);
    sr_record_json_str(a, s, len);
    sr_json_str(b, s, len);
    assert_false(a->oom);
    assert_int_equal(a->len, b->len);
    assert_memory_equal(a->data, b->data, a->len);
    assert_int_equal(a->data[a->len], '\0');
}

static void test_short_strings(void **state)
{
    (void)state;
    sr_buf a, b;
    sr_buf_init(&a, NULL);
    sr_buf_init(&b, NULL);
    unsigned char s[16];
    expect_same(&a, &b, "", 0);
    for (unsigned i = 0; i < 256; i++) {
        s[0] = (unsigned char)i;
        expect_same(&a, &b, (const char *)s, 1);
        for (unsigned j = 0; j < 256; j++) {
            s[1] = (unsigned char)j;
            expect_same(&a, &b, (const char *)s, 2);
        }
    }
    /* three-byte leads against every continuation; four-byte leads against a sample */
    for (unsigned i = 0xE0; i < 0x100; i++)
        for (unsigned j = 0x70; j < 0xC8; j++)
            for (unsigned k = 0; k < 256; k += 3) {
                s[0] = (unsigned char)i, s[1] = (unsigned char)j, s[2] = (unsigned char)k;
                expect_same(&a, &b, (const char *)s, 3);
            }
    for (unsigned i = 0xF0; i < 0xF6; i++)
        for (unsigned j = 0x80; j < 0xC0; j++)
            for (unsigned k = 0x7F; k < 0xC1; k++) {
                s[0] = (unsigned char)i, s[1] = (unsigned char)j, s[2] = 0x80, s[3] = (unsigned char)k;
                expect_same(&a, &b, (const char *)s, 4);
                expect_same(&a, &b, (const char *)s, 3); /* cut short */
            }
    sr_buf_clear(&a);
    sr_record_json_str(&a, NULL, 0);
    assert_string_equal(a.data, "null");
    sr_buf_release(&a);
    sr_buf_release(&b);
}

static uint64_t rng = 88172645463325252ull;

static unsigned next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng >> 32);
}

/* A byte drawn mostly from plain text, often from what needs a look. */
static char random_byte(void)
{
    static const char pick[] = "ab z.\"\\\n\r\t\x01\x1f\x7f\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xed\xa0\xff\xc0";
    unsigned r = next_rand();
    if (r % 3 == 0) return (char)('a' + r / 3 % 26);
    if (r % 3 == 1) return pick[r / 3 % (sizeof pick - 1)];
    return (char)(r / 3 & 0xFF);
}

static void test_random_strings(void **state)
{
    (void)state;
    sr_buf a, b;
    sr_buf_init(&a, NULL);
    sr_buf_init(&b, NULL);
    static char s[12000];
    for (int n = 0; n < 200000; n++) {
        size_t len = next_rand() % 40;
        for (size_t i = 0; i < len; i++) s[i] = random_byte();
        expect_same(&a, &b, s, len);
    }
    /* around the length where the one-pass writer hands over to sr_json_str */
    for (int n = 0; n < 400; n++) {
        size_t len = n < 200 ? 4080 + (size_t)n % 40 : next_rand() % sizeof s;
        for (size_t i = 0; i < len; i++) s[i] = n % 2 ? (char)('a' + i % 26) : random_byte();
        expect_same(&a, &b, s, len);
    }
    sr_buf_release(&a);
    sr_buf_release(&b);
}

/* Plain text of every length up to 80 with one byte that needs a look at
 * each position: the writer's word and block boundaries, and its overlapping
 * tails, must find it wherever it falls. */
static void test_one_special(void **state)
{
    (void)state;
    sr_buf a, b;
    sr_buf_init(&a, NULL);
    sr_buf_init(&b, NULL);
    static const unsigned char looks[] = {'"', '\\', '\n', 0x00, 0x1f, 0x7f, 0xc3, 0xff};
    char s[80];
    for (size_t len = 0; len <= sizeof s; len++) {
        for (size_t i = 0; i < len; i++) s[i] = (char)('a' + i % 26);
        expect_same(&a, &b, s, len);
        for (size_t at = 0; at < len; at++)
            for (size_t k = 0; k < sizeof looks; k++) {
                char keep = s[at];
                s[at] = (char)looks[k];
                expect_same(&a, &b, s, len);
                s[at] = keep;
            }
    }
    sr_buf_release(&a);
    sr_buf_release(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_short_strings),
        cmocka_unit_test(test_random_strings),
        cmocka_unit_test(test_one_special),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
