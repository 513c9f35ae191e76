package org.qualitymonth.inspection.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.qualitymonth.campaign.ProductCategory;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.inspection.domain.Lifecycle.Step;
import org.qualitymonth.inspection.domain.LifecycleService.StepData;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.OrganizationLookup.EnterpriseRef;
import org.qualitymonth.organization.OrganizationLookup.OrganizationSummary;
import org.qualitymonth.platform.DemoDataContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo spot checks: the national plan for the 10 key categories and provincial plans of six provinces,
 * about 3,300 results stored through the importer's {@link ResultStore} (so their failed results announce
 * themselves like imported ones), and failed results moved along their lifecycle to varied stages.
 */
@Component
class InspectionDemoData implements DemoDataContributor {

    private static final int YEAR = 2026;
    private static final List<String> PROVINCES = List.of("330000", "320000", "440000", "370000", "310000", "510000");
    private static final List<String> CATEGORIES = Arrays.stream(ProductCategory.values()).map(Enum::name).toList();

    private final SpotCheckPlans plans;
    private final ResultStore store;
    private final LifecycleService lifecycle;
    private final OrganizationLookup organizations;
    private final JdbcClient jdbc;

    InspectionDemoData(SpotCheckPlans plans, ResultStore store, LifecycleService lifecycle, OrganizationLookup organizations,
                       JdbcClient jdbc) {
        this.plans = plans;
        this.store = store;
        this.lifecycle = lifecycle;
        this.organizations = organizations;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void seed(long seed, int scale) {
        Random random = new Random(seed + 10);
        OrganizationSummary national = organizations.nationalAuthority();
        long nationalPlan = plans.insert(national, PlanLevel.NATIONAL, new SpotCheckPlans.PlanData(YEAR,
                "2026年重点消费品质量国家监督抽查", CATEGORIES), "admin");
        samples(random, nationalPlan, "GJ", PROVINCES, 1500 * scale);
        for (String province : PROVINCES) {
            organizations.authorityOf(province).ifPresent(authority -> {
                long plan = plans.insert(authority, PlanLevel.PROVINCIAL, new SpotCheckPlans.PlanData(YEAR,
                        "2026年" + organizations.regionNamesUnder(province).get(province) + "重点消费品质量监督抽查", CATEGORIES),
                        "admin");
                samples(random, plan, "SJ" + province.substring(0, 2), List.of(province), 300 * scale);
            });
        }
        moveFailedResults(random);
    }

    private void samples(Random random, long planId, String reportPrefix, List<String> provinces, int count) {
        List<List<EnterpriseRef>> makers = provinces.stream().map(p -> organizations.enterprisesIn(p.substring(0, 2), 200)).toList();
        List<SampleRow> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int p = random.nextInt(provinces.size());
            if (makers.get(p).isEmpty()) {
                continue;
            }
            EnterpriseRef maker = makers.get(p).get(random.nextInt(makers.get(p).size()));
            String category = CATEGORIES.get(i % CATEGORIES.size());
            LocalDate sampled = LocalDate.of(YEAR, 3, 1).plusDays(random.nextInt(240));
            batch.add(DemoSamples.sample(random, category, maker.regionCode(), maker,
                    "商贸有限公司第" + (i % 97 + 1) + "门店", sampled, String.format("%s%d-%05d", reportPrefix, YEAR, i + 1)));
            if (batch.size() == 100 || i == count - 1) {
                store.store(planId, null, batch, LocalDate.of(YEAR, 11, 28).minusDays(random.nextInt(180)));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            store.store(planId, null, batch, LocalDate.of(YEAR, 11, 20));
        }
    }

    /** Serves most failed results, lets some object (one re-test overturns), and carries many through disposal. */
    private void moveFailedResults(Random random) {
        List<Long> failed = jdbc.sql("select id from insp_result where conclusion = 'FAIL' order by id").query(Long.class).list();
        LocalDate base = LocalDate.of(YEAR, 6, 1);
        for (long id : failed) {
            int path = random.nextInt(10);
            if (path == 0) {
                continue;
            }
            LocalDate served = base.plusDays(random.nextInt(100));
            if (path == 1) {
                lifecycle.record(id, new StepData(Step.PUBLISH_NOTICE, served, null, null, null, "标称生产企业无法联系，予以公告"), "admin");
                continue;
            }
            lifecycle.record(id, new StepData(Step.SERVE_NOTICE, served, null, null, null, null), "admin");
            if (path == 2) {
                lifecycle.record(id, new StepData(Step.OBJECT, served.plusDays(7), null, null, null, "企业对检验结论提出异议"), "admin");
                lifecycle.record(id, new StepData(Step.RETEST, served.plusDays(25), random.nextBoolean() ? Conclusion.PASS : Conclusion.FAIL,
                        "国家家用电器质量检验检测中心", "FJ" + id, null), "admin");
            } else if (path >= 4) {
                lifecycle.record(id, new StepData(Step.CONFIRM, served.plusDays(16), null, null, null, null), "admin");
                if (path >= 7) {
                    lifecycle.record(id, new StepData(Step.DISPOSE, served.plusDays(45), null, null, null, "已责令整改"), "admin");
                    lifecycle.record(id, new StepData(Step.RECHECK, served.plusDays(75), Conclusion.PASS,
                            "浙江省质量科学研究院", "FC" + id, null), "admin");
                }
            }
        }
    }
}
