package org.qualitymonth.commendation.web;

import java.util.Locale;
import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.commendation.domain.CertificateService;
import org.qualitymonth.commendation.domain.NominationService;
import org.qualitymonth.commendation.domain.ObjectionService;
import org.qualitymonth.commendation.domain.Round;
import org.qualitymonth.commendation.domain.RoundService;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.platform.FormErrors;
import org.qualitymonth.shared.BusinessException;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The national administrator's side: open a round, shortlist, publish the notice, handle objections, decide. */
@Controller
@PreAuthorize("hasAuthority('commendation:manage')")
class RoundConsoleController {

    private final RoundService rounds;
    private final NominationService nominations;
    private final ObjectionService objections;
    private final CertificateService certificates;
    private final CampaignCatalog campaign;
    private final OrganizationLookup organizations;
    private final Refusals refusals;

    RoundConsoleController(RoundService rounds, NominationService nominations, ObjectionService objections,
                           CertificateService certificates, CampaignCatalog campaign, OrganizationLookup organizations,
                           Refusals refusals) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.objections = objections;
        this.certificates = certificates;
        this.campaign = campaign;
        this.organizations = organizations;
        this.refusals = refusals;
    }

    @GetMapping("/console/commendation")
    String list(Model model) {
        model.addAttribute("rounds", rounds.all());
        return "commendation/console-rounds";
    }

    @GetMapping("/console/commendation/new")
    String create(Model model) {
        RoundForm form = new RoundForm();
        campaign.current().ifPresent(e -> form.setEditionYear(e.year()));
        return form(model, form.padded());
    }

    @PostMapping("/console/commendation")
    String open(@AuthenticationPrincipal UserPrincipal user, @ModelAttribute("form") RoundForm form, BindingResult errors,
                Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/console/commendation/" + rounds.open(user.actor(), form.toData());
            } catch (BusinessException e) {
                FormErrors.reject(errors, e);
            }
        }
        return form(model, form.padded());
    }

    @GetMapping("/console/commendation/{id}")
    String round(@PathVariable long id, Model model) {
        Round round = rounds.get(id);
        var ranking = nominations.ranking(id);
        model.addAttribute("round", round);
        model.addAttribute("ranking", ranking);
        model.addAttribute("evidence", nominations.evidenceOf(ranking));
        model.addAttribute("objections", objections.ofRound(id));
        model.addAttribute("certificates", certificates.ofRound(id));
        model.addAttribute("provinceNames", provinceNames());
        return "commendation/console-round";
    }

    @PostMapping("/console/commendation/{id}/shortlist")
    String shortlist(@PathVariable long id, @RequestParam long nominationId, @RequestParam boolean on, RedirectAttributes redirect) {
        return act(id, redirect, () -> rounds.shortlist(id, nominationId, on), on ? "commendation.shortlisted" : "commendation.unlisted");
    }

    @PostMapping("/console/commendation/{id}/notice")
    String notice(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> rounds.publishNotice(id), "commendation.notice-published");
    }

    @PostMapping("/console/commendation/{id}/objections/{objectionId}")
    String handle(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @PathVariable long objectionId,
                  @RequestParam(defaultValue = "false") boolean uphold, @RequestParam(defaultValue = "") String reply,
                  RedirectAttributes redirect) {
        return act(id, redirect, () -> objections.handle(user.actor(), objectionId, uphold, reply),
                uphold ? "commendation.objection-upheld" : "commendation.objection-dismissed");
    }

    @PostMapping("/console/commendation/{id}/decide")
    String decide(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> rounds.decide(id), "commendation.decided");
    }

    private String act(long id, RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", refusals.message(e));
        }
        return "redirect:/console/commendation/" + id;
    }

    private String form(Model model, RoundForm form) {
        model.addAttribute("form", form);
        model.addAttribute("years", campaign.publishedYears());
        return "commendation/round-form";
    }

    private java.util.Map<String, String> provinceNames() {
        Locale locale = LocaleContextHolder.getLocale();
        return organizations.regionNames(organizations.regionsWithAuthorityBelow(null), locale);
    }
}
