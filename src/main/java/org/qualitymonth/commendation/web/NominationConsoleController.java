package org.qualitymonth.commendation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import org.qualitymonth.activity.ActivityDirectory;
import org.qualitymonth.commendation.domain.NominationData;
import org.qualitymonth.commendation.domain.NominationService;
import org.qualitymonth.commendation.domain.Round;
import org.qualitymonth.commendation.domain.RoundService;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.organization.OrganizationDirectory;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.ChinaTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A provincial authority's nominations: it picks a unit of its subtree (from those that held activities in
 * the edition, or by a name search), links the unit's activities and gives the reason and highlights.
 */
@Controller
@PreAuthorize("hasAuthority('commendation:nominate')")
class NominationConsoleController {

    private final RoundService rounds;
    private final NominationService nominations;
    private final ActivityDirectory activities;
    private final OrganizationLookup organizations;
    private final OrganizationDirectory directory;
    private final Refusals refusals;
    private final Clock clock;

    NominationConsoleController(RoundService rounds, NominationService nominations, ActivityDirectory activities,
                                OrganizationLookup organizations, OrganizationDirectory directory, Refusals refusals, Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.activities = activities;
        this.organizations = organizations;
        this.directory = directory;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping("/console/commendation/nominations")
    String list(@AuthenticationPrincipal UserPrincipal user, Model model) {
        List<Round> all = rounds.all();
        model.addAttribute("rounds", all);
        model.addAttribute("mine", all.stream().collect(java.util.stream.Collectors.toMap(Round::id,
                r -> nominations.ofProvince(r.id(), user.actor().scopeRegionCode()))));
        model.addAttribute("today", ChinaTime.today(clock));
        return "commendation/nominations";
    }

    @GetMapping("/console/commendation/{id}/nominate")
    String nominate(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam(required = false) Long unit,
                    @RequestParam(defaultValue = "") String q, Model model) {
        Round round = rounds.get(id);
        Actor actor = user.actor();
        model.addAttribute("round", round);
        model.addAttribute("q", q);
        model.addAttribute("used", nominations.ofProvince(id, actor.scopeRegionCode()).size());
        if (unit != null) {
            var chosen = nominations.inScope(actor, unit);
            model.addAttribute("unit", chosen);
            model.addAttribute("unitActivities", activities.ofOrganization(chosen.id(), round.editionYear()));
            return "commendation/nominate";
        }
        var organisers = activities.organisersBelow(actor.scopePath(), round.editionYear(), 30);
        model.addAttribute("organisers", organisers);
        model.addAttribute("names", organizations.names(organisers.stream().map(ActivityDirectory.Organiser::organizationId).toList()));
        model.addAttribute("found", q.isBlank() ? List.of() : directory.search(q, null, actor.scopeRegionCode(), 20).stream()
                .filter(o -> organizations.find(o.id()).map(s -> actor.canSee(s.path())).orElse(false)).toList());
        return "commendation/nominate";
    }

    @PostMapping("/console/commendation/{id}/nominations")
    String submit(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam(required = false) Long unit,
                  @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String highlights,
                  @RequestParam(required = false) List<Long> activityIds, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            nominations.nominate(user.actor(), id, new NominationData(unit, reason, highlights, activityIds));
            redirect.addFlashAttribute("done", "commendation.nominated");
            return "redirect:/console/commendation/nominations";
        } catch (BusinessException e) {
            String message = refusals.message(e);
            nominate(user, id, unit, "", model);
            model.addAttribute("error", message);
            model.addAttribute("reason", reason);
            model.addAttribute("highlights", highlights);
            model.addAttribute("checked", activityIds == null ? List.of() : activityIds);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "commendation/nominate";
        }
    }
}
