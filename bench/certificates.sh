#!/usr/bin/env bash
# Median and p95 time to render a commendation certificate as PDF (HTML layout, CJK font subset embedded,
# QR code), next to the certificate's verification page as the baseline, and the PDF's size.
# Usage: bench/certificates.sh [requests]   (default 100; needs curl)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100}"
JAR=$(ls target/quality-month-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$JAR" ] || { mvn -B -q -DskipTests package; JAR=$(ls target/quality-month-*.jar | grep -v original | head -1); }
JAR="$(pwd)/$JAR"
WORK=$(mktemp -d /tmp/qm-certificates-XXXX)
PORT=18094
(cd "$WORK" && exec java -jar "$JAR" --server.port=$PORT > "$WORK/app.log" 2>&1) &
APP=$!
trap 'kill -TERM $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$WORK"' EXIT
until grep -q "Demo data generated" "$WORK/app.log"; do sleep 1; kill -0 $APP || { cat "$WORK/app.log"; exit 1; }; done
NUMBER=$(curl -s "http://localhost:$PORT/commendation/1" | grep -o 'QM2025-[0-9A-Z-]*' | head -1)

measure() {  # $1 label, $2 path
  for i in $(seq 10); do curl -s -o /dev/null "http://localhost:$PORT$2"; done
  for i in $(seq "$N"); do curl -s -o /dev/null -w '%{time_total}\n' "http://localhost:$PORT$2"; done | sort -n |
    awk -v label="$1" '{ t[NR] = $1 * 1000 } END { printf "%-36s median %7.1f ms   p95 %7.1f ms   (%d requests)\n", label, t[int(NR / 2) + 1], t[int(NR * 0.95)], NR }'
}

echo "certificate $NUMBER"
measure "baseline: verification page" "/certificates/$NUMBER"
measure "certificate PDF" "/certificates/$NUMBER.pdf"
echo "PDF size: $(curl -s "http://localhost:$PORT/certificates/$NUMBER.pdf" | wc -c) bytes"
