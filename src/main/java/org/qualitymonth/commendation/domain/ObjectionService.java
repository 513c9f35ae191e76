package org.qualitymonth.commendation.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.ChinaTime;
import org.qualitymonth.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections against units on public notice, taken only during the notice period. The administrator upholds
 * one (the unit leaves the shortlist, with the reply as the reason) or dismisses it with a reply.
 */
@Service
@Transactional
public class ObjectionService {

    private final JdbcClient jdbc;
    private final Rounds rounds;
    private final AuditLog audit;
    private final Clock clock;

    ObjectionService(JdbcClient jdbc, Rounds rounds, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.audit = audit;
        this.clock = clock;
    }

    public long file(long nominationId, String name, String contact, String reason) {
        Round round = rounds.ofNomination(nominationId);
        if (!round.inNotice(ChinaTime.today(clock))) {
            throw BusinessException.invalid("commendation.notice-closed");
        }
        boolean listed = jdbc.sql("select shortlisted and withdrawn_reason is null from commendation_nomination where id = ?")
                .param(nominationId).query(Boolean.class).single();
        if (!listed) {
            throw BusinessException.notFound("commendation.nomination-not-found");
        }
        String who = Text.required(name, 40, "commendation.objection-name", "name");
        String how = Text.required(contact, 120, "commendation.objection-contact", "contact");
        String why = Text.required(reason, 2000, "commendation.objection-reason", "reason");
        long id = jdbc.sql("insert into commendation_objection (nomination_id, name, contact, reason) values (?, ?, ?, ?) returning id")
                .params(nominationId, who, how, why).query(Long.class).single();
        // the objector's contact stays out of the audit trail, which more people read than the objection list
        audit.record("commendation.objection.file", "commendation_objection", Long.toString(id), null,
                Map.of("nomination", nominationId, "reason", why));
        return id;
    }

    public void handle(Actor actor, long objectionId, boolean uphold, String reply) {
        Long nominationId = jdbc.sql("select nomination_id from commendation_objection where id = ? and status = 'OPEN'")
                .param(objectionId).query(Long.class).optional()
                .orElseThrow(() -> BusinessException.notFound("commendation.objection-not-found"));
        Round round = rounds.lock(rounds.ofNomination(nominationId).id());
        if (round.status() != RoundStatus.NOTICE) {
            throw BusinessException.invalid("commendation.notice-closed");
        }
        String answer = Text.required(reply, 1000, "commendation.reply-required", "reply");
        jdbc.sql("update commendation_objection set status = ?, reply = ?, handled_by = ?, handled_at = now() where id = ?")
                .params(uphold ? "UPHELD" : "DISMISSED", answer, actor.username(), objectionId).update();
        if (uphold) {
            jdbc.sql("update commendation_nomination set withdrawn_reason = ? where id = ?").params(answer, nominationId).update();
        }
        audit.record(uphold ? "commendation.objection.uphold" : "commendation.objection.dismiss", "commendation_objection",
                Long.toString(objectionId), null, Map.of("nomination", nominationId, "reply", answer));
    }

    @Transactional(readOnly = true)
    public List<Objection> ofRound(long roundId) {
        return jdbc.sql("""
                        select o.*, n.unit_name from commendation_objection o join commendation_nomination n on n.id = o.nomination_id
                        where n.round_id = ? order by o.status <> 'OPEN', o.created_at, o.id""")
                .param(roundId).query(ObjectionService::map).list();
    }

    private static Objection map(ResultSet rs, int row) throws SQLException {
        return new Objection(rs.getLong("id"), rs.getLong("nomination_id"), rs.getString("unit_name"), rs.getString("name"),
                rs.getString("contact"), rs.getString("reason"), rs.getString("status"), rs.getString("reply"),
                rs.getTimestamp("created_at").toInstant());
    }
}
