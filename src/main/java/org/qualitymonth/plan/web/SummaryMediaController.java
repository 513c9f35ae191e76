package org.qualitymonth.plan.web;

import java.io.IOException;
import org.qualitymonth.media.MediaKind;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.plan.domain.SummaryMedia;
import org.qualitymonth.shared.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding photos and videos to a summary and removing them, back on the summary page with the outcome. */
@Controller
@PreAuthorize("hasAuthority('plan:submit')")
class SummaryMediaController {

    private final SummaryMedia media;

    SummaryMediaController(SummaryMedia media) {
        this.media = media;
    }

    @PostMapping("/console/summaries/{id}/media")
    String upload(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam MediaKind kind,
                  @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try (var in = file.getInputStream()) {
            media.add(user.actor(), id, kind, file.getOriginalFilename(), in);
            redirect.addFlashAttribute("done", "summary.media.added." + kind);
        } catch (BusinessException e) {
            refused(e, redirect);
        }
        return "redirect:/console/summaries/" + id + "#media-title";
    }

    @PostMapping("/console/summaries/{id}/media/{mediaId}/remove")
    String remove(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @PathVariable long mediaId,
                  RedirectAttributes redirect) {
        try {
            media.remove(user.actor(), id, mediaId);
            redirect.addFlashAttribute("done", "summary.media.removed");
        } catch (BusinessException e) {
            refused(e, redirect);
        }
        return "redirect:/console/summaries/" + id + "#media-title";
    }

    /** A refused file is told on the page; a summary the user may not touch answers as such (403, 404). */
    private static void refused(BusinessException e, RedirectAttributes redirect) {
        if (e.kind() == BusinessException.Kind.NOT_FOUND || e.kind() == BusinessException.Kind.FORBIDDEN) {
            throw e;
        }
        redirect.addFlashAttribute("mediaError", e.messageKey());
        redirect.addFlashAttribute("mediaErrorArgs", e.args());
    }
}
