package org.qualitymonth.organization.web;

import java.time.Instant;
import org.qualitymonth.organization.AuthorityLevel;
import org.qualitymonth.organization.OrganizationType;
import org.qualitymonth.organization.QualityAward;
import org.qualitymonth.organization.SizeClass;
import org.qualitymonth.organization.domain.Organization;

/** An organisation as the API shows it. */
record OrganizationView(long id, Long parentId, OrganizationType type, AuthorityLevel authorityLevel, String name,
                        String creditCode, String regionCode, String address, String contactPerson,
                        String contactPhone, String categoryCode, boolean demonstrationCity, QualityAward qualityAward,
                        boolean centralEnterprise, SizeClass sizeClass, Instant updatedAt, long version) {

    static OrganizationView of(Organization o) {
        return new OrganizationView(o.id(), o.parentId(), o.type(), o.authorityLevel(), o.name(), o.creditCode(),
                o.regionCode(), o.address(), o.contactPerson(), o.contactPhone(), o.categoryCode(),
                o.demonstrationCity(), o.qualityAward(), o.centralEnterprise(), o.sizeClass(), o.updatedAt(), o.version());
    }
}
