package org.qualitymonth.disposal.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qualitymonth.inspection.FailedResultRecorded;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.OrganizationLookup.OrganizationSummary;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.ChinaTime;
import org.qualitymonth.shared.RegionCode;
import org.qualitymonth.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disposal tasks (INSP-3): opened for each failed result at the authority of the manufacturer's region and,
 * if it is another authority, of the sampled business's region; closed by that authority with the
 * measures taken and the evidence. Opening is idempotent (one task per result and authority).
 */
@Service
@Transactional
public class DisposalTasks {

    public enum Party { MANUFACTURER, BUSINESS }

    public record TaskView(long id, long resultId, long planId, long authorityId, String regionCode, Party party,
                           String productName, String partyName, boolean open, LocalDate openedOn, LocalDate deadline,
                           List<Measure> measures, String evidence, LocalDate closedOn, String closedBy) {

        public boolean overdue(LocalDate today) {
            return open && deadline.isBefore(today);
        }
    }

    public record RegionCount(String regionCode, long open, long overdue) {
    }

    /** Key of the national authority among the authorities looked up by region. */
    private static final String NATIONAL = "national";

    private final JdbcClient jdbc;
    private final OrganizationLookup organizations;
    private final DisposalProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    DisposalTasks(JdbcClient jdbc, OrganizationLookup organizations, DisposalProperties properties, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens the tasks of failed results with one statement; returns how many were new (0 when the results are seen
     * again). Authorities are looked up once per region, and one audit entry lists the tasks opened.
     */
    public int open(List<FailedResultRecorded> results) {
        Map<String, Optional<OrganizationSummary>> byRegion = new HashMap<>();
        TaskRows rows = new TaskRows();
        for (FailedResultRecorded result : results) {
            Map<Long, Object[]> authorities = new LinkedHashMap<>();
            byRegion.computeIfAbsent(result.manufacturerRegion(), this::authority).ifPresent(a ->
                    authorities.put(a.id(), new Object[] {a, Party.MANUFACTURER, result.manufacturerName()}));
            byRegion.computeIfAbsent(result.businessRegion(), this::authority).ifPresent(a ->
                    authorities.putIfAbsent(a.id(), new Object[] {a, Party.BUSINESS, result.businessName()}));
            if (authorities.isEmpty()) {
                OrganizationSummary national = byRegion.computeIfAbsent(NATIONAL, r -> Optional.of(organizations.nationalAuthority()))
                        .orElseThrow();
                authorities.put(national.id(), new Object[] {national, Party.MANUFACTURER, result.manufacturerName()});
            }
            authorities.values().forEach(a -> rows.add(result, (OrganizationSummary) a[0], (Party) a[1], (String) a[2],
                    properties.deadlineDays()));
        }
        if (rows.size() == 0) {
            return 0;
        }
        List<Long> created = jdbc.sql("""
                        insert into disposal_task (result_id, plan_id, authority_id, authority_path, region_code, party,
                            product_name, party_name, opened_on, deadline)
                        select * from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[],
                            ?::varchar[], ?::varchar[], ?::date[], ?::date[])
                        on conflict on constraint disposal_task_once do nothing returning id""")
                .params(rows.arrays()).query(Long.class).list();
        if (!created.isEmpty()) {
            audit.record("disposal.open", "disposal_task", created.get(0) + (created.size() > 1 ? "+" + (created.size() - 1) : ""),
                    null, Map.of("tasks", created, "results", results.size()));
        }
        return created.size();
    }

    public void close(Actor actor, long taskId, Set<Measure> measures, String evidence) {
        TaskView task = get(actor, taskId);
        if (!task.open()) {
            throw BusinessException.conflict("disposal.closed");
        }
        if (measures == null || measures.isEmpty()) {
            throw BusinessException.invalid("disposal.measures").onField("measures");
        }
        String text = Text.required(evidence, 4000, "disposal.evidence", "evidence");
        LocalDate today = ChinaTime.today(clock);
        jdbc.sql("""
                        update disposal_task set status = 'CLOSED', measures = ?::varchar[], evidence = ?, closed_on = ?,
                            closed_by = ?, version = version + 1 where id = ? and status = 'OPEN'""")
                .params(measures.stream().map(Enum::name).sorted().toArray(String[]::new), text, today, actor.username(), taskId)
                .update();
        audit.record("disposal.close", "disposal_task", Long.toString(taskId), Map.of("status", "OPEN"),
                Map.of("status", "CLOSED", "measures", measures, "evidence", text));
    }

    @Transactional(readOnly = true)
    public TaskView get(Actor actor, long taskId) {
        return jdbc.sql("select * from disposal_task where id = ? and authority_path like ?")
                .params(taskId, actor.scopePath() + "%").query(DisposalTasks::map).optional()
                .orElseThrow(() -> BusinessException.notFound("disposal.not-found"));
    }

    /** Tasks in scope, open ones first by deadline; {@code overdueOnly} keeps open tasks past their deadline. */
    @Transactional(readOnly = true)
    public List<TaskView> list(Actor actor, boolean overdueOnly, String regionPrefix, int limit) {
        String region = regionPrefix == null || regionPrefix.isBlank() ? "%" : regionPrefix + "%";
        return jdbc.sql("""
                        select * from disposal_task where authority_path like ? and coalesce(region_code, '') like ?
                          and (not ? or (status = 'OPEN' and deadline < ?))
                        order by status desc, deadline, id limit ?""")
                .params(actor.scopePath() + "%", region, overdueOnly, ChinaTime.today(clock), limit)
                .query(DisposalTasks::map).list();
    }

    /** Open and overdue tasks per authority region within scope, for the console. */
    @Transactional(readOnly = true)
    public List<RegionCount> byRegion(Actor actor) {
        return jdbc.sql("""
                        select coalesce(region_code, '000000'), count(*) filter (where status = 'OPEN'),
                               count(*) filter (where status = 'OPEN' and deadline < ?)
                        from disposal_task where authority_path like ? group by 1
                        order by 3 desc, 2 desc, 1""")
                .params(ChinaTime.today(clock), actor.scopePath() + "%")
                .query((rs, n) -> new RegionCount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /** The authority of a region, else of its city, else of its province. */
    private Optional<OrganizationSummary> authority(String regionCode) {
        if (!RegionCode.isWellFormed(regionCode)) {
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>(List.of(regionCode, regionCode.substring(0, 4) + "00",
                regionCode.substring(0, 2) + "0000"));
        for (String code : candidates) {
            Optional<OrganizationSummary> authority = organizations.authorityOf(code);
            if (authority.isPresent()) {
                return authority;
            }
        }
        return Optional.empty();
    }

    private static TaskView map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        List<Measure> measures = new ArrayList<>();
        for (String m : (String[]) rs.getArray("measures").getArray()) {
            measures.add(Measure.valueOf(m));
        }
        return new TaskView(rs.getLong("id"), rs.getLong("result_id"), rs.getLong("plan_id"), rs.getLong("authority_id"),
                rs.getString("region_code"), Party.valueOf(rs.getString("party")), rs.getString("product_name"),
                rs.getString("party_name"), "OPEN".equals(rs.getString("status")), rs.getObject("opened_on", LocalDate.class),
                rs.getObject("deadline", LocalDate.class), measures, rs.getString("evidence"),
                rs.getObject("closed_on", LocalDate.class), rs.getString("closed_by"));
    }
}
