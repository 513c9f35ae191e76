#!/usr/bin/env bash
# The public calendar with 50,000 activities (bench/calendar-data.sql): median and p95 response times of the
# month grid with the province map, the week, a filtered month, the list and two Chinese searches, each over
# HTTP with curl, next to two baselines: a static file over HTTP and the month grid's SQL inside PostgreSQL.
# Then sign-up throughput: many parallel clients sign up over HTTP for 200 activities with 40 places each
# (bench/SignupLoad.java), next to the same client doing plain GETs, and a check that no activity is overbooked.
# Usage: bench/calendar.sh [requests] [threads] [signups]   (defaults 200, 32, 9000; needs curl, psql, java)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-200}"
THREADS="${2:-32}"
SIGNUPS="${3:-9000}"
[ "${SKIP_BUILD:-}" = 1 ] || mvn -B -q -DskipTests package
JAR="$(pwd)/$(ls target/quality-month-*.jar | grep -v original | head -1)"
WORK=$(mktemp -d /tmp/qm-calendar-XXXX)
PORT=18092
# the per-address sign-up limit would stop one load client at once; the limit is tested in SignupLimitIntegrationTest
(cd "$WORK" && exec java -jar "$JAR" --server.port=$PORT --qm.activity.signup-limit-capacity=100000000 > "$WORK/app.log" 2>&1) &
APP=$!
trap 'kill -TERM $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$WORK"' EXIT
until grep -q "Demo data generated" "$WORK/app.log"; do sleep 1; kill -0 $APP || { cat "$WORK/app.log"; exit 1; }; done
PGPORT=$(grep -o 'localhost:[0-9]*/postgres' "$WORK/app.log" | head -1 | cut -d: -f2 | cut -d/ -f1)
SQL() { psql -At -h localhost -p "$PGPORT" -U postgres "$@"; }
SQL -q -f bench/calendar-data.sql > /dev/null
echo "published activities of 2026: $(SQL -c 'select count(*) from activity where published and edition_year = 2026')"

measure() {  # $1 label, $2 path
  for i in $(seq 20); do curl -s -o /dev/null "http://localhost:$PORT$2"; done
  for i in $(seq "$N"); do curl -s -o /dev/null -w '%{time_total}\n' "http://localhost:$PORT$2"; done | sort -n |
    awk -v label="$1" '{ t[NR] = $1 * 1000 } END { printf "%-44s median %7.1f ms   p95 %7.1f ms   (%d requests)\n", label, t[int(NR / 2) + 1], t[int(NR * 0.95)], NR }'
}
measure "month grid + map /activities?month=2026-09" "/activities?month=2026-09"
measure "week /activities?view=week" "/activities?view=week&week=2026-09-14"
measure "filtered month (Zhejiang, mass, focus 4)" "/activities?month=2026-09&province=330000&type=MASS&focus=4"
measure "list, page 20" "/activities?view=list&month=2026-09&page=20"
measure "search q=杭州 (list, ranked)" "/activities?q=%E6%9D%AD%E5%B7%9E"
N_FULL="$N"; N=$(( N / 10 > 10 ? N / 10 : 10 ))  # about a second a request: fewer samples
measure "search q=质量 (matches nearly all)" "/activities?q=%E8%B4%A8%E9%87%8F"
N="$N_FULL"
measure "baseline: static file /css/app.css" "/css/app.css"
for i in $(seq 50); do
  SQL -c "explain (analyze, format json) select a.* from generate_series(timestamptz '2026-08-31 00:00+08', timestamptz '2026-10-05 00:00+08' - interval '1 hour', interval '24 hours') d(t)
    cross join lateral (select a.* from activity a where a.published and a.starts_at >= d.t and a.starts_at < d.t + interval '24 hours' order by a.starts_at, a.id limit 3) a" |
    grep -o '"Execution Time": [0-9.]*' | awk '{ print $3 }'
done | sort -n | awk '{ t[NR] = $1 } END { printf "%-44s median %7.1f ms   p95 %7.1f ms   (%d runs)\n", "baseline: month grid SQL only (first 3/day)", t[int(NR / 2) + 1], t[int(NR * 0.95)], NR }'
for i in $(seq 50); do
  SQL -c "explain (analyze, format json) select substr(region_code, 1, 2), count(*) from activity a where a.published and a.edition_year = 2026 group by 1" |
    grep -o '"Execution Time": [0-9.]*' | awk '{ print $3 }'
done | sort -n | awk '{ t[NR] = $1 } END { printf "%-44s median %7.1f ms   p95 %7.1f ms   (%d runs)\n", "baseline: province map SQL only", t[int(NR / 2) + 1], t[int(NR * 0.95)], NR }'

IDS=$(SQL -c "select string_agg(id::text, ',') from activity where created_by = 'bench-signup'")
echo "sign-up: $SIGNUPS sign-ups by $THREADS parallel clients over 200 activities x 40 places"
RUN=$(java bench/SignupLoad.java "http://localhost:$PORT" "$THREADS" "$SIGNUPS" signup "$IDS")
echo "$RUN"
CONFIRMED=$(SQL -c "select count(*) from activity_signup s join activity a on a.id = s.activity_id where a.created_by = 'bench-signup' and s.status = 'CONFIRMED'")
echo "$RUN" | awk -v c="$CONFIRMED" '{ printf "confirmed sign-ups: %d in %.2f s = %.0f confirmed/s\n", c, $4, c / $4 }'
echo "baseline: the same client, $SIGNUPS GETs of /api/v1/editions/current"
java bench/SignupLoad.java "http://localhost:$PORT" "$THREADS" "$SIGNUPS" get /api/v1/editions/current
SQL -c "select 'confirmed ' || count(*) filter (where s.status = 'CONFIRMED') || ', waiting ' || count(*) filter (where s.status = 'WAITING')
  from activity_signup s join activity a on a.id = s.activity_id where a.created_by = 'bench-signup'"
SQL -c "select 'activities over capacity: ' || count(*) from (select a.id from activity a join activity_signup s on s.activity_id = a.id
  where s.status = 'CONFIRMED' group by a.id, a.capacity having count(*) > a.capacity) x"
