package org.qualitymonth.supervision.domain;

import org.qualitymonth.organization.Actor;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.Role;
import org.qualitymonth.platform.DemoDataContributor;
import org.springframework.stereotype.Component;

/** The 2026 national draw: 18 provinces for on-site checks, as at the 2016 launch, with a published seed. */
@Component
class DrawDemoData implements DemoDataContributor {

    private final DrawService draws;
    private final OrganizationLookup organizations;

    DrawDemoData(DrawService draws, OrganizationLookup organizations) {
        this.draws = draws;
        this.organizations = organizations;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed(long seed, int scale) {
        var national = organizations.nationalAuthority();
        draws.draw(new Actor(0, "admin", Role.NATIONAL_ADMIN, national.id(), national.path(), null), 18, "QM2026-" + seed);
    }
}
