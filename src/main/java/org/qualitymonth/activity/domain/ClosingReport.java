package org.qualitymonth.activity.domain;

import java.time.Instant;
import java.util.List;
import org.qualitymonth.media.MediaItem;

/** A filed closing report with its gallery, in the order the items were added. */
public record ClosingReport(long activityId, ReportData data, String filedBy, Instant updatedAt, List<GalleryItem> gallery) {

    public record GalleryItem(MediaItem media, String caption) {
    }

    public List<GalleryItem> photos() {
        return gallery.stream().filter(g -> g.media().isPhoto()).toList();
    }

    public List<GalleryItem> videos() {
        return gallery.stream().filter(g -> g.media().isVideo()).toList();
    }
}
