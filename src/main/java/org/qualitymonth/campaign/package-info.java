/**
 * The campaign itself (CAMP-1..3): yearly editions with theme, period, guiding idea, focus areas,
 * requirements and key dates, drafted and published by the national administration; the 10 key
 * consumer-goods categories; the materials library with download counts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Campaign editions", allowedDependencies = {"shared", "platform"})
package org.qualitymonth.campaign;
