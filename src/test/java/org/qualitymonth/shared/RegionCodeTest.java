package org.qualitymonth.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionCodeTest {

    @Test
    void tellsTheLevelFromTheCode() {
        assertThat(new RegionCode("330000").level()).isEqualTo(RegionCode.Level.PROVINCE);
        assertThat(new RegionCode("330100").level()).isEqualTo(RegionCode.Level.CITY);
        assertThat(new RegionCode("330106").level()).isEqualTo(RegionCode.Level.COUNTY);
        assertThat(new RegionCode("330106").provinceCode()).isEqualTo("330000");
    }

    @Test
    void refusesMalformedCodes() {
        for (String bad : new String[] {"33010", "3301000", "03010a", "000000", "", " 330100"}) {
            assertThat(RegionCode.isWellFormed(bad)).as(bad).isFalse();
        }
        assertThatThrownBy(() -> new RegionCode("abc")).isInstanceOf(BusinessException.class);
    }
}
