package org.qualitymonth.campaign.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface Materials extends JpaRepository<Material, Long> {

    List<Material> findAllByOrderByEditionYearDescKindAscIdAsc();

    /** Counts a download atomically in the database, so concurrent downloads are never lost. */
    @Modifying
    @Transactional
    @Query("update Material m set m.downloadCount = m.downloadCount + 1 where m.id = :id")
    int countDownload(long id);
}
