/**
 * Photos and videos: uploads streamed to the platform's file storage, recognised by their content, photos
 * re-encoded (no EXIF, no GPS, nothing hidden in metadata) with a thumbnail, served under an unguessable
 * token with HTTP range requests. Other modules keep the ids of {@link org.qualitymonth.media.MediaItem}s
 * and show them through {@link org.qualitymonth.media.MediaLibrary}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media", allowedDependencies = {"shared", "platform"})
package org.qualitymonth.media;
