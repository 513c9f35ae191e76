package org.qualitymonth.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    private final PlainText.Validator validator = new PlainText.Validator();

    @Test
    void acceptsOrdinaryChineseAndPunctuation() {
        assertThat(validator.isValid("杭州华瑞电器有限公司（分公司）", null)).isTrue();
        assertThat(validator.isValid("a < b and c > d", null)).isTrue();
        assertThat(validator.isValid(null, null)).isTrue();
    }

    @Test
    void refusesMarkupEntitiesAndControlCharacters() {
        assertThat(validator.isValid("<script>alert(1)</script>", null)).isFalse();
        assertThat(validator.isValid("华瑞<img src=x onerror=alert(1)>", null)).isFalse();
        assertThat(validator.isValid("&#60;script", null)).isFalse();
        assertThat(validator.isValid("name\u0000", null)).isFalse();
    }
}
