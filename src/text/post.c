/*
 * post.c — embedded social-media posts.
 *
 * News pages quote tweets as the post's text followed by a signature line,
 * "— Display Name (@handle) March 18, 2021".  sr_text_analyse() asks
 * tx_parse_signature() about every paragraph; a paragraph that matches is
 * marked is_signature and gets no tokens or sentences (it is metadata, kept in
 * sr_post).  The post's text is exactly the one paragraph immediately above
 * the signature, when there is one and it is not itself a signature: the
 * simplest rule that is right for the embeds news sites produce (one line of
 * text per post); a multi-paragraph post keeps only its last paragraph.
 * tx_fill_post() then collects the author (display name with emoji, flags
 * and other symbols removed, white space collapsed), the handle, the date,
 * and the links and hashtags from the tokens of the text.
 *
 * The signature grammar, over the whole (trimmed) line:
 *     [dash] name "(@" handle ")" [date]
 * dash is - – — ― or −; handle is 1-50 of [A-Za-z0-9_]; name is at most 256
 * bytes; date is "Month D, YYYY", "D Month YYYY" or "Month D YYYY" with
 * English (full or abbreviated) or Turkish month names ("18 Mart 2021").
 * Without a leading dash the date is required.  Nothing may follow.
 */
#include "text_int.h"

#include <string.h>

static bool is_space_at(const char *t, size_t k, size_t pe, int *n)
{
    uint32_t cp;
    int c = tx_class_at(t, k, pe, &cp, n);
    return c == TX_SPACE;
}

static size_t skip_space(const char *t, size_t k, size_t pe)
{
    int n;
    while (k < pe && is_space_at(t, k, pe, &n)) k += (size_t)n;
    return k;
}

/* ---- dates ------------------------------------------------------------- */

static const struct { const char *name; int month; } months[] = {
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
    {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11},
    {"december", 12}, {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
    {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
    {"ocak", 1}, {"şubat", 2}, {"subat", 2}, {"mart", 3}, {"nisan", 4}, {"mayıs", 5},
    {"mayis", 5}, {"haziran", 6}, {"temmuz", 7}, {"ağustos", 8}, {"agustos", 8},
    {"eylül", 9}, {"eylul", 9}, {"ekim", 10}, {"kasım", 11}, {"kasim", 11}, {"aralık", 12},
    {"aralik", 12},
};

/* Month number of the name at t[*k..pe) (letters up to a non-letter), or 0. */
static int month_at(const char *t, size_t *k, size_t pe)
{
    char buf[16];
    size_t n = 0, j = *k;
    while (j < pe) {
        uint32_t cp;
        int len;
        if (tx_class_at(t, j, pe, &cp, &len) != TX_LETTER) break;
        /* lower-case ASCII and the Turkish capitals of month names */
        if (cp >= 'A' && cp <= 'Z') cp += 32;
        else if (cp == 0x015E || cp == 0x011E || cp == 0x0130) cp = cp == 0x0130 ? 'i' : cp + 1;
        else if (cp == 0x00DC) cp = 0x00FC;
        if (cp < 0x80) {
            if (n + 1 >= sizeof buf) return 0;
            buf[n++] = (char)cp;
        } else if (cp < 0x800) {
            if (n + 2 >= sizeof buf) return 0;
            buf[n++] = (char)(0xC0 | (cp >> 6));
            buf[n++] = (char)(0x80 | (cp & 0x3F));
        } else {
            return 0;
        }
        j += (size_t)len;
    }
    buf[n] = '\0';
    if (n == 0) return 0;
    for (size_t m = 0; m < sizeof months / sizeof *months; m++) {
        if (!strcmp(buf, months[m].name)) {
            *k = j;
            return months[m].month;
        }
    }
    return 0;
}

static int number_at(const char *t, size_t *k, size_t pe, int min_digits, int max_digits)
{
    int v = 0, d = 0;
    size_t j = *k;
    while (j < pe && t[j] >= '0' && t[j] <= '9' && d < max_digits + 1) {
        v = v * 10 + (t[j] - '0');
        j++;
        d++;
    }
    if (d < min_digits || d > max_digits) return -1;
    *k = j;
    return v;
}

static bool valid_date(int y, int m, int d)
{
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1]) return false;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return false;
    return true;
}

/* Parses a date at t[*pos..pe) (reads nothing at or past pe).  On success
 * writes y/m/d (a real calendar day, years 1900-2199), advances *pos and
 * returns true; on failure leaves everything untouched. */
bool tx_parse_date(const char *t, size_t *pos, size_t pe, int *y, int *m, int *d)
{
    size_t k = *pos;
    int day, month, year;
    if (k < pe && t[k] >= '0' && t[k] <= '9') {
        /* D[.] Month[,] YYYY */
        day = number_at(t, &k, pe, 1, 2);
        if (day < 0) return false;
        if (k < pe && t[k] == '.') k++;
        size_t k2 = skip_space(t, k, pe);
        if (k2 == k) return false;
        k = k2;
        month = month_at(t, &k, pe);
        if (!month) return false;
        if (k < pe && t[k] == ',') k++;
        k2 = skip_space(t, k, pe);
        if (k2 == k) return false;
        k = k2;
        year = number_at(t, &k, pe, 4, 4);
    } else {
        /* Month[.] D[,] YYYY */
        month = month_at(t, &k, pe);
        if (!month) return false;
        if (k < pe && t[k] == '.') k++;
        size_t k2 = skip_space(t, k, pe);
        if (k2 == k) return false;
        k = k2;
        day = number_at(t, &k, pe, 1, 2);
        if (day < 0) return false;
        if (k < pe && t[k] == ',') k++;
        k2 = skip_space(t, k, pe);
        if (k2 == k) return false;
        k = k2;
        year = number_at(t, &k, pe, 4, 4);
    }
    if (year < 0 || !valid_date(year, month, day)) return false;
    /* the date must end at a non-alphanumeric */
    if (k < pe && ((t[k] >= '0' && t[k] <= '9') || ((t[k] | 0x20) >= 'a' && (t[k] | 0x20) <= 'z')))
        return false;
    *y = year;
    *m = month;
    *d = day;
    *pos = k;
    return true;
}

/* ---- signatures --------------------------------------------------------- */

static size_t dash_at(const char *t, size_t k, size_t pe)
{
    if (k >= pe) return 0;
    if (t[k] == '-') return 1;
    int n;
    uint32_t cp = tx_decode(t, k, pe, &n);
    if (cp == 0x2014 || cp == 0x2013 || cp == 0x2015 || cp == 0x2212) return (size_t)n;
    return 0;
}

/* True when the whole of t[ps..pe) is a signature line (grammar above);
 * then *sig (not NULL) receives byte ranges into t and the date.  Pure. */
/* The first "(@" in s[0..n), or NULL.  Every paragraph is asked and few hold a
 * '(' at all: memchr passes over them far faster than memmem's general search. */
static const char *find_handle_open(const char *s, size_t n)
{
    for (const char *end = s + n, *p = s; (p = memchr(p, '(', (size_t)(end - p))) != NULL; p++)
        if (p + 1 < end && p[1] == '@') return p;
    return NULL;
}

bool tx_parse_signature(const char *t, size_t ps, size_t pe, tx_signature *sig)
{
    if (pe - ps < 4 || pe - ps > 600) return false;
    size_t k = ps;
    size_t dl = dash_at(t, k, pe);
    bool dash = dl > 0;
    if (dash) k = skip_space(t, k + dl, pe);
    /* the first "(@" */
    const char *paren = k < pe ? find_handle_open(t + k, pe - k) : NULL;
    if (!paren) return false;
    size_t open = (size_t)(paren - t);
    if (open - k > 256) return false;
    size_t hs = open + 2, he = hs;
    while (he < pe && he - hs <= 50 &&
           ((t[he] >= '0' && t[he] <= '9') || ((t[he] | 0x20) >= 'a' && (t[he] | 0x20) <= 'z') || t[he] == '_'))
        he++;
    if (he == hs || he - hs > 50 || he >= pe || t[he] != ')') return false;
    size_t r = skip_space(t, he + 1, pe);
    int y = 0, m = 0, d = 0;
    if (r < pe) {
        if (!tx_parse_date(t, &r, pe, &y, &m, &d)) return false;
        r = skip_space(t, r, pe);
        if (r < pe) return false;
    } else if (!dash) {
        return false;
    }
    /* the name, trimmed of white space */
    size_t ns = k, ne = open;
    while (ne > ns) {
        size_t p = tx_prev_start(t, ns, ne);
        int n;
        if (!is_space_at(t, p, ne, &n)) break;
        ne = p;
    }
    sig->name_s = ns;
    sig->name_e = ne;
    sig->handle_s = hs;
    sig->handle_e = he;
    sig->year = y;
    sig->month = m;
    sig->day = d;
    return true;
}

/* The display name without symbols, emoji and flags, white space collapsed. */
static const char *clean_author(tx_state *st, size_t s, size_t e)
{
    char *out = tx_pool_alloc(st, e - s + 1);
    if (!out) return NULL;
    size_t o = 0;
    bool pending_space = false;
    const char *t = st->text;
    for (size_t k = s; k < e;) {
        uint32_t cp;
        int n;
        int cls = tx_class_at(t, k, e, &cp, &n);
        bool drop = cls == TX_SPACE || cls == TX_BREAK || cls == TX_SYMBOL || cls == TX_EXT ||
                    cls == TX_INWORD || (cls == TX_MARK && (o == 0 || pending_space));
        if (!drop && ((cp >= '0' && cp <= '9') || cp == '#' || cp == '*') && k + (size_t)n < e) {
            int n2;
            uint32_t nx = tx_decode(t, k + (size_t)n, e, &n2);
            drop = nx == 0xFE0F || nx == 0x20E3; /* a keycap emoji */
        }
        if (drop) {
            /* symbols separate words like spaces do */
            if (o > 0) pending_space = true;
            k += (size_t)n;
            continue;
        }
        if (pending_space) { out[o++] = ' '; pending_space = false; }
        memcpy(out + o, t + k, (size_t)n);
        o += (size_t)n;
        k += (size_t)n;
    }
    out[o] = '\0';
    tx_pool_trim(st, out, e - s + 1, o + 1);
    return out;
}

/* Fills author, handle, date, links and hashtags of *post from *sig and the
 * tokens [tb, te) of its text.  Strings and arrays are arena/pool copies,
 * valid until the arena reset.  false when the arena is exhausted. */
bool tx_fill_post(tx_state *st, sr_post *post, const tx_signature *sig, int tb, int te)
{
    const char *t = st->text;
    post->author = clean_author(st, sig->name_s, sig->name_e);
    post->handle = tx_strdup(st, t + sig->handle_s, sig->handle_e - sig->handle_s);
    if (!post->author || !post->handle) return false;
    post->year = sig->year;
    post->month = sig->month;
    post->day = sig->day;
    int nl = 0, nh = 0;
    for (int k = tb; k < te; k++) {
        nl += st->out->tokens[k].kind == SR_TOK_URL;
        nh += st->out->tokens[k].kind == SR_TOK_HASHTAG;
    }
    post->links = nl ? sr_arena_alloc(st->arena, (size_t)nl * sizeof *post->links) : NULL;
    post->hashtags = nh ? sr_arena_alloc(st->arena, (size_t)nh * sizeof *post->hashtags) : NULL;
    if ((nl && !post->links) || (nh && !post->hashtags)) return false;
    post->n_links = post->n_hashtags = 0;
    for (int k = tb; k < te; k++) {
        const sr_token *tok = &st->out->tokens[k];
        if (tok->kind == SR_TOK_URL) {
            const char *u = tx_strdup(st, t + tok->start, tok->end - tok->start);
            if (!u) return false;
            post->links[post->n_links++] = u;
        } else if (tok->kind == SR_TOK_HASHTAG) {
            const char *h = tx_strdup(st, t + tok->start + 1, tok->base_end - tok->start - 1);
            if (!h) return false;
            post->hashtags[post->n_hashtags++] = h;
        }
    }
    return true;
}
