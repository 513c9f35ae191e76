package org.qualitymonth.media;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores and finds photos and videos. A store either yields an item or refuses with a
 * {@link org.qualitymonth.shared.BusinessException} (wrong type, too large, too many pixels) and leaves
 * nothing behind. The same bytes uploaded twice yield the same item. Callers check who may upload.
 */
public interface MediaLibrary {

    /** A JPEG or PNG, recognised by content; re-encoded without metadata, with a thumbnail. */
    MediaItem storePhoto(String uploadedBy, String originalName, InputStream in);

    /** An MP4, MOV or WebM video, recognised by content; streamed to storage as it is. */
    MediaItem storeVideo(String uploadedBy, String originalName, InputStream in);

    Optional<MediaItem> find(long id);

    /** The items with these ids that exist, in the order of the ids given. */
    List<MediaItem> findAll(Collection<Long> ids);
}
