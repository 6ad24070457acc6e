/*
 * body.c — a POST body read as documents; see body.h.
 *
 * Place in the pipeline: [serve] -> input -> doc.  JSON lines go through the
 * same line parser as `sitrep code --jsonl` (sr_jsonl_parse_line), so a body
 * and a file of the same lines give the same documents.
 */
#include "body.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

bool sr_body_kind_of(const char *content_type, sr_body_kind *out)
{
    if (!content_type) return false;
    const char *semi = strchr(content_type, ';');
    size_t n = semi ? (size_t)(semi - content_type) : strlen(content_type);
    while (n && content_type[n - 1] == ' ') n--;
    if (n == 10 && !strncasecmp(content_type, "text/plain", 10)) {
        /* a charset other than UTF-8 (or its ASCII subset) would be misread */
        const char *cs = semi ? strcasestr(semi, "charset=") : NULL;
        if (cs) {
            cs += 8;
            if (*cs == '"') cs++;
            if (strncasecmp(cs, "utf-8", 5) && strncasecmp(cs, "utf8", 4) && strncasecmp(cs, "us-ascii", 8))
                return false;
        }
        *out = SR_BODY_TEXT;
        return true;
    }
    if ((n == 20 && !strncasecmp(content_type, "application/x-ndjson", 20)) ||
        (n == 17 && !strncasecmp(content_type, "application/jsonl", 17))) {
        *out = SR_BODY_JSONL;
        return true;
    }
    return false;
}

/* "post-" + 16 hex digits of the FNV-1a hash of the text. */
static void default_id(const char *text, size_t len, char out[24])
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)text[i]) * 1099511628211ull;
    snprintf(out, 24, "post-%016llx", (unsigned long long)h);
}

static const char *nonempty(const char *s) { return s && *s ? s : NULL; }

bool sr_body_init(sr_body *body, sr_body_kind kind, const char *data, size_t len, const sr_doc_query *meta)
{
    memset(body, 0, sizeof *body);
    body->kind = kind;
    body->data = data;
    body->len = len;
    body->meta = meta;
    if (kind == SR_BODY_JSONL) {
        body->scratch = sr_jsonl_scratch_new();
        if (!body->scratch) return false;
    }
    return true;
}

static bool next_text(sr_body *body, sr_body_item *item)
{
    if (body->items++ > 0) return false;
    item->record = 0;
    if (body->len == 0) {
        item->is_doc = false;
        item->offset = 0;
        item->reason = "empty body: POST the text of one document";
        return true;
    }
    const sr_doc_query *m = body->meta;
    sr_document *d = &item->doc;
    item->is_doc = true;
    d->text = body->data;
    d->text_len = body->len;
    if (m && m->id[0]) {
        d->id = m->id;
    } else {
        default_id(body->data, body->len, body->id);
        d->id = body->id;
    }
    if (m) {
        d->date = nonempty(m->date);
        d->url = nonempty(m->url);
        d->source = nonempty(m->source);
        d->title = nonempty(m->title);
        d->lang = nonempty(m->lang);
    }
    d->input_name = "POST /api/documents";
    return true;
}

static bool next_jsonl(sr_body *body, sr_body_item *item)
{
    while (body->pos < body->len) {
        const char *line = body->data + body->pos;
        const char *nl = memchr(line, '\n', body->len - body->pos);
        size_t len = nl ? (size_t)(nl - line) : body->len - body->pos;
        size_t start = body->pos;
        body->pos += len + (nl ? 1 : 0);
        body->line++;
        size_t k = 0;
        while (k < len && (line[k] == ' ' || line[k] == '\t' || line[k] == '\r')) k++;
        if (k == len) continue;   /* blank line */
        if (line[len - 1] == '\r') len--;
        const char *reason;
        long long off;
        body->items++;
        item->record = body->line;
        if (!sr_jsonl_parse_line(body->scratch, line, len, &item->doc, &reason, &off)) {
            item->is_doc = false;
            item->reason = reason;
            item->offset = (long long)start + (off < 0 ? 0 : off);
            return true;
        }
        item->is_doc = true;
        if (!item->doc.id) {
            default_id(item->doc.text, item->doc.text_len, body->id);
            item->doc.id = body->id;
        }
        item->doc.input_name = "POST /api/documents";
        item->doc.record_no = body->line;
        return true;
    }
    if (body->items > 0) return false;
    body->items = 1;   /* say it once */
    item->is_doc = false;
    item->offset = 0;
    item->reason = "empty body: POST one JSON object per line";
    return true;
}

bool sr_body_next(sr_body *body, sr_body_item *item)
{
    memset(item, 0, sizeof *item);
    return body->kind == SR_BODY_TEXT ? next_text(body, item) : next_jsonl(body, item);
}

void sr_body_release(sr_body *body)
{
    sr_jsonl_scratch_free(body->scratch);
    body->scratch = NULL;
}
