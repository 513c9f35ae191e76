package org.qualitymonth.plan.domain;

/** A kind of reviewer on a route, resolved to a concrete organisation for each plan. */
public enum ReviewLevel { CITY_AUTHORITY, LEADING_GROUP, NATIONAL }
