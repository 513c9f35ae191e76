package org.qualitymonth.activity.domain;

import java.time.Instant;
import org.qualitymonth.activity.ActivityType;

/** An activity as pages and the calendar file show it. */
public record ActivityView(long id, int editionYear, long organizationId, String organizationName, String regionCode,
                           String title, ActivityType type, int focusArea, Instant startsAt, Instant endsAt, String address,
                           String coOrganisers, String audience, String description, boolean published,
                           boolean openSignup, Integer capacity) {
}
