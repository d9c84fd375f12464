package se.syfte.analytics.activity.db;

import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.analytics.activity.Activity;
import se.syfte.analytics.core.Period;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.Window;
import se.syfte.analytics.core.db.QueryParameters;
import se.syfte.database.SqlFile;

/** Visits and hours per salesperson, purpose and period, counted in the database. */
@Repository
public class ActivityQuery {

    private static final String SQL = SqlFile.read(new ClassPathResource("activity.sql", ActivityQuery.class));

    private final JdbcClient jdbc;

    ActivityQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Activity> run(Scope scope, Window window, Period period) {
        return jdbc.sql(SQL)
                .params(QueryParameters.of(scope, window, period))
                .query((rs, row) -> new Activity(
                        rs.getLong("salesperson_id"),
                        rs.getString("purpose_code"),
                        rs.getObject("period_start", LocalDate.class),
                        rs.getLong("visits"),
                        rs.getDouble("hours")))
                .list();
    }
}
