package org.qualitymonth.inspection.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.inspection.FailedResultRecorded;
import org.qualitymonth.inspection.FailedResultsRecorded;
import org.qualitymonth.inspection.ResultsStored;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a batch of sample rows in the caller's transaction with three set-based statements (samples,
 * results, failed items: arrays unnested, upserted by the natural key), then announces the batch and its failed
 * results. A row seen again updates its sample and result instead of adding one. Used for results entered or
 * generated in small numbers; sheet imports stage their rows with COPY ({@link StagedResults}).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ResultStore {

    /** The conflict clause of a sample upsert by natural key, shared with {@link StagedResults}. */
    static final String SAMPLE_UPSERT = """
            on conflict on constraint insp_sample_natural_key do update set import_job_id = excluded.import_job_id,
                category = excluded.category, category_name = excluded.category_name, product_name = excluded.product_name,
                brand = excluded.brand, model = excluded.model, batch = excluded.batch, manufacturer_name = excluded.manufacturer_name,
                manufacturer_credit_code = excluded.manufacturer_credit_code, manufacturer_id = excluded.manufacturer_id,
                manufacturer_region = excluded.manufacturer_region, manufacturer_address = excluded.manufacturer_address,
                business_name = excluded.business_name, business_region = excluded.business_region,
                sampling_date = excluded.sampling_date, sampling_place = excluded.sampling_place, quantity = excluded.quantity,
                region_code = excluded.region_code, updated_at = now()
            """;
    /** The conflict clause of a result upsert: a failure kept failed keeps its lifecycle stage. */
    static final String RESULT_UPSERT = """
            on conflict (sample_id) do update set conclusion = excluded.conclusion, institution = excluded.institution,
                report_no = excluded.report_no, failed_items = excluded.failed_items,
                retest_institution = excluded.retest_institution, remarks = excluded.remarks,
                stage = case when excluded.conclusion <> 'FAIL' then null
                             when insp_result.conclusion = 'FAIL' then insp_result.stage else 'FAILED' end,
                stage_deadline = case when excluded.conclusion = 'FAIL' and insp_result.conclusion = 'FAIL'
                             then insp_result.stage_deadline end
            """;
    private static final String SAMPLES = """
            insert into insp_sample (plan_id, import_job_id, natural_key, category, category_name, product_name, brand, model,
                batch, manufacturer_name, manufacturer_credit_code, manufacturer_id, manufacturer_region, manufacturer_address,
                business_name, business_region, sampling_date, sampling_place, quantity, region_code)
            select ?, ?, t.* from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                ?::date[], ?::varchar[], ?::int[], ?::varchar[]) as t
            """ + SAMPLE_UPSERT + """
            returning natural_key, id""";
    private static final String RESULTS = """
            insert into insp_result (sample_id, conclusion, institution, report_no, failed_items, retest_institution, remarks,
                stage, recorded_on)
            select t.s, t.c, t.i, t.r, t.f, t.ri, t.rm, case when t.c = 'FAIL' then 'FAILED' end, ?
            from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::text[], ?::varchar[], ?::text[])
                as t(s, c, i, r, f, ri, rm)
            """ + RESULT_UPSERT + """
            returning sample_id, id""";
    private static final String ITEMS = """
            insert into insp_failed_item (result_id, position, item, clause, measured, required)
            select * from unnest(?::bigint[], ?::int[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ResultStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Stores the rows (a later row with the same natural key wins) and returns how many distinct samples that was. */
    public int store(long planId, Long jobId, List<SampleRow> batch, LocalDate recordedOn) {
        Map<String, SampleRow> rows = new LinkedHashMap<>();
        batch.forEach(row -> rows.put(row.naturalKey(), row));
        if (rows.isEmpty()) {
            return 0;
        }
        Map<String, Long> sampleIds = upsertSamples(planId, jobId, rows);
        Map<Long, Long> resultIds = upsertResults(rows, sampleIds, recordedOn);
        replaceFailedItems(rows, sampleIds, resultIds);
        events.publishEvent(new ResultsStored(planId, List.copyOf(resultIds.values())));
        List<FailedResultRecorded> failed = new ArrayList<>();
        rows.forEach((key, row) -> {
            if (row.conclusion() == Conclusion.FAIL) {
                failed.add(new FailedResultRecorded(resultIds.get(sampleIds.get(key)), planId, row.productName(),
                        row.manufacturerName(), row.manufacturerRegion(), row.businessName(), row.businessRegion(), recordedOn));
            }
        });
        if (!failed.isEmpty()) {
            events.publishEvent(new FailedResultsRecorded(planId, failed));
        }
        return rows.size();
    }

    private Map<String, Long> upsertSamples(long planId, Long jobId, Map<String, SampleRow> rows) {
        List<SampleRow> list = List.copyOf(rows.values());
        Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.sql(SAMPLES).params(planId, jobId, rows.keySet().toArray(String[]::new),
                        column(list, SampleRow::category), column(list, SampleRow::categoryName), column(list, SampleRow::productName),
                        column(list, SampleRow::brand), column(list, SampleRow::model), column(list, SampleRow::batch),
                        column(list, SampleRow::manufacturerName), column(list, SampleRow::manufacturerCreditCode),
                        list.stream().map(SampleRow::manufacturerId).toArray(Long[]::new),
                        column(list, SampleRow::manufacturerRegion), column(list, SampleRow::manufacturerAddress),
                        column(list, SampleRow::businessName), column(list, SampleRow::businessRegion),
                        column(list, r -> r.samplingDate() == null ? null : r.samplingDate().toString()),
                        column(list, SampleRow::samplingPlace), list.stream().map(SampleRow::quantity).toArray(Integer[]::new),
                        column(list, SampleRow::regionCode))
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        return ids;
    }

    private Map<Long, Long> upsertResults(Map<String, SampleRow> rows, Map<String, Long> sampleIds, LocalDate recordedOn) {
        List<SampleRow> list = List.copyOf(rows.values());
        Map<Long, Long> ids = new java.util.HashMap<>();
        jdbc.sql(RESULTS).params(recordedOn, rows.keySet().stream().map(sampleIds::get).toArray(Long[]::new),
                        column(list, r -> r.conclusion().name()), column(list, SampleRow::institution),
                        column(list, SampleRow::reportNo), column(list, SampleRow::failedItemsText),
                        column(list, SampleRow::retestInstitution), column(list, SampleRow::remarks))
                .query(rs -> {
                    ids.put(rs.getLong(1), rs.getLong(2));
                });
        return ids;
    }

    private void replaceFailedItems(Map<String, SampleRow> rows, Map<String, Long> sampleIds, Map<Long, Long> resultIds) {
        jdbc.sql("delete from insp_failed_item where result_id = any(?::bigint[])")
                .param(resultIds.values().toArray(Long[]::new)).update();
        List<Long> result = new ArrayList<>();
        List<Integer> position = new ArrayList<>();
        List<SampleRow.FailedItem> items = new ArrayList<>();
        rows.forEach((key, row) -> {
            for (int i = 0; i < row.failedItems().size(); i++) {
                result.add(resultIds.get(sampleIds.get(key)));
                position.add(i + 1);
                items.add(row.failedItems().get(i));
            }
        });
        if (!items.isEmpty()) {
            jdbc.sql(ITEMS).params(result.toArray(Long[]::new), position.toArray(Integer[]::new),
                    column(items, SampleRow.FailedItem::item), column(items, SampleRow.FailedItem::clause),
                    column(items, SampleRow.FailedItem::measured), column(items, SampleRow.FailedItem::required)).update();
        }
    }

    private static <T> String[] column(List<T> rows, java.util.function.Function<T, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }
}
