package org.qualitymonth.inspection.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxUploadMb     largest result sheet accepted, in MiB
 * @param maxInflatedMb   largest total an XLSX may inflate to, in MiB (zip-bomb guard)
 * @param maxZipRatio     largest inflated/compressed ratio an XLSX part may reach beyond 1 MiB (zip-bomb guard)
 * @param batchSize       rows of an import staged with COPY, then merged into the record by one set of statements
 * @param announceInline  most results a plan may have for its announcement to be written to the public site within
 *                        the request; a larger plan is written in the background and public once written
 */
@ConfigurationProperties("qm.inspection")
public record InspectionProperties(@DefaultValue("200") int maxUploadMb, @DefaultValue("1024") int maxInflatedMb,
                                   @DefaultValue("500") int maxZipRatio, @DefaultValue("10000") int batchSize,
                                   @DefaultValue("50000") int announceInline) {
}
