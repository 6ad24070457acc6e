# web.mk — `make map` builds build/web/, the map page `sitrep serve` serves:
# the page (web/index.html, app.js, style.css, favicon.svg), the map libraries
# (d3-geo and the d3 modules it and zoom/brush need, topojson-client) and the
# country borders (world-atlas), all from npm packages pinned with sha512
# integrity in web/package-lock.json.  Nothing is fetched when the page is
# viewed.  Included by the top Makefile, which defines BUILD and BIN.
#
#   1. npm ci installs the page's packages (not the test's) into build/web-npm/,
#      running no scripts;
#   2. the files the page loads are copied, with the packages' licences, into
#      build/web/ (built beside it and moved into place, so a failed copy never
#      leaves half a page).
# Without the npm registry step 1 fails saying which packages it could not
# fetch; `sitrep serve` then serves the API alone and its / says how to build
# the page.  `make browser-test` also installs playwright-core (build/web-test-npm/)
# and runs tests/browser/run.sh against Debian's chromium.

WEB_OUT      := build/web
WEB_NPM      := build/web-npm
WEB_TEST_NPM := build/web-test-npm
WEB_PAGE     := web/index.html web/app.js web/style.css web/favicon.svg
# UMD builds, in the order index.html loads them
WEB_LIBS     := internmap d3-array d3-geo d3-dispatch d3-selection d3-color d3-interpolate d3-ease d3-timer \
                d3-transition d3-drag d3-zoom d3-brush topojson-client
WEB_ATLAS    := countries-50m.json countries-110m.json
WEB_NPM_FLAGS := --ignore-scripts --no-audit --no-fund --fetch-retries=2 --fetch-retry-mintimeout=2000 \
                 --fetch-retry-maxtimeout=10000

# The page's default location is compiled into `sitrep serve`.
$(BUILD)/src/cli/cmd_serve.o: CFLAGS += -DSITREP_WEB_DIR=\"$(CURDIR)/$(WEB_OUT)\"

.PHONY: web web-test-deps browser-test

# npm ci in directory $(1) with extra flags $(2); on failure, name what is missing
# among the package.json sections matched by $(3)
define web_npm_ci
	@mkdir -p $(1)
	@cp web/package.json web/package-lock.json $(1)/
	@cd $(1) && if ! command -v npm > /dev/null 2>&1; then \
	    echo "web: npm is not installed (scripts/deps.sh installs it); the map page cannot be built." >&2; exit 1; \
	  fi; \
	  if ! npm ci $(WEB_NPM_FLAGS) $(2) > npm-ci.log 2>&1; then \
	    why=$$(sed -n 's/^npm error code //p' npm-ci.log | head -n 1); \
	    echo "web: npm ci failed ($${why:-see $(1)/npm-ci.log}); not installed:" >&2; \
	    for p in $$(sed -n '/$(3)/,/}/s/^ *"\([^"]*\)": *"\([^"]*\)".*/\1@\2/p' package.json); do \
	      [ -f "node_modules/$${p%@*}/package.json" ] || echo "web:   $$p" >&2; \
	    done; \
	    echo "web: run 'make map' again with access to the npm registry." >&2; \
	    exit 1; \
	  fi
	@touch $(1)/.installed
endef

$(WEB_NPM)/.installed: web/package.json web/package-lock.json
	$(call web_npm_ci,$(WEB_NPM),--omit=dev,"dependencies")

$(WEB_TEST_NPM)/.installed: web/package.json web/package-lock.json
	$(call web_npm_ci,$(WEB_TEST_NPM),,"dependencies"\|"devDependencies")

$(WEB_OUT)/.built: $(WEB_NPM)/.installed $(WEB_PAGE) web/web.mk
	@rm -rf $(WEB_OUT).new && mkdir -p $(WEB_OUT).new/vendor $(WEB_OUT).new/atlas
	@cp $(WEB_PAGE) $(WEB_OUT).new/
	@for lib in $(WEB_LIBS); do \
	    cp $(WEB_NPM)/node_modules/$$lib/dist/$$lib.min.js $(WEB_OUT).new/vendor/ || exit 1; \
	    { echo "== $$lib $$(sed -n 's/^ *"version": *"\(.*\)".*/\1/p' $(WEB_NPM)/node_modules/$$lib/package.json)"; \
	      cat $(WEB_NPM)/node_modules/$$lib/LICENSE; echo; } >> $(WEB_OUT).new/vendor/LICENSES.txt; \
	  done
	@for f in $(WEB_ATLAS); do cp $(WEB_NPM)/node_modules/world-atlas/$$f $(WEB_OUT).new/atlas/ || exit 1; done
	@{ echo "world-atlas (Natural Earth, public domain):"; cat $(WEB_NPM)/node_modules/world-atlas/LICENSE; } \
	    > $(WEB_OUT).new/atlas/LICENSE.txt
	@rm -rf $(WEB_OUT) && mv $(WEB_OUT).new $(WEB_OUT) && touch $@
	@echo "web: $(WEB_OUT)/ built ($$(find $(WEB_OUT) -type f | wc -l) files, $$(du -sk $(WEB_OUT) | cut -f1) KiB)"

web: $(WEB_OUT)/.built

web-test-deps: $(WEB_TEST_NPM)/.installed

# the browser test: exits 77 (skip) without chromium or the npm packages
browser-test: $(BIN)
	@$(MAKE) --no-print-directory web web-test-deps || echo "web: packages missing; the browser test will skip"
	@sh tests/browser/run.sh; rc=$$?; \
	  if [ $$rc -eq 77 ]; then echo "browser-test: skipped"; elif [ $$rc -ne 0 ]; then exit $$rc; fi
