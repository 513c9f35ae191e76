package org.qualitymonth.organization;

import java.util.List;
import java.util.Map;

/** Public facts about organisations, for the public site and other modules; no contact data. */
public interface OrganizationDirectory {

    /** Enterprises, associations and parks whose name contains the query or whose credit code equals it. */
    List<PublicOrganization> search(String query, String categoryCode, String provinceCode, int limit);

    long countMatches(String query, String categoryCode, String provinceCode);

    /** Enterprise counts per product-category code. */
    Map<String, Long> enterprisesByCategory();

    record PublicOrganization(long id, String name, OrganizationType type, String creditCode, String regionCode,
                              String provinceName, String regionName, String categoryCode, QualityAward qualityAward) {
    }
}
