package org.qualitymonth.inspection.domain;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.qualitymonth.inspection.domain.ImportJobs.JobView;
import org.qualitymonth.platform.FileStorage;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.ChinaTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs confirmed imports on a small pool of its own. The whole file is imported in one transaction, so an
 * import either completes (every row imported or listed with its reason) or, when it fails half-way,
 * leaves nothing: no sample, no result, no event and so no disposal task. Progress is written in separate
 * short transactions so the job page sees it while the import runs. Jobs cut off by a stop run again on start.
 */
@Component
class ImportRunner implements org.springframework.beans.factory.DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final JdbcClient jdbc;
    private final FileStorage files;
    private final ImportRows rows;
    private final TransactionTemplate work;
    private final TransactionTemplate progress;
    private final TaskExecutor executor;
    private final Clock clock;

    ImportRunner(JdbcClient jdbc, FileStorage files, ImportRows rows, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.rows = rows;
        this.clock = clock;
        this.work = new TransactionTemplate(transactions);
        this.progress = new TransactionTemplate(transactions);
        this.progress.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(2);
        pool.setThreadNamePrefix("inspection-import-");
        pool.setWaitForTasksToCompleteOnShutdown(false);
        // an import cut off by a stop rolls back and runs again on the next start (resumeInterrupted)
        pool.setDaemon(true);
        pool.initialize();
        this.executor = pool;
    }

    @Override
    public void destroy() {
        ((ThreadPoolTaskExecutor) executor).shutdown();
    }

    void start(long jobId) {
        executor.execute(() -> run(jobId));
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        jdbc.sql("select id from insp_import_job where status in ('QUEUED', 'RUNNING') order by id").query(Long.class).list()
                .forEach(this::start);
    }

    void run(long jobId) {
        JobView job = jdbc.sql("select * from insp_import_job where id = ?").param(jobId).query(ImportJobs::map).single();
        String username = jdbc.sql("select username from insp_import_job where id = ?").param(jobId).query(String.class).single();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        try {
            progress.executeWithoutResult(s -> jdbc.sql("update insp_import_job set status = 'RUNNING', rows_done = 0 where id = ?")
                    .param(jobId).update());
            Path file = files.path(jdbc.sql("select file_key from insp_import_job where id = ?").param(jobId)
                    .query(String.class).single());
            work.executeWithoutResult(s -> rows.importAll(job, file, ChinaTime.today(clock),
                    done -> progress.executeWithoutResult(p -> jdbc.sql("update insp_import_job set rows_done = ? where id = ?")
                            .params(done, jobId).update())));
        } catch (RuntimeException e) {
            String code = e instanceof BusinessException business ? business.code() : "inspection.import.crashed";
            log.warn("Import {} failed: {}", jobId, e.toString());
            progress.executeWithoutResult(s -> jdbc.sql("""
                            update insp_import_job set status = 'FAILED', failure_code = ?, rows_done = 0, rows_imported = 0,
                                rows_refused = 0, finished_at = now() where id = ?""")
                    .params(code, jobId).update());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
