package org.qualitymonth.search.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with its matching parts marked, as segments: pages print each segment as text (escaped) and wrap the hits
 * in {@code <mark>}, so nothing in the indexed text can ever become markup.
 */
public record Highlighted(List<Segment> segments) {

    public record Segment(String text, boolean hit) {
    }

    /** Cuts the text into runs of marked and unmarked characters. */
    static Highlighted of(String text, boolean[] hit) {
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || hit[i] != hit[start]) {
                segments.add(new Segment(text.substring(start, i), hit[start]));
                start = i;
            }
        }
        return new Highlighted(List.copyOf(segments));
    }

    public String plain() {
        StringBuilder text = new StringBuilder();
        segments.forEach(s -> text.append(s.text()));
        return text.toString();
    }
}
