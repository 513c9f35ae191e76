package org.qualitymonth.commendation.domain;

import java.util.HashMap;
import java.util.Map;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A panel member scores a nomination against every criterion of its round, 0 to the criterion's maximum;
 * scoring again replaces the member's earlier scores. Scores are taken until the shortlist goes to notice.
 */
@Service
@Transactional
public class ScoringService {

    private final JdbcClient jdbc;
    private final Rounds rounds;
    private final AuditLog audit;

    ScoringService(JdbcClient jdbc, Rounds rounds, AuditLog audit) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.audit = audit;
    }

    public void score(Actor actor, long nominationId, Map<Long, Integer> points) {
        Round round = rounds.lock(rounds.ofNomination(nominationId).id());
        if (round.status() != RoundStatus.NOMINATING) {
            throw BusinessException.invalid("commendation.scoring-closed");
        }
        for (Criterion criterion : round.criteria()) {
            Integer given = points.get(criterion.id());
            if (given == null || given < 0 || given > criterion.maxPoints()) {
                throw BusinessException.invalid("commendation.score-range", criterion.name(), criterion.maxPoints());
            }
        }
        for (Criterion criterion : round.criteria()) {
            jdbc.sql("""
                            insert into commendation_score (nomination_id, criterion_id, reviewer, points) values (?, ?, ?, ?)
                            on conflict (nomination_id, criterion_id, reviewer) do update set points = excluded.points, scored_at = now()""")
                    .params(nominationId, criterion.id(), actor.username(), points.get(criterion.id())).update();
        }
        audit.record("commendation.score", "commendation_nomination", Long.toString(nominationId), null,
                Map.of("reviewer", actor.username(), "points", points));
    }

    /** The member's own scores of a nomination by criterion id (empty before the first scoring). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> scoresOf(String reviewer, long nominationId) {
        Map<Long, Integer> scores = new HashMap<>();
        jdbc.sql("select criterion_id, points from commendation_score where nomination_id = ? and reviewer = ?")
                .params(nominationId, reviewer).query(rs -> {
                    scores.put(rs.getLong(1), rs.getInt(2));
                });
        return scores;
    }

    /** Which nominations of the round the member has scored. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> scoredBy(String reviewer, long roundId) {
        return new java.util.HashSet<>(jdbc.sql("""
                        select distinct s.nomination_id from commendation_score s join commendation_nomination n on n.id = s.nomination_id
                        where n.round_id = ? and s.reviewer = ?""").params(roundId, reviewer).query(Long.class).list());
    }
}
