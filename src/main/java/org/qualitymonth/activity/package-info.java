/**
 * Campaign activities (ACT-1, ACT-2): organisations register what they hold during Quality Month — type,
 * focus area, time, place, organisers — and the public finds them in a calendar by month, type and
 * province, with a page per activity and iCalendar files. Authorities unpublish what is wrong in their scope.
 * After an activity its organiser files a closing report (ACT-4) with photos and videos.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activities",
        allowedDependencies = {"shared", "platform", "campaign", "organization", "media"})
package org.qualitymonth.activity;
