package org.qualitymonth.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.qualitymonth.plan.Decision;

/** One step of a plan's history: who decided what, when, on which version, with which comment. */
@Entity
@Table(name = "plan_step")
public class PlanStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id")
    private long planId;
    private Instant at;
    private String actor;
    @Column(name = "actor_organization_id")
    private long actorOrganizationId;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    @Column(name = "route_step")
    private int routeStep;
    @Column(name = "version_number")
    private int versionNumber;
    private String comment;

    protected PlanStep() {
    }

    PlanStep(long planId, Instant at, String actor, long actorOrganizationId, Decision decision, int routeStep,
             int versionNumber, String comment) {
        this.planId = planId;
        this.at = at;
        this.actor = actor;
        this.actorOrganizationId = actorOrganizationId;
        this.decision = decision;
        this.routeStep = routeStep;
        this.versionNumber = versionNumber;
        this.comment = comment;
    }

    public Instant at() { return at; }
    public String actor() { return actor; }
    public long actorOrganizationId() { return actorOrganizationId; }
    public Decision decision() { return decision; }
    public int routeStep() { return routeStep; }
    public int versionNumber() { return versionNumber; }
    public String comment() { return comment; }
}
