package org.qualitymonth.activity.domain;

import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qualitymonth.media.MediaItem;

import org.qualitymonth.media.MediaLibrary;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.platform.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The optional cover photo of an activity: set by its organiser at any time, shown on its page and in lists. */
@Service
@Transactional
public class ActivityCovers {

    private final JdbcClient jdbc;
    private final ActivityService activities;
    private final ClosingReports reports;
    private final MediaLibrary media;
    private final AuditLog audit;

    ActivityCovers(JdbcClient jdbc, ActivityService activities, ClosingReports reports, MediaLibrary media, AuditLog audit) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.reports = reports;
        this.media = media;
        this.audit = audit;
    }

    public MediaItem set(Actor actor, long activityId, String fileName, InputStream in) {
        reports.owned(actor, activityId);
        return attach(actor, activityId, media.storePhoto(actor.username(), fileName, in));
    }

    /** Registers an activity with its cover in one transaction: a refused photo registers nothing. */
    public long registerWithCover(Actor actor, ActivityData data, String fileName, InputStream in) {
        MediaItem photo;
        try {
            photo = media.storePhoto(actor.username(), fileName, in);
        } catch (org.qualitymonth.shared.BusinessException e) {
            throw new org.qualitymonth.shared.BusinessException(e.kind(), e.code(), e.args()); // about the form, not its fields
        }
        long id = activities.register(actor, data);
        attach(actor, id, photo);
        return id;
    }

    private MediaItem attach(Actor actor, long activityId, MediaItem photo) {
        reports.owned(actor, activityId);
        Long before = jdbc.sql("select cover_media_id from activity where id = ?").param(activityId).query(Long.class).optional()
                .orElse(null);
        jdbc.sql("update activity set cover_media_id = ? where id = ?").params(photo.id(), activityId).update();
        audit.record("activity.cover", "activity", Long.toString(activityId),
                before == null ? null : Map.of("media", before), Map.of("media", photo.id()));
        return photo;
    }

    @Transactional(readOnly = true)
    public Optional<MediaItem> of(long activityId) {
        return jdbc.sql("select cover_media_id from activity where id = ? and cover_media_id is not null").param(activityId)
                .query(Long.class).optional().flatMap(media::find);
    }

    /** Covers of the activities that have one, by activity id, in two queries. */
    @Transactional(readOnly = true)
    public Map<Long, MediaItem> of(Collection<Long> activityIds) {
        Map<Long, Long> coverIds = new HashMap<>();
        jdbc.sql("select id, cover_media_id from activity where id = any(?) and cover_media_id is not null")
                .param(activityIds.toArray(Long[]::new)).query(rs -> {
                    coverIds.put(rs.getLong(1), rs.getLong(2));
                });
        Map<Long, MediaItem> items = new HashMap<>();
        media.findAll(List.copyOf(coverIds.values())).forEach(item -> items.put(item.id(), item));
        Map<Long, MediaItem> covers = new HashMap<>();
        coverIds.forEach((activity, item) -> {
            if (items.containsKey(item)) {
                covers.put(activity, items.get(item));
            }
        });
        return covers;
    }
}
