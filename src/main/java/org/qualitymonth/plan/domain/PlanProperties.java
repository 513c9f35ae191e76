package org.qualitymonth.plan.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dueDaysBeforeStart plans are due this many days before the campaign starts (12: 20 August for 1 September)
 * @param maxAttachmentMb    largest attachment accepted, in MiB
 * @param summaryDueDaysAfterEnd summaries are due this many days after the campaign ends (15: 15 October for 30 September)
 */
@ConfigurationProperties("qm.plan")
public record PlanProperties(@DefaultValue("12") int dueDaysBeforeStart, @DefaultValue("20") int maxAttachmentMb,
                             @DefaultValue("15") int summaryDueDaysAfterEnd) {
}
