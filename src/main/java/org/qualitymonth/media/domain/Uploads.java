package org.qualitymonth.media.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.qualitymonth.shared.BusinessException;

/**
 * A photo upload copied to a private temporary file, hashed on the way, at most a given size: the original
 * carries metadata the platform never keeps, so it does not go to the file storage. Deleted on close.
 */
final class Uploads {

    record Upload(Path file, String sha256, byte[] head, int headLength) implements AutoCloseable {
        @Override
        public void close() {
            PhotoProcessor.deleteQuietly(file);
        }
    }

    private Uploads() {
    }

    static Upload copy(InputStream in, long maxBytes) {
        Path temp = null;
        try {
            temp = Files.createTempFile("qm-upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[ContentSniffer.HEAD];
            int headLength = 0;
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                    int copy = Math.min(read, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, copy);
                    headLength += copy;
                    size += read;
                    if (size > maxBytes) {
                        throw BusinessException.invalid("file.too-large", maxBytes / (1024 * 1024)).onField("file");
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw BusinessException.invalid("file.empty").onField("file");
            }
            Upload upload = new Upload(temp, HexFormat.of().formatHex(sha.digest()), head, headLength);
            temp = null;
            return upload;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            PhotoProcessor.deleteQuietly(temp);
        }
    }
}
