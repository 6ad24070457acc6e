/*
 * test_buf.c — the JSON writers: escaping, invalid UTF-8 never reaching a
 * record, numbers, keys and commas; and the arena's reset and growth.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "util/arena.h"
#include "util/buf.h"

static void test_escape(void **state)
{
    (void)state;
    sr_buf b;
    sr_buf_init(&b, NULL);
    sr_json_str(&b, "a\"b\\c\n\t\001é", strlen("a\"b\\c\n\t\001é"));
    assert_string_equal(b.data, "\"a\\\"b\\\\c\\n\\t\\u0001é\"");
    sr_buf_clear(&b);
    sr_json_str(&b, "x\xff" "y\xc3", 4); /* a stray byte and a truncated sequence */
    assert_string_equal(b.data, "\"x\\ufffdy\\ufffd\"");
    sr_buf_clear(&b);
    sr_json_str(&b, "\xed\xa0\x80", 3); /* a UTF-16 surrogate in UTF-8 */
    assert_string_equal(b.data, "\"\\ufffd\\ufffd\\ufffd\"");
    sr_buf_clear(&b);
    sr_json_cstr(&b, NULL);
    assert_string_equal(b.data, "null");
    sr_buf_release(&b);
}

static void test_objects(void **state)
{
    (void)state;
    sr_buf b;
    sr_buf_init(&b, NULL);
    sr_buf_putc(&b, '{');
    sr_json_kv_str(&b, "a", "x");
    sr_json_kv_int(&b, "n", -3);
    sr_json_kv_double(&b, "lat", 36.7200, 4);
    sr_json_kv_double(&b, "z", -0.00001, 2);
    sr_json_kv_bool(&b, "t", true);
    sr_json_kv_null(&b, "u");
    sr_json_key(&b, "arr");
    sr_buf_putc(&b, '[');
    sr_buf_putc(&b, ']');
    sr_buf_putc(&b, '}');
    assert_string_equal(b.data, "{\"a\":\"x\",\"n\":-3,\"lat\":36.72,\"z\":0,\"t\":true,\"u\":null,\"arr\":[]}");
    assert_false(b.oom);
    sr_buf_release(&b);
}

/* A value whose scaled form would not fit a long long (1e12 at 9 decimals) takes the
 * C library's path, not a wrapped integer written before the buffer's start. */
static void test_double_range(void **state)
{
    (void)state;
    sr_buf b;
    sr_buf_init(&b, NULL);
    sr_json_double(&b, 1e12, 7);
    assert_string_equal(b.data, "1e+12");
    sr_buf_clear(&b);
    sr_json_double(&b, -999999999999.5, 9);
    assert_string_equal(b.data, "-1e+12");
    sr_buf_clear(&b);
    sr_json_double(&b, 123456.123456789, 9);
    assert_string_equal(b.data, "123456.123456789");
    assert_false(b.oom);
    sr_buf_release(&b);
}

static void test_arena(void **state)
{
    (void)state;
    sr_arena *a = sr_arena_new(NULL);
    char *big = sr_arena_alloc(a, 3 * 1024 * 1024); /* larger than any block */
    assert_non_null(big);
    memset(big, 1, 3 * 1024 * 1024);
    int *xs = sr_arena_calloc(a, 100, sizeof *xs);
    assert_int_equal(xs[99], 0);
    int *ys = sr_arena_grow(a, xs, 100, 200, sizeof *xs);
    assert_int_equal(ys[99], 0);
    assert_true(((uintptr_t)ys & 15) == 0);
    assert_true(sr_arena_used(a) >= 3 * 1024 * 1024);
    sr_arena_reset(a);
    assert_int_equal(sr_arena_used(a), 0);
    assert_string_equal(sr_arena_strndup(a, "abcdef", 3), "abc");
    assert_null(sr_arena_calloc(a, (size_t)-1 / 2, 4)); /* overflow refused */
    sr_arena_free(a);
    sr_arena_free(NULL);
}

/* The inline fast path and arena.c agree: every allocation 16-aligned, none
 * overlapping, across block changes and resets; sr_arena_used counts the
 * rounded sizes (more under ASan, which adds red zones). */
static void test_arena_fast_path(void **state)
{
    (void)state;
    sr_arena *a = sr_arena_new(NULL);
    for (int round = 0; round < 3; round++) {
        size_t total = 0;
        unsigned char *prev = NULL;
        size_t prev_size = 0;
        for (int i = 0; i < 20000; i++) {
            size_t size = (size_t)(i * 7919) % 300; /* 0 included */
            unsigned char *p = sr_arena_alloc(a, size);
            assert_non_null(p);
            assert_true(((uintptr_t)p & 15) == 0);
            memset(p, i & 0xFF, size ? size : 1);
            if (prev && prev_size) assert_int_equal(prev[prev_size - 1], (i - 1) & 0xFF); /* not overwritten */
            total += ((size ? size : 1) + 15) & ~(size_t)15;
            prev = p;
            prev_size = size;
        }
        assert_true(sr_arena_used(a) >= total);
        sr_arena_reset(a);
        assert_int_equal(sr_arena_used(a), 0);
    }
    assert_null(sr_arena_alloc(a, (size_t)-1)); /* too large: refused, not wrapped */
    assert_non_null(sr_arena_alloc(a, 2 * 1024 * 1024)); /* its own block */
    sr_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_escape), cmocka_unit_test(test_objects),
                                       cmocka_unit_test(test_double_range),
                                       cmocka_unit_test(test_arena), cmocka_unit_test(test_arena_fast_path)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
