package org.qualitymonth.search.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.qualitymonth.search.domain.SearchRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The shareable URLs of a search: the same search with one facet chosen or cleared, or another page. Every link
 * starts again on the first page.
 */
public final class SearchLinks {

    private final Map<String, String> params = new LinkedHashMap<>();

    SearchLinks(SearchRequest request) {
        put("q", request.text());
        put("category", request.category());
        put("province", request.province());
        put("conclusion", request.conclusion() == null ? null : request.conclusion().name());
        put("year", request.year() == null ? null : request.year().toString());
    }

    public String with(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.put(name, value);
        return url(copy);
    }

    public String without(String name) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.remove(name);
        return url(copy);
    }

    public String page(int page) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        if (page > 0) {
            copy.put("page", Integer.toString(page));
        }
        return url(copy);
    }

    public boolean has(String name) {
        return params.containsKey(name);
    }

    private void put(String name, String value) {
        if (value != null && !value.isEmpty()) {
            params.put(name, value);
        }
    }

    private static String url(Map<String, String> params) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");
        params.forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }
}
