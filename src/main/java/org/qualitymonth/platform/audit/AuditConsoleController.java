package org.qualitymonth.platform.audit;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The national administrator browses the audit log and checks that the chain is intact. */
@Controller
@PreAuthorize("hasAuthority('audit:read')")
class AuditConsoleController {

    private static final int PAGE_SIZE = 50;

    private final AuditEntries entries;
    private final AuditVerifier verifier;

    AuditConsoleController(AuditEntries entries, AuditVerifier verifier) {
        this.entries = entries;
        this.verifier = verifier;
    }

    @GetMapping("/console/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
                @RequestParam(required = false) String action,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page, Model model) {
        int safePage = Math.max(0, Math.min(page, 100_000));
        List<AuditEntry> rows = entries.page(new AuditEntries.Filter(actor, entityType, action, from, to), safePage, PAGE_SIZE);
        model.addAttribute("entries", rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows);
        model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
        model.addAttribute("page", safePage);
        model.addAttribute("filter", new AuditEntries.Filter(actor, entityType, action, from, to));
        model.addAttribute("total", entries.count());
        return "platform/audit";
    }

    @PostMapping("/console/audit/verify")
    String verify(Model model) {
        model.addAttribute("result", verifier.verify());
        return "platform/audit-verify";
    }
}
