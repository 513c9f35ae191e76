package org.qualitymonth.commendation.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's life: opened with its criteria, nominations close at the deadline, the administrator shortlists
 * the best ranked, the shortlist goes to public notice for the set days, and after it the decision issues
 * the certificates.
 */
@Service
@Transactional
public class RoundService {

    private final JdbcClient jdbc;
    private final Rounds rounds;
    private final CampaignCatalog campaign;
    private final CertificateService certificates;
    private final AuditLog audit;
    private final Clock clock;

    RoundService(JdbcClient jdbc, Rounds rounds, CampaignCatalog campaign, CertificateService certificates, AuditLog audit,
                 Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.campaign = campaign;
        this.certificates = certificates;
        this.audit = audit;
        this.clock = clock;
    }

    public long open(Actor actor, RoundData data) {
        RoundRules.check(data, today(), campaign.publishedYears());
        long id = jdbc.sql("""
                        insert into commendation_round (edition_year, title, quota_per_province, nomination_deadline, notice_days, created_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(data.editionYear(), data.title().strip(), data.quotaPerProvince(), data.nominationDeadline(),
                        data.noticeDays(), actor.username()).query(Long.class).single();
        int position = 0;
        for (RoundData.CriterionData c : RoundRules.filled(data.criteria())) {
            jdbc.sql("insert into commendation_criterion (round_id, position, name, description, max_points) values (?, ?, ?, ?, ?)")
                    .params(id, ++position, c.name().strip(), c.description().strip(), c.maxPoints()).update();
        }
        audit.record("commendation.round.open", "commendation_round", Long.toString(id), null, data);
        return id;
    }

    @Transactional(readOnly = true)
    public Round get(long id) {
        return rounds.get(id);
    }

    @Transactional(readOnly = true)
    public List<Round> all() {
        return rounds.all();
    }

    /** Puts a nomination on the shortlist or takes it off, once nominations have closed and before the notice. */
    public void shortlist(long roundId, long nominationId, boolean on) {
        Round round = rounds.lock(roundId);
        if (round.status() != RoundStatus.NOMINATING || !today().isAfter(round.nominationDeadline())) {
            throw BusinessException.invalid("commendation.shortlist-closed");
        }
        if (jdbc.sql("update commendation_nomination set shortlisted = ? where id = ? and round_id = ?")
                .params(on, nominationId, roundId).update() == 0) {
            throw BusinessException.notFound("commendation.nomination-not-found");
        }
        audit.record(on ? "commendation.shortlist.add" : "commendation.shortlist.remove", "commendation_nomination",
                Long.toString(nominationId), null, Map.of("round", roundId));
    }

    /** Publishes the shortlist: the notice runs from today for the round's number of days. */
    public void publishNotice(long roundId) {
        Round round = rounds.lock(roundId);
        if (round.status() != RoundStatus.NOMINATING || !today().isAfter(round.nominationDeadline())) {
            throw BusinessException.invalid("commendation.shortlist-closed");
        }
        int listed = jdbc.sql("select count(*) from commendation_nomination where round_id = ? and shortlisted").param(roundId)
                .query(Integer.class).single();
        if (listed == 0) {
            throw BusinessException.invalid("commendation.shortlist-empty");
        }
        LocalDate ends = today().plusDays(round.noticeDays() - 1L);
        jdbc.sql("update commendation_round set status = 'NOTICE', notice_starts_on = ?, notice_ends_on = ? where id = ?")
                .params(today(), ends, roundId).update();
        audit.record("commendation.notice.publish", "commendation_round", Long.toString(roundId), null,
                Map.of("startsOn", today().toString(), "endsOn", ends.toString(), "shortlisted", listed));
    }

    /** After the notice, with every objection handled: the units still on the shortlist are commended. */
    public List<String> decide(long roundId) {
        Round round = rounds.lock(roundId);
        if (!round.noticeOver(today())) {
            throw BusinessException.invalid("commendation.notice-not-over");
        }
        int open = jdbc.sql("""
                        select count(*) from commendation_objection o join commendation_nomination n on n.id = o.nomination_id
                        where n.round_id = ? and o.status = 'OPEN'""").param(roundId).query(Integer.class).single();
        if (open > 0) {
            throw BusinessException.invalid("commendation.objections-open", open);
        }
        jdbc.sql("update commendation_round set status = 'DECIDED', decided_on = ? where id = ?").params(today(), roundId).update();
        List<String> numbers = certificates.issue(round, today());
        audit.record("commendation.decide", "commendation_round", Long.toString(roundId), null, Map.of("certificates", numbers));
        return numbers;
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
