package org.qualitymonth.search.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of search hits with the facet counts of the whole query (text and chosen facets together).
 *
 * @param facets per facet name (category, province, conclusion, year) the values with their counts, largest first
 */
public record SearchPage(long total, int page, int pageCount, List<Hit> hits, Map<String, List<FacetCount>> facets,
                         long tookMillis) {

    public record Hit(long resultId, long planId, String planTitle, int year, LocalDate announcedOn, String category,
                      Highlighted productName, Highlighted brand, Highlighted model, Highlighted manufacturerName,
                      String creditCode, String regionCode, LocalDate samplingDate, String conclusion,
                      Highlighted institution, String reportNo, Highlighted failedItems) {
    }

    public record FacetCount(String value, long count) {
    }
}
