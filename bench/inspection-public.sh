#!/usr/bin/env bash
# The public spot-check pages at size: loads N synthetic published results (default 2,000,000) with COPY into an
# announced plan as if one import job had stored them, lets the app add that finished job to the public read model
# (timed), then measures over HTTP with curl the median and p95 of the category board, the public list (unfiltered,
# filtered, sorted, text queries), a plan's announcement page and a result page, next to baselines: a static file over
# HTTP, the board's former aggregate over the record and its aggregate over the read model, run inside PostgreSQL, and
# the list's and board's statements over the record and over the read model, timed by explain analyze.
# Usage: bench/inspection-public.sh [results] [requests]   (defaults 2000000, 100; needs curl, psql, awk)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-2000000}"
N="${2:-100}"
[ "${SKIP_BUILD:-}" = 1 ] || mvn -B -q -DskipTests package
JAR="$(pwd)/$(ls target/quality-month-*.jar | grep -v original | head -1)"
WORK=$(mktemp -d /tmp/qm-inspection-XXXX)
PORT=18096
(cd "$WORK" && exec java -jar "$JAR" --server.port=$PORT --qm.inspection.public-sync-ms=2000 > "$WORK/app.log" 2>&1) &
APP=$!
trap 'kill -TERM $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
until grep -q "Demo data generated" "$WORK/app.log"; do sleep 1; kill -0 $APP || { cat "$WORK/app.log"; exit 1; }; done
PGPORT=$(grep -o 'localhost:[0-9]*/postgres' "$WORK/app.log" | head -1 | cut -d: -f2 | cut -d/ -f1)
SQL() { psql -At -h localhost -p "$PGPORT" -U postgres "$@"; }
PLAN=$(SQL -c "select min(id) from insp_plan where announced_on is not null")
JOB=100000000

START=$(date +%s.%N)
# samples and results with ids far above the demo's; about 6% fail, 1% refuse, as in real announcements
awk -v n="$ROWS" -v plan="$PLAN" -v job="$JOB" 'BEGIN { OFS = "\t"; srand(7)
  split("AIR_PURIFIER RICE_COOKER SMART_TOILET_SEAT SMARTPHONE BABY_DIAPER TOY CHILDREN_CLOTHING COOKWARE BEDDING FURNITURE", c, " ")
  split("330102 320102 440103 370102 310101 510104 110101 420102 430102 350102", r, " ")
  for (i = 1; i <= n; i++) { id = 100000000 + i; d = sprintf("2026-%02d-%02d", 3 + i % 8, 1 + i % 28)
    print id, plan, "bench" i, c[1 + i % 10], "样品" (i % 997), "品牌" (i % 89), "M-" i, "批" (i % 31),
          "基准企业" (i % 50000) "有限公司", r[1 + int(i / 10) % 10], d, job } }' |
  SQL -c "\\copy insp_sample (id, plan_id, natural_key, category, product_name, brand, model, batch, manufacturer_name, region_code, sampling_date, import_job_id) from stdin"
awk -v n="$ROWS" 'BEGIN { OFS = "\t"; srand(11)
  split("国家家用电器质量检验检测中心 浙江省质量科学研究院 江苏省产品质量监督检验研究院 广东产品质量监督检验研究院", t, " ")
  for (i = 1; i <= n; i++) { x = rand(); k = x < 0.06 ? "FAIL" : x < 0.07 ? "REFUSED" : "PASS"
    print 100000000 + i, 100000000 + i, k, t[1 + i % 4], "2026-11-20", (k == "FAIL" ? "标识" : "\\N") } }' |
  SQL -c "\\copy insp_result (id, sample_id, conclusion, institution, recorded_on, failed_items) from stdin"
SQL -c "insert into insp_failed_item (result_id, position, item, clause, measured, required) select id, 1, case id % 3 when 0 then '标识' when 1 then '稳定性' else '输入功率和电流' end, 'GB 4706.1-2005 10', '+18%', '±10%' from insp_result where id > 100000000 and conclusion = 'FAIL'" > /dev/null
SQL -c "analyze" > /dev/null
echo "loaded $(SQL -c "select count(*) from insp_result") results with COPY in $(echo "$(date +%s.%N) - $START" | bc) s"

# the rows as one finished import job of the announced plan: the app's sync adds them to the public read model
START=$(date +%s.%N)
SQL -c "insert into insp_import_job (id, plan_id, organization_id, username, file_name, file_key, format, header_row, header_rows, labels, status, finished_at)
        select $JOB, id, authority_id, 'bench', 'bench.csv', 'bench', 'CSV', 1, 1, '', 'DONE', now() from insp_plan where id = $PLAN" > /dev/null
until [ "$(SQL -c "select count(*) from insp_public_job where job_id = $JOB")" = 1 ]; do sleep 1; kill -0 $APP; done
echo "read model: added the job's $ROWS results in $(echo "$(date +%s.%N) - $START" | bc) s ($(SQL -c "select count(*) from insp_public_result") public rows, $(SQL -c "select count(*) from insp_public_count") count rows)"
SQL -c "analyze" > /dev/null
RESULT=$(SQL -c "select min(result_id) from insp_public_result where result_id > 100000000 and conclusion = 'FAIL'")

measure() {  # $1 label, $2 path
  for i in $(seq 10); do curl -s -o /dev/null "http://localhost:$PORT$2"; done
  for i in $(seq "$N"); do curl -s -o /dev/null -w '%{time_total}\n' "http://localhost:$PORT$2"; done | sort -n |
    awk -v label="$1" '{ t[NR] = $1 * 1000 } END { printf "%-48s median %7.1f ms   p95 %7.1f ms   (%d requests)\n", label, t[int(NR / 2) + 1], t[int(NR * 0.95)], NR }'
}
measure "category board /categories/RICE_COOKER" "/categories/RICE_COOKER"
measure "list, unfiltered, page 1" "/announcements"
measure "list, category + region + conclusion" "/announcements?category=TOY&region=330000&conclusion=FAIL"
measure "list, page 50 sorted by product" "/announcements?sort=productName&page=50"
measure "list, text query q=样品12" "/announcements?q=%E6%A0%B7%E5%93%8112"
measure "list, two-character query q=企业" "/announcements?q=%E4%BC%81%E4%B8%9A"
measure "list, rare text query q=M-123456" "/announcements?q=M-123456"
measure "list, category + year, sorted by manufacturer" "/announcements?category=BEDDING&year=2026&sort=manufacturerName"
measure "list, conclusion + institution, page 20" "/announcements?conclusion=REFUSED&institution=%E6%B5%99%E6%B1%9F%E7%9C%81%E8%B4%A8%E9%87%8F%E7%A7%91%E5%AD%A6%E7%A0%94%E7%A9%B6%E9%99%A2&page=20"
measure "list, oldest first, page 1000" "/announcements?sort=samplingDate&page=1000"
measure "announcement page of the 1M-result plan" "/announcements/plans/$PLAN"
measure "result page with failed items" "/announcements/results/$RESULT"
measure "baseline: static file /css/app.css" "/css/app.css"
for i in $(seq 30); do
  SQL -c "explain (analyze, format json) select count(*), count(*) filter (where r.conclusion = 'FAIL') from insp_sample s join insp_plan p on p.id = s.plan_id join insp_result r on r.sample_id = s.id where s.category = 'RICE_COOKER' and p.announced_on <= current_date and p.year = 2026" |
    grep -o '"Execution Time": [0-9.]*' | awk '{ print $3 }'
done | sort -n | awk '{ t[NR] = $1 } END { printf "%-48s median %7.1f ms   p95 %7.1f ms   (%d runs)\n", "baseline: board figures over the record, SQL", t[int(NR / 2) + 1], t[int(NR * 0.95)], NR }'
for i in $(seq 30); do
  SQL -c "explain (analyze, format json) select sum(c.results), sum(c.results) filter (where c.conclusion = 'FAIL') from insp_public_count c join insp_plan p on p.id = c.plan_id where c.category = 'RICE_COOKER' and p.announced_on <= current_date and p.year = 2026" |
    grep -o '"Execution Time": [0-9.]*' | awk '{ print $3 }'
done | sort -n | awk '{ t[NR] = $1 } END { printf "%-48s median %7.1f ms   p95 %7.1f ms   (%d runs)\n", "board figures over the read model counts, SQL", t[int(NR / 2) + 1], t[int(NR * 0.95)], NR }'

# SQL only: the former queries over the record next to the read model's, explain analyze, median of 15 runs
sqlonly() {  # $1 label, $2 statement
  for i in $(seq 15); do SQL -c "explain (analyze, format json) $2" | grep -o '"Execution Time": [0-9.]*' | awk '{ print $3 }'; done |
    sort -n | awk -v label="$1" '{ v[NR] = $1 } END { printf "%-62s median %8.1f ms\n", label, v[int(NR / 2) + 1] }'
}
REC="from insp_result r join insp_sample s on s.id = r.sample_id join insp_plan p on p.id = s.plan_id where p.announced_on <= current_date"
sqlonly "record: board year figures (RICE_COOKER)" "select count(*), count(*) filter (where r.conclusion = 'FAIL') $REC and s.category = 'RICE_COOKER' and p.year = 2026"
sqlonly "read model: board year figures" "select sum(c.results), sum(c.results) filter (where c.conclusion = 'FAIL') from insp_public_count c join insp_plan p on p.id = c.plan_id where c.category = 'RICE_COOKER' and p.announced_on <= current_date and p.year = 2026"
sqlonly "record: board pass rate by province" "select substr(s.region_code, 1, 2), count(*), count(*) filter (where r.conclusion = 'PASS') $REC and s.category = 'RICE_COOKER' and p.year = 2026 group by 1"
sqlonly "read model: board pass rate by province" "select substr(c.region_code, 1, 2), sum(c.results), sum(c.results) filter (where c.conclusion = 'PASS') from insp_public_count c join insp_plan p on p.id = c.plan_id where c.category = 'RICE_COOKER' and p.announced_on <= current_date and p.year = 2026 group by 1"
sqlonly "record: board top failed items" "select f.item, count(distinct f.result_id) from insp_failed_item f join insp_result r on r.id = f.result_id join insp_sample s on s.id = r.sample_id join insp_plan p on p.id = s.plan_id where s.category = 'RICE_COOKER' and p.announced_on <= current_date and p.year = 2026 group by f.item order by 2 desc limit 10"
sqlonly "read model: board top failed items" "select i.item, sum(i.results) from insp_public_item i join insp_plan p on p.id = i.plan_id where i.category = 'RICE_COOKER' and p.announced_on <= current_date and p.year = 2026 group by i.item order by 2 desc limit 10"
sqlonly "record: category+region+conclusion, capped count" "select count(*) from (select 1 $REC and s.category = 'TOY' and s.region_code like '33%' and r.conclusion = 'FAIL' limit 10001) c"
sqlonly "read model: category+region+conclusion, exact count" "select coalesce(sum(x.results), 0) from insp_public_count x where x.category = 'TOY' and x.region_code like '33%' and x.conclusion = 'FAIL'"
sqlonly "record: category+region+conclusion, page 1" "select r.id $REC and s.category = 'TOY' and s.region_code like '33%' and r.conclusion = 'FAIL' order by s.sampling_date desc nulls last, s.id desc limit 20"
sqlonly "read model: category+region+conclusion, page 1" "select x.result_id from insp_public_result x where x.category = 'TOY' and x.region_code like '33%' and x.conclusion = 'FAIL' order by x.sampling_date desc nulls last, x.sample_id desc limit 20"
sqlonly "record: sorted by product, page 50" "select r.id $REC order by s.product_name asc nulls last, s.id desc limit 20 offset 980"
sqlonly "read model: sorted by product, page 50" "select x.result_id from insp_public_result x order by x.product_name asc nulls last, x.sample_id desc limit 20 offset 980"
sqlonly "record: text q=样品12, capped count (10,000)" "select count(*) from (select 1 $REC and (s.product_name ilike '%样品12%' or s.manufacturer_name ilike '%样品12%' or s.model ilike '%样品12%' or s.manufacturer_credit_code = upper('样品12')) limit 10001) c"
sqlonly "read model: text q=样品12, capped count (1,000)" "select count(*) from (select 1 from insp_public_result x where (insp_bigrams(lower(x.product_name || chr(1) || coalesce(x.manufacturer_name, '') || chr(1) || coalesce(x.model, ''))) @> insp_bigrams(lower('样品12')) and (x.product_name ilike '%样品12%' or x.manufacturer_name ilike '%样品12%' or x.model ilike '%样品12%')) limit 1001) c"
sqlonly "read model: text q=样品12, page 1" "select x.result_id from insp_public_result x where (insp_bigrams(lower(x.product_name || chr(1) || coalesce(x.manufacturer_name, '') || chr(1) || coalesce(x.model, ''))) @> insp_bigrams(lower('样品12')) and (x.product_name ilike '%样品12%' or x.manufacturer_name ilike '%样品12%' or x.model ilike '%样品12%')) order by x.sampling_date desc nulls last, x.sample_id desc limit 20"
sqlonly "read model: rare text q=M-123456, capped count" "select count(*) from (select 1 from insp_public_result x where (insp_bigrams(lower(x.product_name || chr(1) || coalesce(x.manufacturer_name, '') || chr(1) || coalesce(x.model, ''))) @> insp_bigrams(lower('M-123456')) and (x.product_name ilike '%M-123456%' or x.manufacturer_name ilike '%M-123456%' or x.model ilike '%M-123456%')) limit 1001) c"
