package org.qualitymonth.inspection.domain.sheet;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.qualitymonth.shared.BusinessException;

/**
 * CSV through FastCSV, in UTF-8 (with or without BOM) or GBK: the first 64 KiB decide, since a GBK file is
 * almost never valid UTF-8. The separator is whichever of comma, tab or semicolon the first line has most of.
 */
final class CsvSheetReader implements SheetReader {

    static final Charset GBK = Charset.forName("GB18030");
    private static final int PROBE = 64 * 1024;

    @Override
    public void read(Path file, RowHandler handler) {
        byte[] head = head(file);
        Charset charset = charset(head);
        char separator = separator(new String(head, charset));
        try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator).allowExtraFields(true)
                .allowMissingFields(true).detectBomHeader(true).skipEmptyLines(true).ofCsvRecord(file, charset)) {
            for (CsvRecord record : csv) {
                if (!SheetReader.blank(record.getFields())
                        && !handler.row((int) record.getStartingLineNumber(), record.getFields())) {
                    return;
                }
            }
        } catch (IOException | UncheckedIOException | de.siegmar.fastcsv.reader.CsvParseException e) {
            throw BusinessException.invalid("inspection.import.unreadable");
        }
    }

    static Charset charset(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        int end = head.length;
        // a multi-byte character may be cut at the end of the probe: drop the last one from its lead byte on
        for (int i = head.length - 1; i >= Math.max(0, head.length - 4); i--) {
            int b = head[i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                end = b >= 0xC0 ? i : end;
                break;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GBK;
        }
    }

    private static char separator(String text) {
        int eol = text.indexOf('\n');
        String first = eol < 0 ? text : text.substring(0, eol);
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(PROBE);
        } catch (IOException e) {
            throw BusinessException.invalid("inspection.import.unreadable");
        }
    }
}
