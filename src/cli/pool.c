/*
 * pool.c — the ordered pool of coding threads (contract in pool.h).
 *
 * Jobs live in a ring of `depth` slots, filled at the tail by the caller and
 * emptied at the head in the same order.  A slot is FREE, QUEUED (a document
 * waiting for a thread), RUNNING, or DONE (its records are in its buffer).
 * Documents also go into a FIFO of slot indexes that the threads take from
 * (error records are DONE at once and never queued); the caller waits for the
 * head slot to be DONE.  One mutex guards states and FIFO; the coding itself
 * runs unlocked.
 * Each slot keeps its own copy of the document's strings and its own output
 * buffer, both reused from one job to the next.
 */
#include "pool.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"

typedef enum { SLOT_FREE, SLOT_QUEUED, SLOT_RUNNING, SLOT_DONE } slot_state;

typedef struct slot {
    slot_state state;
    sr_document doc;        /* strings point into store */
    sr_buf store;           /* the document's strings, NUL-separated */
    sr_buf out;             /* the records, one JSON line each */
    sr_status status;
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
    int head, tail, in_flight; /* ring indexes; in_flight = slots not FREE */
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
    sr_buf_clear(&s->out);
    s->status = pool->fn(w, &s->doc, emit_to_slot, &s->out);
    if (s->out.oom) s->status = SR_ENOMEM;
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

sr_pool *sr_pool_new(const sr_engine *engine, int n_threads, int depth, sr_pool_fn fn)
{
    if (!engine || n_threads < 1 || depth < 1 || !fn) return NULL;
    sr_pool *pool = calloc(1, sizeof *pool);
    if (!pool) return NULL;
    pool->fn = fn;
    pool->depth = depth;
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

bool sr_pool_full(const sr_pool *pool) { return pool->in_flight == pool->depth; }

bool sr_pool_empty(const sr_pool *pool) { return pool->in_flight == 0; }

/* Copy s into the slot's store; the copy's offset, or -1 (NULL s) / -2 (no memory). */
static long keep(slot *sl, const char *s, size_t len)
{
    if (!s) return -1;
    size_t at = sl->store.len;
    sr_buf_append(&sl->store, s, len);
    sr_buf_putc(&sl->store, '\0');
    return sl->store.oom ? -2 : (long)at;
}

static const char *at(const slot *sl, long off) { return off < 0 ? NULL : sl->store.data + off; }

bool sr_pool_submit_doc(sr_pool *pool, const sr_document *doc)
{
    slot *sl = &pool->slots[pool->tail];
    sr_buf_clear(&sl->store);
    const char *fields[] = {doc->id, doc->date, doc->url, doc->source, doc->title, doc->lang, doc->input_name};
    long off[7];
    for (int i = 0; i < 7; i++) off[i] = keep(sl, fields[i], fields[i] ? strlen(fields[i]) : 0);
    long text = keep(sl, doc->text ? doc->text : "", doc->text ? doc->text_len : 0);
    for (int i = 0; i < 7; i++)
        if (off[i] == -2) return false;
    if (text == -2) return false;
    /* the store may have moved while growing: point into it only now */
    sl->doc = (sr_document){at(sl, off[0]), at(sl, text), doc->text_len, at(sl, off[1]), at(sl, off[2]),
                            at(sl, off[3]), at(sl, off[4]), at(sl, off[5]), at(sl, off[6]), doc->record_no};
    if (!doc->text) sl->doc.text = NULL;
    pool->tail = (pool->tail + 1) % pool->depth;
    pool->in_flight++;
    if (pool->inline_worker) {
        run_slot(pool, pool->inline_worker, sl);
        sl->state = SLOT_DONE;
        return true;
    }
    pthread_mutex_lock(&pool->lock);
    sl->state = SLOT_QUEUED;
    pool->queue[(pool->q_head + pool->q_len) % pool->depth] = (int)(sl - pool->slots);
    pool->q_len++;
    pthread_cond_signal(&pool->work);
    pthread_mutex_unlock(&pool->lock);
    return true;
}

bool sr_pool_submit_error(sr_pool *pool, const sr_read_item *item)
{
    slot *sl = &pool->slots[pool->tail];
    sr_buf_clear(&sl->out);
    sr_status st = sr_emit_error(item->error_where, item->error_record, item->error_offset, item->error_doc_id,
                                 item->error_reason, emit_to_slot, &sl->out);
    if (st == SR_ENOMEM || sl->out.oom) return false;
    sl->status = SR_OK;
    pool->tail = (pool->tail + 1) % pool->depth;
    pool->in_flight++;
    if (!pool->inline_worker) pthread_mutex_lock(&pool->lock);
    sl->state = SLOT_DONE; /* never queued: no thread sees it */
    if (!pool->inline_worker) pthread_mutex_unlock(&pool->lock);
    return true;
}

void sr_pool_next(sr_pool *pool, const char **records, size_t *len, sr_status *status)
{
    slot *sl = &pool->slots[pool->head];
    if (!pool->inline_worker) {
        pthread_mutex_lock(&pool->lock);
        while (sl->state != SLOT_DONE) pthread_cond_wait(&pool->done, &pool->lock);
        pthread_mutex_unlock(&pool->lock);
    }
    *records = sl->out.data ? sl->out.data : "";
    *len = sl->out.len;
    *status = sl->status;
    /* the caller reads the records before its next call; the slot is free for the tail
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
    }
    free(pool->slots);
    free(pool->queue);
    pthread_cond_destroy(&pool->work);
    pthread_cond_destroy(&pool->done);
    pthread_mutex_destroy(&pool->lock);
    free(pool);
}
