package se.syfte.analytics.core.db;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.syfte.analytics.core.Period;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.VisitMinutes;
import se.syfte.analytics.core.Window;

/**
 * The parameters every analytics query takes: the organisation, the visible salespeople, the
 * window, and the minutes a visit without a duration or purpose counts.
 */
public final class QueryParameters {

    /** Stands in for an empty set: SQL has no empty IN list, and no salesperson has this id. */
    private static final List<Long> NOBODY = List.of(-1L);

    private QueryParameters() {}

    public static Map<String, Object> of(Scope scope, Window window) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("org", scope.orgId());
        parameters.put("salespeople", salespeople(scope));
        parameters.put("from", window.from());
        parameters.put("to", window.to());
        parameters.put("defaultMinutes", VisitMinutes.DEFAULT);
        return parameters;
    }

    /** The visible salespeople as the values of an IN list. */
    public static List<Long> salespeople(Scope scope) {
        return scope.salespeople().isEmpty() ? NOBODY : List.copyOf(scope.salespeople());
    }

    /** The same, for queries that count per period. */
    public static Map<String, Object> of(Scope scope, Window window, Period period) {
        Map<String, Object> parameters = of(scope, window);
        parameters.put("period", period.name());
        return parameters;
    }
}
