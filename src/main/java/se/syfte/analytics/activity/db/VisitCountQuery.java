package se.syfte.analytics.activity.db;

import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.analytics.activity.VisitCount;
import se.syfte.analytics.core.Window;
import se.syfte.database.SqlFile;

/** Visits and hours per salesperson and purpose in a window, counted in the database. */
@Repository
public class VisitCountQuery {

    private static final String SQL = SqlFile.read(new ClassPathResource("visit-counts.sql", VisitCountQuery.class));

    private final JdbcClient jdbc;

    VisitCountQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<VisitCount> run(long orgId, Window window) {
        return jdbc.sql(SQL)
                .param("org", orgId)
                .param("from", window.from())
                .param("to", window.to())
                .query((rs, row) -> new VisitCount(
                        rs.getLong("salesperson_id"),
                        rs.getString("purpose_code"),
                        rs.getLong("visits"),
                        rs.getDouble("hours")))
                .list();
    }
}
