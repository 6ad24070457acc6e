/*
 * fuzz_gazetteer.c — libFuzzer target for the gazetteer loader and lookups:
 * any bytes as a gazetteer file must open or be refused with a message naming
 * the buffer, and whatever opens must answer lookups and entry reads without
 * reading out of bounds.  A checksum would stop almost every mutation at the
 * door, so each input is also tried with its two checksums recomputed
 * and its file size set ("resealed"), which sends the fuzzer on to the structural checks and the
 * accessors behind them.  The input, read as text, also exercises sr_gaz_key:
 * its key is never longer than the text and keying a key changes nothing.
 * Seeds: fuzz/corpus/gazetteer/ (a tiny file gazbuild wrote from the unit
 * test's fixtures, and cuts of it).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gaz/gazetteer.h"
#include "gaz/gazkey.h"

static void put_le64(unsigned char *p, uint64_t v)
{
    for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (8 * i));
}

static void exercise(const sr_gazetteer *g, const uint8_t *data, size_t size)
{
    int n = sr_gazetteer_size(g);
    if (n < 0) abort();
    (void)strlen(sr_gazetteer_version(g));
    static const char *const keys[] = {"kilis", "tel rifat", "halep", "al bab", "idlib", "new york", "texas", "a"};
    const uint32_t *ids;
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        int m = sr_gazetteer_lookup(g, keys[k], &ids);
        for (int j = 0; j < m && j < 64; j++) {
            sr_gaz_entry e;
            (void)sr_gazetteer_entry(g, ids[j], &e);
        }
    }
    /* every entry (up to a bound), found again by its own name */
    int limit = n < 512 ? n + 2 : 512;
    for (int i = 0; i < limit; i++) {
        sr_gaz_entry e;
        if (!sr_gazetteer_entry(g, (uint32_t)i, &e)) continue;
        if (i >= n) abort(); /* out-of-range ids are refused */
        size_t total = strlen(e.name) + strlen(e.feature_code) + strlen(e.country);
        total += e.admin1 ? strlen(e.admin1) : 0;
        total += e.admin2 ? strlen(e.admin2) : 0;
        (void)total;
        int m = sr_gazetteer_find(g, e.name, &ids);
        for (int j = 0; j < m && j < 16; j++) (void)sr_gazetteer_entry(g, ids[j], &e);
    }
    /* keys and country codes taken from the input itself */
    char name[64];
    size_t take = size < sizeof name - 1 ? size : sizeof name - 1;
    memcpy(name, data + size - take, take);
    name[take] = '\0';
    (void)sr_gazetteer_find(g, name, &ids);
    (void)sr_gazetteer_lookup(g, name, &ids);
    char iso3[4] = {0};
    if (size >= 3) memcpy(iso3, data, 3);
    uint32_t c = sr_gazetteer_country(g, iso3);
    sr_gaz_entry e;
    if (c != UINT32_MAX && (!sr_gazetteer_entry(g, c, &e) || e.feature != SR_FEAT_COUNTRY)) abort();
    (void)sr_gazetteer_country(g, "SYR");
}

static void try_open(const unsigned char *buf, size_t size, const uint8_t *data)
{
    sr_gazetteer *g = NULL;
    char *err = NULL;
    sr_status st = sr_gazetteer_open_buffer(buf, size, &g, &err);
    if (st == SR_OK) {
        if (!g) abort();
        exercise(g, data, size);
        sr_gazetteer_close(g);
    } else if (g || (st != SR_ENOMEM && (!err || strncmp(err, "<buffer>: ", 10) != 0))) {
        abort(); /* a refusal names the buffer and leaves *out NULL */
    }
    free(err);
}

static void check_key(const uint8_t *data, size_t size)
{
    char k1[SR_GAZ_KEY_MAX], k2[SR_GAZ_KEY_MAX];
    size_t n1 = sr_gaz_key_n((const char *)data, size, k1, sizeof k1);
    if (n1 > size || strlen(k1) != n1) abort();
    if (n1 == 0) return;
    if (k1[0] == ' ' || k1[n1 - 1] == ' ' || strstr(k1, "  ")) abort();
    size_t n2 = sr_gaz_key(k1, k2, sizeof k2);
    if (n2 != n1 || memcmp(k1, k2, n1 + 1) != 0) abort(); /* idempotent */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    check_key(data, size);
    /* an 8-byte-aligned private copy (the loader's contract) */
    unsigned char *buf = malloc(size ? size : 1);
    if (!buf) return 0;
    if (size) memcpy(buf, data, size);
    try_open(buf, size, data);
    if (size >= SR_GAZ_HEADER_SIZE) {
        put_le64(buf + 16, size); /* file_size */
        put_le64(buf + 24, sr_gazetteer_checksum(buf + SR_GAZ_HEADER_SIZE, size - SR_GAZ_HEADER_SIZE));
        put_le64(buf + 32, 0);
        put_le64(buf + 32, sr_gazetteer_checksum(buf, SR_GAZ_HEADER_SIZE));
        try_open(buf, size, data);
    }
    free(buf);
    return 0;
}
