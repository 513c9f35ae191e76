package org.qualitymonth.organization.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords, counted in the database so that every
 * application instance sees the same count.
 */
@Component
class LoginAttempts {

    private final Users users;
    private final Policy policy;

    LoginAttempts(Users users, Policy policy) {
        this.users = users;
        this.policy = policy;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.recordFailure(event.getAuthentication().getName(), policy.maxFailures(), policy.lockMinutes());
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.recordSuccess(event.getAuthentication().getName());
    }

    /**
     * @param maxFailures wrong passwords in a row before the account locks
     * @param lockMinutes how long it stays locked
     */
    @ConfigurationProperties("qm.login")
    record Policy(@DefaultValue("5") int maxFailures, @DefaultValue("15") int lockMinutes) {
    }
}
