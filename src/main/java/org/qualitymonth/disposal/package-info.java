/**
 * Linked disposal (INSP-3, 联动处置): every failed spot-check result opens a task for the authority of the
 * manufacturer's region and, if different, of the sampled business's region; measures, deadline, closure
 * with evidence, overdue tasks per region. Listens to the inspection module's events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Linked disposal",
        allowedDependencies = {"shared", "platform", "organization", "inspection"})
package org.qualitymonth.disposal;
