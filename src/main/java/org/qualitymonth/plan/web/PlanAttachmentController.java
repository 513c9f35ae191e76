package org.qualitymonth.plan.web;

import java.io.IOException;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.plan.domain.PlanAttachments;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploading and downloading a plan's attachments. */
@Controller
class PlanAttachmentController {

    private final PlanAttachments attachments;

    PlanAttachmentController(PlanAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping("/console/plans/{id}/attachments")
    @PreAuthorize("hasAuthority('plan:submit')")
    String upload(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam("file") MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        try (var in = file.getInputStream()) {
            attachments.upload(user.actor(), id, file.getOriginalFilename(), in);
        }
        redirect.addFlashAttribute("done", "plan.attached");
        return "redirect:/console/plans/" + id;
    }

    @GetMapping("/console/plans/{id}/attachments/{attachmentId}")
    ResponseEntity<FileSystemResource> download(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
                                                @PathVariable long attachmentId) {
        PlanAttachments.Attachment attachment = attachments.get(user.actor(), id, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(attachments.file(attachment)));
    }
}
