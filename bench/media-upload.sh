#!/usr/bin/env bash
# Heap used while a 200 MB video is uploaded over HTTP (POST /api/v1/media/videos, multipart), next to the
# baseline of writing the same file to the same disk with cp. The app runs with a heap cap (default 256m) and
# its Java heap is sampled with jstat every 100 ms during the upload; "extra" is the peak during the upload
# (garbage included) minus the live heap before it.
# Usage: bench/media-upload.sh [size-mb] [xmx]   (defaults 200 and 256m; needs curl and a JDK's jcmd/jstat)
set -euo pipefail
cd "$(dirname "$0")/.."
MB="${1:-200}"
XMX="${2:-256m}"
JAR=$(ls target/quality-month-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$JAR" ] || { mvn -B -q -DskipTests package; JAR=$(ls target/quality-month-*.jar | grep -v original | head -1); }
JAR="$(pwd)/$JAR"
WORK=$(mktemp -d /tmp/qm-media-XXXX)
PORT=18091
(cd "$WORK" && exec java -Xmx"$XMX" -jar "$JAR" --server.port=$PORT > "$WORK/app.log" 2>&1) &
APP=$!
trap 'kill -TERM $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$WORK"' EXIT
until grep -q "Demo data generated" "$WORK/app.log"; do sleep 1; kill -0 $APP || { cat "$WORK/app.log"; exit 1; }; done

heap_mb() {  # Java heap in use now (eden + survivors + old), in MiB
  jstat -gc "$APP" | awk 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i } NR == 2 { printf "%.1f", ($c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]) / 1024 }'
}

# the video: an MP4 ftyp box, then random bytes
VIDEO="$WORK/video.mp4"
printf '\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isommp41' > "$VIDEO"
head -c $((MB * 1024 * 1024 - 24)) /dev/urandom >> "$VIDEO"

start=$(date +%s.%N); cp "$VIDEO" "$WORK/copy.mp4"; sync "$WORK/copy.mp4"; end=$(date +%s.%N); rm "$WORK/copy.mp4"
echo "baseline: cp of ${MB} MB to the same disk        $(echo "$end - $start" | bc | xargs printf '%.2f') s"

jcmd "$APP" GC.run > /dev/null; sleep 1
BEFORE=$(heap_mb)
jstat -gc "$APP" 100 > "$WORK/jstat.txt" &
SAMPLER=$!
STATUS=$(curl -s -o "$WORK/answer.json" -w '%{http_code} %{time_total}' -u enterprise.user:Demo@2026 \
  -F "file=@$VIDEO;type=video/mp4" "http://localhost:$PORT/api/v1/media/videos")
kill $SAMPLER; wait $SAMPLER 2>/dev/null || true
PEAK=$(awk 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next } $1 != "S0C" { u = ($c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]) / 1024; if (u > m) m = u } END { printf "%.1f", m }' "$WORK/jstat.txt")
jcmd "$APP" GC.run > /dev/null; sleep 1
AFTER=$(heap_mb)
echo "upload: HTTP ${STATUS% *} in ${STATUS#* } s   $(cat "$WORK/answer.json")"
echo "heap (-Xmx$XMX): live before ${BEFORE} MiB, peak during upload ${PEAK} MiB, live after ${AFTER} MiB"
echo "extra heap during the upload: $(echo "$PEAK - $BEFORE" | bc) MiB (aim: < 64 MiB)"
echo "stored: $(find "$WORK/data/files" -type f -size +$((MB - 1))M | wc -l) file(s) of ${MB} MB; left in storage tmp: $(ls "$WORK/data/files/tmp" | wc -l)"
