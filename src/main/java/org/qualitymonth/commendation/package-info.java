/**
 * Commendation (EVAL-2, campaign plan §4 "對組織得力、成效顯著的單位予以表揚"): the national administration opens a
 * round with published criteria; provincial authorities nominate units of their scope with their activities;
 * a national review panel scores them; the shortlist goes to public notice (公示) where anyone may object;
 * after the decision each commended unit has a certificate (PDF with QR code) that anyone can verify.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commendation",
        allowedDependencies = {"shared", "platform", "campaign", "organization", "activity"})
package org.qualitymonth.commendation;
