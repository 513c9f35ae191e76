package org.qualitymonth.disposal.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param deadlineDays days after the result a disposal task is due */
@ConfigurationProperties("qm.disposal")
public record DisposalProperties(@DefaultValue("30") int deadlineDays) {
}
