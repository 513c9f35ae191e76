package org.qualitymonth.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters over the 31-character alphabet without I, O, S, V, Z;
 * characters 3-8 are the registering region's GB/T 2260 code; the last character is a check digit
 * computed with the weights below, modulo 31.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        Problem problem = check(value);
        if (problem != null) {
            throw BusinessException.invalid(problem.code());
        }
    }

    /** Why a candidate is not a valid code, or {@code null} when it is. */
    public static Problem check(String candidate) {
        if (candidate == null || candidate.length() != 18) {
            return Problem.LENGTH;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
                return Problem.CHARACTERS;
            }
        }
        if (!candidate.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return Problem.REGION;
        }
        return checkCharacter(candidate.substring(0, 17)) == candidate.charAt(17) ? null : Problem.CHECK_DIGIT;
    }

    /** The 18th character for a 17-character body. */
    public static char checkCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Normalises user input (trim, upper case, full-width to half-width) and validates it. */
    public static Optional<CreditCode> parse(String raw) {
        String normalised = normalise(raw);
        return check(normalised) == null ? Optional.of(new CreditCode(normalised)) : Optional.empty();
    }

    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (char c : raw.strip().toCharArray()) {
            sb.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    public String regionCode() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }

    public enum Problem {
        LENGTH("credit-code.length"), CHARACTERS("credit-code.characters"),
        REGION("credit-code.region"), CHECK_DIGIT("credit-code.check-digit");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
