/*
 * analyse.c — the driver of the text layer: the per-thread context and
 * sr_text_analyse().
 *
 * Place in the pipeline: doc -> [text] -> match.  The steps, in order:
 *   1. utf8.c validates the bytes; binary input is refused, bad bytes are
 *      repaired in an arena copy ('?', one per byte) and reported;
 *   2. every non-empty line (\n, \r\n, \r, U+0085, U+2028, U+2029) is a
 *      paragraph, trimmed of white space (a BOM counts as white space);
 *   3. langid.c scores each paragraph; paragraphs without evidence take the
 *      document's language (the one with most bytes of paragraph text, or
 *      sr_lang_detect's answer for the whole text when no paragraph has any);
 *   4. post.c recognises signature lines; each signature's post text is the
 *      paragraph right above it;
 *   5. token.c and segment.c turn each non-signature paragraph into tokens
 *      and sentences (signature lines get neither: they are metadata);
 *   6. post.c fills each post's author, handle, date, links and hashtags.
 */
#include "text_int.h"

#include <libstemmer.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* ---- context ----------------------------------------------------------- */

/* See text.h; ctx may be NULL. */
void sr_text_ctx_set_stems(sr_text_ctx *ctx, bool want)
{
    if (ctx) ctx->no_stems = !want;
}

/* See text.h; ctx may be NULL. */
void sr_text_ctx_set_stem_filter(sr_text_ctx *ctx, const sr_stem_filter *f)
{
    if (ctx) ctx->stem_filter = f;
}

/* Returns a new context owning two Snowball stemmers (English, Turkish) and
 * a stem memo (5 MiB of slots and slab, touched lazily), and borrowing ICU's
 * NFC normaliser; NULL when memory runs out or a library cannot provide
 * them.  Free with sr_text_ctx_free(). */
sr_text_ctx *sr_text_ctx_new(void)
{
    sr_text_ctx *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    UErrorCode status = U_ZERO_ERROR;
    c->nfc = unorm2_getNFCInstance(&status);
    c->stem_en = sb_stemmer_new("english", NULL);
    c->stem_tr = sb_stemmer_new("turkish", NULL);
    c->stems = calloc(TX_STEM_SLOTS, sizeof *c->stems);
    c->slab = malloc(TX_STEM_SLAB);
    if (U_FAILURE(status) || !c->nfc || !c->stem_en || !c->stem_tr || !c->stems || !c->slab) {
        sr_text_ctx_free(c);
        return NULL;
    }
    tx_segment_init(c);
    return c;
}

/* Frees the context, its stemmers and its stem memo; ctx may be NULL.
 * Stems of documents analysed with it become invalid. */
void sr_text_ctx_free(sr_text_ctx *ctx)
{
    if (!ctx) return;
    if (ctx->stem_en) sb_stemmer_delete(ctx->stem_en);
    if (ctx->stem_tr) sb_stemmer_delete(ctx->stem_tr);
    free(ctx->stems);
    free(ctx->slab);
    free(ctx);
}

/* ---- string pool --------------------------------------------------------- */

#define POOL_CHUNK 16384

/* Strings are carved unaligned from POOL_CHUNK blocks of the arena (the
 * arena aligns every allocation to 16 bytes, which would double the memory
 * of short folds).  Large requests get an arena allocation of their own. */
char *tx_pool_alloc(tx_state *st, size_t n)
{
    if (n > st->pool_left) {
        if (n > POOL_CHUNK / 4) {
            st->pool_last = NULL;
            return sr_arena_alloc(st->arena, n);
        }
        char *c = sr_arena_alloc(st->arena, POOL_CHUNK);
        if (!c) return NULL;
        st->pool = c;
        st->pool_left = POOL_CHUNK;
    }
    char *p = st->pool;
    st->pool += n;
    st->pool_left -= n;
    st->pool_last = p;
    return p;
}

/* Gives back cap - used bytes when p was the last allocation of the pool. */
void tx_pool_trim(tx_state *st, char *p, size_t cap, size_t used)
{
    if (p && p == st->pool_last && used <= cap && p + cap == st->pool) {
        st->pool -= cap - used;
        st->pool_left += cap - used;
    }
}

/* NUL-terminated copy of s[0..n) in the pool; NULL when the arena is out. */
char *tx_strdup(tx_state *st, const char *s, size_t n)
{
    char *d = tx_pool_alloc(st, n + 1);
    if (!d) return NULL;
    if (n) memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

/* ---- paragraphs ----------------------------------------------------------- */

static bool add_paragraph(tx_state *st, size_t s, size_t e)
{
    sr_text *o = st->out;
    if (o->n_paragraphs == st->cap_paragraphs) {
        if (st->cap_paragraphs > INT_MAX / 2) return false;
        int nc = st->cap_paragraphs ? st->cap_paragraphs * 2 : 64;
        sr_paragraph *np = sr_arena_grow(st->arena, o->paragraphs, (size_t)o->n_paragraphs, (size_t)nc, sizeof *np);
        if (!np) return false;
        o->paragraphs = np;
        st->cap_paragraphs = nc;
    }
    sr_paragraph *p = &o->paragraphs[o->n_paragraphs++];
    p->start = (uint32_t)s;
    p->end = (uint32_t)e;
    p->lang = SR_LANG_UNKNOWN;
    p->is_signature = false;
    return true;
}

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* Non-zero when the 8 bytes of w contain b (it may also flag bytes above a
 * true match, which only sends the caller to its byte-wise check). */
static inline uint64_t has_byte(uint64_t w, unsigned char b)
{
    uint64_t x = w ^ (ONES * b);
    return (x - ONES) & ~x & HIGHS;
}

/* Index of the first byte of t[j..len) that can start a line break (\n \r
 * and the lead bytes 0xE2 and 0xC2 of U+2028, U+2029 and U+0085), or len.
 * Eight bytes at a time while they are ASCII without \n or \r. */
static size_t skip_to_break(const unsigned char *t, size_t j, size_t len)
{
#ifdef __SSE2__
    /* Why: this scan reads every byte of every document.  SSE2 (always there
     * on x86-64) compares 16 bytes with the four candidates at once and
     * does not stop at other non-ASCII bytes (curly quotes, Turkish
     * letters), which send the portable loop below to its byte loop. */
    const __m128i nl = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
    const __m128i e2 = _mm_set1_epi8((char)0xE2), c2 = _mm_set1_epi8((char)0xC2);
    while (j + 16 <= len) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + j));
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, cr)),
                                   _mm_or_si128(_mm_cmpeq_epi8(v, e2), _mm_cmpeq_epi8(v, c2)));
        unsigned m = (unsigned)_mm_movemask_epi8(hit);
        if (m) return j + (size_t)__builtin_ctz(m);
        j += 16;
    }
#endif
    for (;;) {
        while (j + 8 <= len) {
            uint64_t w;
            memcpy(&w, t + j, 8);
            if ((w & HIGHS) | has_byte(w, '\n') | has_byte(w, '\r')) break;
            j += 8;
        }
        size_t lim = j + 8 < len ? j + 8 : len;
        for (; j < lim; j++)
            if (t[j] == '\n' || t[j] == '\r' || t[j] == 0xE2 || t[j] == 0xC2) return j;
        if (j >= len) return len;
    }
}

/* Splits the text into trimmed non-empty lines. */
static bool find_paragraphs(tx_state *st)
{
    const unsigned char *t = (const unsigned char *)st->text;
    size_t len = st->len, i = 0;
    while (i < len) {
        size_t j = i, next = len;
        while (j < len) {
            /* skip the bytes that cannot start a line break */
            j = skip_to_break(t, j, len);
            if (j >= len) break;
            unsigned char c = t[j];
            if (c == '\n') { next = j + 1; break; }
            if (c == '\r') { next = (j + 1 < len && t[j + 1] == '\n') ? j + 2 : j + 1; break; }
            if (c == 0xE2 && j + 2 < len && t[j + 1] == 0x80 && (t[j + 2] == 0xA8 || t[j + 2] == 0xA9)) {
                next = j + 3;
                break;
            }
            if (c == 0xC2 && j + 1 < len && t[j + 1] == 0x85) { next = j + 2; break; }
            j++;
        }
        size_t s = i, e = j;
        while (s < e) {
            uint32_t cp;
            int n;
            if (tx_class_at(st->text, s, e, &cp, &n) != TX_SPACE) break;
            s += (size_t)n;
        }
        while (e > s) {
            size_t p = tx_prev_start(st->text, s, e);
            uint32_t cp;
            int n;
            if (tx_class_at(st->text, p, e, &cp, &n) != TX_SPACE) break;
            e = p;
        }
        if (e > s && !add_paragraph(st, s, e)) return false;
        i = next;
    }
    return true;
}

/* ---- the driver ------------------------------------------------------------- */

#define HEAD_BYTES ((size_t)64 * 1024)

/* See text.h.  Besides: texts of 4 GiB or more (offsets are 32-bit) and
 * NULL ctx/arena/out give SR_TEXT_ENOMEM; NULL text gives SR_TEXT_EEMPTY.
 * Binary means: NUL and invalid bytes together over 5% of the first 64 KiB
 * (*bad_offset = the first of them), or no letter at all in a text over
 * 1 KiB that is not all white space (*bad_offset = its first non-space
 * byte).  Fewer bad bytes are repaired and reported in out->warnings.
 * Lifetime: *out lives in the arena (until its reset); out->text is the
 * caller's text when nothing was repaired (keep it alive); token stems may
 * point into ctx's memo (keep ctx alive).  On any status other than
 * SR_TEXT_OK, *out must not be used except n_warnings/n_bad_bytes. */
sr_text_status sr_text_analyse(sr_text_ctx *ctx, sr_arena *arena, const char *text, size_t len,
                               sr_lang lang_hint, sr_text *out, size_t *bad_offset)
{
    if (!ctx || !arena || !out) return SR_TEXT_ENOMEM;
    memset(out, 0, sizeof *out);
    if (!text || len == 0) return SR_TEXT_EEMPTY;
    if (len >= UINT32_MAX) return SR_TEXT_ENOMEM;

    tx_state st;
    memset(&st, 0, sizeof st);
    st.ctx = ctx;
    st.arena = arena;
    st.out = out;

    /* 1. validation and repair */
    out->warnings = sr_arena_alloc(arena, SR_TEXT_MAX_WARNINGS * sizeof *out->warnings);
    if (!out->warnings) return SR_TEXT_ENOMEM;
    tx_utf8_report rep;
    memset(&rep, 0, sizeof rep);
    rep.warnings = out->warnings;
    tx_utf8_scan(text, len, NULL, &rep);
    size_t head = len < HEAD_BYTES ? len : HEAD_BYTES;
    if (rep.n_bad_head * 20 > head) {
        if (bad_offset) *bad_offset = rep.first_bad;
        out->n_warnings = rep.n_warnings;
        out->n_bad_bytes = rep.n_bad > INT_MAX ? INT_MAX : (int)rep.n_bad;
        return SR_TEXT_EBINARY;
    }
    out->n_warnings = rep.n_warnings;
    out->n_bad_bytes = rep.n_bad > INT_MAX ? INT_MAX : (int)rep.n_bad;
    const char *t = text;
    if (rep.n_bad) {
        char *copy = sr_arena_alloc(arena, len + 1);
        if (!copy) return SR_TEXT_ENOMEM;
        memcpy(copy, text, len);
        copy[len] = '\0';
        tx_utf8_report rep2;
        memset(&rep2, 0, sizeof rep2);
        tx_utf8_scan(copy, len, copy, &rep2);
        t = copy;
    }
    out->text = t;
    out->len = len;
    st.text = t;
    st.len = len;

    /* 2. paragraphs */
    if (!find_paragraphs(&st)) return SR_TEXT_ENOMEM;
    if (out->n_paragraphs == 0) return SR_TEXT_EEMPTY;
    if (len > 1024 && !tx_has_letter(t, len)) {
        if (bad_offset) *bad_offset = out->paragraphs[0].start;
        return SR_TEXT_EBINARY;
    }

    /* 3. languages and 4. signatures */
    int np = out->n_paragraphs;
    tx_signature *sigs = sr_arena_alloc(arena, (size_t)np * sizeof *sigs);
    int *post_of = sr_arena_alloc(arena, (size_t)np * sizeof *post_of);
    if (!sigs || !post_of) return SR_TEXT_ENOMEM;
    size_t bytes[3] = {0, 0, 0};
    int n_sigs = 0;
    for (int p = 0; p < np; p++) {
        sr_paragraph *para = &out->paragraphs[p];
        post_of[p] = -1;
        para->is_signature = tx_parse_signature(t, para->start, para->end, &sigs[p]);
        n_sigs += para->is_signature;
        if (lang_hint == SR_LANG_EN || lang_hint == SR_LANG_TR) {
            para->lang = (uint8_t)lang_hint;
        } else {
            tx_lang_score sc;
            tx_lang_score_span(t + para->start, para->end - para->start, &sc);
            para->lang = sc.tr > sc.en ? SR_LANG_TR : sc.en > sc.tr ? SR_LANG_EN : SR_LANG_UNKNOWN;
        }
        if (!para->is_signature) bytes[para->lang] += para->end - para->start;
    }
    sr_lang doc = SR_LANG_UNKNOWN;
    if (lang_hint == SR_LANG_EN || lang_hint == SR_LANG_TR) doc = lang_hint;
    else if (bytes[SR_LANG_EN] || bytes[SR_LANG_TR])
        doc = bytes[SR_LANG_TR] > bytes[SR_LANG_EN] ? SR_LANG_TR : SR_LANG_EN;
    else /* no paragraph has evidence ("Gunman kills civilian"): the same tie rule as sr_lang_detect */
        doc = sr_lang_detect(t, len);
    out->lang = doc;
    for (int p = 0; p < np; p++)
        if (out->paragraphs[p].lang == SR_LANG_UNKNOWN) out->paragraphs[p].lang = (uint8_t)doc;

    if (n_sigs) {
        out->posts = sr_arena_calloc(arena, (size_t)n_sigs, sizeof *out->posts);
        if (!out->posts) return SR_TEXT_ENOMEM;
        for (int p = 0; p < np; p++) {
            sr_paragraph *para = &out->paragraphs[p];
            if (!para->is_signature) continue;
            sr_post *post = &out->posts[out->n_posts];
            post->sig_start = para->start;
            post->sig_end = para->end;
            if (p > 0 && !out->paragraphs[p - 1].is_signature) {
                post->start = out->paragraphs[p - 1].start;
                post->end = out->paragraphs[p - 1].end;
                post->lang = out->paragraphs[p - 1].lang;
                post_of[p - 1] = out->n_posts;
            } else {
                post->start = post->end = para->start;
                post->lang = para->lang;
            }
            para->lang = post->lang;
            out->n_posts++;
        }
    }

    /* 5. tokens and sentences */
    size_t cap = len / 5 + 64;
    if (cap > (size_t)INT_MAX / 2) cap = (size_t)INT_MAX / 2;
    out->tokens = sr_arena_alloc(arena, cap * sizeof *out->tokens);
    st.lower = sr_arena_alloc(arena, len + TX_LOWER_PAD + 1);
    if (!out->tokens || !st.lower) return SR_TEXT_ENOMEM;
    st.cap_tokens = (int)cap;
    int *tok_begin = sr_arena_alloc(arena, (size_t)np * sizeof *tok_begin);
    int *tok_end = sr_arena_alloc(arena, (size_t)np * sizeof *tok_end);
    if (!tok_begin || !tok_end) return SR_TEXT_ENOMEM;
    for (int p = 0; p < np; p++) {
        sr_paragraph *para = &out->paragraphs[p];
        tok_begin[p] = tok_end[p] = out->n_tokens;
        if (para->is_signature) continue;
        sr_lang pl = (sr_lang)para->lang;
        if (!tx_tokenize(&st, para->start, para->end, pl)) return SR_TEXT_ENOMEM;
        tok_end[p] = out->n_tokens;
        if (!tx_segment(&st, tok_begin[p], tok_end[p], p, post_of[p], pl)) return SR_TEXT_ENOMEM;
    }

    /* 6. posts */
    for (int p = 0, k = 0; p < np; p++) {
        if (!out->paragraphs[p].is_signature) continue;
        int tb = 0, te = 0;
        if (p > 0 && post_of[p - 1] == k) { tb = tok_begin[p - 1]; te = tok_end[p - 1]; }
        if (!tx_fill_post(&st, &out->posts[k], &sigs[p], tb, te)) return SR_TEXT_ENOMEM;
        k++;
    }
    return SR_TEXT_OK;
}
