package org.qualitymonth.organization.web;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.organization.Role;
import org.qualitymonth.organization.domain.UserService;
import org.qualitymonth.platform.ExcelExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Streams the filtered user list to Excel with localized headers; never a password hash. */
@Component
class UserExport {

    private static final List<String> HEADERS = List.of("user.field.username", "user.field.displayName",
            "user.field.role", "user.field.organizationId", "user.field.email", "user.field.enabled");

    private final UserService users;
    private final MessageSource messages;

    UserExport(UserService users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public void write(Actor actor, Role role, String query, OutputStream out) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = HEADERS.stream().map(key -> messages.getMessage(key, null, locale)).toList();
        ExcelExport.write(out, messages.getMessage("user.list.title", null, locale), headers, users.stream(actor, role, query),
                u -> Arrays.asList(u.username(), u.displayName(), messages.getMessage(u.role().messageKey(), null, locale),
                        u.organizationId(), u.email(), messages.getMessage(u.enabled() ? "common.yes" : "common.no", null, locale)));
    }
}
