package org.qualitymonth.campaign;

/** A downloadable material with how often it has been downloaded. */
public record MaterialView(long id, Integer editionYear, String kind, String title, String contentType, long downloads) {

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
