package se.syfte.analytics.loops.db;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.analytics.core.AnalyticsSettings;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.Window;
import se.syfte.analytics.core.db.QueryParameters;
import se.syfte.analytics.loops.Loop;
import se.syfte.database.SqlFile;

@Repository
public class LoopQuery {

    private static final String SQL = SqlFile.read(new ClassPathResource("loops.sql", LoopQuery.class));

    private final JdbcClient jdbc;

    LoopQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Loops per salesperson, or with {@code team} the loops of all salespeople in scope together. */
    public List<Loop> run(Scope scope, Window window, AnalyticsSettings settings, boolean team) {
        Map<String, Object> parameters = QueryParameters.of(scope, window);
        parameters.put("threshold", settings.loopThreshold());
        parameters.put("team", team);
        return jdbc.sql(SQL)
                .params(parameters)
                .query((rs, row) -> new Loop(
                        rs.getLong("customer_id"),
                        rs.getString("customer"),
                        rs.getObject("salesperson_id", Long.class),
                        rs.getString("purpose_code"),
                        rs.getLong("visits"),
                        rs.getObject("first_visit", LocalDate.class),
                        rs.getObject("last_visit", LocalDate.class),
                        rs.getDouble("hours")))
                .list();
    }
}
