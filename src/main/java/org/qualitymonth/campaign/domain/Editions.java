package org.qualitymonth.campaign.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Editions extends JpaRepository<Edition, Long> {

    Optional<Edition> findByYear(int year);

    Optional<Edition> findFirstByStatusOrderByYearDesc(Edition.Status status);

    Optional<Edition> findFirstByOrderByYearDesc();

    List<Edition> findByStatusOrderByYearDesc(Edition.Status status);

    List<Edition> findAllByOrderByYearDesc();

    Optional<Edition> findByYearAndStatus(int year, Edition.Status status);
}
