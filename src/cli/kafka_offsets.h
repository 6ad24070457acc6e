/*
 * kafka_offsets.h — which input offsets a Kafka consumer-group member may
 * commit: those whose output has been delivered.
 *
 * Place in the pipeline: `sitrep kafka` (cmd_kafka.c) reads one message from
 * an input partition, codes it into one or more records and produces each to
 * the output topic; the producer's delivery reports arrive later, in any
 * order across messages.  This ledger keeps, per input partition, the
 * messages in flight in the order they were read, each with a count of
 * records not yet delivered, and moves the partition's commit point past a
 * message only when it and every message before it are fully delivered.  So
 * a committed offset never covers output that might be lost (at-least-once);
 * output delivered but not yet committed is produced again after a restart,
 * and its deterministic record ids make that harmless.
 *
 * Nothing here knows librdkafka: the caller passes partition numbers and
 * offsets, and takes the commit points to store.  Not thread-safe: the member
 * calls it from its one polling thread (librdkafka serves delivery reports
 * from rd_kafka_poll on that thread).
 */
#ifndef SR_KAFKA_OFFSETS_H
#define SR_KAFKA_OFFSETS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct sr_kafka_offsets sr_kafka_offsets;
typedef struct sr_kafka_ticket sr_kafka_ticket;

/* An empty ledger; NULL on OOM.  Free with sr_kafka_offsets_free. */
sr_kafka_offsets *sr_kafka_offsets_new(void);

/* Frees the ledger and every ticket still in it (their delivery reports must
 * not arrive afterwards: flush or destroy the producer first).  NULL is a
 * no-op. */
void sr_kafka_offsets_free(sr_kafka_offsets *ledger);

/* A message was read from `partition` at `offset` (offsets of one partition
 * must be begun in increasing order, as a consumer reads them).  Returns its
 * ticket, owned by the ledger and valid until the message is fully delivered
 * and the ledger has moved past it; NULL on OOM.  The ticket is open: it
 * cannot complete until sr_kafka_ticket_close, however many of its records
 * are delivered before that. */
sr_kafka_ticket *sr_kafka_offsets_begin(sr_kafka_offsets *ledger, int32_t partition, int64_t offset);

/* One more record of the ticket's message was handed to the producer. */
void sr_kafka_ticket_add(sr_kafka_ticket *ticket);

/* The message's last record has been handed to the producer (or coding
 * stopped).  A message with no records completes at once.  The ticket may be
 * freed by this call; do not use it afterwards. */
void sr_kafka_ticket_close(sr_kafka_ticket *ticket);

/* A delivery report for one of the ticket's records: ok false means the record
 * was lost, and the partition's commit point never moves past this message
 * (sr_kafka_offsets_failed becomes true).  The ticket may be freed by this
 * call; do not use it afterwards. */
void sr_kafka_ticket_delivered(sr_kafka_ticket *ticket, bool ok);

/* The message's output is incomplete (coding or producing failed half-way):
 * as for a lost record, the partition's commit point never moves past it. */
void sr_kafka_ticket_lose(sr_kafka_ticket *ticket);

/* The partition is no longer this member's (a rebalance revoked it).  Its
 * commit point is forgotten; tickets still in flight stay valid (their
 * reports may still arrive) but no longer move any commit point, and a later
 * sr_kafka_offsets_begin on the partition starts afresh. */
void sr_kafka_offsets_revoke(sr_kafka_offsets *ledger, int32_t partition);

/* Calls fn(ctx, partition, next) for every partition whose commit point moved
 * since the last call: `next` is the offset to commit (one past the last
 * message delivered with all before it).  Returns how many it reported. */
size_t sr_kafka_offsets_take(sr_kafka_offsets *ledger, void (*fn)(void *ctx, int32_t partition, int64_t next),
                             void *ctx);

/* Messages begun and not yet fully delivered, over all partitions (revoked
 * ones included). */
size_t sr_kafka_offsets_in_flight(const sr_kafka_offsets *ledger);

/* True once any record was reported lost. */
bool sr_kafka_offsets_failed(const sr_kafka_offsets *ledger);

#endif
