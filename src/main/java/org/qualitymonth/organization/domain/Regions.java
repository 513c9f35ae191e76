package org.qualitymonth.organization.domain;

import java.util.List;
import org.qualitymonth.shared.RegionCode;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Regions extends JpaRepository<Region, String> {

    List<Region> findByParentCodeOrderByCode(String parentCode);

    List<Region> findByLevelOrderByCode(RegionCode.Level level);
}
