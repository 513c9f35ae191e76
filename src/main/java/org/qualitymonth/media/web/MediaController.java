package org.qualitymonth.media.web;

import java.time.Duration;
import org.qualitymonth.media.domain.MediaFiles;
import org.qualitymonth.shared.BusinessException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves photos, thumbnails and videos by token. Answering with a Resource lets Spring MVC honour Range
 * requests (206 Partial Content), so videos play and seek. The bytes under a token never change: cached for
 * a year; nosniff keeps the browser to the content type we checked.
 */
@Controller
class MediaController {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final MediaFiles files;

    MediaController(MediaFiles files) {
        this.files = files;
    }

    @GetMapping("/media/{token}")
    ResponseEntity<Resource> item(@PathVariable String token) {
        return serve(token, false);
    }

    @GetMapping("/media/{token}/thumbnail")
    ResponseEntity<Resource> thumbnail(@PathVariable String token) {
        return serve(token, true);
    }

    private ResponseEntity<Resource> serve(String token, boolean thumbnail) {
        MediaFiles.Served served = files.byToken(token, thumbnail)
                .orElseThrow(() -> BusinessException.notFound("file.not-found"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(served.item().contentType()))
                .cacheControl(CACHE)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline")
                .body(new FileSystemResource(served.file()));
    }
}
