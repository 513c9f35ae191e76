package org.qualitymonth.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LoginTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    private void account(String username) {
        jdbc.sql("delete from app_user where username = ?").param(username).update();
        jdbc.sql("insert into app_user (username, password_hash, display_name, role, organization_id) "
                        + "select ?, ?, '测试员', 'ENTERPRISE_USER', id from organization where type = 'ENTERPRISE' limit 1")
                .params(username, passwords.encode(TestData.PASSWORD)).update();
    }

    @Test
    void formLoginStoresBcryptHashesAndRenewsTheSession() throws Exception {
        assertThat(jdbc.sql("select password_hash from app_user where username = 'admin'").query(String.class).single()).startsWith("$2");
        MockHttpSession before = new MockHttpSession();
        var result = mvc.perform(formLogin("/login").user("zhejiang.admin").password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/console")).andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before.getId());
        mvc.perform(get("/console")).andExpect(status().is3xxRedirection());
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", TestData.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        account("lockout.test");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("lockout.test").password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("lockout.test").password(TestData.PASSWORD)).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/v1/organizations").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic("lockout.test", TestData.PASSWORD)))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select locked_until > now() from app_user where username = 'lockout.test'").query(Boolean.class).single()).isTrue();
    }

    @Test
    void aSuccessResetsTheFailureCount() throws Exception {
        account("reset.test");
        for (int i = 0; i < 3; i++) {
            mvc.perform(formLogin("/login").user("reset.test").password("wrong"));
        }
        mvc.perform(formLogin("/login").user("reset.test").password(TestData.PASSWORD)).andExpect(redirectedUrl("/console"));
        assertThat(jdbc.sql("select failed_attempts from app_user where username = 'reset.test'").query(Integer.class).single()).isZero();
    }

    @Test
    void consoleNeedsLoginAndLogoutEndsTheSession() throws Exception {
        mvc.perform(get("/console/organizations")).andExpect(status().is3xxRedirection());
        var login = mvc.perform(formLogin("/login").user("admin").password(TestData.PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        mvc.perform(get("/console").session(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/?loggedOut"));
        assertThat(session.isInvalid()).isTrue();
    }
}
