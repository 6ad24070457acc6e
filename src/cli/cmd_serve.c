/*
 * cmd_serve.c — `sitrep serve --db FILE [--port N] [--bind ADDR] [--token T |
 * --token-file F] [--web DIR]`: the HTTP API and the map page over a store.
 *
 * Place in the pipeline: the outermost layer over store -> serve.  Parses the
 * options, loads the engine (POSTed documents are coded with it), starts the
 * server, prints the URL to open on stdout, and waits for SIGINT or SIGTERM;
 * then it finishes the requests under way and exits 0.
 */
#include "cmd_serve.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "serve/server.h"
#include "util/file.h"

/* The page built by `make map` (web/web.mk sets this for this file). */
#ifndef SITREP_WEB_DIR
#define SITREP_WEB_DIR "build/web"
#endif

static void serve_usage(FILE *f)
{
    fputs("usage: sitrep serve --db FILE [--port N] [--bind ADDR] [--token T | --token-file F]\n"
          "                    [--web DIR] [--threads N] [--max-body MB] [--access-log]\n"
          "\n"
          "Serves the store FILE (created when missing) over HTTP: the map page at /, and\n"
          "  GET  /api/events, /api/incidents   ?from=&to=&bbox=minLon,minLat,maxLon,maxLat\n"
          "                                     &type=&q=&limit=&offset=&historical=0|1\n"
          "  GET  /api/incidents/ID             an incident with its events, sources, documents\n"
          "  GET  /api/stats                    row counts\n"
          "  POST /api/documents                text/plain (one document; ?id=&date=&url=&source=\n"
          "                                     &title=&lang=) or application/x-ndjson (JSON lines)\n"
          "Prints the URL to open on stdout; runs until SIGINT (Ctrl-C) or SIGTERM.\n"
          "\n"
          "options:\n"
          "  --db FILE          the SQLite store (`sitrep ingest` fills it)\n"
          "  --port N           TCP port (default 8080; 0 = any free port, printed)\n"
          "  --bind ADDR        address to listen on (default 127.0.0.1, loopback only)\n"
          "  --token T          POST /api/documents needs `Authorization: Bearer T`\n"
          "  --token-file F     the same, the token read from F (not seen in `ps`)\n"
          "                     Without a token, POST is open on a loopback address and off on others.\n"
          "  --web DIR          the page's files (default: $SITREP_WEB or the build's build/web,\n"
          "                     made by `make map`)\n"
          "  --threads N        worker threads, each with its own read connection (default 2 x cores, >= 4)\n"
          "  --max-body MB      largest POST body (default 8)\n"
          "  --access-log       one line per request on stderr\n"
          "  --data DIR         lexicons and tables for coding POSTed documents\n"
          "  -h, --help         this help\n"
          "\n"
          "exit: 0 stopped by a signal, 2 usage, 3 data could not be loaded,\n"
          "      4 the store, the web directory or the address could not be used\n",
          f);
}

/* The first line of path, trimmed; malloc'd, or NULL with a message. */
static char *read_token_file(const char *path)
{
    size_t len;
    char *text = sr_file_read(path, &len);
    if (!text) {
        fprintf(stderr, "sitrep serve: --token-file %s: %s\n", path, strerror(errno));
        return NULL;
    }
    text[strcspn(text, "\r\n")] = '\0';
    len = strlen(text);
    while (len && (text[len - 1] == ' ' || text[len - 1] == '\t')) text[--len] = '\0';
    if (len == 0) {
        fprintf(stderr, "sitrep serve: --token-file %s: the first line is empty\n", path);
        free(text);
        return NULL;
    }
    return text;
}

static bool parse_uint(const char *s, unsigned long lo, unsigned long hi, unsigned long *out)
{
    char *end;
    errno = 0;
    unsigned long v = strtoul(s, &end, 10);
    if (errno || end == s || *end || s[0] == '-' || v < lo || v > hi) return false;
    *out = v;
    return true;
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int sr_cmd_serve(int argc, char **argv)
{
    enum { OPT_DB = 256, OPT_PORT, OPT_BIND, OPT_TOKEN, OPT_TOKEN_FILE, OPT_WEB, OPT_THREADS, OPT_MAX_BODY,
           OPT_ACCESS_LOG, OPT_DATA };
    static const struct option longopts[] = {
        {"db", required_argument, NULL, OPT_DB},           {"port", required_argument, NULL, OPT_PORT},
        {"bind", required_argument, NULL, OPT_BIND},       {"token", required_argument, NULL, OPT_TOKEN},
        {"token-file", required_argument, NULL, OPT_TOKEN_FILE}, {"web", required_argument, NULL, OPT_WEB},
        {"threads", required_argument, NULL, OPT_THREADS}, {"max-body", required_argument, NULL, OPT_MAX_BODY},
        {"access-log", no_argument, NULL, OPT_ACCESS_LOG}, {"data", required_argument, NULL, OPT_DATA},
        {"help", no_argument, NULL, 'h'},                  {NULL, 0, NULL, 0}};
    sr_server_options o = {.port = 8080};
    const char *token = NULL, *token_file = NULL, *data_dir = NULL;
    unsigned long n;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_DB: o.db_path = optarg; break;
        case OPT_PORT:
            if (!parse_uint(optarg, 0, 65535, &n)) {
                fprintf(stderr, "sitrep serve: --port wants 0-65535, got '%s'\n", optarg);
                return EXIT_USAGE;
            }
            o.port = (unsigned)n;
            break;
        case OPT_BIND: o.bind = optarg; break;
        case OPT_TOKEN: token = optarg; break;
        case OPT_TOKEN_FILE: token_file = optarg; break;
        case OPT_WEB: o.web_dir = optarg; break;
        case OPT_THREADS:
            if (!parse_uint(optarg, 1, 256, &n)) {
                fprintf(stderr, "sitrep serve: --threads wants 1-256, got '%s'\n", optarg);
                return EXIT_USAGE;
            }
            o.threads = (int)n;
            break;
        case OPT_MAX_BODY:
            if (!parse_uint(optarg, 1, 1024, &n)) {
                fprintf(stderr, "sitrep serve: --max-body wants 1-1024 (MiB), got '%s'\n", optarg);
                return EXIT_USAGE;
            }
            o.max_body = (size_t)n << 20;
            break;
        case OPT_ACCESS_LOG: o.access_log = true; break;
        case OPT_DATA: data_dir = optarg; break;
        case 'h': serve_usage(stdout); return EXIT_CODED;
        default: serve_usage(stderr); return EXIT_USAGE;
        }
    }
    if (optind != argc || !o.db_path) {
        fputs(optind != argc ? "sitrep serve: unexpected argument\n" : "sitrep serve: --db FILE is required\n",
              stderr);
        serve_usage(stderr);
        return EXIT_USAGE;
    }
    if (token && token_file) {
        fputs("sitrep serve: give --token or --token-file, not both\n", stderr);
        return EXIT_USAGE;
    }
    if (token && !*token) {
        fputs("sitrep serve: --token is empty\n", stderr);
        return EXIT_USAGE;
    }
    char *file_token = NULL;
    if (token_file && !(file_token = read_token_file(token_file))) return EXIT_USAGE;
    o.token = file_token ? file_token : token;

    /* the page: --web must exist; the default may be missing (GET / then says how to build it) */
    if (!o.web_dir) {
        const char *def = getenv("SITREP_WEB");
        def = def && *def ? def : SITREP_WEB_DIR;
        if (is_dir(def)) o.web_dir = def;
        else fprintf(stderr, "sitrep serve: no map page at %s (run `make map`); serving the API only\n", def);
    }

    sr_engine *eng = sr_cli_engine(data_dir);
    if (!eng) {
        free(file_token);
        return EXIT_DATA;
    }
    o.engine = eng;

    /* signals are taken by sigwait below; the server's threads inherit the mask */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    signal(SIGPIPE, SIG_IGN);

    sr_server *srv = NULL;
    char *err = NULL;
    sr_status st = sr_server_start(&o, &srv, &err);
    if (st != SR_OK) {
        fprintf(stderr, "sitrep serve: %s\n", err ? err : sr_status_text(st));
        free(err);
        free(file_token);
        sr_engine_free(eng);
        return st == SR_ENOMEM ? EXIT_IO : st == SR_EARG ? EXIT_USAGE : EXIT_IO;
    }
    const char *host = o.bind ? o.bind : "127.0.0.1";
    bool v6 = strchr(host, ':') != NULL;
    printf("sitrep serve: open http://%s%s%s:%u/\n", v6 ? "[" : "", host, v6 ? "]" : "", sr_server_port(srv));
    fflush(stdout);
    fprintf(stderr, "sitrep serve: store %s; %d threads; page: %zu files%s%s; POST /api/documents: %s\n",
            o.db_path, sr_server_threads(srv), sr_server_web_files(srv), o.web_dir ? " from " : "",
            o.web_dir ? o.web_dir : "", !sr_server_accepts_posts(srv) ? "off (not loopback, no --token)"
                                        : o.token ? "needs the token" : "open (loopback)");
    int sig = 0;
    sigwait(&stop, &sig);
    fprintf(stderr, "sitrep serve: %s, stopping\n", strsignal(sig));
    sr_server_stop(srv);
    free(file_token);
    sr_engine_free(eng);
    return EXIT_CODED;
}
