package org.qualitymonth.campaign;

import java.time.LocalDate;
import java.util.List;

/** A campaign edition as other modules and the public pages read it. */
public record EditionView(long id, int year, String theme, String themeEn, String slogan, LocalDate startsOn,
                          LocalDate endsOn, String guidingIdea, String requirements, boolean published,
                          List<FocusArea> focusAreas, List<KeyDate> keyDates, long version) {

    public record FocusArea(String title, String description) {
    }

    public record KeyDate(LocalDate date, String label) {
    }
}
