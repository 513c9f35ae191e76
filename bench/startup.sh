#!/usr/bin/env bash
# Time from launch to the first served home page, and resident memory after it, for a cold start
# (empty data directory: initdb, migrations, demo data) and a warm start (same directory again).
# Usage: bench/startup.sh [runs]   (default 3 warm runs)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
JAR=$(ls target/quality-month-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then
  mvn -B -q -DskipTests package
  JAR=$(ls target/quality-month-*.jar | grep -v original | head -1)
fi
JAR="$(pwd)/$JAR"
WORK=$(mktemp -d /tmp/qm-startup-XXXX)
PORT=18080

measure() {
  local start end pid rss
  start=$(date +%s%N)
  (cd "$WORK" && exec java $JAVA_OPTS -jar "$RUN_JAR" --server.port=$PORT > "$WORK/app.log" 2>&1) &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$PORT/"; do
    sleep 0.05
    kill -0 "$pid" 2>/dev/null || { echo "application exited; see $WORK/app.log" >&2; exit 1; }
  done
  end=$(date +%s%N)
  sleep 2
  rss=$(ps -o rss= -p "$(pgrep -P $pid java || echo $pid)" | tr -d ' ')
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  printf "%-6s %8.2f s %8d MiB\n" "$1" "$(echo "($end - $start)/1000000000" | bc -l)" "$((rss / 1024))"
}

echo "java: $(java -version 2>&1 | head -1)"
echo "jar:  $JAR"
printf "%-6s %10s %12s\n" "start" "first page" "RSS after"
RUN_JAR="$JAR"; JAVA_OPTS=""
measure cold
for i in $(seq "$RUNS"); do measure warm; done

# The same warm start from an extracted jar with a class-data-sharing archive made by a training run.
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/cds" > /dev/null
RUN_JAR="$WORK/cds/$(basename "$JAR")"
(cd "$WORK" && java -XX:ArchiveClassesAtExit="$WORK/cds/app.jsa" -Dspring.context.exit=onRefresh -jar "$RUN_JAR" \
  --server.port=$PORT > "$WORK/training.log" 2>&1)
JAVA_OPTS="-XX:SharedArchiveFile=$WORK/cds/app.jsa"
for i in $(seq "$RUNS"); do measure cds; done
rm -rf "$WORK"
