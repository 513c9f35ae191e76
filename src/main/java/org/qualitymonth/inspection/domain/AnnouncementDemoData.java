package org.qualitymonth.inspection.domain;

import java.time.LocalDate;
import java.util.List;
import org.qualitymonth.platform.DemoDataContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Announces the demo spot-check plans, a week apart, so the public pages have content; Zhejiang's provincial plan is
 * left for its authority (zhejiang.admin) to publish from the console.
 */
@Component
class AnnouncementDemoData implements DemoDataContributor {

    private final AnnouncementPublisher publisher;
    private final JdbcClient jdbc;

    AnnouncementDemoData(AnnouncementPublisher publisher, JdbcClient jdbc) {
        this.publisher = publisher;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 52;
    }

    @Override
    public void seed(long seed, int scale) {
        List<Long> plans = jdbc.sql("select id from insp_plan p where not (level = 'PROVINCIAL' and region_code = '330000') "
                + "and exists (select 1 from insp_sample s where s.plan_id = p.id) order by id").query(Long.class).list();
        for (int i = 0; i < plans.size(); i++) {
            publisher.publish(plans.get(i), LocalDate.of(2026, 11, 30).minusDays(7L * i));
        }
    }
}
