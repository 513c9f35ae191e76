package org.qualitymonth.plan.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SummaryTexts extends JpaRepository<SummaryText, Long> {
}
