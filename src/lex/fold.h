/*
 * fold.h — the "plain" form that lexicon matching compares: a folded token
 * with Latin diacritics removed (Kılıç -> kilic, İdlib -> idlib, millî -> milli).
 *
 * Place in the pipeline: used by the matcher on both sides, pattern words at
 * load time and token folds at match time, so that real spellings with and
 * without diacritics meet.
 */
#ifndef SR_LEX_FOLD_H
#define SR_LEX_FOLD_H

#include <stddef.h>

/* Write the plain form of the NUL-terminated folded string s into out (cap
 * bytes, always NUL-terminated; truncated when too small).  Returns the length
 * written.  Plain never grows: a buffer of strlen(s)+1 always suffices. */
size_t sr_plain(const char *s, char *out, size_t cap);

/* true when s is pure ASCII (then its plain form is s itself). */
int sr_is_ascii(const char *s);

#endif
