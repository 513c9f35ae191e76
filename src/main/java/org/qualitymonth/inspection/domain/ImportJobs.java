package org.qualitymonth.inspection.domain;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qualitymonth.inspection.domain.sheet.SheetFormat;
import org.qualitymonth.inspection.domain.sheet.SheetReader;
import org.qualitymonth.inspection.domain.sheet.ZipGuard;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.platform.FileStorage;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Result-sheet imports (INSP-2), the steps a person takes: upload (the file is checked and its header found,
 * nothing is stored in the record yet), confirm the proposed column mapping (optionally saved as the
 * publisher's profile), then the import runs in the background while the job page shows rows done.
 */
@Service
@Transactional
public class ImportJobs {

    public enum Status { MAPPING, QUEUED, RUNNING, DONE, FAILED }

    public record JobView(long id, long planId, String fileName, SheetFormat format, int headerRow, List<String> labels,
                          Map<Integer, Column> mapping, Status status, int rowsDone, int rowsImported, int rowsRefused,
                          String failureCode) {

        public boolean finished() {
            return status == Status.DONE || status == Status.FAILED;
        }
    }

    private final JdbcClient jdbc;
    private final FileStorage files;
    private final SpotCheckPlans plans;
    private final ImportRunner runner;
    private final InspectionProperties properties;
    private final AuditLog audit;

    ImportJobs(JdbcClient jdbc, FileStorage files, SpotCheckPlans plans, ImportRunner runner, InspectionProperties properties,
               AuditLog audit) {
        this.jdbc = jdbc;
        this.files = files;
        this.plans = plans;
        this.runner = runner;
        this.properties = properties;
        this.audit = audit;
    }

    public long upload(Actor actor, long planId, String fileName, InputStream content, String publisher) {
        plans.writable(actor, planId);
        FileStorage.StoredFile stored = files.store(content, properties.maxUploadMb() * 1024L * 1024L);
        Path path = files.path(stored.key());
        SheetFormat format = SheetFormat.sniff(path);
        if (format == SheetFormat.XLSX) {
            ZipGuard.check(path, properties.maxInflatedMb() * 1024L * 1024L, properties.maxZipRatio());
        }
        Header header = Header.detect(firstRows(path, format));
        Map<Integer, Column> mapping = profile(actor, publisher, header);
        long id = jdbc.sql("""
                        insert into insp_import_job (plan_id, organization_id, username, file_name, file_key, format, header_row,
                            header_rows, labels, mapping, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'MAPPING') returning id""")
                .params(planId, actor.organizationId(), actor.username(), name(fileName), stored.key(), format.name(),
                        header.row(), header.rows(), String.join("\u001F", header.labels()), MappingText.write(mapping))
                .query(Long.class).single();
        audit.record("inspection.import.upload", "insp_import_job", Long.toString(id), null,
                Map.of("plan", planId, "file", name(fileName), "sha256", stored.sha256()));
        return id;
    }

    /** Confirms the mapping and queues the import; with a publisher name the mapping is saved as that publisher's profile. */
    public void confirm(Actor actor, long jobId, Map<Integer, Column> mapping, String publisher) {
        JobView job = get(actor, jobId);
        if (job.status() != Status.MAPPING) {
            throw BusinessException.conflict("inspection.import.not-waiting");
        }
        if (!mapping.containsValue(Column.PRODUCT) || !mapping.containsValue(Column.CONCLUSION)) {
            throw BusinessException.invalid("inspection.import.mapping-incomplete").onField("mapping");
        }
        if (mapping.values().stream().distinct().count() < mapping.size()) {
            throw BusinessException.invalid("inspection.import.mapping-twice").onField("mapping");
        }
        String name = Text.optional(publisher, 100, "inspection.import.publisher-invalid", "publisher");
        jdbc.sql("update insp_import_job set mapping = ?, status = 'QUEUED' where id = ?")
                .params(MappingText.write(mapping), jobId).update();
        if (name != null) {
            saveProfile(actor, name, job.labels(), mapping);
        }
        audit.record("inspection.import.confirm", "insp_import_job", Long.toString(jobId), null, MappingText.write(mapping));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runner.start(jobId);
            }
        });
    }

    @Transactional(readOnly = true)
    public JobView get(Actor actor, long jobId) {
        return jdbc.sql("""
                        select j.* from insp_import_job j join insp_plan p on p.id = j.plan_id
                        where j.id = ? and p.authority_path like ?""")
                .params(jobId, Scope.path(actor)).query(ImportJobs::map).optional()
                .orElseThrow(() -> BusinessException.notFound("inspection.not-found"));
    }

    @Transactional(readOnly = true)
    public List<JobView> recent(Actor actor, int limit) {
        return jdbc.sql("select j.* from insp_import_job j join insp_plan p on p.id = j.plan_id where p.authority_path like ? "
                        + "order by j.id desc limit ?")
                .params(Scope.path(actor), limit).query(ImportJobs::map).list();
    }

    @Transactional(readOnly = true)
    public List<String> publishers(Actor actor) {
        return jdbc.sql("select publisher from insp_import_profile where organization_id = ? order by publisher")
                .param(actor.organizationId()).query(String.class).list();
    }

    private Map<Integer, Column> profile(Actor actor, String publisher, Header header) {
        if (publisher == null || publisher.isBlank()) {
            return header.proposed();
        }
        Map<String, Column> byLabel = jdbc.sql("select mapping from insp_import_profile where organization_id = ? and publisher = ?")
                .params(actor.organizationId(), publisher.strip()).query(String.class).optional()
                .map(MappingText::readLabels).orElse(Map.of());
        if (byLabel.isEmpty()) {
            return header.proposed();
        }
        Map<Integer, Column> mapping = new LinkedHashMap<>();
        for (int i = 0; i < header.labels().size(); i++) {
            Column column = byLabel.get(header.labels().get(i));
            if (column != null && !mapping.containsValue(column)) {
                mapping.put(i, column);
            }
        }
        return mapping;
    }

    private void saveProfile(Actor actor, String publisher, List<String> labels, Map<Integer, Column> mapping) {
        Map<String, Column> byLabel = new LinkedHashMap<>();
        mapping.forEach((index, column) -> {
            if (index < labels.size() && !labels.get(index).isEmpty()) {
                byLabel.put(labels.get(index), column);
            }
        });
        jdbc.sql("""
                        insert into insp_import_profile (organization_id, publisher, mapping) values (?, ?, ?)
                        on conflict (organization_id, publisher) do update set mapping = excluded.mapping, updated_at = now()""")
                .params(actor.organizationId(), publisher, MappingText.writeLabels(byLabel)).update();
        audit.record("inspection.import.profile", "insp_import_profile", actor.organizationId() + "/" + publisher, null,
                MappingText.writeLabels(byLabel));
    }

    private static List<Map.Entry<Integer, List<String>>> firstRows(Path path, SheetFormat format) {
        List<Map.Entry<Integer, List<String>>> rows = new ArrayList<>();
        SheetReader.of(format).read(path, (number, cells) -> {
            rows.add(new AbstractMap.SimpleImmutableEntry<>(number, cells));
            return rows.size() < Header.SEARCH_ROWS;
        });
        return rows;
    }

    private static String name(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "sheet" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    static JobView map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new JobView(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("file_name"),
                SheetFormat.valueOf(rs.getString("format")), rs.getInt("header_row"),
                List.of(rs.getString("labels").split("\u001F", -1)), MappingText.read(rs.getString("mapping")),
                Status.valueOf(rs.getString("status")), rs.getInt("rows_done"), rs.getInt("rows_imported"),
                rs.getInt("rows_refused"), rs.getString("failure_code"));
    }
}
