package org.qualitymonth.shared;

import java.util.Arrays;

/**
 * A refusal the user can act on. Carries a stable {@link #code()} (used as the ProblemDetail type and as
 * the message key {@code error.<code>}), the HTTP status it maps to, and the message arguments.
 */
public class BusinessException extends RuntimeException {

    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT }

    private final String code;
    private final Kind kind;
    private final transient Object[] args;
    private String field;

    public BusinessException(Kind kind, String code, Object... args) {
        super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.kind = kind;
        this.code = code;
        this.args = args.clone();
    }

    public static BusinessException invalid(String code, Object... args) {
        return new BusinessException(Kind.INVALID, code, args);
    }

    public static BusinessException forbidden(String code, Object... args) {
        return new BusinessException(Kind.FORBIDDEN, code, args);
    }

    public static BusinessException notFound(String code, Object... args) {
        return new BusinessException(Kind.NOT_FOUND, code, args);
    }

    public static BusinessException conflict(String code, Object... args) {
        return new BusinessException(Kind.CONFLICT, code, args);
    }

    /** Names the input field the refusal is about, so a form can show it next to that field. */
    public BusinessException onField(String name) {
        this.field = name;
        return this;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return "error." + code;
    }

    public Object[] args() {
        return args.clone();
    }
}
