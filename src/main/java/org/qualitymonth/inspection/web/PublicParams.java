package org.qualitymonth.inspection.web;

/** The public list's request parameters, as given; {@link PublicFilters#read} checks them. */
record PublicParams(String category, String region, String conclusion, String year, String institution, String q,
                    String sort, Long plan, String creditCode) {
}
