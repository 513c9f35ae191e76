package org.qualitymonth.activity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.qualitymonth.shared.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may read about activities: the published ones an organisation held in an edition. */
@Component
@Transactional(readOnly = true)
public class ActivityDirectory {

    private final JdbcClient jdbc;

    ActivityDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation's published activities of the edition, in time order. */
    public List<ActivityRef> ofOrganization(long organizationId, int editionYear) {
        return jdbc.sql("""
                        select id, title, type, starts_at from activity
                        where organization_id = ? and edition_year = ? and published order by starts_at, id""")
                .params(organizationId, editionYear).query(ActivityDirectory::map).list();
    }

    /** Published activities by id, in time order; unknown or unpublished ids are left out. */
    public List<ActivityRef> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, title, type, starts_at from activity where id in (:ids) and published order by starts_at, id")
                .param("ids", ids).query(ActivityDirectory::map).list();
    }

    /** Organisations below a tree path that hold published activities in the edition, with their counts, most first. */
    public List<Organiser> organisersBelow(String scopePath, int editionYear, int limit) {
        return jdbc.sql("""
                        select organization_id, count(*) from activity
                        where organization_path like ? and edition_year = ? and published
                        group by organization_id order by count(*) desc, organization_id limit ?""")
                .params(scopePath + "%", editionYear, limit)
                .query((rs, row) -> new Organiser(rs.getLong(1), rs.getInt(2))).list();
    }

    private static ActivityRef map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ActivityRef(rs.getLong("id"), rs.getString("title"), ActivityType.valueOf(rs.getString("type")),
                ChinaTime.dateOf(rs.getTimestamp("starts_at").toInstant()));
    }

    public record ActivityRef(long id, String title, ActivityType type, LocalDate startsOn) {
    }

    public record Organiser(long organizationId, int activities) {
    }
}
