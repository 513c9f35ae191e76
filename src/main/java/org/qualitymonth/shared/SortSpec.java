package org.qualitymonth.shared;

import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * Turns a user-supplied sort parameter ({@code name} or {@code -name}) into a {@link Sort} using an
 * allow-list of public names to entity properties. Anything else is refused: sort parameters never reach
 * a query unchecked.
 */
public record SortSpec(Map<String, String> allowed, Sort fallback) {

    public Sort resolve(String requested) {
        if (requested == null || requested.isBlank()) {
            return fallback;
        }
        boolean descending = requested.startsWith("-");
        String key = descending ? requested.substring(1) : requested;
        String property = allowed.get(key);
        if (property == null) {
            throw BusinessException.invalid("sort.not-allowed", requested.length() > 40 ? requested.substring(0, 40) : requested);
        }
        return descending ? Sort.by(property).descending() : Sort.by(property).ascending();
    }
}
