/*
 * arena.h — the per-document bump allocator.
 *
 * Every stage of coding one document (tokens, sentences, hits, events, output
 * strings) allocates from the worker's arena; sr_arena_reset() frees it all at
 * once before the next document.  Blocks come from the engine's sr_allocator, so
 * an allocation-failure test reaches every out-of-memory path here.
 */
#ifndef SR_ARENA_H
#define SR_ARENA_H

#include <stddef.h>
#include "sitrep.h"

typedef struct sr_arena sr_arena;

/* New empty arena drawing blocks from alloc (NULL = the C library).  The
 * allocator must outlive the arena.  Returns NULL when memory runs out. */
sr_arena *sr_arena_new(const sr_allocator *alloc);
/* Frees every block; arena may be NULL. */
void sr_arena_free(sr_arena *arena);
/* Forgets every allocation but keeps the first block for reuse. */
void sr_arena_reset(sr_arena *arena);
/* size bytes aligned to 16, or NULL when memory runs out.  Valid until reset. */
void *sr_arena_alloc(sr_arena *arena, size_t size);
/* Same, zero-filled. */
void *sr_arena_calloc(sr_arena *arena, size_t count, size_t size);
/* Copy of s[0..len) with a terminating NUL, or NULL when memory runs out. */
char *sr_arena_strndup(sr_arena *arena, const char *s, size_t len);
/* Grows an arena array: returns a copy of old (old_count elements) with room
 * for new_count elements, or NULL.  The old copy is abandoned in the arena. */
void *sr_arena_grow(sr_arena *arena, void *old, size_t old_count, size_t new_count, size_t elem_size);
/* Bytes handed out since the last reset (for memory tests). */
size_t sr_arena_used(const sr_arena *arena);

/* The C library allocator as an sr_allocator (static storage). */
const sr_allocator *sr_allocator_default(void);

#endif
