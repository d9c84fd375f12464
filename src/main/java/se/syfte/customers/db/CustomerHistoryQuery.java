package se.syfte.customers.db;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.VisitMinutes;
import se.syfte.analytics.core.db.QueryParameters;
import se.syfte.customers.CustomerHistory;
import se.syfte.customers.VisibleCustomer;
import se.syfte.database.SqlFile;

/** One customer's visits, deals and orders, as far as the reader's salespeople are concerned. */
@Repository
public class CustomerHistoryQuery {

    private static final String VISIBLE = sql("visible-customers.sql");
    private static final String VISITS = sql("customer-visits.sql");
    private static final String DEALS = sql("customer-deals.sql");
    private static final String ORDERS = sql("customer-orders.sql");
    private static final String VISITORS = sql("customer-visitors.sql");

    private final JdbcClient jdbc;

    CustomerHistoryQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customers the reader may see; {@code everything} for an administrator, who sees them all. */
    public List<VisibleCustomer> visible(Scope scope, boolean everything) {
        return matching(scope, -1, everything);
    }

    /**
     * The customer, when the reader may see it; empty for customers of others and of other
     * organisations, and for an id no customer can have (the query's own "every customer" −1 among them).
     */
    public Optional<VisibleCustomer> visible(Scope scope, long customerId, boolean everything) {
        if (customerId < 1) {
            return Optional.empty();
        }
        return matching(scope, customerId, everything).stream().findFirst();
    }

    private List<VisibleCustomer> matching(Scope scope, long customerId, boolean everything) {
        Map<String, Object> parameters = parameters(scope, customerId);
        parameters.put("everything", everything);
        return jdbc.sql(VISIBLE)
                .params(parameters)
                .query((row, number) -> new VisibleCustomer(
                        row.getLong("id"),
                        row.getString("name"),
                        row.getString("org_number"),
                        row.getString("segment"),
                        row.getString("industry"),
                        row.getString("tier"),
                        row.getString("owner")))
                .list();
    }

    public List<CustomerHistory.Visit> visits(Scope scope, long customerId) {
        return rows(
                VISITS,
                scope,
                customerId,
                (row, number) -> new CustomerHistory.Visit(
                        row.getObject("visit_date", LocalDate.class),
                        row.getString("salesperson"),
                        row.getString("purpose_code"),
                        row.getDouble("hours"),
                        row.getString("channel"),
                        row.getString("note")));
    }

    public List<CustomerHistory.Deal> deals(Scope scope, long customerId) {
        return rows(
                DEALS,
                scope,
                customerId,
                (row, number) -> new CustomerHistory.Deal(
                        row.getString("title"),
                        row.getString("owner"),
                        row.getObject("created_date", LocalDate.class),
                        row.getString("stage"),
                        row.getString("status"),
                        row.getBigDecimal("value"),
                        row.getObject("close_date", LocalDate.class)));
    }

    public List<CustomerHistory.Order> orders(Scope scope, long customerId) {
        return rows(
                ORDERS,
                scope,
                customerId,
                (row, number) -> new CustomerHistory.Order(
                        row.getObject("order_date", LocalDate.class),
                        row.getString("salesperson"),
                        row.getBigDecimal("amount")));
    }

    public List<CustomerHistory.Visitor> visitors(Scope scope, long customerId) {
        return rows(
                VISITORS,
                scope,
                customerId,
                (row, number) -> new CustomerHistory.Visitor(
                        row.getString("salesperson"),
                        row.getLong("visits"),
                        row.getDouble("hours"),
                        row.getObject("last_visit", LocalDate.class)));
    }

    private <T> List<T> rows(String sql, Scope scope, long customerId, RowMapper<T> mapper) {
        return jdbc.sql(sql).params(parameters(scope, customerId)).query(mapper).list();
    }

    private static Map<String, Object> parameters(Scope scope, long customerId) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("org", scope.orgId());
        parameters.put("customer", customerId);
        parameters.put("salespeople", QueryParameters.salespeople(scope));
        parameters.put("defaultMinutes", VisitMinutes.DEFAULT);
        return parameters;
    }

    private static String sql(String name) {
        return SqlFile.read(new ClassPathResource(name, CustomerHistoryQuery.class));
    }
}
