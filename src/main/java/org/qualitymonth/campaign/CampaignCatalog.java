package org.qualitymonth.campaign;

import java.util.List;
import java.util.Optional;

/** What the campaign module offers other modules: published editions and the materials library. */
public interface CampaignCatalog {

    Optional<EditionView> current();

    Optional<EditionView> published(int year);

    List<Integer> publishedYears();

    /** The published editions, newest first. */
    List<EditionView> publishedEditions();

    List<MaterialView> materials();
}
