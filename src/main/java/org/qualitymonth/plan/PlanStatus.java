package org.qualitymonth.plan;

/** Where a plan stands on its route. SUBMITTED waits for the first reviewer, FORWARDED for a later one. */
public enum PlanStatus {
    DRAFT, SUBMITTED, FORWARDED, RETURNED, ACCEPTED;

    public boolean waiting() {
        return this == SUBMITTED || this == FORWARDED;
    }
}
