#!/usr/bin/env bash
# The public spot-check pages at size: loads N synthetic published results (default 2,000,000) with COPY into an
# announced plan, then measures over HTTP with curl the median and p95 of the category board, the public list
# (unfiltered, filtered by category + region + conclusion, and a text query) next to two baselines: a static file
# over HTTP and the board's main aggregate run inside PostgreSQL.
# Usage: bench/inspection-public.sh [results] [requests]   (defaults 2000000, 100; needs curl, psql, awk)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-2000000}"
N="${2:-100}"
[ "${SKIP_BUILD:-}" = 1 ] || mvn -B -q -DskipTests package
JAR="$(pwd)/$(ls target/quality-month-*.jar | grep -v original | head -1)"
WORK=$(mktemp -d /tmp/qm-inspection-XXXX)
PORT=18096
(cd "$WORK" && exec java -jar "$JAR" --server.port=$PORT > "$WORK/app.log" 2>&1) &
APP=$!
trap 'kill -TERM $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$WORK"' EXIT
until grep -q "Demo data generated" "$WORK/app.log"; do sleep 1; kill -0 $APP || { cat "$WORK/app.log"; exit 1; }; done
PGPORT=$(grep -o 'localhost:[0-9]*/postgres' "$WORK/app.log" | head -1 | cut -d: -f2 | cut -d/ -f1)
SQL() { psql -At -h localhost -p "$PGPORT" -U postgres "$@"; }
PLAN=$(SQL -c "select min(id) from insp_plan where announced_on is not null")

START=$(date +%s.%N)
# samples and results with ids far above the demo's; about 6% fail, 1% refuse, as in real announcements
awk -v n="$ROWS" -v plan="$PLAN" 'BEGIN { OFS = "\t"; srand(7)
  split("AIR_PURIFIER RICE_COOKER SMART_TOILET_SEAT SMARTPHONE BABY_DIAPER TOY CHILDREN_CLOTHING COOKWARE BEDDING FURNITURE", c, " ")
  split("330102 320102 440103 370102 310101 510104 110101 420102 430102 350102", r, " ")
  for (i = 1; i <= n; i++) { id = 100000000 + i; d = sprintf("2026-%02d-%02d", 3 + i % 8, 1 + i % 28)
    print id, plan, "bench" i, c[1 + i % 10], "样品" (i % 997), "品牌" (i % 89), "M-" i, "批" (i % 31),
          "基准企业" (i % 50000) "有限公司", r[1 + int(i / 10) % 10], d } }' |
  SQL -c "\\copy insp_sample (id, plan_id, natural_key, category, product_name, brand, model, batch, manufacturer_name, region_code, sampling_date) from stdin"
awk -v n="$ROWS" 'BEGIN { OFS = "\t"; srand(11)
  split("国家家用电器质量检验检测中心 浙江省质量科学研究院 江苏省产品质量监督检验研究院 广东产品质量监督检验研究院", t, " ")
  for (i = 1; i <= n; i++) { x = rand(); k = x < 0.06 ? "FAIL" : x < 0.07 ? "REFUSED" : "PASS"
    print 100000000 + i, 100000000 + i, k, t[1 + i % 4], "2026-11-20", (k == "FAIL" ? "标识" : "\\N") } }' |
  SQL -c "\\copy insp_result (id, sample_id, conclusion, institution, recorded_on, failed_items) from stdin"
SQL -c "insert into insp_failed_item (result_id, position, item) select id, 1, case id % 3 when 0 then '标识' when 1 then '稳定性' else '输入功率和电流' end from insp_result where id > 100000000 and conclusion = 'FAIL'" > /dev/null
SQL -c "analyze" > /dev/null
echo "loaded $(SQL -c "select count(*) from insp_result") results with COPY in $(echo "$(date +%s.%N) - $START" | bc) s"

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
measure "baseline: static file /css/app.css" "/css/app.css"
for i in $(seq 30); do
  SQL -c "explain (analyze, format json) select count(*), count(*) filter (where r.conclusion = 'FAIL') from insp_sample s join insp_plan p on p.id = s.plan_id join insp_result r on r.sample_id = s.id where s.category = 'RICE_COOKER' and p.announced_on <= current_date and p.year = 2026" |
    grep -o '"Execution Time": [0-9.]*' | awk '{ print $3 }'
done | sort -n | awk '{ t[NR] = $1 } END { printf "%-48s median %7.1f ms   p95 %7.1f ms   (%d runs)\n", "baseline: board year figures, SQL only", t[int(NR / 2) + 1], t[int(NR * 0.95)], NR }'
