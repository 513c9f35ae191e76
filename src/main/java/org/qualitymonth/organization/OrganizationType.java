package org.qualitymonth.organization;

/** The kinds of organisation the campaign works with. */
public enum OrganizationType { AUTHORITY, LEADING_GROUP, ASSOCIATION, ENTERPRISE, PARK }
