package se.syfte.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The failures Spring MVC answers with problem details (no such page, a method a page does not
 * take, a parameter of the wrong type, a page's own 404): for the API they stay problem details,
 * for a person they become the error page ({@link ErrorPages}) — a browser never sees JSON. Ahead
 * of the problem-details handler, which would answer both alike.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler({
        NoResourceFoundException.class,
        ResponseStatusException.class,
        ErrorResponseException.class,
        HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeNotSupportedException.class,
        HttpMediaTypeNotAcceptableException.class,
        MissingServletRequestParameterException.class
    })
    ResponseEntity<ProblemDetail> refused(Exception refusal, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ErrorResponse error = (ErrorResponse) refusal;
        return answer(error.getStatusCode(), error.getHeaders(), error.getBody(), request, response);
    }

    /** A path or query value of the wrong type ({@code /customers/abc}): a bad request. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mistyped(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return answer(HttpStatus.BAD_REQUEST, HttpHeaders.EMPTY, ProblemDetail.forStatus(400), request, response);
    }

    /** The API gets the problem details; a page is sent to the error page with the status. */
    private static ResponseEntity<ProblemDetail> answer(
            HttpStatusCode status,
            HttpHeaders headers,
            ProblemDetail problem,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        if (ErrorPages.isApi(request)) {
            return ResponseEntity.status(status)
                    .headers(headers)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        response.sendError(status.value());
        return null;
    }
}
