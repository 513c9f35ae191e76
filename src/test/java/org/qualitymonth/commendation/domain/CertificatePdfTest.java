package org.qualitymonth.commendation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qualitymonth.shared.BusinessException;

class CertificatePdfTest {

    private final Certificate certificate = new Certificate("QM2026-001-0001-ABCDE", "杭州市市场监督管理局", "330000",
            "2026年全国“质量月”活动组织得力、成效显著单位", 2026, "组织得力", null, LocalDate.of(2026, 12, 1));

    @Test
    void withoutTheFontNoPdfIsWritten() {
        var properties = new CommendationProperties("https://zlyue.example.cn", "/nonexistent/wqy-zenhei.ttc", "WenQuanYiZenHei", 5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new CertificatePdf(null, properties).write(certificate, properties.verificationUrl(certificate.number()), out))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("commendation.certificate-font"));
        assertThat(out.size()).isZero();
    }

    @Test
    void theVerificationUrlJoinsTheBaseUrlWithoutDoubleSlashes() {
        var properties = new CommendationProperties("https://zlyue.example.cn/", "/x.ttc", "X", 5);
        assertThat(properties.verificationUrl("QM2026-001-0001-ABCDE")).isEqualTo("https://zlyue.example.cn/certificates/QM2026-001-0001-ABCDE");
    }

    @Test
    void theQrCodeIsAPngDataUri() {
        assertThat(CertificatePdf.qrDataUri("https://zlyue.example.cn/certificates/QM2026-001-0001-ABCDE")).startsWith("data:image/png;base64,iVBOR");
    }
}
