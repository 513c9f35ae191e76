package org.qualitymonth.inspection.web;

import java.util.Locale;
import org.qualitymonth.campaign.ProductCategory;
import org.qualitymonth.inspection.domain.Announcements;
import org.qualitymonth.inspection.domain.CategoryBoard;
import org.qualitymonth.inspection.domain.PublicFilter;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.ChinaTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public board of one of the 10 key consumer-goods categories (CAMP-2). */
@Controller
class PublicBoardController {

    private final CategoryBoard boards;
    private final Announcements announcements;
    private final java.time.Clock clock;

    PublicBoardController(CategoryBoard boards, Announcements announcements, java.time.Clock clock) {
        this.boards = boards;
        this.announcements = announcements;
        this.clock = clock;
    }

    @GetMapping("/categories/{code}")
    String board(@PathVariable String code, @RequestParam(required = false) String year, Locale locale, Model model) {
        ProductCategory category = ProductCategory.fromCode(code)
                .orElseThrow(() -> BusinessException.notFound("announcement.category-unknown"));
        Integer chosen = PublicFilter.of(null, null, null, year, null, null).year();
        int shown = chosen == null ? ChinaTime.today(clock).getYear() : chosen;
        model.addAttribute("category", category);
        model.addAttribute("categories", ProductCategory.values());
        model.addAttribute("board", boards.board(category.name(), shown, locale));
        model.addAttribute("latest", announcements.latest(category.name(), 5));
        return "inspection/public/board";
    }
}
