package org.qualitymonth.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @ParameterizedTest(name = "{0} is valid")
    @ValueSource(strings = {
            "914403001922038216",  // 华为技术有限公司, published on the national enterprise credit system
            "91330100716105852F",  // 阿里巴巴（中国）有限公司
            "9144030071526726XG",  // 深圳市腾讯计算机系统有限公司
            "911100001000079554"})
    void acceptsPublishedCodes(String code) {
        assertThat(CreditCode.check(code)).isNull();
        assertThat(new CreditCode(code).regionCode()).hasSize(6);
    }

    @ParameterizedTest(name = "{0} fails with {1}")
    @CsvSource({
            "914403001922038217, CHECK_DIGIT",
            "91330100716105852G, CHECK_DIGIT",
            "9144030071526726X, LENGTH",
            "9144030071526726XGA, LENGTH",
            "91440300715267I6XG, CHARACTERS",
            "9144O30071526726XG, CHARACTERS",
            "91AB030071526726XG, REGION"})
    void refusesBrokenCodes(String code, CreditCode.Problem expected) {
        assertThat(CreditCode.check(code)).isEqualTo(expected);
    }

    @Test
    void computesTheCheckCharacterOverTheFirstSeventeen() {
        assertThat(CreditCode.checkCharacter("91440300192203821")).isEqualTo('6');
        assertThat(CreditCode.checkCharacter("91330100716105852")).isEqualTo('F');
    }

    @Test
    void normalisesFullWidthAndCaseBeforeChecking() {
        assertThat(CreditCode.parse(" ９１３３０１００７１６１０５８５２ｆ ")).map(CreditCode::value)
                .contains("91330100716105852F");
        assertThat(CreditCode.parse("91330100716105852E")).isEmpty();
    }

    @Test
    void constructorRefusesWithAStableCode() {
        assertThatThrownBy(() -> new CreditCode("914403001922038217"))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("credit-code.check-digit");
    }
}
