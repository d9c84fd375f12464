package se.syfte.imports.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload larger than an import reads is answered before anything parses it: the import page
 * says so in the reader's language, the API with a problem detail — never the server's own 413
 * page. Tomcat reads the rest of the body first (server.tomcat.max-swallow-size), so the browser
 * gets the answer rather than a dropped connection.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge extends OncePerRequestFilter {

    private final long largest;

    UploadTooLarge(@Value("${spring.servlet.multipart.max-request-size:101MB}") DataSize largest) {
        this.largest = largest.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= largest) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                            + "\"detail\":\"the file is larger than the 100 MB an import reads; split it\"}");
        } else {
            response.sendRedirect(request.getContextPath() + "/import?tooLarge");
        }
    }
}
