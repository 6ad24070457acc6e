/*
 * fuzz_reader.c — libFuzzer target for the readers (src/io/reader.c).
 *
 * The input bytes are written to a temporary file, which is then drained by a
 * JSONL reader (over the file twice, plus a path that does not exist, so that
 * switching inputs is exercised) and by a plain-text reader.  Checked: every
 * item honours the contract in reader.h (non-NULL strings, record numbers and
 * offsets in range), the readers end, and the byte counts add up.
 *
 * Seeds: fuzz/corpus/jsonl/ and fuzz/corpus/text/.  Run e.g.
 *   build-fuzz/fuzz_reader -max_total_time=60 /tmp/new-corpus fuzz/corpus/jsonl fuzz/corpus/text
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "io/reader.h"

static char dir[64];
static char path[128];
static char missing[128];
static volatile size_t sink;

static void cleanup(void)
{
    unlink(path);
    rmdir(dir);
}

static int prepare(void)
{
    if (path[0])
        return 0;
    strcpy(dir, "/tmp/sr_fuzz_reader_XXXXXX");
    if (!mkdtemp(dir))
        return -1;
    snprintf(path, sizeof path, "%s/input", dir);
    snprintf(missing, sizeof missing, "%s/missing", dir);
    atexit(cleanup);
    return 0;
}

static void touch(const char *s)
{
    if (s)
        sink += strlen(s);
}

static void drain(sr_reader *r, bool jsonl, size_t size, int n_paths)
{
    sr_read_item it;
    long guard = 0;
    for (;;) {
        if (++guard > (long)(size + 10) * n_paths + 10)
            abort(); /* more items than lines: the reader does not end */
        sr_reader_next(r, &it);
        if (it.kind == SR_READ_END)
            break;
        if (it.kind == SR_READ_DOC) {
            if (!it.doc.id || !it.doc.text || !it.doc.input_name)
                abort();
            size_t sum = 0;
            for (size_t i = 0; i < it.doc.text_len; i++)
                sum += (unsigned char)it.doc.text[i];
            sink += sum;
            touch(it.doc.id);
            touch(it.doc.date);
            touch(it.doc.url);
            touch(it.doc.source);
            touch(it.doc.title);
            touch(it.doc.lang);
            if (jsonl) {
                if (it.doc.record_no < 1 || it.doc.text_len > size)
                    abort();
            } else if (it.doc.record_no != 0 || it.doc.text_len > size) {
                abort();
            }
        } else if (it.kind == SR_READ_ERROR) {
            if (!it.error_where || !it.error_reason)
                abort();
            touch(it.error_where);
            touch(it.error_reason);
            touch(it.error_doc_id);
            if (it.error_offset < -1 || it.error_offset > (long long)size)
                abort();
            if (jsonl && strcmp(it.error_where, missing) != 0 && it.error_record < 1)
                abort();
        } else {
            abort(); /* no fatal errors expected on small inputs */
        }
    }
    sr_reader_next(r, &it);
    if (it.kind != SR_READ_END)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (prepare() != 0)
        return 0;
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return 0;
    size_t done = 0;
    while (done < size) {
        ssize_t n = write(fd, data + done, size - done);
        if (n <= 0) {
            close(fd);
            return 0;
        }
        done += (size_t)n;
    }
    close(fd);

    const char *jpaths[] = { path, missing, path };
    sr_reader *r = sr_reader_new_jsonl(jpaths, 3);
    if (r) {
        drain(r, true, size, 3);
        if (sr_reader_bytes_read(r) != 2 * (long long)size || sr_reader_bytes_total(r) != 2 * (long long)size)
            abort();
        sr_reader_free(r);
    }

    const char *tpaths[] = { path };
    r = sr_reader_new_text(tpaths, 1);
    if (r) {
        sr_read_item it;
        sr_reader_next(r, &it);
        if (it.kind != SR_READ_DOC)
            abort();
        size_t skip = size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
        if (it.doc.text_len != size - skip || memcmp(it.doc.text, data + skip, size - skip) != 0 ||
            it.doc.text[it.doc.text_len] != '\0' || strcmp(it.doc.id, path) != 0)
            abort();
        sr_reader_next(r, &it);
        if (it.kind != SR_READ_END || sr_reader_bytes_read(r) != (long long)size)
            abort();
        sr_reader_free(r);
    }
    return 0;
}
