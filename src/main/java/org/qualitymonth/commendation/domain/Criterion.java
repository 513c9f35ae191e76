package org.qualitymonth.commendation.domain;

/** A published criterion: what the panel scores, from 0 to {@code maxPoints}. */
public record Criterion(long id, int position, String name, String description, int maxPoints) {
}
