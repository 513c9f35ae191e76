package org.qualitymonth.notification.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.qualitymonth.organization.UserPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in user's notifications, newest first, in the user's language. */
@Controller
class NotificationController {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    NotificationController(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    record Item(long id, java.time.Instant at, boolean unread, String text, String link) {
    }

    @GetMapping("/console/notifications")
    String list(@AuthenticationPrincipal UserPrincipal user, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Item> items = new ArrayList<>();
        jdbc.sql("select id, created_at, read_at, message_key, arguments, link from notification where user_id = ? "
                        + "order by created_at desc, id desc limit 100")
                .param(user.actor().userId())
                .query(rs -> {
                    Object[] args = Arrays.stream(rs.getString("arguments").split("\u001F", -1)).toArray();
                    items.add(new Item(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") == null,
                            messages.getMessage(rs.getString("message_key"), args, locale), rs.getString("link")));
                });
        model.addAttribute("items", items);
        return "notification/list";
    }

    @PostMapping("/console/notifications/read")
    String markRead(@AuthenticationPrincipal UserPrincipal user) {
        jdbc.sql("update notification set read_at = now() where user_id = ? and read_at is null").param(user.actor().userId()).update();
        return "redirect:/console/notifications";
    }
}
