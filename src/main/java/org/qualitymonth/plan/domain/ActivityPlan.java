package org.qualitymonth.plan.domain;

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
import org.qualitymonth.plan.DocumentKind;
import org.qualitymonth.plan.PlanStatus;

/**
 * The routed record: an organisation's activity plan or summary for one edition (see {@link DocumentKind}),
 * with where it stands on its route. The plan's sections live here; a summary's in {@link SummaryText}.
 */
@Entity
@Table(name = "activity_plan")
public class ActivityPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "edition_year")
    private int editionYear;
    @Column(name = "organization_id")
    private long organizationId;
    @Column(name = "organization_path")
    private String organizationPath;
    @Column(name = "region_code")
    private String regionCode;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind = DocumentKind.PLAN;
    private String title;
    private String objectives;
    private String budget;
    @Column(name = "policy_support")
    private String policySupport;
    @Column(name = "expected_activities")
    private String expectedActivities;
    @Enumerated(EnumType.STRING)
    private PlanStatus status = PlanStatus.DRAFT;
    private String route;
    private int step;
    @Column(name = "reviewer_organization_id")
    private Long reviewerOrganizationId;
    @Column(name = "waiting_since")
    private Instant waitingSince;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;
    private boolean late;
    @Column(name = "public_plan")
    private boolean publicPlan;
    @Column(name = "created_at")
    private Instant createdAt = Instant.now();
    @Column(name = "updated_at")
    private Instant updatedAt = Instant.now();
    @Version
    private long version;

    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER) // a handful of rows, always shown with the plan
    @CollectionTable(name = "plan_work_item", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<Item> workItems = new ArrayList<>();

    protected ActivityPlan() {
    }

    ActivityPlan(DocumentKind kind, int editionYear, long organizationId, String organizationPath, String regionCode,
                 String route, LocalDate dueOn, String title) {
        this.kind = kind;
        this.editionYear = editionYear;
        this.organizationId = organizationId;
        this.organizationPath = organizationPath;
        this.regionCode = regionCode;
        this.route = route;
        this.dueOn = dueOn;
        this.title = title;
    }

    void write(PlanContent content) {
        title = content.title();
        objectives = content.objectives();
        budget = content.budget();
        policySupport = content.policySupport();
        expectedActivities = content.expectedActivities();
        publicPlan = content.publicPlan();
        workItems.clear();
        content.workItems().forEach(w -> workItems.add(new Item(w)));
        updatedAt = Instant.now();
    }

    void retitle(String newTitle) {
        title = newTitle;
        updatedAt = Instant.now();
    }

    void moveTo(PlanStateMachine.Position position, Long reviewer, Instant now) {
        status = position.status();
        step = position.step();
        reviewerOrganizationId = reviewer;
        waitingSince = reviewer == null ? null : now;
        updatedAt = now;
    }

    void markSubmitted(Instant now) {
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
            late = dueOn != null && org.qualitymonth.shared.ChinaTime.dateOf(now).isAfter(dueOn);
        }
    }

    public PlanContent content() {
        return new PlanContent(title, objectives, workItems.stream().map(Item::toRecord).toList(), budget, policySupport,
                expectedActivities, publicPlan);
    }

    public PlanStateMachine.Position position() {
        return new PlanStateMachine.Position(status, step);
    }

    public Long id() { return id; }
    public DocumentKind kind() { return kind; }
    public int editionYear() { return editionYear; }
    public long organizationId() { return organizationId; }
    public String organizationPath() { return organizationPath; }
    public String regionCode() { return regionCode; }
    public String title() { return title; }
    public PlanStatus status() { return status; }
    public List<ReviewLevel> route() { return PlanRoutes.decode(route); }
    public int step() { return step; }
    public Long reviewerOrganizationId() { return reviewerOrganizationId; }
    public Instant waitingSince() { return waitingSince; }
    public LocalDate dueOn() { return dueOn; }
    public Instant firstSubmittedAt() { return firstSubmittedAt; }
    public boolean late() { return late; }
    public boolean publicPlan() { return publicPlan; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }

    public boolean editable() {
        return status == PlanStatus.DRAFT || status == PlanStatus.RETURNED;
    }

    @Embeddable
    static class Item {
        @Column(name = "focus_area")
        private String focusArea;
        private String content;
        @Column(name = "responsible_unit")
        private String responsibleUnit;
        private String person;
        private LocalDate deadline;

        protected Item() {
        }

        Item(PlanContent.WorkItem item) {
            focusArea = item.focusArea();
            content = item.content();
            responsibleUnit = item.responsibleUnit();
            person = item.person();
            deadline = item.deadline();
        }

        PlanContent.WorkItem toRecord() {
            return new PlanContent.WorkItem(focusArea, content, responsibleUnit, person, deadline);
        }
    }
}
