package org.qualitymonth.platform;

import org.qualitymonth.shared.BusinessException;
import org.springframework.validation.BindingResult;

/**
 * Puts a service's refusal on the form: next to its field when it names one, at the top otherwise. A
 * refusal about no field that says "forbidden" or "not found" is not a form error: it is rethrown so the
 * answer carries its status (403, 404).
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult errors, BusinessException e) {
        if (e.field() != null) {
            errors.rejectValue(e.field(), e.messageKey(), e.args(), e.code());
        } else if (e.kind() == BusinessException.Kind.FORBIDDEN || e.kind() == BusinessException.Kind.NOT_FOUND) {
            throw e;
        } else {
            errors.reject(e.messageKey(), e.args(), e.code());
        }
    }
}
