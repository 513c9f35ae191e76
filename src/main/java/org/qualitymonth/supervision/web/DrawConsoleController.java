package org.qualitymonth.supervision.web;

import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.supervision.domain.Draw;
import org.qualitymonth.supervision.domain.DrawService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The national administrator draws provinces, a provincial administrator draws cities, for on-site checks. */
@Controller
@PreAuthorize("hasAuthority('supervision:draw')")
class DrawConsoleController {

    private final DrawService draws;

    DrawConsoleController(DrawService draws) {
        this.draws = draws;
    }

    @GetMapping("/console/draws")
    String form() {
        return "supervision/draw-form";
    }

    @PostMapping("/console/draws")
    String draw(@AuthenticationPrincipal UserPrincipal user, @RequestParam int count, @RequestParam(required = false) String seed) {
        Draw draw = draws.draw(user.actor(), count, seed);
        return "redirect:/console/draws/" + draw.id();
    }
}
