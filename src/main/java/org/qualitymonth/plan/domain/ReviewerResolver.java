package org.qualitymonth.plan.domain;

import java.util.List;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.OrganizationLookup.OrganizationSummary;
import org.qualitymonth.shared.BusinessException;
import org.springframework.stereotype.Component;

/** Turns the levels of a route into the organisations that review one submitter's plan. */
@Component
class ReviewerResolver {

    private final OrganizationLookup organizations;

    ReviewerResolver(OrganizationLookup organizations) {
        this.organizations = organizations;
    }

    long reviewerAt(ReviewLevel level, OrganizationSummary submitter) {
        return switch (level) {
            case NATIONAL -> organizations.nationalAuthority().id();
            case LEADING_GROUP -> organizations.leadingGroupOf(submitter.provinceCode())
                    .orElseThrow(() -> BusinessException.conflict("plan.no-reviewer")).id();
            case CITY_AUTHORITY -> organizations.authorityOf(submitter.regionCode().substring(0, 4) + "00")
                    .orElseThrow(() -> BusinessException.conflict("plan.no-reviewer")).id();
        };
    }

    List<Long> reviewersOf(List<ReviewLevel> route, OrganizationSummary submitter) {
        return route.stream().map(level -> reviewerAt(level, submitter)).toList();
    }
}
