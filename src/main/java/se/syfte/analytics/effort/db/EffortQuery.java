package se.syfte.analytics.effort.db;

import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.Window;
import se.syfte.analytics.core.db.QueryParameters;
import se.syfte.analytics.effort.CustomerEffort;
import se.syfte.database.SqlFile;

@Repository
public class EffortQuery {

    private static final String SQL = SqlFile.read(new ClassPathResource("effort.sql", EffortQuery.class));

    private final JdbcClient jdbc;

    EffortQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CustomerEffort> run(Scope scope, Window window) {
        return jdbc.sql(SQL)
                .params(QueryParameters.of(scope, window))
                .query((rs, row) -> new CustomerEffort(
                        rs.getLong("customer_id"),
                        rs.getString("customer"),
                        rs.getLong("visits"),
                        rs.getDouble("hours"),
                        rs.getBigDecimal("order_intake"),
                        rs.getBigDecimal("won_value"),
                        rs.getBigDecimal("pipeline_value")))
                .list();
    }
}
