package org.qualitymonth.campaign.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.qualitymonth.campaign.EditionView;
import org.qualitymonth.campaign.domain.EditionData;
import org.qualitymonth.campaign.domain.EditionService;
import org.qualitymonth.platform.FormErrors;
import org.qualitymonth.shared.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The national administrator drafts, edits and publishes campaign editions. */
@Controller
@PreAuthorize("hasAuthority('edition:manage')")
class EditionConsoleController {

    private final EditionService editions;
    private final Validator validator;

    EditionConsoleController(EditionService editions, Validator validator) {
        this.editions = editions;
        this.validator = validator;
    }

    @GetMapping("/console/editions")
    String list(Model model) {
        model.addAttribute("editions", editions.all());
        return "campaign/editions";
    }

    @PostMapping("/console/editions/next")
    String next(RedirectAttributes redirect) {
        EditionView created = editions.createNext();
        redirect.addFlashAttribute("saved", created.year());
        return "redirect:/console/editions/" + created.year();
    }

    @GetMapping("/console/editions/{year}")
    String edit(@PathVariable int year, Model model) {
        model.addAttribute("edition", editions.get(year));
        model.addAttribute("form", EditionForm.of(editions.data(year)));
        return "campaign/edition-form";
    }

    @PostMapping("/console/editions/{year}")
    String update(@PathVariable int year, @RequestParam(required = false) Long version,
                  @ModelAttribute("form") EditionForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        EditionData data = form.toData();
        for (ConstraintViolation<EditionData> violation : validator.validate(data)) {
            errors.rejectValue(violation.getPropertyPath().toString(), "validation", violation.getMessage());
        }
        if (!errors.hasErrors()) {
            try {
                editions.update(year, data, version);
                redirect.addFlashAttribute("saved", year);
                return "redirect:/console/editions/" + year;
            } catch (BusinessException e) {
                FormErrors.reject(errors, e);
            }
        }
        model.addAttribute("edition", editions.get(year));
        form.padded();
        return "campaign/edition-form";
    }

    @PostMapping("/console/editions/{year}/publish")
    String publish(@PathVariable int year, RedirectAttributes redirect) {
        editions.publish(year);
        redirect.addFlashAttribute("published", year);
        return "redirect:/console/editions";
    }
}
