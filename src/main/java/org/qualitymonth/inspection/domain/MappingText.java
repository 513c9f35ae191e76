package org.qualitymonth.inspection.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** Column mappings as stored text: "2=PRODUCT;5=CONCLUSION" by column index, or by header label for profiles. */
final class MappingText {

    private MappingText() {
    }

    static String write(Map<Integer, Column> mapping) {
        StringBuilder sb = new StringBuilder();
        mapping.forEach((index, column) -> sb.append(sb.isEmpty() ? "" : ";").append(index).append('=').append(column.name()));
        return sb.toString();
    }

    static Map<Integer, Column> read(String text) {
        Map<Integer, Column> mapping = new LinkedHashMap<>();
        if (text != null && !text.isEmpty()) {
            for (String part : text.split(";")) {
                String[] kv = part.split("=", 2);
                mapping.put(Integer.valueOf(kv[0]), Column.valueOf(kv[1]));
            }
        }
        return mapping;
    }

    static String writeLabels(Map<String, Column> mapping) {
        StringBuilder sb = new StringBuilder();
        mapping.forEach((label, column) -> sb.append(label).append('\u001E').append(column.name()).append('\u001F'));
        return sb.toString();
    }

    static Map<String, Column> readLabels(String text) {
        Map<String, Column> mapping = new LinkedHashMap<>();
        for (String part : text.split("\u001F")) {
            String[] kv = part.split("\u001E", 2);
            if (kv.length == 2) {
                mapping.put(kv[0], Column.valueOf(kv[1]));
            }
        }
        return mapping;
    }
}
