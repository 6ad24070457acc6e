/*
 * arena.h — the per-document bump allocator.
 *
 * Every stage of coding one document (tokens, sentences, hits, events, output
 * strings) allocates from the worker's arena; sr_arena_reset() frees it all at
 * once before the next document.  Blocks come from the engine's sr_allocator, so
 * an allocation-failure test reaches every out-of-memory path here.
 *
 * sr_arena_alloc is inline: coding a megabyte of news text allocates about half
 * a million times, and a call into arena.c for each cost more than the bump
 * itself.  Under AddressSanitizer every allocation goes through arena.c instead,
 * which poisons the bytes between allocations and all of them on reset, so ASan
 * reports an overrun of an arena allocation and a use after sr_arena_reset.
 */
#ifndef SR_ARENA_H
#define SR_ARENA_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "sitrep.h"

#if defined(__SANITIZE_ADDRESS__)
#define SR_ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SR_ARENA_ASAN 1
#endif
#endif

typedef struct sr_arena sr_arena;

/* The arena's state.  Only arena.c and the inline sr_arena_alloc below touch
 * it; everyone else goes through the functions. */
struct sr_arena {
    unsigned char *base;        /* data of the current block (NULL before the first) */
    size_t used, limit;         /* bytes of it handed out, and its size (0 before the first) */
    size_t used_before;         /* bytes handed out from earlier blocks since the reset */
    const sr_allocator *alloc;
    struct sr_arena_block *head; /* current block; older blocks follow */
    size_t next_size;
};

#define SR_ARENA_ALIGN 16
/* Requests up to this size may take the inline path (keeps the rounding below
 * from overflowing; larger ones are rare and go to arena.c). */
#define SR_ARENA_INLINE_MAX ((size_t)1 << 30)

/* New empty arena drawing blocks from alloc (NULL = the C library).  The
 * allocator must outlive the arena.  Returns NULL when memory runs out. */
sr_arena *sr_arena_new(const sr_allocator *alloc);
/* Frees every block; arena may be NULL. */
void sr_arena_free(sr_arena *arena);
/* Forgets every allocation but keeps the first block for reuse. */
void sr_arena_reset(sr_arena *arena);
/* sr_arena_alloc when the current block has no room (or under ASan, always):
 * takes a new block.  Same contract as sr_arena_alloc. */
void *sr_arena_alloc_slow(sr_arena *arena, size_t size);

/* size bytes aligned to 16 (size 0 counts as 1), or NULL when memory runs out.
 * Valid until reset.  The fast path bumps the current block in place; see
 * the file comment for why it is inline. */
static inline void *sr_arena_alloc(sr_arena *arena, size_t size)
{
#ifndef SR_ARENA_ASAN
    /* size - 1 wraps for size 0, which arena.c rounds up to one byte */
    size_t n = (size + SR_ARENA_ALIGN - 1) & ~(size_t)(SR_ARENA_ALIGN - 1);
    if (size - 1 < SR_ARENA_INLINE_MAX && arena->limit - arena->used >= n) {
        void *p = arena->base + arena->used;
        arena->used += n;
        return p;
    }
#endif
    return sr_arena_alloc_slow(arena, size);
}

/* Same, zero-filled.  Inline with sr_arena_alloc (a call per array). */
static inline void *sr_arena_calloc(sr_arena *arena, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size) return NULL;
    void *p = sr_arena_alloc(arena, count * size);
    if (p) memset(p, 0, count * size);
    return p;
}

/* Copy of s[0..len) with a terminating NUL, or NULL when memory runs out. */
static inline char *sr_arena_strndup(sr_arena *arena, const char *s, size_t len)
{
    if (len == SIZE_MAX) return NULL;
    char *p = sr_arena_alloc(arena, len + 1);
    if (!p) return NULL;
    if (len) memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

/* Grows an arena array: returns a copy of old (old_count elements) with room
 * for new_count elements, or NULL.  The old copy is abandoned in the arena. */
static inline void *sr_arena_grow(sr_arena *arena, void *old, size_t old_count, size_t new_count, size_t elem_size)
{
    if (elem_size && new_count > SIZE_MAX / elem_size) return NULL;
    void *p = sr_arena_alloc(arena, new_count * elem_size);
    if (p && old && old_count) memcpy(p, old, (old_count < new_count ? old_count : new_count) * elem_size);
    return p;
}

/* Bytes handed out since the last reset (for memory tests). */
size_t sr_arena_used(const sr_arena *arena);

/* The C library allocator as an sr_allocator (static storage). */
const sr_allocator *sr_allocator_default(void);

#endif
