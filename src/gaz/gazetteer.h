/*
 * gazetteer.h — the GeoNames gazetteer: one read-only file, build/gazetteer.bin,
 * mapped into memory and searched by name key.
 *
 * Place in the pipeline: resolve.  tools/gazbuild.c writes the file from pinned
 * GeoNames-derived packages and data/places.tsv (gazetteer/README.md has the
 * recipe); the engine opens it once and every worker looks names up through it
 * concurrently (all lookups are read-only).  Without the file sitrep runs on the
 * small table data/places.tsv (placetab.h).
 *
 * An entry is a country, first- or second-level division, populated place or
 * region.  Names are indexed by sr_gaz_key() (gazkey.h): a lookup gives the ids
 * of every entry with a name of that key, most populous first.
 *
 * Opening validates the header, the section table and a checksum of the whole
 * payload (read with pread, so the mapping itself stays untouched until used);
 * accessors bound-check every offset they follow, so even a file crafted to
 * pass the checksum can yield wrong answers but never an out-of-bounds read.
 */
#ifndef SR_GAZETTEER_H
#define SR_GAZETTEER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sitrep.h"
#include "placetab.h" /* sr_feature */

typedef struct sr_gazetteer sr_gazetteer;

/* One entry, filled by sr_gazetteer_entry().  Every pointer points into the
 * open gazetteer and is valid until sr_gazetteer_close(). */
typedef struct sr_gaz_entry {
    const char *name;         /* display name, never NULL */
    const char *feature_code; /* GeoNames code: PCLI, ADM1, ADM2, PPLC, PPLA, PPL..., RGN; never NULL */
    const char *country;      /* ISO 3166-1 alpha-3 (XKX = Kosovo); "" when unknown */
    const char *admin1;       /* first-level division name (its own for admin1); NULL when none */
    const char *admin2;       /* second-level division name (its own for admin2); NULL when none */
    double lat, lon;          /* degrees (stored as float32) */
    long population;          /* 0 when unknown */
    long geonameid;           /* 0 for entries GeoNames does not number here */
    sr_feature feature;
} sr_gaz_entry;

/* Map and validate the gazetteer file at path.  On success returns SR_OK and
 * *out owns the open gazetteer (close with sr_gazetteer_close).  On failure *out
 * is NULL and, when errmsg is non-NULL, *errmsg is a malloc'd message naming the
 * file, the section and the reason (caller frees): SR_EIO when the file cannot
 * be opened or mapped, SR_EDATA when it is not a valid gazetteer (bad magic,
 * other format version, truncated, inconsistent sections, checksum mismatch),
 * SR_ENOMEM, SR_EARG when path or out is NULL. */
sr_status sr_gazetteer_open(const char *path, sr_gazetteer **out, char **errmsg);

/* Same over len bytes at data, which the gazetteer borrows: they must stay
 * unchanged and alive until sr_gazetteer_close().  data must be 8-byte aligned
 * (malloc and mmap memory is); else SR_EARG.  Messages name the file
 * "<buffer>". */
sr_status sr_gazetteer_open_buffer(const void *data, size_t len, sr_gazetteer **out, char **errmsg);

/* Unmap and free; g may be NULL. */
void sr_gazetteer_close(sr_gazetteer *g);

/* Entry ids whose names have exactly this key (a string made by sr_gaz_key).
 * Returns their number (0 when none, or when g, key or ids is NULL) and points
 * *ids at them, most populous first; the array belongs to g and is valid until
 * close.  Every id is < sr_gazetteer_size() in a file written by gazbuild;
 * sr_gazetteer_entry() refuses any other, so a crafted file cannot cause an
 * out-of-bounds read.  Thread-safe. */
int sr_gazetteer_lookup(const sr_gazetteer *g, const char *key, const uint32_t **ids);

/* sr_gazetteer_lookup() in two steps, so that several lookups' memory
 * latency can overlap: sr_gazetteer_prefetch() starts loading into the cache
 * the slot of the key whose sr_gazetteer_key_hash() is hash, and
 * sr_gazetteer_lookup_hashed() with that hash and the NUL-terminated key of
 * len bytes then answers exactly as sr_gazetteer_lookup(g, key, ids) does.
 * sr_gazetteer_prefetch_entry() does the same for the record of an id before
 * sr_gazetteer_entry() (an id out of range is ignored).  The prefetches
 * change no result and read nothing themselves; g may be NULL.  Thread-safe. */
void sr_gazetteer_prefetch(const sr_gazetteer *g, uint64_t hash);
int sr_gazetteer_lookup_hashed(const sr_gazetteer *g, const char *key, size_t len, uint64_t hash,
                               const uint32_t **ids);
void sr_gazetteer_prefetch_entry(const sr_gazetteer *g, uint32_t id);

/* sr_gaz_key(name) then sr_gazetteer_lookup(); same contract.  Names whose key
 * is empty or longer than SR_GAZ_KEY_MAX-1 bytes find nothing. */
int sr_gazetteer_find(const sr_gazetteer *g, const char *name, const uint32_t **ids);

/* Fill *out with entry id.  Returns false (leaving *out unspecified) when g or
 * out is NULL, id is out of range, or the record is corrupt (a string offset
 * outside the pool, an unterminated code, an unknown feature, a coordinate that
 * is not a number). */
bool sr_gazetteer_entry(const sr_gazetteer *g, uint32_t id, sr_gaz_entry *out);

/* Number of entries (ids are 0..size-1); 0 when g is NULL. */
int sr_gazetteer_size(const sr_gazetteer *g);

/* The sources and versions the file was built from, for `sitrep --version`;
 * owned by g, never NULL ("" when g is NULL). */
const char *sr_gazetteer_version(const sr_gazetteer *g);

/* Entry id of the country with this ISO3 code (upper case, e.g. "SYR"), or
 * UINT32_MAX when there is none or g/iso3 is NULL.  A returned id always reads
 * back with sr_gazetteer_entry(). */
uint32_t sr_gazetteer_country(const sr_gazetteer *g, const char *iso3);

/* ------------------------------------------------------------------------
 * File format, version 1 — shared with tools/gazbuild.c, which writes it.
 * All integers little-endian; the loader refuses big-endian hosts.
 *
 *   header    160 bytes, struct sr_gaz_header below
 *   sections  4, each at an offset that is a multiple of 8, in this order, not
 *             overlapping, inside the file; zero bytes pad between them:
 *     entries   count x 44-byte struct sr_gaz_rec; countries first, ids
 *               0..n_countries-1, sorted by ISO3 (binary search)
 *     pool      count bytes of NUL-terminated UTF-8 strings; byte 0 is the empty
 *               string and the last byte is NUL, so any offset < count reads a
 *               terminated string
 *     slots     count (a power of two) x 16-byte struct sr_gaz_slot: an
 *               open-addressing hash table of keys, linear probing from
 *               hash & (count-1), hash = FNV-1a 64 of the key bytes; a slot
 *               with n == 0 is empty
 *     postings  count x uint32 entry ids; each key's run is sorted by
 *               population (descending), then feature, then id
 *   header_sum = sr_gazetteer_checksum() of the header with header_sum zeroed;
 *   payload_sum = sr_gazetteer_checksum() of bytes [header_size, file_size).
 * ------------------------------------------------------------------------ */

#define SR_GAZ_MAGIC "SRGAZ\0\r\n" /* 8 bytes: the CR LF catches text-mode copies */
#define SR_GAZ_VERSION 1u
#define SR_GAZ_HEADER_SIZE 160u

enum { SR_GAZ_SEC_ENTRIES = 0, SR_GAZ_SEC_POOL, SR_GAZ_SEC_SLOTS, SR_GAZ_SEC_POSTINGS, SR_GAZ_N_SECTIONS };

typedef struct sr_gaz_section {
    uint64_t offset; /* from the start of the file */
    uint64_t size;   /* bytes */
    uint64_t count;  /* elements */
} sr_gaz_section;

typedef struct sr_gaz_header {
    char magic[8];
    uint32_t version;
    uint32_t header_size;
    uint64_t file_size;
    uint64_t payload_sum;
    uint64_t header_sum;
    uint32_t n_countries;
    uint32_t n_keys;       /* occupied slots */
    uint32_t version_str;  /* pool offset of the sources/versions string */
    uint32_t reserved0;
    sr_gaz_section sec[SR_GAZ_N_SECTIONS];
    uint64_t reserved1;
} sr_gaz_header;

typedef struct sr_gaz_rec {
    uint32_t geonameid;
    uint32_t name;       /* pool offsets; 0 = "" (for admin1/admin2: none) */
    uint32_t admin1;
    uint32_t admin2;
    float lat, lon;
    uint32_t population;
    char country[4];     /* ISO3 + NUL, or all NUL */
    char fcode[8];       /* GeoNames feature code, NUL-padded, [7] == NUL */
    uint8_t feature;     /* sr_feature */
    uint8_t pad[3];
} sr_gaz_rec;

typedef struct sr_gaz_slot {
    uint32_t hash_hi;    /* upper 32 bits of the key's hash */
    uint32_t key;        /* pool offset of the key */
    uint32_t first;      /* index of its first posting */
    uint32_t n;          /* its number of postings; 0 = empty slot */
} sr_gaz_slot;

_Static_assert(sizeof(sr_gaz_header) == SR_GAZ_HEADER_SIZE, "header layout");
_Static_assert(sizeof(sr_gaz_rec) == 44, "entry layout");
_Static_assert(sizeof(sr_gaz_slot) == 16, "slot layout");

/* The file's checksum of len bytes at data (data may be NULL when len is 0):
 * four interleaved lanes over little-endian 64-bit words, each
 * h = (h ^ w) * 0x100000001b3; h ^= h >> 32 (FNV-1a's prime, word-wise, with a
 * fold so high bits reach low ones), lane i starting at
 * 0xcbf29ce484222325 ^ (i * 0x9e3779b97f4a7c15); the last partial 32-byte block
 * is zero-padded; the lanes and then len are folded the same way into one value
 * starting at 0xcbf29ce484222325.  About memory speed, unlike bytewise FNV-1a. */
uint64_t sr_gazetteer_checksum(const void *data, size_t len);

/* FNV-1a 64 of the len bytes at s: the hash of a key in the slots table. */
uint64_t sr_gazetteer_key_hash(const char *s, size_t len);

/* The hash of a key continued by s[0..len): sr_gazetteer_key_hash(ab) ==
 * sr_gazetteer_key_hash_more(sr_gazetteer_key_hash(a), b) for strings a, b
 * (so a key joined from pieces hashes piece by piece).  s may be NULL when
 * len is 0. */
static inline uint64_t sr_gazetteer_key_hash_more(uint64_t h, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull; /* FNV-1a */
    return h;
}

#endif
