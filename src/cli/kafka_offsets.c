/*
 * kafka_offsets.c — the ledger of input messages in flight and the commit
 * point of each input partition (see kafka_offsets.h).
 *
 * Place in the pipeline: inside `sitrep kafka`, between the consumer (which
 * begins a ticket per message read) and the producer's delivery reports
 * (which settle the ticket's records); the member stores the commit points
 * this ledger hands out as the consumer's offsets.
 *
 * A lane is one partition for as long as this member holds it: a FIFO of
 * tickets in the order their messages were read.  The head of the FIFO leaves
 * (and the commit point moves to its offset + 1) once it is closed, all its
 * records are delivered, and none was lost.  A revoked lane stays, no longer
 * current, until its last ticket is settled; a later assignment of the same
 * partition gets a new lane, so offsets read again from the committed point
 * never mix with the old tenure's.
 */
#include <stdlib.h>

#include "kafka_offsets.h"

typedef struct lane lane;

struct sr_kafka_ticket {
    lane *lane;
    int64_t offset;
    unsigned long pending;   /* records handed to the producer and not yet reported */
    bool open;               /* more records may still be added */
    bool lost;               /* a record was reported lost */
    sr_kafka_ticket *next;
};

struct lane {
    sr_kafka_offsets *ledger;
    int32_t partition;
    bool current;            /* false once revoked */
    bool moved;              /* next changed since the last take */
    int64_t next;            /* the commit point: one past the last settled message */
    sr_kafka_ticket *head, *tail;
    lane *next_lane;
};

struct sr_kafka_offsets {
    lane *lanes;             /* current and retired lanes */
    size_t in_flight;
    bool failed;
};

sr_kafka_offsets *sr_kafka_offsets_new(void)
{
    return calloc(1, sizeof(sr_kafka_offsets));
}

static void lane_free(lane *l)
{
    sr_kafka_ticket *t = l->head;
    while (t) {
        sr_kafka_ticket *next = t->next;
        free(t);
        t = next;
    }
    free(l);
}

void sr_kafka_offsets_free(sr_kafka_offsets *ledger)
{
    if (!ledger)
        return;
    lane *l = ledger->lanes;
    while (l) {
        lane *next = l->next_lane;
        lane_free(l);
        l = next;
    }
    free(ledger);
}

static lane *current_lane(sr_kafka_offsets *ledger, int32_t partition)
{
    for (lane *l = ledger->lanes; l; l = l->next_lane)
        if (l->current && l->partition == partition)
            return l;
    return NULL;
}

static void unlink_lane(lane *gone)
{
    sr_kafka_offsets *ledger = gone->ledger;
    for (lane **p = &ledger->lanes; *p; p = &(*p)->next_lane) {
        if (*p == gone) {
            *p = gone->next_lane;
            break;
        }
    }
    lane_free(gone);
}

/* Settle the head of the lane while it can be settled; drop a retired lane
 * once it is empty. */
static void advance(lane *l)
{
    sr_kafka_ticket *t;
    while ((t = l->head) && !t->open && t->pending == 0 && !t->lost) {
        l->head = t->next;
        if (!l->head)
            l->tail = NULL;
        l->next = t->offset + 1;
        l->moved = true;
        l->ledger->in_flight--;
        free(t);
    }
    if (!l->current && !l->head)
        unlink_lane(l);
}

sr_kafka_ticket *sr_kafka_offsets_begin(sr_kafka_offsets *ledger, int32_t partition, int64_t offset)
{
    lane *l = current_lane(ledger, partition);
    if (!l) {
        l = calloc(1, sizeof *l);
        if (!l)
            return NULL;
        l->ledger = ledger;
        l->partition = partition;
        l->current = true;
        l->next_lane = ledger->lanes;
        ledger->lanes = l;
    }
    sr_kafka_ticket *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->lane = l;
    t->offset = offset;
    t->open = true;
    if (l->tail)
        l->tail->next = t;
    else
        l->head = t;
    l->tail = t;
    ledger->in_flight++;
    return t;
}

void sr_kafka_ticket_add(sr_kafka_ticket *ticket)
{
    ticket->pending++;
}

void sr_kafka_ticket_close(sr_kafka_ticket *ticket)
{
    ticket->open = false;
    advance(ticket->lane);
}

void sr_kafka_ticket_lose(sr_kafka_ticket *ticket)
{
    ticket->lost = true;
    ticket->lane->ledger->failed = true;
}

void sr_kafka_ticket_delivered(sr_kafka_ticket *ticket, bool ok)
{
    if (!ok)
        sr_kafka_ticket_lose(ticket);
    if (ticket->pending)
        ticket->pending--;
    advance(ticket->lane);
}

void sr_kafka_offsets_revoke(sr_kafka_offsets *ledger, int32_t partition)
{
    lane *l = current_lane(ledger, partition);
    if (!l)
        return;
    l->current = false;
    l->moved = false;
    if (!l->head)
        unlink_lane(l);
}

size_t sr_kafka_offsets_take(sr_kafka_offsets *ledger, void (*fn)(void *ctx, int32_t partition, int64_t next),
                             void *ctx)
{
    size_t n = 0;
    for (lane *l = ledger->lanes; l; l = l->next_lane) {
        if (l->current && l->moved) {
            l->moved = false;
            fn(ctx, l->partition, l->next);
            n++;
        }
    }
    return n;
}

size_t sr_kafka_offsets_in_flight(const sr_kafka_offsets *ledger)
{
    return ledger->in_flight;
}

bool sr_kafka_offsets_failed(const sr_kafka_offsets *ledger)
{
    return ledger->failed;
}
