package se.syfte.analytics.cadence.db;

import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.analytics.cadence.TieredCustomer;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.db.QueryParameters;
import se.syfte.database.SqlFile;

/** The cut's tiered customers with their latest held visit as of a day, read in one query. */
@Repository
public class TieredCustomerQuery {

    private static final String SQL =
            SqlFile.read(new ClassPathResource("tiered-customers.sql", TieredCustomerQuery.class));

    private final JdbcClient jdbc;

    TieredCustomerQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TieredCustomer> asOf(Scope scope, LocalDate day) {
        return jdbc.sql(SQL)
                .param("org", scope.orgId())
                .param("salespeople", QueryParameters.salespeople(scope))
                .param("asOf", day)
                .query((rs, row) -> {
                    long owner = rs.getLong("owner_id");
                    Long ownerId = rs.wasNull() ? null : owner;
                    return new TieredCustomer(
                            rs.getLong("id"),
                            rs.getString("name"),
                            rs.getString("tier"),
                            ownerId,
                            rs.getObject("last_visit", LocalDate.class),
                            rs.getInt("cadence_days"));
                })
                .list();
    }
}
