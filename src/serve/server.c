/*
 * server.c — libmicrohttpd glue for `sitrep serve`: limits, routing, the
 * request life cycle, responses; see server.h.
 *
 * Place in the pipeline: store -> [serve] -> the browser.  libmicrohttpd
 * parses HTTP and enforces the connection-level limits (connections, idle
 * time, the memory a request line and headers may take, strict syntax).  The
 * raw request target is taken from the URI log callback, before any
 * unescaping, so the path and the query string are decoded here, strictly,
 * once (query.c).  A request's state lives in a `request` created in that
 * callback and freed in the completion callback.
 *
 * Life of a request: GET and HEAD are answered on the first call of the
 * access handler.  POST /api/documents is checked (token, origin, type,
 * declared length) on the first call and refused at once when it fails, so an
 * unwanted body is never read; otherwise its body is gathered, up to the limit,
 * over the following calls and ingested on the last one.
 */
#include "server.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "serve/api.h"
#include "serve/body.h"
#include "serve/query.h"
#include "serve/storepool.h"
#include "serve/webroot.h"
#include "util/file.h"

struct sr_server {
    struct MHD_Daemon *daemon;
    sr_storepool *readers;
    sr_store *writer;               /* under write_lock */
    sr_worker *worker;              /* under write_lock */
    pthread_mutex_t write_lock;
    sr_webroot *web;
    char *token;
    size_t token_len;
    size_t max_body;
    bool loopback, access_log, posts_open;
    int threads;
    unsigned port;
};

typedef struct request {
    char *target;                   /* raw request target ("/path?query"), NULL when too long */
    size_t target_len;
    bool started;
    bool body_wanted;               /* a POST whose body is being gathered */
    bool body_too_large;
    sr_body_kind body_kind;
    sr_buf body;
    int status;                     /* for the access log */
    const char *method;
    struct timespec t0;
} request;

/* ---- responses ---------------------------------------------------------- */

static void common_headers(struct MHD_Response *resp)
{
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(resp, "X-Frame-Options", "DENY");
}

static enum MHD_Result queue(struct MHD_Connection *con, request *r, int status, struct MHD_Response *resp)
{
    if (!resp) return MHD_NO;
    common_headers(resp);
    r->status = status;
    enum MHD_Result ok = MHD_queue_response(con, (unsigned)status, resp);
    MHD_destroy_response(resp);
    return ok;
}

/* A JSON response; takes the buffer's storage (it is left empty). */
static enum MHD_Result respond_json(struct MHD_Connection *con, request *r, int status, sr_buf *b)
{
    if (b->oom || !b->data) {
        sr_buf_release(b);
        static const char OOM[] = "{\"error\":\"out of memory\"}";
        struct MHD_Response *resp =
            MHD_create_response_from_buffer(sizeof OOM - 1, (void *)OOM, MHD_RESPMEM_PERSISTENT);
        if (resp) MHD_add_response_header(resp, "Content-Type", "application/json; charset=utf-8");
        return queue(con, r, 503, resp);
    }
    struct MHD_Response *resp = MHD_create_response_from_buffer_with_free_callback(b->len, b->data, free);
    if (!resp) {
        sr_buf_release(b);
        return MHD_NO;
    }
    b->data = NULL;
    b->len = b->cap = 0;
    MHD_add_response_header(resp, "Content-Type", "application/json; charset=utf-8");
    MHD_add_response_header(resp, "Cache-Control", "no-store");
    return queue(con, r, status, resp);
}

static enum MHD_Result respond_error(struct MHD_Connection *con, request *r, int status, const char *param,
                                     const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static enum MHD_Result respond_error(struct MHD_Connection *con, request *r, int status, const char *param,
                                     const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    sr_buf b;
    sr_buf_init(&b, NULL);
    sr_api_error(&b, param, msg);
    return respond_json(con, r, status, &b);
}

static enum MHD_Result respond_not_allowed(struct MHD_Connection *con, request *r, const char *allow)
{
    sr_buf b;
    sr_buf_init(&b, NULL);
    char msg[96];
    snprintf(msg, sizeof msg, "method %s not allowed here; allowed: %s", r->method, allow);
    sr_api_error(&b, NULL, msg);
    struct MHD_Response *resp = MHD_create_response_from_buffer_with_free_callback(b.len, b.data, free);
    if (!resp) {
        sr_buf_release(&b);
        return MHD_NO;
    }
    MHD_add_response_header(resp, "Content-Type", "application/json; charset=utf-8");
    MHD_add_response_header(resp, "Allow", allow);
    return queue(con, r, 405, resp);
}

/* The page's policy: its own scripts, styles and data only. */
static const char CSP[] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                          "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

static enum MHD_Result respond_file(struct MHD_Connection *con, request *r, const sr_webfile *f)
{
    struct MHD_Response *resp = MHD_create_response_from_buffer(f->len, f->data, MHD_RESPMEM_PERSISTENT);
    if (!resp) return MHD_NO;
    MHD_add_response_header(resp, "Content-Type", f->content_type);
    MHD_add_response_header(resp, "Cache-Control", f->cache_control);
    if (!strncmp(f->content_type, "text/html", 9)) MHD_add_response_header(resp, "Content-Security-Policy", CSP);
    return queue(con, r, 200, resp);
}

/* GET / when the page was not built: say how to build it. */
static const char NO_PAGE[] =
    "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>sitrep</title></head><body>"
    "<h1>sitrep serve</h1><p>The map page is not built. Run <code>make map</code> with access to the npm "
    "registry (it fetches the pinned map libraries), then restart <code>sitrep serve</code>, or give "
    "<code>--web DIR</code>.</p><p>The API works without it: <a href=\"/api/incidents\">/api/incidents</a>, "
    "<a href=\"/api/events\">/api/events</a>, <a href=\"/api/stats\">/api/stats</a>.</p></body></html>";

static enum MHD_Result respond_no_page(struct MHD_Connection *con, request *r)
{
    struct MHD_Response *resp =
        MHD_create_response_from_buffer(sizeof NO_PAGE - 1, (void *)NO_PAGE, MHD_RESPMEM_PERSISTENT);
    if (!resp) return MHD_NO;
    MHD_add_response_header(resp, "Content-Type", "text/html; charset=utf-8");
    MHD_add_response_header(resp, "Cache-Control", "no-store");
    MHD_add_response_header(resp, "Content-Security-Policy", CSP);
    return queue(con, r, 200, resp);
}

/* ---- checks ------------------------------------------------------------- */

/* Equal in time that does not depend on where they differ. */
static bool same_secret(const char *a, size_t alen, const char *b, size_t blen)
{
    unsigned char diff = (unsigned char)(alen != blen);
    for (size_t i = 0; i < alen; i++) diff |= (unsigned char)(a[i] ^ b[i % (blen ? blen : 1)]);
    return diff == 0;
}

static bool token_ok(const sr_server *s, struct MHD_Connection *con)
{
    const char *auth = MHD_lookup_connection_value(con, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
    if (!auth || strncasecmp(auth, "Bearer ", 7)) return false;
    const char *t = auth + 7;
    while (*t == ' ') t++;
    size_t n = strlen(t);
    while (n && t[n - 1] == ' ') n--;
    return same_secret(t, n, s->token, s->token_len);
}

/* A Host header naming this machine's loopback: localhost, 127.x.x.x or
 * [::1], with or without a port.  Refusing other names on a loopback server
 * keeps a web page that rebinds its own name to 127.0.0.1 from posting. */
static bool loopback_host(const char *host)
{
    if (!host) return false;
    char name[256];
    size_t n = strlen(host);
    if (n >= sizeof name) return false;
    memcpy(name, host, n + 1);
    if (name[0] == '[') {
        char *close = strchr(name, ']');
        if (!close) return false;
        *close = '\0';
        return !strcmp(name + 1, "::1");
    }
    char *colon = strchr(name, ':');
    if (colon) *colon = '\0';
    if (!strcasecmp(name, "localhost")) return true;
    struct in_addr a;
    return inet_pton(AF_INET, name, &a) == 1 && (ntohl(a.s_addr) >> 24) == 127;
}

/* A browser's Origin, when sent, must name this server as the Host does:
 * a page elsewhere may not post documents into the store. */
static bool origin_ok(struct MHD_Connection *con)
{
    const char *origin = MHD_lookup_connection_value(con, MHD_HEADER_KIND, MHD_HTTP_HEADER_ORIGIN);
    if (!origin) return true;
    const char *host = MHD_lookup_connection_value(con, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST);
    if (!host) return false;
    const char *rest = !strncmp(origin, "http://", 7) ? origin + 7 : !strncmp(origin, "https://", 8) ? origin + 8 : NULL;
    return rest && !strcasecmp(rest, host);
}

/* ---- routing ------------------------------------------------------------ */

static enum MHD_Result serve_api_get(sr_server *s, struct MHD_Connection *con, request *r, const char *path,
                                     const char *query, size_t qlen)
{
    enum { LIST_EVENTS, LIST_INCIDENTS, ONE_INCIDENT, STATS } what;
    if (!strcmp(path, "/api/events")) what = LIST_EVENTS;
    else if (!strcmp(path, "/api/incidents")) what = LIST_INCIDENTS;
    else if (!strncmp(path, "/api/incidents/", 15)) what = ONE_INCIDENT;
    else if (!strcmp(path, "/api/stats")) what = STATS;
    else return respond_error(con, r, 404, NULL, "no such endpoint: %.100s", path);
    if ((what == ONE_INCIDENT || what == STATS) && qlen > 0)
        return respond_error(con, r, 400, NULL, "%s takes no query parameters",
                             what == STATS ? "/api/stats" : "/api/incidents/ID");
    sr_buf b;
    sr_buf_init(&b, NULL);
    sr_store *store = sr_storepool_take(s->readers);
    int status;
    switch (what) {
    case LIST_EVENTS: status = sr_api_list(store, false, query, qlen, &b); break;
    case LIST_INCIDENTS: status = sr_api_list(store, true, query, qlen, &b); break;
    case ONE_INCIDENT: status = sr_api_incident(store, path + 15, &b); break;
    default: status = sr_api_stats(store, &b); break;
    }
    sr_storepool_give(s->readers, store);
    return respond_json(con, r, status, &b);
}

/* First call of a POST /api/documents: refuse now, or say go on (body_wanted). */
static enum MHD_Result start_post(sr_server *s, struct MHD_Connection *con, request *r)
{
    if (!s->posts_open)
        return respond_error(con, r, 403, NULL,
                             "POST is off: this server listens beyond loopback and was started without --token");
    if (s->token && !token_ok(s, con)) {
        struct MHD_Response *resp;
        sr_buf b;
        sr_buf_init(&b, NULL);
        sr_api_error(&b, NULL, "POST /api/documents needs the header Authorization: Bearer <token>");
        resp = MHD_create_response_from_buffer_with_free_callback(b.len, b.data, free);
        if (!resp) {
            sr_buf_release(&b);
            return MHD_NO;
        }
        MHD_add_response_header(resp, "Content-Type", "application/json; charset=utf-8");
        MHD_add_response_header(resp, "WWW-Authenticate", "Bearer realm=\"sitrep\"");
        return queue(con, r, 401, resp);
    }
    if (s->loopback && !loopback_host(MHD_lookup_connection_value(con, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST)))
        return respond_error(con, r, 403, NULL, "Host is not a loopback name (localhost, 127.0.0.1, [::1])");
    if (!origin_ok(con)) return respond_error(con, r, 403, NULL, "cross-origin POST refused");
    const char *ctype = MHD_lookup_connection_value(con, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
    if (!sr_body_kind_of(ctype, &r->body_kind))
        return respond_error(con, r, 415, NULL,
                             "Content-Type must be text/plain (one document, UTF-8) or application/x-ndjson "
                             "(JSON lines)");
    const char *clen = MHD_lookup_connection_value(con, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    if (clen && strtoull(clen, NULL, 10) > s->max_body)
        return respond_error(con, r, 413, NULL, "the body is larger than %zu bytes", s->max_body);
    r->body_wanted = true;
    return MHD_YES;
}

static enum MHD_Result finish_post(sr_server *s, struct MHD_Connection *con, request *r, const char *query,
                                   size_t qlen)
{
    if (r->body_too_large)
        return respond_error(con, r, 413, NULL, "the body is larger than %zu bytes", s->max_body);
    if (!s->worker) return respond_error(con, r, 503, NULL, "this server cannot code documents");
    if (r->body.oom) return respond_error(con, r, 503, NULL, "out of memory");
    sr_buf out;
    sr_buf_init(&out, NULL);
    pthread_mutex_lock(&s->write_lock);
    int status = sr_api_ingest(s->writer, s->worker, r->body_kind, query, qlen, r->body.data ? r->body.data : "",
                               r->body.len, &out);
    pthread_mutex_unlock(&s->write_lock);
    sr_buf_release(&r->body);
    return respond_json(con, r, status, &out);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *con, const char *url, const char *method,
                                  const char *version, const char *upload_data, size_t *upload_data_size,
                                  void **req_cls)
{
    (void)url;
    (void)version;
    sr_server *s = cls;
    request *r = *req_cls;
    if (!r) return MHD_NO;   /* the URI callback could not allocate */
    r->method = method;

    if (r->started && r->body_wanted) {
        if (*upload_data_size > 0) {
            if (!r->body_too_large) {
                if (r->body.len + *upload_data_size > s->max_body) {
                    r->body_too_large = true;
                    sr_buf_release(&r->body);
                } else {
                    sr_buf_append(&r->body, upload_data, *upload_data_size);
                }
            }
            *upload_data_size = 0;
            return MHD_YES;
        }
    }
    if (r->started && !r->body_wanted) {
        /* a GET with a body: the response is queued already; drop the bytes */
        *upload_data_size = 0;
        return MHD_YES;
    }

    if (!r->target) return respond_error(con, r, 414, NULL, "the request target is longer than %d bytes",
                                         (int)SR_SERVE_MAX_URI);
    const char *qmark = memchr(r->target, '?', r->target_len);
    size_t plen = qmark ? (size_t)(qmark - r->target) : r->target_len;
    const char *query = qmark ? qmark + 1 : "";
    size_t qlen = qmark ? r->target_len - plen - 1 : 0;

    if (r->started) return finish_post(s, con, r, query, qlen);
    r->started = true;

    char path[SR_SERVE_MAX_URI + 1];
    size_t path_len;
    if (plen == 0 || r->target[0] != '/' || !sr_query_decode(r->target, plen, false, path, sizeof path, &path_len))
        return respond_error(con, r, 400, NULL, "malformed path");
    /* no dot segments, backslashes or control bytes: nothing outside the page */
    for (size_t i = 0; i < path_len; i++)
        if ((unsigned char)path[i] < 0x20 || path[i] == 0x7f || path[i] == '\\')
            return respond_error(con, r, 400, NULL, "malformed path");
    if (strstr(path, "/../") || strstr(path, "/./") || strstr(path, "//") ||
        (path_len >= 3 && !strcmp(path + path_len - 3, "/..")) || (path_len >= 2 && !strcmp(path + path_len - 2, "/.")))
        return respond_error(con, r, 400, NULL, "dot segments are not allowed in a path");

    bool get = !strcmp(method, MHD_HTTP_METHOD_GET) || !strcmp(method, MHD_HTTP_METHOD_HEAD);
    if (!strcmp(path, "/api/documents")) {
        if (strcmp(method, MHD_HTTP_METHOD_POST)) return respond_not_allowed(con, r, "POST");
        return start_post(s, con, r);
    }
    if (!strncmp(path, "/api/", 5) || !strcmp(path, "/api")) {
        if (!get) return respond_not_allowed(con, r, "GET, HEAD");
        return serve_api_get(s, con, r, path, query, qlen);
    }
    if (!get) return respond_not_allowed(con, r, "GET, HEAD");
    const sr_webfile *f = sr_webroot_find(s->web, path);
    if (f) return respond_file(con, r, f);
    if (!strcmp(path, "/")) return respond_no_page(con, r);
    return respond_error(con, r, 404, NULL, "not found");
}

/* ---- request life cycle ------------------------------------------------- */

static void *on_uri(void *cls, const char *uri, struct MHD_Connection *con)
{
    (void)cls;
    (void)con;
    request *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    clock_gettime(CLOCK_MONOTONIC, &r->t0);
    sr_buf_init(&r->body, NULL);
    size_t n = strnlen(uri, SR_SERVE_MAX_URI + 1);
    if (n <= SR_SERVE_MAX_URI) {
        r->target = malloc(n + 1);
        if (!r->target) {
            free(r);
            return NULL;
        }
        memcpy(r->target, uri, n + 1);
        r->target_len = n;
    }
    return r;
}

static void on_completed(void *cls, struct MHD_Connection *con, void **req_cls, enum MHD_RequestTerminationCode toe)
{
    (void)con;
    sr_server *s = cls;
    request *r = *req_cls;
    if (!r) return;
    if (s->access_log) {
        struct timespec t1;
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double ms = (double)(t1.tv_sec - r->t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - r->t0.tv_nsec) / 1e6;
        const char *target = r->target ? r->target : "(too long)";
        fprintf(stderr, "sitrep serve: %s %.200s %d %.1f ms%s\n", r->method ? r->method : "-", target, r->status, ms,
                toe == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" : " (cut short)");
    }
    sr_buf_release(&r->body);
    free(r->target);
    free(r);
    *req_cls = NULL;
}

static void on_mhd_log(void *cls, const char *fmt, va_list ap)
{
    (void)cls;
    fputs("sitrep serve: ", stderr);
    vfprintf(stderr, fmt, ap);
}

/* ---- start and stop ----------------------------------------------------- */

static bool is_loopback(const struct sockaddr *sa)
{
    if (sa->sa_family == AF_INET)
        return (ntohl(((const struct sockaddr_in *)sa)->sin_addr.s_addr) >> 24) == 127;
    if (sa->sa_family == AF_INET6) {
        const struct in6_addr *a = &((const struct sockaddr_in6 *)sa)->sin6_addr;
        if (IN6_IS_ADDR_LOOPBACK(a)) return true;
        return IN6_IS_ADDR_V4MAPPED(a) && a->s6_addr[12] == 127;
    }
    return false;
}

static sr_status start_fail(sr_server *s, char **errmsg, sr_status st, char *msg)
{
    sr_set_error(errmsg, msg);
    sr_server_stop(s);
    return st;
}

sr_status sr_server_start(const sr_server_options *o, sr_server **out, char **errmsg)
{
    *out = NULL;
    if (!o || !o->db_path) return SR_EARG;
    sr_server *s = calloc(1, sizeof *s);
    if (!s) return SR_ENOMEM;
    pthread_mutex_init(&s->write_lock, NULL);
    s->max_body = o->max_body ? o->max_body : (size_t)SR_SERVE_MAX_BODY_MB << 20;
    s->access_log = o->access_log;
    if (o->threads > 0) {
        s->threads = o->threads;
    } else {
        long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        s->threads = cpus > 2 ? (int)(cpus > 32 ? 64 : cpus * 2) : 4;
    }
    if (o->token) {
        s->token = strdup(o->token);
        if (!s->token) return start_fail(s, errmsg, SR_ENOMEM, NULL);
        s->token_len = strlen(s->token);
    }

    /* where to listen */
    const char *bind = o->bind ? o->bind : "127.0.0.1";
    char port[16];
    snprintf(port, sizeof port, "%u", o->port);
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM,
                             .ai_flags = AI_PASSIVE | AI_NUMERICSERV}, *ai = NULL;
    int gai = getaddrinfo(bind, port, &hints, &ai);
    if (gai != 0 || !ai)
        return start_fail(s, errmsg, SR_EIO, sr_strf("--bind %s: %s", bind, gai ? gai_strerror(gai) : "no address"));
    struct sockaddr_storage addr;
    memcpy(&addr, ai->ai_addr, ai->ai_addrlen);
    freeaddrinfo(ai);
    s->loopback = is_loopback((struct sockaddr *)&addr);
    s->posts_open = s->loopback || s->token;

    /* the stores: the writer first, so that a new database gets its schema */
    char *err = NULL;
    sr_status st = sr_store_open(o->db_path, false, &s->writer, &err);
    if (st != SR_OK) return start_fail(s, errmsg, st, err);
    st = sr_storepool_open(o->db_path, s->threads, &s->readers, &err);
    if (st != SR_OK) return start_fail(s, errmsg, st, err);
    if (o->engine && sr_worker_new(o->engine, &s->worker) != SR_OK)
        return start_fail(s, errmsg, SR_ENOMEM, sr_strf("out of memory"));
    if (o->web_dir) {
        st = sr_webroot_load(o->web_dir, &s->web, &err);
        if (st != SR_OK) return start_fail(s, errmsg, st, err);
    }

    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG;
    if (MHD_is_feature_supported(MHD_FEATURE_EPOLL) == MHD_YES) flags |= MHD_USE_EPOLL;
    if (addr.ss_family == AF_INET6) flags |= MHD_USE_IPv6;
    s->daemon = MHD_start_daemon(
        flags, (uint16_t)o->port, NULL, NULL, on_request, s,
        MHD_OPTION_EXTERNAL_LOGGER, on_mhd_log, s,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
        MHD_OPTION_THREAD_POOL_SIZE, (unsigned)s->threads,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)SR_SERVE_MAX_CONNECTIONS,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)SR_SERVE_TIMEOUT,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)SR_SERVE_CONN_MEMORY,
        MHD_OPTION_STRICT_FOR_CLIENT, 1,
        MHD_OPTION_URI_LOG_CALLBACK, on_uri, s,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, s,
        MHD_OPTION_END);
    if (!s->daemon)
        return start_fail(s, errmsg, SR_EIO, sr_strf("cannot listen on %s port %u (in use, or not an address of "
                                                     "this machine?)", bind, o->port));
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(s->daemon, MHD_DAEMON_INFO_BIND_PORT);
    s->port = info ? info->port : o->port;
    *out = s;
    return SR_OK;
}

unsigned sr_server_port(const sr_server *server) { return server->port; }
bool sr_server_loopback(const sr_server *server) { return server->loopback; }
bool sr_server_accepts_posts(const sr_server *server) { return server->posts_open; }
int sr_server_threads(const sr_server *server) { return server->threads; }
size_t sr_server_web_files(const sr_server *server) { return sr_webroot_files(server->web); }

void sr_server_stop(sr_server *s)
{
    if (!s) return;
    if (s->daemon) MHD_stop_daemon(s->daemon);
    sr_storepool_close(s->readers);
    sr_store_close(s->writer);
    sr_worker_free(s->worker);
    sr_webroot_free(s->web);
    pthread_mutex_destroy(&s->write_lock);
    free(s->token);
    free(s);
}
