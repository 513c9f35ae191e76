package org.qualitymonth.media.web;

import java.io.IOException;
import java.io.InputStream;
import org.qualitymonth.media.MediaItem;
import org.qualitymonth.media.MediaLibrary;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads for API clients (signed in with HTTP Basic): the answer names the item, whose id the client then
 * attaches to a report or summary. The multipart body is on disk before this runs, and is streamed from there.
 */
@RestController
class MediaApiController {

    /** Those who file closing reports or summaries, the only places media is attached. */
    private static final String MAY_UPLOAD = "hasAnyAuthority('activity:register', 'plan:submit')";

    private final MediaLibrary library;

    MediaApiController(MediaLibrary library) {
        this.library = library;
    }

    @PostMapping("/api/v1/media/photos")
    @PreAuthorize(MAY_UPLOAD)
    @ResponseStatus(HttpStatus.CREATED)
    MediaItem photo(@RequestParam("file") MultipartFile file, Authentication user) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return library.storePhoto(user.getName(), file.getOriginalFilename(), in);
        }
    }

    @PostMapping("/api/v1/media/videos")
    @PreAuthorize(MAY_UPLOAD)
    @ResponseStatus(HttpStatus.CREATED)
    MediaItem video(@RequestParam("file") MultipartFile file, Authentication user) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return library.storeVideo(user.getName(), file.getOriginalFilename(), in);
        }
    }
}
