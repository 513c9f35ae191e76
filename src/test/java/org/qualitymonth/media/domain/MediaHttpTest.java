package org.qualitymonth.media.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.qualitymonth.media.MediaItem;
import org.qualitymonth.media.MediaLibrary;
import org.qualitymonth.media.TestMedia;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Media over real HTTP: range requests for seeking, caching headers, and a 2 GB upload refused up front. */
@IntegrationTest
class MediaHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    MediaLibrary library;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aVideoAnswersRangeRequestsWithTheExactBytes() throws Exception {
        byte[] video = TestMedia.mp4(1_048_576, 11);
        MediaItem item = library.storeVideo("enterprise.user", "seek.mp4", new ByteArrayInputStream(video));
        HttpResponse<byte[]> part = http.send(HttpRequest.newBuilder(uri(item.url())).header("Range", "bytes=1000-1999").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 1000-1999/1048576");
        assertThat(part.headers().firstValue("Content-Type")).contains("video/mp4");
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(video, 1000, 2000));
        HttpResponse<byte[]> tail = http.send(HttpRequest.newBuilder(uri(item.url())).header("Range", "bytes=-100").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(video, video.length - 100, video.length));

        HttpResponse<byte[]> whole = http.send(HttpRequest.newBuilder(uri(item.url())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(video);
        assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(whole.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000");
        assertThat(whole.headers().allValues("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void unknownTokensAndVideoThumbnailsAreNotFound() throws Exception {
        MediaItem item = library.storeVideo("enterprise.user", "nothumb.mp4", new ByteArrayInputStream(TestMedia.mp4(20_000, 12)));
        assertThat(status(item.url() + "/thumbnail")).isEqualTo(404);
        assertThat(status("/media/" + "A".repeat(43))).isEqualTo(404);
        assertThat(status("/media/..%2F..%2Fetc%2Fpasswd")).isIn(400, 404);
    }

    @Test
    void aTwoGigabyteUploadGetsAClear413() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            String auth = Base64.getEncoder().encodeToString(("enterprise.user:" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
            String head = "POST /api/v1/media/videos HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth + "\r\n"
                    + "Accept-Language: en\r\nContent-Type: multipart/form-data; boundary=XyZ\r\n"
                    + "Content-Length: 2147483648\r\n\r\n"
                    + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.mp4\"\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.write(TestMedia.mp4(64 * 1024, 13));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(2048), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).contains("application/problem+json").contains("exceeds the size limit");
        }
    }

    @Test
    void aTwoGigabyteUploadFromAPageFormGetsTheLocalized413Page() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String login = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        browser.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=hangzhou.admin&password=" + TestData.PASSWORD + "&_csrf=" + csrf(login)))
                .build(), HttpResponse.BodyHandlers.discarding());
        String console = browser.send(HttpRequest.newBuilder(uri("/console")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String session = ((java.net.CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow().getValue();
        try (Socket socket = new Socket("localhost", port)) {
            String head = "POST /console/activities/1/cover?_csrf=" + csrf(console) + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Cookie: JSESSIONID=" + session + "\r\nContent-Type: multipart/form-data; boundary=XyZ\r\n"
                    + "Content-Length: 2147483648\r\n\r\n"
                    + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.jpg\"\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(new byte[64 * 1024]);
            String answer = new String(socket.getInputStream().readNBytes(64 * 1024), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("上传的文件超过大小限制");
        }
    }

    private static String csrf(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private int status(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
