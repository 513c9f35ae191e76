package org.qualitymonth.organization.domain;

import java.util.Optional;
import org.qualitymonth.organization.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface Users extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    String IN_SCOPE = " from AppUser u where u.organizationId in "
            + "(select o.id from Organization o where o.path like concat(:scope, '%'))"
            + " and (:role is null or u.role = :role)"
            + " and (:q = '' or lower(u.username) like concat('%', lower(:q), '%') or u.displayName like concat('%', :q, '%'))";

    @Query(value = "select u" + IN_SCOPE, countQuery = "select count(u)" + IN_SCOPE)
    Page<AppUser> findInScope(String scope, Role role, String q, Pageable pageable);

    @Query("select u" + IN_SCOPE + " order by u.username")
    java.util.stream.Stream<AppUser> streamInScope(String scope, Role role, String q);

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
