package org.qualitymonth.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class SortSpecTest {

    private final SortSpec spec = new SortSpec(Map.of("name", "name", "region", "regionCode"), Sort.by("id"));

    @Test
    void mapsAllowedNamesToProperties() {
        assertThat(spec.resolve("region")).isEqualTo(Sort.by("regionCode").ascending());
        assertThat(spec.resolve("-name")).isEqualTo(Sort.by("name").descending());
        assertThat(spec.resolve(null)).isEqualTo(Sort.by("id"));
    }

    @Test
    void refusesAnythingElse() {
        for (String attack : new String[] {"password_hash", "name;drop table organization", "(select 1)", "id"}) {
            assertThatThrownBy(() -> spec.resolve(attack)).isInstanceOf(BusinessException.class)
                    .extracting(e -> ((BusinessException) e).code()).isEqualTo("sort.not-allowed");
        }
    }
}
