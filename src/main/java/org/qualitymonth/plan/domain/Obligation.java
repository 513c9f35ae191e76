package org.qualitymonth.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An organisation that must send a plan for an edition, by when, and on what basis (or why it is exempt). */
@Entity
@Table(name = "plan_obligation")
public class Obligation {

    public enum Basis { DEMONSTRATION_CITY, AWARD_WINNER, PROVINCIAL_AUTHORITY, ADDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "edition_year")
    private int editionYear;
    @Column(name = "organization_id")
    private long organizationId;
    @Enumerated(EnumType.STRING)
    private Basis basis;
    @Column(name = "due_on")
    private LocalDate dueOn;
    private boolean exempt;
    private String reason;
    @Column(name = "region_code")
    private String regionCode;

    protected Obligation() {
    }

    Obligation(int editionYear, long organizationId, String regionCode, Basis basis, LocalDate dueOn, String reason) {
        this.editionYear = editionYear;
        this.organizationId = organizationId;
        this.regionCode = regionCode;
        this.basis = basis;
        this.dueOn = dueOn;
        this.reason = reason;
    }

    void exempt(String why) {
        this.exempt = true;
        this.reason = why;
    }

    public Long id() { return id; }
    public int editionYear() { return editionYear; }
    public long organizationId() { return organizationId; }
    public Basis basis() { return basis; }
    public LocalDate dueOn() { return dueOn; }
    public boolean exempt() { return exempt; }
    public String reason() { return reason; }
}
