package org.qualitymonth.plan.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Obligations extends JpaRepository<Obligation, Long> {

    Optional<Obligation> findByEditionYearAndOrganizationId(int editionYear, long organizationId);

    List<Obligation> findByEditionYearOrderByDueOnAscIdAsc(int editionYear);

    boolean existsByEditionYearAndOrganizationId(int editionYear, long organizationId);
}
