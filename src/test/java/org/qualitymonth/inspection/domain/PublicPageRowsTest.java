package org.qualitymonth.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qualitymonth.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A page of the public list holds the same rows, in the same order, whether its matches were collected first and
 * sorted or found by walking the sort's index: both are the slice of the whole sorted list the download streams.
 */
@IntegrationTest
class PublicPageRowsTest {

    @Autowired
    Announcements announcements;
    @Autowired
    PublicReadModel readModel;
    @Autowired
    TransactionTemplate tx;

    @Test
    void bothWaysOfPickingAPageGiveTheSliceOfTheSortedList() {
        readModel.sync();
        List<PublicFilter> filters = List.of(PublicFilter.none(), PublicFilter.of("TOY", null, null, null, null, null),
                PublicFilter.of(null, null, "FAIL", null, null, null));
        for (PublicFilter filter : filters) {
            for (String sort : List.of("samplingDate", "productName", "manufacturerName")) {
                List<Long> sorted = new ArrayList<>();
                tx.executeWithoutResult(s -> announcements.each(filter, sort, (r, items) -> sorted.add(r.resultId())));
                assertThat(sorted).as("%s by %s", filter, sort).hasSizeGreaterThan(20);
                for (int page : new int[] {0, 1}) {
                    List<Long> slice = sorted.subList(page * 20, Math.min(sorted.size(), page * 20 + 20));
                    assertThat(ids(filter, sort, page, Long.MAX_VALUE)).as("collected first: %s by %s, page %d", filter, sort, page)
                            .isEqualTo(slice);
                    assertThat(ids(filter, sort, page, 0)).as("walking the index: %s by %s, page %d", filter, sort, page)
                            .isEqualTo(slice);
                }
            }
        }
    }

    private List<Long> ids(PublicFilter filter, String sort, int page, long matchesFirst) {
        return tx.execute(s -> announcements.page(filter, sort, page, 20, matchesFirst).rows().stream()
                .map(Announcements.PublicResult::resultId).toList());
    }
}
