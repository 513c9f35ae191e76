package org.qualitymonth.inspection.domain.sheet;

import java.nio.file.Path;
import java.util.List;

/** Streams the first sheet of a file row by row, cells as text; never holds more than one row. */
public interface SheetReader {

    /** Receives each non-empty row with its 1-based row number; returns {@code false} to stop reading. */
    @FunctionalInterface
    interface RowHandler {
        boolean row(int rowNumber, List<String> cells);
    }

    void read(Path file, RowHandler handler);

    static SheetReader of(SheetFormat format) {
        return switch (format) {
            case XLSX -> new XlsxReader();
            case XLS -> new XlsReader();
            case CSV -> new CsvSheetReader();
        };
    }

    static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
