package se.syfte.analytics.traditional.db;

import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.analytics.core.Period;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.Window;
import se.syfte.analytics.core.db.QueryParameters;
import se.syfte.analytics.traditional.TraditionalSplit;
import se.syfte.database.SqlFile;

@Repository
public class TraditionalQuery {

    private static final String SQL = SqlFile.read(new ClassPathResource("traditional.sql", TraditionalQuery.class));

    private final JdbcClient jdbc;

    TraditionalQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TraditionalSplit> run(Scope scope, Window window, Period period) {
        return jdbc.sql(SQL)
                .params(QueryParameters.of(scope, window, period))
                .query((rs, row) -> new TraditionalSplit(
                        rs.getLong("salesperson_id"),
                        rs.getObject("period_start", LocalDate.class),
                        rs.getLong("new_visits"),
                        rs.getLong("existing_visits")))
                .list();
    }
}
