package org.qualitymonth.inspection;

import java.time.LocalDate;

/**
 * A plan's announcement was published (or its date changed) or withdrawn ({@code announcedOn} null). From the
 * announcement date on, the plan's results are public.
 */
public record AnnouncementChanged(long planId, LocalDate announcedOn) {
}
