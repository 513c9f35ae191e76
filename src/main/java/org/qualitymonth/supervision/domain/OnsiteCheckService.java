package org.qualitymonth.supervision.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * On-site checks of drawn units (SUP-3): the authority that drew records the check with its findings,
 * rating and rectification items; the checked unit answers each item. Open items count on the dashboard.
 */
@Service
@Transactional
public class OnsiteCheckService {

    public enum Rating { EXCELLENT, GOOD, FAIR, POOR }

    public record Item(String content, LocalDate deadline) {
    }

    public record CheckRecord(LocalDate checkedOn, String inspectors, String findings, Rating rating, List<Item> items) {
    }

    public record CheckView(long id, long drawId, String regionCode, long organizationId, LocalDate checkedOn,
                            String inspectors, String findings, Rating rating, List<ItemView> items) {
    }

    public record ItemView(long id, String content, LocalDate deadline, String answer, String answeredBy) {

        public boolean open() {
            return answer == null;
        }
    }

    private final JdbcClient jdbc;
    private final DrawService draws;
    private final OrganizationLookup organizations;
    private final AuditLog audit;
    private final Clock clock;

    OnsiteCheckService(JdbcClient jdbc, DrawService draws, OrganizationLookup organizations, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.draws = draws;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    public long record(Actor actor, long drawId, String regionCode, CheckRecord check) {
        Draw draw = draws.get(drawId);
        String actorScope = actor.scopeRegionCode() == null ? null : actor.scopeRegionCode().substring(0, 2) + "0000";
        if (!java.util.Objects.equals(draw.scopeCode(), actorScope)) {
            throw BusinessException.forbidden("check.not-your-draw");
        }
        if (!draw.result().contains(regionCode)) {
            throw BusinessException.invalid("check.not-drawn").onField("regionCode");
        }
        validate(check, draw.editionYear());
        long organization = organizations.authorityOf(regionCode)
                .orElseThrow(() -> BusinessException.conflict("plan.no-reviewer")).id();
        if (jdbc.sql("select count(*) from onsite_check where draw_id = ? and region_code = ?").params(drawId, regionCode)
                .query(Long.class).single() > 0) {
            throw BusinessException.conflict("check.exists");
        }
        long id = jdbc.sql("""
                        insert into onsite_check (draw_id, region_code, organization_id, checked_on, inspectors, findings, rating, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(drawId, regionCode, organization, check.checkedOn(), check.inspectors().strip(), check.findings().strip(),
                        check.rating().name(), actor.username())
                .query(Long.class).single();
        for (Item item : check.items()) {
            jdbc.sql("insert into rectification_item (check_id, content, deadline) values (?, ?, ?)")
                    .params(id, item.content().strip(), item.deadline()).update();
        }
        audit.record("check.create", "onsite_check", Long.toString(id), null, check);
        return id;
    }

    public void answer(Actor actor, long itemId, String answer) {
        String text = Text.required(answer, 2000, "check.answer-invalid", "answer");
        var owner = jdbc.sql("select c.organization_id, i.answered_at from rectification_item i join onsite_check c on c.id = i.check_id where i.id = ?")
                .param(itemId).query((rs, n) -> new Object[] {rs.getLong(1), rs.getTimestamp(2)}).optional()
                .orElseThrow(() -> BusinessException.notFound("check.not-found"));
        if ((long) owner[0] != actor.organizationId()) {
            throw BusinessException.forbidden("check.not-yours");
        }
        if (owner[1] != null) {
            throw BusinessException.conflict("check.already-answered");
        }
        jdbc.sql("update rectification_item set answer = ?, answered_at = ?, answered_by = ? where id = ?")
                .params(text, java.sql.Timestamp.from(clock.instant()), actor.username(), itemId).update();
        audit.record("check.answer", "rectification_item", Long.toString(itemId), null, Map.of("answer", text));
    }

    @Transactional(readOnly = true)
    public List<CheckView> ofDraw(long drawId) {
        return jdbc.sql("select id from onsite_check where draw_id = ? order by region_code").param(drawId).query(Long.class).list()
                .stream().map(this::get).toList();
    }

    @Transactional(readOnly = true)
    public List<CheckView> ofOrganization(long organizationId) {
        return jdbc.sql("select id from onsite_check where organization_id = ? order by checked_on desc").param(organizationId)
                .query(Long.class).list().stream().map(this::get).toList();
    }

    /** Unanswered rectification items per checked region, for the dashboard. */
    @Transactional(readOnly = true)
    public Map<String, Long> openItemsByRegion() {
        Map<String, Long> open = new java.util.HashMap<>();
        jdbc.sql("select c.region_code, count(*) from rectification_item i join onsite_check c on c.id = i.check_id "
                        + "where i.answered_at is null group by c.region_code")
                .query(rs -> {
                    open.put(rs.getString(1), rs.getLong(2));
                });
        return open;
    }

    @Transactional(readOnly = true)
    public CheckView get(long id) {
        List<ItemView> items = jdbc.sql("select id, content, deadline, answer, answered_by from rectification_item where check_id = ? order by id")
                .param(id).query((rs, n) -> new ItemView(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5))).list();
        return jdbc.sql("select * from onsite_check where id = ?").param(id)
                .query((rs, n) -> new CheckView(rs.getLong("id"), rs.getLong("draw_id"), rs.getString("region_code"),
                        rs.getLong("organization_id"), rs.getObject("checked_on", LocalDate.class), rs.getString("inspectors"),
                        rs.getString("findings"), Rating.valueOf(rs.getString("rating")), items))
                .optional().orElseThrow(() -> BusinessException.notFound("check.not-found"));
    }

    private static void validate(CheckRecord check, int year) {
        if (check.checkedOn() == null || check.checkedOn().getYear() != year) {
            throw BusinessException.invalid("check.date-outside-edition").onField("checkedOn");
        }
        Text.required(check.inspectors(), 300, "check.incomplete", "findings");
        Text.required(check.findings(), 4000, "check.incomplete", "findings");
        if (check.rating() == null) {
            throw BusinessException.invalid("check.incomplete").onField("findings");
        }
        for (Item item : check.items()) {
            Text.required(item.content(), 1000, "check.item-invalid", "items");
            if (item.deadline() == null || item.deadline().isBefore(check.checkedOn())) {
                throw BusinessException.invalid("check.item-invalid").onField("items");
            }
        }
    }
}
