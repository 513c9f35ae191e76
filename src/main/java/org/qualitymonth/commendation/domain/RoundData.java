package org.qualitymonth.commendation.domain;

import java.time.LocalDate;
import java.util.List;

/** What the administrator fills in to open a round; blank criterion rows are left out. */
public record RoundData(Integer editionYear, String title, Integer quotaPerProvince, LocalDate nominationDeadline,
                        Integer noticeDays, List<CriterionData> criteria) {

    public record CriterionData(String name, String description, Integer maxPoints) {

        boolean blank() {
            return (name == null || name.isBlank()) && (description == null || description.isBlank()) && maxPoints == null;
        }
    }
}
