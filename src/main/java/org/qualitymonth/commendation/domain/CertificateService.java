package org.qualitymonth.commendation.domain;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.qualitymonth.shared.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of commended units. A number is year, round, serial and a random part, so numbers cannot be
 * guessed from one another; the register is the proof: a number it does not hold is not genuine.
 */
@Service
@Transactional
public class CertificateService {

    private static final Pattern NUMBER = Pattern.compile("QM\\d{4}-\\d{3,}-\\d{4}-[A-Z0-9]{5}");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String SELECT = """
            select c.number, c.issued_on, n.unit_name, n.province_code, n.reason, n.highlights, r.title, r.edition_year
            from commendation_certificate c join commendation_nomination n on n.id = c.nomination_id
            join commendation_round r on r.id = n.round_id
            """;

    private final JdbcClient jdbc;
    private final CertificatePdf pdf;
    private final CommendationProperties properties;
    private final SecureRandom random = new SecureRandom();

    CertificateService(JdbcClient jdbc, CertificatePdf pdf, CommendationProperties properties) {
        this.jdbc = jdbc;
        this.pdf = pdf;
        this.properties = properties;
    }

    /** Issues a certificate to every unit still on the round's shortlist; returns their numbers. */
    List<String> issue(Round round, LocalDate issuedOn) {
        return issue(round, issuedOn, random);
    }

    /** As {@link #issue(Round, LocalDate)} with the given source of the random parts (seeded for demo data). */
    List<String> issue(Round round, LocalDate issuedOn, java.util.Random source) {
        List<Long> commended = jdbc.sql("""
                        select id from commendation_nomination where round_id = ? and shortlisted and withdrawn_reason is null
                        order by province_code, id""").param(round.id()).query(Long.class).list();
        List<String> numbers = new ArrayList<>();
        for (long nominationId : commended) {
            String number = "QM%d-%03d-%04d-%s".formatted(round.editionYear(), round.id(), numbers.size() + 1, randomPart(source));
            jdbc.sql("insert into commendation_certificate (number, nomination_id, issued_on) values (?, ?, ?)")
                    .params(number, nominationId, issuedOn).update();
            numbers.add(number);
        }
        return numbers;
    }

    /** The certificate with this number; empty for anything the register does not hold, however malformed. */
    @Transactional(readOnly = true)
    public Optional<Certificate> find(String number) {
        String normalized = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
        if (!NUMBER.matcher(normalized).matches()) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + "where c.number = ?").param(normalized).query(CertificateService::map).optional();
    }

    /** The round's commended units with their certificates, by province. */
    @Transactional(readOnly = true)
    public List<Certificate> ofRound(long roundId) {
        return jdbc.sql(SELECT + "where r.id = ? order by n.province_code, c.number").param(roundId).query(CertificateService::map).list();
    }

    public String verificationUrl(String number) {
        return properties.verificationUrl(number);
    }

    /** The certificate as PDF, whole, so a failure answers with an error page rather than half a file. */
    @Transactional(readOnly = true)
    public byte[] pdf(String number) {
        Certificate certificate = find(number).orElseThrow(() -> BusinessException.notFound("commendation.certificate-not-found"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(256 * 1024);
        pdf.write(certificate, verificationUrl(certificate.number()), out);
        return out.toByteArray();
    }

    private static String randomPart(java.util.Random source) {
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            part.append(ALPHABET.charAt(source.nextInt(ALPHABET.length())));
        }
        return part.toString();
    }

    private static Certificate map(ResultSet rs, int row) throws SQLException {
        return new Certificate(rs.getString("number"), rs.getString("unit_name"), rs.getString("province_code"),
                rs.getString("title"), rs.getInt("edition_year"), rs.getString("reason"), rs.getString("highlights"),
                rs.getDate("issued_on").toLocalDate());
    }
}
