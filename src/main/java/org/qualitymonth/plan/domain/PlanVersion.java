package org.qualitymonth.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A submitted version, frozen: the JSON of the content as it was sent. */
@Entity
@Immutable
@Table(name = "plan_version")
public class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id")
    private long planId;
    private int number;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    private String content;

    protected PlanVersion() {
    }

    PlanVersion(long planId, int number, Instant submittedAt, String submittedBy, String content) {
        this.planId = planId;
        this.number = number;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.content = content;
    }

    public int number() { return number; }
    public Instant submittedAt() { return submittedAt; }
    public String submittedBy() { return submittedBy; }
    public String content() { return content; }
}
