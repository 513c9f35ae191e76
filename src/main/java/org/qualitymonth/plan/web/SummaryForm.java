package org.qualitymonth.plan.web;

import java.math.BigDecimal;
import org.qualitymonth.plan.SummaryFigures;
import org.qualitymonth.plan.domain.SummaryContent;

/** The summary page's form: title, narrative and the typed figures; text the binder cannot read as a number is a field error. */
public class SummaryForm {

    private String title;
    private String narrative;
    private Figures figures = new Figures();

    static SummaryForm of(SummaryContent content) {
        SummaryForm form = new SummaryForm();
        form.title = content.title();
        form.narrative = content.narrative();
        SummaryFigures f = content.figures();
        form.figures = new Figures(f.activitiesHeld(), f.participants(), f.enterprises(), f.peopleTrained(), f.problemsFound(),
                f.problemsRectified(), f.fundsInvested(), f.mediaReports());
        return form;
    }

    SummaryContent toContent() {
        Figures f = figures;
        return new SummaryContent(trim(title), trim(narrative), new SummaryFigures(f.activitiesHeld, f.participants, f.enterprises,
                f.peopleTrained, f.problemsFound, f.problemsRectified, f.fundsInvested, f.mediaReports));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static class Figures {
        private Long activitiesHeld;
        private Long participants;
        private Long enterprises;
        private Long peopleTrained;
        private Long problemsFound;
        private Long problemsRectified;
        private BigDecimal fundsInvested;
        private Long mediaReports;

        public Figures() {
        }

        Figures(Long activitiesHeld, Long participants, Long enterprises, Long peopleTrained, Long problemsFound,
                Long problemsRectified, BigDecimal fundsInvested, Long mediaReports) {
            this.activitiesHeld = activitiesHeld;
            this.participants = participants;
            this.enterprises = enterprises;
            this.peopleTrained = peopleTrained;
            this.problemsFound = problemsFound;
            this.problemsRectified = problemsRectified;
            this.fundsInvested = fundsInvested;
            this.mediaReports = mediaReports;
        }

        public Long getActivitiesHeld() { return activitiesHeld; }
        public void setActivitiesHeld(Long v) { activitiesHeld = v; }
        public Long getParticipants() { return participants; }
        public void setParticipants(Long v) { participants = v; }
        public Long getEnterprises() { return enterprises; }
        public void setEnterprises(Long v) { enterprises = v; }
        public Long getPeopleTrained() { return peopleTrained; }
        public void setPeopleTrained(Long v) { peopleTrained = v; }
        public Long getProblemsFound() { return problemsFound; }
        public void setProblemsFound(Long v) { problemsFound = v; }
        public Long getProblemsRectified() { return problemsRectified; }
        public void setProblemsRectified(Long v) { problemsRectified = v; }
        public BigDecimal getFundsInvested() { return fundsInvested; }
        public void setFundsInvested(BigDecimal v) { fundsInvested = v; }
        public Long getMediaReports() { return mediaReports; }
        public void setMediaReports(Long v) { mediaReports = v; }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
    public Figures getFigures() { return figures; }
    public void setFigures(Figures figures) { this.figures = figures; }
}
