package org.qualitymonth.search.web;

import org.qualitymonth.inspection.PublishedResults;
import org.qualitymonth.search.domain.IndexRebuilds;
import org.qualitymonth.search.domain.ResultSearch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The national administrator sees how many results the index holds against the database and rebuilds it. */
@Controller
@PreAuthorize("hasAuthority('edition:manage')")
class SearchConsoleController {

    private final ResultSearch search;
    private final PublishedResults results;
    private final IndexRebuilds rebuilds;

    SearchConsoleController(ResultSearch search, PublishedResults results, IndexRebuilds rebuilds) {
        this.search = search;
        this.results = results;
        this.rebuilds = rebuilds;
    }

    @GetMapping("/console/search")
    String status(Model model) {
        model.addAttribute("indexed", search.indexed());
        model.addAttribute("published", results.count());
        model.addAttribute("running", rebuilds.running());
        return "search/console";
    }

    @PostMapping("/console/search/rebuild")
    String rebuild(RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", rebuilds.start() ? "search.console.started" : "search.console.busy");
        return "redirect:/console/search";
    }
}
