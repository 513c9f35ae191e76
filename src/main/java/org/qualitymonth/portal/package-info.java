/**
 * The public site's front: the home page with the current edition, earlier editions, and the search box
 * in every page header. Composes what the other modules publish; owns no data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal",
        allowedDependencies = {"shared", "platform", "campaign", "organization"})
package org.qualitymonth.portal;
