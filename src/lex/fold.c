/*
 * fold.c — diacritic stripping for lexicon matching; see fold.h.
 *
 * Hand-written on purpose: ICU's Latin-ASCII transliterator costs a UTF-16
 * round trip and a transliterator object per thread, while the letters that
 * matter in our languages (Latin-1 Supplement and Latin Extended-A, which
 * cover Turkish, Kurdish in Latin script, and European transliterations of
 * Arabic names) fit a 192-entry table.  Other code points pass unchanged.
 */
#include "fold.h"

#include <stdint.h>
#include <string.h>

/* Base letter for U+00C0..U+017F (lower-case input expected, upper mapped too);
 * 0 = keep the code point as it is. */
static const char latin_base[192] = {
    /* C0 */ 'a','a','a','a','a','a', 0 ,'c','e','e','e','e','i','i','i','i',
    /* D0 */ 'd','n','o','o','o','o','o', 0 ,'o','u','u','u','u','y', 0 ,'s',
    /* E0 */ 'a','a','a','a','a','a', 0 ,'c','e','e','e','e','i','i','i','i',
    /* F0 */ 'd','n','o','o','o','o','o', 0 ,'o','u','u','u','u','y', 0 ,'y',
    /* 100 */ 'a','a','a','a','a','a','c','c','c','c','c','c','c','c','d','d',
    /* 110 */ 'd','d','e','e','e','e','e','e','e','e','e','e','g','g','g','g',
    /* 120 */ 'g','g','g','g','h','h','h','h','i','i','i','i','i','i','i','i',
    /* 130 */ 'i','i', 0 , 0 ,'j','j','k','k','k','l','l','l','l','l','l','l',
    /* 140 */ 'l','l','l','n','n','n','n','n','n','n','n','n','o','o','o','o',
    /* 150 */ 'o','o', 0 , 0 ,'r','r','r','r','r','r','s','s','s','s','s','s',
    /* 160 */ 's','s','t','t','t','t','t','t','u','u','u','u','u','u','u','u',
    /* 170 */ 'u','u','u','u','w','w','y','y','y','z','z','z','z','z','z','s',
};

int sr_is_ascii(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80) return 0;
    return 1;
}

size_t sr_plain(const char *s, char *out, size_t cap)
{
    size_t o = 0;
    if (cap == 0) return 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        unsigned char c = *p;
        if (c < 0x80) { /* ASCII, most bytes even of Turkish text: as it is */
            if (o + 1 >= cap) break;
            out[o++] = (char)c;
            p++;
            continue;
        }
        /* two-byte sequence for U+00C0..U+017F: C3 80..C5 BF */
        if (c >= 0xC3 && c <= 0xC5 && (p[1] & 0xC0) == 0x80) {
            uint32_t cp = ((uint32_t)(c & 0x1F) << 6) | (p[1] & 0x3F);
            if (cp >= 0xC0 && cp <= 0x17F && latin_base[cp - 0xC0]) {
                if (o + 1 >= cap) break;
                out[o++] = latin_base[cp - 0xC0];
                p += 2;
                continue;
            }
        }
        /* combining diacritical marks U+0300..U+036F (CC 80..CD AF) are dropped */
        if ((c == 0xCC && (p[1] & 0xC0) == 0x80) || (c == 0xCD && p[1] >= 0x80 && p[1] <= 0xAF)) {
            p += 2;
            continue;
        }
        /* copy one whole UTF-8 sequence */
        size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        size_t k = 1;
        while (k < n && (p[k] & 0xC0) == 0x80) k++;
        if (o + k >= cap) break;
        for (size_t i = 0; i < k; i++) out[o + i] = (char)p[i];
        o += k;
        p += k;
    }
    out[o] = '\0';
    return o;
}
