/*
 * arena.c — bump allocation in chained blocks; see arena.h.
 *
 * Blocks double in size up to 1 MiB; a request larger than a block gets a block
 * of its own.  Reset keeps the largest block (up to 4 MiB) so that coding a
 * stream of documents does no allocation at all after warm-up.
 */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_ALIGN 16
#define ARENA_FIRST_BLOCK (64 * 1024)
#define ARENA_MAX_BLOCK (1024 * 1024)
#define ARENA_KEEP_MAX (4 * 1024 * 1024)

typedef struct arena_block {
    struct arena_block *next;
    size_t size;
    size_t used;
    _Alignas(16) unsigned char data[];
} arena_block;

struct sr_arena {
    const sr_allocator *alloc;
    arena_block *head; /* current block; older blocks follow */
    size_t next_size;
    size_t used_total;
};

static void *libc_malloc(void *ctx, size_t size) { (void)ctx; return malloc(size); }
static void *libc_realloc(void *ctx, void *p, size_t size) { (void)ctx; return realloc(p, size); }
static void libc_free(void *ctx, void *p) { (void)ctx; free(p); }

static const sr_allocator libc_allocator = {libc_malloc, libc_realloc, libc_free, NULL};

const sr_allocator *sr_allocator_default(void) { return &libc_allocator; }

sr_arena *sr_arena_new(const sr_allocator *alloc)
{
    if (!alloc) alloc = &libc_allocator;
    sr_arena *a = alloc->malloc_fn(alloc->ctx, sizeof *a);
    if (!a) return NULL;
    a->alloc = alloc;
    a->head = NULL;
    a->next_size = ARENA_FIRST_BLOCK;
    a->used_total = 0;
    return a;
}

void sr_arena_free(sr_arena *a)
{
    if (!a) return;
    arena_block *b = a->head;
    while (b) {
        arena_block *next = b->next;
        a->alloc->free_fn(a->alloc->ctx, b);
        b = next;
    }
    a->alloc->free_fn(a->alloc->ctx, a);
}

void sr_arena_reset(sr_arena *a)
{
    if (!a || !a->head) return;
    /* keep the largest block up to ARENA_KEEP_MAX, so a stream of documents of
     * one size allocates nothing after warm-up; free the rest */
    arena_block *keep = NULL;
    for (arena_block *b = a->head; b; b = b->next)
        if (b->size <= ARENA_KEEP_MAX && (!keep || b->size > keep->size)) keep = b;
    arena_block *b = a->head;
    while (b) {
        arena_block *next = b->next;
        if (b != keep) a->alloc->free_fn(a->alloc->ctx, b);
        b = next;
    }
    a->head = keep;
    if (keep) {
        keep->used = 0;
        keep->next = NULL;
    }
    a->next_size = keep && keep->size * 2 < ARENA_MAX_BLOCK ? keep->size * 2 : ARENA_MAX_BLOCK;
    if (!keep) a->next_size = ARENA_FIRST_BLOCK;
    a->used_total = 0;
}

void *sr_arena_alloc(sr_arena *a, size_t size)
{
    if (size == 0) size = 1;
    if (size > SIZE_MAX - ARENA_ALIGN) return NULL;
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    arena_block *b = a->head;
    if (!b || b->size - b->used < size) {
        size_t bsize = a->next_size;
        if (bsize < size) bsize = size;
        if (bsize > SIZE_MAX - sizeof(arena_block)) return NULL;
        arena_block *nb = a->alloc->malloc_fn(a->alloc->ctx, sizeof(arena_block) + bsize);
        if (!nb) return NULL;
        nb->size = bsize;
        nb->used = 0;
        nb->next = a->head;
        a->head = nb;
        if (a->next_size < ARENA_MAX_BLOCK) a->next_size *= 2;
        b = nb;
    }
    void *p = b->data + b->used;
    b->used += size;
    a->used_total += size;
    return p;
}

void *sr_arena_calloc(sr_arena *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size) return NULL;
    void *p = sr_arena_alloc(a, count * size);
    if (p) memset(p, 0, count * size);
    return p;
}

char *sr_arena_strndup(sr_arena *a, const char *s, size_t len)
{
    char *p = sr_arena_alloc(a, len + 1);
    if (!p) return NULL;
    if (len) memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

void *sr_arena_grow(sr_arena *a, void *old, size_t old_count, size_t new_count, size_t elem_size)
{
    if (elem_size && new_count > SIZE_MAX / elem_size) return NULL;
    void *p = sr_arena_alloc(a, new_count * elem_size);
    if (p && old && old_count) memcpy(p, old, (old_count < new_count ? old_count : new_count) * elem_size);
    return p;
}

size_t sr_arena_used(const sr_arena *a) { return a ? a->used_total : 0; }
