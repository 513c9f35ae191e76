package org.qualitymonth.media;

/**
 * A stored photo or video. The token is random and unguessable: its URL is a capability, so show it only
 * where the reader may see the item. Width and height are known for photos only.
 */
public record MediaItem(long id, String token, MediaKind kind, String contentType, long sizeBytes, Integer width, Integer height) {

    /** Where the item itself is served (range requests supported, so videos seek). */
    public String url() {
        return "/media/" + token;
    }

    /** A small JPEG or PNG preview for photos; videos have none (show them with preload="metadata"). */
    public String thumbnailUrl() {
        return isPhoto() ? url() + "/thumbnail" : null;
    }

    public boolean isPhoto() {
        return kind == MediaKind.PHOTO;
    }

    public boolean isVideo() {
        return kind == MediaKind.VIDEO;
    }
}
