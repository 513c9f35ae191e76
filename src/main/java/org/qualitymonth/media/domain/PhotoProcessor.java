package org.qualitymonth.media.domain;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.qualitymonth.shared.BusinessException;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded JPEG or PNG into a clean photo and a thumbnail. The pixel count is read from the header
 * and checked before anything is decoded; large photos are decoded subsampled, so memory stays bounded. The
 * output is freshly encoded from pixels: EXIF (camera, GPS location), comments and any other metadata of
 * the upload are gone. EXIF orientation is applied first, so portrait photos stay upright.
 */
@Component
class PhotoProcessor {

    record Photo(Path file, Path thumbnail, int width, int height) {
    }

    private final MediaProperties properties;

    PhotoProcessor(MediaProperties properties) {
        this.properties = properties;
    }

    /** Writes the photo and its thumbnail to new temporary files, which the caller deletes. */
    Photo process(Path source, String contentType) {
        String format = contentType.equals("image/png") ? "png" : "jpg";
        BufferedImage image = decode(source, format);
        Path file = null;
        Path thumbnail = null;
        try {
            file = Files.createTempFile("qm-photo-", "." + format);
            thumbnail = Files.createTempFile("qm-thumb-", "." + format);
            BufferedImage photo = scaled(image, properties.photoEdge());
            write(photo, format, file);
            write(scaled(photo, properties.thumbnailEdge()), format, thumbnail);
            return new Photo(file, thumbnail, photo.getWidth(), photo.getHeight());
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            deleteQuietly(thumbnail);
            throw e instanceof BusinessException b ? b : BusinessException.invalid("media.unreadable").onField("file");
        }
    }

    private BufferedImage decode(Path source, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(source.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersBySuffix(format);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > properties.maxPhotoMegapixels() * 1_000_000L) {
                    throw BusinessException.invalid("media.too-many-pixels", properties.maxPhotoMegapixels()).onField("file");
                }
                Orientation orientation = format.equals("jpg") ? orientation(reader) : null;
                ImageReadParam param = reader.getDefaultReadParam();
                int longEdge = Math.max(reader.getWidth(0), reader.getHeight(0));
                int step = Math.max(1, (int) Math.ceil(longEdge / (2.0 * properties.photoEdge())));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                return orientation == null ? image : ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw e instanceof BusinessException b ? b : BusinessException.invalid("media.unreadable").onField("file");
        }
    }

    /** Best effort: EXIF that cannot be read just means no rotation. */
    private static Orientation orientation(ImageReader reader) {
        try {
            return ExifUtils.getExifOrientation(reader, 0);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static BufferedImage scaled(BufferedImage image, int edge) throws IOException {
        if (Math.max(image.getWidth(), image.getHeight()) <= edge) {
            return image;
        }
        return Thumbnails.of(image).size(edge, edge).keepAspectRatio(true).asBufferedImage();
    }

    private static void write(BufferedImage image, String format, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            var builder = Thumbnails.of(image).scale(1.0).outputFormat(format);
            (format.equals("jpg") ? builder.outputQuality(0.88f) : builder).toOutputStream(out);
        }
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file of a failed upload; the system's temp cleaning removes it eventually
            }
        }
    }
}
