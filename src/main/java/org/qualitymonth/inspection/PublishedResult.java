package org.qualitymonth.inspection;

import java.time.LocalDate;

/** One result of an announced plan with what the public may read of it (the canonical public fields). */
public record PublishedResult(long resultId, long planId, String planTitle, int year, LocalDate announcedOn,
                              String category, String categoryName, String productName, String brand, String model,
                              String manufacturerName, String creditCode, String regionCode, LocalDate samplingDate,
                              Conclusion conclusion, String institution, String reportNo, String failedItems) {
}
