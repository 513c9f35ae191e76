/**
 * Organisations and who acts for them (ORG-1..3): the GB/T 2260 region tree, the organisation tree
 * (authorities per level, provincial leading groups, associations, enterprises, parks) with their flags,
 * users with roles and permission codes, and the data scope that limits every read and write to the
 * user's organisation subtree. Changes are written to the platform's audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations and access",
        allowedDependencies = {"shared", "platform", "campaign"})
package org.qualitymonth.organization;
