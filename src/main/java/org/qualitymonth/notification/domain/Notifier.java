package org.qualitymonth.notification.domain;

import java.util.List;
import java.util.Locale;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells every user of an organisation: an in-app notification for each, and an e-mail to those with an
 * address when a mail server is configured. Messages are stored as key and arguments so each reader sees
 * them in their own language; e-mails go out in Simplified Chinese.
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    static final String SEPARATOR = "\u001F";

    private final JdbcClient jdbc;
    private final OrganizationLookup organizations;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationProperties properties;

    Notifier(JdbcClient jdbc, OrganizationLookup organizations, MessageSource messages, ObjectProvider<JavaMailSender> mail,
             NotificationProperties properties) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.messages = messages;
        this.mail = mail;
        this.properties = properties;
    }

    /** Tells those of the organisation who hold the permission the notice concerns, in the console and by mail. */
    void notifyOrganization(long organizationId, Role.Permission concerning, String key, List<String> arguments, String link) {
        for (OrganizationLookup.Contact contact : organizations.contactsOf(organizationId, concerning)) {
            jdbc.sql("insert into notification (user_id, message_key, arguments, link) values (?, ?, ?, ?)")
                    .params(contact.userId(), key, String.join(SEPARATOR, arguments), link).update();
            if (contact.email() != null && !contact.email().isBlank()) {
                email(contact.email(), key, arguments, link);
            }
        }
    }

    private void email(String to, String key, List<String> arguments, String link) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(to);
        message.setSubject(messages.getMessage("mail.subject", new Object[] {messages.getMessage(key + ".title", null, locale)}, locale));
        message.setText(messages.getMessage(key, arguments.toArray(), locale) + "\n\n" + properties.baseUrl() + link);
        try {
            sender.send(message);
        } catch (MailException e) {
            // the in-app notification stands; a mail server outage must not undo a plan decision
            log.warn("Could not send notification mail to {}: {}", to, e.getMessage());
        }
    }
}
