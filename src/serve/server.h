/*
 * server.h — `sitrep serve`: the HTTP API and the map page on libmicrohttpd.
 *
 * Place in the pipeline: store -> [serve] -> the browser.  GET /api/events,
 * GET /api/incidents, GET /api/incidents/ID, GET /api/stats, POST
 * /api/documents, and the page's files for every other GET.  Requests are
 * handled by a pool of threads, each borrowing one of as many read-only store
 * connections; POSTed documents are coded and stored through one writer
 * connection behind a mutex.  Limits on everything a client controls (request
 * line, headers, body, connections, idle time) are set when the server starts;
 * docs/map.md lists them.
 */
#ifndef SR_SERVE_SERVER_H
#define SR_SERVE_SERVER_H

#include <stdbool.h>
#include <stddef.h>
#include "sitrep.h"

enum {
    SR_SERVE_MAX_URI = 8192,              /* request target, bytes: longer gives 414 */
    SR_SERVE_CONN_MEMORY = 64 * 1024,     /* per connection: request line + headers must fit (else 431/414) */
    SR_SERVE_MAX_CONNECTIONS = 512,
    SR_SERVE_TIMEOUT = 15,                /* seconds a connection may stay idle */
    SR_SERVE_MAX_BODY_MB = 8              /* default body limit, MiB */
};

typedef struct sr_server_options {
    const char *db_path;        /* the store; created when missing */
    const char *bind;           /* address or host name to listen on; NULL = 127.0.0.1 */
    unsigned port;              /* 0 = any free port (see sr_server_port) */
    const char *token;          /* bearer token POST needs; NULL = none */
    const char *web_dir;        /* the page's files; NULL = none (GET / says how to build them) */
    const sr_engine *engine;    /* codes POSTed documents; borrowed, must outlive the server */
    int threads;                /* 0 = twice the processors, at least 4 */
    size_t max_body;            /* bytes; 0 = SR_SERVE_MAX_BODY_MB MiB */
    bool access_log;            /* one line per request on stderr */
} sr_server_options;

typedef struct sr_server sr_server;

/* Open the stores, read the web directory and start listening.  On failure
 * *out is NULL and *errmsg (if non-NULL) is a malloc'd message: SR_EIO when
 * the store, the web directory or the address cannot be used, SR_EARG for
 * options that cannot work together, SR_ENOMEM. */
sr_status sr_server_start(const sr_server_options *opts, sr_server **out, char **errmsg);

/* The port it listens on (the one the system chose when opts->port was 0). */
unsigned sr_server_port(const sr_server *server);

/* True when it listens on a loopback address only. */
bool sr_server_loopback(const sr_server *server);

/* True when POST /api/documents is open (a token is set, or the address is
 * loopback). */
bool sr_server_accepts_posts(const sr_server *server);

/* Number of worker threads and files of the page held, for the start-up line. */
int sr_server_threads(const sr_server *server);
size_t sr_server_web_files(const sr_server *server);

/* Stop listening, finish the requests under way, close everything.  NULL is
 * a no-op. */
void sr_server_stop(sr_server *server);

#endif
