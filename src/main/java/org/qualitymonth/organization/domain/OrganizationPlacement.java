package org.qualitymonth.organization.domain;

import java.util.Optional;
import org.qualitymonth.organization.OrganizationType;
import org.qualitymonth.shared.BusinessException;
import org.springframework.stereotype.Component;

/**
 * Decides where an organisation hangs in the tree: under the authority of its region, or of the nearest
 * region above that has one (a county without its own bureau falls to the city's). An authority hangs
 * under the authority of the region above its own; the national administration is the root.
 */
@Component
class OrganizationPlacement {

    private final Organizations organizations;
    private final Regions regions;

    OrganizationPlacement(Organizations organizations, Regions regions) {
        this.organizations = organizations;
        this.regions = regions;
    }

    Organization parentFor(OrganizationType type, Region region) {
        String code = type == OrganizationType.AUTHORITY ? region.parentCode() : region.code();
        while (code != null) {
            Optional<Organization> authority = organizations.findFirstByTypeAndRegionCode(OrganizationType.AUTHORITY, code);
            if (authority.isPresent()) {
                return authority.get();
            }
            code = regions.findById(code).map(Region::parentCode).orElse(null);
        }
        return organizations.findNationalAuthority()
                .orElseThrow(() -> BusinessException.conflict("organization.no-national-authority"));
    }
}
