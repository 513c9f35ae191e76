package org.qualitymonth.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Attachments are what they say they are, within the size limit; anything else leaves nothing stored. */
@IntegrationTest
class PlanAttachmentTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Value("${qm.storage.dir}")
    String storageDir;

    private ResultActions upload(UserPrincipal who, long plan, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/console/plans/" + plan + "/attachments")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes)).with(user(who)).with(csrf()));
    }

    private long stored() throws Exception {
        try (var files = Files.walk(Path.of(storageDir))) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void realFilesAreKeptAndDisguisedOnesRefused() throws Exception {
        UserPrincipal hangzhou = data.user("hangzhou.admin");
        String location = mvc.perform(get("/console/plans/mine").with(user(hangzhou))).andReturn().getResponse().getRedirectedUrl();
        long plan = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        jdbc.sql("update activity_plan set status = 'DRAFT' where id = ?").param(plan).update();

        upload(hangzhou, plan, "实施方案.pdf", PDF).andExpect(status().is3xxRedirection());
        upload(hangzhou, plan, "副本.pdf", PDF).andExpect(status().is3xxRedirection());
        upload(hangzhou, plan, "分工.docx", docx(true)).andExpect(status().is3xxRedirection());
        long files = stored();
        long rows = jdbc.sql("select count(*) from plan_attachment where plan_id = ?").param(plan).query(Long.class).single();
        assertThat(rows).isEqualTo(3);

        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';
        upload(hangzhou, plan, "宣传视频.pdf", executable).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("文件内容必须与扩展名一致")));
        upload(hangzhou, plan, "照片.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).andExpect(status().isBadRequest());
        upload(hangzhou, plan, "分工.docx", docx(false)).andExpect(status().isBadRequest());
        upload(hangzhou, plan, "空.pdf", new byte[0]).andExpect(status().isBadRequest());
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        upload(hangzhou, plan, "超大.pdf", big).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("文件不能超过 20 MB")));
        upload(data.user("jiangsu.admin"), plan, "越权.pdf", PDF).andExpect(status().isNotFound());

        assertThat(jdbc.sql("select count(*) from plan_attachment where plan_id = ?").param(plan).query(Long.class).single()).isEqualTo(rows);
        assertThat(stored()).as("same bytes stored once, refused files not at all").isEqualTo(files);

        long id = jdbc.sql("select id from plan_attachment where plan_id = ? and file_name = '实施方案.pdf'").param(plan).query(Long.class).single();
        mvc.perform(get("/console/plans/" + plan + "/attachments/" + id).with(user(data.user("zhejiang.reviewer"))))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/console/plans/" + plan + "/attachments/" + id).with(user(data.user("jiangsu.admin"))))
                .andExpect(status().isNotFound());
    }

    private static byte[] docx(boolean withDocument) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            if (withDocument) {
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}
