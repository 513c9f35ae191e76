package org.qualitymonth.inspection.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The error report of an import: one CSV line per refused row (row number, reason in the reader's language,
 * the row as it was), streamed from the database with a cursor. UTF-8 with a BOM so Excel opens it.
 */
@Service
public class ImportErrors {

    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    ImportErrors(DataSource dataSource, MessageSource messages) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public void writeCsv(long jobId, OutputStream out) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writer.write(csv(messages.getMessage("inspection.report.row", null, locale)) + ","
                    + csv(messages.getMessage("inspection.report.reason", null, locale)) + ","
                    + csv(messages.getMessage("inspection.report.content", null, locale)) + "\r\n");
            jdbc.query("select row_no, reason_code, reason_arg, raw from insp_import_error where job_id = ? order by row_no",
                    rs -> {
                        String reason = messages.getMessage("error." + rs.getString(2), new Object[] {
                                rs.getString(3) == null ? "" : rs.getString(3)}, rs.getString(2), locale);
                        try {
                            writer.write(rs.getInt(1) + "," + csv(reason) + "," + csv(rs.getString(4)) + "\r\n");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, jobId);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quotes a field; a leading =, +, - or @ is prefixed so a spreadsheet does not run it as a formula. */
    static String csv(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
