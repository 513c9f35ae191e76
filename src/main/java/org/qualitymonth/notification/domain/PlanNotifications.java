package org.qualitymonth.notification.domain;

import java.util.List;
import org.qualitymonth.plan.PlanRouted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Each step of a plan's route tells the next reviewer and the submitter. */
@Component
class PlanNotifications {

    private final Notifier notifier;

    PlanNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(PlanRouted event) {
        String link = "/console/plans/" + event.planId();
        List<String> arguments = List.of(event.planTitle(), event.actor(), event.comment() == null ? "" : event.comment());
        if (event.nextReviewerOrganizationId() != null) {
            notifier.notifyOrganization(event.nextReviewerOrganizationId(), "notification.plan.review", arguments, link);
        }
        notifier.notifyOrganization(event.submitterOrganizationId(), "notification.plan." + event.decision().name(), arguments, link);
    }
}
