package org.qualitymonth.campaign.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qualitymonth.campaign.domain.EditionData;
import org.springframework.format.annotation.DateTimeFormat;

/** The edition page form: fixed slots for focus areas and key dates; empty slots are dropped. */
public class EditionForm {

    static final int AREA_SLOTS = 6;
    static final int DATE_SLOTS = 8;

    private int year;
    private String theme;
    private String themeEn;
    private String slogan;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private String guidingIdea;
    private String requirements;
    private List<Area> focusAreas = new ArrayList<>();
    private List<Milestone> keyDates = new ArrayList<>();

    static EditionForm of(EditionData data) {
        EditionForm form = new EditionForm();
        form.year = data.year();
        form.theme = data.theme();
        form.themeEn = data.themeEn();
        form.slogan = data.slogan();
        form.startsOn = data.startsOn();
        form.endsOn = data.endsOn();
        form.guidingIdea = data.guidingIdea();
        form.requirements = data.requirements();
        data.focusAreas().forEach(a -> form.focusAreas.add(new Area(a.title(), a.description())));
        data.keyDates().forEach(d -> form.keyDates.add(new Milestone(d.date(), d.label())));
        return form.padded();
    }

    EditionForm padded() {
        while (focusAreas.size() < AREA_SLOTS) {
            focusAreas.add(new Area(null, null));
        }
        while (keyDates.size() < DATE_SLOTS) {
            keyDates.add(new Milestone(null, null));
        }
        return this;
    }

    EditionData toData() {
        List<EditionData.FocusAreaData> areas = focusAreas.stream().filter(a -> !blank(a.title) || !blank(a.description))
                .map(a -> new EditionData.FocusAreaData(trim(a.title), trim(a.description))).toList();
        List<EditionData.KeyDateData> dates = keyDates.stream().filter(d -> d.date != null || !blank(d.label))
                .map(d -> new EditionData.KeyDateData(d.date, trim(d.label))).toList();
        return new EditionData(year, trim(theme), trim(themeEn), trim(slogan), startsOn, endsOn, trim(guidingIdea),
                trim(requirements), areas, dates);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }

    public static class Area {
        private String title;
        private String description;

        public Area() {
        }

        Area(String title, String description) {
            this.title = title;
            this.description = description;
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    public static class Milestone {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;
        private String label;

        public Milestone() {
        }

        Milestone(LocalDate date, String label) {
            this.date = date;
            this.label = label;
        }

        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getThemeEn() { return themeEn; }
    public void setThemeEn(String themeEn) { this.themeEn = themeEn; }
    public String getSlogan() { return slogan; }
    public void setSlogan(String slogan) { this.slogan = slogan; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getGuidingIdea() { return guidingIdea; }
    public void setGuidingIdea(String guidingIdea) { this.guidingIdea = guidingIdea; }
    public String getRequirements() { return requirements; }
    public void setRequirements(String requirements) { this.requirements = requirements; }
    public List<Area> getFocusAreas() { return focusAreas; }
    public void setFocusAreas(List<Area> focusAreas) { this.focusAreas = focusAreas; }
    public List<Milestone> getKeyDates() { return keyDates; }
    public void setKeyDates(List<Milestone> keyDates) { this.keyDates = keyDates; }
}
