package org.qualitymonth.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qualitymonth.organization.AuthorityLevel;
import org.qualitymonth.organization.OrganizationType;
import org.qualitymonth.plan.Decision;
import org.qualitymonth.plan.PlanStatus;
import org.qualitymonth.plan.domain.PlanStateMachine.Position;
import org.qualitymonth.shared.BusinessException;

class PlanStateMachineTest {

    private static final int TWO_STEPS = 2;

    @Test
    void aCityPlanGoesToTheLeadingGroupThenToTheNationalAdministration() {
        Position submitted = PlanStateMachine.next(new Position(PlanStatus.DRAFT, 0), Decision.SUBMIT, TWO_STEPS);
        assertThat(submitted).isEqualTo(new Position(PlanStatus.SUBMITTED, 0));
        Position forwarded = PlanStateMachine.next(submitted, Decision.FORWARD, TWO_STEPS);
        assertThat(forwarded).isEqualTo(new Position(PlanStatus.FORWARDED, 1));
        assertThat(PlanStateMachine.next(forwarded, Decision.ACCEPT, TWO_STEPS)).isEqualTo(new Position(PlanStatus.ACCEPTED, 1));
    }

    @Test
    void anyReviewerReturnsAndTheSubmitterStartsAgainFromTheFirstStep() {
        Position returned = PlanStateMachine.next(new Position(PlanStatus.FORWARDED, 1), Decision.RETURN, TWO_STEPS);
        assertThat(returned).isEqualTo(new Position(PlanStatus.RETURNED, 0));
        assertThat(PlanStateMachine.next(returned, Decision.SUBMIT, TWO_STEPS)).isEqualTo(new Position(PlanStatus.SUBMITTED, 0));
    }

    @Test
    void refusesMovesThatDoNotFitTheState() {
        assertRefused(new Position(PlanStatus.SUBMITTED, 0), Decision.SUBMIT, TWO_STEPS);   // double submit
        assertRefused(new Position(PlanStatus.SUBMITTED, 0), Decision.ACCEPT, TWO_STEPS);   // first step cannot accept
        assertRefused(new Position(PlanStatus.FORWARDED, 1), Decision.FORWARD, TWO_STEPS);  // last step cannot forward
        assertRefused(new Position(PlanStatus.DRAFT, 0), Decision.RETURN, TWO_STEPS);
        assertRefused(new Position(PlanStatus.ACCEPTED, 1), Decision.RETURN, TWO_STEPS);
        assertRefused(new Position(PlanStatus.DRAFT, 0), Decision.SUBMIT, 0);
    }

    @Test
    void aOneStepRouteIsAcceptedByItsOnlyReviewer() {
        Position submitted = PlanStateMachine.next(new Position(PlanStatus.DRAFT, 0), Decision.SUBMIT, 1);
        assertThat(PlanStateMachine.next(submitted, Decision.ACCEPT, 1).status()).isEqualTo(PlanStatus.ACCEPTED);
    }

    @Test
    void routesAreDefinedPerKindOfOrganisation() {
        assertThat(PlanRoutes.routeFor(OrganizationType.AUTHORITY, AuthorityLevel.CITY)).contains(
                java.util.List.of(ReviewLevel.LEADING_GROUP, ReviewLevel.NATIONAL));
        assertThat(PlanRoutes.routeFor(OrganizationType.AUTHORITY, AuthorityLevel.COUNTY).orElseThrow()).first()
                .isEqualTo(ReviewLevel.CITY_AUTHORITY);
        assertThat(PlanRoutes.routeFor(OrganizationType.ASSOCIATION, null)).contains(java.util.List.of(ReviewLevel.NATIONAL));
        assertThat(PlanRoutes.routeFor(OrganizationType.AUTHORITY, AuthorityLevel.NATIONAL)).isEmpty();
        assertThat(PlanRoutes.decode(PlanRoutes.encode(java.util.List.of(ReviewLevel.LEADING_GROUP, ReviewLevel.NATIONAL))))
                .containsExactly(ReviewLevel.LEADING_GROUP, ReviewLevel.NATIONAL);
    }

    private static void assertRefused(Position from, Decision decision, int routeLength) {
        assertThatThrownBy(() -> PlanStateMachine.next(from, decision, routeLength))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("plan.transition-not-allowed");
    }
}
