package org.qualitymonth.notification.web;

import org.qualitymonth.organization.UserPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread count the console navigation shows next to "notifications". */
@ControllerAdvice
class UnreadCountAdvice {

    private final JdbcClient jdbc;

    UnreadCountAdvice(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ModelAttribute("unreadCount")
    Long unreadCount() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof UserPrincipal user)) {
            return null;
        }
        return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
                .param(user.actor().userId()).query(Long.class).single();
    }
}
