package org.qualitymonth.platform.demo;

import java.util.Comparator;
import java.util.List;
import org.qualitymonth.platform.DemoDataContributor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database once with the demo data of every module. The marker row is written in the same
 * transaction as the last contributor, so an interrupted run starts over cleanly on the next start.
 */
@Component
@Order(10)
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final List<DemoDataContributor> contributors;
    private final DemoProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DemoDataRunner(List<DemoDataContributor> contributors, DemoProperties properties, JdbcClient jdbc,
                   TransactionTemplate transactions) {
        this.contributors = contributors;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || alreadySeeded()) {
            return;
        }
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(4711)").query().singleValue();
            if (alreadySeeded()) {
                return;
            }
            contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order))
                    .forEach(contributor -> contributor.seed(properties.seed(), properties.scale()));
            jdbc.sql("insert into demo_seed (seed, scale) values (?, ?)").params(properties.seed(), properties.scale()).update();
        });
        log.info("Demo data generated in {} ms (seed {}, scale {})", (System.nanoTime() - started) / 1_000_000,
                properties.seed(), properties.scale());
    }

    private boolean alreadySeeded() {
        return jdbc.sql("select count(*) from demo_seed").query(Long.class).single() > 0;
    }
}
