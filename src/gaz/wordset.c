/*
 * wordset.c — common words as an open-addressing hash set over one buffer;
 * see wordset.h.
 */
#include "wordset.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../util/file.h"

/* A word's slot: its place in the text and the top half of its hash, so that
 * a probe reads the text only when the hashes agree (the text is megabytes:
 * each read of it is a cache miss). */
typedef struct slot {
    uint32_t at;         /* offset+1 into text, 0 = empty */
    uint32_t hash_hi;
} slot;

struct sr_wordset {
    char *text;          /* the file; words are NUL-terminated in place */
    slot *slots;
    size_t mask;
    int n;
};

static uint64_t hash_n(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

/* The slot of word[0..len) (hash h), or the empty slot where its probe ends. */
static size_t find(const sr_wordset *set, const char *word, size_t len, uint64_t h)
{
    uint32_t hi = (uint32_t)(h >> 32);
    size_t k = h & set->mask;
    for (; set->slots[k].at; k = (k + 1) & set->mask) {
        if (set->slots[k].hash_hi != hi) continue;
        const char *w = set->text + set->slots[k].at - 1;
        if (!strncmp(w, word, len) && w[len] == '\0') break;
    }
    return k;
}

sr_status sr_wordset_load(const char *path, sr_wordset **out)
{
    *out = NULL;
    size_t len;
    char *text = sr_file_read(path, &len);
    if (!text) return SR_EIO;
    if (len >= UINT32_MAX) { free(text); return SR_EDATA; }
    sr_wordset *set = calloc(1, sizeof *set);
    size_t lines = 1;
    for (const char *nl = text; (nl = memchr(nl, '\n', (size_t)(text + len - nl))); nl++) lines++;
    size_t cap = 1024;
    while (cap < lines * 2) cap *= 2;
    if (set) set->slots = calloc(cap, sizeof *set->slots);
    if (!set || !set->slots) {
        free(text);
        if (set) free(set->slots);
        free(set);
        return SR_ENOMEM;
    }
    set->text = text;
    set->mask = cap - 1;
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - text) : len, n = e - i;
        size_t lower = i; /* only words of lower-case ASCII letters count: most others end at their capital */
        while (lower < e && text[lower] >= 'a' && text[lower] <= 'z') lower++;
        if (e < len) text[e] = '\0';
        if (lower == e && n > 0) {
            uint64_t h = hash_n(text + i, n);
            size_t k = find(set, text + i, n, h);
            if (!set->slots[k].at) { /* not there yet: k is the free slot that ends the probe */
                set->slots[k] = (slot){(uint32_t)i + 1, (uint32_t)(h >> 32)};
                set->n++;
            }
        }
        i = e + 1;
    }
    *out = set;
    return SR_OK;
}

void sr_wordset_free(sr_wordset *set)
{
    if (!set) return;
    free(set->slots);
    free(set->text);
    free(set);
}

bool sr_wordset_has(const sr_wordset *set, const char *word, size_t len)
{
    if (!set || len == 0) return false;
    return set->slots[find(set, word, len, hash_n(word, len))].at != 0;
}

int sr_wordset_size(const sr_wordset *set) { return set ? set->n : 0; }
