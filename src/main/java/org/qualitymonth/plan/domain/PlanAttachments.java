package org.qualitymonth.plan.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.platform.FileStorage;
import org.qualitymonth.platform.FileStorage.FileType;
import org.qualitymonth.shared.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments of a plan: PDF, Word or images, at most the configured size, recognised by their content
 * and required to match their name. A refused file leaves nothing stored.
 */
@Service
@Transactional
public class PlanAttachments {

    public record Attachment(long id, String fileName, String contentType, long size, String storageKey) {
    }

    private static final List<FileType> ALLOWED = List.of(FileType.PDF, FileType.PNG, FileType.JPEG, FileType.OLE, FileType.ZIP);

    private final JdbcClient jdbc;
    private final PlanService plans;
    private final FileStorage storage;
    private final PlanProperties properties;
    private final AuditLog audit;

    PlanAttachments(JdbcClient jdbc, PlanService plans, FileStorage storage, PlanProperties properties, AuditLog audit) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.storage = storage;
        this.properties = properties;
        this.audit = audit;
    }

    public Attachment upload(Actor actor, long planId, String originalName, InputStream content) {
        ActivityPlan plan = plans.readable(actor, planId);
        if (plan.organizationId() != actor.organizationId()) {
            throw BusinessException.forbidden("plan.not-yours");
        }
        if (!plan.editable()) {
            throw BusinessException.conflict("plan.not-editable");
        }
        String name = cleanName(originalName);
        FileStorage.StoredFile stored = storage.store(content, properties.maxAttachmentMb() * 1024L * 1024L);
        if (!ALLOWED.contains(stored.type()) || !stored.type().matchesName(name) || !isWordIfZip(stored)) {
            discardIfUnused(stored.key());
            throw BusinessException.invalid("file.type-mismatch").onField("file");
        }
        long id = jdbc.sql("""
                        insert into plan_attachment (plan_id, file_name, content_type, size_bytes, storage_key, uploaded_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(planId, name, stored.type().contentType(), stored.size(), stored.key(), actor.username())
                .query(Long.class).single();
        audit.record("plan.attach", "plan", Long.toString(planId), null, java.util.Map.of("file", name, "sha256", stored.sha256()));
        return new Attachment(id, name, stored.type().contentType(), stored.size(), stored.key());
    }

    @Transactional(readOnly = true)
    public List<Attachment> of(Actor actor, long planId) {
        return of(plans.readable(actor, planId));
    }

    /** The attachments of a plan obtained from {@link PlanService#readable}, which is where access was checked. */
    @Transactional(readOnly = true)
    public List<Attachment> of(ActivityPlan plan) {
        long planId = plan.id();
        return jdbc.sql("select id, file_name, content_type, size_bytes, storage_key from plan_attachment where plan_id = ? order by id")
                .param(planId).query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)))
                .list();
    }

    @Transactional(readOnly = true)
    public Attachment get(Actor actor, long planId, long attachmentId) {
        return of(actor, planId).stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("file.not-found"));
    }

    public Path file(Attachment attachment) {
        return storage.path(attachment.storageKey());
    }

    /** A .docx is a zip with a Word document inside; any other zip is not what its name says. */
    private boolean isWordIfZip(FileStorage.StoredFile stored) {
        if (stored.type() != FileType.ZIP) {
            return true;
        }
        try (ZipFile zip = new ZipFile(storage.path(stored.key()).toFile())) {
            return zip.getEntry("word/document.xml") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private void discardIfUnused(String key) {
        if (jdbc.sql("select count(*) from plan_attachment where storage_key = ?").param(key).query(Long.class).single() == 0) {
            try {
                Files.deleteIfExists(storage.path(key));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String cleanName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}<>\"]", "").strip();
        if (name.isEmpty() || name.length() > 200) {
            throw BusinessException.invalid("file.name").onField("file");
        }
        return name;
    }
}
