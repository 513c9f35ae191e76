package org.qualitymonth.activity.domain;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.qualitymonth.media.MediaItem;
import org.qualitymonth.media.MediaLibrary;
import org.qualitymonth.platform.DemoDataContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Closing reports for some demo activities (Hangzhou's first), each with a photo of its hall under its own
 * banner as cover and gallery photo, and two photos from a shared pool of street and factory scenes, so the
 * first start draws only a few dozen images.
 */
@Component
class ReportDemoData implements DemoDataContributor {

    private static final int REPORTS = 24;
    private static final int POOL = 6;
    private static final String[] OUTPUTS = {
            "发布质量提升倡议书1份，组织企业签订质量承诺书，现场解答群众咨询。",
            "形成质量攻关成果汇编，推广先进质量管理方法，建立问题整改台账。",
            "开展计量器具免费检定，发放质量知识宣传资料，受理消费投诉并现场调解。"};

    private final JdbcClient jdbc;
    private final MediaLibrary media;

    ReportDemoData(JdbcClient jdbc, MediaLibrary media) {
        this.jdbc = jdbc;
        this.media = media;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public void seed(long seed, int scale) {
        Random random = new Random(seed + 45);
        List<MediaItem> pool = new ArrayList<>();
        for (int i = 0; i < POOL; i++) {
            byte[] jpeg = i % 2 == 0 ? DemoPhotos.street(seed + i) : DemoPhotos.factory(seed + i);
            pool.add(media.storePhoto("demo", "scene-" + i + ".jpg", new ByteArrayInputStream(jpeg)));
        }
        for (Object[] activity : chosen(random)) {
            long id = (Long) activity[0];
            MediaItem hall = media.storePhoto("demo", "hall-" + id + ".jpg",
                    new ByteArrayInputStream(DemoPhotos.hall((String) activity[1], seed + id)));
            int attendance = 80 + random.nextInt(900);
            jdbc.sql("""
                            insert into activity_report (activity_id, attendance, organisation_count, organisations, problems_solved,
                              people_trained, outputs, filed_by) values (?, ?, ?, ?, ?, ?, ?, 'demo')""")
                    .params(id, attendance, 5 + random.nextInt(40), "市场监管局、质量技术监督研究院、计量测试院、消费者协会及相关企业",
                            random.nextInt(30), attendance / 2 + random.nextInt(100), OUTPUTS[random.nextInt(OUTPUTS.length)])
                    .update();
            gallery(id, hall, "活动现场");
            gallery(id, pool.get(2 * random.nextInt(POOL / 2)), "质量咨询与宣传服务");
            gallery(id, pool.get(2 * random.nextInt(POOL / 2) + 1), "深入企业生产一线");
            jdbc.sql("update activity set cover_media_id = ? where id = ?").params(hall.id(), id).update();
        }
    }

    /** Hangzhou's activities first, then others at random; all ended (the demo season is September). */
    private List<Object[]> chosen(Random random) {
        List<Object[]> all = new ArrayList<>(jdbc.sql("select id, title, region_code from activity where published order by id")
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3)}).list());
        Collections.shuffle(all, random);
        all.sort((a, b) -> Boolean.compare(!"330100".equals(a[2]), !"330100".equals(b[2])));
        return all.subList(0, Math.min(REPORTS, all.size()));
    }

    private void gallery(long activityId, MediaItem item, String caption) {
        jdbc.sql("insert into activity_report_media (activity_id, media_id, caption, added_by) values (?, ?, ?, 'demo') "
                + "on conflict (activity_id, media_id) do nothing").params(activityId, item.id(), caption).update();
    }
}
