/**
 * Notifications (PLAN-4): in-app messages with an unread count, e-mail copies over SMTP, and the daily
 * reminder of plans due within three days or overdue. Listens to other modules' events; nobody calls it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"shared", "platform", "organization", "plan", "campaign"})
package org.qualitymonth.notification;
