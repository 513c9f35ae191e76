package org.qualitymonth.activity.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.qualitymonth.activity.ActivityType;
import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.campaign.EditionView;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers activities for the actor's organisation and answers the calendar's questions. An activity lies
 * within its edition's year; its region must exist. Authorities unpublish, with a reason, what lies in
 * their scope.
 */
@Service
@Transactional
public class ActivityService {

    private static final String SELECT = "select a.* from activity a ";

    private final JdbcClient jdbc;
    private final OrganizationLookup organizations;
    private final CampaignCatalog campaign;
    private final AuditLog audit;
    private final CalendarCounts counts;

    ActivityService(JdbcClient jdbc, OrganizationLookup organizations, CampaignCatalog campaign, AuditLog audit,
                    CalendarCounts counts) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.campaign = campaign;
        this.audit = audit;
        this.counts = counts;
    }

    public long register(Actor actor, ActivityData data) {
        EditionView edition = campaign.current().orElseThrow(() -> BusinessException.notFound("edition.not-found"));
        if (data.startsAt().getYear() != edition.year() || data.endsAt().getYear() != edition.year()) {
            throw BusinessException.invalid("activity.outside-edition").onField("startsAt");
        }
        if (data.endsAt().isBefore(data.startsAt())) {
            throw BusinessException.invalid("edition.period-order").onField("endsAt");
        }
        if (data.openSignup() && data.capacity() == null) {
            throw BusinessException.invalid("signup.capacity-required").onField("capacity");
        }
        if (organizations.regionNames(List.of(data.regionCode()), java.util.Locale.SIMPLIFIED_CHINESE).isEmpty()) {
            throw BusinessException.invalid("region.unknown", data.regionCode()).onField("regionCode");
        }
        String description = RichText.sanitize(data.description());
        if (RichText.plain(description).isBlank()) {
            throw BusinessException.invalid("activity.description").onField("description");
        }
        var organizer = organizations.find(actor.organizationId()).orElseThrow();
        long id = jdbc.sql("""
                        insert into activity (edition_year, organization_id, organization_path, region_code, title, type, focus_area,
                          starts_at, ends_at, address, co_organisers, audience, description, created_by, open_signup, capacity, search_names)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(edition.year(), organizer.id(), organizer.path(), data.regionCode(), data.title().strip(), data.type().name(),
                        data.focusArea(), Timestamp.from(data.startsAt().atZone(ChinaTime.ZONE).toInstant()),
                        Timestamp.from(data.endsAt().atZone(ChinaTime.ZONE).toInstant()), data.address().strip(),
                        blankToNull(data.coOrganisers()), blankToNull(data.audience()), description, actor.username(),
                        data.openSignup(), data.openSignup() ? data.capacity() : null, searchNames(organizer.name(), data.regionCode()))
                .query(Long.class).single();
        audit.record("activity.register", "activity", Long.toString(id), null, data);
        counts.clearAfterCommit();
        return id;
    }

    public void unpublish(Actor actor, long id, String reason) {
        String why = org.qualitymonth.shared.Text.required(reason, 500, "reason-required", "reason");
        int changed = jdbc.sql("update activity set published = false, unpublished_reason = ? where id = ? and organization_path like ?")
                .params(why, id, actor.scopePath() + "%").update();
        if (changed == 0) {
            throw BusinessException.notFound("activity.not-found");
        }
        audit.record("activity.unpublish", "activity", Long.toString(id), null, Map.of("reason", why));
        counts.clearAfterCommit();
    }

    /** Published activities starting within [from, to), optionally of one type and province, in time order. */
    @Transactional(readOnly = true)
    public List<ActivityView> calendar(LocalDate from, LocalDate to, ActivityType type, String provinceCode, int limit) {
        return jdbc.sql(SELECT + """
                        where a.published and a.starts_at >= :from and a.starts_at < :to
                          and (:type = '' or a.type = :type) and (:province = '' or a.region_code like :prefix)
                        order by a.starts_at, a.id limit :limit""")
                .param("from", Timestamp.from(from.atStartOfDay(ChinaTime.ZONE).toInstant()))
                .param("to", Timestamp.from(to.atStartOfDay(ChinaTime.ZONE).toInstant()))
                .param("type", type == null ? "" : type.name())
                .param("province", provinceCode == null ? "" : provinceCode)
                .param("prefix", provinceCode == null ? "" : provinceCode.substring(0, 2) + "%")
                .param("limit", limit)
                .query(ActivityService::map).list().stream().collect(java.util.stream.Collectors.collectingAndThen(
                        java.util.stream.Collectors.toList(), this::named));
    }

    /** Published activities of the edition counted by one of type, focus_area or province. */
    @Transactional(readOnly = true)
    public Map<String, Long> countsBy(int year, String dimension) {
        String key = switch (dimension) {
            case "type" -> "type";
            case "focus" -> "focus_area::text";
            default -> "substr(region_code, 1, 2) || '0000'";
        };
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("select " + key + ", count(*) from activity where published and edition_year = ? group by 1 order by 1")
                .param(year).query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    @Transactional(readOnly = true)
    public ActivityView published(long id) {
        return named(jdbc.sql(SELECT + "where a.id = ? and a.published").param(id).query(ActivityService::map).optional()
                .map(List::of).orElseThrow(() -> BusinessException.notFound("activity.not-found"))).get(0);
    }

    /** An activity the actor's scope holds, published or not (for its organiser and the authorities above). */
    @Transactional(readOnly = true)
    public ActivityView inScope(Actor actor, long id) {
        return named(jdbc.sql(SELECT + "where a.id = ? and a.organization_path like ?").params(id, actor.scopePath() + "%")
                .query(ActivityService::map).optional().map(List::of)
                .orElseThrow(() -> BusinessException.notFound("activity.not-found"))).get(0);
    }

    /** The activities an actor may see in the console: its scope, published or not. */
    @Transactional(readOnly = true)
    public List<ActivityView> inScope(Actor actor, int limit) {
        return named(jdbc.sql(SELECT + "where a.organization_path like ? order by a.starts_at desc, a.id desc limit ?")
                .params(actor.scopePath() + "%", limit).query(ActivityService::map).list());
    }

    /** Fills in organisers' names with one query; names belong to the organisation module. */
    List<ActivityView> named(List<ActivityView> views) {
        Map<Long, String> names = organizations.names(views.stream().map(ActivityView::organizationId).toList());
        return views.stream().map(v -> new ActivityView(v.id(), v.editionYear(), v.organizationId(), names.get(v.organizationId()),
                v.regionCode(), v.title(), v.type(), v.focusArea(), v.startsAt(), v.endsAt(), v.address(), v.coOrganisers(),
                v.audience(), v.description(), v.published(), v.openSignup(), v.capacity())).toList();
    }

    static ActivityView map(ResultSet rs, int row) throws SQLException {
        return new ActivityView(rs.getLong("id"), rs.getInt("edition_year"), rs.getLong("organization_id"), null,
                rs.getString("region_code"), rs.getString("title"), ActivityType.valueOf(rs.getString("type")), rs.getInt("focus_area"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("address"),
                rs.getString("co_organisers"), rs.getString("audience"), rs.getString("description"), rs.getBoolean("published"),
                rs.getBoolean("open_signup"), (Integer) rs.getObject("capacity"));
    }

    /** The organiser's and the region's names (with its city and province), which visitors search by. */
    String searchNames(String organizer, String regionCode) {
        var codes = new java.util.LinkedHashSet<>(List.of(regionCode.substring(0, 2) + "0000", regionCode.substring(0, 4) + "00", regionCode));
        String names = organizer + " " + String.join(" ", organizations.regionNames(codes, java.util.Locale.SIMPLIFIED_CHINESE).values());
        return names.length() > 400 ? names.substring(0, 400) : names;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
