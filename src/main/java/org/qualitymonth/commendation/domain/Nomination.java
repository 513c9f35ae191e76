package org.qualitymonth.commendation.domain;

import java.math.BigDecimal;

/**
 * A nominated unit with its standing: the average of the panel members' totals ({@code null} before the first
 * score), how many members scored it, whether it is on the shortlist, and why it left it after an objection.
 */
public record Nomination(long id, long roundId, long organizationId, String unitName, String provinceCode, String reason,
                         String highlights, String nominatedBy, boolean shortlisted, String withdrawnReason,
                         BigDecimal averageTotal, int reviewers) {

    public boolean onNotice() {
        return shortlisted && withdrawnReason == null;
    }
}
