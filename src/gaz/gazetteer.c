/*
 * gazetteer.c — opening build/gazetteer.bin and looking names up; see
 * gazetteer.h for the contract and the file format.
 *
 * Place in the pipeline: resolve.  Opening maps the file read-only and checks
 * everything that can be checked without touching the sections' pages: the
 * header, its checksum, the section table, the pool's first and last bytes,
 * and the payload checksum (read through pread into a small buffer, so a
 * process that opens the file and does a few lookups keeps a small resident
 * set).  Nothing is parsed or copied.  Every accessor then bound-checks what it
 * follows, so no byte pattern can make it read outside the file.
 */
#include "gazetteer.h"

#include "gazkey.h"
#include "../util/file.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

struct sr_gazetteer {
    const unsigned char *base;
    size_t len;
    void *map;                 /* non-NULL when we mapped the file ourselves */
    const sr_gaz_rec *entries;
    uint32_t n_entries;
    const char *pool;
    uint32_t pool_size;
    const sr_gaz_slot *slots;
    uint32_t n_slots;
    const uint32_t *postings;
    uint32_t n_postings;
    uint32_t n_countries;
    const char *version;
};

static const char *const section_names[SR_GAZ_N_SECTIONS] = {"entries", "pool", "slots", "postings"};

/* ---- checksums ---------------------------------------------------------- */

#define FNV_OFFSET 0xcbf29ce484222325ull
#define FNV_PRIME 0x100000001b3ull
#define SUM_BLOCK 32u

typedef struct sum_state {
    uint64_t h[4];
    uint64_t len;
} sum_state;

static inline uint64_t le64(const unsigned char *p)
{
    return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 | (uint64_t)p[3] << 24 |
           (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 | (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
}

static inline uint64_t mix(uint64_t h, uint64_t w)
{
    h = (h ^ w) * FNV_PRIME;
    return h ^ (h >> 32);
}

static void sum_init(sum_state *s)
{
    for (unsigned i = 0; i < 4; i++) s->h[i] = FNV_OFFSET ^ (i * 0x9e3779b97f4a7c15ull);
    s->len = 0;
}

/* n must be a multiple of SUM_BLOCK except on the last call. */
static void sum_update(sum_state *s, const unsigned char *p, size_t n)
{
    s->len += n;
    /* the four lanes in locals: stores to s->h could alias p's bytes, which
     * kept the compiler storing and reloading them at every block (the
     * whole file goes through here at every open) */
    uint64_t h0 = s->h[0], h1 = s->h[1], h2 = s->h[2], h3 = s->h[3];
    while (n >= SUM_BLOCK) {
        h0 = mix(h0, le64(p));
        h1 = mix(h1, le64(p + 8));
        h2 = mix(h2, le64(p + 16));
        h3 = mix(h3, le64(p + 24));
        p += SUM_BLOCK;
        n -= SUM_BLOCK;
    }
    s->h[0] = h0, s->h[1] = h1, s->h[2] = h2, s->h[3] = h3;
    if (n) {
        unsigned char tail[SUM_BLOCK] = {0};
        memcpy(tail, p, n);
        for (unsigned i = 0; i < 4; i++) s->h[i] = mix(s->h[i], le64(tail + 8 * i));
    }
}

static uint64_t sum_final(const sum_state *s)
{
    uint64_t r = FNV_OFFSET;
    for (unsigned i = 0; i < 4; i++) r = mix(r, s->h[i]);
    return mix(r, s->len);
}

uint64_t sr_gazetteer_checksum(const void *data, size_t len)
{
    sum_state s;
    sum_init(&s);
    if (data && len) sum_update(&s, data, len);
    return sum_final(&s);
}

uint64_t sr_gazetteer_key_hash(const char *s, size_t len)
{
    _Static_assert(FNV_PRIME == 0x100000001b3ull, "sr_gazetteer_key_hash_more() is FNV-1a");
    return sr_gazetteer_key_hash_more(FNV_OFFSET, s, len);
}


/* Checksum of the file's bytes [from, to) read through fd; -1 on a read error. */
static int sum_fd(int fd, uint64_t from, uint64_t to, uint64_t *out)
{
    enum { CHUNK = 1 << 18 }; /* a multiple of SUM_BLOCK */
    unsigned char *buf = malloc(CHUNK);
    if (!buf) return -1;
    sum_state s;
    sum_init(&s);
    uint64_t pos = from;
    int rc = 0;
    while (pos < to) {
        size_t want = to - pos < CHUNK ? (size_t)(to - pos) : CHUNK;
        size_t got = 0;
        while (got < want) {
            ssize_t r = pread(fd, buf + got, want - got, (off_t)(pos + got));
            if (r < 0 && errno == EINTR) continue;
            if (r <= 0) { rc = -1; break; }
            got += (size_t)r;
        }
        if (rc) break;
        sum_update(&s, buf, got);
        pos += got;
    }
    free(buf);
    *out = sum_final(&s);
    return rc;
}

/* ---- opening ------------------------------------------------------------ */

static bool little_endian_host(void)
{
    const uint16_t one = 1;
    unsigned char b;
    memcpy(&b, &one, 1);
    return b == 1;
}

static sr_status refuse(char **errmsg, sr_status st, char *msg)
{
    sr_set_error(errmsg, msg);
    return st;
}

/* Validate g->base[0..len) as a gazetteer and point g's fields into it.  fd >= 0:
 * compute the payload checksum through fd rather than from memory. */
static sr_status validate(sr_gazetteer *g, const char *name, int fd, char **errmsg)
{
    const unsigned char *b = g->base;
    size_t len = g->len;
    if (!little_endian_host())
        return refuse(errmsg, SR_EDATA, sr_strf("%s: this host is big-endian; gazetteer files are little-endian", name));
    if (len < SR_GAZ_HEADER_SIZE)
        return refuse(errmsg, SR_EDATA,
                      len == 0 ? sr_strf("%s: truncated: the file is empty", name)
                               : sr_strf("%s: truncated: %zu bytes, shorter than the %u-byte header", name, len,
                                         SR_GAZ_HEADER_SIZE));
    sr_gaz_header h;
    memcpy(&h, b, sizeof h);
    if (memcmp(h.magic, SR_GAZ_MAGIC, sizeof h.magic) != 0)
        return refuse(errmsg, SR_EDATA, sr_strf("%s: header: not a sitrep gazetteer (bad magic)", name));
    if (h.version != SR_GAZ_VERSION)
        return refuse(errmsg, SR_EDATA,
                      sr_strf("%s: header: format version %u, this sitrep reads version %u (rebuild with make gazetteer)",
                              name, h.version, SR_GAZ_VERSION));
    if (h.header_size != SR_GAZ_HEADER_SIZE)
        return refuse(errmsg, SR_EDATA,
                      sr_strf("%s: header: size %u, expected %u", name, h.header_size, SR_GAZ_HEADER_SIZE));
    sr_gaz_header z = h;
    z.header_sum = 0;
    if (sr_gazetteer_checksum(&z, sizeof z) != h.header_sum)
        return refuse(errmsg, SR_EDATA, sr_strf("%s: header: checksum mismatch (corrupt file)", name));

    uint64_t prev_end = SR_GAZ_HEADER_SIZE;
    for (int i = 0; i < SR_GAZ_N_SECTIONS; i++) {
        const sr_gaz_section *s = &h.sec[i];
        const char *sn = section_names[i];
        if (s->offset % 8 != 0)
            return refuse(errmsg, SR_EDATA,
                          sr_strf("%s: %s section: offset %llu is not a multiple of 8", name, sn,
                                  (unsigned long long)s->offset));
        if (s->offset < prev_end)
            return refuse(errmsg, SR_EDATA,
                          sr_strf("%s: %s section: starts at byte %llu, inside the %s before it", name, sn,
                                  (unsigned long long)s->offset, i ? section_names[i - 1] : "header"));
        if (s->size > UINT64_MAX - s->offset || s->offset + s->size > len)
            return refuse(errmsg, SR_EDATA,
                          sr_strf("%s: truncated: %s section ends at byte %llu past the file end %zu", name, sn,
                                  s->size > UINT64_MAX - s->offset ? (unsigned long long)UINT64_MAX
                                                                  : (unsigned long long)(s->offset + s->size),
                                  len));
        prev_end = s->offset + s->size;
    }
    if (h.file_size != len)
        return refuse(errmsg, SR_EDATA,
                      h.file_size > len ? sr_strf("%s: truncated: the header says %llu bytes, the file has %zu", name,
                                                  (unsigned long long)h.file_size, len)
                                        : sr_strf("%s: %zu bytes, but the header says %llu (trailing data)", name, len,
                                                  (unsigned long long)h.file_size));

    const sr_gaz_section *se = &h.sec[SR_GAZ_SEC_ENTRIES], *sp = &h.sec[SR_GAZ_SEC_POOL],
                         *ss = &h.sec[SR_GAZ_SEC_SLOTS], *so = &h.sec[SR_GAZ_SEC_POSTINGS];
    if (se->count > INT_MAX || se->size != se->count * sizeof(sr_gaz_rec))
        return refuse(errmsg, SR_EDATA,
                      sr_strf("%s: entries section: %llu bytes for %llu records of %zu bytes", name,
                              (unsigned long long)se->size, (unsigned long long)se->count, sizeof(sr_gaz_rec)));
    if (sp->count == 0 || sp->count > UINT32_MAX || sp->size != sp->count)
        return refuse(errmsg, SR_EDATA,
                      sr_strf("%s: pool section: %llu bytes, count %llu (must be equal, 1 to 2^32-1)", name,
                              (unsigned long long)sp->size, (unsigned long long)sp->count));
    if (ss->count == 0 || ss->count > UINT32_MAX || (ss->count & (ss->count - 1)) != 0 ||
        ss->size != ss->count * sizeof(sr_gaz_slot))
        return refuse(errmsg, SR_EDATA,
                      sr_strf("%s: slots section: %llu bytes for %llu slots (a power of two, 16 bytes each)", name,
                              (unsigned long long)ss->size, (unsigned long long)ss->count));
    if (so->count > UINT32_MAX || so->size != so->count * sizeof(uint32_t))
        return refuse(errmsg, SR_EDATA,
                      sr_strf("%s: postings section: %llu bytes for %llu ids of 4 bytes", name,
                              (unsigned long long)so->size, (unsigned long long)so->count));
    if (h.n_countries > se->count)
        return refuse(errmsg, SR_EDATA,
                      sr_strf("%s: header: %u countries but %llu entries", name, h.n_countries,
                              (unsigned long long)se->count));
    if (h.n_keys >= ss->count)
        return refuse(errmsg, SR_EDATA,
                      sr_strf("%s: slots section: %u keys leave no empty slot among %llu", name, h.n_keys,
                              (unsigned long long)ss->count));
    if (h.version_str >= sp->size)
        return refuse(errmsg, SR_EDATA,
                      sr_strf("%s: header: version string at pool offset %u, past the pool's %llu bytes", name,
                              h.version_str, (unsigned long long)sp->size));

    uint64_t sum;
    if (fd >= 0) {
        if (sum_fd(fd, SR_GAZ_HEADER_SIZE, len, &sum) != 0)
            return refuse(errmsg, SR_EIO, sr_strf("%s: cannot read: %s", name, strerror(errno ? errno : EIO)));
    } else {
        sum = sr_gazetteer_checksum(b + SR_GAZ_HEADER_SIZE, len - SR_GAZ_HEADER_SIZE);
    }
    if (sum != h.payload_sum)
        return refuse(errmsg, SR_EDATA,
                      sr_strf("%s: checksum mismatch: the sections are corrupt (rebuild with make gazetteer)", name));

    /* after the checksum: a corrupt pool byte is reported as corruption */
    const char *pool = (const char *)b + sp->offset;
    if (pool[0] != '\0' || pool[sp->size - 1] != '\0')
        return refuse(errmsg, SR_EDATA,
                      sr_strf("%s: pool section: %s byte is not NUL", name, pool[0] ? "the first" : "the last"));

    g->entries = (const sr_gaz_rec *)(const void *)(b + se->offset);
    g->n_entries = (uint32_t)se->count;
    g->pool = pool;
    g->pool_size = (uint32_t)sp->size;
    g->slots = (const sr_gaz_slot *)(const void *)(b + ss->offset);
    g->n_slots = (uint32_t)ss->count;
    g->postings = (const uint32_t *)(const void *)(b + so->offset);
    g->n_postings = (uint32_t)so->count;
    g->n_countries = h.n_countries;
    g->version = pool + h.version_str;
    return SR_OK;
}

sr_status sr_gazetteer_open_buffer(const void *data, size_t len, sr_gazetteer **out, char **errmsg)
{
    if (!out) return SR_EARG;
    *out = NULL;
    if (!data && len) return SR_EARG;
    if ((uintptr_t)data % 8 != 0)
        return refuse(errmsg, SR_EARG, sr_strf("<buffer>: the buffer is not 8-byte aligned"));
    sr_gazetteer *g = calloc(1, sizeof *g);
    if (!g) return refuse(errmsg, SR_ENOMEM, sr_strf("<buffer>: out of memory"));
    g->base = data;
    g->len = len;
    sr_status st = validate(g, "<buffer>", -1, errmsg);
    if (st != SR_OK) {
        free(g);
        return st;
    }
    *out = g;
    return SR_OK;
}

sr_status sr_gazetteer_open(const char *path, sr_gazetteer **out, char **errmsg)
{
    if (!out) return SR_EARG;
    *out = NULL;
    if (!path) return SR_EARG;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return refuse(errmsg, SR_EIO, sr_strf("%s: cannot open: %s", path, strerror(errno)));
    struct stat st_;
    if (fstat(fd, &st_) != 0) {
        int e = errno;
        close(fd);
        return refuse(errmsg, SR_EIO, sr_strf("%s: cannot stat: %s", path, strerror(e)));
    }
    if (!S_ISREG(st_.st_mode)) {
        close(fd);
        return refuse(errmsg, SR_EIO, sr_strf("%s: not a regular file", path));
    }
    sr_gazetteer *g = calloc(1, sizeof *g);
    if (!g) {
        close(fd);
        return refuse(errmsg, SR_ENOMEM, sr_strf("%s: out of memory", path));
    }
    static _Alignas(8) const unsigned char empty[8] = {0};
    g->len = (size_t)st_.st_size;
    g->base = empty;
    if (g->len > 0) {
        void *m = mmap(NULL, g->len, PROT_READ, MAP_PRIVATE, fd, 0);
        if (m == MAP_FAILED) {
            int e = errno;
            close(fd);
            free(g);
            return refuse(errmsg, SR_EIO, sr_strf("%s: cannot map: %s", path, strerror(e)));
        }
        g->map = m;
        g->base = m;
        /* lookups jump around: read only the pages they touch */
        (void)madvise(m, g->len, MADV_RANDOM);
    }
    sr_status st = validate(g, path, fd, errmsg);
    close(fd);
    if (st != SR_OK) {
        sr_gazetteer_close(g);
        return st;
    }
    *out = g;
    return SR_OK;
}

void sr_gazetteer_close(sr_gazetteer *g)
{
    if (!g) return;
    if (g->map) munmap(g->map, g->len);
    free(g);
}

/* ---- lookups ------------------------------------------------------------ */

int sr_gazetteer_lookup(const sr_gazetteer *g, const char *key, const uint32_t **ids)
{
    if (ids) *ids = NULL;
    if (!g || !key || !ids || !*key) return 0;
    size_t klen = strlen(key);
    return sr_gazetteer_lookup_hashed(g, key, klen, sr_gazetteer_key_hash(key, klen), ids);
}

int sr_gazetteer_lookup_hashed(const sr_gazetteer *g, const char *key, size_t klen, uint64_t h,
                               const uint32_t **ids)
{
    if (ids) *ids = NULL;
    if (!g || !key || !ids || !*key || !g->n_slots) return 0;
    uint32_t mask = g->n_slots - 1, hi = (uint32_t)(h >> 32);
    uint32_t i = (uint32_t)h & mask;
    for (uint32_t probe = 0; probe < g->n_slots; probe++, i = (i + 1) & mask) {
        const sr_gaz_slot *s = &g->slots[i];
        if (s->n == 0) return 0;
        if (s->hash_hi != hi || s->key >= g->pool_size) continue;
        if (g->pool_size - s->key <= klen || memcmp(g->pool + s->key, key, klen + 1) != 0) continue;
        if (s->first > g->n_postings || s->n > g->n_postings - s->first) return 0; /* corrupt slot */
        *ids = g->postings + s->first;
        return s->n > INT_MAX ? INT_MAX : (int)s->n;
    }
    return 0;
}

int sr_gazetteer_find(const sr_gazetteer *g, const char *name, const uint32_t **ids)
{
    char key[SR_GAZ_KEY_MAX];
    if (ids) *ids = NULL;
    if (!name || sr_gaz_key(name, key, sizeof key) == 0) return 0;
    return sr_gazetteer_lookup(g, key, ids);
}

/* The slot is the first of a lookup's dependent cache misses in a file of tens
 * of MB; the record is the first of sr_gazetteer_entry()'s. */
void sr_gazetteer_prefetch(const sr_gazetteer *g, uint64_t hash)
{
    if (g && g->n_slots) __builtin_prefetch(&g->slots[(uint32_t)hash & (g->n_slots - 1)]);
}

void sr_gazetteer_prefetch_entry(const sr_gazetteer *g, uint32_t id)
{
    if (!g || id >= g->n_entries) return;
    __builtin_prefetch(&g->entries[id]);
    __builtin_prefetch((const char *)&g->entries[id] + sizeof g->entries[id] - 1);
}

bool sr_gazetteer_entry(const sr_gazetteer *g, uint32_t id, sr_gaz_entry *out)
{
    if (!g || !out || id >= g->n_entries) return false;
    const sr_gaz_rec *r = &g->entries[id];
    if (r->name >= g->pool_size || r->admin1 >= g->pool_size || r->admin2 >= g->pool_size) return false;
    if (r->country[3] != '\0' || r->fcode[7] != '\0' || r->feature > SR_FEAT_REGION) return false;
    if (!isfinite(r->lat) || !isfinite(r->lon) || fabsf(r->lat) > 90.0f || fabsf(r->lon) > 180.0f) return false;
    out->name = g->pool + r->name;
    out->feature_code = r->fcode;
    out->country = r->country;
    out->admin1 = r->admin1 ? g->pool + r->admin1 : NULL;
    out->admin2 = r->admin2 ? g->pool + r->admin2 : NULL;
    out->lat = r->lat;
    out->lon = r->lon;
    out->population = (long)r->population;
    out->geonameid = (long)r->geonameid;
    out->feature = (sr_feature)r->feature;
    return true;
}

int sr_gazetteer_size(const sr_gazetteer *g)
{
    return g ? (int)g->n_entries : 0;
}

const char *sr_gazetteer_version(const sr_gazetteer *g)
{
    return g ? g->version : "";
}

uint32_t sr_gazetteer_country(const sr_gazetteer *g, const char *iso3)
{
    if (!g || !iso3 || strlen(iso3) != 3) return UINT32_MAX;
    uint32_t lo = 0, hi = g->n_countries;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int c = memcmp(g->entries[mid].country, iso3, 4);
        if (c == 0) {
            sr_gaz_entry e; /* only a record that reads back whole */
            return sr_gazetteer_entry(g, mid, &e) && e.feature == SR_FEAT_COUNTRY ? mid : UINT32_MAX;
        }
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return UINT32_MAX;
}
