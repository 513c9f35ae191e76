package org.qualitymonth.commendation.domain;

import java.util.List;

/** A province's nomination: the unit, why, which of its activities of the edition show it, and its highlights. */
public record NominationData(Long organizationId, String reason, String highlights, List<Long> activityIds) {
}
