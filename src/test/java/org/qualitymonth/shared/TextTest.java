package org.qualitymonth.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void requiredTextIsStrippedAndChecked() {
        assertThat(Text.required("  时间地点有误  ", 10, "reason-required", "reason")).isEqualTo("时间地点有误");
        for (String bad : new String[] {null, "  ", "长".repeat(11), "<b>理由</b>"}) {
            assertThatThrownBy(() -> Text.required(bad, 10, "reason-required", "reason"))
                    .isInstanceOf(BusinessException.class)
                    .satisfies(e -> assertThat(((BusinessException) e).field()).isEqualTo("reason"));
        }
    }

    @Test
    void optionalTextMayBeBlank() {
        assertThat(Text.optional(" ", 10, "c", "f")).isNull();
        assertThatThrownBy(() -> Text.optional("<script>", 10, "c", "f")).isInstanceOf(BusinessException.class);
    }
}
