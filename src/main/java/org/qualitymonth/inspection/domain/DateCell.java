package org.qualitymonth.inspection.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a date as sheets write it: 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, 20260305, or an Excel serial number. */
final class DateCell {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s+.*)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("(\\d{5})(?:\\.\\d+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private DateCell() {
    }

    /** The date, or {@code null} when the text is no date (callers refuse the row). */
    static LocalDate parse(String text) {
        try {
            Matcher m = TEXT.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = COMPACT.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = SERIAL.matcher(text);
            if (m.matches()) {
                long serial = Long.parseLong(m.group(1));
                // serials 20000-80000 are 1954-2119; anything else in a date column is a typing error
                return serial >= 20000 && serial <= 80000 ? EXCEL_EPOCH.plusDays(serial) : null;
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
