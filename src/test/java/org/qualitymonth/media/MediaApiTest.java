package org.qualitymonth.media;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** API uploads are for those who attach media to closing reports or summaries, and nobody else. */
@IntegrationTest
class MediaApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    private MockMultipartFile photo() {
        return new MockMultipartFile("file", "site.png", "image/png", TestMedia.image("png", 320, 200, 41));
    }

    @Test
    void anOrganiserUploadsAPhoto() throws Exception {
        mvc.perform(multipart("/api/v1/media/photos").file(photo()).with(csrf()).with(user(data.user("enterprise.user"))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("PHOTO")).andExpect(jsonPath("$.width").value(320));
    }

    @Test
    void aReviewPanelExpertMayNotUpload() throws Exception {
        mvc.perform(multipart("/api/v1/media/photos").file(photo()).with(csrf()).with(user(data.user("panel.expert"))))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/media/videos").file(photo()).with(csrf()).with(user(data.user("panel.expert"))))
                .andExpect(status().isForbidden());
    }
}
