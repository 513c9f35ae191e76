package org.qualitymonth.plan.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qualitymonth.organization.AuthorityLevel;
import org.qualitymonth.organization.OrganizationType;

/**
 * The route each kind of organisation sends its plan along (plan §4: a city's plan goes "通过省质量兴(强)省领导小组报
 * 质检总局"). Data, not branches: a new route is a new line here. Documented in docs/plan-routes.md.
 */
public final class PlanRoutes {

    private static final Map<String, List<ReviewLevel>> ROUTES = Map.of(
            "AUTHORITY/COUNTY", List.of(ReviewLevel.CITY_AUTHORITY, ReviewLevel.LEADING_GROUP, ReviewLevel.NATIONAL),
            "AUTHORITY/CITY", List.of(ReviewLevel.LEADING_GROUP, ReviewLevel.NATIONAL),
            "AUTHORITY/PROVINCIAL", List.of(ReviewLevel.NATIONAL),
            "LEADING_GROUP", List.of(ReviewLevel.NATIONAL),
            "ENTERPRISE", List.of(ReviewLevel.LEADING_GROUP, ReviewLevel.NATIONAL),
            "PARK", List.of(ReviewLevel.LEADING_GROUP, ReviewLevel.NATIONAL),
            "ASSOCIATION", List.of(ReviewLevel.NATIONAL));

    private PlanRoutes() {
    }

    /** The route, or empty when this kind of organisation does not send plans (the national administration). */
    public static Optional<List<ReviewLevel>> routeFor(OrganizationType type, AuthorityLevel level) {
        String key = type == OrganizationType.AUTHORITY ? type + "/" + level : type.name();
        return Optional.ofNullable(ROUTES.get(key));
    }

    public static String encode(List<ReviewLevel> route) {
        return String.join(">", route.stream().map(Enum::name).toList());
    }

    public static List<ReviewLevel> decode(String route) {
        return java.util.Arrays.stream(route.split(">")).map(ReviewLevel::valueOf).toList();
    }
}
