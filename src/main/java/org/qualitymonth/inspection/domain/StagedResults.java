package org.qualitymonth.inspection.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores one import's rows in its transaction: rows stream with COPY into a temporary staging table (no WAL, dropped
 * at commit) and every chunk is merged with one statement upserting samples and results by the natural key (it
 * keeps the ids of the chunk's results, marked seen again or failed, in a second temporary table), one deleting the
 * failed items of results seen again and one inserting the new failed items. Nothing of a chunk stays in memory once
 * merged: the import announces itself with one {@link org.qualitymonth.inspection.ResultsImported} at its end. A chunk
 * holds each natural key once: a key seen again first merges the chunk, so the later row wins.
 */
final class StagedResults {

    static final String STAGE = """
            create temp table if not exists insp_stage (natural_key text, category text, category_name text, product_name text,
                brand text, model text, batch text, manufacturer_name text, manufacturer_credit_code text, manufacturer_id bigint,
                manufacturer_region text, manufacturer_address text, business_name text, business_region text, sampling_date date,
                sampling_place text, quantity int, region_code text, conclusion text, institution text, report_no text,
                failed_items text, retest_institution text, remarks text, items jsonb) on commit drop;
            create temp table if not exists insp_merged (result_id bigint, natural_key text, existed boolean, failed boolean)
                on commit drop""";
    private static final String MERGE = """
            with s as (
                insert into insp_sample (plan_id, import_job_id, natural_key, category, category_name, product_name, brand, model,
                    batch, manufacturer_name, manufacturer_credit_code, manufacturer_id, manufacturer_region, manufacturer_address,
                    business_name, business_region, sampling_date, sampling_place, quantity, region_code)
                select ?, ?, natural_key, category, category_name, product_name, brand, model, batch, manufacturer_name,
                    manufacturer_credit_code, manufacturer_id, manufacturer_region, manufacturer_address, business_name,
                    business_region, sampling_date, sampling_place, quantity, region_code from insp_stage
            """ + ResultStore.SAMPLE_UPSERT + """
                returning id, natural_key, xmax::text <> '0' as existed
            ), r as (
                insert into insp_result (sample_id, conclusion, institution, report_no, failed_items, retest_institution, remarks,
                    stage, recorded_on)
                select s.id, t.conclusion, t.institution, t.report_no, t.failed_items, t.retest_institution, t.remarks,
                    case when t.conclusion = 'FAIL' then 'FAILED' end, ?
                from s join insp_stage t on t.natural_key = s.natural_key
            """ + ResultStore.RESULT_UPSERT + """
                returning id, sample_id, conclusion
            )
            insert into insp_merged select r.id, s.natural_key, s.existed, r.conclusion = 'FAIL'
            from r join s on s.id = r.sample_id""";
    private static final String FAILED_ITEMS = """
            insert into insp_failed_item (result_id, position, item, clause, measured, required)
            select m.result_id, e.n, e.v ->> 'i', e.v ->> 'c', e.v ->> 'm', e.v ->> 'r'
            from insp_merged m join insp_stage t on t.natural_key = m.natural_key
                cross join lateral jsonb_array_elements(t.items) with ordinality as e(v, n)
            where m.failed and t.items is not null""";

    private final Connection connection;
    private final JdbcClient jdbc;
    private final long planId;
    private final Long jobId;
    private final LocalDate recordedOn;
    private final int chunk;
    private final Set<String> keys = new HashSet<>();
    private final CopyLine line = new CopyLine();

    StagedResults(Connection connection, JdbcClient jdbc, long planId, Long jobId, LocalDate recordedOn, int chunk) {
        this.connection = connection;
        this.jdbc = jdbc;
        this.planId = planId;
        this.jobId = jobId;
        this.recordedOn = recordedOn;
        this.chunk = chunk;
        jdbc.sql(STAGE).update();
        jdbc.sql("truncate insp_stage, insp_merged").update();
    }

    /** Stages matched rows with one COPY (merging first when a key repeats) and merges once a chunk is full. */
    void write(List<SampleRow> rows) {
        PGCopyOutputStream copy = null;
        try {
            for (SampleRow row : rows) {
                String key = row.naturalKey();
                if (!keys.add(key)) {
                    end(copy);
                    copy = null;
                    merge();
                    keys.add(key);
                }
                if (copy == null) {
                    copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), "copy insp_stage from stdin", 1 << 16);
                }
                copy.write(line.of(key, row));
            }
            end(copy);
            copy = null;
        } catch (SQLException e) {
            throw new IllegalStateException("staging failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            cancel(copy);
        }
        if (keys.size() >= chunk) {
            merge();
        }
    }

    /** Merges what is staged into the record. */
    void merge() {
        if (keys.isEmpty()) {
            return;
        }
        // the staging tables have no statistics of their own: their joins are hash joins of one chunk
        nestedLoops(false);
        jdbc.sql(MERGE).params(planId, jobId, recordedOn).update();
        nestedLoops(true);
        jdbc.sql("""
                delete from insp_failed_item
                where result_id = any(array(select result_id from insp_merged where existed))""").update();
        nestedLoops(false);
        jdbc.sql(FAILED_ITEMS).update();
        nestedLoops(true);
        jdbc.sql("truncate insp_stage, insp_merged").update();
        keys.clear();
    }

    private void nestedLoops(boolean enabled) {
        jdbc.sql("set local enable_nestloop = " + enabled).update();
    }

    /** A COPY cut off by a failure is cancelled, so the connection can roll the transaction back. */
    private static void cancel(PGCopyOutputStream copy) {
        try {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // the transaction fails anyway; the original failure is the one to report
        }
    }

    private static void end(PGCopyOutputStream copy) throws IOException {
        if (copy != null) {
            copy.close();
        }
    }
}
