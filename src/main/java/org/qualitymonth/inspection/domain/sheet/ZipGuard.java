package org.qualitymonth.inspection.domain.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.qualitymonth.shared.BusinessException;

/**
 * Refuses an XLSX that inflates beyond a total size or at a suspicious ratio (a zip bomb) before any parser
 * sees it. Counts the bytes actually inflated, not the sizes the archive claims, and stops at the limit.
 */
public final class ZipGuard {

    private static final long RATIO_CHECK_FROM = 1L << 20;

    private ZipGuard() {
    }

    public static void check(Path file, long maxInflatedBytes, int maxRatio) {
        long compressedTotal = Math.max(1, sizeOf(file));
        long inflatedTotal = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                long inflated = 0;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    inflated += n;
                    inflatedTotal += n;
                    if (inflatedTotal > maxInflatedBytes
                            || (inflated > RATIO_CHECK_FROM && inflated / compressedTotal > maxRatio)) {
                        throw BusinessException.invalid("inspection.import.zip-bomb");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw BusinessException.invalid("inspection.import.unreadable");
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw BusinessException.invalid("inspection.import.unreadable");
        }
    }
}
