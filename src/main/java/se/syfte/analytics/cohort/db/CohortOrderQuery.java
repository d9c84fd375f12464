package se.syfte.analytics.cohort.db;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.analytics.cohort.DatedAmount;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.Window;
import se.syfte.analytics.core.db.QueryParameters;
import se.syfte.database.SqlFile;

@Repository
public class CohortOrderQuery {

    private static final String SQL = SqlFile.read(new ClassPathResource("cohort-orders.sql", CohortOrderQuery.class));

    private final JdbcClient jdbc;

    CohortOrderQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Daily order intake of each customer the scope's salespeople visited, before the window's end. */
    public Map<Long, List<DatedAmount>> run(Scope scope, Window window) {
        Map<Long, List<DatedAmount>> byCustomer = new HashMap<>();
        jdbc.sql(SQL).params(QueryParameters.of(scope, window)).query((RowCallbackHandler) rs -> {
            DatedAmount amount = new DatedAmount(
                    rs.getLong("customer_id"), rs.getObject("order_date", LocalDate.class), rs.getBigDecimal("amount"));
            byCustomer
                    .computeIfAbsent(amount.customerId(), id -> new ArrayList<>())
                    .add(amount);
        });
        return byCustomer;
    }
}
