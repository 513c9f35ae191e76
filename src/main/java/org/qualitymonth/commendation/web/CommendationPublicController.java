package org.qualitymonth.commendation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import org.qualitymonth.commendation.domain.CertificateService;
import org.qualitymonth.commendation.domain.Nomination;
import org.qualitymonth.commendation.domain.NominationService;
import org.qualitymonth.commendation.domain.ObjectionService;
import org.qualitymonth.commendation.domain.Round;
import org.qualitymonth.commendation.domain.RoundService;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.ChinaTime;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public side: rounds with their criteria, the shortlist on notice with the objection form, the commended units. */
@Controller
class CommendationPublicController {

    private final RoundService rounds;
    private final NominationService nominations;
    private final ObjectionService objections;
    private final CertificateService certificates;
    private final OrganizationLookup organizations;
    private final ObjectionRateLimit rateLimit;
    private final Refusals refusals;
    private final Clock clock;

    CommendationPublicController(RoundService rounds, NominationService nominations, ObjectionService objections,
                                 CertificateService certificates, OrganizationLookup organizations, ObjectionRateLimit rateLimit,
                                 Refusals refusals, Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.objections = objections;
        this.certificates = certificates;
        this.organizations = organizations;
        this.rateLimit = rateLimit;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping("/commendation")
    String index(Model model) {
        model.addAttribute("rounds", rounds.all());
        return "commendation/index";
    }

    @GetMapping("/commendation/{id}")
    String round(@PathVariable long id, Model model) {
        Round round = rounds.get(id);
        model.addAttribute("round", round);
        model.addAttribute("today", ChinaTime.today(clock));
        model.addAttribute("open", round.inNotice(ChinaTime.today(clock)));
        List<Nomination> notice = nominations.onNotice(id);
        model.addAttribute("notice", notice);
        model.addAttribute("evidence", nominations.evidenceOf(notice));
        model.addAttribute("commended", certificates.ofRound(id));
        model.addAttribute("provinceNames", organizations.regionNames(organizations.regionsWithAuthorityBelow(null),
                LocaleContextHolder.getLocale()));
        return "commendation/round";
    }

    @PostMapping("/commendation/{id}/objections")
    String object(@PathVariable long id, @RequestParam(required = false) Long nominationId,
                  @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String contact,
                  @RequestParam(defaultValue = "") String reason, HttpServletRequest request, HttpServletResponse response,
                  Model model, RedirectAttributes redirect) {
        Round round = rounds.get(id);
        try {
            if (nominationId == null || nominations.get(nominationId).roundId() != round.id()) {
                throw BusinessException.invalid("commendation.objection-unit").onField("nominationId");
            }
            if (!rateLimit.tryAcquire(request.getRemoteAddr())) {
                response.setStatus(429);
                throw BusinessException.invalid("commendation.objection-rate");
            }
            objections.file(nominationId, name, contact, reason);
            redirect.addFlashAttribute("filed", true);
            return "redirect:/commendation/" + id + "#objection";
        } catch (BusinessException e) {
            String message = refusals.message(e);
            round(id, model);
            model.addAttribute("objectionError", message);
            model.addAttribute("form", new ObjectionForm(nominationId, name, contact, reason));
            if (response.getStatus() != 429) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            return "commendation/round";
        }
    }

    /** What the visitor typed, shown again with the refusal. */
    record ObjectionForm(Long nominationId, String name, String contact, String reason) {
    }
}
