package org.qualitymonth.inspection.domain;

/**
 * Cleans cell text as real sheets write it: full-width letters, digits and signs folded to half-width,
 * ideographic and non-breaking spaces, line breaks inside cells, trailing spaces, and "/" for empty.
 */
public final class CellText {

    private CellText() {
    }

    /** Trimmed half-width text with inner white space collapsed; {@code null} for blank or a "/" placeholder. */
    public static String value(String raw) {
        if (raw == null) {
            return null;
        }
        String text = collapse(raw, true).strip();
        return text.isEmpty() || text.equals("/") || text.equals("—") || text.equals("--") ? null : text;
    }

    /** Half-width text without any white space, for header labels and keys. */
    public static String compact(String raw) {
        return raw == null ? "" : collapse(raw, false);
    }

    /** Folded text with each run of white space (as regex {@code \\s}) made one space, or dropped. */
    private static String collapse(String raw, boolean keepOne) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0') {
                c = ' ';
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (space && keepOne && !sb.isEmpty()) {
                sb.append(' ');
            }
            space = false;
            sb.append(c);
        }
        return sb.toString();
    }
}
