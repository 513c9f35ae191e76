package org.qualitymonth.activity.domain;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.platform.DemoDataContributor;
import org.qualitymonth.shared.ChinaTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * About 3,500 September 2026 activities held by city authorities in every province, with types in the
 * proportions of the 2017 national count (improvement 61, publicity 65, rectification 30, infrastructure
 * 12, mass 81) and all four focus areas. Written in batches, so the first start stays quick.
 */
@Component
class ActivityDemoData implements DemoDataContributor {

    private static final String[][] TITLES = {
            {"IMPROVEMENT", "1", "%s重点消费品企业质量提升对标活动"}, {"IMPROVEMENT", "1", "%s精益制造现场诊断进企业"},
            {"IMPROVEMENT", "3", "%s首席质量官培训班"}, {"PUBLICITY", "3", "%s2026年“质量月”活动启动仪式"},
            {"PUBLICITY", "3", "%s“质量开放日”走进检验检测机构"}, {"PUBLICITY", "4", "%s质量诚信承诺签名活动"},
            {"RECTIFICATION", "2", "%s儿童用品质量安全专项整治行动"}, {"RECTIFICATION", "2", "%s电动自行车及充电器质量集中检查"},
            {"INFRASTRUCTURE", "1", "%s计量、标准、认证“一站式”服务进园区"}, {"INFRASTRUCTURE", "2", "%s民生计量器具免费检定"},
            {"MASS", "4", "%sQC小组成果发表会"}, {"MASS", "4", "%s一线职工技术比武"}, {"MASS", "4", "%s全民质量知识竞赛"}};
    private static final int[] WEIGHTS = {20, 21, 20, 22, 21, 22, 15, 15, 6, 6, 27, 27, 27};
    private static final String[] DESCRIPTIONS = {
            "<p>围绕“提升供给质量 建设质量强国”主题，组织相关企业、检验检测机构和社会公众参与，宣传质量知识，推广先进质量管理方法。</p>",
            "<p>活动内容：</p><ul><li>质量管理经验交流</li><li>现场参观与问题诊断</li><li>质量提升成果展示</li></ul><p>欢迎企业和市民<strong>免费参加</strong>。</p>",
            "<p>邀请标准化、计量、认证认可专家现场答疑，为中小企业提供<em>一对一</em>技术服务。</p><p>请携带企业营业执照复印件。</p>"};

    private final JdbcTemplate jdbc;
    private final OrganizationLookup organizations;

    ActivityDemoData(JdbcTemplate jdbc, OrganizationLookup organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void seed(long seed, int scale) {
        Random random = new Random(seed + 7);
        for (String province : organizations.regionsWithAuthorityBelow(null)) {
            List<String> cities = organizations.regionsWithAuthorityBelow(province);
            if (cities.isEmpty()) {
                cities = List.of(province); // municipalities: the municipal bureau holds the activities
            }
            Map<String, String> names = organizations.regionNames(cities, Locale.SIMPLIFIED_CHINESE);
            String provinceName = organizations.regionNames(List.of(province), Locale.SIMPLIFIED_CHINESE).get(province);
            List<Object[]> rows = new ArrayList<>();
            for (String city : cities) {
                var authority = organizations.authorityOf(city).orElseThrow();
                int count = cities.size() == 1 ? 40 + random.nextInt(20) : 7 + random.nextInt(8);
                for (int i = 0; i < count; i++) {
                    rows.add(row(random, authority, city, names.get(city), provinceName));
                }
            }
            jdbc.batchUpdate("""
                    insert into activity (edition_year, organization_id, organization_path, region_code, title, type, focus_area,
                      starts_at, ends_at, address, audience, description, created_by, open_signup, capacity, search_names)
                    values (2026, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?, ?)""", rows);
        }
    }

    private static Object[] row(Random random, OrganizationLookup.OrganizationSummary authority, String city, String cityName,
                                String provinceName) {
        String[] title = TITLES[pick(random)];
        int focus = random.nextInt(3) == 0 ? 1 + random.nextInt(4) : Integer.parseInt(title[1]);
        LocalDateTime start = LocalDateTime.of(2026, 9, 1 + random.nextInt(30), 8 + random.nextInt(9), random.nextBoolean() ? 0 : 30);
        boolean open = random.nextInt(4) == 0;
        String names = authority.name() + " " + (provinceName.equals(cityName) ? cityName : provinceName + " " + cityName);
        return new Object[] {authority.id(), authority.path(), city, title[2].formatted(cityName), title[0], focus,
                Timestamp.from(start.atZone(ChinaTime.ZONE).toInstant()),
                Timestamp.from(start.plusHours(2 + random.nextInt(3)).atZone(ChinaTime.ZONE).toInstant()),
                cityName.replaceAll("市$", "") + "市民中心" + (1 + random.nextInt(5)) + "号会议厅", "企业、社会公众",
                DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)], open, open ? 20 + 10 * random.nextInt(8) : null, names};
    }

    private static int pick(Random random) {
        int roll = random.nextInt(java.util.Arrays.stream(WEIGHTS).sum());
        for (int i = 0; i < WEIGHTS.length; i++) {
            roll -= WEIGHTS[i];
            if (roll < 0) {
                return i;
            }
        }
        return 0;
    }
}
