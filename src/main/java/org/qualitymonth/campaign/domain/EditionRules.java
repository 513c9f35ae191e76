package org.qualitymonth.campaign.domain;

import java.time.LocalDate;

/**
 * Dates of an edition: the campaign period lies in the edition's year and starts before it ends; every
 * key date (plans due, launch, summaries due) lies in the same year.
 */
public final class EditionRules {

    private EditionRules() {
    }

    /** The refusal's message code, or {@code null}. */
    public static String check(EditionData data) {
        LocalDate first = LocalDate.of(data.year(), 1, 1);
        LocalDate last = LocalDate.of(data.year(), 12, 31);
        if (outside(data.startsOn(), first, last) || outside(data.endsOn(), first, last)) {
            return "edition.period-outside-year";
        }
        if (data.startsOn().isAfter(data.endsOn())) {
            return "edition.period-order";
        }
        boolean keyDateOutside = data.keyDates().stream().anyMatch(d -> outside(d.date(), first, last));
        return keyDateOutside ? "edition.date-outside" : null;
    }

    private static boolean outside(LocalDate date, LocalDate first, LocalDate last) {
        return date.isBefore(first) || date.isAfter(last);
    }
}
