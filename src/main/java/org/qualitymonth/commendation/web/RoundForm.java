package org.qualitymonth.commendation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qualitymonth.commendation.domain.RoundData;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that opens a round: fixed slots for criteria; empty slots are dropped. */
public class RoundForm {

    static final int CRITERION_SLOTS = 6;

    private Integer editionYear;
    private String title;
    private Integer quotaPerProvince = 3;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nominationDeadline;
    private Integer noticeDays = 7;
    private List<Slot> criteria = new ArrayList<>();

    RoundForm padded() {
        while (criteria.size() < CRITERION_SLOTS) {
            criteria.add(new Slot());
        }
        return this;
    }

    RoundData toData() {
        return new RoundData(editionYear, title, quotaPerProvince, nominationDeadline, noticeDays,
                criteria.stream().map(s -> new RoundData.CriterionData(s.name, s.description, s.maxPoints)).toList());
    }

    /** One criterion slot. */
    public static class Slot {
        private String name;
        private String description;
        private Integer maxPoints;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public Integer getMaxPoints() { return maxPoints; }
        public void setMaxPoints(Integer maxPoints) { this.maxPoints = maxPoints; }
    }

    public Integer getEditionYear() { return editionYear; }
    public void setEditionYear(Integer editionYear) { this.editionYear = editionYear; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Integer getQuotaPerProvince() { return quotaPerProvince; }
    public void setQuotaPerProvince(Integer quotaPerProvince) { this.quotaPerProvince = quotaPerProvince; }
    public LocalDate getNominationDeadline() { return nominationDeadline; }
    public void setNominationDeadline(LocalDate nominationDeadline) { this.nominationDeadline = nominationDeadline; }
    public Integer getNoticeDays() { return noticeDays; }
    public void setNoticeDays(Integer noticeDays) { this.noticeDays = noticeDays; }
    public List<Slot> getCriteria() { return criteria; }
    public void setCriteria(List<Slot> criteria) { this.criteria = criteria; }
}
