package org.qualitymonth.plan.domain;

import org.qualitymonth.plan.Decision;
import org.qualitymonth.plan.PlanStatus;
import org.qualitymonth.shared.BusinessException;

/**
 * The plan's states and the only moves between them. A plan waits at one step of its route at a time;
 * the last reviewer accepts, earlier ones forward; any reviewer may return it to the submitter, who
 * revises and submits again from the first step.
 */
public final class PlanStateMachine {

    /** Where a plan is: its status and the index of the route step it waits at. */
    public record Position(PlanStatus status, int step) {
    }

    private PlanStateMachine() {
    }

    public static Position next(Position from, Decision decision, int routeLength) {
        boolean waiting = from.status().waiting();
        boolean last = from.step() == routeLength - 1;
        return switch (decision) {
            case SUBMIT -> {
                require(from.status() == PlanStatus.DRAFT || from.status() == PlanStatus.RETURNED);
                require(routeLength > 0);
                yield new Position(PlanStatus.SUBMITTED, 0);
            }
            case FORWARD -> {
                require(waiting && !last);
                yield new Position(PlanStatus.FORWARDED, from.step() + 1);
            }
            case ACCEPT -> {
                require(waiting && last);
                yield new Position(PlanStatus.ACCEPTED, from.step());
            }
            case RETURN -> {
                require(waiting);
                yield new Position(PlanStatus.RETURNED, 0);
            }
        };
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw BusinessException.conflict("plan.transition-not-allowed");
        }
    }
}
