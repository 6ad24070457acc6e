/*
 * pool.c — the ordered pool of coding threads (contract in pool.h).
 *
 * Batches live in a ring of `depth` slots, filled at the tail by the caller
 * and emptied at the head in the same order.  A slot is FREE, OPEN (the batch
 * the caller is filling), QUEUED (closed, waiting for a thread), RUNNING, or
 * DONE (the records of all its items are in its buffer).  Closed batches also
 * go into a FIFO of slot indexes that the threads take from; the caller waits
 * for the head slot to be DONE and hands its items out one at a time.  One
 * mutex guards states and FIFO; the coding itself runs unlocked.  An OPEN slot
 * is the caller's alone, a RUNNING one its thread's alone.
 * Each slot keeps its items, a copy of their documents' strings and one output
 * buffer for the records of all its items, all reused from one batch to the
 * next.  An error item's record is written when it is submitted.
 */
#include "pool.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"

typedef enum { SLOT_FREE, SLOT_OPEN, SLOT_QUEUED, SLOT_RUNNING, SLOT_DONE } slot_state;

enum { N_STRINGS = 8 }; /* a document's strings: id, date, url, source, title, lang, input name, text */

typedef struct item {
    bool is_doc;
    sr_document doc;          /* strings point into the slot's store once the batch is closed */
    long str_at[N_STRINGS];   /* the strings' offsets in the store, -1 for NULL */
    size_t out_at, out_len;   /* its records in the slot's out */
    sr_status status;
} item;

typedef struct slot {
    slot_state state;
    item *items;
    int n_items, cap_items;
    int next_item;            /* the first item not yet handed out */
    size_t bytes;             /* its documents' texts and error records: when to close it */
    sr_buf store;             /* the documents' strings, NUL-separated */
    sr_buf out;               /* the records, one JSON line each */
} slot;

typedef struct thread_ctx {
    sr_pool *pool;
    sr_worker *worker;
    pthread_t id;
    bool started;
} thread_ctx;

struct sr_pool {
    sr_pool_fn fn;
    slot *slots;
    int depth;
    size_t batch_bytes;
    int head, tail, in_flight; /* ring indexes; in_flight = slots not FREE */
    bool open;                 /* the tail slot is OPEN (the caller's alone: no lock) */
    int *queue;                /* FIFO of QUEUED slot indexes (capacity depth) */
    int q_head, q_len;
    bool stop;
    pthread_mutex_t lock;
    pthread_cond_t work, done;
    thread_ctx *threads;
    int n_threads;
    sr_worker *inline_worker;  /* one thread: the caller codes */
};

static int emit_to_slot(void *ctx, const char *json, size_t len)
{
    sr_buf *out = ctx;
    sr_buf_append(out, json, len);
    sr_buf_putc(out, '\n');
    return out->oom ? -1 : 0;
}

static void run_slot(sr_pool *pool, sr_worker *w, slot *s)
{
    for (int i = 0; i < s->n_items; i++) {
        item *it = &s->items[i];
        if (!it->is_doc) continue;
        it->out_at = s->out.len;
        it->status = pool->fn(w, &it->doc, emit_to_slot, &s->out);
        if (s->out.oom) it->status = SR_ENOMEM;
        it->out_len = s->out.len - it->out_at;
    }
}

static void *thread_main(void *arg)
{
    thread_ctx *t = arg;
    sr_pool *pool = t->pool;
    pthread_mutex_lock(&pool->lock);
    for (;;) {
        while (!pool->stop && pool->q_len == 0) pthread_cond_wait(&pool->work, &pool->lock);
        if (pool->stop) break;
        slot *s = &pool->slots[pool->queue[pool->q_head]];
        pool->q_head = (pool->q_head + 1) % pool->depth;
        pool->q_len--;
        s->state = SLOT_RUNNING;
        pthread_mutex_unlock(&pool->lock);
        run_slot(pool, t->worker, s);
        pthread_mutex_lock(&pool->lock);
        s->state = SLOT_DONE;
        pthread_cond_broadcast(&pool->done);
    }
    pthread_mutex_unlock(&pool->lock);
    return NULL;
}

sr_pool *sr_pool_new(const sr_engine *engine, int n_threads, int depth, size_t batch_bytes, sr_pool_fn fn)
{
    if (!engine || n_threads < 1 || depth < 1 || !fn) return NULL;
    sr_pool *pool = calloc(1, sizeof *pool);
    if (!pool) return NULL;
    pool->fn = fn;
    pool->depth = depth;
    pool->batch_bytes = batch_bytes;
    pool->slots = calloc((size_t)depth, sizeof *pool->slots);
    pool->queue = calloc((size_t)depth, sizeof *pool->queue);
    if (!pool->slots || !pool->queue || pthread_mutex_init(&pool->lock, NULL) != 0) {
        free(pool->slots);
        free(pool->queue);
        free(pool);
        return NULL;
    }
    pthread_cond_init(&pool->work, NULL);
    pthread_cond_init(&pool->done, NULL);
    for (int i = 0; i < depth; i++) {
        sr_buf_init(&pool->slots[i].store, NULL);
        sr_buf_init(&pool->slots[i].out, NULL);
    }
    if (n_threads == 1) {
        if (sr_worker_new(engine, &pool->inline_worker) != SR_OK) goto fail;
        return pool;
    }
    pool->threads = calloc((size_t)n_threads, sizeof *pool->threads);
    if (!pool->threads) goto fail;
    pool->n_threads = n_threads;
    for (int i = 0; i < n_threads; i++) {
        thread_ctx *t = &pool->threads[i];
        t->pool = pool;
        if (sr_worker_new(engine, &t->worker) != SR_OK) goto fail;
        if (pthread_create(&t->id, NULL, thread_main, t) != 0) goto fail;
        t->started = true;
    }
    return pool;
fail:
    sr_pool_free(pool);
    return NULL;
}

bool sr_pool_full(const sr_pool *pool) { return pool->in_flight == pool->depth && !pool->open; }

bool sr_pool_empty(const sr_pool *pool) { return pool->in_flight == 0; }

/* The open batch at the tail (opened now when the tail slot is free) with room
 * for one more item, or NULL when memory ran out. */
static slot *open_batch(sr_pool *pool)
{
    slot *sl = &pool->slots[pool->tail];
    if (!pool->open) { /* the tail slot is FREE: no thread looks at it */
        sr_buf_clear(&sl->store);
        sr_buf_clear(&sl->out);
        sl->n_items = sl->next_item = 0;
        sl->bytes = 0;
        sl->state = SLOT_OPEN;
        pool->open = true;
        pool->in_flight++;
    }
    if (sl->n_items == sl->cap_items) {
        int cap = sl->cap_items ? 2 * sl->cap_items : 64;
        item *grown = realloc(sl->items, (size_t)cap * sizeof *grown);
        if (!grown) return NULL;
        sl->items = grown;
        sl->cap_items = cap;
    }
    return sl;
}

/* Close the open batch: point its documents into the store (which no longer
 * moves) and code it at once (one thread) or queue it for the threads. */
static void close_batch(sr_pool *pool)
{
    if (!pool->open) return;
    slot *sl = &pool->slots[pool->tail];
    pool->open = false;
    for (int i = 0; i < sl->n_items; i++) {
        item *it = &sl->items[i];
        if (!it->is_doc) continue;
        const char *s[N_STRINGS];
        for (int k = 0; k < N_STRINGS; k++) s[k] = it->str_at[k] < 0 ? NULL : sl->store.data + it->str_at[k];
        it->doc = (sr_document){s[0], s[7], it->doc.text_len, s[1], s[2], s[3], s[4], s[5], s[6], it->doc.record_no};
    }
    pool->tail = (pool->tail + 1) % pool->depth;
    if (pool->inline_worker) {
        run_slot(pool, pool->inline_worker, sl);
        sl->state = SLOT_DONE;
        return;
    }
    pthread_mutex_lock(&pool->lock);
    sl->state = SLOT_QUEUED;
    pool->queue[(pool->q_head + pool->q_len) % pool->depth] = (int)(sl - pool->slots);
    pool->q_len++;
    pthread_cond_signal(&pool->work);
    pthread_mutex_unlock(&pool->lock);
}

void sr_pool_flush(sr_pool *pool) { close_batch(pool); }

/* Count in an item just written into the open batch, and close the batch
 * when it is big enough. */
static void add_item(sr_pool *pool, slot *sl, size_t bytes)
{
    sl->n_items++;
    sl->bytes += bytes;
    if (sl->bytes >= pool->batch_bytes) close_batch(pool);
}

/* Copy s into the store; its offset, or -1 for a NULL s. */
static long keep(sr_buf *store, const char *s, size_t len)
{
    if (!s) return -1;
    size_t at = store->len;
    sr_buf_append(store, s, len);
    sr_buf_putc(store, '\0');
    return (long)at;
}

bool sr_pool_submit_doc(sr_pool *pool, const sr_document *doc)
{
    slot *sl = open_batch(pool);
    if (!sl) return false;
    size_t store_len = sl->store.len;
    item *it = &sl->items[sl->n_items];
    const char *fields[N_STRINGS] = {doc->id,   doc->date, doc->url,        doc->source,
                                     doc->title, doc->lang, doc->input_name, doc->text};
    for (int k = 0; k < N_STRINGS - 1; k++) it->str_at[k] = keep(&sl->store, fields[k], fields[k] ? strlen(fields[k]) : 0);
    it->str_at[N_STRINGS - 1] = keep(&sl->store, doc->text, doc->text ? doc->text_len : 0);
    if (sl->store.oom) {
        sr_buf_truncate(&sl->store, store_len);
        return false;
    }
    it->is_doc = true;
    it->doc.text_len = doc->text_len;
    it->doc.record_no = doc->record_no;
    it->out_at = it->out_len = 0;
    it->status = SR_OK;
    add_item(pool, sl, doc->text_len);
    return true;
}

bool sr_pool_submit_error(sr_pool *pool, const sr_read_item *ri)
{
    slot *sl = open_batch(pool);
    if (!sl) return false;
    item *it = &sl->items[sl->n_items];
    it->out_at = sl->out.len;
    sr_status st = sr_emit_error(ri->error_where, ri->error_record, ri->error_offset, ri->error_doc_id,
                                 ri->error_reason, emit_to_slot, &sl->out);
    if (st == SR_ENOMEM || sl->out.oom) {
        sr_buf_truncate(&sl->out, it->out_at);
        return false;
    }
    it->is_doc = false;
    it->out_len = sl->out.len - it->out_at;
    it->status = SR_OK;
    add_item(pool, sl, it->out_len);
    return true;
}

void sr_pool_next(sr_pool *pool, const char **records, size_t *len, sr_status *status)
{
    slot *sl = &pool->slots[pool->head];
    if (pool->open && pool->head == pool->tail) close_batch(pool); /* the oldest batch is open: it goes now */
    if (!pool->inline_worker) {
        pthread_mutex_lock(&pool->lock);
        while (sl->state != SLOT_DONE) pthread_cond_wait(&pool->done, &pool->lock);
        pthread_mutex_unlock(&pool->lock);
    }
    const item *it = &sl->items[sl->next_item++];
    *records = sl->out.data ? sl->out.data + it->out_at : "";
    *len = it->out_len;
    *status = it->status;
    if (sl->next_item < sl->n_items) return;
    /* the caller reads the records before its next call; the slot is refilled
     * only after that call, when the head has moved on */
    if (!pool->inline_worker) pthread_mutex_lock(&pool->lock);
    sl->state = SLOT_FREE;
    if (!pool->inline_worker) pthread_mutex_unlock(&pool->lock);
    pool->head = (pool->head + 1) % pool->depth;
    pool->in_flight--;
}

void sr_pool_free(sr_pool *pool)
{
    if (!pool) return;
    if (pool->threads) {
        pthread_mutex_lock(&pool->lock);
        pool->stop = true;
        pthread_cond_broadcast(&pool->work);
        pthread_mutex_unlock(&pool->lock);
        for (int i = 0; i < pool->n_threads; i++) {
            if (pool->threads[i].started) pthread_join(pool->threads[i].id, NULL);
            sr_worker_free(pool->threads[i].worker);
        }
        free(pool->threads);
    }
    sr_worker_free(pool->inline_worker);
    for (int i = 0; i < pool->depth; i++) {
        sr_buf_release(&pool->slots[i].store);
        sr_buf_release(&pool->slots[i].out);
        free(pool->slots[i].items);
    }
    free(pool->slots);
    free(pool->queue);
    pthread_cond_destroy(&pool->work);
    pthread_cond_destroy(&pool->done);
    pthread_mutex_destroy(&pool->lock);
    free(pool);
}
