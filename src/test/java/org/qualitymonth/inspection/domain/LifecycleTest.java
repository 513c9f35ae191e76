package org.qualitymonth.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.inspection.domain.Lifecycle.Position;
import org.qualitymonth.inspection.domain.Lifecycle.Stage;
import org.qualitymonth.inspection.domain.Lifecycle.Step;
import org.qualitymonth.shared.BusinessException;

class LifecycleTest {

    private static final LocalDate SERVED = LocalDate.of(2026, 6, 1);
    private static final Position FAILED = new Position(Stage.FAILED, null);

    private static Position next(Position from, Step step, LocalDate on) {
        return Lifecycle.next(from, step, on, null);
    }

    @Test
    void servingOpensA15DayObjectionWindow() {
        Position served = next(FAILED, Step.SERVE_NOTICE, SERVED);
        assertThat(served).isEqualTo(new Position(Stage.NOTIFIED, LocalDate.of(2026, 6, 16)));
    }

    @Test
    void aPublicNoticeServesAfter15DaysThenTheWindowRuns() {
        Position notice = next(FAILED, Step.PUBLISH_NOTICE, SERVED);
        assertThat(notice).isEqualTo(new Position(Stage.PUBLIC_NOTICE, LocalDate.of(2026, 7, 1)));
        assertThat(next(notice, Step.OBJECT, LocalDate.of(2026, 7, 1)).stage()).isEqualTo(Stage.OBJECTED);
    }

    @Test
    void anObjectionOnTheLastDayCountsOneDayLaterDoesNot() {
        Position served = next(FAILED, Step.SERVE_NOTICE, SERVED);
        assertThat(next(served, Step.OBJECT, LocalDate.of(2026, 6, 16)).stage()).isEqualTo(Stage.OBJECTED);
        assertThatThrownBy(() -> next(served, Step.OBJECT, LocalDate.of(2026, 6, 17)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("inspection.objection-late"));
    }

    @Test
    void aPassingRetestOverturnsAFailingOneGoesToDisposal() {
        Position objected = next(next(FAILED, Step.SERVE_NOTICE, SERVED), Step.OBJECT, SERVED.plusDays(3));
        assertThat(Lifecycle.next(objected, Step.RETEST, SERVED.plusDays(20), Conclusion.PASS).stage()).isEqualTo(Stage.OVERTURNED);
        assertThat(Lifecycle.next(objected, Step.RETEST, SERVED.plusDays(20), Conclusion.FAIL).stage()).isEqualTo(Stage.DISPOSAL);
        assertThatThrownBy(() -> Lifecycle.next(objected, Step.RETEST, SERVED.plusDays(20), null)).isInstanceOf(BusinessException.class);
    }

    @Test
    void confirmationWaitsForTheWindowToEnd() {
        Position served = next(FAILED, Step.SERVE_NOTICE, SERVED);
        assertThatThrownBy(() -> next(served, Step.CONFIRM, LocalDate.of(2026, 6, 16)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("inspection.window-open"));
        assertThat(next(served, Step.CONFIRM, LocalDate.of(2026, 6, 17)).stage()).isEqualTo(Stage.DISPOSAL);
    }

    @Test
    void disposalEndsWithARecheckAFailedRecheckReturnsToDisposal() {
        Position disposal = new Position(Stage.DISPOSAL, null);
        Position recheck = next(disposal, Step.DISPOSE, SERVED);
        assertThat(recheck.stage()).isEqualTo(Stage.RECHECK);
        assertThat(Lifecycle.next(recheck, Step.RECHECK, SERVED, Conclusion.FAIL).stage()).isEqualTo(Stage.DISPOSAL);
        assertThat(Lifecycle.next(recheck, Step.RECHECK, SERVED, Conclusion.PASS).stage()).isEqualTo(Stage.CLOSED);
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        for (Step step : new Step[] {Step.OBJECT, Step.RETEST, Step.CONFIRM, Step.DISPOSE, Step.RECHECK}) {
            assertThatThrownBy(() -> Lifecycle.next(FAILED, step, SERVED, Conclusion.PASS))
                    .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("inspection.step-not-allowed"));
        }
        Position closed = new Position(Stage.CLOSED, null);
        for (Step step : Step.values()) {
            assertThatThrownBy(() -> Lifecycle.next(closed, step, SERVED, Conclusion.PASS)).isInstanceOf(BusinessException.class);
        }
        assertThatThrownBy(() -> next(next(FAILED, Step.SERVE_NOTICE, SERVED), Step.SERVE_NOTICE, SERVED))
                .isInstanceOf(BusinessException.class);
    }
}
