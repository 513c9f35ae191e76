#!/usr/bin/env bash
# Result-sheet import at size (INSP-2/3): generates a messy result sheet of N rows (bench/ImportSheets.java: title
# rows, header on row 3 with a merged cell, repeated headers, full-width text, "/" for empty, text and serial dates,
# 合格/不合格 and P/F, ~7% failing, ~0.3% rows to refuse, a quarter of the manufacturers known to the platform), then
# in one run, side by side on the same embedded PostgreSQL:
#   baseline: psql \copy of the same rows into a bare table of text columns;
#   import:   the application path a person uses (HTTP upload, the proposed mapping confirmed as shown, the background
#             import: parse, map, validate, match manufacturers, store, then the disposal tasks opened from the
#             events after commit), timed from the upload to the last disposal task, with the Java heap sampled
#             by jstat every 250 ms while the app runs with a capped heap.
# Then the same for an XLSX sheet of fewer rows (fastexcel's streaming reader), into a second plan.
# Next to the baseline, the floor: the same rows already typed, COPYed into bare copies of the record's two tables with
# their keys and indexes built afterwards, i.e. the least PostgreSQL must do to hold them in the record.
# After the CSV import the plan is announced and timed until its results are public and indexed for search.
# Usage: bench/import.sh [rows] [xmx] [xlsx-rows]   (defaults 1000000, 512m, 50000; xlsx-rows 0 skips the XLSX sheet)
# Env: SKIP_BUILD=1 to use target/*.jar as it is; JFR=1 to record a flight recording of the import to /tmp;
#      ANNOUNCE=0 to skip the announcement.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-1000000}"
XMX="${2:-512m}"
XLSX_ROWS="${3:-50000}"
[ "${SKIP_BUILD:-}" = 1 ] || mvn -B -q -DskipTests package
JAR="$(pwd)/$(ls target/quality-month-*.jar | grep -v original | head -1)"
WORK=$(mktemp -d /tmp/qm-import-XXXX)
PORT=${PORT:-8082}
(cd "$WORK" && exec java -Xmx"$XMX" -jar "$JAR" --server.port=$PORT --qm.inspection.max-upload-mb=1024 \
  > "$WORK/app.log" 2>&1) &
APP=$!
SAMPLER=
trap '[ -n "$SAMPLER" ] && kill $SAMPLER 2>/dev/null; kill -TERM $APP 2>/dev/null; wait $APP 2>/dev/null; sleep 2; rm -rf "$WORK"' EXIT
until grep -q "Demo data generated" "$WORK/app.log"; do sleep 1; kill -0 $APP || { cat "$WORK/app.log"; exit 1; }; done
PGPORT=$(grep -o 'localhost:[0-9]*/postgres' "$WORK/app.log" | head -1 | cut -d: -f2 | cut -d/ -f1)
SQL() { psql -At -h localhost -p "$PGPORT" -U postgres "$@"; }
now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc; }

SQL -c "select name, credit_code from organization where type = 'ENTERPRISE' and credit_code is not null" -F $'\t' > "$WORK/known.tsv"
SHEET="$WORK/results.csv"
EXPECT=$(java bench/ImportSheets.java csv "$ROWS" "$SHEET" "$WORK/known.tsv")
REFUSED=$(echo "$EXPECT" | sed 's/.*refused=\([0-9]*\).*/\1/')
FAILING=$(echo "$EXPECT" | sed 's/.*failing=\([0-9]*\).*/\1/')
echo "sheet: csv, $ROWS data rows, $(du -m "$SHEET" | cut -f1) MB, $(wc -l < "$WORK/known.tsv") known enterprises; expected refused $REFUSED, failing $FAILING"

# baseline: COPY of the same lines (title rows off) into a bare table, in one transaction like the import
SQL -c "create table bench_copy ($(seq -s, -f 'c%g text' 1 17))" > /dev/null
start=$(now)
tail -n +5 "$SHEET" | SQL -c "\\copy bench_copy from stdin with (format csv)" > /dev/null
COPY_S=$(secs "$start" "$(now)")
COPIED=$(SQL -c "select count(*) from bench_copy")
echo "baseline: COPY of $COPIED lines into a bare table   $(printf '%.1f' "$COPY_S") s   $(echo "$COPIED / $COPY_S" | bc) rows/s"

# floor: what storing the same rows in the record's own two tables costs PostgreSQL at best, with nothing parsed,
# matched or checked by the application: the rows, already typed (exported from bench_copy, untimed), COPYed into bare
# copies of insp_sample and insp_result, then their keys, indexes and foreign key built once over the loaded rows
# instead of maintained row by row
sed "s|WORK|$WORK|" <<'FLOOR' | SQL -v ON_ERROR_STOP=1 > /dev/null
create table floor_sample (like insp_sample including defaults);
alter table floor_sample alter column id drop default;
create table floor_result (like insp_result including defaults);
alter table floor_result alter column id drop default;
create temp view typed as select row_number() over () n, * from bench_copy where c1 ~ '^[0-9]+$' and c17 ~ '^[0-9]+$';
\copy (select n, 1, encode(sha256(convert_to(c16, 'UTF8')), 'hex'), 'RICE_COOKER', c2, c3, c4, c5, c6, c7, left(c9, 18), null, '330100', c8, c10, '330100', current_date, null, c17::int, '330100', 1, now() from typed) to 'WORK/floor_sample.tsv'
\copy (select n, n, case when c13 in ('P', '合格') then 'PASS' else 'FAIL' end, c15, c16, nullif(c14, '/'), null, null, null, null, current_date from typed) to 'WORK/floor_result.tsv'
checkpoint;
FLOOR
start=$(now)
sed "s|WORK|$WORK|" > "$WORK/floor.sql" <<'FLOOR'
begin;
\copy floor_sample from 'WORK/floor_sample.tsv'
\copy floor_result from 'WORK/floor_result.tsv'
alter table floor_sample add primary key (id);
alter table floor_sample add unique (plan_id, natural_key);
create index on floor_sample (region_code varchar_pattern_ops);
create index on floor_sample (manufacturer_id);
create index on floor_sample (manufacturer_credit_code) where manufacturer_credit_code is not null;
alter table floor_result add primary key (id);
alter table floor_result add unique (sample_id);
create index on floor_result (stage) where stage is not null;
create index on floor_result (conclusion, sample_id);
alter table floor_result add foreign key (sample_id) references floor_sample (id);
commit;
FLOOR
SQL -v ON_ERROR_STOP=1 -f "$WORK/floor.sql" > /dev/null
FLOOR_S=$(secs "$start" "$(now)")
FLOORED=$(SQL -c "select count(*) from floor_result")
SQL -c "drop table floor_result, floor_sample, bench_copy" > /dev/null
echo "floor: the same rows typed, COPYed into bare copies of insp_sample and insp_result, keys and indexes built after   $(printf '%.1f' "$FLOOR_S") s   $(echo "$FLOORED / $FLOOR_S" | bc) rows/s   ($(echo "scale=3; ($FLOORED / $FLOOR_S) / ($COPIED / $COPY_S) * 100" | bc | xargs printf '%.1f') % of COPY)"

login() {  # $1 user, $2 cookie jar
  local token
  token=$(curl -s -c "$2" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -b "$2" -c "$2" -o /dev/null -d "username=$1&password=Demo@2026&_csrf=$token" "http://localhost:$PORT/login"
}
csrf() { curl -s -b "$JAR_C" "http://localhost:$PORT$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }

# $1 sheet, $2 plan title: uploads, confirms the mapping exactly as the job page proposes it, waits for the import and
# then for the disposal tasks (no event publication left incomplete); sets JOB, PLAN, T_UPLOAD, T_CONFIRM, T_IMPORT, T_TASKS
import_sheet() {
  curl -s -b "$JAR_C" -o /dev/null -d "year=2026&title=$2$CATS&_csrf=$(csrf /console/inspection)" "http://localhost:$PORT/console/inspection/plans"
  PLAN=$(SQL -c "select max(id) from insp_plan")
  local start location page mapping token
  start=$(now)
  location=$(curl -s -b "$JAR_C" -o /dev/null -w '%{redirect_url}' -F "_csrf=$(csrf "/console/inspection/plans/$PLAN/import")" \
    -F "file=@$1" "http://localhost:$PORT/console/inspection/plans/$PLAN/import")
  JOB=${location##*/}
  T_UPLOAD=$(secs "$start" "$(now)")
  page=$(curl -s -b "$JAR_C" "http://localhost:$PORT/console/inspection/imports/$JOB")
  MAPPING=$(echo "$page" | awk '/<select/ { match($0, /name="col[0-9]+"/); col = substr($0, RSTART + 6, RLENGTH - 7) }
    /selected/ && col != "" { match($0, /value="[A-Z_]+"/); if (RSTART) printf "&%s=%s", col, substr($0, RSTART + 7, RLENGTH - 8) }')
  token=$(echo "$page" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -b "$JAR_C" -o /dev/null -d "_csrf=$token$MAPPING" "http://localhost:$PORT/console/inspection/imports/$JOB/confirm"
  T_CONFIRM=$(secs "$start" "$(now)")
  until SQL -c "select status from insp_import_job where id = $JOB" | grep -qE 'DONE|FAILED'; do sleep 0.5; done
  T_IMPORT=$(secs "$start" "$(now)")
  until [ "$(SQL -c "select count(*) from event_publication where completion_date is null")" = 0 ]; do sleep 0.5; done
  T_TASKS=$(secs "$start" "$(now)")
}

report() {  # $1 rows, $2 expected refused, $3 expected failing
  local status imported refused
  read -r status imported refused < <(SQL -F ' ' -c "select status, rows_imported, rows_refused from insp_import_job where id = $JOB")
  echo "import job $JOB: $status, $imported imported, $refused refused (expected $2); $(SQL -c "select count(*) from insp_sample where plan_id = $PLAN") samples, $(SQL -c "select count(*) from insp_result r join insp_sample s on s.id = r.sample_id where s.plan_id = $PLAN and r.conclusion = 'FAIL'") failed (expected $3), $(SQL -c "select count(*) from insp_sample where plan_id = $PLAN and manufacturer_id is not null") matched to known enterprises"
  echo "disposal: $(SQL -c "select count(*) from disposal_task where plan_id = $PLAN") tasks for $(SQL -c "select count(distinct result_id) from disposal_task where plan_id = $PLAN") failed results"
  printf 'upload %.1f s, mapping confirmed at %.1f s, import done at %.1f s, last disposal task at %.1f s\n' "$T_UPLOAD" "$T_CONFIRM" "$T_IMPORT" "$T_TASKS"
  echo "import end to end: $1 rows in $(printf '%.1f' "$T_TASKS") s   $(echo "$1 / $T_TASKS" | bc) rows/s   (from the confirmation: $(echo "$1 / ($T_TASKS - $T_CONFIRM)" | bc) rows/s)"
}

CATS=$(printf '&categories=%s' AIR_PURIFIER RICE_COOKER SMART_TOILET_SEAT SMARTPHONE BABY_DIAPER TOY CHILDREN_CLOTHING COOKWARE BEDDING FURNITURE)
JAR_C="$WORK/cookies"
login zhejiang.admin "$JAR_C"
jcmd "$APP" GC.run > /dev/null; sleep 1
[ "${JFR:-}" = 1 ] && jcmd "$APP" JFR.start name=import settings=profile > /dev/null
jstat -gc "$APP" 250 > "$WORK/jstat.txt" &
SAMPLER=$!
import_sheet "$SHEET" "%E5%9F%BA%E5%87%86%E6%8A%BD%E6%9F%A5"
kill $SAMPLER; wait $SAMPLER 2>/dev/null || true; SAMPLER=
echo "mapping confirmed:${MAPPING//&/ }"
report "$ROWS" "$REFUSED" "$FAILING"
# the authority's console after the import: the plan's page (counts and first page of results) and the plan list
console_ms() {  # $1 path: median of 5 requests after one warm-up, in ms
  curl -s -b "$JAR_C" -o /dev/null "http://localhost:$PORT$1"
  for _ in 1 2 3 4 5; do curl -s -b "$JAR_C" -o /dev/null -w '%{time_total}\n' "http://localhost:$PORT$1"; done \
    | sort -n | sed -n 3p | awk '{ printf "%.0f", $1 * 1000 }'
}
echo "console after the import: plan page $(console_ms "/console/inspection/plans/$PLAN") ms, failed results $(console_ms "/console/inspection/plans/$PLAN?conclusion=FAIL") ms, plan list $(console_ms /console/inspection) ms (medians of 5)"
[ -n "${COPY_S:-}" ] && echo "ratio import / COPY: $(echo "scale=3; ($ROWS / $T_TASKS) / ($COPIED / $COPY_S) * 100" | bc | xargs printf '%.1f') % (target >= 50 %)"
# heap: used = survivors + eden + old; the old generation after each collection is what stays
awk -v xmx="$XMX" 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next } $1 != "S0C" {
    n++; u[n] = ($c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]) / 1024; o[n] = $c["OU"] / 1024 }
  END { for (i = 1; i <= n; i++) { if (u[i] > max) max = u[i]; if (o[i] > omax) omax = o[i] }
    printf "heap (-Xmx%s, %d samples): max used %.0f MiB, max old generation %.0f MiB\n", xmx, n, max, omax
    printf "old generation by tenth of the run:"; for (t = 1; t <= 10; t++) { m = 0; for (i = int((t - 1) * n / 10) + 1; i <= int(t * n / 10); i++) if (o[i] > m) m = o[i]; printf " %.0f", m }
    printf " MiB\n" }' "$WORK/jstat.txt"

# announcement: the imported plan goes public; timed from the request to the moment its results are all in the public
# read model and the search index has taken them (no event publication left incomplete), then one of its report
# numbers is looked up through the public search API
announce_plan() {
  local start report hits
  start=$(now)
  curl -s -b "$JAR_C" -o /dev/null -d "on=2026-11-20&_csrf=$(csrf "/console/inspection/plans/$PLAN")" \
    "http://localhost:$PORT/console/inspection/plans/$PLAN/announce"
  T_ANN_REQ=$(secs "$start" "$(now)")
  until [ "$(SQL -c "select count(*) from insp_public_result where plan_id = $PLAN")" = "$(SQL -c "select count(*) from insp_sample where plan_id = $PLAN")" ] \
    && [ "$(SQL -c "select count(*) from event_publication where completion_date is null")" = 0 ]; do sleep 0.5; done
  T_ANN=$(secs "$start" "$(now)")
  report=$(SQL -c "select r.report_no from insp_result r join insp_sample s on s.id = r.sample_id where s.plan_id = $PLAN order by r.id desc limit 1")
  hits=$(curl -s "http://localhost:$PORT/api/v1/search?q=$report" | grep -o '"total":[0-9]*' | cut -d: -f2)
  printf 'announcement: request answered in %.1f s; %s public rows and the search index written at %.1f s; search for report %s: %s hit(s)\n' \
    "$T_ANN_REQ" "$(SQL -c "select count(*) from insp_public_result where plan_id = $PLAN")" "$T_ANN" "$report" "$hits"
  echo "import and announcement end to end: $ROWS rows in $(printf '%.1f' "$(echo "$T_TASKS + $T_ANN" | bc)") s   $(echo "$ROWS / ($T_TASKS + $T_ANN)" | bc) rows/s"
}
[ "${ANNOUNCE:-1}" = 1 ] && announce_plan
[ "${JFR:-}" = 1 ] && jcmd "$APP" JFR.dump name=import filename=/tmp/qm-import.jfr > /dev/null && echo "flight recording: /tmp/qm-import.jfr"

if [ "$XLSX_ROWS" -gt 0 ]; then
  EXPECT=$(java bench/ImportSheets.java xlsx "$XLSX_ROWS" "$WORK/results.xlsx" "$WORK/known.tsv")
  echo "sheet: xlsx, $XLSX_ROWS data rows, $(du -m "$WORK/results.xlsx" | cut -f1) MB"
  import_sheet "$WORK/results.xlsx" "XLSX"
  report "$XLSX_ROWS" "$(echo "$EXPECT" | sed 's/.*refused=\([0-9]*\).*/\1/')" "$(echo "$EXPECT" | sed 's/.*failing=\([0-9]*\).*/\1/')"
fi
exit 0
