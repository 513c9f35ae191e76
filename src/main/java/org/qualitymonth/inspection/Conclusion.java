package org.qualitymonth.inspection;

import org.qualitymonth.shared.BusinessException;

/** A spot-check result: pass (合格), fail (不合格) or refusal to be sampled (拒检). */
public enum Conclusion {
    PASS, FAIL, REFUSED;

    /** The conclusion a request parameter names, null when blank; any other text is refused with the error code. */
    public static Conclusion ofParameter(String value, String errorCode) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid(errorCode);
        }
    }

    public String messageKey() {
        return "inspection.conclusion." + name();
    }
}
