package org.qualitymonth.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.qualitymonth.shared.ChinaTime;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A commendation round from opening to a verified certificate, through the pages people use, with the
 * refusals on the way: out of scope, over quota, after the deadline, scores beyond the maximum, objections
 * after the notice. "Time passes" by moving the round's dates back in the database.
 */
@IntegrationTest
class CommendationIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = ChinaTime.today(Clock.systemUTC());

    @Test
    void aRoundFromNominationToAVerifiedCertificate() throws Exception {
        long round = openRound();
        mvc.perform(get("/commendation/" + round)).andExpect(status().isOk())
                .andExpect(content().string(containsString("组织领导"))).andExpect(content().string(containsString("活动成效")));

        long hangzhou = authority("330100");
        long ningbo = authority("330200");
        long nanjing = authority("320100");
        List<Long> hangzhouActivities = jdbc.sql("select id from activity where organization_id = ? and published order by id limit 2")
                .param(hangzhou).query(Long.class).list();
        long nanjingActivity = jdbc.sql("select id from activity where organization_id = ? and published limit 1").param(nanjing)
                .query(Long.class).single();

        // out of scope: Jiangsu cannot nominate a Hangzhou unit; the unit is as good as nonexistent
        mvc.perform(nominate(round, hangzhou, "jiangsu.admin")).andExpect(status().isNotFound());
        // another unit's activity cannot be linked
        mvc.perform(nominate(round, hangzhou, "zhejiang.admin").param("activityIds", Long.toString(nanjingActivity)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("只能关联该单位本届已发布的活动")));
        assertThat(nominations(round)).isZero();

        mvc.perform(nominate(round, hangzhou, "zhejiang.admin").param("activityIds", hangzhouActivities.stream().map(String::valueOf)
                .toArray(String[]::new))).andExpect(status().is3xxRedirection());
        mvc.perform(nominate(round, ningbo, "zhejiang.admin")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("本省推荐名额（1 个）已用完")));
        mvc.perform(nominate(round, nanjing, "jiangsu.admin").param("activityIds", Long.toString(nanjingActivity)))
                .andExpect(status().is3xxRedirection());
        assertThat(nominations(round)).isEqualTo(2);
        long hangzhouNomination = nomination(round, hangzhou);
        long nanjingNomination = nomination(round, nanjing);
        assertThat(jdbc.sql("select count(*) from commendation_nomination_activity where nomination_id = ?").param(hangzhouNomination)
                .query(Integer.class).single()).isEqualTo(hangzhouActivities.size());

        scoreRound(round, hangzhouNomination, nanjingNomination);
        mvc.perform(get("/console/commendation/" + round).with(user(data.user("admin")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("80.00")));

        // shortlisting waits for the deadline; then a day passes
        mvc.perform(shortlist(round, hangzhouNomination)).andExpect(flash().attribute("error", containsString("推荐截止后")));
        jdbc.sql("update commendation_round set nomination_deadline = ? where id = ?").params(today.minusDays(1), round).update();
        mvc.perform(nominate(round, authority("320200"), "jiangsu.admin")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("截止，不再受理推荐")));
        mvc.perform(shortlist(round, hangzhouNomination)).andExpect(flash().attribute("done", "commendation.shortlisted"));
        mvc.perform(shortlist(round, nanjingNomination)).andExpect(flash().attribute("done", "commendation.shortlisted"));
        mvc.perform(post("/console/commendation/" + round + "/notice").with(csrf()).with(user(data.user("admin"))))
                .andExpect(flash().attribute("done", "commendation.notice-published"));

        noticeAndObjections(round, hangzhouNomination, nanjingNomination);
        String number = decide(round, hangzhouNomination);
        verify(number);
        assertAudited(round, hangzhouNomination);
    }

    private void scoreRound(long round, long hangzhouNomination, long nanjingNomination) throws Exception {
        List<Long> criteria = jdbc.sql("select id from commendation_criterion where round_id = ? order by position").param(round)
                .query(Long.class).list();
        mvc.perform(score(hangzhouNomination, "panel.expert", criteria, "41", "50")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("“组织领导”的得分必须是0至40之间的整数")));
        mvc.perform(score(hangzhouNomination, "panel.expert", criteria, "30", "-1")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from commendation_score where nomination_id = ?").param(hangzhouNomination)
                .query(Integer.class).single()).isZero();
        mvc.perform(score(hangzhouNomination, "enterprise.user", criteria, "30", "50")).andExpect(status().isForbidden());

        mvc.perform(score(hangzhouNomination, "panel.expert", criteria, "35", "50")).andExpect(status().is3xxRedirection());
        mvc.perform(score(hangzhouNomination, "panel.expert2", criteria, "30", "45")).andExpect(status().is3xxRedirection());
        mvc.perform(score(nanjingNomination, "panel.expert", criteria, "20", "30")).andExpect(status().is3xxRedirection());
    }

    private void noticeAndObjections(long round, long hangzhouNomination, long nanjingNomination) throws Exception {
        mvc.perform(get("/commendation/" + round)).andExpect(status().isOk())
                .andExpect(content().string(containsString("杭州市市场监督管理局"))).andExpect(content().string(containsString("提交异议")));
        mvc.perform(object(round, nanjingNomination, "10.1.0.1")).andExpect(status().is3xxRedirection());
        mvc.perform(object(round, hangzhouNomination, "10.1.0.2")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/commendation/" + round + "/decide").with(csrf()).with(user(data.user("admin"))))
                .andExpect(flash().attribute("error", containsString("公示期结束后")));
        long nanjingObjection = objection(nanjingNomination);
        mvc.perform(post("/console/commendation/" + round + "/objections/" + nanjingObjection).with(csrf()).with(user(data.user("admin")))
                .param("uphold", "true").param("reply", "经核实，推荐材料中两场活动为重复登记，异议成立。"))
                .andExpect(flash().attribute("done", "commendation.objection-upheld"));
        mvc.perform(get("/commendation/" + round)).andExpect(content().string(not(containsString("南京市市场监督管理局"))));

        // the notice ends: objections are refused and nothing is stored
        jdbc.sql("update commendation_round set notice_starts_on = ?, notice_ends_on = ? where id = ?")
                .params(today.minusDays(5), today.minusDays(1), round).update();
        int before = jdbc.sql("select count(*) from commendation_objection").query(Integer.class).single();
        mvc.perform(object(round, hangzhouNomination, "10.1.0.3")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("公示期已结束")));
        assertThat(jdbc.sql("select count(*) from commendation_objection").query(Integer.class).single()).isEqualTo(before);
        mvc.perform(post("/console/commendation/" + round + "/decide").with(csrf()).with(user(data.user("admin"))))
                .andExpect(flash().attribute("error", containsString("还有 1 条异议未处理")));
        mvc.perform(post("/console/commendation/" + round + "/objections/" + objection(hangzhouNomination)).with(csrf())
                        .with(user(data.user("admin"))).param("uphold", "false").param("reply", "经核实，所列活动均为本届新开展的活动。"))
                .andExpect(flash().attribute("done", "commendation.objection-dismissed"));
    }

    private String decide(long round, long hangzhouNomination) throws Exception {
        mvc.perform(post("/console/commendation/" + round + "/decide").with(csrf()).with(user(data.user("admin"))))
                .andExpect(flash().attribute("done", "commendation.decided"));
        List<String> numbers = jdbc.sql("""
                select c.number from commendation_certificate c join commendation_nomination n on n.id = c.nomination_id
                where n.round_id = ?""").param(round).query(String.class).list();
        assertThat(numbers).hasSize(1); // Nanjing left the list after the upheld objection
        assertThat(jdbc.sql("select nomination_id from commendation_certificate where number = ?").param(numbers.get(0))
                .query(Long.class).single()).isEqualTo(hangzhouNomination);
        mvc.perform(get("/commendation/" + round)).andExpect(content().string(containsString(numbers.get(0))));
        return numbers.get(0);
    }

    private void verify(String number) throws Exception {
        String url = "http://localhost:8080/certificates/" + number;
        mvc.perform(get("/certificates/" + number)).andExpect(status().isOk())
                .andExpect(content().string(containsString("证书真实有效"))).andExpect(content().string(containsString("杭州市市场监督管理局")))
                .andExpect(content().string(containsString("测试表彰评选")));
        byte[] pdf = mvc.perform(get("/certificates/" + number + ".pdf")).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("杭州市市场监督管理局", number, url, "荣誉证书");
            List<PDFont> fonts = new java.util.ArrayList<>();
            var resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
            assertThat(fonts).anyMatch(f -> f.getName().contains("WenQuanYi"));
        }
        String altered = number.substring(0, number.length() - 1) + (number.endsWith("A") ? "B" : "A");
        mvc.perform(get("/certificates/" + altered)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("未查到该证书")));
        mvc.perform(get("/certificates/" + "QM2026-1-XYZ")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("未查到该证书")));
        mvc.perform(get("/certificates/" + altered + ".pdf")).andExpect(status().isNotFound());
    }

    private void assertAudited(long round, long nomination) {
        List<String> actions = jdbc.sql("""
                select action from audit_entry where (entity_type = 'commendation_round' and entity_id = ?)
                   or (entity_type = 'commendation_nomination' and entity_id = ?)
                   or (entity_type = 'commendation_objection' and entity_id in
                       (select o.id::text from commendation_objection o join commendation_nomination n on n.id = o.nomination_id where n.round_id = ?))""")
                .params(Long.toString(round), Long.toString(nomination), round).query(String.class).list();
        assertThat(actions).contains("commendation.round.open", "commendation.nominate", "commendation.score",
                "commendation.shortlist.add", "commendation.notice.publish", "commendation.objection.file",
                "commendation.objection.uphold", "commendation.objection.dismiss", "commendation.decide");
    }

    @Test
    void aRoundWithBadSettingsIsNotOpened() throws Exception {
        int before = jdbc.sql("select count(*) from commendation_round").query(Integer.class).single();
        mvc.perform(roundForm("过期评选", today.minusDays(1), "40")).andExpect(status().isOk())
                .andExpect(content().string(containsString("推荐截止日期不能早于今天")));
        mvc.perform(roundForm("满分越界", today.plusDays(3), "400")).andExpect(status().isOk())
                .andExpect(content().string(containsString("1至100之间的满分")));
        mvc.perform(roundForm("无权", today.plusDays(3), "40").with(user(data.user("zhejiang.admin")))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from commendation_round").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void objectionsFromOneAddressAreRateLimited() throws Exception {
        long round = jdbc.sql("select id from commendation_round where status = 'NOTICE' and edition_year = 2026 order by id limit 1")
                .query(Long.class).single();
        long nomination = jdbc.sql("select id from commendation_nomination where round_id = ? and shortlisted and withdrawn_reason is null limit 1")
                .param(round).query(Long.class).single();
        int before = jdbc.sql("select count(*) from commendation_objection").query(Integer.class).single();
        for (int i = 0; i < 5; i++) {
            mvc.perform(object(round, nomination, "10.9.9.9")).andExpect(status().is3xxRedirection());
        }
        mvc.perform(object(round, nomination, "10.9.9.9")).andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("提交过于频繁")));
        mvc.perform(object(round, nomination, "10.9.9.10")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from commendation_objection").query(Integer.class).single()).isEqualTo(before + 6);
    }

    private long openRound() throws Exception {
        String location = mvc.perform(roundForm("测试表彰评选" + System.nanoTime(), today, "40"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder roundForm(String title, LocalDate deadline, String firstMax) {
        return post("/console/commendation").with(csrf()).with(user(data.user("admin"))).param("editionYear", "2026")
                .param("title", title).param("quotaPerProvince", "1").param("nominationDeadline", deadline.toString())
                .param("noticeDays", "5")
                .param("criteria[0].name", "组织领导").param("criteria[0].description", "领导重视，方案明确，保障到位")
                .param("criteria[0].maxPoints", firstMax)
                .param("criteria[1].name", "活动成效").param("criteria[1].description", "目标完成，成果可量化")
                .param("criteria[1].maxPoints", "60");
    }

    private MockHttpServletRequestBuilder nominate(long round, long unit, String username) {
        return post("/console/commendation/" + round + "/nominations").with(csrf()).with(user(data.user(username)))
                .param("unit", Long.toString(unit)).param("reason", "组织得力，成效显著，带动全市企业广泛参与。")
                .param("highlights", "举办活动多场，解决质量问题，培训质量人员。");
    }

    private MockHttpServletRequestBuilder score(long nomination, String username, List<Long> criteria, String first, String second) {
        return post("/console/commendation/panel/nominations/" + nomination).with(csrf()).with(user(data.user(username)))
                .param("c" + criteria.get(0), first).param("c" + criteria.get(1), second);
    }

    private MockHttpServletRequestBuilder shortlist(long round, long nomination) {
        return post("/console/commendation/" + round + "/shortlist").with(csrf()).with(user(data.user("admin")))
                .param("nominationId", Long.toString(nomination)).param("on", "true");
    }

    private MockHttpServletRequestBuilder object(long round, long nomination, String address) {
        RequestPostProcessor from = request -> {
            request.setRemoteAddr(address);
            return request;
        };
        return post("/commendation/" + round + "/objections").with(csrf()).with(from).param("nominationId", Long.toString(nomination))
                .param("name", "李先生").param("contact", "13800000000").param("reason", "推荐材料中的活动场次与实际不符，请核实。");
    }

    private long authority(String region) {
        return jdbc.sql("select id from organization where type = 'AUTHORITY' and region_code = ?").param(region).query(Long.class).single();
    }

    private int nominations(long round) {
        return jdbc.sql("select count(*) from commendation_nomination where round_id = ?").param(round).query(Integer.class).single();
    }

    private long nomination(long round, long unit) {
        return jdbc.sql("select id from commendation_nomination where round_id = ? and organization_id = ?").params(round, unit)
                .query(Long.class).single();
    }

    private long objection(long nomination) {
        return jdbc.sql("select id from commendation_objection where nomination_id = ? and status = 'OPEN'").param(nomination)
                .query(Long.class).single();
    }
}
