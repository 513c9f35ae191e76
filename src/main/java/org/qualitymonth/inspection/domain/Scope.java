package org.qualitymonth.inspection.domain;

import org.qualitymonth.organization.Actor;

/**
 * Data scope of spot checks: a plan belongs to its authority's subtree; a sample is also visible to the
 * authorities of the region it was taken in (a national plan's samples in Zhejiang are Zhejiang's to see).
 */
final class Scope {

    /** SQL condition on aliases p (plan) and s (sample) with two parameters: path prefix, region prefix. */
    static final String SAMPLE_VISIBLE = "(p.authority_path like ? or s.region_code like ?)";

    private Scope() {
    }

    static String path(Actor actor) {
        return actor.scopePath() + "%";
    }

    /** The region code prefix of the actor's scope: "" nationally, "33" for a province, "3301" for a city. */
    static String region(Actor actor) {
        String code = actor.scopeRegionCode();
        if (code == null) {
            return "%";
        }
        return (code.endsWith("0000") ? code.substring(0, 2) : code.endsWith("00") ? code.substring(0, 4) : code) + "%";
    }
}
