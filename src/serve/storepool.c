/*
 * storepool.c — read-only store connections for the server's threads; see
 * storepool.h.  A stack of free connections under a mutex, and a condition
 * variable for the rare caller that finds it empty.
 */
#include "storepool.h"

#include <pthread.h>
#include <stdlib.h>

struct sr_storepool {
    pthread_mutex_t lock;
    pthread_cond_t freed;
    int n, n_free;
    sr_store **all;
    sr_store **free_list;
};

sr_status sr_storepool_open(const char *path, int n, sr_storepool **out, char **errmsg)
{
    *out = NULL;
    if (!path || n < 1) return SR_EARG;
    sr_storepool *p = calloc(1, sizeof *p);
    if (!p) return SR_ENOMEM;
    p->all = calloc((size_t)n, sizeof *p->all);
    p->free_list = calloc((size_t)n, sizeof *p->free_list);
    if (!p->all || !p->free_list) {
        free(p->all);
        free(p->free_list);
        free(p);
        return SR_ENOMEM;
    }
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->freed, NULL);
    for (int i = 0; i < n; i++) {
        sr_status st = sr_store_open(path, true, &p->all[i], errmsg);
        if (st != SR_OK) {
            p->n = i;
            p->n_free = i;
            sr_storepool_close(p);
            return st;
        }
        p->free_list[i] = p->all[i];
        p->n = p->n_free = i + 1;
    }
    *out = p;
    return SR_OK;
}

sr_store *sr_storepool_take(sr_storepool *pool)
{
    pthread_mutex_lock(&pool->lock);
    while (pool->n_free == 0) pthread_cond_wait(&pool->freed, &pool->lock);
    sr_store *s = pool->free_list[--pool->n_free];
    pthread_mutex_unlock(&pool->lock);
    return s;
}

void sr_storepool_give(sr_storepool *pool, sr_store *store)
{
    pthread_mutex_lock(&pool->lock);
    pool->free_list[pool->n_free++] = store;
    pthread_cond_signal(&pool->freed);
    pthread_mutex_unlock(&pool->lock);
}

void sr_storepool_close(sr_storepool *pool)
{
    if (!pool) return;
    for (int i = 0; i < pool->n; i++) sr_store_close(pool->all[i]);
    pthread_cond_destroy(&pool->freed);
    pthread_mutex_destroy(&pool->lock);
    free(pool->all);
    free(pool->free_list);
    free(pool);
}
