package se.syfte.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The API's answer to wrong input: an RFC 9457 problem detail that names each wrong field and why. */
public final class FieldProblems {

    private FieldProblems() {}

    public static ProblemDetail of(String detail, Map<String, String> fields) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty(
                "errors",
                fields.entrySet().stream()
                        .map(field -> Map.of("field", field.getKey(), "message", field.getValue()))
                        .toList());
        return problem;
    }
}
