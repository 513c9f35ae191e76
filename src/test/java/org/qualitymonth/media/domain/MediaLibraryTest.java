package org.qualitymonth.media.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.qualitymonth.media.MediaItem;
import org.qualitymonth.media.MediaKind;
import org.qualitymonth.media.MediaLibrary;
import org.qualitymonth.media.TestMedia;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.platform.FileStorage;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Photos and videos through the real library: type by content, clean re-encoding, limits, nothing left behind. */
@IntegrationTest
class MediaLibraryTest {

    @Autowired
    MediaLibrary library;
    @Autowired
    MediaFiles files;
    @Autowired
    FileStorage storage;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Value("${qm.storage.dir}")
    String storageDir;

    @Test
    void anExecutableRenamedMp4AndTextRenamedJpgAreRefusedAndNothingIsStored() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] text = "just some text, not a photo\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        long rows = rows();
        assertRefused(() -> library.storeVideo("enterprise.user", "launch.mp4", new ByteArrayInputStream(exe)), "media.not-video");
        assertRefused(() -> library.storePhoto("enterprise.user", "photo.jpg", new ByteArrayInputStream(text)), "media.not-photo");
        assertRefused(() -> library.storeVideo("enterprise.user", "photo.mp4", new ByteArrayInputStream(TestMedia.image("jpg", 50, 50, 1))),
                "media.not-video");
        assertThat(rows()).isEqualTo(rows);
        assertThat(Files.exists(storage.path(sha256(exe)))).isFalse();
        assertThat(Files.exists(storage.path(sha256(text)))).isFalse();
    }

    @Test
    void aScriptInTheCommentAndGpsInExifDoNotSurviveReEncoding() throws IOException {
        byte[] upload = TestMedia.jpegWithScriptAndGps();
        assertThat(TestMedia.jpegMarkers(upload)).contains(0xE1, 0xFE);
        MediaItem item = library.storePhoto("enterprise.user", "现场.jpg", new ByteArrayInputStream(upload));
        byte[] stored = Files.readAllBytes(files.byToken(item.token(), false).orElseThrow().file());
        assertThat(item.kind()).isEqualTo(MediaKind.PHOTO);
        assertThat(item.contentType()).isEqualTo("image/jpeg");
        assertThat(TestMedia.jpegMarkers(stored)).doesNotContain(0xE1, 0xFE);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("<script", "Exif");
        assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(320);
    }

    @Test
    void largePhotosAreScaledDownAndGetASmallThumbnail() throws IOException {
        MediaItem item = library.storePhoto("enterprise.user", "banner.png", new ByteArrayInputStream(TestMedia.image("png", 3000, 1500, 3)));
        assertThat(item.contentType()).isEqualTo("image/png");
        assertThat(item.width()).isEqualTo(2048);
        assertThat(item.height()).isEqualTo(1024);
        BufferedImage thumbnail = ImageIO.read(files.byToken(item.token(), true).orElseThrow().file().toFile());
        assertThat(thumbnail.getWidth()).isEqualTo(480);
        assertThat(thumbnail.getHeight()).isEqualTo(240);
        assertThat(item.thumbnailUrl()).isEqualTo("/media/" + item.token() + "/thumbnail");
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() {
        byte[] png = TestMedia.image("png", 64, 64, 4);
        byte[] huge = {0, 0, (byte) 0xC3, 0x50, 0, 0, (byte) 0xC3, 0x50}; // IHDR claims 50000 x 50000 pixels
        System.arraycopy(huge, 0, png, 16, huge.length);
        long rows = rows();
        assertRefused(() -> library.storePhoto("enterprise.user", "bomb.png", new ByteArrayInputStream(png)), "media.too-many-pixels");
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void theSameFileUploadedTwiceIsStoredOnce() {
        byte[] photo = TestMedia.image("jpg", 200, 100, 5);
        byte[] video = TestMedia.mp4(300_000, 5);
        long rows = rows();
        MediaItem first = library.storePhoto("enterprise.user", "a.jpg", new ByteArrayInputStream(photo));
        MediaItem again = library.storePhoto("cqa.user", "copy-of-a.jpg", new ByteArrayInputStream(photo));
        MediaItem clip = library.storeVideo("enterprise.user", "clip.mp4", new ByteArrayInputStream(video));
        MediaItem clipAgain = library.storeVideo("enterprise.user", "clip (1).mp4", new ByteArrayInputStream(video));
        assertThat(again).isEqualTo(first);
        assertThat(clipAgain).isEqualTo(clip);
        assertThat(rows()).isEqualTo(rows + 2);
        assertThat(library.findAll(List.of(clip.id(), first.id(), -1L))).containsExactly(clip, first);
        assertThat(library.find(first.id())).contains(first);
    }

    @Test
    void oversizeUploadsAreRefusedAndLeaveNothing() throws IOException {
        MediaProperties small = new MediaProperties(1, 1, 60, 2048, 480);
        MediaLibrary limited = new JdbcMediaLibrary(jdbc, storage, new PhotoProcessor(small), small, audit);
        byte[] video = TestMedia.mp4(1024 * 1024 + 1, 6);
        byte[] photo = TestMedia.image("png", 1000, 1000, 6);
        byte[] bigPhoto = java.util.Arrays.copyOf(photo, 1024 * 1024 + 1);
        Set<Path> tmp = tmpFiles();
        long rows = rows();
        assertRefused(() -> limited.storeVideo("enterprise.user", "long.mp4", new ByteArrayInputStream(video)), "file.too-large");
        assertRefused(() -> limited.storePhoto("enterprise.user", "big.png", new ByteArrayInputStream(bigPhoto)), "file.too-large");
        assertThat(rows()).isEqualTo(rows);
        assertThat(Files.exists(storage.path(sha256(video)))).isFalse();
        assertThat(tmpFiles()).isSubsetOf(tmp);
    }

    @Test
    void anUploadInterruptedHalfWayLeavesNoFileAndNoRow() throws IOException {
        Set<Path> tmp = tmpFiles();
        long rows = rows();
        assertThatThrownBy(() -> library.storeVideo("enterprise.user", "cut.mp4", breaksAfter(TestMedia.mp4(400_000, 8))))
                .isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> library.storePhoto("enterprise.user", "cut.jpg", breaksAfter(TestMedia.image("jpg", 900, 900, 8))))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(rows()).isEqualTo(rows);
        assertThat(tmpFiles()).isSubsetOf(tmp);
    }

    /** Gives the first half of the bytes, then fails as a dropped connection does. */
    private static InputStream breaksAfter(byte[] bytes) {
        return new java.io.FilterInputStream(new ByteArrayInputStream(bytes, 0, bytes.length / 2)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int read = super.read(b, off, len);
                if (read == -1) {
                    throw new IOException("connection reset");
                }
                return read;
            }
        };
    }

    private Set<Path> tmpFiles() throws IOException {
        try (Stream<Path> list = Files.list(Path.of(storageDir, "tmp"))) {
            return list.collect(Collectors.toSet());
        }
    }

    private long rows() {
        return jdbc.sql("select count(*) from media_item").query(Long.class).single();
    }

    private static void assertRefused(Runnable upload, String code) {
        assertThatThrownBy(upload::run).isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
