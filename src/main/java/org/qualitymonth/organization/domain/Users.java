package org.qualitymonth.organization.domain;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface Users extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query(value = "select u from AppUser u where u.organizationId in "
            + "(select o.id from Organization o where o.path like concat(:scope, '%'))",
            countQuery = "select count(u) from AppUser u where u.organizationId in "
                    + "(select o.id from Organization o where o.path like concat(:scope, '%'))")
    Page<AppUser> findInScope(String scope, Pageable pageable);

    @Modifying
    @Query(value = """
            update app_user set
              failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end,
              locked_until = case when failed_attempts + 1 >= :max then now() + make_interval(mins => :minutes) else locked_until end
            where username = :username""", nativeQuery = true)
    int recordFailure(String username, int max, int minutes);

    @Modifying
    @Query(value = "update app_user set failed_attempts = 0 where username = :username and failed_attempts > 0", nativeQuery = true)
    int recordSuccess(String username);
}
