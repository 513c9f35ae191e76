package org.qualitymonth.notification.domain;

import java.util.List;
import org.qualitymonth.organization.Role;
import org.qualitymonth.plan.PlanRouted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Each step of a plan's or a summary's route tells the next reviewer and the submitter, naming which it is. */
@Component
class PlanNotifications {

    private final Notifier notifier;

    PlanNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(PlanRouted event) {
        String link = event.documentKind().page(event.planId());
        String prefix = "notification." + event.documentKind().key() + ".";
        List<String> arguments = List.of(event.planTitle(), event.actor(), event.comment() == null ? "" : event.comment());
        if (event.nextReviewerOrganizationId() != null) {
            notifier.notifyOrganization(event.nextReviewerOrganizationId(), Role.Permission.PLAN_REVIEW, prefix + "review", arguments, link);
        }
        notifier.notifyOrganization(event.submitterOrganizationId(), Role.Permission.PLAN_SUBMIT, prefix + event.decision().name(), arguments, link);
    }
}
