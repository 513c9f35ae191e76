package org.qualitymonth.inspection.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qualitymonth.shared.BusinessException;

/**
 * Finds the header among the first rows of a sheet: the row naming the most known columns (title rows above
 * it are skipped). A second header row below it, as under merged cells such as "标称生产企业" over
 * "名称 | 地址", is read as sub-labels joined to the label above or to the left.
 */
public record Header(int row, int rows, List<String> labels, Map<Integer, Column> proposed, List<String> subLabels) {

    /** How many of the first rows may hold the header. */
    public static final int SEARCH_ROWS = 15;

    /** Detects the header among {@code firstRows} (row number, cells), or refuses the sheet. */
    public static Header detect(List<Map.Entry<Integer, List<String>>> firstRows) {
        int best = -1;
        int bestCount = 0;
        for (int i = 0; i < firstRows.size(); i++) {
            int count = recognised(firstRows.get(i).getValue()).size();
            if (count > bestCount) {
                best = i;
                bestCount = count;
            }
        }
        if (best < 0 || bestCount < 3) {
            throw BusinessException.invalid("inspection.import.no-header");
        }
        List<String> top = firstRows.get(best).getValue();
        List<String> below = best + 1 < firstRows.size() ? firstRows.get(best + 1).getValue() : List.of();
        List<String> joined = joined(top, below);
        boolean sub = recognised(joined).size() > bestCount;
        List<String> labels = sub ? joined : clean(top);
        Header header = new Header(firstRows.get(best).getKey(), sub ? 2 : 1, labels, recognised(labels),
                sub ? clean(below) : List.of());
        if (!header.proposed().containsValue(Column.PRODUCT) || !header.proposed().containsValue(Column.CONCLUSION)) {
            throw BusinessException.invalid("inspection.import.no-header");
        }
        return header;
    }

    /** A data row that repeats a header row (publishers repeat it on every printed page). */
    public boolean repeatedIn(List<String> cells) {
        return matches(cells, labels) || (!subLabels.isEmpty() && matches(cells, subLabels));
    }

    private static boolean matches(List<String> cells, List<String> header) {
        int same = 0;
        for (int i = 0; i < Math.min(cells.size(), header.size()); i++) {
            String label = header.get(i);
            if (!label.isEmpty() && label.equals(CellText.compact(cells.get(i)))) {
                same++;
            }
        }
        return same >= 2;
    }

    private static Map<Integer, Column> recognised(List<String> labels) {
        Map<Integer, Column> found = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            Optional<Column> column = Column.recognise(labels.get(i) == null ? "" : labels.get(i));
            if (column.isPresent() && !found.containsValue(column.get())) {
                found.put(i, column.get());
            }
        }
        return found;
    }

    /** Labels of a two-row header: the sub-label under its parent (carried right across merged cells). */
    private static List<String> joined(List<String> top, List<String> below) {
        List<String> labels = new ArrayList<>();
        String parent = "";
        for (int i = 0; i < Math.max(top.size(), below.size()); i++) {
            String own = i < top.size() ? CellText.compact(top.get(i)) : "";
            parent = own.isEmpty() ? parent : own;
            String child = i < below.size() ? CellText.compact(below.get(i)) : "";
            labels.add(child.isEmpty() ? own : Column.recognise(child).isPresent() && own.isEmpty() ? child : parent + child);
        }
        return labels;
    }

    private static List<String> clean(List<String> cells) {
        return cells.stream().map(CellText::compact).toList();
    }
}
