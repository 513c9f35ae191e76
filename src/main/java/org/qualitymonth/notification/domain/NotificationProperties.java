package org.qualitymonth.notification.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from    sender address of notification mails
 * @param baseUrl the platform's public address, for links in mails
 */
@ConfigurationProperties("qm.notification")
public record NotificationProperties(@DefaultValue("noreply@qualitymonth.cn") String from,
                                     @DefaultValue("http://localhost:8080") String baseUrl) {
}
