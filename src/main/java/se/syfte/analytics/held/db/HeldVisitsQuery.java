package se.syfte.analytics.held.db;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.Window;
import se.syfte.analytics.core.db.QueryParameters;
import se.syfte.analytics.held.HeldVisits;
import se.syfte.database.SqlFile;

/** Planned visits by what became of them, and visits held without a plan, counted in the database. */
@Repository
public class HeldVisitsQuery {

    private static final String SQL = SqlFile.read(new ClassPathResource("held.sql", HeldVisitsQuery.class));

    private final JdbcClient jdbc;

    HeldVisitsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code today} is the organisation's: a planned visit counts once its day has passed. */
    public List<HeldVisits> run(Scope scope, Window window, LocalDate today) {
        Map<String, Object> parameters = QueryParameters.of(scope, window);
        parameters.put("today", today);
        return jdbc.sql(SQL)
                .params(parameters)
                .query((rs, row) -> new HeldVisits(
                        rs.getLong("salesperson_id"),
                        rs.getString("purpose_code"),
                        rs.getLong("held"),
                        rs.getLong("cancelled"),
                        rs.getLong("no_show"),
                        rs.getLong("unconfirmed"),
                        rs.getLong("unplanned_held")))
                .list();
    }
}
