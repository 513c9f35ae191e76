package org.qualitymonth.media.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qualitymonth.media.MediaItem;
import org.qualitymonth.media.MediaKind;
import org.qualitymonth.media.MediaLibrary;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.platform.FileStorage;
import org.qualitymonth.shared.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Media items in PostgreSQL, their bytes in the platform's file storage. Type and pixel checks come before
 * anything reaches the storage; a refused or interrupted upload leaves no file and no row. An upload whose
 * bytes were seen before answers the existing item.
 */
@Service
@Transactional
class JdbcMediaLibrary implements MediaLibrary {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String COLUMNS = "id, token, kind, content_type, size_bytes, width, height";

    private final JdbcClient jdbc;
    private final FileStorage storage;
    private final PhotoProcessor photos;
    private final MediaProperties properties;
    private final AuditLog audit;

    JdbcMediaLibrary(JdbcClient jdbc, FileStorage storage, PhotoProcessor photos, MediaProperties properties, AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.storage = storage;
        this.photos = photos;
        this.properties = properties;
    }

    @Override
    public MediaItem storePhoto(String uploadedBy, String originalName, InputStream in) {
        String name = cleanName(originalName);
        try (Uploads.Upload upload = Uploads.copy(in, properties.maxPhotoBytes())) {
            Optional<MediaItem> known = bySource(upload.sha256());
            if (known.isPresent()) {
                return known.get();
            }
            String type = ContentSniffer.photo(upload.head(), upload.headLength())
                    .orElseThrow(() -> BusinessException.invalid("media.not-photo").onField("file"));
            PhotoProcessor.Photo photo = photos.process(upload.file(), type);
            try {
                FileStorage.StoredFile file = store(photo.file());
                FileStorage.StoredFile thumbnail = store(photo.thumbnail());
                return insert(new Row(MediaKind.PHOTO, type, file, thumbnail.key(), photo.width(), photo.height(),
                        upload.sha256(), name, uploadedBy));
            } finally {
                PhotoProcessor.deleteQuietly(photo.file());
                PhotoProcessor.deleteQuietly(photo.thumbnail());
            }
        }
    }

    @Override
    public MediaItem storeVideo(String uploadedBy, String originalName, InputStream in) {
        String name = cleanName(originalName);
        try {
            byte[] head = in.readNBytes(ContentSniffer.HEAD);
            String type = ContentSniffer.video(head, head.length)
                    .orElseThrow(() -> BusinessException.invalid("media.not-video").onField("file"));
            FileStorage.StoredFile file = storage.store(new SequenceInputStream(new ByteArrayInputStream(head), in),
                    properties.maxVideoBytes());
            return bySource(file.sha256())
                    .orElseGet(() -> insert(new Row(MediaKind.VIDEO, type, file, null, null, null, file.sha256(), name, uploadedBy)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MediaItem> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from media_item where id = ?").param(id).query(JdbcMediaLibrary::map).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MediaItem> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, MediaItem> found = jdbc.sql("select " + COLUMNS + " from media_item where id = any(?)")
                .param(ids.toArray(Long[]::new)).query(JdbcMediaLibrary::map).list().stream()
                .collect(Collectors.toMap(MediaItem::id, Function.identity()));
        return ids.stream().distinct().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    private record Row(MediaKind kind, String contentType, FileStorage.StoredFile file, String thumbnailKey,
                       Integer width, Integer height, String sourceSha, String name, String uploadedBy) {
    }

    /** Concurrent uploads of the same bytes meet at the unique source hash: one row, both get it. */
    private MediaItem insert(Row row) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        jdbc.sql("""
                        insert into media_item (token, kind, content_type, size_bytes, width, height, storage_key, thumbnail_key,
                          source_sha256, original_name, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (source_sha256) do nothing""")
                .params(Base64.getUrlEncoder().withoutPadding().encodeToString(random), row.kind().name(), row.contentType(),
                        row.file().size(), row.width(), row.height(), row.file().key(), row.thumbnailKey(), row.sourceSha(),
                        row.name(), row.uploadedBy())
                .update();
        MediaItem item = bySource(row.sourceSha()).orElseThrow();
        audit.record("media.store", "media", Long.toString(item.id()), null,
                Map.of("name", row.name(), "kind", row.kind(), "sha256", row.sourceSha(), "size", row.file().size()));
        return item;
    }

    private Optional<MediaItem> bySource(String sha256) {
        return jdbc.sql("select " + COLUMNS + " from media_item where source_sha256 = ?").param(sha256)
                .query(JdbcMediaLibrary::map).optional();
    }

    private FileStorage.StoredFile store(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return storage.store(in, Long.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MediaItem map(ResultSet rs, int row) throws SQLException {
        return new MediaItem(rs.getLong("id"), rs.getString("token"), MediaKind.valueOf(rs.getString("kind")),
                rs.getString("content_type"), rs.getLong("size_bytes"), (Integer) rs.getObject("width"), (Integer) rs.getObject("height"));
    }

    private static String cleanName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}<>\"]", "").strip();
        if (name.isEmpty()) {
            throw BusinessException.invalid("file.name").onField("file");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
