/**
 * Progress supervision (SUP-1, 检查督促): who has sent plans, what waits, what was returned or accepted, what
 * is overdue, by province and, drilled down, by city; as a chart, a table and an Excel file. Reads plan
 * progress through the plan module's queries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progress supervision",
        allowedDependencies = {"shared", "platform", "campaign", "organization", "plan"})
package org.qualitymonth.supervision;
