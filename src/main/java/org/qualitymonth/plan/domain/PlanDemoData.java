package org.qualitymonth.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.OrganizationLookup.OrganizationSummary;
import org.qualitymonth.organization.Role;
import org.qualitymonth.plan.Decision;
import org.qualitymonth.platform.DemoDataContributor;
import org.springframework.stereotype.Component;

/**
 * Replays the 2026 plan season: obligations derived from the flags, and plans in every state — drafts,
 * submitted, returned, forwarded, accepted, some late — dated in August as they would have been.
 * 杭州's plan is left as a draft and 宁波's waits for the Zhejiang leading group, so the demo accounts
 * have something to do.
 */
@Component
class PlanDemoData implements DemoDataContributor {

    private static final int YEAR = 2026;

    private final ObligationService obligations;
    private final PlanService plans;
    private final OrganizationLookup organizations;

    PlanDemoData(ObligationService obligations, PlanService plans, OrganizationLookup organizations) {
        this.obligations = obligations;
        this.plans = plans;
        this.organizations = organizations;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void seed(long seed, int scale) {
        Random random = new Random(seed + 3);
        obligations.derive(YEAR);
        List<Obligation> list = obligations.list(YEAR);
        for (int i = 0; i < list.size(); i++) {
            OrganizationSummary organization = organizations.find(list.get(i).organizationId()).orElseThrow();
            String region = organization.regionCode();
            int target = "330100".equals(region) ? 0 : "330200".equals(region) ? 1 : i % 8;
            if (target == 7) {
                continue; // not started
            }
            play(organization, target, random);
        }
    }

    /** 0 draft, 1 submitted, 2 returned, 3 forwarded, 4-5 accepted, 6 returned and resubmitted. */
    private void play(OrganizationSummary organization, int target, Random random) {
        Actor submitter = actor(organization, Role.CITY_ADMIN);
        ActivityPlan plan = plans.own(submitter, YEAR);
        plans.save(submitter, plan.id(), PlanDemoContent.forOrganization(organization.name(), YEAR, random), null);
        if (target == 0) {
            return;
        }
        Instant at = LocalDate.of(YEAR, 8, 1).plusDays(random.nextInt(24)).atTime(9 + random.nextInt(8), random.nextInt(60))
                .toInstant(ZoneOffset.ofHours(8));
        plans.submit(submitter, plan.id(), null, at);
        if (target == 1) {
            return;
        }
        if (target == 2 || target == 6) {
            decideAsReviewer(plan.id(), Decision.RETURN, "工作任务的完成时限和责任人不够明确，请细化后重新报送。", at.plusSeconds(86_400 * 2));
            if (target == 2) {
                return;
            }
            plans.save(submitter, plan.id(), PlanDemoContent.forOrganization(organization.name(), YEAR, random), null);
            plans.submit(submitter, plan.id(), null, at.plusSeconds(86_400 * 4));
            return;
        }
        while (plans.readable(reviewerActor(plan.id()), plan.id()).status().waiting()) {
            ActivityPlan current = plans.readable(reviewerActor(plan.id()), plan.id());
            boolean last = current.step() == current.route().size() - 1;
            if (last && target == 3) {
                return;
            }
            at = at.plusSeconds(86_400L * (1 + random.nextInt(3)));
            decideAsReviewer(plan.id(), last ? Decision.ACCEPT : Decision.FORWARD, last ? "同意。" : "方案内容完整，同意转报。", at);
        }
    }

    private void decideAsReviewer(long planId, Decision decision, String comment, Instant at) {
        plans.decide(reviewerActor(planId), planId, decision, comment, null, at);
    }

    private Actor reviewerActor(long planId) {
        ActivityPlan plan = plans.readableBySystem(planId);
        long reviewer = plan.reviewerOrganizationId() == null ? organizations.nationalAuthority().id() : plan.reviewerOrganizationId();
        OrganizationSummary organization = organizations.find(reviewer).orElseThrow();
        return actor(organization, Role.LEADING_GROUP_REVIEWER);
    }

    private static Actor actor(OrganizationSummary organization, Role role) {
        return new Actor(0, "demo", role, organization.id(), organization.path(), organization.regionCode());
    }
}
