package org.qualitymonth.organization.domain;

import java.util.Map;
import java.util.stream.Stream;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.organization.AuthorityLevel;
import org.qualitymonth.organization.OrganizationType;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.SortSpec;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and finds organisations, always through the actor's data scope: an organisation
 * outside it is reported as not found, and nothing can be placed outside it.
 */
@Service
@Transactional
public class OrganizationService {

    public static final SortSpec SORT = new SortSpec(Map.of("name", "name", "creditCode", "creditCode",
            "region", "regionCode", "type", "type", "updated", "updatedAt"), Sort.by("regionCode", "name"));

    private final Organizations organizations;
    private final Regions regions;
    private final OrganizationPlacement placement;
    private final AuditLog audit;

    OrganizationService(Organizations organizations, Regions regions, OrganizationPlacement placement, AuditLog audit) {
        this.organizations = organizations;
        this.regions = regions;
        this.placement = placement;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Organization get(Actor actor, long id) {
        return organizations.findByIdAndPathStartingWith(id, actor.scopePath())
                .orElseThrow(() -> BusinessException.notFound("organization.not-found"));
    }

    @Transactional(readOnly = true)
    public Page<Organization> search(Actor actor, OrganizationFilter filter, String sort, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200), SORT.resolve(sort));
        return organizations.findAll(filter.within(actor.scopePath()), request);
    }

    /** A lazy stream for exports; the caller must consume it inside a read-only transaction. */
    @Transactional(readOnly = true)
    public Stream<Organization> stream(Actor actor, OrganizationFilter filter, String sort) {
        return organizations.findBy(filter.within(actor.scopePath()),
                query -> query.sortBy(SORT.resolve(sort)).stream());
    }

    public Organization create(Actor actor, OrganizationData input) {
        OrganizationData data = input.normalised();
        Region region = validate(data, null);
        Organization parent = placement.parentFor(data.type(), region);
        if (!actor.canSee(parent.path())) {
            throw BusinessException.forbidden("organization.outside-scope").onField("regionCode");
        }
        if (data.creditCode() != null && organizations.existsByCreditCode(data.creditCode())) {
            throw BusinessException.conflict("organization.credit-code-taken", data.creditCode()).onField("creditCode");
        }
        requireSingleAuthorityOrGroup(data, null);
        Organization organization = new Organization(data.type(), authorityLevel(data.type(), region));
        organization.apply(data);
        organizations.saveAndFlush(organization);
        organization.placeUnder(parent);
        audit.record("organization.create", "organization", organization.id().toString(), null, organization.data());
        return organization;
    }

    public Organization update(Actor actor, long id, OrganizationData input, Long expectedVersion) {
        Organization organization = get(actor, id);
        if (expectedVersion != null && expectedVersion != organization.version()) {
            throw BusinessException.conflict("stale");
        }
        OrganizationData data = input.normalised();
        if (data.type() != organization.type()) {
            throw BusinessException.invalid("organization.type-fixed");
        }
        OrganizationData before = organization.data();
        Region region = validate(data, organization);
        if (data.creditCode() != null && organizations.existsByCreditCodeAndIdNot(data.creditCode(), id)) {
            throw BusinessException.conflict("organization.credit-code-taken", data.creditCode()).onField("creditCode");
        }
        if (!data.regionCode().equals(organization.regionCode())) {
            move(actor, organization, data, region);
        }
        organization.apply(data);
        audit.record("organization.update", "organization", organization.id().toString(), before, organization.data());
        return organization;
    }

    private void move(Actor actor, Organization organization, OrganizationData data, Region region) {
        if (organization.type() == OrganizationType.AUTHORITY || organizations.existsByParentId(organization.id())) {
            throw BusinessException.invalid("organization.region-fixed");
        }
        requireSingleAuthorityOrGroup(data, organization.id());
        Organization parent = placement.parentFor(data.type(), region);
        if (!actor.canSee(parent.path())) {
            throw BusinessException.forbidden("organization.outside-scope").onField("regionCode");
        }
        organization.placeUnder(parent);
    }

    private Region validate(OrganizationData data, Organization existing) {
        if (data.regionCode() == null && existing != null && existing.authorityLevel() == AuthorityLevel.NATIONAL) {
            return null;
        }
        Region region = data.regionCode() == null ? null : regions.findById(data.regionCode())
                .orElseThrow(() -> BusinessException.invalid("region.unknown", data.regionCode()).onField("regionCode"));
        OrganizationRules.Violation violation = OrganizationRules.check(data, region == null ? null : region.level());
        if (violation != null) {
            throw BusinessException.invalid(violation.code()).onField(violation.field());
        }
        return region;
    }

    private void requireSingleAuthorityOrGroup(OrganizationData data, Long self) {
        if (data.type() == OrganizationType.AUTHORITY || data.type() == OrganizationType.LEADING_GROUP) {
            organizations.findFirstByTypeAndRegionCode(data.type(), data.regionCode())
                    .filter(other -> !other.id().equals(self))
                    .ifPresent(other -> {
                        throw BusinessException.conflict("organization.one-per-region");
                    });
        }
    }

    private static AuthorityLevel authorityLevel(OrganizationType type, Region region) {
        if (type != OrganizationType.AUTHORITY) {
            return null;
        }
        return switch (region.level()) {
            case PROVINCE -> AuthorityLevel.PROVINCIAL;
            case CITY -> AuthorityLevel.CITY;
            case COUNTY -> AuthorityLevel.COUNTY;
        };
    }
}
