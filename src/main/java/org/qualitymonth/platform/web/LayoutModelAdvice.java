package org.qualitymonth.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.qualitymonth.platform.PlatformPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** What every page's layout needs: the signed-in user, their permission codes, the language, the path. */
@ControllerAdvice
class LayoutModelAdvice {

    @ModelAttribute("principal")
    PlatformPrincipal principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof PlatformPrincipal p ? p : null;
    }

    @ModelAttribute("permissions")
    Set<String> permissions() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof PlatformPrincipal)) {
            return Set.of();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    @ModelAttribute("lang")
    String lang(HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        return Locale.TRADITIONAL_CHINESE.equals(locale) ? "zh-TW" : Locale.ENGLISH.equals(locale) ? "en" : "zh-CN";
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
