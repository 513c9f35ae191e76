#!/usr/bin/env bash
# Public search at size (SEARCH-1). Builds a Lucene index of N generated published results (default 3,000,000)
# directly from generated documents (not through PostgreSQL: loading and reading 3M rows would add an hour on the
# 2-core machine; the documents carry the same fields the application indexes), then times a fixed list of 23
# Chinese queries (words, two- and three-word queries, a place, an institution, an enterprise, codes, facets):
#   1. in-process: ResultSearch (the application's query: full text, 4 facet counts, one page of 20 marked hits)
#      straight on the index;
#   2. over HTTP with one client on one kept-alive connection: GET /api/v1/search three times in a row (just started,
#      then warm) and GET /search (the page), of the application started on that index (its demo database is built
#      at the first start); beside each, a static file over the same client.
# Every run starts with 40 unmeasured rounds of the queries.
# Median and p95 per mode. The index build is resumable: run again to grow it to N.
# Usage: bench/search.sh [documents] [rounds]   (defaults 3000000, 10)   INDEX=dir keeps the index elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS="${1:-3000000}"
ROUNDS="${2:-10}"
INDEX="${INDEX:-$(pwd)/target/bench-search/index}"
PORT="${PORT:-8081}"
[ "${SKIP_BUILD:-}" = 1 ] || mvn -B -q -DskipTests test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
BENCH="java -Xmx3g -cp $CP org.qualitymonth.search.bench.SearchBench"
quiet() { grep -v -e '^SLF4J' -e ' INFO ' -e ' WARN ' || true; }

$BENCH build "$INDEX" "$DOCS" 2>&1 | quiet
$BENCH query "$INDEX" "$ROUNDS" 2>&1 | quiet

WORK="$(pwd)/target/bench-search/app"
mkdir -p "$WORK"
: > "$WORK/app.log"
(cd "$WORK" && exec java -Xmx2g -cp "$(cd ../../.. && pwd)/target/classes:$(cat ../../bench-classpath.txt)" \
    org.qualitymonth.QualityMonthApplication --server.port="$PORT" --qm.search.directory="$INDEX" > "$WORK/app.log" 2>&1) &
APP=$!
trap 'kill -TERM $APP 2>/dev/null; wait $APP 2>/dev/null' EXIT
until grep -q "Started QualityMonthApplication" "$WORK/app.log"; do sleep 2; kill -0 $APP || { tail -50 "$WORK/app.log"; exit 1; }; done
# The application keeps getting faster for its first few thousand searches (the JIT compiling a large application
# on two cores), so the API is timed three times in a row: the first run just after start, the third warm.
for run in 1 2 3; do
  echo "API run $run of 3 since the application started:"
  if [ "$run" -lt 3 ]; then
    $BENCH http "http://localhost:$PORT" /api/v1/search "$ROUNDS" 2>&1 | quiet | grep -E '^(HTTP|baseline)'
  else
    $BENCH http "http://localhost:$PORT" /api/v1/search "$ROUNDS" 2>&1 | quiet
  fi
done
$BENCH http "http://localhost:$PORT" /search "$ROUNDS" 2>&1 | quiet
