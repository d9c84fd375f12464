package se.syfte.analytics.nextsteps.db;

import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.Window;
import se.syfte.analytics.core.db.QueryParameters;
import se.syfte.analytics.nextsteps.NextSteps;
import se.syfte.analytics.nextsteps.VisitWithoutNextStep;
import se.syfte.database.SqlFile;

/**
 * The funnel visits held and whether each has a next step, decided once in {@code next-step.sql};
 * counted per salesperson and purpose, or listed where one is missing, in the database.
 */
@Repository
public class NextStepQuery {

    private static final String VISITS = SqlFile.read(new ClassPathResource("next-step.sql", NextStepQuery.class));

    private static final String COUNTS = "SELECT salesperson_id, purpose_code, COUNT(*) AS funnel_visits,"
            + " SUM(1 - has_next_step) AS without_next_step FROM (" + VISITS + ") visits GROUP BY 1, 2";

    private static final String WITHOUT = "SELECT * FROM (" + VISITS + ") visits WHERE has_next_step = 0"
            + " ORDER BY visit_date DESC, customer, id DESC LIMIT :limit";

    private final JdbcClient jdbc;

    NextStepQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<NextSteps> counts(Scope scope, Window window, int nextStepDays) {
        return jdbc.sql(COUNTS)
                .params(parameters(scope, window, nextStepDays))
                .query((rs, row) -> new NextSteps(
                        rs.getLong("salesperson_id"),
                        rs.getString("purpose_code"),
                        rs.getLong("funnel_visits"),
                        rs.getLong("without_next_step")))
                .list();
    }

    /** The visits without a next step, newest first, at most {@code limit}. */
    public List<VisitWithoutNextStep> without(Scope scope, Window window, int nextStepDays, int limit) {
        Map<String, Object> parameters = parameters(scope, window, nextStepDays);
        parameters.put("limit", limit);
        return jdbc.sql(WITHOUT)
                .params(parameters)
                .query((rs, row) -> new VisitWithoutNextStep(
                        rs.getLong("id"),
                        rs.getLong("salesperson_id"),
                        rs.getLong("customer_id"),
                        rs.getString("customer"),
                        rs.getObject("visit_date", java.time.LocalDate.class),
                        rs.getString("purpose_code")))
                .list();
    }

    private static Map<String, Object> parameters(Scope scope, Window window, int nextStepDays) {
        Map<String, Object> parameters = QueryParameters.of(scope, window);
        parameters.put("nextStepDays", nextStepDays);
        return parameters;
    }
}
