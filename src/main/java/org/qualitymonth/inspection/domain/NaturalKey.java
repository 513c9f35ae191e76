package org.qualitymonth.inspection.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The natural key of a sample within its plan: the test report number when there is one (it identifies the
 * test), else product, model, batch, nominal manufacturer and sampling date. Parts are normalised (full-width
 * folded, white space dropped, upper case) so the same row written differently maps to the same key.
 */
final class NaturalKey {

    private NaturalKey() {
    }

    static String of(SampleRow row) {
        String source = row.reportNo() != null
                ? "R|" + norm(row.reportNo())
                : String.join("|", "S", norm(row.productName()), norm(row.model()), norm(row.batch()),
                        norm(row.manufacturerName()), row.samplingDate() == null ? "" : row.samplingDate().toString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String norm(String value) {
        return value == null ? "" : CellText.compact(value).toUpperCase(Locale.ROOT);
    }
}
