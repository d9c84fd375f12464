package se.syfte.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where every failure ends that no handler answered itself (a refusal of Spring Security, an
 * exception, a {@code sendError}): a person gets a page in the app's layout and their language,
 * with what happened and a way back; the API gets its problem details, as everywhere else.
 */
@Controller
public class ErrorPages implements ErrorController {

    /** The statuses that have words of their own; others are told as a request or server failure. */
    private static final Set<Integer> TOLD = Set.of(400, 403, 404, 405, 413, 500);

    @RequestMapping("/error")
    public Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = status(request);
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatus(status);
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        response.setStatus(status);
        boolean expiredForm = request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException;
        model.addAttribute("status", status);
        model.addAttribute(
                "reason",
                expiredForm
                        ? "csrf"
                        : TOLD.contains(status) ? Integer.toString(status) : status >= 500 ? "500" : "400");
        model.addAttribute("again", expiredForm ? sameSiteReferer(request) : null);
        return "error";
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer status && HttpStatus.resolve(status) != null && status >= 400) {
            return status;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR.value();
    }

    /** The API is answered in problem details whatever the client asked for. */
    static boolean isApi(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed instanceof String uri ? uri : request.getRequestURI();
        return path.startsWith(request.getContextPath() + "/api/");
    }

    /** The page the expired form was on, to load it again; only a page of this site. */
    private static String sameSiteReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI from = URI.create(referer);
            boolean ours = from.getHost() == null || from.getHost().equals(request.getServerName());
            String path = from.getRawPath();
            return ours && path != null && path.startsWith("/") && !path.startsWith("//")
                    ? path + (from.getRawQuery() != null ? "?" + from.getRawQuery() : "")
                    : null;
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }
}
