package org.qualitymonth.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.qualitymonth.search.domain.ResultSearch;
import org.qualitymonth.search.domain.SearchPage;
import org.qualitymonth.search.domain.SearchRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search of published spot-check results as JSON; highlights come as segments, never as markup. */
@RestController
@Tag(name = "Search")
class SearchApiController {

    private final ResultSearch search;

    SearchApiController(ResultSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "Search published spot-check results in Chinese, with facet counts and highlighted hits")
    SearchPage search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                      @RequestParam(required = false) String province, @RequestParam(required = false) String conclusion,
                      @RequestParam(required = false) String year, @RequestParam(required = false) String page) {
        SearchRequest request = SearchRequest.of(q, category, province, conclusion, year, page);
        return search.search(request);
    }
}
