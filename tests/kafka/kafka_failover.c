/*
 * kafka_failover.c — the failover test of `sitrep kafka` on librdkafka's
 * mock cluster (no broker to install).
 *
 * Place in the project: a test driver run by tests/cli/kafka_failover.sh,
 * which compares what it collects with a clean run of `sitrep code --jsonl`.
 *
 *   kafka_failover SITREP WORKDIR FILE...
 *
 * Starts a mock cluster of 3 brokers with an input topic and an output topic
 * of 4 partitions each, and two `SITREP kafka` processes in one consumer
 * group, committing every 200 ms.  Partition 0 of the output topic is led by
 * broker 1; everything else (the other partitions, the group coordinator) by
 * brokers 2 and 3.  Then, with each FILE produced under several new ids as
 * JSON messages spread over every input partition:
 *
 *   1. the first third of the articles is produced and coded;
 *   2. broker 1 goes down, so records keyed to output partition 0 cannot be
 *      delivered, and the second third is produced: each member codes its
 *      share, and most of those messages have some records delivered and
 *      some stuck;
 *   3. member A is killed with SIGKILL, broker 1 comes back, and the rest is
 *      produced: more JSON articles, one plain-text article, two malformed
 *      messages;
 *   4. member B takes A's partitions over (after the 3 s session timeout) and
 *      codes again, from A's last commit, every message whose output A had
 *      not fully delivered; then it gets SIGTERM, and must exit 1 (some
 *      messages gave error records) having committed every input offset.
 *
 * Had A committed an offset before that message's records were delivered,
 * the records stuck in A's queue would be missing from the output, which
 * tests/cli/kafka_failover.sh checks along with the rest.
 *
 * Writes into WORKDIR:
 *   input.jsonl     the articles as `sitrep code --jsonl` input (the plain-text
 *                   one under the id it gets in Kafka, TOPIC/PARTITION/OFFSET)
 *   malformed.txt   TOPIC/PARTITION/OFFSET of each malformed message (the
 *                   error record's "input")
 *   output.jsonl    every record read from the output topic, duplicates and all
 *                   (each checked to be keyed by its id, or for error records
 *                   its doc, else its input)
 *   member-a.log, member-b.log   the members' stderr
 * and exits 0 when the run went as described, 77 when the mock cluster is
 * unavailable, 1 otherwise (saying why).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <json-c/json.h>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define IN_TOPIC "articles"
#define OUT_TOPIC "records"
#define GROUP "sitrep-failover"
#define PARTITIONS 4
#define COPIES 6            /* each FILE is produced under this many ids */
#define STALLED_BROKER 1    /* leads output partition 0 only */
#define STEP_TIMEOUT_S 60

static const char *workdir;
static pid_t members[2];

__attribute__((format(printf, 1, 2), noreturn))
static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("kafka_failover: ", stdout);
    vprintf(fmt, ap);
    va_end(ap);
    putchar('\n');
    for (int i = 0; i < 2; i++)
        if (members[i] > 0)
            kill(members[i], SIGKILL);
    exit(1);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *path_in_workdir(const char *name)
{
    char *p;
    if (asprintf(&p, "%s/%s", workdir, name) < 0)
        die("out of memory");
    return p;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        die("cannot open %s: %s", path, strerror(errno));
    char *buf = NULL;
    size_t cap = 0;
    *len = 0;
    for (;;) {
        if (*len + 4096 + 1 > cap) {
            cap = (cap + 4096) * 2;
            buf = realloc(buf, cap);
            if (!buf)
                die("out of memory");
        }
        size_t got = fread(buf + *len, 1, 4096, f);
        *len += got;
        if (got < 4096)
            break;
    }
    fclose(f);
    buf[*len] = '\0';
    return buf;
}

/* How many lines of the file start with prefix. */
static int count_lines(const char *path, const char *prefix)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    char line[4096];
    int n = 0;
    while (fgets(line, sizeof line, f))
        if (!strncmp(line, prefix, strlen(prefix)))
            n++;
    fclose(f);
    return n;
}

/* ---- the messages ---- */

typedef struct message {
    char *payload;
    size_t len;
    int32_t partition;
    char *expect;       /* the doc id, or the error record's key, it must give; NULL:
                           its coordinates (plain text, or malformed without an id) */
    bool plain;
    bool malformed;
    char where[64];     /* TOPIC/PARTITION/OFFSET, set by the delivery report */
} message;

static message *messages;
static int n_messages;

static message *add_message(char *payload, size_t len, const char *expect)
{
    messages = realloc(messages, (size_t)(n_messages + 1) * sizeof *messages);
    if (!messages)
        die("out of memory");
    message *m = &messages[n_messages];
    *m = (message){.payload = payload, .len = len, .partition = n_messages % PARTITIONS};
    m->expect = expect ? strdup(expect) : NULL;
    n_messages++;
    return m;
}

static char *json_article(const char *id, const char *text, size_t len, size_t *out_len)
{
    json_object *o = json_object_new_object();
    json_object_object_add(o, "id", json_object_new_string(id));
    json_object_object_add(o, "text", json_object_new_string_len(text, (int)len));
    const char *s = json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN);
    char *copy = strdup(s);
    *out_len = strlen(copy);
    json_object_put(o);
    return copy;
}

static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *msg, void *opaque)
{
    (void)rk;
    (void)opaque;
    message *m = msg->_private;
    if (msg->err)
        die("cannot produce to the mock cluster: %s", rd_kafka_err2str(msg->err));
    snprintf(m->where, sizeof m->where, "%s/%d/%lld", IN_TOPIC, (int)msg->partition, (long long)msg->offset);
    if (!m->expect && !(m->expect = strdup(m->where)))
        die("out of memory");
}

static void produce_range(rd_kafka_t *producer, int from, int to)
{
    for (int i = from; i < to; i++) {
        message *m = &messages[i];
        rd_kafka_resp_err_t err = rd_kafka_producev(
            producer, RD_KAFKA_V_TOPIC(IN_TOPIC), RD_KAFKA_V_PARTITION(m->partition),
            RD_KAFKA_V_VALUE(m->payload, m->len), RD_KAFKA_V_OPAQUE(m), RD_KAFKA_V_END);
        if (err)
            die("produce: %s", rd_kafka_err2str(err));
    }
    if (rd_kafka_flush(producer, STEP_TIMEOUT_S * 1000))
        die("the mock cluster did not take the articles");
}

/* ---- the output topic ---- */

typedef struct output {
    rd_kafka_t *consumer;
    FILE *file;
    char **seen;        /* doc ids and error keys seen so far */
    int n_seen;
    long records;
} output;

static bool seen(const output *o, const char *key)
{
    for (int i = 0; i < o->n_seen; i++)
        if (!strcmp(o->seen[i], key))
            return true;
    return false;
}

static void note(output *o, const char *key)
{
    if (seen(o, key))
        return;
    o->seen = realloc(o->seen, (size_t)(o->n_seen + 1) * sizeof *o->seen);
    if (!o->seen || !(o->seen[o->n_seen] = strdup(key)))
        die("out of memory");
    o->n_seen++;
}

/* Read what the output topic has for up to ms; note doc ids and error keys. */
static void read_output(output *o, int ms)
{
    double until = now_s() + ms / 1000.0;
    do {
        rd_kafka_message_t *msg = rd_kafka_consumer_poll(o->consumer, 100);
        if (!msg)
            continue;
        if (msg->err) {
            if (msg->err != RD_KAFKA_RESP_ERR__PARTITION_EOF)
                die("reading the output topic: %s", rd_kafka_message_errstr(msg));
            rd_kafka_message_destroy(msg);
            continue;
        }
        fwrite(msg->payload, 1, msg->len, o->file);
        fputc('\n', o->file);
        o->records++;
        char *copy = strndup(msg->payload, msg->len); /* the payload is not NUL-terminated */
        json_object *rec = copy ? json_tokener_parse(copy) : NULL;
        free(copy);
        json_object *kind, *field;
        if (!rec || !json_object_object_get_ex(rec, "kind", &kind))
            die("output record is not a JSON object: %.*s", (int)msg->len, (const char *)msg->payload);
        /* its key: "id", else "doc", else "input" */
        const char *key = NULL;
        if (json_object_object_get_ex(rec, "id", &field) && json_object_is_type(field, json_type_string))
            key = json_object_get_string(field);
        else if (json_object_object_get_ex(rec, "doc", &field) && json_object_is_type(field, json_type_string))
            key = json_object_get_string(field);
        else if (json_object_object_get_ex(rec, "input", &field) && json_object_is_type(field, json_type_string))
            key = json_object_get_string(field);
        if (!key || msg->key_len != strlen(key) || memcmp(msg->key, key, msg->key_len))
            die("record keyed '%.*s', want '%s': %.*s", (int)msg->key_len, (const char *)msg->key,
                key ? key : "(none)", (int)msg->len, (const char *)msg->payload);
        const char *k = json_object_get_string(kind);
        if (!strcmp(k, "doc") || !strcmp(k, "error"))
            note(o, key);
        json_object_put(rec);
        rd_kafka_message_destroy(msg);
    } while (now_s() < until);
}

/* Read the output until every message in [from, to) has its records. */
static void wait_for_output(output *o, int from, int to, const char *what)
{
    double until = now_s() + STEP_TIMEOUT_S;
    for (;;) {
        int missing = 0;
        const char *example = NULL;
        for (int i = from; i < to; i++) {
            if (!seen(o, messages[i].expect)) {
                missing++;
                example = messages[i].expect;
            }
        }
        if (!missing)
            return;
        if (now_s() > until)
            die("%s: %d of %d messages have no records after %d s (e.g. %s)", what, missing, to - from,
                STEP_TIMEOUT_S, example);
        read_output(o, 200);
    }
}

/* Read the output until, in every input partition, some message of [from,
 * to) has its records: every member has coded part of its share. */
static void wait_for_each_partition(output *o, int from, int to, const char *what)
{
    double until = now_s() + STEP_TIMEOUT_S;
    for (;;) {
        bool coded[PARTITIONS] = {false};
        int partitions = 0;
        for (int i = from; i < to; i++) {
            if (!coded[messages[i].partition] && seen(o, messages[i].expect)) {
                coded[messages[i].partition] = true;
                partitions++;
            }
        }
        if (partitions == PARTITIONS)
            return;
        if (now_s() > until)
            die("%s: records from %d of %d input partitions after %d s", what, partitions, PARTITIONS,
                STEP_TIMEOUT_S);
        read_output(o, 200);
    }
}

/* ---- the members ---- */

static pid_t start_member(const char *sitrep, const char *brokers, const char *log_name)
{
    char *log = path_in_workdir(log_name);
    pid_t pid = fork();
    if (pid < 0)
        die("fork: %s", strerror(errno));
    if (pid == 0) {
        int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0 || dup2(fd, STDERR_FILENO) < 0)
            _exit(127);
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0)
            dup2(null, STDOUT_FILENO);
        execl(sitrep, sitrep, "kafka", "--brokers", brokers, "--in", IN_TOPIC, "--out", OUT_TOPIC, "--group",
              GROUP, "-X", "session.timeout.ms=3000", "-X", "heartbeat.interval.ms=300", "-X",
              "consumer.auto.commit.interval.ms=200", (char *)NULL);
        fprintf(stderr, "cannot run %s: %s\n", sitrep, strerror(errno));
        _exit(127);
    }
    free(log);
    return pid;
}

/* Wait until the member's log shows at least n assignments of some partition. */
static void wait_assigned(output *o, const char *log_name, int n, pid_t pid)
{
    char *log = path_in_workdir(log_name);
    double until = now_s() + STEP_TIMEOUT_S;
    while (count_lines(log, "sitrep kafka: assigned " IN_TOPIC "/") < n) {
        int status;
        if (waitpid(pid, &status, WNOHANG) == pid) {
            members[pid == members[0] ? 0 : 1] = 0;
            die("member %s exited (status %d) before it was assigned partitions", log_name, status);
        }
        if (now_s() > until)
            die("%s: no partitions assigned after %d s", log_name, STEP_TIMEOUT_S);
        read_output(o, 200);
    }
    free(log);
}

/* Every input partition's committed offset is its end. */
static void check_commits(const char *brokers)
{
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    if (rd_kafka_conf_set(conf, "bootstrap.servers", brokers, err, sizeof err) ||
        rd_kafka_conf_set(conf, "group.id", GROUP, err, sizeof err))
        die("%s", err);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
    if (!rk)
        die("%s", err);
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(PARTITIONS);
    for (int p = 0; p < PARTITIONS; p++)
        rd_kafka_topic_partition_list_add(list, IN_TOPIC, p);
    rd_kafka_resp_err_t e = rd_kafka_committed(rk, list, 10000);
    if (e)
        die("cannot read the group's committed offsets: %s", rd_kafka_err2str(e));
    for (int p = 0; p < PARTITIONS; p++) {
        int64_t lo, hi;
        e = rd_kafka_query_watermark_offsets(rk, IN_TOPIC, p, &lo, &hi, 10000);
        if (e)
            die("cannot read the end of %s/%d: %s", IN_TOPIC, p, rd_kafka_err2str(e));
        if (list->elems[p].offset != hi)
            die("%s/%d: committed offset %lld, end %lld: the survivor did not commit all it coded", IN_TOPIC, p,
                (long long)list->elems[p].offset, (long long)hi);
    }
    rd_kafka_topic_partition_list_destroy(list);
    rd_kafka_destroy(rk);
}

/* Read the output topic to its end (after the members have stopped). */
static void drain_output(output *o)
{
    rd_kafka_topic_partition_list_t *pos = rd_kafka_topic_partition_list_new(PARTITIONS);
    for (int p = 0; p < PARTITIONS; p++)
        rd_kafka_topic_partition_list_add(pos, OUT_TOPIC, p);
    double until = now_s() + STEP_TIMEOUT_S;
    for (;;) {
        read_output(o, 200);
        rd_kafka_position(o->consumer, pos);
        bool done = true;
        for (int p = 0; p < PARTITIONS; p++) {
            int64_t lo, hi;
            if (rd_kafka_query_watermark_offsets(o->consumer, OUT_TOPIC, p, &lo, &hi, 10000))
                die("cannot read the end of %s/%d", OUT_TOPIC, p);
            if (hi > 0 && pos->elems[p].offset < hi)
                done = false;
        }
        if (done)
            break;
        if (now_s() > until)
            die("the output topic could not be read to its end");
    }
    rd_kafka_topic_partition_list_destroy(pos);
}

static void write_inputs(void)
{
    char *in_path = path_in_workdir("input.jsonl"), *bad_path = path_in_workdir("malformed.txt");
    FILE *in = fopen(in_path, "w"), *bad = fopen(bad_path, "w");
    if (!in || !bad)
        die("cannot write into %s", workdir);
    for (int i = 0; i < n_messages; i++) {
        message *m = &messages[i];
        if (m->malformed) {
            fprintf(bad, "%s\n", m->where);
        } else if (m->plain) {
            size_t len;
            char *line = json_article(m->expect, m->payload, m->len, &len);
            fprintf(in, "%s\n", line);
            free(line);
        } else {
            fprintf(in, "%.*s\n", (int)m->len, m->payload);
        }
    }
    fclose(in);
    fclose(bad);
    free(in_path);
    free(bad_path);
}

static rd_kafka_t *client(rd_kafka_type_t type, const char *brokers, const char *group)
{
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    if ((brokers && rd_kafka_conf_set(conf, "bootstrap.servers", brokers, err, sizeof err)) ||
        /* quiet: what goes wrong comes out through die(), and the stopped
         * broker makes the reader log a timeout */
        rd_kafka_conf_set(conf, "log_level", "2", err, sizeof err) ||
        (group && rd_kafka_conf_set(conf, "group.id", group, err, sizeof err)) ||
        (group && rd_kafka_conf_set(conf, "enable.auto.commit", "false", err, sizeof err)) ||
        (group && rd_kafka_conf_set(conf, "enable.partition.eof", "false", err, sizeof err)) ||
        /* a fetch in flight to the stopped broker hangs until this */
        (group && rd_kafka_conf_set(conf, "socket.timeout.ms", "3000", err, sizeof err)))
        die("%s", err);
    if (type == RD_KAFKA_PRODUCER)
        rd_kafka_conf_set_dr_msg_cb(conf, on_delivery);
    rd_kafka_t *rk = rd_kafka_new(type, conf, err, sizeof err);
    if (!rk)
        die("%s", err);
    return rk;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fputs("usage: kafka_failover SITREP WORKDIR FILE...\n", stderr);
        return 2;
    }
    const char *sitrep = argv[1];
    workdir = argv[2];
    setvbuf(stdout, NULL, _IOLBF, 0);

    /* the cluster */
    rd_kafka_t *host = client(RD_KAFKA_PRODUCER, NULL, NULL);
    rd_kafka_mock_cluster_t *mc = rd_kafka_mock_cluster_new(host, 3);
    if (!mc) {
        puts("librdkafka's mock cluster is unavailable");
        return 77;
    }
    char *brokers = strdup(rd_kafka_mock_cluster_bootstraps(mc));
    if (rd_kafka_mock_topic_create(mc, IN_TOPIC, PARTITIONS, 1) ||
        rd_kafka_mock_topic_create(mc, OUT_TOPIC, PARTITIONS, 1))
        die("cannot create the topics");
    for (int p = 0; p < PARTITIONS; p++) {
        int other = 2 + p % 2; /* brokers 2 and 3 */
        if (rd_kafka_mock_partition_set_leader(mc, IN_TOPIC, p, other) ||
            rd_kafka_mock_partition_set_leader(mc, OUT_TOPIC, p, p == 0 ? STALLED_BROKER : other))
            die("cannot place the partitions");
    }
    if (rd_kafka_mock_coordinator_set(mc, "group", GROUP, 2) ||
        rd_kafka_mock_coordinator_set(mc, "group", "failover-reader", 3))
        die("cannot place the group coordinators");

    /* the articles: COPIES JSON messages per file, then the odd ones */
    for (int c = 0; c < COPIES; c++) {
        for (int f = 3; f < argc; f++) {
            size_t len, json_len;
            char *text = read_file(argv[f], &len), *id;
            const char *base = strrchr(argv[f], '/') ? strrchr(argv[f], '/') + 1 : argv[f];
            if (asprintf(&id, "failover-%d-%s", c, base) < 0)
                die("out of memory");
            char *payload = json_article(id, text, len, &json_len);
            add_message(payload, json_len, id);
            free(id);
            free(text);
        }
    }
    int third = n_messages / 3, two_thirds = 2 * (n_messages / 3);
    char *broken = strdup("{\"id\":\"broken-json\",\"text\":\"the line ends inside a stri");
    add_message(broken, strlen(broken), NULL)->malformed = true;
    size_t len;
    char *plain = read_file(argv[3], &len);
    add_message(plain, len, NULL)->plain = true;
    char *no_text = strdup("{\"id\":\"no-text\",\"title\":\"an article without its text\"}");
    add_message(no_text, strlen(no_text), "no-text")->malformed = true;

    rd_kafka_t *producer = client(RD_KAFKA_PRODUCER, brokers, NULL);
    output o = {.consumer = client(RD_KAFKA_CONSUMER, brokers, "failover-reader")};
    char *out_path = path_in_workdir("output.jsonl");
    o.file = fopen(out_path, "w");
    if (!o.file)
        die("cannot write %s", out_path);
    rd_kafka_poll_set_consumer(o.consumer);
    rd_kafka_topic_partition_list_t *all = rd_kafka_topic_partition_list_new(PARTITIONS);
    for (int p = 0; p < PARTITIONS; p++)
        rd_kafka_topic_partition_list_add(all, OUT_TOPIC, p)->offset = RD_KAFKA_OFFSET_BEGINNING;
    rd_kafka_assign(o.consumer, all);
    rd_kafka_topic_partition_list_destroy(all);

    /* two members share the partitions */
    double t0 = now_s();
    members[0] = start_member(sitrep, brokers, "member-a.log");
    wait_assigned(&o, "member-a.log", 1, members[0]);
    members[1] = start_member(sitrep, brokers, "member-b.log");
    wait_assigned(&o, "member-b.log", 1, members[1]);
    wait_assigned(&o, "member-a.log", 2, members[0]); /* A again, after B joined */
    printf("two members hold the partitions after %.1f s\n", now_s() - t0);

    produce_range(producer, 0, third);
    wait_for_output(&o, 0, third, "first third");
    printf("%d articles coded after %.1f s\n", third, now_s() - t0);

    if (rd_kafka_mock_broker_set_down(mc, STALLED_BROKER))
        die("cannot stop broker %d", STALLED_BROKER);
    produce_range(producer, third, two_thirds);
    wait_for_each_partition(&o, third, two_thirds, "second third");
    read_output(&o, 1000); /* time for A to code the rest of its share, and to commit if it would */
    kill(members[0], SIGKILL);
    waitpid(members[0], NULL, 0);
    members[0] = 0;
    rd_kafka_mock_broker_set_up(mc, STALLED_BROKER);
    printf("broker %d down while the second third was coded; member A killed after %.1f s\n", STALLED_BROKER,
           now_s() - t0);

    produce_range(producer, two_thirds, n_messages);
    write_inputs();
    wait_for_output(&o, 0, n_messages, "after the failover");
    printf("every message has its records after %.1f s\n", now_s() - t0);

    kill(members[1], SIGTERM);
    int status = 0;
    double until = now_s() + STEP_TIMEOUT_S;
    while (waitpid(members[1], &status, WNOHANG) == 0) {
        if (now_s() > until)
            die("member B did not stop within %d s of SIGTERM", STEP_TIMEOUT_S);
        usleep(50000);
    }
    members[1] = 0;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 1)
        die("member B: exit status %d, want 1 (some messages gave error records); see %s/member-b.log",
            WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), workdir);
    drain_output(&o);
    check_commits(brokers);
    printf("member B stopped with exit 1 and committed every offset; %d messages, %ld records read\n",
           n_messages, o.records);

    fclose(o.file);
    rd_kafka_consumer_close(o.consumer);
    rd_kafka_destroy(o.consumer);
    rd_kafka_destroy(producer);
    rd_kafka_mock_cluster_destroy(mc);
    rd_kafka_destroy(host);
    for (int i = 0; i < n_messages; i++) {
        free(messages[i].payload);
        free(messages[i].expect);
    }
    free(messages);
    for (int i = 0; i < o.n_seen; i++)
        free(o.seen[i]);
    free(o.seen);
    free(out_path);
    free(brokers);
    return 0;
}
