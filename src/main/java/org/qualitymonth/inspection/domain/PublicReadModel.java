package org.qualitymonth.inspection.domain;

import java.time.LocalDate;
import java.util.List;
import org.qualitymonth.inspection.AnnouncementChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the public read model ({@code insp_public_result} and its counts, V10_80) in step with the canonical record:
 * a plan is written whole when it is announced, and an import into an announced plan adds its rows once the job is
 * done. The importer itself never writes here, so imports stay as fast as before; the public sees an import into an
 * already announced plan at the next {@link #sync} (every 30 seconds by default). A plan is public once its rows are
 * written ({@code insp_public_plan} holds its announcement date): a small plan within the announcing request, a large
 * one by a writer of its own right after the request commits (a plan of a million results takes minutes), or, if the
 * platform stopped in between, by the next {@link #sync}. {@link AnnouncementChanged} follows each write.
 */
@Component
public class PublicReadModel implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PublicReadModel.class);

    /** Full-width ASCII (U+FF01..U+FF5E) and its half-width twin, for the manufacturer key as the importer folds it. */
    private static final String FULL_WIDTH;
    private static final String HALF_WIDTH;

    static {
        StringBuilder full = new StringBuilder();
        StringBuilder half = new StringBuilder();
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            full.append(c);
            half.append((char) (c - 0xFEE0));
        }
        FULL_WIDTH = full.toString();
        HALF_WIDTH = half.toString();
    }

    private static final String ROWS = """
            insert into insp_public_result (result_id, sample_id, plan_id, announced_on, category, region_code, conclusion,
                institution, product_name, manufacturer_name, manufacturer_credit_code, manufacturer_id, manufacturer_key,
                model, sampling_date)
            select r.id, s.id, s.plan_id, p.announced_on, s.category, s.region_code, r.conclusion, r.institution,
                   s.product_name, s.manufacturer_name, s.manufacturer_credit_code, s.manufacturer_id,
                   nullif(regexp_replace(translate(s.manufacturer_name, ?, ?), '[\\s\u3000\u00A0]', '', 'g'), ''),
                   s.model, s.sampling_date
            from insp_sample s join insp_result r on r.sample_id = s.id join insp_plan p on p.id = s.plan_id
            where s.plan_id = ? and p.announced_on is not null""";
    private static final String UPSERT = """
             on conflict (result_id) do update set sample_id = excluded.sample_id, announced_on = excluded.announced_on,
                category = excluded.category, region_code = excluded.region_code, conclusion = excluded.conclusion,
                institution = excluded.institution, product_name = excluded.product_name,
                manufacturer_name = excluded.manufacturer_name, manufacturer_credit_code = excluded.manufacturer_credit_code,
                manufacturer_id = excluded.manufacturer_id, manufacturer_key = excluded.manufacturer_key,
                model = excluded.model, sampling_date = excluded.sampling_date""";

    /** Announced plans whose rows are not (yet, or not as of their announcement date) in the read model. */
    private static final String UNWRITTEN = """
            from insp_plan p left join insp_public_plan x on x.plan_id = p.id
            where p.announced_on is not null and x.announced_on is distinct from p.announced_on""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final int inlineLimit;
    private final ThreadPoolTaskExecutor writer = new ThreadPoolTaskExecutor();

    PublicReadModel(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
                    InspectionProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.inlineLimit = properties.announceInline();
        writer.setCorePoolSize(1);
        writer.setThreadNamePrefix("public-read-model-");
        writer.setWaitForTasksToCompleteOnShutdown(false);
        // a write cut off by a stop rolls back; the next sync writes the plan again
        writer.setDaemon(true);
        writer.initialize();
    }

    @Override
    public void destroy() {
        writer.shutdown();
    }

    /**
     * Makes an announced plan of this many results public: within the caller's transaction if it is small, else in
     * the background once that transaction commits. Returns whether it is public when the caller commits.
     */
    boolean announce(long planId, long results) {
        if (results <= inlineLimit) {
            writeAnnounced(planId);
            return true;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                writer.execute(() -> catchUp(planId));
            }
        });
        return false;
    }

    /** Whether an announced plan is still being written (not yet public). */
    boolean writing(long planId) {
        return jdbc.sql("select exists (select 1 " + UNWRITTEN + " and p.id = ?)").param(planId).query(Boolean.class).single();
    }

    /** Writes an announced plan unless it was written since (a sync and a background write may both have it). */
    private void catchUp(long planId) {
        transactions.executeWithoutResult(s -> {
            lock(planId);
            if (writing(planId)) {
                writeAnnounced(planId);
                log.info("Public read model: wrote announced plan {}", planId);
            }
        });
    }

    private void writeAnnounced(long planId) {
        writePlan(planId);
        LocalDate on = jdbc.sql("select announced_on from insp_plan where id = ?").param(planId).query(LocalDate.class).single();
        events.publishEvent(new AnnouncementChanged(planId, on));
    }

    /** Writes a plan's public rows and counts anew, in the caller's transaction (the plan row is locked by it). */
    private void writePlan(long planId) {
        // jobs first: a job done after this statement is applied again later, none is marked without its rows
        jdbc.sql("insert into insp_public_job (job_id, plan_id) select id, plan_id from insp_import_job"
                + " where plan_id = ? and status = 'DONE' on conflict do nothing").param(planId).update();
        jdbc.sql("delete from insp_public_result where plan_id = ?").param(planId).update();
        jdbc.sql(ROWS).params(FULL_WIDTH, HALF_WIDTH, planId).update();
        jdbc.sql("""
                insert into insp_public_plan (plan_id, announced_on) select id, announced_on from insp_plan where id = ?
                on conflict (plan_id) do update set announced_on = excluded.announced_on, refreshed_at = now()""")
                .param(planId).update();
        writeCounts(planId);
    }

    /** Takes a withdrawn plan off the public read model, in the caller's transaction. */
    void removePlan(long planId) {
        for (String table : List.of("insp_public_item", "insp_public_count", "insp_public_result", "insp_public_job", "insp_public_plan")) {
            jdbc.sql("delete from " + table + " where plan_id = ?").param(planId).update();
        }
    }

    /** Adds (or updates) the rows of one finished import job of an announced plan. */
    void writeJob(long jobId, long planId) {
        jdbc.sql(ROWS + " and s.import_job_id = ? " + UPSERT).params(FULL_WIDTH, HALF_WIDTH, planId, jobId).update();
        jdbc.sql("insert into insp_public_job (job_id, plan_id) values (?, ?) on conflict do nothing").params(jobId, planId)
                .update();
        writeCounts(planId);
    }

    private void writeCounts(long planId) {
        jdbc.sql("delete from insp_public_count where plan_id = ?").param(planId).update();
        jdbc.sql("""
                insert into insp_public_count (plan_id, category, region_code, conclusion, institution, results)
                select plan_id, category, region_code, conclusion, institution, count(*) from insp_public_result
                where plan_id = ? group by plan_id, category, region_code, conclusion, institution""").param(planId).update();
        jdbc.sql("delete from insp_public_item where plan_id = ?").param(planId).update();
        jdbc.sql("""
                insert into insp_public_item (plan_id, category, item, results)
                select x.plan_id, x.category, f.item, count(distinct f.result_id)
                from insp_public_result x join insp_failed_item f on f.result_id = x.result_id
                where x.plan_id = ? group by x.plan_id, x.category, f.item""").param(planId).update();
    }

    /**
     * Brings the read model up to date: plans announced (or re-dated) without being written, e.g. before this table
     * existed, and finished imports into announced plans. Each plan is written in its own transaction.
     */
    @Scheduled(fixedDelayString = "${qm.inspection.public-sync-ms:30000}", initialDelayString = "${qm.inspection.public-sync-ms:30000}")
    public void sync() {
        jdbc.sql("select p.id " + UNWRITTEN + " order by p.id").query(Long.class).list().forEach(this::catchUp);
        for (long[] job : pendingJobs()) {
            transactions.executeWithoutResult(s -> {
                lock(job[1]);
                writeJob(job[0], job[1]);
            });
            log.info("Public read model: added import job {} of announced plan {}", job[0], job[1]);
        }
    }

    private List<long[]> pendingJobs() {
        return jdbc.sql("""
                select j.id, j.plan_id from insp_import_job j join insp_public_plan x on x.plan_id = j.plan_id
                where j.status = 'DONE' and not exists (select 1 from insp_public_job d where d.job_id = j.id) order by j.id""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    /** Serialises writers of one plan (an announcement and a sync may meet). */
    private void lock(long planId) {
        jdbc.sql("select id from insp_plan where id = ? for update").param(planId).query(Long.class).optional();
    }
}
