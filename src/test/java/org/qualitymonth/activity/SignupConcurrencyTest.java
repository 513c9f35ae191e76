package org.qualitymonth.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.qualitymonth.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Fifty people sign up at once for ten places: ten are confirmed, forty wait, nobody is overbooked. */
@IntegrationTest
class SignupConcurrencyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long activity(int capacity) {
        return jdbc.sql("""
                insert into activity (edition_year, organization_id, organization_path, region_code, title, type, focus_area,
                  starts_at, ends_at, address, description, created_by, open_signup, capacity)
                select 2026, id, path, '330100', '质量开放日（报名测试）', 'PUBLICITY', 3, timestamptz '2026-09-20 09:00+08',
                  timestamptz '2026-09-20 11:00+08', '杭州市民中心', '参观检验检测实验室', 'test', true, ?
                from organization where type = 'AUTHORITY' and region_code = '330100' returning id""").param(capacity).query(Long.class).single();
    }

    private int signUp(long activity, String name, String contact) throws Exception {
        return mvc.perform(post("/activities/" + activity + "/signup").with(csrf()).param("name", name).param("contact", contact))
                .andReturn().getResponse().getStatus();
    }

    private long count(long activity, String status) {
        return jdbc.sql("select count(*) from activity_signup where activity_id = ? and status = ?").params(activity, status)
                .query(Long.class).single();
    }

    @Test
    void fiftyParallelSignUpsForTenPlaces() throws Exception {
        long activity = activity(10);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String phone = "1380000" + String.format("%04d", i);
            results.add(pool.submit(() -> {
                start.await();
                return signUp(activity, "报名人" + phone.substring(7), phone);
            }));
        }
        start.countDown();
        for (Future<Integer> result : results) {
            assertThat(result.get()).isEqualTo(302);
        }
        pool.shutdown();
        assertThat(count(activity, "CONFIRMED")).isEqualTo(10);
        assertThat(count(activity, "WAITING")).isEqualTo(40);

        assertThat(signUp(activity, "重复", "138 0000 0003")).isEqualTo(302);
        assertThat(signUp(activity, "坏号码", "12345")).isEqualTo(302);
        mvc.perform(post("/activities/" + activity + "/signup").with(csrf()).param("name", "重复").param("contact", "+86 13800000003"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("signupError", "error.signup.duplicate"));
        assertThat(count(activity, "CONFIRMED") + count(activity, "WAITING")).isEqualTo(50);

        String firstWaiting = jdbc.sql("select code from activity_signup where activity_id = ? and status = 'WAITING' order by id limit 1")
                .param(activity).query(String.class).single();
        String confirmed = jdbc.sql("select code from activity_signup where activity_id = ? and status = 'CONFIRMED' limit 1")
                .param(activity).query(String.class).single();
        assertThat(mvc.perform(post("/activities/" + activity + "/cancel").with(csrf()).param("code", confirmed.toLowerCase()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(count(activity, "CONFIRMED")).isEqualTo(10);
        assertThat(jdbc.sql("select status from activity_signup where code = ?").param(firstWaiting).query(String.class).single())
                .isEqualTo("CONFIRMED");
        mvc.perform(post("/activities/" + activity + "/cancel").with(csrf()).param("code", confirmed))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("signupError", "error.signup.not-found"));
    }

    @Test
    void activitiesWithoutSignUpRefuseIt() throws Exception {
        long closed = jdbc.sql("select id from activity where not open_signup and published limit 1").query(Long.class).single();
        assertThat(signUp(closed, "张三", "13900000000")).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from activity_signup where activity_id = ?").param(closed).query(Long.class).single()).isZero();
    }
}
