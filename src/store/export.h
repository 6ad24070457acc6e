/*
 * export.h — writing the store's events or incidents in the formats other
 * tools read: JSON lines, GeoJSON, ACLED's CSV, GDELT 2.0's event table.
 *
 * Place in the pipeline: store -> [export].  `sitrep export` drives it;
 * docs/store.md gives every column's source.  Output goes line by line to an
 * emit callback (the caller adds the newline), so that any size streams.
 */
#ifndef SR_EXPORT_H
#define SR_EXPORT_H

#include <stdbool.h>

#include "store/store.h"

typedef enum sr_export_format {
    SR_EXPORT_JSONL = 0,   /* the records as stored */
    SR_EXPORT_GEOJSON,     /* a FeatureCollection: a Point per record (null geometry without
                              coordinates), the record as the feature's properties */
    SR_EXPORT_ACLED_CSV,   /* ACLED's columns (data_id ... iso3); records without an ACLED type are skipped */
    SR_EXPORT_GDELT_TSV    /* GDELT 2.0's 61 event columns; records without a CAMEO code are skipped */
} sr_export_format;

/* The format named "jsonl", "geojson", "acled-csv" or "gdelt-tsv"; false when unknown. */
bool sr_export_format_parse(const char *name, sr_export_format *out);

typedef struct sr_export_options {
    sr_export_format format;
    bool incidents;            /* incident records instead of event records */
    bool header;               /* a header line for the CSV and TSV formats */
    const char *data_dir;      /* where goldstein.tsv is (gdelt-tsv); NULL = $SITREP_DATA or the build's data/ */
} sr_export_options;

typedef struct sr_export_stats {
    long written;              /* records written */
    long skipped;              /* records the format has no row for */
} sr_export_stats;

/* Write every record of the store matching f (f->limit and f->offset are
 * ignored; NULL = everything but historical records), oldest first, in the
 * format of o, one line per emit call.  stats (may be NULL) receives the
 * counts.  SR_EARG for a bad filter, SR_EDATA when goldstein.tsv is
 * unreadable, SR_EIO when emit returns non-zero or the store fails; *errmsg
 * (malloc'd) says why. */
sr_status sr_store_export(sr_store *store, const sr_store_filter *f, const sr_export_options *o, sr_emit_fn emit,
                          void *ctx, sr_export_stats *stats, char **errmsg);

#endif
