package org.qualitymonth.inspection.domain.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvCharsetTest {

    @Test
    void utf8CutInsideACharacterAtTheEndOfTheProbeIsStillUtf8() {
        byte[] text = "产品名称,检验结论\r\n电饭煲,合格\r\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        for (int cut = text.length - 4; cut < text.length; cut++) {
            assertThat(CsvSheetReader.charset(Arrays.copyOf(text, cut))).as("cut at %d", cut).isEqualTo(StandardCharsets.UTF_8);
        }
    }

    @Test
    void gbkIsTold() {
        byte[] text = "产品名称,检验结论\r\n电饭煲,不合格\r\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThat(CsvSheetReader.charset(text)).isEqualTo(CsvSheetReader.GBK);
    }
}
