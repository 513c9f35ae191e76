package org.qualitymonth.campaign.web;

import java.io.IOException;
import java.io.InputStream;
import org.qualitymonth.campaign.domain.Material;
import org.qualitymonth.campaign.domain.Materials;
import org.qualitymonth.shared.BusinessException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the materials library: a preview for the page, a counted download for people who take the file. */
@RestController
class MaterialController {

    private final Materials materials;

    MaterialController(Materials materials) {
        this.materials = materials;
    }

    @GetMapping("/materials/{id}/download")
    ResponseEntity<InputStreamResource> download(@PathVariable long id) throws IOException {
        Material material = find(id);
        materials.countDownload(id);
        return serve(material, ContentDisposition.attachment().filename(material.resourceName()).build());
    }

    @GetMapping("/materials/{id}/preview")
    ResponseEntity<InputStreamResource> preview(@PathVariable long id) throws IOException {
        Material material = find(id);
        return serve(material, ContentDisposition.inline().filename(material.resourceName()).build());
    }

    private Material find(long id) {
        return materials.findById(id).orElseThrow(() -> BusinessException.notFound("material.not-found"));
    }

    private static ResponseEntity<InputStreamResource> serve(Material material, ContentDisposition disposition) throws IOException {
        ClassPathResource file = new ClassPathResource("materials/" + material.resourceName());
        InputStream in = file.getInputStream();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(material.contentType()))
                .contentLength(file.contentLength())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .body(new InputStreamResource(in));
    }
}
