package org.qualitymonth.commendation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qualitymonth.commendation.domain.Criterion;
import org.qualitymonth.commendation.domain.Nomination;
import org.qualitymonth.commendation.domain.NominationService;
import org.qualitymonth.commendation.domain.Round;
import org.qualitymonth.commendation.domain.RoundService;
import org.qualitymonth.commendation.domain.RoundStatus;
import org.qualitymonth.commendation.domain.ScoringService;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.shared.BusinessException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review panel: the rounds being scored, their nominations, and a score sheet per nomination. */
@Controller
@PreAuthorize("hasAuthority('commendation:review')")
class PanelController {

    private final RoundService rounds;
    private final NominationService nominations;
    private final ScoringService scoring;
    private final OrganizationLookup organizations;
    private final Refusals refusals;

    PanelController(RoundService rounds, NominationService nominations, ScoringService scoring, OrganizationLookup organizations,
                    Refusals refusals) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.scoring = scoring;
        this.organizations = organizations;
        this.refusals = refusals;
    }

    @GetMapping("/console/commendation/panel")
    String panel(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) Long round, Model model) {
        List<Round> open = rounds.all().stream().filter(r -> r.status() == RoundStatus.NOMINATING).toList();
        model.addAttribute("rounds", open);
        Round shown = round != null ? rounds.get(round) : open.stream().findFirst().orElse(null);
        model.addAttribute("shown", shown);
        if (shown != null) {
            List<Nomination> list = nominations.ranking(shown.id());
            model.addAttribute("nominations", list.stream().sorted(java.util.Comparator.comparing(Nomination::provinceCode)
                    .thenComparing(Nomination::id)).toList());
            model.addAttribute("scored", scoring.scoredBy(user.getUsername(), shown.id()));
            model.addAttribute("provinceNames", provinceNames(list));
        }
        return "commendation/panel";
    }

    @GetMapping("/console/commendation/panel/nominations/{id}")
    String sheet(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
        Nomination nomination = nominations.get(id);
        model.addAttribute("nomination", nomination);
        model.addAttribute("round", rounds.get(nomination.roundId()));
        model.addAttribute("activities", nominations.evidenceOf(List.of(nomination)).getOrDefault(id, List.of()));
        model.addAttribute("provinceNames", provinceNames(List.of(nomination)));
        Map<Long, Integer> mine = scoring.scoresOf(user.getUsername(), id);
        Map<Long, String> points = new HashMap<>();
        mine.forEach((k, v) -> points.put(k, v.toString()));
        model.addAttribute("points", points);
        return "commendation/score";
    }

    @PostMapping("/console/commendation/panel/nominations/{id}")
    String score(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam Map<String, String> form,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Nomination nomination = nominations.get(id);
        Round round = rounds.get(nomination.roundId());
        Map<Long, Integer> points = new HashMap<>();
        Map<Long, String> entered = new HashMap<>();
        for (Criterion c : round.criteria()) {
            String value = form.getOrDefault("c" + c.id(), "").strip();
            entered.put(c.id(), value);
            points.put(c.id(), value.matches("\\d{1,3}") ? Integer.valueOf(value) : null);
        }
        try {
            scoring.score(user.actor(), id, points);
            redirect.addFlashAttribute("done", "commendation.scored");
            return "redirect:/console/commendation/panel?round=" + round.id();
        } catch (BusinessException e) {
            String message = refusals.message(e);
            sheet(user, id, model);
            model.addAttribute("points", entered);
            model.addAttribute("error", message);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "commendation/score";
        }
    }

    private Map<String, String> provinceNames(List<Nomination> list) {
        return organizations.regionNames(list.stream().map(Nomination::provinceCode).distinct().toList(), LocaleContextHolder.getLocale());
    }
}
