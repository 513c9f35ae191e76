package org.qualitymonth.inspection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qualitymonth.inspection.domain.Column;
import org.qualitymonth.inspection.domain.ImportErrors;
import org.qualitymonth.inspection.domain.ImportJobs;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.shared.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing a result sheet: upload, confirm the mapping, watch the progress (the page polls a fragment
 * with htmx; a plain reload shows the same), download the rows that were refused.
 */
@Controller
@PreAuthorize("hasAuthority('inspection:write')")
class ImportController {

    private final ImportJobs imports;
    private final ImportErrors errors;
    private final org.qualitymonth.inspection.domain.SpotCheckPlans plans;

    ImportController(ImportJobs imports, ImportErrors errors, org.qualitymonth.inspection.domain.SpotCheckPlans plans) {
        this.imports = imports;
        this.errors = errors;
        this.plans = plans;
    }

    @GetMapping("/console/inspection/plans/{id}/import")
    String form(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
        model.addAttribute("plan", plans.writable(user.actor(), id));
        model.addAttribute("publishers", imports.publishers(user.actor()));
        return "inspection/upload";
    }

    @PostMapping("/console/inspection/plans/{id}/import")
    String upload(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam("file") MultipartFile file,
                  @RequestParam(required = false) String publisher, Model model) throws IOException {
        try {
            long job = imports.upload(user.actor(), id, file.getOriginalFilename(), file.getInputStream(), publisher);
            return "redirect:/console/inspection/imports/" + job;
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("uploadError", e.messageKey());
            model.addAttribute("uploadErrorArgs", e.args());
            return form(user, id, model);
        }
    }

    @GetMapping("/console/inspection/imports/{job}")
    String job(@AuthenticationPrincipal UserPrincipal user, @PathVariable long job, Model model) {
        var view = imports.get(user.actor(), job);
        model.addAttribute("job", view);
        model.addAttribute("plan", plans.get(user.actor(), view.planId()));
        model.addAttribute("columns", Column.values());
        model.addAttribute("publishers", imports.publishers(user.actor()));
        return "inspection/job";
    }

    @GetMapping("/console/inspection/imports/{job}/progress")
    String progress(@AuthenticationPrincipal UserPrincipal user, @PathVariable long job, Model model) {
        model.addAttribute("job", imports.get(user.actor(), job));
        return "inspection/job :: progress";
    }

    @PostMapping("/console/inspection/imports/{job}/confirm")
    String confirm(@AuthenticationPrincipal UserPrincipal user, @PathVariable long job,
                   @RequestParam Map<String, String> form, Model model) {
        Map<Integer, Column> mapping = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.matches("col\\d{1,4}") && java.util.Arrays.stream(Column.values()).anyMatch(c -> c.name().equals(value))) {
                mapping.put(Integer.valueOf(name.substring(3)), Column.valueOf(value));
            }
        });
        try {
            imports.confirm(user.actor(), job, mapping, form.get("publisher"));
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("mappingError", e.messageKey());
            return job(user, job, model);
        }
        return "redirect:/console/inspection/imports/" + job;
    }

    @GetMapping("/console/inspection/imports/{job}/errors.csv")
    void errorReport(@AuthenticationPrincipal UserPrincipal user, @PathVariable long job, HttpServletResponse response)
            throws IOException {
        imports.get(user.actor(), job);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + job + "-errors.csv\"");
        errors.writeCsv(job, response.getOutputStream());
    }
}
