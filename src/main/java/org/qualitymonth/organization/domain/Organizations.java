package org.qualitymonth.organization.domain;

import java.util.List;
import java.util.Optional;
import org.qualitymonth.organization.OrganizationType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface Organizations extends JpaRepository<Organization, Long>, JpaSpecificationExecutor<Organization> {

    Optional<Organization> findByIdAndPathStartingWith(Long id, String scopePath);

    Optional<Organization> findFirstByTypeAndRegionCode(OrganizationType type, String regionCode);

    @Query("select o from Organization o where o.type = org.qualitymonth.organization.OrganizationType.AUTHORITY and o.parentId is null")
    Optional<Organization> findNationalAuthority();

    @Query("""
            select o from Organization o
            where (o.type = org.qualitymonth.organization.OrganizationType.AUTHORITY
                   and (o.demonstrationCity = true or o.authorityLevel = org.qualitymonth.organization.AuthorityLevel.PROVINCIAL))
               or o.qualityAward = org.qualitymonth.organization.QualityAward.WINNER
            order by o.regionCode, o.id""")
    List<Organization> findObligedToPlan();

    boolean existsByCreditCode(String creditCode);

    boolean existsByCreditCodeAndIdNot(String creditCode, Long id);

    boolean existsByParentId(Long parentId);
}
