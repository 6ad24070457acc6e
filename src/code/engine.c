/*
 * engine.c — the engine (everything read-only, loaded once) and the worker
 * (one thread's per-document state), and sr_code_document, which runs one
 * document through the whole pipeline:
 *
 *     text -> date -> match/phrase/extract -> merge -> records
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../io/record.h"
#include "../util/file.h"
#include "engine_int.h"
#include "extract.h"
#include "merge.h"

#ifndef SITREP_DATA_DIR
#define SITREP_DATA_DIR "data"
#endif
#ifndef SITREP_WORDS_PATH
#define SITREP_WORDS_PATH "/usr/share/dict/american-english"
#endif
#ifndef SITREP_GAZETTEER_PATH
#define SITREP_GAZETTEER_PATH "build/gazetteer.bin"
#endif

const char *sr_status_text(sr_status st)
{
    switch (st) {
    case SR_OK: return "ok";
    case SR_ENOMEM: return "out of memory";
    case SR_EIO: return "input/output error";
    case SR_EDATA: return "malformed data file";
    case SR_EINPUT: return "input could not be coded";
    case SR_EARG: return "invalid argument";
    }
    return "unknown status";
}

const char *sr_modality_name(sr_modality m)
{
    static const char *const names[] = {"asserted", "claimed", "alleged", "hypothetical", "denied", "negated"};
    return (unsigned)m < 6 ? names[m] : "asserted";
}


static uint64_t fnv(uint64_t h, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)p[i]) * 1099511628211ull;
    return h;
}

static int lex_filter(const struct dirent *d)
{
    size_t n = strlen(d->d_name);
    return n > 4 && strcmp(d->d_name + n - 4, ".lex") == 0;
}

/* Load every *.lex of dir (sorted by name, so the version hash is stable). */
static sr_status load_lexicon_dir(sr_engine *eng, const char *dir, sr_lang lang, uint64_t *hash, char **errmsg)
{
    struct dirent **names = NULL;
    int n = scandir(dir, &names, lex_filter, alphasort);
    if (n < 0) {
        if (errno == ENOENT) return SR_OK; /* a language without lexicons yet */
        sr_set_error(errmsg, sr_strf("%s: cannot list: %s", dir, strerror(errno)));
        return SR_EIO;
    }
    sr_status st = SR_OK;
    for (int i = 0; i < n; i++) {
        char *path = NULL;
        if (st == SR_OK && asprintf(&path, "%s/%s", dir, names[i]->d_name) < 0) st = SR_ENOMEM;
        size_t len = 0;
        char *text = st == SR_OK ? sr_file_read(path, &len) : NULL;
        if (st == SR_OK && !text) {
            sr_set_error(errmsg, sr_strf("%s: cannot read: %s", path, strerror(errno)));
            st = SR_EIO;
        }
        if (st == SR_OK) {
            *hash = fnv(*hash, names[i]->d_name, strlen(names[i]->d_name));
            *hash = fnv(*hash, text, len);
            st = sr_lexicon_load_buffer(eng->lex, path, text, len, lang, errmsg);
        }
        free(text);
        free(path);
        free(names[i]);
    }
    free(names);
    return st;
}

/* Every type a trigger or weapon names must exist in the taxonomy; the row is
 * cached as the entry's payload so extraction never looks it up by name. */
static sr_status check_types(sr_engine *eng, char **errmsg)
{
    for (int i = 0; i < sr_lexicon_size(eng->lex); i++) {
        const sr_lex_entry *e = sr_lexicon_entry(eng->lex, i);
        if (e->cls != SR_LEX_TRIGGER && e->cls != SR_LEX_WEAPON) continue;
        const char *type = sr_lex_get(e, "type");
        if (e->cls == SR_LEX_TRIGGER && !type) {
            sr_set_error(errmsg, sr_strf("%s:%d: trigger without type=", e->file, e->line));
            return SR_EDATA;
        }
        const sr_type *row = type ? sr_taxonomy_get(eng->tax, type) : NULL;
        if (type && !row) {
            sr_set_error(errmsg, sr_strf("%s:%d: unknown type \"%s\" (not in taxonomy.tsv)", e->file, e->line, type));
            return SR_EDATA;
        }
        sr_lexicon_set_payload(eng->lex, i, row);
    }
    return SR_OK;
}

sr_status sr_engine_new(const sr_engine_options *opts, sr_engine **out, char **errmsg)
{
    if (errmsg) *errmsg = NULL;
    if (!out) return SR_EARG;
    *out = NULL;
    const char *dir = opts && opts->data_dir ? opts->data_dir : getenv("SITREP_DATA");
    if (!dir || !*dir) dir = SITREP_DATA_DIR;
    sr_engine *eng = calloc(1, sizeof *eng);
    if (!eng) return SR_ENOMEM;
    eng->alloc = opts && opts->allocator ? *opts->allocator : *sr_allocator_default();
    eng->max_document_bytes = opts && opts->max_document_bytes ? opts->max_document_bytes : SR_MAX_DOCUMENT_BYTES;
    eng->lex = sr_lexicon_new();
    if (!eng->lex) { free(eng); return SR_ENOMEM; }
    uint64_t hash = 1469598103934665603ull;
    char *path = NULL;
    sr_status st = SR_OK;
    /* the gazetteer is optional: without it, the place table's names go into the lexicon */
    const char *gaz_path = opts && opts->gazetteer ? opts->gazetteer : getenv("SITREP_GAZETTEER");
    if (!gaz_path) gaz_path = SITREP_GAZETTEER_PATH;
    if (*gaz_path && access(gaz_path, F_OK) == 0) {
        st = sr_gazetteer_open(gaz_path, &eng->gaz, errmsg);
        if (st == SR_OK) hash = fnv(hash, sr_gazetteer_version(eng->gaz), strlen(sr_gazetteer_version(eng->gaz)));
    } else if (opts && opts->gazetteer && *opts->gazetteer) {
        sr_set_error(errmsg, sr_strf("%s: cannot open: %s", gaz_path, strerror(errno)));
        st = SR_EIO;
    }
    /* optional: without the word list, common-word town names are taken at face value and
     * no unknown name is told from a word ("Kalenjin youths" against "Angry youths") */
    if (st == SR_OK && sr_wordset_load(SITREP_WORDS_PATH, &eng->common) == SR_OK) hash = fnv(hash, "words", 5);
    static const struct { const char *sub; sr_lang lang; } dirs[] = {
        {"lexicon", SR_LANG_UNKNOWN}, {"lexicon/en", SR_LANG_EN}, {"lexicon/tr", SR_LANG_TR}};
    for (size_t i = 0; st == SR_OK && i < sizeof dirs / sizeof *dirs; i++) {
        if (asprintf(&path, "%s/%s", dir, dirs[i].sub) < 0) { st = SR_ENOMEM; break; }
        st = load_lexicon_dir(eng, path, dirs[i].lang, &hash, errmsg);
        free(path);
    }
    static const char *const tables[] = {"places.tsv", "taxonomy.tsv"};
    for (int i = 0; st == SR_OK && i < 2; i++) {
        if (asprintf(&path, "%s/%s", dir, tables[i]) < 0) { st = SR_ENOMEM; break; }
        size_t len = 0;
        char *text = sr_file_read(path, &len);
        if (text) hash = fnv(hash, text, len);
        free(text);
        st = i == 0 ? sr_placetab_load(path, eng->gaz ? NULL : eng->lex, &eng->places, errmsg)
                    : sr_taxonomy_load(path, &eng->tax, errmsg);
        free(path);
    }
    if (st == SR_OK) st = check_types(eng, errmsg);
    if (st == SR_OK) st = sr_lexicon_compile(eng->lex, errmsg);
    if (st != SR_OK) {
        sr_engine_free(eng);
        return st;
    }
    snprintf(eng->lexicon_version, sizeof eng->lexicon_version, "lex-%016llx", (unsigned long long)hash);
    *out = eng;
    return SR_OK;
}

void sr_engine_free(sr_engine *eng)
{
    if (!eng) return;
    sr_lexicon_free(eng->lex);
    sr_placetab_free(eng->places);
    sr_taxonomy_free(eng->tax);
    sr_gazetteer_close(eng->gaz);
    sr_wordset_free(eng->common);
    free(eng);
}

const char *sr_engine_lexicon_version(const sr_engine *eng) { return eng->lexicon_version; }

const char *sr_engine_gazetteer(const sr_engine *eng) { return eng->gaz ? sr_gazetteer_version(eng->gaz) : NULL; }

sr_status sr_worker_new(const sr_engine *eng, sr_worker **out)
{
    if (!eng || !out) return SR_EARG;
    *out = NULL;
    const sr_allocator *a = &eng->alloc;
    sr_worker *w = a->malloc_fn(a->ctx, sizeof *w);
    if (!w) return SR_ENOMEM;
    w->engine = eng;
    w->arena = sr_arena_new(a);
    w->text_ctx = sr_text_ctx_new();
    sr_text_ctx_set_stem_filter(w->text_ctx, sr_lexicon_stem_filter(eng->lex));
    sr_buf_init(&w->out, a);
    if (!w->arena || !w->text_ctx) {
        sr_worker_free(w);
        return SR_ENOMEM;
    }
    *out = w;
    return SR_OK;
}

void sr_worker_free(sr_worker *w)
{
    if (!w) return;
    const sr_allocator *a = &w->engine->alloc;
    sr_arena_free(w->arena);
    sr_text_ctx_free(w->text_ctx);
    sr_buf_release(&w->out);
    a->free_fn(a->ctx, w);
}

static int emit_buf(sr_buf *b, sr_emit_fn emit, void *ctx)
{
    if (b->oom) return -2;
    return emit(ctx, b->data, b->len) ? -1 : 0;
}

/* When the allocator has nothing left, an error record still goes out: it is
 * built in a fixed buffer on the stack through this bump allocator (no free;
 * realloc copies what fits). */
typedef struct bump {
    _Alignas(16) char mem[8192];
    size_t used;
} bump;

static void *bump_malloc(void *ctx, size_t n)
{
    bump *b = ctx;
    size_t at = (b->used + 15) & ~(size_t)15;
    if (n > sizeof b->mem || at > sizeof b->mem - n) return NULL;
    b->used = at + n;
    return b->mem + at;
}
static void *bump_realloc(void *ctx, void *p, size_t n)
{
    bump *b = ctx;
    char *q = bump_malloc(ctx, n);
    if (q && p) {
        size_t room = (size_t)(b->mem + sizeof b->mem - (char *)p);
        memcpy(q, p, n < room ? n : room);
    }
    return q;
}
static void bump_free(void *ctx, void *p) { (void)ctx, (void)p; }

static sr_status emit_error_in(sr_worker *w, const sr_document *d, long long offset, const char *reason,
                               sr_emit_fn emit, void *ctx)
{
    const char *where = d->input_name ? d->input_name : d->id;
    sr_buf_clear(&w->out);
    sr_record_error(&w->out, where, d->record_no, offset, d->id, reason);
    int r = emit_buf(&w->out, emit, ctx);
    if (r == -2) {
        bump b = {.used = 0};
        sr_allocator stack = {bump_malloc, bump_realloc, bump_free, &b};
        sr_buf fallback;
        sr_buf_init(&fallback, &stack);
        sr_record_error(&fallback, where, d->record_no, offset, d->id, reason);
        if (fallback.oom) { /* a name longer than the stack buffer: say so without it */
            b.used = 0;
            sr_buf_init(&fallback, &stack);
            sr_record_error(&fallback, "(name too long to report)", d->record_no, offset, NULL, reason);
        }
        r = emit_buf(&fallback, emit, ctx);
        if (r != -2) return r ? SR_EIO : SR_ENOMEM;
    }
    return r == -2 ? SR_ENOMEM : r ? SR_EIO : SR_EINPUT;
}

sr_status sr_emit_error(const char *where, long record_no, long long offset, const char *doc_id, const char *reason,
                        sr_emit_fn emit, void *ctx)
{
    if (!emit) return SR_EARG;
    sr_buf b;
    sr_buf_init(&b, NULL);
    sr_record_error(&b, where, record_no, offset, doc_id, reason);
    int r = emit_buf(&b, emit, ctx);
    sr_buf_release(&b);
    return r == -2 ? SR_ENOMEM : r ? SR_EIO : SR_OK;
}

static sr_lang lang_hint(const char *s)
{
    if (!s) return SR_LANG_UNKNOWN;
    if (!strncmp(s, "en", 2)) return SR_LANG_EN;
    if (!strncmp(s, "tr", 2)) return SR_LANG_TR;
    return SR_LANG_UNKNOWN;
}

/* Every time expression of the text, in order, in the arena; n -1 on OOM.
 * Found paragraph by paragraph (an expression never crosses a line), each
 * with room for all it holds, so the cost stays linear in the text. */
static sr_timex *find_timex(sr_arena *arena, const sr_text *t, int *n)
{
    int cap = 32, count = 0;
    sr_timex *all = sr_arena_alloc(arena, (size_t)cap * sizeof *all);
    for (int p = 0; all && p < t->n_paragraphs; p++) {
        const sr_paragraph *pa = &t->paragraphs[p];
        int found = sr_timex_find(t->text, pa->start, pa->end, all + count, cap - count);
        if (found > cap - count) {
            int ncap = cap;
            while (ncap - count < found) ncap *= 2;
            sr_timex *na = sr_arena_grow(arena, all, (size_t)count, (size_t)ncap, sizeof *na);
            if (!na) { all = NULL; break; }
            all = na;
            cap = ncap;
            found = sr_timex_find(t->text, pa->start, pa->end, all + count, cap - count);
        }
        count += found;
        if (cap - count < 8) {
            sr_timex *na = sr_arena_grow(arena, all, (size_t)count, (size_t)cap * 2, sizeof *na);
            if (!na) { all = NULL; break; }
            all = na;
            cap *= 2;
        }
    }
    *n = all ? count : -1;
    return all;
}

/* The document date: as given when it is a valid day, else from the text. */
static void document_date(sr_worker *w, const sr_document *d, const sr_text *t, const sr_timex *tx, int n_tx,
                          sr_doc_meta *m)
{
    m->date.precision = SR_PREC_NONE;
    m->date_source = NULL;
    m->date_note = NULL;
    if (d->date) {
        sr_date g;
        if (sr_date_parse_iso(d->date, &g) && g.precision == SR_PREC_DAY) {
            m->date = g;
            m->date_source = "given";
            return;
        }
        m->date_note = "the given date is not YYYY-MM-DD; inferred from the text instead";
    }
    sr_date *pd = t->n_posts ? sr_arena_alloc(w->arena, (size_t)t->n_posts * sizeof *pd) : NULL;
    int np = 0;
    for (int i = 0; pd && i < t->n_posts; i++)
        if (t->posts[i].year)
            pd[np++] = (sr_date){t->posts[i].year, t->posts[i].month, t->posts[i].day, SR_PREC_DAY};
    const char *how = NULL;
    sr_date inferred = sr_date_infer_from(t->text, t->len, tx, n_tx, pd, np, &how);
    if (inferred.precision != SR_PREC_NONE && inferred.year > 0) {
        m->date = inferred;
        m->date_source = how ? how : "text";
    }
}

/* A document read up to the point where coding and geoparsing part ways. */
typedef struct prepared {
    sr_text text;
    sr_doc_meta meta;
    sr_doc_ctx dc;
} prepared;

/* Read the text, its time expressions and stems (when dates is true: coding
 * wants both, finding places neither) and its date.  On failure an error
 * record has been emitted (when emit is non-NULL) and the status says why:
 * SR_EINPUT (the input cannot be coded) or SR_ENOMEM; *why names it. */
static sr_status prepare(sr_worker *w, const sr_document *d, bool dates, sr_emit_fn emit, void *ctx, prepared *p,
                         const char **why)
{
    sr_arena_reset(w->arena);
    const sr_engine *eng = w->engine;
    long long offset = 0;
    /* coding matches triggers by stem; places are matched by their names alone */
    sr_text_ctx_set_stems(w->text_ctx, dates);
    sr_status st = SR_EINPUT;
    *why = NULL;
    if (d->text_len == 0) *why = "empty document: no text to code";
    else if (d->text_len > 0xFFFFFFF0u) *why = "document larger than 4 GiB: split it";
    else if (d->text_len > eng->max_document_bytes) {
        snprintf(w->reason, sizeof w->reason,
                 "document of %zu bytes is longer than the limit of %zu: split it, or raise the limit (--max-doc-mb)",
                 d->text_len, eng->max_document_bytes);
        *why = w->reason;
    }
    if (!*why) {
        size_t bad = 0;
        sr_text_status ts = sr_text_analyse(w->text_ctx, w->arena, d->text, d->text_len, lang_hint(d->lang), &p->text,
                                            &bad);
        if (ts == SR_TEXT_EBINARY) {
            snprintf(w->reason, sizeof w->reason, "binary data, not text (NUL or invalid UTF-8 at byte %zu)", bad);
            *why = w->reason;
            offset = (long long)bad;
        } else if (ts == SR_TEXT_EEMPTY) {
            *why = "empty document: only white space";
        } else if (ts == SR_TEXT_ENOMEM) {
            *why = "out of memory while reading the text";
            offset = -1;
            st = SR_ENOMEM;
        }
    }
    int n_tx = 0;
    sr_timex *tx = NULL;
    /* places need no time expressions: their doc record dates by posts or as given */
    if (!*why && dates && !(tx = find_timex(w->arena, &p->text, &n_tx))) {
        *why = "out of memory while reading dates";
        offset = -1;
        st = SR_ENOMEM;
    }
    if (*why) {
        if (emit) {
            sr_status e = emit_error_in(w, d, offset, *why, emit, ctx);
            if (e == SR_EIO) return SR_EIO;
        }
        return st;
    }
    p->meta = (sr_doc_meta){d, {0, 0, 0, SR_PREC_NONE}, NULL, NULL, eng->lexicon_version};
    document_date(w, d, &p->text, tx, n_tx, &p->meta);
    p->dc = (sr_doc_ctx){eng, w->arena, &p->text, p->meta.date, d->source, tx, n_tx};
    return SR_OK;
}

/* The events of a prepared document: mentions extracted, then merged.
 * Returns their count (arena array in *events), -1 when the arena ran out. */
static int code_events(sr_worker *w, const prepared *p, sr_event **events)
{
    sr_event *mentions = NULL;
    const char *focus;
    int nm = sr_extract_document(&p->dc, &mentions, &focus);
    int ne = nm < 0 ? -1 : sr_merge_document(w->arena, w->engine->tax, mentions, nm, events);
    return ne < 0 || !sr_default_actors(&p->dc, *events, ne, focus) ? -1 : ne;
}

static bool valid_args(const sr_worker *w, const sr_document *d)
{
    return w && d && d->id && (d->text || !d->text_len);
}

sr_status sr_code_document(sr_worker *w, const sr_document *d, sr_emit_fn emit, void *ctx)
{
    if (!valid_args(w, d) || !emit) return SR_EARG;
    prepared p;
    const char *why;
    sr_status st = prepare(w, d, true, emit, ctx, &p, &why);
    if (st != SR_OK) return st;
    sr_event *events = NULL;
    int ne = code_events(w, &p, &events);
    if (ne < 0) {
        emit_error_in(w, d, -1, "out of memory while coding", emit, ctx);
        return SR_ENOMEM;
    }
    sr_buf_clear(&w->out);
    sr_record_doc(&w->out, &p.meta, &p.text, ne);
    int r = emit_buf(&w->out, emit, ctx);
    for (int i = 0; r == 0 && i < ne; i++) {
        sr_buf_clear(&w->out);
        sr_record_event(&w->out, &p.meta, &p.text, &events[i]);
        r = emit_buf(&w->out, emit, ctx);
    }
    if (r == -2) {
        emit_error_in(w, d, -1, "out of memory while writing records", emit, ctx);
        return SR_ENOMEM;
    }
    return r ? SR_EIO : SR_OK;
}

/* 1 for a strategic development (arrests, looting, deployments): ACLED's
 * primary event is one of these only when the text tells no violence or
 * protest, as ACLED codes "police later made 7 arrests" as part of the riot
 * it follows. */
static int strategic(const sr_type *t)
{
    return t->acled && !strcmp(t->acled, "Strategic developments");
}

/* Is t's CASE 2021 label `label` ("ATTRIB", "DIPLO")? */
static bool case_label_is(const sr_type *t, const char *label)
{
    return t->case2021 && !strcmp(t->case2021, label);
}

enum primary_rule { MOST_CONFIDENT, MOST_CONFIDENT_ACLED, FIRST_STATED };

static bool stated(const sr_event *e)
{
    return e->modality == SR_MOD_ASSERTED || e->modality == SR_MOD_CLAIMED || e->modality == SR_MOD_ALLEGED;
}

/* The rank of an event as ACLED's primary one, lower first: what the text says
 * happened before what it denies or supposes ("No people were reported injured"),
 * the news of the day before its background ("There have been several attacks in
 * the region"), and among each, violence and protest before strategic developments
 * (unless a coder's label names the development: "Property destruction: militants
 * destroyed a mast") and before another event told beside it ("In another incident, …"). */
static int primary_tier(const sr_event *e)
{
    /* (a claim of responsibility denied or not made is still the claim's news: "no group has
     * claimed the attack", "sorumluluğunu üstlenmedi") */
    bool attribution = case_label_is(e->type, "ATTRIB");
    return (stated(e) || attribution ? 0 : 4) + (e->historical ? 2 : 0) +
           ((e->labelled ? 0 : strategic(e->type)) | e->separate);
}

static sr_status primary_by(sr_worker *w, const sr_document *d, enum primary_rule rule, sr_primary *out,
                            const char **why);

/* The confidence e ranks by among events[0..ne): its own, or, when e claims, denies or puts
 * down responsibility (CASE 2021's ATTRIB) for an ACLED event told as its object in its own
 * sentence (after e's trigger in English, anywhere in Turkish: "The rebels denied they were
 * behind the ambush that killed ten soldiers"), a hair above that event's: the report is
 * the claim. */
static double ranking_confidence(const sr_event *events, int ne, const sr_event *e)
{
    double c = e->confidence;
    if (!case_label_is(e->type, "ATTRIB") || e->n_evidence == 0) return c;
    const sr_evidence *own = &e->evidence[0];
    for (int i = 0; i < ne; i++) {
        if (!events[i].type->acled) continue;
        for (int k = 0; k < events[i].n_evidence; k++) {
            const sr_evidence *ev = &events[i].evidence[k];
            if (ev->start == own->start && (e->lang != SR_LANG_EN || ev->trig_start > own->trig_start) &&
                events[i].confidence + 1e-6 > c)
                c = events[i].confidence + 1e-6;
        }
    }
    return c;
}

/* Is e, of a type outside ACLED's codebook (a claim of responsibility, a statement, a
 * disaster, a crime), only the frame, cause or sequel of an ACLED event among
 * events[0..ne) told in words of its own: in another sentence, or in English before e's
 * trigger in e's sentence ("A bomb killed five. The Taliban denied involvement", "tortured a
 * woman due to her son's support for the party")?  Then the report is that event's.  An
 * ACLED event told after e's trigger in English is what e is about ("claimed responsibility
 * for the bombing"), as is one anywhere in a Turkish sentence, whose verb comes last
 * ("Saldırıyı terör örgütü üstlendi").  Deaths told before a disaster in its sentence are its
 * toll ("259 people are dead and 3,000 infected in the cholera outbreak"), so a disaster
 * frames only events told in other sentences. */
static bool frames_acled_event(const sr_event *events, int ne, const sr_event *e)
{
    if (e->type->acled || e->n_evidence == 0) return false;
    bool disaster = sr_type_disaster(e->type);
    const sr_evidence *own = &e->evidence[0];
    for (int i = 0; i < ne; i++) {
        if (!events[i].type->acled) continue;
        for (int k = 0; k < events[i].n_evidence; k++) {
            const sr_evidence *ev = &events[i].evidence[k];
            if (ev->start != own->start || (!disaster && e->lang == SR_LANG_EN && ev->trig_start < own->trig_start))
                return true;
        }
    }
    return false;
}

/* Is e a statement or an act of the state's or of aid givers (CASE 2021's DIPLO: an appeal,
 * an evacuation, a state of emergency) told in the sentence of a disaster among
 * events[0..ne)?  Then it answers the disaster, and the report is the disaster's: "The army
 * evacuated villagers ahead of the cyclone", "The UN appealed for funds for drought victims". */
static bool answers_disaster(const sr_event *events, int ne, const sr_event *e)
{
    if (!case_label_is(e->type, "DIPLO") || e->n_evidence == 0) return false;
    for (int i = 0; i < ne; i++) {
        if (!sr_type_disaster(events[i].type)) continue;
        for (int k = 0; k < events[i].n_evidence; k++)
            if (events[i].evidence[k].start == e->evidence[0].start) return true;
    }
    return false;
}

sr_status sr_worker_primary(sr_worker *w, const sr_document *d, sr_primary *out, const char **why)
{
    return primary_by(w, d, FIRST_STATED, out, why);
}

sr_status sr_worker_primary_of(sr_worker *w, const sr_document *d, bool acled_only, sr_primary *out, const char **why)
{
    return primary_by(w, d, acled_only ? MOST_CONFIDENT_ACLED : MOST_CONFIDENT, out, why);
}

static sr_status primary_by(sr_worker *w, const sr_document *d, enum primary_rule rule, sr_primary *out,
                            const char **why)
{
    memset(out, 0, sizeof *out);
    out->fatalities = -1;
    *why = NULL;
    if (!valid_args(w, d)) return SR_EARG;
    prepared p;
    sr_status st = prepare(w, d, true, NULL, NULL, &p, why);
    if (st != SR_OK) return st;
    sr_event *events = NULL;
    int ne = code_events(w, &p, &events);
    if (ne < 0) {
        *why = "out of memory while coding";
        return SR_ENOMEM;
    }
    out->n_events = ne;
    const sr_event *best = NULL;
    if (rule == FIRST_STATED) {
        /* what the text says first, not supposes or denies: a news sentence tells its event
         * in the main clause, and purpose, cause and background after it ("halted aid …
         * to end the fighting", "declared a ceasefire … after 12 days of battles") */
        for (int pass = 0; pass < 2 && !best; pass++)
            for (int i = 0; i < ne; i++)
                if ((pass == 1 || stated(&events[i])) &&
                    (!best || events[i].evidence[0].trig_start < best->evidence[0].trig_start))
                    best = &events[i];
    } else {
        bool acled = rule == MOST_CONFIDENT_ACLED;
        int best_tier = 0;
        double best_confidence = 0;
        for (int i = 0; i < ne; i++) {
            if (acled && !events[i].type->acled) continue;
            int tier = primary_tier(&events[i]) + frames_acled_event(events, ne, &events[i]) +
                       answers_disaster(events, ne, &events[i]);
            if (best && tier > best_tier) continue;
            double confidence = ranking_confidence(events, ne, &events[i]);
            if (!best || tier < best_tier || confidence > best_confidence) {
                best = &events[i];
                best_tier = tier;
                best_confidence = confidence;
            }
        }
    }
    if (!best) return SR_OK;
    out->found = true;
    out->type = best->type;
    out->fatalities = best->fatalities;
    out->confidence = best->confidence;
    if (best->actor1) {
        memcpy(out->actor1_country, best->actor1->country, 4);
        out->actor1_name = best->actor1->name;
    }
    if (best->actor2) memcpy(out->actor2_country, best->actor2->country, 4);
    if (best->location) {
        const sr_place *pl = best->location->place;
        out->has_location = true;
        out->lat = pl->lat;
        out->lon = pl->lon;
        out->admin1 = pl->feature == SR_FEAT_ADMIN1 ? pl->name : pl->admin1;
    }
    return SR_OK;
}

sr_status sr_worker_places(sr_worker *w, const sr_document *d, const sr_place_mention **out, int *n,
                           const char **text, const char **why)
{
    *out = NULL;
    *n = 0;
    *why = NULL;
    if (!valid_args(w, d)) return SR_EARG;
    prepared p;
    sr_status st = prepare(w, d, false, NULL, NULL, &p, why);
    if (st != SR_OK) return st;
    sr_place_mention *m = NULL;
    int count = sr_extract_places(&p.dc, &m);
    if (count < 0) {
        *why = "out of memory while finding places";
        return SR_ENOMEM;
    }
    *out = m;
    *n = count;
    *text = p.text.text;
    return SR_OK;
}

sr_status sr_find_places(sr_worker *w, const sr_document *d, sr_emit_fn emit, void *ctx)
{
    if (!valid_args(w, d) || !emit) return SR_EARG;
    prepared p;
    const char *why;
    sr_status st = prepare(w, d, false, emit, ctx, &p, &why);
    if (st != SR_OK) return st;
    sr_place_mention *m = NULL;
    int count = sr_extract_places(&p.dc, &m);
    if (count < 0) {
        emit_error_in(w, d, -1, "out of memory while finding places", emit, ctx);
        return SR_ENOMEM;
    }
    sr_buf_clear(&w->out);
    sr_record_places_doc(&w->out, &p.meta, &p.text, count);
    int r = emit_buf(&w->out, emit, ctx);
    for (int i = 0; r == 0 && i < count; i++) {
        sr_buf_clear(&w->out);
        sr_record_place(&w->out, d->id, &p.text, &m[i]);
        r = emit_buf(&w->out, emit, ctx);
    }
    if (r == -2) {
        emit_error_in(w, d, -1, "out of memory while writing records", emit, ctx);
        return SR_ENOMEM;
    }
    return r ? SR_EIO : SR_OK;
}
