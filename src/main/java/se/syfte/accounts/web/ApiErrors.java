package se.syfte.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** The API's refusals as RFC 9457 problem details, never a sign-in page. */
final class ApiErrors {

    private ApiErrors() {}

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, failure) ->
                write(response, HttpServletResponse.SC_UNAUTHORIZED, "sign in, or send a personal API token");
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, denied) ->
                write(response, HttpServletResponse.SC_FORBIDDEN, "your role may not do this");
    }

    static void write(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\""
                        + HttpStatus.valueOf(status).getReasonPhrase() + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\"}");
    }
}
