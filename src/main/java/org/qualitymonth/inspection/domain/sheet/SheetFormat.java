package org.qualitymonth.inspection.domain.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.qualitymonth.shared.BusinessException;

/** The formats a result sheet may come in, told by the file's first bytes, never by its name. */
public enum SheetFormat {
    XLSX, XLS, CSV;

    private static final int PROBE = 4096;

    public static SheetFormat sniff(Path file) {
        byte[] head = new byte[PROBE];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, PROBE);
        } catch (IOException e) {
            throw BusinessException.invalid("inspection.import.unreadable");
        }
        if (length == 0) {
            throw BusinessException.invalid("inspection.import.empty");
        }
        if (starts(head, length, 0x50, 0x4B, 0x03, 0x04)) {
            return XLSX;
        }
        if (starts(head, length, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return XLS;
        }
        if (looksLikeText(head, length)) {
            return CSV;
        }
        throw BusinessException.invalid("inspection.import.unsupported-format");
    }

    /** Text has no NUL and almost no other control bytes; executables and archives have many. */
    private static boolean looksLikeText(byte[] head, int length) {
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return control * 100 <= length;
    }

    private static boolean starts(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
