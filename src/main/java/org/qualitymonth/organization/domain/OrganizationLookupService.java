package org.qualitymonth.organization.domain;

import java.util.List;
import java.util.Optional;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.OrganizationType;
import org.qualitymonth.organization.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OrganizationLookupService implements OrganizationLookup {

    private final Organizations organizations;
    private final Regions regions;
    private final JdbcClient jdbc;
    private volatile java.util.Map<String, Region> regionsByCode;

    OrganizationLookupService(Organizations organizations, Regions regions, JdbcClient jdbc) {
        this.organizations = organizations;
        this.regions = regions;
        this.jdbc = jdbc;
    }

    @Override
    public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, name from organization where id in (:ids)").param("ids", java.util.Set.copyOf(ids))
                    .query(rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return names;
    }

    @Override
    public List<String> regionsWithAuthorityBelow(String parentCode) {
        String level = parentCode == null ? "PROVINCIAL" : "CITY";
        String prefix = parentCode == null ? "" : parentCode.substring(0, 2);
        return jdbc.sql("select region_code from organization where type = 'AUTHORITY' and authority_level = ? "
                        + "and region_code like ? order by region_code")
                .params(level, prefix + "%").query(String.class).list();
    }

    @Override
    public java.util.Map<String, String> regionNames(java.util.Collection<String> codes, java.util.Locale locale) {
        java.util.Map<String, Region> all = regionsByCode();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        codes.forEach(code -> Optional.ofNullable(all.get(code)).ifPresent(region -> names.put(code, region.name(locale))));
        return names;
    }

    /**
     * Every region by code, read once: the table is the national division code list, loaded by a migration and never
     * written while the platform runs, and nearly every public page names regions.
     */
    private java.util.Map<String, Region> regionsByCode() {
        java.util.Map<String, Region> all = regionsByCode;
        if (all == null) {
            all = regions.findAll().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Region::code, r -> r));
            regionsByCode = all;
        }
        return all;
    }

    @Override
    public Optional<OrganizationSummary> find(long id) {
        return organizations.findById(id).map(OrganizationLookupService::summary);
    }

    @Override
    public OrganizationSummary nationalAuthority() {
        return organizations.findNationalAuthority().map(OrganizationLookupService::summary).orElseThrow();
    }

    @Override
    public Optional<OrganizationSummary> authorityOf(String regionCode) {
        return organizations.findFirstByTypeAndRegionCode(OrganizationType.AUTHORITY, regionCode).map(OrganizationLookupService::summary);
    }

    @Override
    public Optional<OrganizationSummary> leadingGroupOf(String provinceCode) {
        return organizations.findFirstByTypeAndRegionCode(OrganizationType.LEADING_GROUP, provinceCode).map(OrganizationLookupService::summary);
    }

    @Override
    public List<OrganizationSummary> obligedToPlan() {
        return organizations.findObligedToPlan().stream().map(OrganizationLookupService::summary).toList();
    }

    @Override
    public List<Contact> contactsOf(long organizationId, Role.Permission permission) {
        List<String> roles = java.util.Arrays.stream(Role.values()).filter(role -> role.has(permission)).map(Role::name).toList();
        return jdbc.sql("select id, username, display_name, email from app_user where organization_id = :organization and enabled"
                        + " and role in (:roles) order by id")
                .param("organization", organizationId).param("roles", roles)
                .query((rs, n) -> new Contact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private static final String NORMALISED_NAME = "regexp_replace(translate(name, '（）', '()'), '\\s', '', 'g')";

    @Override
    public java.util.Map<String, EnterpriseRef> enterprisesByCreditCode(java.util.Collection<String> creditCodes) {
        java.util.Map<String, EnterpriseRef> found = new java.util.HashMap<>();
        if (!creditCodes.isEmpty()) {
            jdbc.sql("select id, name, " + NORMALISED_NAME + ", credit_code, region_code from organization "
                            + "where type = 'ENTERPRISE' and credit_code in (:codes)")
                    .param("codes", java.util.Set.copyOf(creditCodes))
                    .query(OrganizationLookupService::enterprise).list().forEach(e -> found.put(e.creditCode(), e));
        }
        return found;
    }

    @Override
    public List<EnterpriseRef> enterprisesByNormalisedName(java.util.Collection<String> normalisedNames) {
        if (normalisedNames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, name, " + NORMALISED_NAME + ", credit_code, region_code from organization "
                        + "where type = 'ENTERPRISE' and " + NORMALISED_NAME + " in (:names)")
                .param("names", java.util.Set.copyOf(normalisedNames)).query(OrganizationLookupService::enterprise).list();
    }

    @Override
    public List<EnterpriseRef> enterprisesIn(String regionPrefix, int limit) {
        return jdbc.sql("select id, name, " + NORMALISED_NAME + ", credit_code, region_code from organization "
                        + "where type = 'ENTERPRISE' and region_code like ? order by id limit ?")
                .params(regionPrefix + "%", limit).query(OrganizationLookupService::enterprise).list();
    }

    @Override
    public java.util.Map<String, String> regionNamesUnder(String codePrefix) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        jdbc.sql("select code, name_zh_cn from region where code like ?").param(codePrefix + "%")
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    private static EnterpriseRef enterprise(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new EnterpriseRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    static OrganizationSummary summary(Organization o) {
        return new OrganizationSummary(o.id(), o.name(), o.type(), o.authorityLevel(), o.regionCode(), o.path(),
                o.demonstrationCity(), o.qualityAward());
    }
}
