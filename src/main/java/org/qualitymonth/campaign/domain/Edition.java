package org.qualitymonth.campaign.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qualitymonth.campaign.EditionView;

/** One year's Quality Month: drafted, then published by the national administration. */
@Entity
@Table(name = "edition")
public class Edition {

    public enum Status { DRAFT, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int year;
    private String theme;
    @Column(name = "theme_en")
    private String themeEn;
    private String slogan;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "guiding_idea")
    private String guidingIdea;
    private String requirements;
    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "updated_at")
    private Instant updatedAt = Instant.now();
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "focus_area", joinColumns = @JoinColumn(name = "edition_id"))
    @OrderColumn(name = "position")
    private List<Area> focusAreas = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "key_date", joinColumns = @JoinColumn(name = "edition_id"))
    @OrderColumn(name = "position")
    private List<Milestone> keyDates = new ArrayList<>();

    protected Edition() {
    }

    Edition(int year) {
        this.year = year;
    }

    void apply(EditionData data) {
        this.theme = data.theme();
        this.themeEn = data.themeEn();
        this.slogan = data.slogan();
        this.startsOn = data.startsOn();
        this.endsOn = data.endsOn();
        this.guidingIdea = data.guidingIdea();
        this.requirements = data.requirements();
        this.focusAreas.clear();
        data.focusAreas().forEach(a -> focusAreas.add(new Area(a.title(), a.description())));
        this.keyDates.clear();
        data.keyDates().forEach(d -> keyDates.add(new Milestone(d.date(), d.label())));
        this.updatedAt = Instant.now();
    }

    void publish() {
        this.status = Status.PUBLISHED;
        this.publishedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public Status status() {
        return status;
    }

    public long version() {
        return version;
    }

    public EditionView view() {
        return new EditionView(id, year, theme, themeEn, slogan, startsOn, endsOn, guidingIdea, requirements,
                status == Status.PUBLISHED,
                focusAreas.stream().map(a -> new EditionView.FocusArea(a.title, a.description)).toList(),
                keyDates.stream().map(d -> new EditionView.KeyDate(d.onDate, d.label)).toList(), version);
    }

    public EditionData data() {
        return new EditionData(year, theme, themeEn, slogan, startsOn, endsOn, guidingIdea, requirements,
                focusAreas.stream().map(a -> new EditionData.FocusAreaData(a.title, a.description)).toList(),
                keyDates.stream().map(d -> new EditionData.KeyDateData(d.onDate, d.label)).toList());
    }

    @Embeddable
    static class Area {
        private String title;
        private String description;

        protected Area() {
        }

        Area(String title, String description) {
            this.title = title;
            this.description = description;
        }
    }

    @Embeddable
    static class Milestone {
        @Column(name = "on_date")
        private LocalDate onDate;
        private String label;

        protected Milestone() {
        }

        Milestone(LocalDate onDate, String label) {
            this.onDate = onDate;
            this.label = label;
        }
    }
}
