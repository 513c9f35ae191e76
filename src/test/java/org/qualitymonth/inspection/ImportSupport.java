package org.qualitymonth.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.qualitymonth.inspection.domain.ImportJobs;
import org.qualitymonth.inspection.domain.ImportJobs.JobView;
import org.qualitymonth.inspection.domain.SpotCheckPlans;
import org.qualitymonth.organization.Actor;

/** Uploads a sheet, confirms the proposed mapping and waits for the background import to finish. */
class ImportSupport {

    private final ImportJobs imports;
    private final SpotCheckPlans plans;

    ImportSupport(ImportJobs imports, SpotCheckPlans plans) {
        this.imports = imports;
        this.plans = plans;
    }

    long plan(Actor actor, String title) {
        return plans.create(actor, new SpotCheckPlans.PlanData(2026, title, List.of("RICE_COOKER", "AIR_PURIFIER")));
    }

    long upload(Actor actor, long plan, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return imports.upload(actor, plan, file.getFileName().toString(), in, null);
        }
    }

    JobView run(Actor actor, long plan, Path file) throws IOException {
        long job = upload(actor, plan, file);
        imports.confirm(actor, job, imports.get(actor, job).mapping(), null);
        return finished(actor, job);
    }

    JobView finished(Actor actor, long job) {
        await(() -> imports.get(actor, job).finished());
        return imports.get(actor, job);
    }

    static void await(BooleanSupplier condition) {
        long until = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited 60 s").isLessThan(until);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static Path corpus(String name) {
        return Path.of("src/test/resources/inspection", name);
    }
}
