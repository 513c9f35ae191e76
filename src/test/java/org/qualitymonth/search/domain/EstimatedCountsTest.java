package org.qualitymonth.search.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualitymonth.search.bench.GeneratedResults;
import org.qualitymonth.search.bench.MemoizedChineseAnalysis;

/**
 * A broad query's total and facet counts are estimated from a sixteenth of the index and come close to the exact
 * counts; its page is the newest matches; a narrow query stays exact. 40,000 generated results, an exact-count limit
 * of 2,000 against the default 20,000.
 */
class EstimatedCountsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T04:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path directory;
    static SearchIndex index;
    static ResultSearch exact;
    static ResultSearch estimating;

    @BeforeAll
    static void generate() {
        index = new SearchIndex(directory, MemoizedChineseAnalysis.class);
        GeneratedResults generator = new GeneratedResults(7L);
        IndexWriting writing = IndexWriting.rebuild(index);
        List<ResultDocument> batch = new ArrayList<>();
        for (int n = 0; n < 40_000; n++) {
            batch.add(generator.next(n));
            if (batch.size() == 5_000) {
                writing.add(batch);
                batch = new ArrayList<>();
            }
        }
        writing.finish();
        exact = new ResultSearch(index, CLOCK, new SearchProperties(directory.toString(), 1000, Integer.MAX_VALUE));
        estimating = new ResultSearch(index, CLOCK, new SearchProperties(directory.toString(), 1000, 2_000));
    }

    @AfterAll
    static void close() {
        index.destroy();
    }

    @Test
    void aBroadQueryIsCountedOnASampleCloseToTheExactCounts() {
        SearchRequest request = SearchRequest.of("电饭煲", null, null, null, null, null);
        SearchPage precise = exact.search(request);
        SearchPage estimated = estimating.search(request);

        assertThat(precise.estimated()).isFalse();
        assertThat(precise.total()).isGreaterThan(2_000);
        assertThat(estimated.estimated()).isTrue();
        assertThat((double) estimated.total()).isCloseTo(precise.total(), within(precise.total() * 0.2));
        // a value counted in a sample of a hundred or more documents comes within a fifth of its exact count
        for (String facet : List.of("category", "province", "conclusion", "year")) {
            Map<String, Long> estimates = counts(estimated, facet);
            counts(precise, facet).forEach((value, count) -> {
                if (count >= 100 * ResultSearch.SAMPLE_STEP) {
                    assertThat((double) estimates.getOrDefault(value, 0L)).as(facet + " " + value).isCloseTo(count, within(count * 0.2));
                }
            });
        }
        assertThat(counts(precise, "conclusion")).containsKey("PASS");
        assertThat(estimated.hits()).hasSize(SearchRequest.PAGE_SIZE)
                .allSatisfy(hit -> assertThat(hit.category()).isEqualTo("RICE_COOKER")) // the category named 电饭煲
                .isSortedAccordingTo(java.util.Comparator.comparing(SearchPage.Hit::samplingDate).reversed());
    }

    @Test
    void aBroadQueryListsTheNewestMatchesFirst() {
        SearchRequest request = SearchRequest.of("", "TOY", null, null, null, "2");
        SearchPage precise = exact.search(request);
        SearchPage estimated = estimating.search(request);

        assertThat(estimated.estimated()).isTrue();
        assertThat(ids(estimated)).isEqualTo(ids(precise)).hasSize(SearchRequest.PAGE_SIZE);
    }

    @Test
    void theNewestPageHoldsTheLatestSamplingDatesOfAllMatches() {
        // worked out from the generated documents themselves, not from the index whose sort skips matches
        GeneratedResults generator = new GeneratedResults(7L);
        List<java.time.LocalDate> latest = java.util.stream.IntStream.range(0, 40_000).mapToObj(generator::next)
                .filter(document -> document.category().equals("TOY"))
                .map(ResultDocument::samplingDate)
                .sorted(java.util.Comparator.reverseOrder())
                .skip(2L * SearchRequest.PAGE_SIZE).limit(SearchRequest.PAGE_SIZE)
                .toList();

        SearchPage page = estimating.search(SearchRequest.of("", "TOY", null, null, null, "2"));

        assertThat(page.hits()).extracting(SearchPage.Hit::samplingDate).isEqualTo(latest);
    }

    @Test
    void aNarrowQueryIsCountedExactly() {
        SearchRequest request = SearchRequest.of("杭州 电饭煲", null, null, "FAIL", null, null);
        SearchPage precise = exact.search(request);
        SearchPage estimated = estimating.search(request);

        assertThat(estimated.estimated()).isFalse();
        assertThat(estimated.total()).isEqualTo(precise.total()).isPositive();
        assertThat(estimated.facets()).isEqualTo(precise.facets());
        assertThat(ids(estimated)).isEqualTo(ids(precise));
    }

    @Test
    void estimatesKeepThreeSignificantDigits() {
        assertThat(ResultSearch.approximately(293_408)).isEqualTo(293_000);
        assertThat(ResultSearch.approximately(29_351)).isEqualTo(29_400);
        assertThat(ResultSearch.approximately(999)).isEqualTo(999);
        assertThat(ResultSearch.approximately(0)).isZero();
    }

    private static Map<String, Long> counts(SearchPage page, String facet) {
        return page.facets().get(facet).stream()
                .collect(Collectors.toMap(SearchPage.FacetCount::value, SearchPage.FacetCount::count));
    }

    private static List<Long> ids(SearchPage page) {
        return page.hits().stream().map(SearchPage.Hit::resultId).toList();
    }
}
