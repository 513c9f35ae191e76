package org.qualitymonth.inspection.domain;

/** Who organises a spot-check plan. */
public enum PlanLevel { NATIONAL, PROVINCIAL, CITY }
