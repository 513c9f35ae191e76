package org.qualitymonth.commendation.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.qualitymonth.activity.ActivityDirectory;
import org.qualitymonth.activity.ActivityDirectory.ActivityRef;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.OrganizationLookup.OrganizationSummary;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.ChinaTime;
import org.qualitymonth.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provincial authorities nominate units of their own subtree, up to the round's quota and until its deadline,
 * with the unit's activities of the edition as evidence. The ranking is the average of the panel's totals.
 */
@Service
@Transactional
public class NominationService {

    private static final String SELECT = """
            select n.*, t.average, coalesce(t.reviewers, 0) reviewers from commendation_nomination n
            left join (select nomination_id, round(avg(total), 2) average, count(*) reviewers
                       from (select nomination_id, reviewer, sum(points) total from commendation_score group by 1, 2) s
                       group by 1) t on t.nomination_id = n.id
            """;

    private final JdbcClient jdbc;
    private final Rounds rounds;
    private final OrganizationLookup organizations;
    private final ActivityDirectory activities;
    private final AuditLog audit;
    private final Clock clock;

    NominationService(JdbcClient jdbc, Rounds rounds, OrganizationLookup organizations, ActivityDirectory activities,
                      AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.organizations = organizations;
        this.activities = activities;
        this.audit = audit;
        this.clock = clock;
    }

    public long nominate(Actor actor, long roundId, NominationData data) {
        OrganizationSummary unit = inScope(actor, data.organizationId());
        Round round = rounds.lock(roundId);
        if (!round.nominationOpen(ChinaTime.today(clock))) {
            throw BusinessException.invalid("commendation.nomination-closed", round.nominationDeadline());
        }
        String reason = Text.required(data.reason(), 2000, "commendation.reason-required", "reason");
        String highlights = Text.optional(data.highlights(), 4000, "commendation.highlights-invalid", "highlights");
        int used = jdbc.sql("select count(*) from commendation_nomination where round_id = ? and province_code = ?")
                .params(roundId, actor.scopeRegionCode()).query(Integer.class).single();
        if (used >= round.quotaPerProvince()) {
            throw BusinessException.invalid("commendation.quota-reached", round.quotaPerProvince());
        }
        if (jdbc.sql("select count(*) from commendation_nomination where round_id = ? and organization_id = ?")
                .params(roundId, unit.id()).query(Integer.class).single() > 0) {
            throw BusinessException.invalid("commendation.already-nominated").onField("organizationId");
        }
        List<Long> evidence = evidence(unit.id(), round.editionYear(), data.activityIds());
        long id = jdbc.sql("""
                        insert into commendation_nomination (round_id, organization_id, organization_path, unit_name, province_code,
                          reason, highlights, nominated_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(roundId, unit.id(), unit.path(), unit.name(), actor.scopeRegionCode(), reason, highlights, actor.username())
                .query(Long.class).single();
        evidence.forEach(activity -> jdbc.sql("insert into commendation_nomination_activity values (?, ?)").params(id, activity).update());
        audit.record("commendation.nominate", "commendation_nomination", Long.toString(id), null,
                Map.of("round", roundId, "unit", unit.name(), "activities", evidence));
        return id;
    }

    /** The unit, if the actor's scope holds it and the actor acts for a province; otherwise it does not exist. */
    @Transactional(readOnly = true)
    public OrganizationSummary inScope(Actor actor, Long organizationId) {
        if (actor.scopeRegionCode() == null || !actor.scopeRegionCode().endsWith("0000")) {
            throw BusinessException.forbidden("commendation.provinces-only");
        }
        return (organizationId == null ? java.util.Optional.<OrganizationSummary>empty() : organizations.find(organizationId))
                .filter(unit -> actor.canSee(unit.path()))
                .orElseThrow(() -> BusinessException.notFound("commendation.unit-not-found"));
    }

    /** The linked activities must be the unit's own, of the round's edition; anything else is refused. */
    private List<Long> evidence(long organizationId, int year, List<Long> requested) {
        if (requested == null || requested.isEmpty()) {
            return List.of();
        }
        Set<Long> own = activities.ofOrganization(organizationId, year).stream().map(ActivityRef::id).collect(Collectors.toSet());
        if (!own.containsAll(requested)) {
            throw BusinessException.invalid("commendation.activity-not-own").onField("activityIds");
        }
        return requested.stream().distinct().toList();
    }

    /** All nominations of the round, best average first; unscored ones last. */
    @Transactional(readOnly = true)
    public List<Nomination> ranking(long roundId) {
        return jdbc.sql(SELECT + "where n.round_id = ? order by t.average desc nulls last, n.id").param(roundId)
                .query(NominationService::map).list();
    }

    /** The nominations a province made in the round. */
    @Transactional(readOnly = true)
    public List<Nomination> ofProvince(long roundId, String provinceCode) {
        return jdbc.sql(SELECT + "where n.round_id = ? and n.province_code = ? order by n.id").params(roundId, provinceCode)
                .query(NominationService::map).list();
    }

    /** The shortlist on public notice: shortlisted and not withdrawn after an objection, by province. */
    @Transactional(readOnly = true)
    public List<Nomination> onNotice(long roundId) {
        return jdbc.sql(SELECT + "where n.round_id = ? and n.shortlisted and n.withdrawn_reason is null order by n.province_code, n.id")
                .param(roundId).query(NominationService::map).list();
    }

    @Transactional(readOnly = true)
    public Nomination get(long id) {
        return jdbc.sql(SELECT + "where n.id = ?").param(id).query(NominationService::map).optional()
                .orElseThrow(() -> BusinessException.notFound("commendation.nomination-not-found"));
    }

    /** The activities linked as evidence, by nomination, for the given nominations. */
    @Transactional(readOnly = true)
    public Map<Long, List<ActivityRef>> evidenceOf(List<Nomination> nominations) {
        if (nominations.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> links = new java.util.HashMap<>();
        jdbc.sql("select nomination_id, activity_id from commendation_nomination_activity where nomination_id in (:ids)")
                .param("ids", nominations.stream().map(Nomination::id).toList())
                .query(rs -> {
                    links.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2));
                });
        Map<Long, ActivityRef> byId = activities.byIds(links.values().stream().flatMap(List::stream).toList()).stream()
                .collect(Collectors.toMap(ActivityRef::id, a -> a));
        return links.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(byId::get).filter(java.util.Objects::nonNull).toList()));
    }

    private static Nomination map(ResultSet rs, int row) throws SQLException {
        return new Nomination(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("organization_id"), rs.getString("unit_name"),
                rs.getString("province_code"), rs.getString("reason"), rs.getString("highlights"), rs.getString("nominated_by"),
                rs.getBoolean("shortlisted"), rs.getString("withdrawn_reason"), rs.getBigDecimal("average"), rs.getInt("reviewers"));
    }
}
