package org.qualitymonth.platform;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where uploaded files live. Content-addressed: the same bytes are stored once under their SHA-256.
 * A store either completes or leaves nothing behind.
 */
public interface FileStorage {

    /** Streams the input to storage, refusing more than {@code maxBytes}; returns what was stored. */
    StoredFile store(InputStream in, long maxBytes);

    Path path(String key);

    record StoredFile(String key, long size, String sha256, FileType type) {
    }

    /** File types recognised by their first bytes, never by their name. */
    enum FileType {
        PDF("application/pdf", "pdf"), PNG("image/png", "png"), JPEG("image/jpeg", "jpg", "jpeg"),
        OLE("application/msword", "doc"), ZIP("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        UNKNOWN("application/octet-stream");

        private final String contentType;
        private final String[] extensions;

        FileType(String contentType, String... extensions) {
            this.contentType = contentType;
            this.extensions = extensions;
        }

        public String contentType() {
            return contentType;
        }

        public boolean matchesName(String fileName) {
            String lower = fileName.toLowerCase(java.util.Locale.ROOT);
            return java.util.Arrays.stream(extensions).anyMatch(ext -> lower.endsWith("." + ext));
        }

        public static FileType sniff(byte[] head, int length) {
            if (starts(head, length, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
                return PDF;
            }
            if (starts(head, length, 0x89, 0x50, 0x4E, 0x47)) {
                return PNG;
            }
            if (starts(head, length, 0xFF, 0xD8, 0xFF)) {
                return JPEG;
            }
            if (starts(head, length, 0xD0, 0xCF, 0x11, 0xE0)) {
                return OLE;
            }
            return starts(head, length, 0x50, 0x4B, 0x03, 0x04) ? ZIP : UNKNOWN;
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
}
