package se.syfte.orders.db;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import se.syfte.database.MergeFile;
import se.syfte.database.StagedMerges;
import se.syfte.orders.Order;

@Repository
public class OrderRepository {

    /** An import's orders: matched by the file's id, or else by customer, day, amount and salesperson. */
    private static final MergeFile IMPORT = MergeFile.read(
            OrderRepository.class,
            "order-merge.sql",
            "import_order",
            "row_no",
            "external_id",
            "customer_id",
            "salesperson_id",
            "order_date",
            "amount",
            "currency");

    private final NamedParameterJdbcTemplate jdbc;
    private final StagedMerges merges;

    OrderRepository(NamedParameterJdbcTemplate jdbc, StagedMerges merges) {
        this.jdbc = jdbc;
        this.merges = merges;
    }

    /**
     * Stages imported orders, each as its id, customer, salesperson, date, amount and currency, for
     * one merge into the organisation's orders.
     */
    public StagedMerges.Staging stageImport(long orgId) {
        return merges.stage(orgId, IMPORT);
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
