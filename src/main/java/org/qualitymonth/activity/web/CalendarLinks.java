package org.qualitymonth.activity.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Shareable calendar addresses: the current view, period, filters and search as query parameters, with
 * some of them changed ({@code links.with('view', 'week')}). Empty values are left out of the address.
 */
public record CalendarLinks(Map<String, String> current) {

    public String with(String... pairs) {
        Map<String, String> params = new LinkedHashMap<>(current);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            params.put(pairs[i], pairs[i + 1]);
        }
        if (!java.util.Arrays.asList(pairs).contains("page")) {
            params.remove("page"); // another period or filter starts again at its first page
        }
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/activities");
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                url.queryParam(name, value);
            }
        });
        return url.encode().build().toUriString();
    }
}
