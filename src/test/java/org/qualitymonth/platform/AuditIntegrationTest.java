package org.qualitymonth.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.qualitymonth.organization.domain.Organization;
import org.qualitymonth.organization.domain.OrganizationData;
import org.qualitymonth.organization.domain.OrganizationService;
import org.qualitymonth.platform.audit.AuditVerifier;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditIntegrationTest {

    @Autowired
    OrganizationService organizations;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData data;
    @Autowired
    MockMvc mvc;

    @Test
    @WithUserDetails("hangzhou.admin")
    void aChangeRecordsWhoWhatBeforeAndAfter() {
        var actor = data.user("hangzhou.admin").actor();
        Organization created = organizations.create(actor, TestData.enterprise("杭州审计测试厨具有限公司", "330102"));
        OrganizationData renamed = new OrganizationData(created.type(), "杭州审计测试厨具股份有限公司", created.creditCode(),
                created.regionCode(), created.address(), created.contactPerson(), created.contactPhone(), "COOKWARE",
                false, created.qualityAward(), false, null);
        organizations.update(actor, created.id(), renamed, null);
        var row = jdbc.sql("select actor, before_json, after_json from audit_entry where action = 'organization.update' and entity_id = ?")
                .param(created.id().toString()).query().singleRow();
        assertThat(row.get("actor")).isEqualTo("hangzhou.admin");
        assertThat((String) row.get("before_json")).contains("杭州审计测试厨具有限公司").contains("RICE_COOKER");
        assertThat((String) row.get("after_json")).contains("杭州审计测试厨具股份有限公司").contains("COOKWARE");
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void anEditedRowIsDetectedAndReported() throws Exception {
        organizations.create(data.user("admin").actor(), TestData.enterprise("宁波篡改测试家具有限公司", "330203"));
        var target = jdbc.sql("select seq, after_json from audit_entry where action = 'organization.create' order by seq desc limit 1")
                .query().singleRow();
        long seq = ((Number) target.get("seq")).longValue();
        String original = (String) target.get("after_json");
        try {
            jdbc.sql("update audit_entry set after_json = replace(after_json, '家具', '玩具') where seq = ?").param(seq).update();
            AuditVerifier.Result result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtSeq()).isEqualTo(seq);
            assertThat(result.reason()).isEqualTo("content");
            mvc.perform(post("/console/audit/verify").with(user(data.user("admin"))).with(csrf()))
                    .andExpect(content().string(Matchers.containsString("第 " + seq + " 条记录内容被修改")));
        } finally {
            jdbc.sql("update audit_entry set after_json = ? where seq = ?").params(original, seq).update();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aDeletedRowIsDetected() {
        organizations.create(data.user("admin").actor(), TestData.enterprise("宁波删除测试家具有限公司", "330203"));
        organizations.create(data.user("admin").actor(), TestData.enterprise("宁波删除测试二家具有限公司", "330203"));
        var victim = jdbc.sql("select * from audit_entry order by seq desc offset 1 limit 1").query().singleRow();
        long seq = ((Number) victim.get("seq")).longValue();
        jdbc.sql("delete from audit_entry where seq = ?").param(seq).update();
        try {
            AuditVerifier.Result result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtSeq()).isEqualTo(seq);
        } finally {
            jdbc.sql("""
                    insert into audit_entry (seq, at, actor, action, entity_type, entity_id, before_json, after_json, previous_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(victim.get("seq"), victim.get("at"), victim.get("actor"), victim.get("action"), victim.get("entity_type"),
                            victim.get("entity_id"), victim.get("before_json"), victim.get("after_json"),
                            victim.get("previous_hash"), victim.get("hash"))
                    .update();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    @WithUserDetails("zhejiang.admin")
    void theNationalAdministratorFiltersTheLog() throws Exception {
        organizations.create(data.user("zhejiang.admin").actor(), TestData.enterprise("温州筛选测试童装有限公司", "330302"));
        mvc.perform(get("/console/audit").param("actor", "zhejiang.admin").param("entityType", "organization")
                        .with(user(data.user("admin"))))
                .andExpect(content().string(Matchers.containsString("温州筛选测试童装有限公司")));
        mvc.perform(get("/console/audit").param("actor", "nobody-at-all").with(user(data.user("admin"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("温州筛选测试童装有限公司"))));
    }
}
