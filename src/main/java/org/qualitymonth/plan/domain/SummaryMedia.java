package org.qualitymonth.plan.domain;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.qualitymonth.media.MediaItem;
import org.qualitymonth.media.MediaKind;
import org.qualitymonth.media.MediaLibrary;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.plan.DocumentKind;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photos and videos of a summary. The submitter adds and removes them while the summary is editable
 * (a draft, or returned); everyone who may read the summary sees them. The media library checks the files.
 */
@Service
@Transactional
public class SummaryMedia {

    /** Enough for a month's campaign; more belongs in a materials library, not a report. */
    static final int MAX_ITEMS = 30;

    private final RouteService route;
    private final MediaLibrary library;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    SummaryMedia(RouteService route, MediaLibrary library, JdbcClient jdbc, AuditLog audit) {
        this.route = route;
        this.library = library;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public MediaItem add(Actor actor, long summaryId, MediaKind kind, String originalName, InputStream in) {
        ActivityPlan summary = editable(actor, summaryId);
        if (ids(summary.id()).size() >= MAX_ITEMS) {
            throw BusinessException.invalid("summary.media-limit", MAX_ITEMS);
        }
        String name = originalName == null || originalName.isBlank() ? "upload" : originalName;
        MediaItem item = kind == MediaKind.VIDEO ? library.storeVideo(actor.username(), name, in)
                : library.storePhoto(actor.username(), name, in);
        jdbc.sql("insert into plan_summary_media (plan_id, media_id, added_by) values (?, ?, ?) on conflict do nothing")
                .params(summary.id(), item.id(), actor.username()).update();
        audit.record("summary.media-add", "summary", summary.id().toString(), null, Map.of("media", item.id(), "kind", kind));
        return item;
    }

    public void remove(Actor actor, long summaryId, long mediaId) {
        ActivityPlan summary = editable(actor, summaryId);
        int removed = jdbc.sql("delete from plan_summary_media where plan_id = ? and media_id = ?")
                .params(summary.id(), mediaId).update();
        if (removed == 0) {
            throw BusinessException.notFound("summary.media-not-found");
        }
        audit.record("summary.media-remove", "summary", summary.id().toString(), Map.of("media", mediaId), null);
    }

    /** The photos and videos of a summary obtained from a readable check, in the order they were added. */
    @Transactional(readOnly = true)
    public List<MediaItem> of(ActivityPlan summary) {
        return library.findAll(ids(summary.id()));
    }

    private List<Long> ids(long summaryId) {
        return jdbc.sql("select media_id from plan_summary_media where plan_id = ? order by added_at, media_id")
                .param(summaryId).query(Long.class).list();
    }

    private ActivityPlan editable(Actor actor, long summaryId) {
        ActivityPlan summary = route.owned(actor, summaryId, DocumentKind.SUMMARY, null);
        if (!summary.editable()) {
            throw BusinessException.conflict("summary.not-editable");
        }
        return summary;
    }
}
