package org.qualitymonth.search.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param directory where the Lucene index lives (one sub-directory per index)
 * @param batchSize documents read from the database and written per batch when (re)indexing
 * @param exactCountLimit up to how many matches a search counts its total and facets exactly; beyond, it estimates
 *                        them from a sample of the index (every {@value ResultSearch#SAMPLE_STEP}th document)
 */
@ConfigurationProperties("qm.search")
public record SearchProperties(@DefaultValue("./data/search-index") String directory,
                               @DefaultValue("1000") int batchSize,
                               @DefaultValue("20000") int exactCountLimit) {
}
