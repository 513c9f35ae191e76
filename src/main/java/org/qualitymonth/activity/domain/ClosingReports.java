package org.qualitymonth.activity.domain;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qualitymonth.media.MediaItem;
import org.qualitymonth.media.MediaKind;
import org.qualitymonth.media.MediaLibrary;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing reports (ACT-4). Only the organiser's organisation files and changes a report, and only once the
 * activity has ended; authorities whose scope holds the activity read it; the public sees it on the page of
 * a published activity. Every change is audited; a refused change leaves report and gallery as they were.
 */
@Service
@Transactional
public class ClosingReports {

    /** A gallery holds at most this many photos and videos. */
    public static final int MAX_ITEMS = 30;

    private final JdbcClient jdbc;
    private final ActivityService activities;
    private final MediaLibrary media;
    private final AuditLog audit;
    private final Clock clock;

    ClosingReports(JdbcClient jdbc, ActivityService activities, MediaLibrary media, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.media = media;
        this.audit = audit;
        this.clock = clock;
    }

    public void file(Actor actor, long activityId, ReportData data) {
        ActivityView activity = owned(actor, activityId);
        if (activity.endsAt().isAfter(clock.instant())) {
            throw BusinessException.conflict("report.not-ended");
        }
        String organisations = Text.optional(data.organisations(), 1000, "report.text", "organisations");
        String outputs = Text.optional(data.outputs(), 4000, "report.text", "outputs");
        ReportData clean = new ReportData(data.attendance(), data.organisationCount(), organisations, data.problemsSolved(),
                data.peopleTrained(), outputs);
        Optional<ReportData> before = find(activityId).map(ClosingReport::data);
        jdbc.sql("""
                        insert into activity_report (activity_id, attendance, organisation_count, organisations, problems_solved,
                          people_trained, outputs, filed_by) values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (activity_id) do update set attendance = excluded.attendance,
                          organisation_count = excluded.organisation_count, organisations = excluded.organisations,
                          problems_solved = excluded.problems_solved, people_trained = excluded.people_trained,
                          outputs = excluded.outputs, filed_by = excluded.filed_by, updated_at = now()""")
                .params(activityId, clean.attendance(), clean.organisationCount(), organisations, clean.problemsSolved(),
                        clean.peopleTrained(), outputs, actor.username())
                .update();
        audit.record(before.isPresent() ? "activity.report.update" : "activity.report.file", "activity",
                Long.toString(activityId), before.orElse(null), clean);
    }

    /** Adds a photo or video with its caption; the caption and the report are checked before the file is stored. */
    public MediaItem addMedia(Actor actor, long activityId, MediaKind kind, String caption, String fileName, InputStream in) {
        owned(actor, activityId);
        String text = Text.required(caption, 200, "report.caption", "caption");
        ClosingReport report = find(activityId).orElseThrow(() -> BusinessException.conflict("report.not-filed"));
        if (report.gallery().size() >= MAX_ITEMS) {
            throw BusinessException.conflict("report.gallery-full", MAX_ITEMS);
        }
        MediaItem item = kind == MediaKind.PHOTO ? media.storePhoto(actor.username(), fileName, in)
                : media.storeVideo(actor.username(), fileName, in);
        int added = jdbc.sql("""
                        insert into activity_report_media (activity_id, media_id, caption, added_by) values (?, ?, ?, ?)
                        on conflict (activity_id, media_id) do nothing""")
                .params(activityId, item.id(), text, actor.username()).update();
        if (added == 0) {
            throw BusinessException.conflict("report.media-duplicate");
        }
        audit.record("activity.report.media-add", "activity", Long.toString(activityId), null,
                Map.of("media", item.id(), "kind", item.kind(), "caption", text));
        return item;
    }

    public void removeMedia(Actor actor, long activityId, long mediaId) {
        owned(actor, activityId);
        String caption = jdbc.sql("delete from activity_report_media where activity_id = ? and media_id = ? returning caption")
                .params(activityId, mediaId).query(String.class).optional()
                .orElseThrow(() -> BusinessException.notFound("file.not-found"));
        audit.record("activity.report.media-remove", "activity", Long.toString(activityId),
                Map.of("media", mediaId, "caption", caption), null);
    }

    /** The report of an activity the actor's scope holds (organiser or authority above), if filed. */
    @Transactional(readOnly = true)
    public Optional<ClosingReport> inScope(Actor actor, long activityId) {
        activities.inScope(actor, activityId);
        return find(activityId);
    }

    /** The report of a published activity, for its public page. */
    @Transactional(readOnly = true)
    public Optional<ClosingReport> published(long activityId) {
        activities.published(activityId);
        return find(activityId);
    }

    /** Which of these activities have a filed report. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> filed(java.util.Collection<Long> activityIds) {
        return java.util.Set.copyOf(jdbc.sql("select activity_id from activity_report where activity_id = any(?)")
                .param(activityIds.toArray(Long[]::new)).query(Long.class).list());
    }

    /** The activity, if the actor's organisation organises it; authorities above it may look but not change. */
    ActivityView owned(Actor actor, long activityId) {
        ActivityView activity = activities.inScope(actor, activityId);
        if (activity.organizationId() != actor.organizationId()) {
            throw BusinessException.forbidden("report.not-organiser");
        }
        return activity;
    }

    private Optional<ClosingReport> find(long activityId) {
        return jdbc.sql("select * from activity_report where activity_id = ?").param(activityId)
                .query((rs, n) -> new ClosingReport(activityId, data(rs), rs.getString("filed_by"),
                        rs.getTimestamp("updated_at").toInstant(), gallery(activityId)))
                .optional();
    }

    private List<ClosingReport.GalleryItem> gallery(long activityId) {
        Map<Long, String> captions = new LinkedHashMap<>();
        jdbc.sql("select media_id, caption from activity_report_media where activity_id = ? order by id").param(activityId)
                .query(rs -> {
                    captions.put(rs.getLong(1), rs.getString(2));
                });
        return media.findAll(captions.keySet()).stream()
                .map(item -> new ClosingReport.GalleryItem(item, captions.get(item.id()))).toList();
    }

    private static ReportData data(ResultSet rs) throws SQLException {
        return new ReportData(rs.getInt("attendance"), rs.getInt("organisation_count"), rs.getString("organisations"),
                rs.getInt("problems_solved"), rs.getInt("people_trained"), rs.getString("outputs"));
    }
}
