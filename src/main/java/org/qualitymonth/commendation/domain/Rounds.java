package org.qualitymonth.commendation.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.qualitymonth.shared.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads rounds with their criteria; {@link #lock} serialises the writes that depend on a round's state. */
@Component
class Rounds {

    private final JdbcClient jdbc;

    Rounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Round get(long id) {
        return jdbc.sql("select * from commendation_round where id = ?").param(id).query(this::map).optional()
                .orElseThrow(() -> BusinessException.notFound("commendation.round-not-found"));
    }

    /** The round, its row locked until the transaction ends (quota counts, state changes). */
    Round lock(long id) {
        jdbc.sql("select id from commendation_round where id = ? for update").param(id).query(Long.class).optional()
                .orElseThrow(() -> BusinessException.notFound("commendation.round-not-found"));
        return get(id);
    }

    List<Round> all() {
        return jdbc.sql("select * from commendation_round order by edition_year desc, id desc").query(this::map).list();
    }

    /** The round a nomination belongs to. */
    Round ofNomination(long nominationId) {
        Long roundId = jdbc.sql("select round_id from commendation_nomination where id = ?").param(nominationId)
                .query(Long.class).optional().orElseThrow(() -> BusinessException.notFound("commendation.nomination-not-found"));
        return get(roundId);
    }

    List<Criterion> criteria(long roundId) {
        return jdbc.sql("select * from commendation_criterion where round_id = ? order by position").param(roundId)
                .query((rs, row) -> new Criterion(rs.getLong("id"), rs.getInt("position"), rs.getString("name"),
                        rs.getString("description"), rs.getInt("max_points"))).list();
    }

    private Round map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new Round(id, rs.getInt("edition_year"), rs.getString("title"), rs.getInt("quota_per_province"),
                date(rs, "nomination_deadline"), rs.getInt("notice_days"), RoundStatus.valueOf(rs.getString("status")),
                date(rs, "notice_starts_on"), date(rs, "notice_ends_on"), date(rs, "decided_on"), criteria(id));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
