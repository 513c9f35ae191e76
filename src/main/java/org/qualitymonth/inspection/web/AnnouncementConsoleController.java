package org.qualitymonth.inspection.web;

import java.time.LocalDate;
import org.qualitymonth.inspection.domain.AnnouncementPublisher;
import org.qualitymonth.organization.UserPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An authority publishes a plan's announcement (from that date its results are on the public site) or withdraws it. */
@Controller
@PreAuthorize("hasAuthority('inspection:write')")
class AnnouncementConsoleController {

    private final AnnouncementPublisher publisher;

    AnnouncementConsoleController(AnnouncementPublisher publisher) {
        this.publisher = publisher;
    }

    @PostMapping("/console/inspection/plans/{id}/announce")
    String announce(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, RedirectAttributes redirect) {
        boolean published = publisher.publish(user.actor(), id, on);
        redirect.addFlashAttribute("done", published ? "announcement.console.published" : "announcement.console.publishing");
        return "redirect:/console/inspection/plans/" + id;
    }

    @PostMapping("/console/inspection/plans/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, RedirectAttributes redirect) {
        publisher.withdraw(user.actor(), id);
        redirect.addFlashAttribute("done", "announcement.console.withdrawn");
        return "redirect:/console/inspection/plans/" + id;
    }
}
