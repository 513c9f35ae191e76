package org.qualitymonth.organization;

/** Administrative level of an authority; follows the region level, with the national one above all regions. */
public enum AuthorityLevel { NATIONAL, PROVINCIAL, CITY, COUNTY }
