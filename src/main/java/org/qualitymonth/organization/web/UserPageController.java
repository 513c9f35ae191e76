package org.qualitymonth.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import org.qualitymonth.organization.Role;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.organization.domain.AppUser;
import org.qualitymonth.organization.domain.UserData;
import org.qualitymonth.organization.domain.UserService;
import org.qualitymonth.platform.ExcelExport;
import org.qualitymonth.platform.FormErrors;
import org.qualitymonth.shared.BusinessException;
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

/** Console pages for user accounts within the administrator's scope. */
@Controller
class UserPageController {

    private final UserService users;
    private final UserExport export;

    UserPageController(UserService users, UserExport export) {
        this.users = users;
        this.export = export;
    }

    @GetMapping("/console/users")
    @PreAuthorize("hasAuthority('user:read')")
    String list(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) Role role,
                @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", users.list(user.actor(), role, q, page));
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("role", role);
        model.addAttribute("q", q);
        return "organization/users";
    }

    @GetMapping("/console/users/export.xlsx")
    @PreAuthorize("hasAuthority('user:read')")
    void export(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) Role role,
                @RequestParam(defaultValue = "") String q, HttpServletResponse response) throws IOException {
        ExcelExport.prepare(response, "users.xlsx");
        export.write(user.actor(), role, q, response.getOutputStream());
    }

    @GetMapping("/console/users/new")
    @PreAuthorize("hasAuthority('user:write')")
    String create(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) Long organizationId, Model model) {
        model.addAttribute("account", new UserData(null, null, null, null, null, organizationId, true, null));
        return form(user, model, null);
    }

    @PostMapping("/console/users")
    @PreAuthorize("hasAuthority('user:write')")
    String save(@AuthenticationPrincipal UserPrincipal user, @Valid @ModelAttribute("account") UserData data,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                users.create(user.actor(), data);
                redirect.addFlashAttribute("saved", data.username());
                return "redirect:/console/users";
            } catch (BusinessException e) {
                FormErrors.reject(errors, e);
            }
        }
        return form(user, model, null);
    }

    @GetMapping("/console/users/{id}")
    @PreAuthorize("hasAuthority('user:read')")
    String edit(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
        AppUser account = users.get(user.actor(), id);
        model.addAttribute("account", new UserData(account.username(), account.displayName(), account.email(),
                account.phone(), account.role(), account.organizationId(), account.enabled(), null));
        return form(user, model, account);
    }

    @PostMapping("/console/users/{id}")
    @PreAuthorize("hasAuthority('user:write')")
    String update(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam(required = false) Long version,
                  @Valid @ModelAttribute("account") UserData data, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        AppUser existing = users.get(user.actor(), id);
        if (!errors.hasErrors()) {
            try {
                users.update(user.actor(), id, data, version);
                redirect.addFlashAttribute("saved", data.username());
                return "redirect:/console/users";
            } catch (BusinessException e) {
                FormErrors.reject(errors, e);
            }
        }
        return form(user, model, existing);
    }

    private String form(UserPrincipal user, Model model, AppUser existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("roles", Arrays.stream(Role.values()).filter(r -> r.rank() <= user.actor().role().rank()).toList());
        return "organization/user-form";
    }
}
