package org.qualitymonth.search.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with its matching parts marked, as segments: pages print each segment as text (escaped) and wrap the hits
 * in {@code <mark>}, so nothing in the indexed text can ever become markup.
 */
public record Highlighted(List<Segment> segments) {

    /** Markers the highlighter puts around a hit: private-use characters no indexed text contains. */
    static final String START = "\uE000";
    static final String END = "\uE001";

    public record Segment(String text, boolean hit) {
    }

    /** The highlighter's fragment if it has one, else the plain value with nothing marked. */
    static Highlighted of(List<String> fragments, String plain) {
        if (fragments == null || fragments.isEmpty()) {
            return plain == null || plain.isEmpty() ? null : new Highlighted(List.of(new Segment(clean(plain), false)));
        }
        return parse(String.join(" … ", fragments));
    }

    static Highlighted parse(String marked) {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        while (at < marked.length()) {
            int start = marked.indexOf(START, at);
            if (start < 0) {
                segments.add(new Segment(marked.substring(at), false));
                break;
            }
            if (start > at) {
                segments.add(new Segment(marked.substring(at, start), false));
            }
            int end = marked.indexOf(END, start);
            end = end < 0 ? marked.length() : end;
            segments.add(new Segment(marked.substring(start + START.length(), end), true));
            at = end + END.length();
        }
        return new Highlighted(List.copyOf(segments));
    }

    public String plain() {
        StringBuilder text = new StringBuilder();
        segments.forEach(s -> text.append(s.text()));
        return text.toString();
    }

    private static String clean(String text) {
        return text.replace(START, "").replace(END, "");
    }
}
