package se.syfte.visitlog;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No visit of that id that the caller may see: one outside their scope is not found either. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class VisitNotFoundException extends RuntimeException {

    public VisitNotFoundException(long id) {
        super("no visit " + id);
    }
}
