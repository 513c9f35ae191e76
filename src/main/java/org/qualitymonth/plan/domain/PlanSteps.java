package org.qualitymonth.plan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanSteps extends JpaRepository<PlanStep, Long> {

    List<PlanStep> findByPlanIdOrderByIdAsc(long planId);
}
