package org.qualitymonth.search.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of search hits with the facet counts of the whole query (text and chosen facets together).
 *
 * @param estimated whether the total and the facet counts are estimates from a sample of the index (a broad query),
 *                  rounded to three significant digits, rather than exact counts
 * @param facets per facet name (category, province, conclusion, year) the values with their counts, largest first
 */
public record SearchPage(long total, boolean estimated, int page, int pageCount, List<Hit> hits, Map<String, List<FacetCount>> facets,
                         long tookMillis) {

    public record Hit(long resultId, long planId, String planTitle, int year, LocalDate announcedOn, String category,
                      Highlighted productName, Highlighted brand, Highlighted model, Highlighted manufacturerName,
                      String creditCode, String regionCode, LocalDate samplingDate, String conclusion,
                      Highlighted institution, String reportNo, Highlighted failedItems) {
    }

    public record FacetCount(String value, long count) {
    }
}
