package org.qualitymonth.commendation.web;

import org.qualitymonth.shared.BusinessException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns a service's refusal into the sentence a page shows. "Not found" and "forbidden" are not shown on the
 * page: they are rethrown so the answer carries their status (404 for what lies outside one's scope).
 */
@Component
class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    String message(BusinessException e) {
        if (e.kind() == BusinessException.Kind.NOT_FOUND || e.kind() == BusinessException.Kind.FORBIDDEN) {
            throw e;
        }
        return messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale());
    }
}
