package org.qualitymonth.media;

/** What a media item is: a photo (re-encoded, with a thumbnail) or a video (stored as uploaded). */
public enum MediaKind {
    PHOTO, VIDEO
}
