/*
 * arena.c — bump allocation in chained blocks; see arena.h.
 *
 * Blocks double in size up to 1 MiB; a request larger than a block gets a block
 * of its own.  Reset keeps the largest block (up to 4 MiB) so that coding a
 * stream of documents does no allocation at all after warm-up.  The current
 * block's free room is arena->base/used/limit, which the inline fast path of
 * sr_arena_alloc (arena.h) bumps; this file is the slow path.
 *
 * Under AddressSanitizer (SR_ARENA_ASAN) every allocation comes here: a block's
 * bytes are poisoned until handed out, each allocation is followed by at least
 * ARENA_REDZONE poisoned bytes (and its rounding to 16), and reset poisons the
 * whole kept block again, so ASan sees overruns and uses after reset.
 */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifdef SR_ARENA_ASAN
#include <sanitizer/asan_interface.h>
#define ARENA_REDZONE 16
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define ARENA_REDZONE 0
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#define ARENA_ALIGN SR_ARENA_ALIGN
#define ARENA_FIRST_BLOCK (64 * 1024)
#define ARENA_MAX_BLOCK (1024 * 1024)
#define ARENA_KEEP_MAX (4 * 1024 * 1024)

typedef struct sr_arena_block {
    struct sr_arena_block *next;
    size_t size;
    _Alignas(16) unsigned char data[];
} arena_block;

static void *libc_malloc(void *ctx, size_t size) { (void)ctx; return malloc(size); }
static void *libc_realloc(void *ctx, void *p, size_t size) { (void)ctx; return realloc(p, size); }
static void libc_free(void *ctx, void *p) { (void)ctx; free(p); }

static const sr_allocator libc_allocator = {libc_malloc, libc_realloc, libc_free, NULL};

const sr_allocator *sr_allocator_default(void) { return &libc_allocator; }

/* Makes b the current block with nothing handed out. */
static void use_block(sr_arena *a, arena_block *b)
{
    a->head = b;
    a->base = b ? b->data : NULL;
    a->used = 0;
    a->limit = b ? b->size : 0;
}

sr_arena *sr_arena_new(const sr_allocator *alloc)
{
    if (!alloc) alloc = &libc_allocator;
    sr_arena *a = alloc->malloc_fn(alloc->ctx, sizeof *a);
    if (!a) return NULL;
    a->alloc = alloc;
    use_block(a, NULL);
    a->used_before = 0;
    a->next_size = ARENA_FIRST_BLOCK;
    return a;
}

static void free_block(sr_arena *a, arena_block *b)
{
    UNPOISON(b->data, b->size);
    a->alloc->free_fn(a->alloc->ctx, b);
}

void sr_arena_free(sr_arena *a)
{
    if (!a) return;
    arena_block *b = a->head;
    while (b) {
        arena_block *next = b->next;
        free_block(a, b);
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
        if (b != keep) free_block(a, b);
        b = next;
    }
    if (keep) {
        keep->next = NULL;
        POISON(keep->data, keep->size);
    }
    use_block(a, keep);
    a->next_size = keep && keep->size * 2 < ARENA_MAX_BLOCK ? keep->size * 2 : ARENA_MAX_BLOCK;
    if (!keep) a->next_size = ARENA_FIRST_BLOCK;
    a->used_before = 0;
}

/* Contract: see arena.h.  Also what the inline path does, so that the two give
 * the same addresses: round to 16, bump the current block, or start a new one
 * (the rest of the old one is abandoned). */
void *sr_arena_alloc_slow(sr_arena *a, size_t size)
{
    size_t asked = size;
    if (size == 0) size = 1;
    if (size > SIZE_MAX - ARENA_ALIGN - ARENA_REDZONE) return NULL;
    size = (size + ARENA_REDZONE + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (!a->head || a->limit - a->used < size) {
        size_t bsize = a->next_size;
        if (bsize < size) bsize = size;
        if (bsize > SIZE_MAX - sizeof(arena_block)) return NULL;
        arena_block *nb = a->alloc->malloc_fn(a->alloc->ctx, sizeof(arena_block) + bsize);
        if (!nb) return NULL;
        nb->size = bsize;
        nb->next = a->head;
        POISON(nb->data, bsize);
        a->used_before += a->used;
        use_block(a, nb);
        if (a->next_size < ARENA_MAX_BLOCK) a->next_size *= 2;
    }
    void *p = a->base + a->used;
    a->used += size;
    UNPOISON(p, asked ? asked : 1);
    return p;
}

size_t sr_arena_used(const sr_arena *a) { return a ? a->used_before + a->used : 0; }
