package org.qualitymonth.shared;

/** Checks for free text that services take outside bean validation (reasons, comments, answers, names). */
public final class Text {

    private Text() {
    }

    /** The stripped text, or a refusal with {@code code} on {@code field} when it is blank, too long or marked up. */
    public static String required(String value, int max, String code, String field) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid(code).onField(field);
        }
        return optional(value, max, code, field);
    }

    /** Like {@link #required} but blank gives {@code null}. */
    public static String optional(String value, int max, String code, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max || !PlainText.Validator.isPlain(stripped)) {
            throw BusinessException.invalid(code).onField(field);
        }
        return stripped;
    }
}
