package org.qualitymonth.plan;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/**
 * The figures a summary reports (plan §4: what the campaign did), each a non-negative count, funds in 10,000
 * yuan. A figure left empty was not reported; totals add the reported ones.
 */
public record SummaryFigures(
        @Min(0) @Max(MAX) Long activitiesHeld,
        @Min(0) @Max(MAX) Long participants,
        @Min(0) @Max(MAX) Long enterprises,
        @Min(0) @Max(MAX) Long peopleTrained,
        @Min(0) @Max(MAX) Long problemsFound,
        @Min(0) @Max(MAX) Long problemsRectified,
        @Min(0) @Max(MAX) @Digits(integer = 9, fraction = 2) BigDecimal fundsInvested,
        @Min(0) @Max(MAX) Long mediaReports) {

    public static final int MAX = 100_000_000;

    /** The names of the figures, in the order they are shown, as used in message keys ({@code summary.figure.<name>}). */
    public static final java.util.List<String> NAMES = java.util.List.of("activitiesHeld", "participants", "enterprises",
            "peopleTrained", "problemsFound", "problemsRectified", "fundsInvested", "mediaReports");

    public static SummaryFigures none() {
        return new SummaryFigures(null, null, null, null, null, null, null, null);
    }

    /** Figure by figure; a figure reported on neither side stays unreported. */
    public SummaryFigures plus(SummaryFigures o) {
        return new SummaryFigures(add(activitiesHeld, o.activitiesHeld), add(participants, o.participants),
                add(enterprises, o.enterprises), add(peopleTrained, o.peopleTrained), add(problemsFound, o.problemsFound),
                add(problemsRectified, o.problemsRectified),
                fundsInvested == null ? o.fundsInvested : o.fundsInvested == null ? fundsInvested : fundsInvested.add(o.fundsInvested),
                add(mediaReports, o.mediaReports));
    }

    private static Long add(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.addExact(a, b));
    }

    /** The figures in {@link #NAMES} order. */
    public java.util.List<Number> values() {
        return java.util.Arrays.asList(activitiesHeld, participants, enterprises, peopleTrained, problemsFound,
                problemsRectified, fundsInvested, mediaReports);
    }
}
