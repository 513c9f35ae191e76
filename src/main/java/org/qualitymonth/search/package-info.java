/**
 * Chinese full-text search (SEARCH-1) over published spot-check results: their products, manufacturers (name and
 * unified social credit code), models, categories, regions, conclusions, failed items and institutions, with facets
 * and highlighted hits. A Lucene index (Hibernate Search, smartcn analysis) kept in sync by the inspection module's
 * events, rebuilt from the database on demand and when found empty at start. Owns the public search page, which also
 * lists registered organisations and campaign editions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = {"shared", "platform", "campaign", "organization", "inspection"})
package org.qualitymonth.search;
