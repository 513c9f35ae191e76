package org.qualitymonth.inspection.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qualitymonth.inspection.domain.SampleRow.FailedItem;

/**
 * Splits a "不合格项目" cell into items: "甲醛释放量(条款5.3;实测值0.12mg/m³;要求≤0.10mg/m³)、标志" gives two
 * items, the first with clause, measured and required value. Separators inside brackets do not split.
 */
final class FailedItems {

    private static final Pattern DETAILED = Pattern.compile("(.+?)\\((.*)\\)");
    private static final Pattern CLAUSE = Pattern.compile("(?:标准条款|条款|依据)[:：]?(.+)");
    private static final Pattern MEASURED = Pattern.compile("(?:实测值|实测|检测值|检验结果)[:：]?(.+)");
    private static final Pattern REQUIRED = Pattern.compile("(?:标准要求|标准值|要求值|要求)[:：]?(.+)");
    private static final int MAX_ITEMS = 50;

    private FailedItems() {
    }

    static List<FailedItem> parse(String text) {
        List<FailedItem> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        for (String part : split(text.replace('（', '(').replace('）', ')'))) {
            if (!part.isBlank() && items.size() < MAX_ITEMS) {
                items.add(item(part.strip()));
            }
        }
        return items;
    }

    private static FailedItem item(String part) {
        Matcher m = DETAILED.matcher(part);
        if (!m.matches()) {
            return new FailedItem(cut(part, 300), null, null, null);
        }
        String clause = null;
        String measured = null;
        String required = null;
        for (String detail : m.group(2).split("[;；,，]")) {
            String d = detail.strip();
            clause = clause == null ? group(CLAUSE, d) : clause;
            measured = measured == null ? group(MEASURED, d) : measured;
            required = required == null ? group(REQUIRED, d) : required;
        }
        return clause == null && measured == null && required == null
                ? new FailedItem(cut(part, 300), null, null, null)
                : new FailedItem(cut(m.group(1).strip(), 300), clause, measured, required);
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth <= 0 && (c == '、' || c == ';' || c == '；' || c == '\n')) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.matches() ? cut(m.group(1).strip(), 100) : null;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
