package org.qualitymonth.commendation.domain;

import java.time.LocalDate;
import java.util.List;

/** A commendation round of an edition with its published criteria and its calendar. */
public record Round(long id, int editionYear, String title, int quotaPerProvince, LocalDate nominationDeadline,
                   int noticeDays, RoundStatus status, LocalDate noticeStartsOn, LocalDate noticeEndsOn,
                   LocalDate decidedOn, List<Criterion> criteria) {

    public boolean nominationOpen(LocalDate today) {
        return status == RoundStatus.NOMINATING && !today.isAfter(nominationDeadline);
    }

    /** Objections are taken from the first to the last day of the notice, both included. */
    public boolean inNotice(LocalDate today) {
        return status == RoundStatus.NOTICE && !today.isAfter(noticeEndsOn);
    }

    public boolean noticeOver(LocalDate today) {
        return status == RoundStatus.NOTICE && today.isAfter(noticeEndsOn);
    }

    public int maxTotal() {
        return criteria.stream().mapToInt(Criterion::maxPoints).sum();
    }
}
