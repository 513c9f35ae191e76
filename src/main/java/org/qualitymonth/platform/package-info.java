/**
 * Platform: what every capability runs on. The embedded PostgreSQL (or an external one), security
 * (form login for pages, HTTP Basic for the API, lock-out after repeated failures), locale resolution,
 * the page layout, errors as localized ProblemDetail, the hash-chained audit log, streaming Excel export
 * and the demo-data runner. Knows no business module: modules plug in through the interfaces in this
 * package ({@link org.qualitymonth.platform.AuditLog}, {@link org.qualitymonth.platform.DemoDataContributor},
 * {@link org.qualitymonth.platform.PlatformPrincipal}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = "shared")
package org.qualitymonth.platform;
