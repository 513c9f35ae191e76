package org.qualitymonth.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problems with a stable type URI ({@code /problems/<code>}) and a title in the request's
 * language, and writes them where no MVC machinery runs (security filters).
 */
@Component
public class ProblemWriter {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    public ProblemWriter(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String code, Object... args) {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("/problems/" + code));
        problem.setTitle(messages.getMessage("error." + code, args, messages.getMessage("error.generic", null, locale), locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        return problem;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code) throws IOException {
        ProblemDetail problem = problem(request, status, code);
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
