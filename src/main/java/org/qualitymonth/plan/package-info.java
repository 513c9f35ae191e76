/**
 * Activity plans (PLAN-1..3) and campaign summaries (EVAL-1): who must send one for an edition, writing it,
 * and sending it along the route its organisation type defines (city → provincial leading group → national
 * administration), with every version and every decision kept. Plans and summaries are one routed record of
 * two kinds; a summary's photos and videos are media items. Publishes {@link org.qualitymonth.plan.PlanRouted} for each step so
 * that notifications and supervision follow without this module knowing them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activity plans",
        allowedDependencies = {"shared", "platform", "campaign", "organization", "media"})
package org.qualitymonth.plan;
