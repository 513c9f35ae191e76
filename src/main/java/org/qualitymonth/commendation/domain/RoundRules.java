package org.qualitymonth.commendation.domain;

import java.time.LocalDate;
import java.util.List;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.Text;

/** The checks on a new round, field by field, so the form can show each refusal where it belongs. */
final class RoundRules {

    static final int MAX_CRITERIA = 8;

    private RoundRules() {
    }

    static void check(RoundData data, LocalDate today, List<Integer> publishedYears) {
        if (data.editionYear() == null || !publishedYears.contains(data.editionYear())) {
            throw BusinessException.invalid("commendation.edition-unknown").onField("editionYear");
        }
        Text.required(data.title(), 200, "commendation.title-required", "title");
        range(data.quotaPerProvince(), 1, 50, "quotaPerProvince");
        range(data.noticeDays(), 1, 30, "noticeDays");
        if (data.nominationDeadline() == null || data.nominationDeadline().isBefore(today)) {
            throw BusinessException.invalid("commendation.deadline-past").onField("nominationDeadline");
        }
        List<RoundData.CriterionData> criteria = filled(data.criteria());
        if (criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
            throw BusinessException.invalid("commendation.criteria-count", MAX_CRITERIA).onField("criteria");
        }
        for (RoundData.CriterionData c : criteria) {
            Text.required(c.name(), 100, "commendation.criterion-invalid", "criteria");
            Text.required(c.description(), 500, "commendation.criterion-invalid", "criteria");
            if (c.maxPoints() == null || c.maxPoints() < 1 || c.maxPoints() > 100) {
                throw BusinessException.invalid("commendation.criterion-invalid").onField("criteria");
            }
        }
    }

    static List<RoundData.CriterionData> filled(List<RoundData.CriterionData> criteria) {
        return criteria == null ? List.of() : criteria.stream().filter(c -> c != null && !c.blank()).toList();
    }

    private static void range(Integer value, int min, int max, String field) {
        if (value == null || value < min || value > max) {
            throw BusinessException.invalid("commendation.out-of-range", min, max).onField(field);
        }
    }
}
