package se.syfte.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Brings the planner's row counts up to date after a bulk write; every path that writes in bulk
 * calls it, and nothing in Syfte waits for autovacuum, which a server may have turned off. PostgreSQL plans by the
 * statistics of its last ANALYZE, and autovacuum comes round only after a while: until then a
 * table just filled with a demo or an import is planned as empty, and the attainment report
 * of the demo organisation ran for minutes (nested loops over "one row") instead of 10 ms.
 * DuckDB keeps its statistics as it writes and needs nothing.
 */
@Component
public class TableStatistics {

    /** The tables the demo, imports and the benchmark's generator fill; those the reports read. */
    private static final String DATA_TABLES = "team, salesperson, customer, visit, deal, orders, target";

    private final JdbcClient jdbc;
    private final boolean needed;

    TableStatistics(JdbcClient jdbc, DatabaseUrl url) {
        this.jdbc = jdbc;
        this.needed = url.vendor() == Vendor.POSTGRESQL;
    }

    /** Within the writing transaction, so that the statistics count what it wrote and commit with it. */
    public void refresh() {
        if (needed) {
            jdbc.sql("ANALYZE " + DATA_TABLES).update();
        }
    }
}
