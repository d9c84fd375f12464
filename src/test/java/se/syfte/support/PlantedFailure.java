package se.syfte.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page and an API resource that fail the way an unforeseen bug would, with an exception nothing
 * handles: the only honest way to see what a person and a client get for a 500, since the
 * application itself has no page that fails on purpose.
 */
@Controller
public class PlantedFailure {

    public static final String PAGE = "/planted-failure";
    public static final String API = "/api/v1/planted-failure";

    @GetMapping({PAGE, API})
    String fail() {
        throw new IllegalStateException("a planted failure: internal detail no one should see");
    }
}
