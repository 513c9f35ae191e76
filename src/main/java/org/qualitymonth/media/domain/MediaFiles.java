package org.qualitymonth.media.domain;

import java.nio.file.Path;
import java.util.Optional;
import org.qualitymonth.media.MediaItem;
import org.qualitymonth.platform.FileStorage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the stored file behind a token, for serving. Anything that is not a well-formed token is simply absent. */
@Service
@Transactional(readOnly = true)
public class MediaFiles {

    public record Served(MediaItem item, Path file) {
    }

    private final JdbcClient jdbc;
    private final FileStorage storage;

    MediaFiles(JdbcClient jdbc, FileStorage storage) {
        this.jdbc = jdbc;
        this.storage = storage;
    }

    public Optional<Served> byToken(String token, boolean thumbnail) {
        if (!token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return jdbc.sql("select " + JdbcMediaLibrary.COLUMNS + ", storage_key, thumbnail_key from media_item where token = ?")
                .param(token)
                .query((rs, n) -> {
                    String key = rs.getString(thumbnail ? "thumbnail_key" : "storage_key");
                    return key == null ? null : new Served(JdbcMediaLibrary.map(rs, n), storage.path(key));
                }).optional();
    }
}
