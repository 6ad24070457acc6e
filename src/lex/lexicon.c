/*
 * lexicon.c — loading lexicon files and compiling them into a token trie;
 * see lexicon.h for the pattern syntax and docs/lexicon-format.md for the file
 * format.
 *
 * The trie's edges live in one open-addressing hash table keyed by
 * (parent node, test kind, plain string), behind a bitmap filter.  Matching
 * hashes each token's plain fold and plain stem once (or reads the hashes
 * from the token: sr_text_key() of an ASCII fold or stem, its own plain
 * form), so a step costs one or two probes whatever the lexicon size (an
 * edge's hash is the token's hash XOR a constant of the parent and kind),
 * and none for the kinds of test a node has no child by; prefix tests probe
 * once per prefix length, only at nodes that have prefix children, and stop
 * at the first prefix no key goes on from.  The language filter is precomputed per node as one bit per token
 * language.  A hand-written trie rather than a general Aho-Corasick library:
 * no Debian library matches over token sequences with per-token alternative
 * keys (fold, stem, prefix, number).
 *
 * [suffix] entries stay out of the trie: sr_lexicon_suffix reads them sorted
 * longest first, grouped by attribute key and, for endings, by last byte.
 * The keys of the stem tests also make an sr_stem_filter (text.h), so that
 * the tokenizer stems only the words whose stems a test could match.
 */
#include "lexicon.h"

#include <errno.h>
#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "../util/arena.h"
#include "../util/file.h"
#include "fold.h"

enum { TEST_EXACT = 1, TEST_STEM = 2, TEST_PREFIX = 3, TEST_NUM = 4, TEST_ANY = 5 };

#define MAX_PATTERN_TESTS 16
#define WORD_MAX 256

typedef struct lex_test {
    uint8_t kind;
    const char *key; /* plain form (stemmed for TEST_STEM); NULL for NUM/ANY */
} lex_test;

typedef struct trie_node {
    int child_num, child_any;  /* -1 when absent */
    int n_entries;
    uint8_t child_kinds;       /* 1 << kind of every test leading on from this node (0: a leaf) */
    uint16_t max_prefix;       /* length of the longest prefix child; 0 = none */
    uint64_t prefix_lens;      /* bit l-1 set: a prefix child of l bytes (l <= 64); bit 63 also
                                  stands for every longer one */
    const sr_lex_entry *entry0; /* the first entry ending here: most nodes end one, and matching
                                   then reads neither the array nor the index */
    /* The language filter, precomputed for every token language L < 8 (bit L): */
    uint8_t fit;               /* an entry at or below this node fits a match that started at a
                                  token of language L (langs_fit of their languages) */
    uint8_t own_fit;           /* one of the entries ending here fits */
    uint8_t all_fit;           /* every entry ending here fits */
    uint8_t prefix_fit;        /* an entry below a prefix child fits */
    uint8_t own_langs;         /* 1 << lang of every entry ending at this node */
    uint8_t langs;             /* 1 << lang of every entry at or below this node */
    uint8_t prefix_langs;      /* the langs of the prefix children's subtrees */
    int *entries;              /* entry indexes ending here (malloc'd) */
    int cap_entries;
} trie_node;

/* A trie edge, in one open-addressing table.  hash is the key's hash (see
 * child_for) XOR edge_salt() of the parent and the kind; an empty slot has key
 * NULL.  Two edges whose hashes and keys are equal have the same parent and
 * kind (see edge_salt), so a probe compares only those two. */
typedef struct trie_edge {
    uint64_t hash;
    const char *key;
    int child;
    uint8_t fit;       /* the child's fit (matching tests it without reading the child) */
    uint8_t kind;
    uint16_t key_len;  /* strlen(key) (below WORD_MAX: parse_pattern refuses longer words) */
    int parent;
} trie_edge;

typedef struct suffix_rec {
    const char *key;           /* plain form */
    size_t len;
    const sr_lex_entry *entry;
} suffix_rec;

/* The suffixes having one attribute key (or all of them), for
 * sr_lexicon_suffix's attr. */
typedef struct suffix_group {
    const char *attr;          /* NULL in the group of every suffix */
    size_t attr_len;
    int *all;                  /* indexes into lex->suffixes, in their order */
    int *by_last;              /* the same grouped by the last byte of their forms (empty forms left
                                  out) */
    int last[257];             /* byte c's: by_last[last[c] .. last[c + 1]) */
    int *by_first;             /* and by their first byte */
    int first[257];
    int n;
} suffix_group;

typedef struct pending {
    int entry;
    int n_tests;
    lex_test tests[MAX_PATTERN_TESTS];
} pending;

struct sr_lexicon {
    sr_arena *pool;            /* strings, attrs */
    sr_lex_entry *entries;
    pending *patterns;
    int n_entries, cap_entries;
    trie_node *nodes;
    int n_nodes, cap_nodes;
    trie_edge *edges;
    size_t edge_cap;           /* power of two */
    size_t n_edges;
    suffix_rec *suffixes;      /* the [suffix] entries (kept out of the trie), longest first, then in
                                  load order: the first that fits is the one sr_lexicon_suffix wants */
    int n_suffixes;
    suffix_group *suffix_groups; /* [0]: every suffix; then one per attribute key of a suffix */
    int n_suffix_groups;
    uint64_t *edge_filter;     /* one bit per edge hash (high bits): most tokens start no pattern */
    uint64_t edge_filter_mask;
    uint64_t *prefix_filter;   /* one bit per (node, every prefix of one of its prefix children's
                                  keys), by the raw hash: a word's prefix probes stop at its first
                                  prefix that no key goes on from */
    uint64_t prefix_filter_mask;
    uint8_t *stemmed;          /* per entry: its pattern has a stem test (a '~'), for the order of hits */
    sr_stem_filter stem_filter; /* the keys of every stem test (sr_lexicon_stem_filter) */
    bool compiled;
    struct sb_stemmer *stem_en, *stem_tr;
    const UNormalizer2 *nfc;
};

static const char *const class_names[SR_LEX_N_CLASSES] = {
    "demonym", "actor", "agent", "trigger", "weapon", "cue", "casualty", "placenoun", "number", "prep", "unit", "suffix", "place"};

const char *sr_lex_class_name(sr_lex_class cls)
{
    return (unsigned)cls < SR_LEX_N_CLASSES ? class_names[cls] : "?";
}


sr_lexicon *sr_lexicon_new(void)
{
    sr_lexicon *lex = calloc(1, sizeof *lex);
    if (!lex) return NULL;
    lex->pool = sr_arena_new(NULL);
    UErrorCode uerr = U_ZERO_ERROR;
    lex->nfc = unorm2_getNFCInstance(&uerr);
    lex->stem_en = sb_stemmer_new("english", NULL);
    lex->stem_tr = sb_stemmer_new("turkish", NULL);
    if (!lex->pool || U_FAILURE(uerr) || !lex->stem_en || !lex->stem_tr) {
        sr_lexicon_free(lex);
        return NULL;
    }
    return lex;
}

void sr_lexicon_free(sr_lexicon *lex)
{
    if (!lex) return;
    for (int i = 0; i < lex->n_nodes; i++) free(lex->nodes[i].entries);
    free(lex->nodes);
    free(lex->edges);
    free(lex->edge_filter);
    free(lex->stemmed);
    free(lex->prefix_filter);
    free(lex->suffixes);
    for (int g = 0; g < lex->n_suffix_groups; g++) {
        free(lex->suffix_groups[g].all);
        free(lex->suffix_groups[g].by_last);
        free(lex->suffix_groups[g].by_first);
    }
    free(lex->suffix_groups);
    free(lex->entries);
    free(lex->patterns);
    if (lex->stem_en) sb_stemmer_delete(lex->stem_en);
    if (lex->stem_tr) sb_stemmer_delete(lex->stem_tr);
    sr_arena_free(lex->pool);
    free(lex);
}

int sr_lexicon_size(const sr_lexicon *lex) { return lex->n_entries; }

void sr_lexicon_set_payload(sr_lexicon *lex, int i, const void *payload)
{
    if (i >= 0 && i < lex->n_entries) lex->entries[i].payload = payload;
}

const sr_lex_entry *sr_lexicon_entry(const sr_lexicon *lex, int i)
{
    return i >= 0 && i < lex->n_entries ? &lex->entries[i] : NULL;
}

/* Lower-case (Turkish rules for tr) and NFC a pattern word into out. */
static bool fold_word(const sr_lexicon *lex, sr_lang lang, const char *w, size_t len, char *out, size_t cap)
{
    /* ASCII (most pattern words) lower-cases byte by byte and is its own NFC; but for the
     * Turkish I (-> dotless ı) ICU's rules are needed */
    size_t i = 0;
    while (i < len && (unsigned char)w[i] < 0x80 && w[i] && !(w[i] == 'I' && lang == SR_LANG_TR)) i++;
    if (i == len) {
        if (len >= WORD_MAX || len >= cap) return false;
        for (i = 0; i < len; i++) out[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] - 'A' + 'a' : w[i]);
        out[len] = '\0';
        return true;
    }
    UChar u16[WORD_MAX], low[WORD_MAX], nfc[WORD_MAX];
    UErrorCode err = U_ZERO_ERROR;
    int32_t n16 = 0, nlow, nnfc, n8 = 0;
    u_strFromUTF8(u16, WORD_MAX, &n16, w, (int32_t)len, &err);
    if (U_FAILURE(err) || n16 >= WORD_MAX) return false;
    nlow = u_strToLower(low, WORD_MAX, u16, n16, lang == SR_LANG_TR ? "tr" : "en", &err);
    if (U_FAILURE(err) || nlow >= WORD_MAX) return false;
    nnfc = unorm2_normalize(lex->nfc, low, nlow, nfc, WORD_MAX, &err);
    if (U_FAILURE(err) || nnfc >= WORD_MAX) return false;
    u_strToUTF8(out, (int32_t)cap, &n8, nfc, nnfc, &err);
    if (U_FAILURE(err) || (size_t)n8 >= cap) return false;
    out[n8] = '\0';
    return true;
}

void sr_lexicon_stem(const sr_lexicon *lex, sr_lang lang, const char *word, char *out, size_t cap)
{
    struct sb_stemmer *st = lang == SR_LANG_TR ? lex->stem_tr : lex->stem_en;
    const sb_symbol *s = sb_stemmer_stem(st, (const sb_symbol *)word, (int)strlen(word));
    int n = s ? sb_stemmer_length(st) : 0;
    if (!s || (size_t)n >= cap) { snprintf(out, cap, "%s", word); return; }
    memcpy(out, s, (size_t)n);
    out[n] = '\0';
}

static char *pool_strdup(sr_lexicon *lex, const char *s, size_t len)
{
    return sr_arena_strndup(lex->pool, s, len);
}

/* Parse a pattern into tests.  Returns NULL on success or a static reason. */
static const char *parse_pattern(sr_lexicon *lex, sr_lang lang, const char *pat, pending *out)
{
    char word[WORD_MAX], folded[WORD_MAX], plain[WORD_MAX], stem[WORD_MAX];
    out->n_tests = 0;
    const char *p = pat;
    while (*p) {
        while (*p == ' ' || *p == '\t') p++;
        if (!*p) break;
        const char *w = p;
        while (*p && *p != ' ' && *p != '\t') p++;
        size_t len = (size_t)(p - w);
        if (out->n_tests == MAX_PATTERN_TESTS) return "pattern longer than 16 tokens";
        if (len >= WORD_MAX) return "pattern word too long";
        lex_test *t = &out->tests[out->n_tests++];
        memcpy(word, w, len);
        word[len] = '\0';
        if (strcmp(word, "<num>") == 0) { t->kind = TEST_NUM; t->key = NULL; continue; }
        if (strcmp(word, "_") == 0) { t->kind = TEST_ANY; t->key = NULL; continue; }
        t->kind = TEST_EXACT;
        if (len > 1 && word[len - 1] == '~') { t->kind = TEST_STEM; word[--len] = '\0'; }
        else if (len > 1 && word[len - 1] == '*') { t->kind = TEST_PREFIX; word[--len] = '\0'; }
        if (!len || word[len - 1] == '~' || word[len - 1] == '*') return "malformed pattern word";
        /* "lord's resistance army": English text splits the possessive off its word ("Lord's"
         * -> "lord", suffix "s", as src/text/token.c does), so the pattern word drops it too */
        if (lang == SR_LANG_EN && len > 2 && word[len - 2] == '\'' && word[len - 1] == 's') word[len -= 2] = '\0';
        if (!fold_word(lex, lang, word, len, folded, sizeof folded)) return "pattern word is not valid UTF-8";
        if (t->kind == TEST_STEM) {
            sr_lexicon_stem(lex, lang, folded, stem, sizeof stem);
            sr_plain(stem, plain, sizeof plain);
        } else {
            sr_plain(folded, plain, sizeof plain);
        }
        t->key = pool_strdup(lex, plain, strlen(plain));
        if (!t->key) return "out of memory";
    }
    if (out->n_tests == 0) return "empty pattern";
    if (out->tests[0].kind == TEST_ANY) return "a pattern cannot start with _";
    return NULL;
}

sr_status sr_lexicon_add(sr_lexicon *lex, sr_lex_class cls, sr_lang lang, const char *pattern,
                         const sr_lex_attr *attrs, int n_attrs, const void *payload, const char *file,
                         int line, char **errmsg)
{
    if (lex->compiled) {
        sr_set_error(errmsg, sr_strf("%s:%d: lexicon already compiled", file, line));
        return SR_EARG;
    }
    if (lex->n_entries == lex->cap_entries) {
        int cap = lex->cap_entries ? lex->cap_entries * 2 : 256;
        sr_lex_entry *e = realloc(lex->entries, (size_t)cap * sizeof *e);
        if (!e) goto oom;
        lex->entries = e;
        pending *pp = realloc(lex->patterns, (size_t)cap * sizeof *pp);
        if (!pp) goto oom;
        lex->patterns = pp;
        lex->cap_entries = cap;
    }
    pending *pd = &lex->patterns[lex->n_entries];
    const char *why = parse_pattern(lex, lang, pattern, pd);
    if (why) {
        sr_set_error(errmsg, sr_strf("%s:%d: %s: \"%s\"", file, line, why, pattern));
        return SR_EDATA;
    }
    if (cls == SR_LEX_SUFFIX && (pd->n_tests != 1 || pd->tests[0].kind != TEST_EXACT)) {
        sr_set_error(errmsg, sr_strf("%s:%d: a suffix is one plain word: \"%s\"", file, line, pattern));
        return SR_EDATA;
    }
    pd->entry = lex->n_entries;
    sr_lex_entry *e = &lex->entries[lex->n_entries];
    memset(e, 0, sizeof *e);
    e->cls = cls;
    e->lang = (uint8_t)lang;
    e->n_tests = (uint8_t)pd->n_tests;
    e->pattern = pool_strdup(lex, pattern, strlen(pattern));
    e->file = file;
    e->line = line;
    e->index = lex->n_entries;
    e->payload = payload;
    sr_lex_attr *a = n_attrs ? sr_arena_alloc(lex->pool, (size_t)n_attrs * sizeof *a) : NULL;
    if (!e->pattern || (n_attrs && !a)) goto oom;
    for (int i = 0; i < n_attrs; i++) {
        a[i].key = pool_strdup(lex, attrs[i].key, strlen(attrs[i].key));
        a[i].value = pool_strdup(lex, attrs[i].value, strlen(attrs[i].value));
        if (!a[i].key || !a[i].value) goto oom;
    }
    e->attrs = a;
    e->n_attrs = n_attrs;
    for (int i = 0; i < n_attrs; i++) e->key_bits |= sr_lex_key_bit(a[i].key);
    lex->n_entries++;
    return SR_OK;
oom:
    sr_set_error(errmsg, sr_strf("%s:%d: out of memory", file, line));
    return SR_ENOMEM;
}

/* --- the file format ------------------------------------------------------- */

static sr_lang lang_from_name(const char *s, size_t n, bool *ok)
{
    *ok = true;
    if (n == 2 && memcmp(s, "en", 2) == 0) return SR_LANG_EN;
    if (n == 2 && memcmp(s, "tr", 2) == 0) return SR_LANG_TR;
    if (n == 3 && memcmp(s, "any", 3) == 0) return SR_LANG_UNKNOWN;
    *ok = false;
    return SR_LANG_UNKNOWN;
}

#define MAX_ATTRS 24

/* Parse "key=value key=\"v w\" flag" into attrs (values point into buf, which
 * is modified).  Returns NULL or a static reason. */
static const char *parse_attrs(char *s, sr_lex_attr *attrs, int *n_attrs)
{
    int n = 0;
    while (*s) {
        while (*s == ' ' || *s == '\t') s++;
        if (!*s) break;
        if (n == MAX_ATTRS) return "more than 24 attributes";
        char *key = s;
        while (*s && *s != '=' && *s != ' ' && *s != '\t') s++;
        if (s == key) return "attribute without a name";
        char *value = (char *)"1";
        if (*s == '=') {
            *s++ = '\0';
            if (*s == '"') {
                value = ++s;
                while (*s && *s != '"') s++;
                if (*s != '"') return "unterminated quoted value";
                *s++ = '\0';
                if (*s && *s != ' ' && *s != '\t') return "text after a quoted value";
            } else {
                value = s;
                while (*s && *s != ' ' && *s != '\t') s++;
                if (s == value) return "attribute with an empty value";
                if (*s) *s++ = '\0';
            }
        } else if (*s) {
            *s++ = '\0';
        }
        for (char *k = key; *k; k++)
            if (!((*k >= 'a' && *k <= 'z') || (*k >= '0' && *k <= '9') || *k == '_'))
                return "attribute names are lower-case letters, digits and _";
        attrs[n].key = key;
        attrs[n].value = value;
        n++;
    }
    *n_attrs = n;
    return NULL;
}

sr_status sr_lexicon_load_buffer(sr_lexicon *lex, const char *name, const char *text, size_t len,
                                 sr_lang default_lang, char **errmsg)
{
    const char *file = pool_strdup(lex, name, strlen(name));
    if (!file) { sr_set_error(errmsg, sr_strf("%s: out of memory", name)); return SR_ENOMEM; }
    sr_lang lang = default_lang;
    int cls = -1;
    int lineno = 0;
    size_t pos = 0;
    char *line = NULL;
    size_t line_cap = 0;
    sr_status st = SR_OK;
    while (pos < len) {
        size_t eol = pos;
        while (eol < len && text[eol] != '\n') eol++;
        size_t n = eol - pos;
        lineno++;
        if (n + 1 > line_cap) {
            char *nl = realloc(line, n + 1);
            if (!nl) { sr_set_error(errmsg, sr_strf("%s:%d: out of memory", file, lineno)); st = SR_ENOMEM; break; }
            line = nl;
            line_cap = n + 1;
        }
        memcpy(line, text + pos, n);
        line[n] = '\0';
        pos = eol + 1;
        if (memchr(line, '\0', n)) {
            sr_set_error(errmsg, sr_strf("%s:%d: NUL byte in line", file, lineno));
            st = SR_EDATA;
            break;
        }
        /* trim; strip CR; drop comments ("#" at start, or " # " later) */
        char *s = line;
        while (*s == ' ' || *s == '\t') s++;
        char *end = s + strlen(s);
        while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r')) *--end = '\0';
        if (!*s || *s == '#') continue;
        char *hash = strstr(s, " # ");
        if (hash) {
            *hash = '\0';
            end = hash;
            while (end > s && (end[-1] == ' ' || end[-1] == '\t')) *--end = '\0';
        }
        if (*s == '%') {
            if (strncmp(s, "%lang", 5) == 0 && (s[5] == ' ' || s[5] == '\t')) {
                char *v = s + 6;
                while (*v == ' ' || *v == '\t') v++;
                bool ok;
                lang = lang_from_name(v, strlen(v), &ok);
                if (!ok) {
                    sr_set_error(errmsg, sr_strf("%s:%d: unknown language \"%s\" (en, tr or any)", file, lineno, v));
                    st = SR_EDATA;
                    break;
                }
                continue;
            }
            sr_set_error(errmsg, sr_strf("%s:%d: unknown directive \"%s\"", file, lineno, s));
            st = SR_EDATA;
            break;
        }
        if (*s == '[') {
            char *close = strchr(s, ']');
            if (!close || close[1]) {
                sr_set_error(errmsg, sr_strf("%s:%d: malformed section header", file, lineno));
                st = SR_EDATA;
                break;
            }
            *close = '\0';
            cls = -1;
            for (int c = 0; c < SR_LEX_N_CLASSES; c++)
                if (c != SR_LEX_PLACE && strcmp(s + 1, class_names[c]) == 0) cls = c;
            if (cls < 0) {
                sr_set_error(errmsg, sr_strf("%s:%d: unknown section [%s]", file, lineno, s + 1));
                st = SR_EDATA;
                break;
            }
            continue;
        }
        if (cls < 0) {
            sr_set_error(errmsg, sr_strf("%s:%d: entry before any [section]", file, lineno));
            st = SR_EDATA;
            break;
        }
        char *bar = strchr(s, '|');
        char *attr_text = (char *)"";
        if (bar) {
            *bar = '\0';
            attr_text = bar + 1;
            char *pe = bar;
            while (pe > s && (pe[-1] == ' ' || pe[-1] == '\t')) *--pe = '\0';
        }
        sr_lex_attr attrs[MAX_ATTRS];
        int n_attrs = 0;
        const char *why = parse_attrs(attr_text, attrs, &n_attrs);
        if (why) {
            sr_set_error(errmsg, sr_strf("%s:%d: %s", file, lineno, why));
            st = SR_EDATA;
            break;
        }
        st = sr_lexicon_add(lex, (sr_lex_class)cls, lang, s, attrs, n_attrs, NULL, file, lineno, errmsg);
        if (st != SR_OK) break;
    }
    free(line);
    return st;
}

sr_status sr_lexicon_load_file(sr_lexicon *lex, const char *path, sr_lang default_lang, char **errmsg)
{
    size_t len = 0;
    char *buf = sr_file_read(path, &len);
    if (!buf) {
        sr_set_error(errmsg, sr_strf("%s: cannot read: %s", path, strerror(errno)));
        return errno == ENOMEM ? SR_ENOMEM : SR_EIO;
    }
    sr_status st = sr_lexicon_load_buffer(lex, path, buf, len, default_lang, errmsg);
    free(buf);
    return st;
}

/* --- compiling --------------------------------------------------------------- */

#define FNV_OFFSET 1469598103934665603ull
#define FNV_PRIME 1099511628211ull

/* FNV-1a, one byte at a time: matching hashes a prefix test's candidate
 * lengths on the way (the hash of each prefix is a step of the loop). */
static inline uint64_t fnv_step(uint64_t h, unsigned char c) { return (h ^ c) * FNV_PRIME; }

static uint64_t hash_str(const char *s)
{
    uint64_t h = FNV_OFFSET;
    for (; *s; s++) h = fnv_step(h, (unsigned char)*s);
    return h;
}

/* FNV-1a mixes its last bytes into the low and middle bits poorly: a prefix
 * key's hash is finished before it is probed for (the hash of a word or stem
 * key, sr_text_key(), comes finished); every edge probe then only XORs in its
 * parent and kind. */
static inline uint64_t hash_finish(uint64_t h)
{
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93ull;
    h ^= h >> 32;
    return h;
}

/* What an edge adds to its key's finished hash: (parent, kind) times an odd
 * constant, a bijection, so that two edges with equal keys have equal hashes
 * only when their parents and kinds are equal. */
static inline uint64_t edge_salt(int parent, uint8_t kind)
{
    return ((uint64_t)(uint32_t)parent * 8 + kind) * 0x9E3779B97F4A7C15ull;
}

static int new_node(sr_lexicon *lex)
{
    if (lex->n_nodes == lex->cap_nodes) {
        int cap = lex->cap_nodes ? lex->cap_nodes * 2 : 1024;
        trie_node *n = realloc(lex->nodes, (size_t)cap * sizeof *n);
        if (!n) return -1;
        lex->nodes = n;
        lex->cap_nodes = cap;
    }
    trie_node *n = &lex->nodes[lex->n_nodes];
    memset(n, 0, sizeof *n);
    n->child_num = n->child_any = -1;
    return lex->n_nodes++;
}

/* The filter's verdict on hash h (compiled lexicons only). */
static inline bool edge_may_exist(const sr_lexicon *lex, uint64_t h)
{
    uint64_t bit = (h >> 40) & lex->edge_filter_mask;
    return lex->edge_filter[bit / 64] >> (bit % 64) & 1;
}

static inline uint64_t load8(const char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint32_t load4(const char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* a[0..n) == b[0..n), both at least n bytes long: a word at a time, the
 * last word overlapping the one before (keys are a few bytes long, and a
 * byte loop cost most of a probe). */
static inline bool bytes_eq(const char *a, const char *b, size_t n)
{
    if (n >= 8) {
        for (size_t i = 0; i + 8 < n; i += 8)
            if (load8(a + i) != load8(b + i)) return false;
        return load8(a + n - 8) == load8(b + n - 8);
    }
    if (n >= 4) return load4(a) == load4(b) && load4(a + n - 4) == load4(b + n - 4);
    /* 0 to 3 bytes: the first, the middle and the last cover them all */
    return !n || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

/* The edge of hash h (see trie_edge) and key s[0..len) (s need not end there),
 * or NULL; without the filter. */
static inline __attribute__((always_inline)) const trie_edge *edge_probe(const sr_lexicon *lex, uint64_t h,
                                                                         const char *s, size_t len)
{
    size_t mask = lex->edge_cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const trie_edge *e = &lex->edges[i];
        if (!e->key) return NULL;
        if (e->hash == h && e->key_len == len && bytes_eq(e->key, s, len)) return e;
    }
}

/* The same behind the filter.  Inline, as every token asks twice or more and
 * the filter turns most away. */
static inline __attribute__((always_inline)) const trie_edge *edge_find(const sr_lexicon *lex, uint64_t h,
                                                                        const char *s, size_t len)
{
    return edge_may_exist(lex, h) ? edge_probe(lex, h, s, len) : NULL;
}

static bool edges_grow(sr_lexicon *lex)
{
    size_t cap = lex->edge_cap ? lex->edge_cap * 2 : 4096;
    trie_edge *ne = calloc(cap, sizeof *ne);
    if (!ne) return false;
    for (size_t i = 0; i < lex->edge_cap; i++) {
        trie_edge *e = &lex->edges[i];
        if (!e->key) continue;
        size_t j = e->hash & (cap - 1);
        while (ne[j].key) j = (j + 1) & (cap - 1);
        ne[j] = *e;
    }
    free(lex->edges);
    lex->edges = ne;
    lex->edge_cap = cap;
    return true;
}

/* Child of parent by test t, created when missing; -1 on OOM. */
static int child_for(sr_lexicon *lex, int parent, const lex_test *t)
{
    if (t->kind == TEST_NUM || t->kind == TEST_ANY) {
        int *slot = t->kind == TEST_NUM ? &lex->nodes[parent].child_num : &lex->nodes[parent].child_any;
        if (*slot < 0) {
            int c = new_node(lex);
            if (c < 0) return -1;
            slot = t->kind == TEST_NUM ? &lex->nodes[parent].child_num : &lex->nodes[parent].child_any;
            *slot = c;
            lex->nodes[parent].child_kinds |= (uint8_t)(1u << t->kind);
        }
        return *slot;
    }
    size_t key_len = strlen(t->key);
    /* the key of a word or stem test is hashed as the tokens' keys are (sr_text_key: matching
     * reads them from the tokens); a prefix's as its candidate lengths are, byte by byte */
    uint64_t h = (t->kind == TEST_PREFIX ? hash_finish(hash_str(t->key)) : sr_text_key(t->key, key_len)) ^
                 edge_salt(parent, t->kind);
    const trie_edge *found = edge_probe(lex, h, t->key, key_len);
    if (found) return found->child;
    if ((lex->n_edges + 1) * 2 > lex->edge_cap && !edges_grow(lex)) return -1;
    int c = new_node(lex);
    if (c < 0) return -1;
    size_t j = h & (lex->edge_cap - 1);
    while (lex->edges[j].key) j = (j + 1) & (lex->edge_cap - 1);
    lex->edges[j] = (trie_edge){.hash = h, .key = t->key, .child = c, .kind = t->kind,
                                .key_len = (uint16_t)key_len, .parent = parent};
    lex->n_edges++;
    lex->nodes[parent].child_kinds |= (uint8_t)(1u << t->kind);
    if (t->kind == TEST_PREFIX) {
        trie_node *pn = &lex->nodes[parent];
        uint16_t l = (uint16_t)key_len;
        if (l > pn->max_prefix) pn->max_prefix = l;
        if (l) pn->prefix_lens |= 1ull << (l < 64 ? l - 1 : 63); /* (an empty key is never probed) */
    }
    return c;
}

/* Can an entry of a subtree with languages mask fit a match starting at a
 * token of language tok_lang?  (lang_fits() over the whole subtree.) */
static inline bool langs_fit(uint8_t mask, uint8_t tok_lang)
{
    return tok_lang == SR_LANG_UNKNOWN || (mask & (1u << SR_LANG_UNKNOWN | 1u << (tok_lang & 7)));
}

static bool lang_fits(uint8_t entry_lang, uint8_t tok_lang)
{
    return entry_lang == SR_LANG_UNKNOWN || tok_lang == SR_LANG_UNKNOWN || entry_lang == tok_lang;
}

/* langs_fit(mask, L) for every token language L < 8, as bit L. */
static uint8_t fit_mask(uint8_t mask)
{
    uint8_t m = 0;
    for (unsigned l = 0; l < 8; l++)
        if (langs_fit(mask, (uint8_t)l)) m |= (uint8_t)(1u << l);
    return m;
}

/* Fill every node's langs (the languages of the entries at or below it) and
 * prefix_langs, so that matching never walks a subtree none of whose entries
 * fits the language of the token a match starts at (all prefix patterns are
 * Turkish today: English tokens skip their probes), and their fit masks.  A
 * child's index is always above its parent's, so one pass from the last node
 * up suffices.  false on OOM. */
static bool subtree_langs(sr_lexicon *lex)
{
    int *parent = malloc((size_t)lex->n_nodes * sizeof *parent);
    if (!parent) return false;
    for (int i = 0; i < lex->n_nodes; i++) {
        trie_node *n = &lex->nodes[i];
        parent[i] = -1;
        for (int k = 0; k < n->n_entries; k++) n->own_langs |= (uint8_t)(1u << (lex->entries[n->entries[k]].lang & 7));
        n->langs = n->own_langs;
        n->entry0 = n->n_entries ? &lex->entries[n->entries[0]] : NULL;
    }
    for (int i = 0; i < lex->n_nodes; i++) {
        if (lex->nodes[i].child_num >= 0) parent[lex->nodes[i].child_num] = i;
        if (lex->nodes[i].child_any >= 0) parent[lex->nodes[i].child_any] = i;
    }
    for (size_t i = 0; i < lex->edge_cap; i++)
        if (lex->edges[i].key) parent[lex->edges[i].child] = lex->edges[i].parent;
    for (int i = lex->n_nodes - 1; i > 0; i--)
        if (parent[i] >= 0) lex->nodes[parent[i]].langs |= lex->nodes[i].langs;
    for (size_t i = 0; i < lex->edge_cap; i++)
        if (lex->edges[i].key && lex->edges[i].kind == TEST_PREFIX)
            lex->nodes[lex->edges[i].parent].prefix_langs |= lex->nodes[lex->edges[i].child].langs;
    free(parent);
    for (int i = 0; i < lex->n_nodes; i++) {
        trie_node *n = &lex->nodes[i];
        n->fit = fit_mask(n->langs);
        n->own_fit = n->n_entries ? fit_mask(n->own_langs) : 0;
        n->prefix_fit = fit_mask(n->prefix_langs);
        /* every entry fits unless the node mixes languages: then matching asks each */
        for (unsigned l = 0; l < 8; l++)
            if (l == SR_LANG_UNKNOWN || !(n->own_langs & ~(1u << SR_LANG_UNKNOWN | 1u << l)))
                n->all_fit |= (uint8_t)(1u << l);
    }
    for (size_t i = 0; i < lex->edge_cap; i++)
        if (lex->edges[i].key) lex->edges[i].fit = lex->nodes[lex->edges[i].child].fit;
    return true;
}

static int suffix_order(const void *a, const void *b)
{
    const suffix_rec *x = a, *y = b;
    if (x->len != y->len) return x->len > y->len ? -1 : 1;
    return (x->entry->index > y->entry->index) - (x->entry->index < y->entry->index);
}

/* Group the n indexes of all by byte(index) into by (counting sort, order kept
 * within a byte): byte c's are by[start[c] .. start[c + 1]). */
static void group_by_byte(const sr_lexicon *lex, const int *all, int n, bool last_byte, int *by, int start[257])
{
    int count[256] = {0};
    for (int i = 0; i < n; i++) {
        const suffix_rec *s = &lex->suffixes[all[i]];
        if (s->len) count[(unsigned char)s->key[last_byte ? s->len - 1 : 0]]++;
    }
    start[0] = 0;
    for (int c = 0; c < 256; c++) start[c + 1] = start[c] + count[c];
    int fill[256];
    memcpy(fill, start, sizeof fill);
    for (int i = 0; i < n; i++) {
        const suffix_rec *s = &lex->suffixes[all[i]];
        if (s->len) by[fill[(unsigned char)s->key[last_byte ? s->len - 1 : 0]]++] = all[i];
    }
}

/* Fill group g with the suffixes having its attribute (all when NULL).
 * false on OOM. */
static bool suffix_group_fill(sr_lexicon *lex, suffix_group *g)
{
    size_t n_alloc = (size_t)(lex->n_suffixes ? lex->n_suffixes : 1);
    g->all = malloc(n_alloc * sizeof *g->all);
    g->by_last = malloc(n_alloc * sizeof *g->by_last);
    g->by_first = malloc(n_alloc * sizeof *g->by_first);
    if (!g->all || !g->by_last || !g->by_first) return false;
    for (int k = 0; k < lex->n_suffixes; k++)
        if (!g->attr || sr_lex_get(lex->suffixes[k].entry, g->attr)) g->all[g->n++] = k;
    group_by_byte(lex, g->all, g->n, true, g->by_last, g->last);
    group_by_byte(lex, g->all, g->n, false, g->by_first, g->first);
    return true;
}

/* Sort the suffixes longest first, then in load order, and group them by
 * attribute key.  false on OOM. */
static bool suffix_index(sr_lexicon *lex)
{
    if (lex->n_suffixes) qsort(lex->suffixes, (size_t)lex->n_suffixes, sizeof *lex->suffixes, suffix_order);
    int n_keys = 0;
    for (int k = 0; k < lex->n_suffixes; k++) n_keys += lex->suffixes[k].entry->n_attrs;
    lex->suffix_groups = calloc((size_t)n_keys + 1, sizeof *lex->suffix_groups);
    if (!lex->suffix_groups) return false;
    lex->n_suffix_groups = 1;
    if (!suffix_group_fill(lex, &lex->suffix_groups[0])) return false;
    for (int k = 0; k < lex->n_suffixes; k++) {
        const sr_lex_entry *e = lex->suffixes[k].entry;
        for (int a = 0; a < e->n_attrs; a++) {
            int g = 1;
            while (g < lex->n_suffix_groups && strcmp(lex->suffix_groups[g].attr, e->attrs[a].key)) g++;
            if (g < lex->n_suffix_groups) continue;
            lex->suffix_groups[g].attr = e->attrs[a].key;
            lex->suffix_groups[g].attr_len = strlen(e->attrs[a].key);
            lex->n_suffix_groups++;
            if (!suffix_group_fill(lex, &lex->suffix_groups[g])) return false;
        }
    }
    return true;
}

/* The bit of prefix_filter for a word's first bytes of raw hash h (hash_str
 * of those bytes) at the node of salt edge_salt(node, TEST_PREFIX). */
static inline uint64_t prefix_filter_bit(const sr_lexicon *lex, uint64_t h, uint64_t salt)
{
    return ((h ^ salt) >> 40) & lex->prefix_filter_mask;
}

static bool prefix_filter_fill(sr_lexicon *lex)
{
    uint64_t n = 0, bits = 64;
    for (size_t i = 0; i < lex->edge_cap; i++)
        if (lex->edges[i].key && lex->edges[i].kind == TEST_PREFIX) n += lex->edges[i].key_len;
    while (bits < n * 16) bits *= 2;
    lex->prefix_filter = calloc(bits / 64, sizeof *lex->prefix_filter);
    if (!lex->prefix_filter) return false;
    lex->prefix_filter_mask = bits - 1;
    for (size_t i = 0; i < lex->edge_cap; i++) {
        const trie_edge *e = &lex->edges[i];
        if (!e->key || e->kind != TEST_PREFIX) continue;
        uint64_t h = FNV_OFFSET, salt = edge_salt(e->parent, TEST_PREFIX);
        for (size_t l = 0; l < e->key_len; l++) {
            h = fnv_step(h, (unsigned char)e->key[l]);
            uint64_t bit = prefix_filter_bit(lex, h, salt);
            lex->prefix_filter[bit / 64] |= 1ull << (bit % 64);
        }
    }
    return true;
}

sr_status sr_lexicon_compile(sr_lexicon *lex, char **errmsg)
{
    if (lex->compiled) return SR_OK;
    if (!lex->edges && !edges_grow(lex)) goto oom;
    if (lex->n_nodes == 0 && new_node(lex) < 0) goto oom;
    size_t n_alloc = (size_t)(lex->n_entries ? lex->n_entries : 1);
    lex->suffixes = malloc(n_alloc * sizeof *lex->suffixes);
    lex->stemmed = calloc(n_alloc, sizeof *lex->stemmed);
    if (!lex->suffixes || !lex->stemmed) goto oom;
    for (int i = 0; i < lex->n_entries; i++) {
        const pending *pd = &lex->patterns[i];
        lex->stemmed[i] = strchr(lex->entries[i].pattern, '~') != NULL;
        if (lex->entries[i].cls == SR_LEX_SUFFIX) {
            lex->suffixes[lex->n_suffixes++] =
                (suffix_rec){pd->tests[0].key, strlen(pd->tests[0].key), &lex->entries[i]};
            continue;
        }
        int node = 0;
        for (int k = 0; k < pd->n_tests; k++) {
            node = child_for(lex, node, &pd->tests[k]);
            if (node < 0) goto oom;
        }
        trie_node *n = &lex->nodes[node];
        if (n->n_entries == n->cap_entries) {
            int cap = n->cap_entries ? n->cap_entries * 2 : 2;
            int *ne = realloc(n->entries, (size_t)cap * sizeof *ne);
            if (!ne) goto oom;
            n->entries = ne;
            n->cap_entries = cap;
        }
        n->entries[n->n_entries++] = i;
    }
    free(lex->patterns);
    lex->patterns = NULL;
    if (!suffix_index(lex) || !subtree_langs(lex)) goto oom;
    /* The edge table is tens of kB and every token probes it twice; a bitmap of
     * 16 bits per edge stays in the first-level cache and turns away the ~95%
     * of probes that find nothing. */
    uint64_t bits = 64;
    while (bits < (uint64_t)lex->n_edges * 16) bits *= 2;
    lex->edge_filter = calloc(bits / 64, sizeof *lex->edge_filter);
    if (!lex->edge_filter) goto oom;
    lex->edge_filter_mask = bits - 1;
    for (size_t i = 0; i < lex->edge_cap; i++) {
        if (!lex->edges[i].key) continue;
        uint64_t bit = (lex->edges[i].hash >> 40) & lex->edge_filter_mask;
        lex->edge_filter[bit / 64] |= 1ull << (bit % 64);
    }
    if (!prefix_filter_fill(lex)) goto oom;
    for (size_t i = 0; i < lex->edge_cap; i++)
        if (lex->edges[i].key && lex->edges[i].kind == TEST_STEM)
            sr_stem_filter_add(&lex->stem_filter, lex->edges[i].key, lex->edges[i].key_len);
    lex->compiled = true;
    return SR_OK;
oom:
    sr_set_error(errmsg, sr_strf("lexicon: out of memory while compiling"));
    return SR_ENOMEM;
}

const sr_stem_filter *sr_lexicon_stem_filter(const sr_lexicon *lex)
{
    return &lex->stem_filter;
}

/* --- matching ---------------------------------------------------------------- */

/* A token's plain fold or plain stem, with its length and sr_text_key(). */
typedef struct tok_key {
    const char *s;
    size_t len;
    uint64_t m;
} tok_key;

/* The plain form of s (s itself when it is ASCII, else a copy in the arena
 * without diacritics) with its length and sr_text_key(), for the tokens
 * that do not carry them (SR_TOKF_ASCII clear: a fold with other bytes, or a
 * token not made by sr_text_analyse).  NULL when the arena is exhausted. */
static const char *plain_of(sr_arena *arena, const char *s, size_t *len, uint64_t *key)
{
    const char *p = s;
    while ((signed char)*p > 0) p++;
    const char *plain = s;
    if (*p) {
        /* the ASCII bytes before p are their own plain form: convert the rest */
        size_t pre = (size_t)(p - s), n = pre + strlen(p) + 1;
        char *buf = sr_arena_alloc(arena, n);
        if (!buf) return NULL;
        memcpy(buf, s, pre);
        *len = pre + sr_plain(p, buf + pre, n - pre);
        plain = buf;
    } else {
        *len = (size_t)(p - s);
    }
    *key = sr_text_key(plain, *len);
    return plain;
}

/* The keys of a token whose fold or stem is not ASCII (or whose token was
 * made elsewhere than sr_text_analyse): their plain forms.  An ASCII one is
 * its own plain form, read from the token. */
typedef struct tok_keys {
    tok_key fold, stem;      /* stem: words only */
} tok_keys;

/* The plain keys of one match's tokens, made when a test first asks for
 * them: most tokens carry theirs (SR_TOKF_ASCII, SR_TOKF_ASCII_STEM), and a
 * pass over all of them to find the others cost more than the few others. */
typedef struct match_keys {
    tok_keys *keys;          /* per token of the span, valid where ready */
    uint8_t *ready;
    sr_arena *arena;
    bool oom;                /* a key could not be made: the match fails */
} match_keys;

/* The keys of token t, the j-th of the span, made on first use.  When the
 * arena runs out, sets mk->oom and gives keys no test matches (no pattern
 * word is empty). */
__attribute__((noinline)) static const tok_keys *keys_of(match_keys *mk, const sr_token *t, int j)
{
    static const tok_keys none = {{"", 0, 0}, {"", 0, 0}};
    tok_keys *k = &mk->keys[j];
    if (mk->ready[j]) return k;
    if (t->flags & SR_TOKF_ASCII) k->fold = (tok_key){t->fold, t->fold_len, t->key};
    else if (!(k->fold.s = plain_of(mk->arena, t->fold, &k->fold.len, &k->fold.m))) goto oom;
    if (t->kind == SR_TOK_WORD && !(t->flags & SR_TOKF_ASCII_STEM)) { /* a stem is asked of words only */
        if (t->stem == t->fold) k->stem = k->fold;
        else if (!(k->stem.s = plain_of(mk->arena, t->stem, &k->stem.len, &k->stem.m))) goto oom;
    }
    mk->ready[j] = 1;
    return k;
oom:
    mk->oom = true;
    return &none;
}

static inline tok_key fold_key(const sr_token *t, match_keys *mk, int j)
{
    return t->flags & SR_TOKF_ASCII ? (tok_key){t->fold, t->fold_len, t->key} : keys_of(mk, t, j)->fold;
}

static inline tok_key stem_key(const sr_token *t, match_keys *mk, int j)
{
    return t->flags & SR_TOKF_ASCII_STEM ? (tok_key){t->stem, t->stem_len, t->stem_key} : keys_of(mk, t, j)->stem;
}

static inline bool is_matchable(const sr_token *t)
{
    return t->kind == SR_TOK_WORD || t->kind == SR_TOK_NUMBER || t->kind == SR_TOK_PUNCT ||
           t->kind == SR_TOK_HASHTAG;
}

typedef struct match_state {
    int node;
    int next_tok;
} match_state;

/* The longest suffix that fits, the first loaded among the longest: the first
 * in the order of lex->suffixes, among those of attr's group. */
const sr_lex_entry *sr_lexicon_suffix(const sr_lexicon *lex, sr_lang lang, const char *plain_word, const char *attr,
                                      bool anywhere)
{
    if (!lex || !lex->compiled || !plain_word) return NULL;
    const suffix_group *g = &lex->suffix_groups[0];
    if (attr) {
        int i = 1;
        size_t al = strlen(attr);
        while (i < lex->n_suffix_groups &&
               (lex->suffix_groups[i].attr_len != al || !bytes_eq(lex->suffix_groups[i].attr, attr, al)))
            i++;
        if (i == lex->n_suffix_groups) return NULL; /* no suffix has attr */
        g = &lex->suffix_groups[i];
    }
    size_t wl = strlen(plain_word);
    if (!anywhere) {
        /* an ending: only the forms that end with the word's last byte */
        if (!wl) return NULL;
        unsigned char last = (unsigned char)plain_word[wl - 1];
        for (int i = g->last[last]; i < g->last[last + 1]; i++) {
            const suffix_rec *s = &lex->suffixes[g->by_last[i]];
            if (s->len <= wl && memcmp(plain_word + wl - s->len, s->key, s->len) == 0 &&
                lang_fits(s->entry->lang, (uint8_t)lang))
                return s->entry;
        }
        return NULL;
    }
    /* a form found anywhere after the word's first two bytes: at each place, the forms that
     * begin with its byte, for the first in order found anywhere (its index is the lowest) */
    int best = lex->n_suffixes;
    for (size_t p = 2; p < wl; p++) {
        unsigned char c = (unsigned char)plain_word[p];
        for (int i = g->first[c]; i < g->first[c + 1] && g->by_first[i] < best; i++) {
            const suffix_rec *s = &lex->suffixes[g->by_first[i]];
            if (s->len <= wl - p && memcmp(plain_word + p, s->key, s->len) == 0 &&
                lang_fits(s->entry->lang, (uint8_t)lang)) {
                best = g->by_first[i];
                break;
            }
        }
    }
    return best < lex->n_suffixes ? lex->suffixes[best].entry : NULL;
}

/* Of two hits over the same tokens, does a come after b? */
static inline bool hit_after(const sr_lexicon *lex, const sr_lex_hit *a, const sr_lex_hit *b)
{
    bool stem_a = lex->stemmed[a->entry->index], stem_b = lex->stemmed[b->entry->index];
    if (stem_a != stem_b) return stem_a;
    return a->entry->index > b->entry->index;
}

/* Pushes onto stack[sp..] the children of node (index ni) that token t (the
 * j-th of the span, its plain keys made through k) leads to, for a match that
 * started at a token of language bit lbit (1 << lang); returns the new stack
 * depth.  The caller leaves room for 8 pushes; prefix children stop at 64. */
static inline __attribute__((always_inline)) int expand(const sr_lexicon *lex, int ni, const trie_node *node, int j,
                                                        unsigned lbit, const sr_token *t, match_keys *k,
                                                        match_state *stack, int sp)
{
    const trie_edge *e;
    unsigned kinds = node->child_kinds;
    if (kinds & 1u << TEST_EXACT) {
        tok_key f = fold_key(t, k, j);
        e = edge_find(lex, f.m ^ edge_salt(ni, TEST_EXACT), f.s, f.len);
        if (e && (e->fit & lbit)) stack[sp++] = (match_state){e->child, j + 1};
    }
    if (t->kind == SR_TOK_WORD) {
        if (kinds & 1u << TEST_STEM) {
            tok_key st = stem_key(t, k, j);
            e = edge_find(lex, st.m ^ edge_salt(ni, TEST_STEM), st.s, st.len);
            if (e && (e->fit & lbit)) stack[sp++] = (match_state){e->child, j + 1};
        }
        if (kinds & 1u << TEST_ANY) stack[sp++] = (match_state){node->child_any, j + 1};
        if ((kinds & 1u << TEST_PREFIX) && (node->prefix_fit & lbit)) {
            tok_key f = fold_key(t, k, j);
            size_t lmax = f.len < node->max_prefix ? f.len : node->max_prefix;
            uint64_t h = FNV_OFFSET, salt = edge_salt(ni, TEST_PREFIX);
            uint64_t lens = node->prefix_lens; /* bit 0: a key of l bytes (of 64 or more from l = 64 on) */
            for (size_t l = 1; l <= lmax; l++, lens >>= l <= 64) {
                h = fnv_step(h, (unsigned char)f.s[l - 1]);
                uint64_t bit = prefix_filter_bit(lex, h, salt);
                if (!(lex->prefix_filter[bit / 64] >> (bit % 64) & 1)) break; /* no key goes on so */
                if (!(lens & 1)) continue;
                e = edge_find(lex, hash_finish(h) ^ salt, f.s, l);
                if (e && sp < 64) stack[sp++] = (match_state){e->child, j + 1};
            }
        }
    }
    if (t->kind == SR_TOK_NUMBER && (kinds & 1u << TEST_NUM)) stack[sp++] = (match_state){node->child_num, j + 1};
    return sp;
}

int sr_lexicon_match(const sr_lexicon *lex, const sr_token *toks, int begin, int end, sr_arena *arena,
                     sr_lex_hit **out)
{
    *out = NULL;
    if (!lex->compiled || end <= begin) return 0;
    int n = end - begin;
    match_keys keys = {sr_arena_alloc(arena, (size_t)n * sizeof(tok_keys)), sr_arena_calloc(arena, (size_t)n, 1),
                       arena, false};
    if (!keys.keys || !keys.ready) return -1;
    int cap = 64, count = 0;
    sr_lex_hit *hits = sr_arena_alloc(arena, (size_t)cap * sizeof *hits);
    if (!hits) return -1;
    const trie_node *nodes = lex->nodes;
    match_state stack[64];
    for (int i = 0; i < n; i++) {
        const sr_token *first = &toks[begin + i];
        if (!is_matchable(first)) continue;
        /* token languages are sr_lang values, below 8: the nodes' fit masks have a bit for each */
        unsigned lbit = 1u << (first->lang & 7);
        /* the root's children first, without the stack: most tokens start no pattern */
        int sp = expand(lex, 0, &nodes[0], i, lbit, first, &keys, stack, 0);
        if (!sp) continue;
        int first_hit = count;
        while (sp > 0) {
            match_state ms = stack[--sp];
            const trie_node *node = &nodes[ms.node];
            if (node->own_fit & lbit) {
                /* every entry here fits unless the node mixes languages: then ask each */
                bool all_fit = node->all_fit & lbit;
                for (int k = 0; k < node->n_entries; k++) {
                    const sr_lex_entry *e = k ? &lex->entries[node->entries[k]] : node->entry0;
                    if (!all_fit && !lang_fits(e->lang, first->lang)) continue;
                    if (count == cap) {
                        sr_lex_hit *nh = sr_arena_grow(arena, hits, (size_t)count, (size_t)cap * 2, sizeof *hits);
                        if (!nh) return -1;
                        hits = nh;
                        cap *= 2;
                    }
                    hits[count++] = (sr_lex_hit){(uint32_t)(begin + i), (uint32_t)(begin + ms.next_tok), e};
                }
            }
            if (ms.next_tok >= n || !node->child_kinds) continue;
            int j = ms.next_tok;
            const sr_token *t = &toks[begin + j];
            if (!is_matchable(t)) continue;
            /* room for up to 4 + prefix children pushes */
            if (sp > 64 - 8) continue;
            sp = expand(lex, ms.node, node, j, lbit, t, &keys, stack, sp);
        }
        /* order this start's hits longest first, then exact words before stems ("fighting"
         * the noun before "fight~" the verb), then in load order (insertion sort: few per start) */
        for (int a = first_hit + 1; a < count; a++) {
            sr_lex_hit h = hits[a];
            int b = a - 1;
            while (b >= first_hit && (hits[b].tok_end < h.tok_end ||
                                      (hits[b].tok_end == h.tok_end && hit_after(lex, &hits[b], &h)))) {
                hits[b + 1] = hits[b];
                b--;
            }
            hits[b + 1] = h;
        }
    }
    if (keys.oom) return -1;
    *out = count ? hits : NULL;
    return count;
}
