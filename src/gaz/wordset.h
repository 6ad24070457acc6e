/*
 * wordset.h — a read-only set of common lower-case words.
 *
 * Place in the pipeline: match.  A town called Mobile, Reading or Spring is
 * also an English word; the gazetteer matcher asks this set whether a
 * capitalised name is such a word, and then wants the context of a place
 * ("in Reading", "Mobile, Alabama") before it believes it.  Loaded once from
 * a word list (Debian's wamerican: /usr/share/dict/american-english, where
 * common words are the entries written in lower case).
 */
#ifndef SR_WORDSET_H
#define SR_WORDSET_H

#include <stdbool.h>
#include <stddef.h>
#include "sitrep.h"

typedef struct sr_wordset sr_wordset;

/* Load the lines of path that are all lower-case ASCII letters.  *out NULL
 * and SR_EIO when the file cannot be read (callers treat the set as optional). */
sr_status sr_wordset_load(const char *path, sr_wordset **out);
void sr_wordset_free(sr_wordset *set);
/* Is the word (len bytes, compared as written) in the set?  set may be NULL (false). */
bool sr_wordset_has(const sr_wordset *set, const char *word, size_t len);
int sr_wordset_size(const sr_wordset *set);

#endif
