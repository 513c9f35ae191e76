package org.qualitymonth.commendation.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.qualitymonth.activity.ActivityDirectory;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.OrganizationLookup.OrganizationSummary;
import org.qualitymonth.platform.DemoDataContributor;
import org.qualitymonth.shared.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 2026 round in public notice (nominations from six provinces with their activities, two panel members'
 * scores, a shortlist and one open objection) and the 2025 round decided, with certificates to verify.
 */
@Component
class CommendationDemoData implements DemoDataContributor {

    private static final String[][] CRITERIA = {
            {"组织领导", "成立活动领导机构，制定实施方案，责任分工明确，经费和人员保障到位", "25"},
            {"活动成效", "质量提升、专项整治等活动目标完成，解决质量问题、培训人员等成果可量化", "35"},
            {"宣传创新", "充分利用网络、移动客户端等新媒体开展宣传，形式新颖、覆盖面广", "20"},
            {"群众参与", "企业、社会公众广泛参与，群众性质量活动有声势、有实效", "20"}};
    private static final String[] PROVINCES = {"330000", "320000", "440000", "370000", "510000", "110000"};
    private static final String REASON = "在%d年全国“质量月”活动中，该单位领导重视、组织得力，围绕活动主题，"
            + "开展质量提升、宣传教育和专项整治活动，带动企业和社会公众广泛参与，成效显著。";
    private static final String HIGHLIGHTS = "举办活动%d场；组织企业开展质量对标和现场诊断，帮助解决质量问题；"
            + "利用网站、微信公众号和移动客户端开展质量知识宣传；活动总结及图片、视频已按时报送。";

    private final JdbcClient jdbc;
    private final OrganizationLookup organizations;
    private final ActivityDirectory activities;
    private final Rounds rounds;
    private final CertificateService certificates;
    private final Clock clock;

    CommendationDemoData(JdbcClient jdbc, OrganizationLookup organizations, ActivityDirectory activities, Rounds rounds,
                         CertificateService certificates, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.activities = activities;
        this.rounds = rounds;
        this.certificates = certificates;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void seed(long seed, int scale) {
        Random random = new Random(seed + 9);
        LocalDate today = ChinaTime.today(clock);
        long decided = round(2025, LocalDate.of(2025, 11, 10), LocalDate.of(2025, 11, 20), LocalDate.of(2025, 11, 26));
        nominate(decided, 2025, random);
        scoreAndShortlist(decided, random, 7);
        jdbc.sql("update commendation_round set status = 'DECIDED', decided_on = ? where id = ?").params(LocalDate.of(2025, 11, 28), decided).update();
        certificates.issue(rounds.get(decided), LocalDate.of(2025, 11, 28), random);

        long current = round(2026, today.minusDays(12), today.minusDays(2), today.plusDays(4));
        nominate(current, 2026, random);
        scoreAndShortlist(current, random, 8);
        objection(current);
    }

    private long round(int year, LocalDate deadline, LocalDate noticeStarts, LocalDate noticeEnds) {
        long id = jdbc.sql("""
                        insert into commendation_round (edition_year, title, quota_per_province, nomination_deadline, notice_days, status,
                          notice_starts_on, notice_ends_on, created_by) values (?, ?, 3, ?, 7, 'NOTICE', ?, ?, 'admin') returning id""")
                .params(year, year + "年全国“质量月”活动组织得力、成效显著单位", deadline, noticeStarts, noticeEnds)
                .query(Long.class).single();
        for (int i = 0; i < CRITERIA.length; i++) {
            jdbc.sql("insert into commendation_criterion (round_id, position, name, description, max_points) values (?, ?, ?, ?, ?)")
                    .params(id, i + 1, CRITERIA[i][0], CRITERIA[i][1], Integer.parseInt(CRITERIA[i][2])).update();
        }
        return id;
    }

    /** Each province nominates the (up to three) city authorities below it that held the most activities. */
    private void nominate(long roundId, int year, Random random) {
        for (String province : PROVINCES) {
            OrganizationSummary authority = organizations.authorityOf(province).orElseThrow();
            List<ActivityDirectory.Organiser> organisers = activities.organisersBelow(authority.path(), 2026, 2 + random.nextInt(2));
            for (ActivityDirectory.Organiser organiser : organisers) {
                OrganizationSummary unit = organizations.find(organiser.organizationId()).orElseThrow();
                long id = jdbc.sql("""
                                insert into commendation_nomination (round_id, organization_id, organization_path, unit_name, province_code,
                                  reason, highlights, nominated_by) values (?, ?, ?, ?, ?, ?, ?, 'demo') returning id""")
                        .params(roundId, unit.id(), unit.path(), unit.name(), province, REASON.formatted(year),
                                year == 2026 ? HIGHLIGHTS.formatted(organiser.activities()) : null).query(Long.class).single();
                if (year == 2026) {
                    activities.ofOrganization(unit.id(), year).stream().limit(3).forEach(a ->
                            jdbc.sql("insert into commendation_nomination_activity values (?, ?)").params(id, a.id()).update());
                }
            }
        }
    }

    private void scoreAndShortlist(long roundId, Random random, int shortlist) {
        List<Long> nominations = jdbc.sql("select id from commendation_nomination where round_id = ? order by id").param(roundId)
                .query(Long.class).list();
        List<Criterion> criteria = rounds.criteria(roundId);
        for (String reviewer : List.of("panel.expert", "panel.expert2")) {
            for (long nomination : nominations) {
                for (Criterion c : criteria) {
                    int points = c.maxPoints() * (60 + random.nextInt(41)) / 100;
                    jdbc.sql("insert into commendation_score (nomination_id, criterion_id, reviewer, points) values (?, ?, ?, ?)")
                            .params(nomination, c.id(), reviewer, points).update();
                }
            }
        }
        jdbc.sql("""
                update commendation_nomination set shortlisted = true where id in (
                  select nomination_id from commendation_score s join commendation_nomination n on n.id = s.nomination_id
                  where n.round_id = ? group by nomination_id order by sum(points) desc limit ?)""").params(roundId, shortlist).update();
    }

    private void objection(long roundId) {
        long nomination = jdbc.sql("select id from commendation_nomination where round_id = ? and shortlisted order by id limit 1")
                .param(roundId).query(Long.class).single();
        jdbc.sql("insert into commendation_objection (nomination_id, name, contact, reason) values (?, ?, ?, ?)")
                .params(nomination, "王先生", "138****6021", "该单位报送的活动场次中有两场为往年活动的重复登记，建议核实后再予表彰。").update();
    }
}
