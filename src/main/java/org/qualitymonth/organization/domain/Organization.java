package org.qualitymonth.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.qualitymonth.organization.AuthorityLevel;
import org.qualitymonth.organization.OrganizationType;
import org.qualitymonth.organization.QualityAward;
import org.qualitymonth.organization.SizeClass;

/** An organisation in the tree. Placement (parent, path) is decided by {@link OrganizationPlacement}. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    private String path;

    @Enumerated(EnumType.STRING)
    private OrganizationType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "authority_level")
    private AuthorityLevel authorityLevel;

    private String name;

    @Column(name = "credit_code")
    private String creditCode;

    @Column(name = "region_code")
    private String regionCode;

    private String address;

    @Column(name = "contact_person")
    private String contactPerson;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "category_code")
    private String categoryCode;

    @Column(name = "demonstration_city")
    private boolean demonstrationCity;

    @Enumerated(EnumType.STRING)
    @Column(name = "quality_award")
    private QualityAward qualityAward = QualityAward.NONE;

    @Column(name = "central_enterprise")
    private boolean centralEnterprise;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_class")
    private SizeClass sizeClass;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected Organization() {
    }

    Organization(OrganizationType type, AuthorityLevel authorityLevel) {
        this.type = type;
        this.authorityLevel = authorityLevel;
        this.path = "";
    }

    void apply(OrganizationData data) {
        this.name = data.name();
        this.creditCode = data.creditCode();
        this.regionCode = data.regionCode();
        this.address = data.address();
        this.contactPerson = data.contactPerson();
        this.contactPhone = data.contactPhone();
        this.categoryCode = data.categoryCode();
        this.demonstrationCity = data.demonstrationCity();
        this.qualityAward = data.qualityAward();
        this.centralEnterprise = data.centralEnterprise();
        this.sizeClass = data.sizeClass();
        this.updatedAt = Instant.now();
    }

    void placeUnder(Organization parent) {
        this.parentId = parent.id;
        this.path = parent.path + id + "/";
    }

    void placeAsRoot() {
        this.parentId = null;
        this.path = "/" + id + "/";
    }

    public Long id() {
        return id;
    }

    public Long parentId() {
        return parentId;
    }

    public String path() {
        return path;
    }

    public OrganizationType type() {
        return type;
    }

    public AuthorityLevel authorityLevel() {
        return authorityLevel;
    }

    public String name() {
        return name;
    }

    public String creditCode() {
        return creditCode;
    }

    public String regionCode() {
        return regionCode;
    }

    public String address() {
        return address;
    }

    public String contactPerson() {
        return contactPerson;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public boolean demonstrationCity() {
        return demonstrationCity;
    }

    public QualityAward qualityAward() {
        return qualityAward;
    }

    public boolean centralEnterprise() {
        return centralEnterprise;
    }

    public SizeClass sizeClass() {
        return sizeClass;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /** The data a user edits, as a snapshot for the audit log and the form. */
    public OrganizationData data() {
        return new OrganizationData(type, name, creditCode, regionCode, address, contactPerson, contactPhone,
                categoryCode, demonstrationCity, qualityAward, centralEnterprise, sizeClass);
    }
}
