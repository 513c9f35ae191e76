package org.qualitymonth.activity.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import org.qualitymonth.activity.domain.ActivityCovers;
import org.qualitymonth.activity.domain.ActivityService;
import org.qualitymonth.activity.domain.ActivityView;
import org.qualitymonth.activity.domain.ClosingReport;
import org.qualitymonth.activity.domain.ClosingReports;
import org.qualitymonth.activity.domain.ReportData;
import org.qualitymonth.media.MediaKind;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.platform.FormErrors;
import org.qualitymonth.shared.BusinessException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser's page for the closing report, its gallery and the cover photo. Authorities whose scope holds
 * the activity see the same page read-only. Uploads arrive on disk and are streamed from there.
 */
@Controller
@PreAuthorize("hasAuthority('activity:register')")
class ActivityReportController {

    private final ActivityService activities;
    private final ClosingReports reports;
    private final ActivityCovers covers;
    private final java.time.Clock clock;
    private final int maxPhotoMb;
    private final int maxVideoMb;

    ActivityReportController(ActivityService activities, ClosingReports reports, ActivityCovers covers, java.time.Clock clock,
                             @Value("${qm.media.max-photo-mb:20}") int maxPhotoMb, @Value("${qm.media.max-video-mb:500}") int maxVideoMb) {
        this.activities = activities;
        this.reports = reports;
        this.covers = covers;
        this.clock = clock;
        this.maxPhotoMb = maxPhotoMb;
        this.maxVideoMb = maxVideoMb;
    }

    @GetMapping("/console/activities/{id}/report")
    String page(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
        ReportData form = reports.inScope(user.actor(), id).map(ClosingReport::data)
                .orElse(new ReportData(null, null, null, null, null, null));
        model.addAttribute("report", form);
        return show(user, id, model);
    }

    @PostMapping("/console/activities/{id}/report")
    String file(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @Valid @ModelAttribute("report") ReportData data,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                reports.file(user.actor(), id, data);
                redirect.addFlashAttribute("done", "report.saved");
                return "redirect:/console/activities/" + id + "/report";
            } catch (BusinessException e) {
                FormErrors.reject(errors, e);
            }
        }
        return show(user, id, model);
    }

    @PostMapping("/console/activities/{id}/report/media")
    String addMedia(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam MediaKind kind,
                    @RequestParam(defaultValue = "") String caption, @RequestParam MultipartFile file,
                    RedirectAttributes redirect) throws IOException {
        try (InputStream in = file.getInputStream()) {
            reports.addMedia(user.actor(), id, kind, caption, file.getOriginalFilename(), in);
            redirect.addFlashAttribute("done", "report.media-added");
        } catch (BusinessException e) {
            refused(e, redirect);
        }
        return "redirect:/console/activities/" + id + "/report";
    }

    @PostMapping("/console/activities/{id}/report/media/{mediaId}/remove")
    String removeMedia(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @PathVariable long mediaId,
                       RedirectAttributes redirect) {
        reports.removeMedia(user.actor(), id, mediaId);
        redirect.addFlashAttribute("done", "report.media-removed");
        return "redirect:/console/activities/" + id + "/report";
    }

    @PostMapping("/console/activities/{id}/cover")
    String cover(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam MultipartFile file,
                 RedirectAttributes redirect) throws IOException {
        try (InputStream in = file.getInputStream()) {
            covers.set(user.actor(), id, file.getOriginalFilename(), in);
            redirect.addFlashAttribute("done", "activity.cover-saved");
        } catch (BusinessException e) {
            refused(e, redirect);
        }
        return "redirect:/console/activities/" + id + "/report";
    }

    private String show(UserPrincipal user, long id, Model model) {
        ActivityView activity = activities.inScope(user.actor(), id);
        model.addAttribute("activity", activity);
        model.addAttribute("owner", activity.organizationId() == user.actor().organizationId());
        model.addAttribute("ended", !activity.endsAt().isAfter(clock.instant()));
        model.addAttribute("filed", reports.inScope(user.actor(), id).orElse(null));
        model.addAttribute("cover", covers.of(id).orElse(null));
        model.addAttribute("maxPhotoMb", maxPhotoMb);
        model.addAttribute("maxVideoMb", maxVideoMb);
        return "activity/report";
    }

    /** Refusals of an upload show on the page; forbidden and not found keep their status. */
    private static void refused(BusinessException e, RedirectAttributes redirect) {
        if (e.kind() == BusinessException.Kind.FORBIDDEN || e.kind() == BusinessException.Kind.NOT_FOUND) {
            throw e;
        }
        redirect.addFlashAttribute("uploadError", e.messageKey());
        redirect.addFlashAttribute("uploadErrorArgs", e.args());
    }
}
