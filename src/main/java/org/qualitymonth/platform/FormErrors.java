package org.qualitymonth.platform;

import org.qualitymonth.shared.BusinessException;
import org.springframework.validation.BindingResult;

/** Puts a service's refusal on the form: next to its field when it names one, at the top otherwise. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult errors, BusinessException e) {
        if (e.field() != null) {
            errors.rejectValue(e.field(), e.messageKey(), e.args(), e.code());
        } else {
            errors.reject(e.messageKey(), e.args(), e.code());
        }
    }
}
