package org.qualitymonth.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A multipart request that announces more bytes than the configured maximum is answered with the localized
 * 413 without reading its body. Tomcat would otherwise fail on the first parameter lookup (the CSRF check),
 * before Spring MVC could answer: here the request keeps only its query parameters (where upload forms put
 * their CSRF token) and its parts refuse with the size message Spring turns into MaxUploadSizeExceededException.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OversizeUploadFilter extends OncePerRequestFilter {

    private final long maxRequestBytes;

    OversizeUploadFilter(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean oversize = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                && maxRequestBytes > 0 && request.getContentLengthLong() > maxRequestBytes;
        chain.doFilter(oversize ? new Oversize(request) : request, response);
    }

    private static final class Oversize extends HttpServletRequestWrapper {

        private final Map<String, String[]> query = new HashMap<>();

        Oversize(HttpServletRequest request) {
            super(request);
            UriComponentsBuilder.fromUriString("?" + (request.getQueryString() == null ? "" : request.getQueryString()))
                    .build().getQueryParams().forEach((name, values) -> query.put(decode(name),
                            values.stream().map(v -> v == null ? "" : decode(v)).toArray(String[]::new)));
        }

        private static String decode(String value) {
            return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public String getParameter(String name) {
            String[] values = query.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(query);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(query.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return query.get(name);
        }

        @Override
        public Collection<Part> getParts() {
            throw new IllegalStateException("The request size exceeds the configured maximum");
        }

        @Override
        public Part getPart(String name) {
            return getParts().iterator().next();
        }
    }
}
