package se.syfte.analytics.attainment.db;

import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.analytics.attainment.Attainment;
import se.syfte.analytics.core.Period;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.Window;
import se.syfte.analytics.core.db.QueryParameters;
import se.syfte.database.SqlFile;

@Repository
public class AttainmentQuery {

    private static final String SQL = SqlFile.read(new ClassPathResource("attainment.sql", AttainmentQuery.class));

    private final JdbcClient jdbc;

    AttainmentQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Attainment> run(Scope scope, Window window) {
        return jdbc.sql(SQL)
                .params(QueryParameters.of(scope, window))
                .query((rs, row) -> new Attainment(
                        rs.getObject("salesperson_id", Long.class),
                        rs.getObject("team_id", Long.class),
                        rs.getString("purpose_code"),
                        Period.valueOf(rs.getString("period")),
                        rs.getObject("period_start", LocalDate.class),
                        rs.getLong("target_count"),
                        rs.getLong("actual")))
                .list();
    }
}
