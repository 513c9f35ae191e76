package org.qualitymonth.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.qualitymonth.plan.SummaryFigures;

/** The narrative and figures of a summary; the routed record it belongs to is {@link ActivityPlan} of kind SUMMARY. */
@Entity
@Table(name = "plan_summary")
public class SummaryText {

    @Id
    @Column(name = "plan_id")
    private Long planId;
    private String narrative;
    @Column(name = "activities_held")
    private Long activitiesHeld;
    private Long participants;
    private Long enterprises;
    @Column(name = "people_trained")
    private Long peopleTrained;
    @Column(name = "problems_found")
    private Long problemsFound;
    @Column(name = "problems_rectified")
    private Long problemsRectified;
    @Column(name = "funds_invested")
    private BigDecimal fundsInvested;
    @Column(name = "media_reports")
    private Long mediaReports;

    protected SummaryText() {
    }

    SummaryText(long planId) {
        this.planId = planId;
    }

    void write(String newNarrative, SummaryFigures figures) {
        narrative = newNarrative;
        activitiesHeld = figures.activitiesHeld();
        participants = figures.participants();
        enterprises = figures.enterprises();
        peopleTrained = figures.peopleTrained();
        problemsFound = figures.problemsFound();
        problemsRectified = figures.problemsRectified();
        fundsInvested = figures.fundsInvested();
        mediaReports = figures.mediaReports();
    }

    String narrative() {
        return narrative;
    }

    SummaryFigures figures() {
        return new SummaryFigures(activitiesHeld, participants, enterprises, peopleTrained, problemsFound, problemsRectified,
                fundsInvested, mediaReports);
    }
}
