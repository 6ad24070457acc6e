/*
 * cmd_kafka.c — `sitrep kafka`: one member of a Kafka consumer group that
 * codes articles from an input topic into records on an output topic.
 *
 * Place in the pipeline: the outermost layer, like `sitrep code`, with Kafka
 * in place of files and stdout.  Each input message is one article (a JSON
 * object as in `sitrep code --jsonl`, or plain text); it goes through the
 * same engine and worker calls as `sitrep code` (sr_code_document with an
 * emit callback), and every record the callback receives is produced to the
 * output topic, keyed by its id (`id` of doc and event records; `doc`, else
 * `input`, of error records).
 *
 * Delivery: at-least-once.  Offsets are never stored automatically; the
 * ledger (kafka_offsets.c) moves a partition's commit point past a message
 * only when all its records, and those of every earlier message of the
 * partition, have been acknowledged by the brokers, and only then is that
 * point stored for librdkafka's periodic commit.  On a revoke (rebalance) and
 * on SIGINT/SIGTERM the member waits for pending deliveries and commits
 * synchronously what is done.  What was delivered but not committed when a
 * member dies is coded again by the member that takes its partitions over;
 * record ids are deterministic (document id, evidence offsets, lexicon
 * version), so the output is the same records again.
 *
 * Threads: one.  librdkafka runs its own threads, but every callback this
 * file installs that touches the member (rebalance, delivery reports) is
 * served from rd_kafka_consumer_poll / rd_kafka_poll / rd_kafka_flush on the
 * polling thread; the log callback only writes to stderr.  Scale out by
 * running more members (one per core), up to the number of input partitions.
 */
#include <getopt.h>
#include <librdkafka/rdkafka.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>

#include "../io/reader.h"
#include "cli.h"
#include "kafka_key.h"
#include "kafka_offsets.h"

/* How long startup waits for the brokers to answer a metadata request. */
#define CONNECT_TIMEOUT_MS 10000
/* How long a revoke waits for pending deliveries before giving up the
 * partitions uncommitted (well under max.poll.interval.ms). */
#define REVOKE_FLUSH_MS 10000
/* How long a stop waits for pending deliveries. */
#define STOP_FLUSH_MS 30000
/* The consumer poll interval: how quickly a signal is noticed. */
#define POLL_MS 100

static volatile sig_atomic_t stop_signal;

static void on_stop_signal(int sig)
{
    stop_signal = sig;
}

typedef enum input_mode { INPUT_AUTO, INPUT_JSON, INPUT_TEXT } input_mode;

typedef struct member {
    /* options */
    const char *brokers, *in_topic, *out_topic, *group;
    const char *date, *lang;
    input_mode mode;
    bool quiet;

    sr_worker *worker;
    sr_jsonl_scratch *scratch;   /* JSON messages */
    sr_kafka_key key;            /* the key of each output record */
    rd_kafka_t *consumer, *producer;
    rd_kafka_topic_t *out;
    sr_kafka_offsets *ledger;
    sr_kafka_ticket *ticket;     /* the message being coded */
    bool all_brokers_down;       /* set by the error callback */

    long messages, records, errors;
    bool broken;                 /* a failure that stops the member */
    char why[512];               /* the first such failure */
} member;

static void kafka_usage(FILE *f)
{
    fputs("usage: sitrep kafka --brokers LIST --in TOPIC --out TOPIC --group ID [options]\n"
          "\n"
          "Run as one member of a Kafka consumer group: read articles from the input\n"
          "topic, code each one, and write its records (doc, event and error records,\n"
          "one JSON object per message, as `sitrep code` writes them) to the output\n"
          "topic, keyed by record id.  An input offset is committed only after every\n"
          "record of that message, and of all messages before it in its partition, has\n"
          "been delivered (at-least-once); record ids are deterministic, so a message\n"
          "coded twice gives the same records twice.  Runs until SIGINT or SIGTERM, then\n"
          "delivers what is pending, commits and leaves the group.\n"
          "\n"
          "A message that starts with '{' is a JSON object {\"id\",\"text\"[,\"date\",\"url\",\n"
          "\"source\",\"title\",\"lang\"]} as for `sitrep code --jsonl`; any other message is\n"
          "the plain text of one article, with id TOPIC/PARTITION/OFFSET.  A message that\n"
          "cannot be read gives an error record naming it as TOPIC/PARTITION/OFFSET.\n"
          "\n"
          "options:\n"
          "  --brokers LIST     bootstrap brokers, HOST:PORT[,HOST:PORT...]\n"
          "  --in TOPIC         topic to read articles from (must exist)\n"
          "  --out TOPIC        topic to write records to (must exist)\n"
          "  --group ID         consumer group; its members share the input partitions\n"
          "  --jsonl-input      every message is a JSON object; anything else is an error\n"
          "  --text             every message is plain text\n"
          "  --date YYYY-MM-DD  the articles' date (a JSON message's own date wins);\n"
          "                     without it the date is inferred from the text\n"
          "  --lang en|tr       the articles' language (default: detected per paragraph)\n"
          "  --data DIR         lexicons and tables (default: $SITREP_DATA or the build's data/)\n"
          "  -X KEY=VALUE       a librdkafka property for both clients, or for one with a\n"
          "                     consumer. or producer. prefix (-X producer.compression.type=lz4);\n"
          "                     sitrep sets auto.offset.reset=earliest and\n"
          "                     enable.idempotence=true, which -X may change\n"
          "  -q, --quiet        no partition messages or summary on stderr\n"
          "  -h, --help         this help\n"
          "\n"
          "exit: 0 stopped by a signal, every message coded; 1 stopped, some messages\n"
          "      gave error records; 2 usage; 3 data could not be loaded; 4 Kafka failed\n"
          "      (no broker reachable, a topic missing, a record not delivered: its\n"
          "      input was not committed and will be coded again)\n",
          f);
}

__attribute__((format(printf, 2, 3)))
static void fail(member *m, const char *fmt, ...)
{
    if (!m->broken) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(m->why, sizeof m->why, fmt, ap);
        va_end(ap);
    }
    m->broken = true;
}

/* ---- configuration ---- */

/* Properties sitrep sets itself, which -X may not change, and why. */
static const char *const OWN_PROPERTIES[][2] = {
    {"bootstrap.servers", "use --brokers"},
    {"group.id", "use --group"},
    {"enable.auto.offset.store", "sitrep stores an offset once its output is delivered"},
};

static bool set_property(rd_kafka_conf_t *conf, const char *key, const char *value, const char *source)
{
    char err[512];
    if (rd_kafka_conf_set(conf, key, value, err, sizeof err) != RD_KAFKA_CONF_OK) {
        fprintf(stderr, "sitrep kafka: %s %s=%s: %s\n", source, key, value, err);
        return false;
    }
    return true;
}

/* The key after a consumer. or producer. prefix. */
static const char *unprefixed(const char *key)
{
    if (!strncmp(key, "consumer.", 9) || !strncmp(key, "producer.", 9))
        return key + 9;
    return key;
}

/* Apply the -X properties meant for this client: unprefixed ones, and those
 * with this client's prefix (stripped). */
static bool apply_user_properties(rd_kafka_conf_t *conf, const char *prefix, char **props, int n_props)
{
    for (int i = 0; i < n_props; i++) {
        char *eq = strchr(props[i], '=');
        *eq = '\0';
        const char *key = unprefixed(props[i]);
        bool mine = key == props[i] || !strncmp(props[i], prefix, strlen(prefix));
        bool ok = !mine || set_property(conf, key, eq + 1, "-X");
        *eq = '=';
        if (!ok)
            return false;
    }
    return true;
}

/* librdkafka's log lines, prefixed.  An unprefixed -X property goes to both
 * clients, so the warning that one of them does not use it is expected and
 * dropped. */
static void log_line(const rd_kafka_t *rk, int level, const char *fac, const char *buf)
{
    const member *m = rd_kafka_opaque(rk);
    if (!strcmp(fac, "CONFWARN") && strstr(buf, " property and will be ignored by this "))
        return;
    if (level <= LOG_ERR || (level <= LOG_WARNING && !m->quiet))
        fprintf(stderr, "sitrep kafka: %s: %s: %s\n", rd_kafka_name(rk), fac, buf);
}

static void on_error(rd_kafka_t *rk, int err, const char *reason, void *opaque)
{
    member *m = opaque;
    if (err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN)
        m->all_brokers_down = true;
    if (rd_kafka_fatal_error(rk, NULL, 0))
        fail(m, "%s: fatal error: %s", rd_kafka_name(rk), reason);
    else if (!m->quiet && err != RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN && err != RD_KAFKA_RESP_ERR__TRANSPORT)
        fprintf(stderr, "sitrep kafka: %s: %s\n", rd_kafka_name(rk), reason); /* the log line said the rest */
}

static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *msg, void *opaque)
{
    member *m = opaque;
    (void)rk;
    if (msg->err)
        fail(m, "a record could not be delivered to '%s': %s", m->out_topic, rd_kafka_err2str(msg->err));
    sr_kafka_ticket_delivered(msg->_private, msg->err == RD_KAFKA_RESP_ERR_NO_ERROR);
}

static void on_rebalance(rd_kafka_t *rk, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *parts,
                         void *opaque);

static rd_kafka_conf_t *client_conf(member *m, bool consumer, char **props, int n_props)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    /* defaults -X may change: a new group reads the backlog; retries neither
     * duplicate nor reorder records; the producer queue, and so memory, is
     * bounded at 64 MB (a full queue makes coding wait for the brokers) */
    bool ok = set_property(conf, "client.id", "sitrep", "setting");
    if (consumer)
        ok = ok && set_property(conf, "auto.offset.reset", "earliest", "setting");
    else
        ok = ok && set_property(conf, "enable.idempotence", "true", "setting") &&
             set_property(conf, "queue.buffering.max.kbytes", "65536", "setting");
    ok = ok && apply_user_properties(conf, consumer ? "consumer." : "producer.", props, n_props) &&
         set_property(conf, "bootstrap.servers", m->brokers, "--brokers");
    if (consumer)
        ok = ok && set_property(conf, "group.id", m->group, "--group") &&
             set_property(conf, "enable.auto.offset.store", "false", "setting");
    if (!ok) {
        rd_kafka_conf_destroy(conf);
        return NULL;
    }
    rd_kafka_conf_set_opaque(conf, m);
    rd_kafka_conf_set_log_cb(conf, log_line);
    rd_kafka_conf_set_error_cb(conf, on_error);
    if (consumer)
        rd_kafka_conf_set_rebalance_cb(conf, on_rebalance);
    else
        rd_kafka_conf_set_dr_msg_cb(conf, on_delivery);
    return conf;
}

/* ---- offsets ---- */

typedef struct offset_list {
    const char *topic;
    rd_kafka_topic_partition_list_t *list;   /* made on the first partition */
} offset_list;

static void add_partition(void *ctx, int32_t partition, int64_t next)
{
    offset_list *c = ctx;
    if (!c->list)
        c->list = rd_kafka_topic_partition_list_new(4);
    rd_kafka_topic_partition_list_add(c->list, c->topic, partition)->offset = next;
}

/* Store the commit points that moved, for librdkafka's next commit. */
static void store_offsets(member *m)
{
    offset_list c = {m->in_topic, NULL};
    if (!sr_kafka_offsets_take(m->ledger, add_partition, &c))
        return;
    rd_kafka_resp_err_t err = rd_kafka_offsets_store(m->consumer, c.list);
    /* __STATE: the partition was revoked meanwhile; its new owner reads it again */
    if (err && err != RD_KAFKA_RESP_ERR__STATE && !m->quiet)
        fprintf(stderr, "sitrep kafka: cannot store offsets: %s\n", rd_kafka_err2str(err));
    rd_kafka_topic_partition_list_destroy(c.list);
}

/* Wait up to ms for pending deliveries, store what is done and commit it. */
static void settle(member *m, int ms)
{
    rd_kafka_flush(m->producer, ms);
    store_offsets(m);
    rd_kafka_resp_err_t err = rd_kafka_commit(m->consumer, NULL, 0);
    if (err && err != RD_KAFKA_RESP_ERR__NO_OFFSET && !m->quiet)
        fprintf(stderr, "sitrep kafka: cannot commit offsets: %s\n", rd_kafka_err2str(err));
}

static void say_partitions(const member *m, const char *what, const rd_kafka_topic_partition_list_t *parts)
{
    if (m->quiet)
        return;
    fprintf(stderr, "sitrep kafka: %s", what);
    for (int i = 0; i < parts->cnt; i++)
        fprintf(stderr, " %s/%d", parts->elems[i].topic, (int)parts->elems[i].partition);
    fputc('\n', stderr);
}

static void on_rebalance(rd_kafka_t *rk, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *parts,
                         void *opaque)
{
    member *m = opaque;
    bool cooperative = !strcmp(rd_kafka_rebalance_protocol(rk), "COOPERATIVE");
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        say_partitions(m, "assigned", parts);
        if (cooperative) {
            rd_kafka_error_t *e = rd_kafka_incremental_assign(rk, parts);
            if (e) {
                fail(m, "cannot take the assigned partitions: %s", rd_kafka_error_string(e));
                rd_kafka_error_destroy(e);
            }
        } else {
            rd_kafka_assign(rk, parts);
        }
        return;
    }
    if (err == RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS) {
        /* A lost assignment (session timed out) cannot commit; the new owner
         * reads from the last commit and codes the rest again. */
        if (!rd_kafka_assignment_lost(rk))
            settle(m, REVOKE_FLUSH_MS);
        for (int i = 0; i < parts->cnt; i++)
            sr_kafka_offsets_revoke(m->ledger, parts->elems[i].partition);
        say_partitions(m, rd_kafka_assignment_lost(rk) ? "lost" : "revoked", parts);
    } else {
        fprintf(stderr, "sitrep kafka: rebalance failed: %s\n", rd_kafka_err2str(err));
    }
    if (cooperative) {
        rd_kafka_error_t *e = rd_kafka_incremental_unassign(rk, parts);
        if (e)
            rd_kafka_error_destroy(e);
    } else {
        rd_kafka_assign(rk, NULL);
    }
}

/* ---- coding ---- */

/* The emit callback: one record, one output message. */
static int produce_record(void *ctx, const char *json, size_t len)
{
    member *m = ctx;
    const char *key = NULL;
    size_t key_len = 0;
    sr_kafka_key_of(&m->key, json, len, &key, &key_len);
    rd_kafka_resp_err_t err;
    while ((err = rd_kafka_producev(m->producer, RD_KAFKA_V_RKT(m->out),
                                    RD_KAFKA_V_KEY(key, key_len),
                                    RD_KAFKA_V_VALUE((void *)json, len), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                                    RD_KAFKA_V_OPAQUE(m->ticket), RD_KAFKA_V_END)) == RD_KAFKA_RESP_ERR__QUEUE_FULL &&
           !sr_kafka_offsets_failed(m->ledger))
        rd_kafka_poll(m->producer, POLL_MS); /* deliveries make room */
    if (err) {
        fail(m, "cannot produce to '%s': %s", m->out_topic, rd_kafka_err2str(err));
        return -1;
    }
    sr_kafka_ticket_add(m->ticket);
    m->records++;
    return 0;
}

static bool starts_like_json(const char *p, size_t len)
{
    size_t i = 0;
    while (i < len && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
        i++;
    return i < len && p[i] == '{';
}

static void code_message(member *m, const rd_kafka_message_t *msg)
{
    char where[320];
    snprintf(where, sizeof where, "%s/%d/%lld", rd_kafka_topic_name(msg->rkt), (int)msg->partition,
             (long long)msg->offset);
    m->ticket = sr_kafka_offsets_begin(m->ledger, msg->partition, msg->offset);
    if (!m->ticket) {
        fail(m, "out of memory");
        return;
    }
    const char *text = msg->payload ? msg->payload : "";
    size_t len = msg->payload ? msg->len : 0;
    bool as_json = m->mode == INPUT_JSON || (m->mode == INPUT_AUTO && starts_like_json(text, len));
    sr_document d;
    memset(&d, 0, sizeof d);
    sr_status st = SR_OK;
    const char *reason = NULL;
    long long off = -1;
    if (as_json && !sr_jsonl_parse_line(m->scratch, text, len, &d, &reason, &off)) {
        if (!strcmp(reason, "out of memory")) {
            st = SR_ENOMEM;
        } else {
            if (!m->quiet)
                fprintf(stderr, "sitrep kafka: %s: %s\n", where, reason);
            st = sr_emit_error(where, 0, off, d.id, reason, produce_record, m);
            m->errors++;
        }
    } else {
        if (!as_json) {
            d.text = text;
            d.text_len = len;
        }
        if (!d.id)
            d.id = where;
        d.input_name = where;
        if (!d.date)
            d.date = m->date;
        if (!d.lang)
            d.lang = m->lang;
        st = sr_code_document(m->worker, &d, produce_record, m);
        if (st == SR_EINPUT)
            m->errors++;
    }
    m->messages++;
    if (st != SR_OK && st != SR_EINPUT) {
        /* its records may be incomplete: never commit past it */
        sr_kafka_ticket_lose(m->ticket);
        if (st == SR_ENOMEM)
            fail(m, "out of memory coding %s", where);
        else
            fail(m, "%s could not be coded: %s", where, sr_status_text(st)); /* produce_record said why first */
    }
    sr_kafka_ticket_close(m->ticket);
    m->ticket = NULL;
}

/* An error the consumer hands out in place of a message.  Most are
 * transient (librdkafka reconnects); a topic that vanished or a refusal is
 * not. */
static void consumer_error(member *m, const rd_kafka_message_t *msg)
{
    switch (msg->err) {
    case RD_KAFKA_RESP_ERR__PARTITION_EOF: /* -X enable.partition.eof=true */
        break;
    case RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART:
    case RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED:
    case RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED:
        fail(m, "consumer: %s", rd_kafka_message_errstr(msg));
        break;
    default:
        if (rd_kafka_fatal_error(m->consumer, NULL, 0))
            fail(m, "consumer: %s", rd_kafka_message_errstr(msg));
        else if (!m->quiet)
            fprintf(stderr, "sitrep kafka: consumer: %s\n", rd_kafka_message_errstr(msg));
    }
}

/* ---- life cycle ---- */

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Ask the brokers whether the topic exists; false (with m->why) when no
 * broker answers or it does not. */
static bool check_topic(member *m, const char *topic, const char *role)
{
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(m->consumer, topic, NULL);
    if (!rkt) {
        fail(m, "%s topic '%s': %s", role, topic, rd_kafka_err2str(rd_kafka_last_error()));
        return false;
    }
    long long deadline = now_ms() + CONNECT_TIMEOUT_MS;
    const struct rd_kafka_metadata *md = NULL;
    rd_kafka_resp_err_t err;
    while ((err = rd_kafka_metadata(m->consumer, 0, rkt, &md, 500)) != RD_KAFKA_RESP_ERR_NO_ERROR) {
        rd_kafka_message_t *msg = rd_kafka_consumer_poll(m->consumer, 0); /* serves on_error */
        if (msg)
            rd_kafka_message_destroy(msg);
        if (m->all_brokers_down || now_ms() >= deadline || stop_signal)
            break;
    }
    bool ok = false;
    if (err)
        fail(m, "no broker of '%s' answers: %s", m->brokers,
             m->all_brokers_down ? rd_kafka_err2str(RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN) : rd_kafka_err2str(err));
    else if (md->topic_cnt != 1 || md->topics[0].err)
        fail(m, "%s topic '%s' is not on '%s': %s", role, topic, m->brokers,
             rd_kafka_err2str(md->topic_cnt == 1 ? md->topics[0].err : RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART));
    else
        ok = true;
    if (md)
        rd_kafka_metadata_destroy(md);
    rd_kafka_topic_destroy(rkt);
    return ok;
}

/* Create both clients; false with a message on stderr (usage error) or in
 * m->why (Kafka failure). */
static bool connect_clients(member *m, char **props, int n_props, bool *usage_error)
{
    char err[512];
    *usage_error = true;
    rd_kafka_conf_t *pconf = client_conf(m, false, props, n_props);
    if (!pconf)
        return false;
    m->producer = rd_kafka_new(RD_KAFKA_PRODUCER, pconf, err, sizeof err);
    if (!m->producer) {
        rd_kafka_conf_destroy(pconf);
        fprintf(stderr, "sitrep kafka: producer: %s\n", err);
        return false;
    }
    rd_kafka_conf_t *cconf = client_conf(m, true, props, n_props);
    if (!cconf)
        return false;
    m->consumer = rd_kafka_new(RD_KAFKA_CONSUMER, cconf, err, sizeof err);
    if (!m->consumer) {
        rd_kafka_conf_destroy(cconf);
        fprintf(stderr, "sitrep kafka: consumer: %s\n", err);
        return false;
    }
    *usage_error = false;
    rd_kafka_poll_set_consumer(m->consumer);
    if (!check_topic(m, m->in_topic, "input") || !check_topic(m, m->out_topic, "output"))
        return false;
    m->out = rd_kafka_topic_new(m->producer, m->out_topic, NULL);
    if (!m->out) {
        fail(m, "output topic '%s': %s", m->out_topic, rd_kafka_err2str(rd_kafka_last_error()));
        return false;
    }
    rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(topics, m->in_topic, RD_KAFKA_PARTITION_UA);
    rd_kafka_resp_err_t e = rd_kafka_subscribe(m->consumer, topics);
    rd_kafka_topic_partition_list_destroy(topics);
    if (e) {
        fail(m, "cannot subscribe to '%s': %s", m->in_topic, rd_kafka_err2str(e));
        return false;
    }
    return true;
}

static void run(member *m)
{
    while (!stop_signal && !m->broken) {
        rd_kafka_message_t *msg = rd_kafka_consumer_poll(m->consumer, POLL_MS);
        rd_kafka_poll(m->producer, 0);
        if (msg) {
            if (msg->err)
                consumer_error(m, msg);
            else
                code_message(m, msg);
            rd_kafka_message_destroy(msg);
        }
        store_offsets(m);
    }
}

/* Deliver what is pending, commit it, leave the group, and release both
 * clients.  Returns how many messages' output was not delivered. */
static size_t stop_clients(member *m)
{
    size_t undelivered = 0;
    if (m->consumer && m->producer && m->out) {
        settle(m, STOP_FLUSH_MS);
        rd_kafka_consumer_close(m->consumer); /* revokes: settles again, now with nothing pending */
    }
    if (m->producer) {
        rd_kafka_purge(m->producer, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
        rd_kafka_poll(m->producer, 0); /* reports the purged records as lost */
        undelivered = sr_kafka_offsets_in_flight(m->ledger);
    }
    if (m->out)
        rd_kafka_topic_destroy(m->out);
    if (m->consumer)
        rd_kafka_destroy(m->consumer);
    if (m->producer)
        rd_kafka_destroy(m->producer);
    return undelivered;
}

/* Parse and check the options into m, props and *data_dir.  Returns -1 to go
 * on, else the exit code (help printed, or a usage error said). */
static int parse_options(member *m, int argc, char **argv, char **props, int *n_props, const char **data_dir)
{
    enum { OPT_BROKERS = 256, OPT_IN, OPT_OUT, OPT_GROUP, OPT_JSON, OPT_TEXT, OPT_DATE, OPT_LANG, OPT_DATA };
    static const struct option longopts[] = {
        {"brokers", required_argument, NULL, OPT_BROKERS}, {"in", required_argument, NULL, OPT_IN},
        {"out", required_argument, NULL, OPT_OUT},         {"group", required_argument, NULL, OPT_GROUP},
        {"jsonl-input", no_argument, NULL, OPT_JSON},      {"text", no_argument, NULL, OPT_TEXT},
        {"date", required_argument, NULL, OPT_DATE},       {"lang", required_argument, NULL, OPT_LANG},
        {"data", required_argument, NULL, OPT_DATA},       {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},                  {NULL, 0, NULL, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "X:qh", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_BROKERS: m->brokers = optarg; break;
        case OPT_IN: m->in_topic = optarg; break;
        case OPT_OUT: m->out_topic = optarg; break;
        case OPT_GROUP: m->group = optarg; break;
        case OPT_JSON: m->mode = INPUT_JSON; break;
        case OPT_TEXT: m->mode = INPUT_TEXT; break;
        case OPT_DATE: m->date = optarg; break;
        case OPT_LANG: m->lang = optarg; break;
        case OPT_DATA: *data_dir = optarg; break;
        case 'X': props[(*n_props)++] = optarg; break;
        case 'q': m->quiet = true; break;
        case 'h': kafka_usage(stdout); return EXIT_CODED;
        default: kafka_usage(stderr); return EXIT_USAGE;
        }
    }
    const char *missing = !m->brokers ? "--brokers" : !m->in_topic ? "--in" : !m->out_topic ? "--out"
                        : !m->group ? "--group" : NULL;
    if (missing) {
        fprintf(stderr, "sitrep kafka: %s is required (sitrep kafka --help)\n", missing);
        return EXIT_USAGE;
    }
    if (optind < argc) {
        fprintf(stderr, "sitrep kafka: unexpected argument '%s': input comes from --in\n", argv[optind]);
        return EXIT_USAGE;
    }
    if (!sr_cli_check_date_lang("kafka", m->date, m->lang)) return EXIT_USAGE;
    for (int i = 0; i < *n_props; i++) {
        const char *eq = strchr(props[i], '=');
        if (!eq || eq == props[i]) {
            fprintf(stderr, "sitrep kafka: -X wants KEY=VALUE, got '%s'\n", props[i]);
            return EXIT_USAGE;
        }
        const char *key = unprefixed(props[i]);
        for (size_t k = 0; k < sizeof OWN_PROPERTIES / sizeof *OWN_PROPERTIES; k++) {
            size_t n = strlen(OWN_PROPERTIES[k][0]);
            if (!strncmp(key, OWN_PROPERTIES[k][0], n) && key[n] == '=') {
                fprintf(stderr, "sitrep kafka: -X %s: %s\n", OWN_PROPERTIES[k][0], OWN_PROPERTIES[k][1]);
                return EXIT_USAGE;
            }
        }
    }
    return -1;
}

/* Run the member with parsed options until a signal or a failure; the exit
 * code. */
static int run_member(member *m, const char *data_dir, char **props, int n_props)
{
    sr_engine *eng = sr_cli_engine(data_dir);
    if (!eng)
        return EXIT_DATA;
    int rc;
    m->ledger = sr_kafka_offsets_new();
    m->scratch = sr_jsonl_scratch_new();
    if (!m->ledger || !m->scratch || sr_worker_new(eng, &m->worker) != SR_OK) {
        fputs("sitrep kafka: out of memory\n", stderr);
        rc = EXIT_IO;
    } else {
        bool usage_error = false;
        bool connected = connect_clients(m, props, n_props, &usage_error);
        if (connected) {
            struct sigaction sa = {.sa_handler = on_stop_signal};
            sigemptyset(&sa.sa_mask);
            sigaction(SIGINT, &sa, NULL);
            sigaction(SIGTERM, &sa, NULL);
            if (!m->quiet)
                fprintf(stderr, "sitrep kafka: member of group '%s', %s -> %s on %s\n", m->group, m->in_topic,
                        m->out_topic, m->brokers);
            run(m);
        }
        size_t undelivered = stop_clients(m);
        if (usage_error) {
            rc = EXIT_USAGE;
        } else if (m->broken) {
            fprintf(stderr, "sitrep kafka: %s\n", m->why);
            rc = EXIT_IO;
        } else {
            rc = m->errors ? EXIT_SOME_ERRORS : EXIT_CODED;
        }
        if (undelivered)
            fprintf(stderr, "sitrep kafka: the output of %zu messages was not delivered; they are not committed "
                            "and will be coded again\n", undelivered);
        if (!m->quiet && connected)
            fprintf(stderr, "sitrep kafka: %ld messages, %ld records, %ld errors\n", m->messages, m->records,
                    m->errors);
    }
    sr_kafka_offsets_free(m->ledger);
    sr_kafka_key_release(&m->key);
    sr_jsonl_scratch_free(m->scratch);
    sr_worker_free(m->worker);
    sr_engine_free(eng);
    return rc;
}

/* Contract: see cli.h. */
int sr_cmd_kafka(int argc, char **argv)
{
    member m = {.mode = INPUT_AUTO};
    const char *data_dir = NULL;
    char **props = calloc((size_t)argc, sizeof *props);
    int n_props = 0;
    if (!props) {
        fputs("sitrep kafka: out of memory\n", stderr);
        return EXIT_IO;
    }
    int rc = parse_options(&m, argc, argv, props, &n_props, &data_dir);
    if (rc < 0)
        rc = run_member(&m, data_dir, props, n_props);
    free(props);
    return rc;
}
