package org.qualitymonth.inspection.domain;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.qualitymonth.inspection.ResultsImported;
import org.qualitymonth.inspection.domain.ImportJobs.JobView;
import org.qualitymonth.inspection.domain.sheet.SheetReader;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.platform.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams a confirmed sheet into the canonical record inside the caller's transaction: rows are parsed under
 * the mapping, refused rows are kept with their reason, accepted rows are matched a batch at a time and staged
 * with COPY ({@link StagedResults}), so memory holds one batch whatever the file's size. Repeated header rows
 * are skipped.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ImportRows {

    private static final String ERRORS = """
            insert into insp_import_error (job_id, row_no, reason_code, reason_arg, raw)
            select ?, * from unnest(?::int[], ?::varchar[], ?::varchar[], ?::text[])
            on conflict (job_id, row_no) do nothing""";

    /** Rows parsed before their manufacturers are looked up together and they are staged. */
    private static final int MATCH_BATCH = 1000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final ManufacturerMatcher matcher;
    private final CategoryNames categories;
    private final OrganizationLookup organizations;
    private final InspectionProperties properties;
    private final AuditLog audit;

    ImportRows(JdbcClient jdbc, DataSource dataSource, ApplicationEventPublisher events, ManufacturerMatcher matcher,
               CategoryNames categories, OrganizationLookup organizations, InspectionProperties properties, AuditLog audit) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.events = events;
        this.matcher = matcher;
        this.categories = categories;
        this.organizations = organizations;
        this.properties = properties;
        this.audit = audit;
    }

    void importAll(JobView job, Path file, LocalDate today, IntConsumer progress) {
        jdbc.sql("delete from insp_import_error where job_id = ?").param(job.id()).update();
        Header header = header(job, file);
        RowParser parser = new RowParser(job.mapping(), context(job.planId()));
        StagedResults staged = new StagedResults(DataSourceUtils.getConnection(dataSource), jdbc, job.planId(), job.id(),
                today, properties.batchSize());
        Batch batch = new Batch(job, staged, matcher.session(), progress);
        int dataFrom = header.row() + header.rows();
        SheetReader.of(job.format()).read(file, (number, cells) -> {
            if (number >= dataFrom && !header.repeatedIn(cells)) {
                RowParser.Parsed parsed = parser.parse(cells);
                batch.add(number, cells, parsed);
            }
            return true;
        });
        batch.flush();
        staged.merge();
        events.publishEvent(new ResultsImported(job.planId(), job.id()));
        jdbc.sql("""
                        update insp_import_job set status = 'DONE', rows_done = ?, rows_imported = ?, rows_refused = ?,
                            failure_code = null, finished_at = now() where id = ?""")
                .params(batch.done, batch.imported, batch.refused, job.id()).update();
        audit.record("inspection.import.done", "insp_import_job", Long.toString(job.id()), null,
                Map.of("plan", job.planId(), "rows", batch.done, "imported", batch.imported, "refused", batch.refused));
    }

    private static Header header(JobView job, Path file) {
        List<Map.Entry<Integer, List<String>>> first = new ArrayList<>();
        SheetReader.of(job.format()).read(file, (number, cells) -> {
            first.add(new AbstractMap.SimpleImmutableEntry<>(number, cells));
            return first.size() < Header.SEARCH_ROWS;
        });
        Header found = Header.detect(first);
        return new Header(job.headerRow(), found.rows(), found.labels(), job.mapping(), found.subLabels());
    }

    private RowParser.Context context(long planId) {
        Map<String, Object> plan = jdbc.sql("select categories, region_code from insp_plan where id = ?").param(planId)
                .query((rs, n) -> Map.<String, Object>of("categories", Set.of((String[]) rs.getArray(1).getArray()),
                        "region", rs.getString(2) == null ? "" : rs.getString(2)))
                .single();
        String region = (String) plan.get("region");
        String prefix = region.isEmpty() ? "" : region.endsWith("0000") ? region.substring(0, 2) : region.substring(0, 4);
        Map<String, String> regionCodes = new HashMap<>();
        Map<String, String> shortNames = new HashMap<>();
        organizations.regionNamesUnder(prefix).forEach((code, name) -> {
            regionCodes.put(CellText.compact(name), code);
            shortNames.merge(CellText.compact(name).replaceAll("(省|市|区|县|自治州|地区|盟)$", ""), code, (a, b) -> "");
        });
        shortNames.forEach((name, code) -> {
            if (!code.isEmpty()) {
                regionCodes.putIfAbsent(name, code);
            }
        });
        @SuppressWarnings("unchecked")
        Set<String> planCategories = (Set<String>) plan.get("categories");
        return new RowParser.Context(planCategories, region.isEmpty() ? null : region, categories.codes(), regionCodes);
    }

    /** The rows waiting to be matched and staged, the refused rows waiting to be listed, and the job's running counts. */
    private final class Batch {

        private final JobView job;
        private final StagedResults staged;
        private final ManufacturerMatcher.Session matcher;
        private final IntConsumer progress;
        private final List<SampleRow> accepted = new ArrayList<>();
        private final List<Object[]> errors = new ArrayList<>();
        private int done;
        private int imported;
        private int refused;
        private int reported;

        Batch(JobView job, StagedResults staged, ManufacturerMatcher.Session matcher, IntConsumer progress) {
            this.job = job;
            this.staged = staged;
            this.matcher = matcher;
            this.progress = progress;
        }

        void add(int number, List<String> cells, RowParser.Parsed parsed) {
            done++;
            if (parsed.error() != null) {
                refused++;
                errors.add(new Object[] {number, parsed.error().code(), parsed.error().argument(), raw(cells)});
            } else {
                imported++;
                accepted.add(parsed.row());
            }
            if (accepted.size() + errors.size() >= MATCH_BATCH) {
                flush();
            }
        }

        void flush() {
            if (!accepted.isEmpty()) {
                staged.write(matcher.match(accepted));
                accepted.clear();
            }
            if (!errors.isEmpty()) {
                jdbc.sql(ERRORS).params(job.id(), errors.stream().map(e -> (Integer) e[0]).toArray(Integer[]::new),
                        errors.stream().map(e -> (String) e[1]).toArray(String[]::new),
                        errors.stream().map(e -> (String) e[2]).toArray(String[]::new),
                        errors.stream().map(e -> (String) e[3]).toArray(String[]::new)).update();
                errors.clear();
            }
            // progress is its own short transaction: once per chunk, not per batch
            if (done - reported >= properties.batchSize()) {
                progress.accept(done);
                reported = done;
            }
        }

        private static String raw(List<String> cells) {
            String text = String.join(" | ", cells.stream().map(c -> c == null ? "" : c.strip()).toList());
            return text.length() > 2000 ? text.substring(0, 2000) : text;
        }
    }
}
