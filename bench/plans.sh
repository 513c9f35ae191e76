#!/usr/bin/env bash
# Median and p95 response times of the national progress dashboard and a reviewer's queue page with
# 3,000 extra plans x 5 versions (bench/plans-data.sql), next to the dashboard's SQL alone as the baseline.
# Usage: bench/plans.sh [requests]   (default 200; needs curl and psql)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-200}"
JAR=$(ls target/quality-month-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$JAR" ] || { mvn -B -q -DskipTests package; JAR=$(ls target/quality-month-*.jar | grep -v original | head -1); }
JAR="$(pwd)/$JAR"
WORK=$(mktemp -d /tmp/qm-plans-XXXX)
PORT=18090
(cd "$WORK" && exec java -jar "$JAR" --server.port=$PORT --qm.demo.scale=3 > "$WORK/app.log" 2>&1) &
APP=$!
trap 'kill -TERM $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$WORK"' EXIT
until grep -q "Demo data generated" "$WORK/app.log"; do sleep 1; kill -0 $APP || { cat "$WORK/app.log"; exit 1; }; done
PGPORT=$(grep -o 'localhost:[0-9]*/postgres' "$WORK/app.log" | head -1 | cut -d: -f2 | cut -d/ -f1)
psql -q -h localhost -p "$PGPORT" -U postgres -f bench/plans-data.sql > /dev/null
echo "plans: $(psql -At -h localhost -p "$PGPORT" -U postgres -c 'select count(*) from activity_plan') \
versions: $(psql -At -h localhost -p "$PGPORT" -U postgres -c 'select count(*) from plan_version')"

login() {  # $1 user, $2 cookie jar
  local token
  token=$(curl -s -c "$2" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -b "$2" -c "$2" -o /dev/null -d "username=$1&password=Demo@2026&_csrf=$token" "http://localhost:$PORT/login"
}

measure() {  # $1 label, $2 cookie jar, $3 path
  for i in $(seq 20); do curl -s -o /dev/null -b "$2" "http://localhost:$PORT$3"; done
  for i in $(seq "$N"); do curl -s -o /dev/null -w '%{time_total}\n' -b "$2" "http://localhost:$PORT$3"; done | sort -n |
    awk -v label="$1" '{ t[NR] = $1 * 1000 } END { printf "%-34s median %7.1f ms   p95 %7.1f ms   (%d requests)\n", label, t[int(NR / 2) + 1], t[int(NR * 0.95)], NR }'
}

login admin "$WORK/admin.jar"
login zhejiang.reviewer "$WORK/reviewer.jar"
measure "national dashboard /console/supervision" "$WORK/admin.jar" /console/supervision
measure "reviewer queue /console/reviews" "$WORK/reviewer.jar" /console/reviews
# baseline: the dashboard's aggregation alone, inside PostgreSQL
for i in $(seq 50); do
  psql -At -h localhost -p "$PGPORT" -U postgres -c "explain (analyze, format json) with universe as (
    select coalesce(o.region_code, p.region_code) as region, o.id is not null and not o.exempt as obliged, o.due_on, p.status, coalesce(p.late, false) as late
    from (select * from plan_obligation where edition_year = 2026) o full join (select * from activity_plan where edition_year = 2026) p on p.organization_id = o.organization_id)
    select substr(region, 1, 2), count(*) filter (where obliged), count(*) filter (where status = 'ACCEPTED') from universe group by 1" |
    grep -o '"Execution Time": [0-9.]*' | awk '{ print $3 }'
done | sort -n | awk '{ t[NR] = $1 } END { printf "%-34s median %7.1f ms   p95 %7.1f ms   (%d runs)\n", "baseline: aggregation SQL only", t[int(NR / 2) + 1], t[int(NR * 0.95)], NR }'
