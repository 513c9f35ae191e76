package org.qualitymonth.plan.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanVersions extends JpaRepository<PlanVersion, Long> {

    List<PlanVersion> findByPlanIdOrderByNumberAsc(long planId);

    Optional<PlanVersion> findByPlanIdAndNumber(long planId, int number);

    long countByPlanId(long planId);
}
