/*
 * kafka_key.h — the key an output record is produced under in `sitrep kafka`.
 *
 * Place in the pipeline: between sr_code_document's emit callback and the
 * producer (cmd_kafka.c).  The key is the record's own id, so that replays
 * land on the same output partition and a compacted output topic keeps one
 * copy per record: the top-level "id" of doc and event records; for error
 * records, which have no id, "doc" (the document the error is about) or else
 * "input" (where the unreadable message was).
 *
 * Reading the key must cost little next to coding: a full parse of every
 * record with json-c took about three quarters as long as coding it.  So the
 * top level of the record is scanned (nested values skipped, not parsed), and
 * json-c decodes the value only when it holds an escape.
 */
#ifndef SR_KAFKA_KEY_H
#define SR_KAFKA_KEY_H

#include <stdbool.h>
#include <stddef.h>

/* Holds a decoded key between calls; zero-initialise, release with
 * sr_kafka_key_release. */
typedef struct sr_kafka_key {
    char *buf;
    size_t cap;
} sr_kafka_key;

/* The key of one record (JSON text json[0..len), an object).  On success
 * returns true with *key pointing at *keylen bytes, inside json or inside k's
 * buffer (valid until the next call with k).  Returns false when the record
 * is not an object with any of those string fields (or memory ran out
 * decoding an escaped one); the record is then produced without a key. */
bool sr_kafka_key_of(sr_kafka_key *k, const char *json, size_t len, const char **key, size_t *keylen);

/* Frees the buffer; the holder may be used again. */
void sr_kafka_key_release(sr_kafka_key *k);

#endif
