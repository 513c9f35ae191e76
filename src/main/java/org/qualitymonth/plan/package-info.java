/**
 * Activity plans (PLAN-1..3): who must send one for an edition, writing it, and sending it along the route
 * its organisation type defines (city → provincial leading group → national administration), with every
 * version and every decision kept. Publishes {@link org.qualitymonth.plan.PlanRouted} for each step so
 * that notifications and supervision follow without this module knowing them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activity plans",
        allowedDependencies = {"shared", "platform", "campaign", "organization"})
package org.qualitymonth.plan;
