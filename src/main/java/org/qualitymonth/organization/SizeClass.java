package org.qualitymonth.organization;

/** Enterprise size under the national SME classification; SMALL and MICRO are the 小微企业 of the plan. */
public enum SizeClass { LARGE, MEDIUM, SMALL, MICRO }
