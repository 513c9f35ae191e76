package org.qualitymonth.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.inspection.domain.AnnouncementPublisher;
import org.qualitymonth.inspection.domain.ResultStore;
import org.qualitymonth.inspection.domain.SampleRow;
import org.qualitymonth.inspection.domain.SpotCheckPlans;
import org.qualitymonth.organization.Actor;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores spot-check results the way an import does and announces their plan, for the search tests. */
record SearchFixture(SpotCheckPlans plans, ResultStore store, AnnouncementPublisher publisher, TransactionTemplate tx) {

    long plan(Actor actor, String title) {
        return plans.create(actor, new SpotCheckPlans.PlanData(2026, title, List.of("AIR_PURIFIER", "RICE_COOKER")));
    }

    void store(long plan, SampleRow... rows) {
        tx.executeWithoutResult(s -> store.store(plan, null, List.of(rows), LocalDate.of(2026, 11, 20)));
    }

    void announce(Actor actor, long plan) {
        publisher.publish(actor, plan, LocalDate.of(2026, 11, 25));
    }

    static SampleRow row(String product, String brand, String model, String manufacturer, String creditCode,
                         Conclusion conclusion, String failedItem, String reportNo) {
        List<SampleRow.FailedItem> items = failedItem == null ? List.of()
                : List.of(new SampleRow.FailedItem(failedItem, "5.1", "30%", "≥50%"));
        return new SampleRow("AIR_PURIFIER", "空气净化器", product, brand, model, "20260301", manufacturer, creditCode, null,
                "330106", null, "杭州测试商贸有限公司", "330106", LocalDate.of(2026, 4, 11), "杭州市西湖区", 2, "330106",
                conclusion, "浙江省质量科学研究院", reportNo, items, null, null);
    }

    static void await(BooleanSupplier condition) {
        long until = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited 60 s for the index").isLessThan(until);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
