package se.syfte.visits.db;

/** Which visits a list keeps besides its scope and period: a purpose's code, a customer's name, a status; null keeps all. */
public record VisitFilter(String purposeCode, String customer, String status) {

    public static final VisitFilter NONE = new VisitFilter(null, null, null);

    public VisitFilter {
        purposeCode = blankToNull(purposeCode);
        customer = blankToNull(customer);
        status = blankToNull(status);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
