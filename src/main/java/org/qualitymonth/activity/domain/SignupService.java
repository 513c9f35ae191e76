package org.qualitymonth.activity.domain;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import org.qualitymonth.shared.BusinessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up with a capacity (ACT-3). Each sign-up locks its activity row, so concurrent sign-ups are counted
 * one after another and never overbook; beyond capacity people join the waiting list, which moves up in
 * order when a confirmed person cancels. One live place per person (phone or e-mail) and activity.
 */
@Service
@Transactional
public class SignupService {

    public enum Status { CONFIRMED, WAITING, CANCELLED }

    public record Signup(String code, Status status) {
    }

    public record Entry(String name, String contact, String code, Status status) {
    }

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    SignupService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Signup signUp(long activityId, String name, String contact) {
        String cleanName = org.qualitymonth.shared.Text.required(name, 40, "signup.name", "name");
        String cleanContact = normaliseContact(contact);
        Integer capacity = jdbc.sql("select capacity from activity where id = ? and published and open_signup for update")
                .param(activityId).query(Integer.class).optional()
                .orElseThrow(() -> BusinessException.notFound("signup.closed"));
        long confirmed = jdbc.sql("select count(*) from activity_signup where activity_id = ? and status = 'CONFIRMED'")
                .param(activityId).query(Long.class).single();
        Status status = confirmed < capacity ? Status.CONFIRMED : Status.WAITING;
        String code = code();
        try {
            jdbc.sql("insert into activity_signup (activity_id, name, contact, code, status) values (?, ?, ?, ?, ?)")
                    .params(activityId, cleanName, cleanContact, code, status.name()).update();
        } catch (DuplicateKeyException e) {
            throw BusinessException.conflict("signup.duplicate").onField("contact");
        }
        return new Signup(code, status);
    }

    /** Cancels by confirmation code; a freed seat goes to the first on the waiting list. */
    public Status cancel(long activityId, String code) {
        jdbc.sql("select id from activity where id = ? for update").param(activityId).query(Long.class).optional()
                .orElseThrow(() -> BusinessException.notFound("signup.not-found"));
        String canonical = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        String previous = jdbc.sql("select status from activity_signup where activity_id = ? and code = ? and status <> 'CANCELLED'")
                .params(activityId, canonical).query(String.class).optional()
                .orElseThrow(() -> BusinessException.notFound("signup.not-found"));
        jdbc.sql("update activity_signup set status = 'CANCELLED', changed_at = now() where activity_id = ? and code = ?")
                .params(activityId, canonical).update();
        if (Status.valueOf(previous) == Status.CONFIRMED) {
            jdbc.sql("""
                    update activity_signup set status = 'CONFIRMED', changed_at = now()
                    where id = (select id from activity_signup where activity_id = ? and status = 'WAITING' order by id limit 1)""")
                    .param(activityId).update();
        }
        return Status.CANCELLED;
    }

    @Transactional(readOnly = true)
    public List<Entry> list(long activityId) {
        return jdbc.sql("select name, contact, code, status from activity_signup where activity_id = ? order by status, id")
                .param(activityId)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), Status.valueOf(rs.getString(4))))
                .list();
    }

    @Transactional(readOnly = true)
    public long confirmedCount(long activityId) {
        return jdbc.sql("select count(*) from activity_signup where activity_id = ? and status = 'CONFIRMED'").param(activityId)
                .query(Long.class).single();
    }

    /** A mobile number (11 digits starting with 1) or an e-mail address, in one canonical form. */
    static String normaliseContact(String contact) {
        String value = contact == null ? "" : contact.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (value.startsWith("+86")) {
            value = value.substring(3);
        }
        if (value.matches("1\\d{10}") || value.matches("[^@\\s<>]{1,64}@[^@\\s<>]{1,100}\\.[a-z]{2,20}")) {
            return value;
        }
        throw BusinessException.invalid("signup.contact").onField("contact");
    }

    private String code() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
