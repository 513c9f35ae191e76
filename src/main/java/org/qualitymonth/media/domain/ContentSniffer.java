package org.qualitymonth.media.domain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Recognises photo and video formats by their first bytes, never by their name. */
final class ContentSniffer {

    /** How many leading bytes the sniffer wants to see. */
    static final int HEAD = 64;

    private ContentSniffer() {
    }

    static Optional<String> photo(byte[] head, int length) {
        if (starts(head, length, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(head, length, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    /** MP4 and MOV begin with an ISO base media "ftyp" box; WebM is EBML with the doc type "webm". */
    static Optional<String> video(byte[] head, int length) {
        if (length >= 12 && ascii(head, 4, 4).equals("ftyp")) {
            long boxSize = ((head[0] & 0xFFL) << 24) | ((head[1] & 0xFF) << 16) | ((head[2] & 0xFF) << 8) | (head[3] & 0xFF);
            if (boxSize < 8 || boxSize > 4096) {
                return Optional.empty();
            }
            return Optional.of(ascii(head, 8, 4).equals("qt  ") ? "video/quicktime" : "video/mp4");
        }
        if (starts(head, length, 0x1A, 0x45, 0xDF, 0xA3) && ascii(head, 0, length).contains("webm")) {
            return Optional.of("video/webm");
        }
        return Optional.empty();
    }

    private static String ascii(byte[] head, int from, int count) {
        return new String(head, from, count, StandardCharsets.ISO_8859_1);
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
