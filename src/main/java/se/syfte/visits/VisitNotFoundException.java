package se.syfte.visits;

/** No visit of that id that the caller may see: one outside their scope is not found either. */
public class VisitNotFoundException extends RuntimeException {

    public VisitNotFoundException(long id) {
        super("no visit " + id);
    }
}
