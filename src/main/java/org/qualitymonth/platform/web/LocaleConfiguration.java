package org.qualitymonth.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * zh-CN by default for pages whatever the browser says (a national public service speaks Chinese first);
 * {@code ?lang=zh_CN|zh_TW|en} switches and is remembered for the visit. The stateless API follows
 * Accept-Language among the three supported languages.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration implements WebMvcConfigurer {

    public static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        SessionLocaleResolver resolver = new SessionLocaleResolver() {
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, supported(locale));
            }
        };
        resolver.setDefaultLocaleFunction(LocaleConfiguration::defaultLocale);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    static Locale defaultLocale(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/") && StringUtils.hasText(request.getHeader("Accept-Language"))) {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(safeHeader(request)), SUPPORTED);
            if (match != null) {
                return match;
            }
            if ("zh".equals(request.getLocale().getLanguage())) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    private static String safeHeader(HttpServletRequest request) {
        try {
            Locale.LanguageRange.parse(request.getHeader("Accept-Language"));
            return request.getHeader("Accept-Language");
        } catch (IllegalArgumentException e) {
            return "zh-CN";
        }
    }

    static Locale supported(Locale requested) {
        if (requested == null) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        for (Locale locale : SUPPORTED) {
            if (locale.equals(requested)) {
                return locale;
            }
        }
        if ("zh".equals(requested.getLanguage())) {
            String tag = requested.toLanguageTag();
            return tag.contains("TW") || tag.contains("HK") || tag.contains("Hant") ? Locale.TRADITIONAL_CHINESE : Locale.SIMPLIFIED_CHINESE;
        }
        return "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
