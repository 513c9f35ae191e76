package org.qualitymonth.inspection.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One staged row in PostgreSQL's COPY text format (tab-separated, {@code \N} for null, backslash escapes), in the
 * column order of {@link StagedResults#STAGE}; failed items travel as a JSON array in the last column.
 */
final class CopyLine {

    private final StringBuilder sb = new StringBuilder(512);

    byte[] of(String key, SampleRow r) {
        sb.setLength(0);
        text(key).text(r.category()).text(r.categoryName()).text(r.productName()).text(r.brand()).text(r.model())
                .text(r.batch()).text(r.manufacturerName()).text(r.manufacturerCreditCode())
                .text(r.manufacturerId() == null ? null : r.manufacturerId().toString()).text(r.manufacturerRegion())
                .text(r.manufacturerAddress()).text(r.businessName()).text(r.businessRegion())
                .text(r.samplingDate() == null ? null : r.samplingDate().toString()).text(r.samplingPlace())
                .text(r.quantity() == null ? null : r.quantity().toString()).text(r.regionCode()).text(r.conclusion().name())
                .text(r.institution()).text(r.reportNo()).text(r.failedItemsText()).text(r.retestInstitution())
                .text(r.remarks()).text(items(r.failedItems()));
        sb.setCharAt(sb.length() - 1, '\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private CopyLine text(String value) {
        if (value == null) {
            sb.append("\\N");
        } else {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(c);
                }
            }
        }
        sb.append('\t');
        return this;
    }

    /** {@code [{"i":item,"c":clause,"m":measured,"r":required}, ...]}, or null when there are none. */
    static String items(List<SampleRow.FailedItem> items) {
        if (items.isEmpty()) {
            return null;
        }
        StringBuilder json = new StringBuilder("[");
        for (SampleRow.FailedItem item : items) {
            json.append(json.length() > 1 ? ",{" : "{");
            json.append("\"i\":").append(json(item.item())).append(",\"c\":").append(json(item.clause()))
                    .append(",\"m\":").append(json(item.measured())).append(",\"r\":").append(json(item.required())).append('}');
        }
        return json.append(']').toString();
    }

    private static String json(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
