package org.qualitymonth.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams rows into an .xlsx with POI's SXSSF: only a window of rows is held in memory, the rest goes to
 * a temporary file, so exporting a whole list never loads it. Callers hand over a lazy {@link Stream}.
 */
public final class ExcelExport {

    private static final int WINDOW = 200;

    private ExcelExport() {
    }

    /** Sets the headers of an .xlsx download; call before writing the body. */
    public static void prepare(jakarta.servlet.http.HttpServletResponse response, String fileName) {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    public static <T> void write(OutputStream out, String sheetName, List<String> headers, Stream<T> rows,
                                 java.util.function.Function<T, List<Object>> columns) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            writeRow(sheet.createRow(0), List.copyOf(headers), cell -> cell.setCellStyle(bold));
            int[] index = {1};
            rows.forEach(row -> writeRow(sheet.createRow(index[0]++), columns.apply(row), cell -> { }));
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are already disposed
            }
        }
    }

    private static void writeRow(Row row, List<Object> values, Consumer<Cell> styler) {
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            Object value = values.get(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date.toString());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
            styler.accept(cell);
        }
    }
}
