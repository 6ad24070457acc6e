/*
 * record.c — JSON lines for doc, event and error records; see record.h.
 *
 * Field order follows the contract in docs/records.md so that records diff
 * cleanly in golden tests; nothing here decides content, only its spelling.
 */
#include "record.h"

#include "../code/extract.h"

#include <string.h>

/* An event told a thousand times (a run-on page, a feed repeating itself)
 * lists its first spans; "mentions" still counts them all. */
#define SR_MAX_EVIDENCE_OUT 32

static void kv_date(sr_buf *b, const char *key, const char *prec_key, sr_date d)
{
    char tmp[16];
    if (d.precision == SR_PREC_NONE) {
        sr_json_kv_null(b, key);
        sr_json_kv_null(b, prec_key);
        return;
    }
    sr_json_kv_str(b, key, sr_date_format(d, tmp));
    sr_json_kv_str(b, prec_key, sr_precision_name(d.precision));
}

static void write_actor(sr_buf *b, const char *key, const sr_text *t, const sr_actor *a)
{
    sr_json_key(b, key);
    if (!a) { sr_buf_puts(b, "null"); return; }
    sr_buf_putc(b, '{');
    if (a->implied) sr_json_kv_null(b, "text");
    else sr_json_kv_strn(b, "text", t->text + a->start, a->end - a->start);
    sr_json_kv_str(b, "name", a->name);
    if (a->country[0]) sr_json_kv_str(b, "country", a->country);
    else sr_json_kv_null(b, "country");
    sr_json_kv_str(b, "sector", a->sector);
    sr_buf_putc(b, '}');
}

static void write_loc(sr_buf *b, const char *key, const sr_text *t, const sr_loc *l)
{
    sr_json_key(b, key);
    if (!l) { sr_buf_puts(b, "null"); return; }
    const sr_place *p = l->place;
    sr_buf_putc(b, '{');
    sr_json_kv_strn(b, "text", t->text + l->start, l->end - l->start);
    sr_json_kv_str(b, "name", p->name);
    sr_json_kv_str(b, "country", p->country[0] ? p->country : NULL);
    sr_json_kv_str(b, "admin1", p->feature == SR_FEAT_ADMIN1 ? p->name : p->admin1);
    sr_json_kv_double(b, "lat", p->lat, 4);
    sr_json_kv_double(b, "lon", p->lon, 4);
    if (p->geonameid) sr_json_kv_int(b, "geonameid", p->geonameid);
    else sr_json_kv_null(b, "geonameid");
    sr_json_kv_str(b, "feature", sr_feature_name(p->feature));
    sr_json_kv_int(b, "precision", l->precision);
    sr_json_kv_double(b, "score", l->score, 2);
    sr_buf_putc(b, '}');
}

static void write_strings(sr_buf *b, const char *key, const char *const *items, int n)
{
    sr_json_key(b, key);
    sr_buf_putc(b, '[');
    for (int i = 0; i < n; i++) {
        if (i) sr_buf_putc(b, ',');
        sr_json_cstr(b, items[i]);
    }
    sr_buf_putc(b, ']');
}

static void kv_count(sr_buf *b, const char *key, int n)
{
    if (n < 0) sr_json_kv_null(b, key);
    else sr_json_kv_int(b, key, n);
}

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) h = (h ^ s[i]) * 1099511628211ull;
    return h;
}

void sr_event_id(const char *doc_id, const sr_event *e, const char *lexv, char out[20])
{
    uint64_t h = 1469598103934665603ull;
    h = fnv(h, doc_id, strlen(doc_id) + 1);
    uint32_t span[3] = {e->evidence[0].start, e->evidence[0].trig_start, e->evidence[0].trig_end};
    for (int i = 0; i < 3; i++) {
        unsigned char le[4] = {(unsigned char)span[i], (unsigned char)(span[i] >> 8), (unsigned char)(span[i] >> 16),
                               (unsigned char)(span[i] >> 24)};
        h = fnv(h, le, 4);
    }
    h = fnv(h, lexv, strlen(lexv));
    /* one trigger may tell two events (a threat and the hypothetical act it threatens) */
    if (e->type && e->type->key) h = fnv(h, e->type->key, strlen(e->type->key));
    /* "ev-%016llx" by hand: snprintf cost more than the whole hash */
    static const char hex[] = "0123456789abcdef";
    memcpy(out, "ev-", 3);
    for (int i = 0; i < 16; i++) out[3 + i] = hex[(h >> (60 - 4 * i)) & 15];
    out[19] = '\0';
}

void sr_record_event(sr_buf *b, const sr_doc_meta *m, const sr_text *t, const sr_event *e)
{
    char id[20];
    sr_event_id(m->doc->id, e, m->lexicon_version, id);
    sr_buf_puts(b, "{\"kind\":\"event\"");
    sr_json_kv_str(b, "id", id);
    sr_json_kv_str(b, "doc", m->doc->id);
    kv_date(b, "date", "date_precision", e->date);
    sr_json_kv_bool(b, "historical", e->historical);
    sr_json_key(b, "type");
    sr_buf_putc(b, '{');
    sr_json_kv_str(b, "acled", e->type->acled);
    sr_json_kv_str(b, "acled_sub", e->type->acled_sub);
    sr_json_kv_str(b, "plover", e->type->plover);
    sr_json_kv_str(b, "cameo", e->type->cameo);
    sr_json_kv_str(b, "key", e->type->key);
    sr_buf_putc(b, '}');
    write_actor(b, "actor1", t, e->actor1);
    write_actor(b, "actor2", t, e->actor2);
    write_loc(b, "location", t, e->location);
    write_loc(b, "origin", t, e->origin);
    kv_count(b, "fatalities", e->fatalities);
    kv_count(b, "injured", e->injured);
    sr_json_key(b, "quantity");
    if (e->quantity < 0) sr_buf_puts(b, "null");
    else {
        sr_buf_putc(b, '{');
        sr_json_kv_int(b, "n", e->quantity);
        sr_json_kv_str(b, "unit", e->quantity_unit);
        sr_buf_putc(b, '}');
    }
    sr_json_kv_str(b, "modality", sr_modality_name(e->modality));
    sr_json_kv_bool(b, "retaliation", e->retaliation);
    sr_json_key(b, "sources");
    sr_buf_putc(b, '[');
    for (int i = 0; i < e->n_sources; i++) {
        const sr_source *s = &e->sources[i];
        if (i) sr_buf_putc(b, ',');
        sr_buf_putc(b, '{');
        sr_json_kv_str(b, "text", s->text);
        sr_json_kv_str(b, "name", s->name);
        sr_json_kv_str(b, "kind", s->kind);
        if (s->handle) sr_json_kv_str(b, "handle", s->handle);
        sr_buf_putc(b, '}');
    }
    sr_buf_putc(b, ']');
    sr_json_kv_str(b, "lang", sr_lang_code((sr_lang)e->lang));
    const char *langs[8];
    int nl = 0;
    for (int l = 1; l < 8; l++)
        if (e->langs & (1u << l)) langs[nl++] = sr_lang_code((sr_lang)l);
    write_strings(b, "langs", langs, nl);
    sr_json_kv_int(b, "mentions", e->n_mentions);
    sr_json_key(b, "evidence");
    sr_buf_putc(b, '[');
    for (int i = 0; i < e->n_evidence && i < SR_MAX_EVIDENCE_OUT; i++) {
        const sr_evidence *v = &e->evidence[i];
        if (i) sr_buf_putc(b, ',');
        sr_buf_putc(b, '{');
        sr_json_kv_int(b, "start", v->start);
        sr_json_kv_int(b, "end", v->end);
        sr_json_kv_strn(b, "text", t->text + v->start, v->end - v->start);
        sr_json_kv_int(b, "trigger_start", v->trig_start);
        sr_json_kv_int(b, "trigger_end", v->trig_end);
        sr_buf_putc(b, '}');
    }
    sr_buf_putc(b, ']');
    sr_json_kv_double(b, "confidence", e->confidence, 2);
    sr_json_kv_str(b, "lexicon", m->lexicon_version);
    sr_buf_putc(b, '}');
}


void sr_record_doc(sr_buf *b, const sr_doc_meta *m, const sr_text *t, int n_events)
{
    const sr_document *d = m->doc;
    sr_buf_puts(b, "{\"kind\":\"doc\"");
    sr_json_kv_str(b, "id", d->id);
    kv_date(b, "date", "date_precision", m->date);
    sr_json_kv_str(b, "date_source", m->date_source);
    if (m->date_note) sr_json_kv_str(b, "date_note", m->date_note);
    if (d->title) sr_json_kv_str(b, "title", d->title);
    if (d->url) sr_json_kv_str(b, "url", d->url);
    if (d->source) sr_json_kv_str(b, "source", d->source);
    sr_json_kv_int(b, "bytes", (long long)d->text_len);
    if (t) {
        sr_json_kv_str(b, "lang", sr_lang_code(t->lang));
        const char *langs[3];
        int nl = 0;
        bool seen[3] = {false, false, false};
        for (int i = 0; i < t->n_paragraphs; i++) {
            int l = t->paragraphs[i].lang;
            if (l > 0 && l < 3 && !seen[l] && !t->paragraphs[i].is_signature) {
                seen[l] = true;
                langs[nl++] = sr_lang_code((sr_lang)l);
            }
        }
        write_strings(b, "langs", langs, nl);
        sr_json_kv_int(b, "paragraphs", t->n_paragraphs);
        sr_json_kv_int(b, "sentences", t->n_sentences);
    }
    sr_json_kv_int(b, "events", n_events);
    sr_json_key(b, "posts");
    sr_buf_putc(b, '[');
    for (int i = 0; t && i < t->n_posts; i++) {
        const sr_post *p = &t->posts[i];
        if (i) sr_buf_putc(b, ',');
        sr_buf_putc(b, '{');
        sr_json_kv_str(b, "author", p->author);
        sr_json_kv_str(b, "handle", p->handle);
        sr_date pd = {p->year, p->month, p->day, p->year ? SR_PREC_DAY : SR_PREC_NONE};
        char tmp[16];
        if (p->year) sr_json_kv_str(b, "date", sr_date_format(pd, tmp));
        else sr_json_kv_null(b, "date");
        sr_json_kv_str(b, "lang", sr_lang_code((sr_lang)p->lang));
        sr_json_kv_strn(b, "text", t->text + p->start, p->end - p->start);
        sr_json_kv_int(b, "start", p->start);
        sr_json_kv_int(b, "end", p->end);
        write_strings(b, "links", p->links, p->n_links);
        write_strings(b, "hashtags", p->hashtags, p->n_hashtags);
        sr_buf_putc(b, '}');
    }
    sr_buf_putc(b, ']');
    sr_json_key(b, "warnings");
    sr_buf_putc(b, '[');
    for (int i = 0; t && i < t->n_warnings; i++) {
        if (i) sr_buf_putc(b, ',');
        sr_buf_putc(b, '{');
        sr_json_kv_int(b, "offset", t->warnings[i].offset);
        sr_json_kv_str(b, "reason", t->warnings[i].reason);
        sr_buf_putc(b, '}');
    }
    sr_buf_putc(b, ']');
    if (t && t->n_bad_bytes) sr_json_kv_int(b, "repaired_bytes", t->n_bad_bytes);
    sr_json_kv_str(b, "lexicon", m->lexicon_version);
    sr_buf_putc(b, '}');
}

void sr_record_places_doc(sr_buf *b, const sr_doc_meta *m, const sr_text *t, int n_places)
{
    sr_buf_puts(b, "{\"kind\":\"doc\"");
    sr_json_kv_str(b, "id", m->doc->id);
    kv_date(b, "date", "date_precision", m->date);
    sr_json_kv_str(b, "date_source", m->date_source);
    sr_json_kv_int(b, "bytes", (long long)m->doc->text_len);
    sr_json_kv_str(b, "lang", sr_lang_code(t->lang));
    sr_json_kv_int(b, "places", n_places);
    sr_buf_putc(b, '}');
}

void sr_record_place(sr_buf *b, const char *doc_id, const sr_text *t, const sr_place_mention *p)
{
    sr_buf_puts(b, "{\"kind\":\"place\"");
    sr_json_kv_str(b, "doc", doc_id);
    sr_json_kv_int(b, "start", p->start);
    sr_json_kv_int(b, "end", p->end);
    sr_json_kv_strn(b, "text", t->text + p->start, p->end - p->start);
    sr_json_kv_str(b, "name", p->name);
    if (p->geonameid) sr_json_kv_int(b, "geonameid", p->geonameid);
    else sr_json_kv_null(b, "geonameid");
    sr_json_kv_str(b, "country", p->country[0] ? p->country : NULL);
    sr_json_kv_str(b, "admin1", p->admin1);
    sr_json_kv_double(b, "lat", p->lat, 4);
    sr_json_kv_double(b, "lon", p->lon, 4);
    sr_json_kv_str(b, "feature", p->feature);
    sr_json_kv_int(b, "precision", p->precision);
    sr_json_kv_double(b, "score", p->score, 2);
    if (p->demonym) sr_json_kv_bool(b, "demonym", true);
    sr_buf_putc(b, '}');
}

void sr_record_error(sr_buf *b, const char *where, long record_no, long long offset, const char *doc_id,
                     const char *reason)
{
    sr_buf_puts(b, "{\"kind\":\"error\"");
    sr_json_kv_str(b, "input", where);
    if (record_no > 0) sr_json_kv_int(b, "record", record_no);
    else sr_json_kv_null(b, "record");
    if (offset >= 0) sr_json_kv_int(b, "offset", offset);
    else sr_json_kv_null(b, "offset");
    sr_json_kv_str(b, "doc", doc_id);
    sr_json_kv_str(b, "reason", reason);
    sr_buf_putc(b, '}');
}
