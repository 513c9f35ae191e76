package org.qualitymonth.supervision.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Draws extends JpaRepository<Draw, Long> {

    List<Draw> findAllByOrderByDrawnAtDesc();
}
