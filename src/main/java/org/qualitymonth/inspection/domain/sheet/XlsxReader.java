package org.qualitymonth.inspection.domain.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.qualitymonth.shared.BusinessException;

/**
 * XLSX through fastexcel's streaming reader (StAX over the sheet part). Numbers come as their raw value, so
 * a date cell arrives as its Excel serial number and is read as a date later. Run {@link ZipGuard} first.
 */
final class XlsxReader implements SheetReader {

    @Override
    public void read(Path file, RowHandler handler) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                List<String> cells = cells(row);
                if (!SheetReader.blank(cells) && !handler.row(row.getRowNum(), cells)) {
                    return;
                }
            }
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            throw BusinessException.invalid("inspection.import.unreadable");
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? null : cell.getRawValue());
        }
        return cells;
    }
}
