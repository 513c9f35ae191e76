package org.qualitymonth.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.qualitymonth.platform.FileStorage;
import org.qualitymonth.shared.BusinessException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Files in a local directory: streamed to a temporary file while hashing, moved into place under the hash
 * only when complete. An interrupted or refused upload deletes its temporary file.
 */
@Component
class LocalFileStorage implements FileStorage {

    private final Path root;

    LocalFileStorage(Properties properties) throws IOException {
        this.root = Path.of(properties.dir()).toAbsolutePath().normalize();
        Files.createDirectories(root.resolve("tmp"));
    }

    @Override
    public StoredFile store(InputStream in, long maxBytes) {
        Path temp = null;
        try {
            temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[16];
            int headLength = 0;
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = in.read(buffer)) != -1) {
                    if (headLength < head.length) {
                        int copy = Math.min(read, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, copy);
                        headLength += copy;
                    }
                    size += read;
                    if (size > maxBytes) {
                        throw BusinessException.invalid("file.too-large", maxBytes / (1024 * 1024));
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw BusinessException.invalid("file.empty");
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            Path target = path(hash);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(temp);
            } else {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            temp = null;
            return new StoredFile(hash, size, hash, FileType.sniff(head, headLength));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the tmp directory holds only partial uploads
                }
            }
        }
    }

    @Override
    public Path path(String key) {
        if (!key.matches("[0-9a-f]{64}")) {
            throw BusinessException.notFound("file.not-found");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    /** @param dir where uploaded files are kept; relative paths resolve against the working directory */
    @ConfigurationProperties("qm.storage")
    record Properties(@DefaultValue("./data/files") String dir) {
    }
}
