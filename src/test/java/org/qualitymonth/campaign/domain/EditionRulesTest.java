package org.qualitymonth.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditionRulesTest {

    private static EditionData edition(LocalDate start, LocalDate end, LocalDate keyDate) {
        return new EditionData(2027, "主题", null, null, start, end, "指导思想", "要求",
                List.of(new EditionData.FocusAreaData("重点", "内容")),
                List.of(new EditionData.KeyDateData(keyDate, "活动启动")));
    }

    @Test
    void septemberWithKeyDatesInTheYearPasses() {
        assertThat(EditionRules.check(edition(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 30), LocalDate.of(2027, 10, 31)))).isNull();
    }

    @Test
    void periodMustLieInTheYearAndBeOrdered() {
        assertThat(EditionRules.check(edition(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 9, 30), LocalDate.of(2027, 9, 1))))
                .isEqualTo("edition.period-outside-year");
        assertThat(EditionRules.check(edition(LocalDate.of(2027, 9, 30), LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 1))))
                .isEqualTo("edition.period-order");
    }

    @Test
    void keyDateOutsideTheEditionIsRefused() {
        assertThat(EditionRules.check(edition(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 30), LocalDate.of(2028, 1, 15))))
                .isEqualTo("edition.date-outside");
    }
}
