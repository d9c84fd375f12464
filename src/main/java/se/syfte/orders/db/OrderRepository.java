package se.syfte.orders.db;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import se.syfte.orders.Order;

@Repository
public class OrderRepository {

    private final NamedParameterJdbcTemplate jdbc;

    OrderRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insertAll(long orgId, List<Order> orders) {
        SqlParameterSource[] rows = orders.stream()
                .map(order -> new MapSqlParameterSource()
                        .addValue("org", orgId)
                        .addValue("customer", order.customerId())
                        .addValue("salesperson", order.salespersonId())
                        .addValue("date", order.date())
                        .addValue("amount", order.amount())
                        .addValue("currency", order.currency()))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("""
                INSERT INTO orders (org_id, customer_id, salesperson_id, order_date, amount, currency)
                VALUES (:org, :customer, :salesperson, :date, :amount, :currency)
                """, rows);
    }
}
