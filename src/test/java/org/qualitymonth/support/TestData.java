package org.qualitymonth.support;

import java.util.concurrent.atomic.AtomicLong;
import org.qualitymonth.organization.OrganizationType;
import org.qualitymonth.organization.QualityAward;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.organization.domain.OrganizationData;
import org.qualitymonth.shared.CreditCode;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Demo accounts and fresh, valid test data for integration tests. */
@Component
public class TestData {

    public static final String PASSWORD = "Demo@2026";
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final UserDetailsService users;

    public TestData(UserDetailsService users) {
        this.users = users;
    }

    public UserPrincipal user(String username) {
        return (UserPrincipal) users.loadUserByUsername(username);
    }

    /** A credit code no demo enterprise has: region, a serial organisation code, the right check character. */
    public static String creditCode(String region) {
        String body = "91" + region + String.format("%09d", SERIAL.incrementAndGet() % 1_000_000_000L);
        return body + CreditCode.checkCharacter(body);
    }

    public static OrganizationData enterprise(String name, String region) {
        return new OrganizationData(OrganizationType.ENTERPRISE, name, creditCode(region), region, "测试路1号", "王测试",
                "0571-88880000", "RICE_COOKER", false, QualityAward.NONE, false, null);
    }
}
