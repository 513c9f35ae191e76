package org.qualitymonth.media.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxPhotoMb        largest photo accepted, in MiB
 * @param maxVideoMb        largest video accepted, in MiB (keep spring.servlet.multipart limits above it)
 * @param maxPhotoMegapixels photos declaring more pixels in their header are refused before decoding
 *                          (a small file can declare a huge image: a decompression bomb)
 * @param photoEdge         longest edge of a stored photo, in pixels; larger photos are scaled down
 * @param thumbnailEdge     longest edge of a thumbnail, in pixels
 */
@ConfigurationProperties("qm.media")
public record MediaProperties(@DefaultValue("20") int maxPhotoMb, @DefaultValue("500") int maxVideoMb,
                              @DefaultValue("60") int maxPhotoMegapixels, @DefaultValue("2048") int photoEdge,
                              @DefaultValue("480") int thumbnailEdge) {

    long maxPhotoBytes() {
        return maxPhotoMb * 1024L * 1024L;
    }

    long maxVideoBytes() {
        return maxVideoMb * 1024L * 1024L;
    }
}
