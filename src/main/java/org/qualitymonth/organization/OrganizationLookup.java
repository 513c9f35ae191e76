package org.qualitymonth.organization;

import java.util.List;
import java.util.Optional;

/** What other modules may ask about organisations and their people (internal, not public data). */
public interface OrganizationLookup {

    Optional<OrganizationSummary> find(long id);

    /** The national administration, the root of the tree. */
    OrganizationSummary nationalAuthority();

    /** The authority of exactly this region, if it has one. */
    Optional<OrganizationSummary> authorityOf(String regionCode);

    Optional<OrganizationSummary> leadingGroupOf(String provinceCode);

    /** Who must send a plan by default (plan §4): demonstration-city authorities, award winners, provincial authorities. */
    List<OrganizationSummary> obligedToPlan();

    /**
     * Regions directly below a region that have their own authority, in code order: for {@code null} the
     * provinces, for a province its cities. These are the units that can be drawn for on-site checks.
     */
    List<String> regionsWithAuthorityBelow(String parentCode);

    /** Names of organisations by id, in one query. */
    java.util.Map<Long, String> names(java.util.Collection<Long> ids);

    /** Region names in the given language, keyed by code; unknown codes are left out. */
    java.util.Map<String, String> regionNames(java.util.Collection<String> codes, java.util.Locale locale);

    /**
     * Enabled users acting for an organisation whose role carries the permission, for notifications: a review
     * panel expert of the national authority is not told about plans waiting for its administrators.
     */
    List<Contact> contactsOf(long organizationId, Role.Permission permission);

    /** Enterprises with one of these 统一社会信用代码, keyed by code. */
    java.util.Map<String, EnterpriseRef> enterprisesByCreditCode(java.util.Collection<String> creditCodes);

    /**
     * Enterprises whose name, normalised (white space dropped, full-width brackets made half-width), is one of
     * {@code normalisedNames}; several enterprises may share a name in different regions.
     */
    List<EnterpriseRef> enterprisesByNormalisedName(java.util.Collection<String> normalisedNames);

    /** Up to {@code limit} enterprises registered in regions whose code starts with {@code regionPrefix}, by id. */
    List<EnterpriseRef> enterprisesIn(String regionPrefix, int limit);

    /** Region names (zh-CN) keyed by code, of every region whose code starts with {@code codePrefix}. */
    java.util.Map<String, String> regionNamesUnder(String codePrefix);

    record EnterpriseRef(long id, String name, String normalisedName, String creditCode, String regionCode) {
    }

    record OrganizationSummary(long id, String name, OrganizationType type, AuthorityLevel level, String regionCode,
                               String path, boolean demonstrationCity, QualityAward qualityAward) {

        public String provinceCode() {
            return regionCode == null ? null : regionCode.substring(0, 2) + "0000";
        }
    }

    record Contact(long userId, String username, String displayName, String email) {
    }
}
