package se.syfte.analytics.journeys.db;

import java.time.LocalDate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.Window;
import se.syfte.analytics.core.db.QueryParameters;
import se.syfte.analytics.journeys.FunnelVisit;
import se.syfte.analytics.journeys.JourneyWalker;
import se.syfte.analytics.journeys.WinEvent;
import se.syfte.database.SqlFile;

/** Streams funnel visits and win events into a {@link JourneyWalker}, row by row. */
@Repository
public class JourneyInputQuery {

    private static final String SQL = SqlFile.read(new ClassPathResource("journey-input.sql", JourneyInputQuery.class));
    private static final int FETCH_SIZE = 10_000;

    private final JdbcClient jdbc;

    JourneyInputQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Feeds every event before the window's end to the walker, then finishes it. */
    @Transactional(readOnly = true)
    public void walk(Scope scope, Window window, JourneyWalker walker) {
        walk(scope, window, EVERY_CUSTOMER, walker);
    }

    /** The same for one customer's events only: its journeys are walked alone. */
    @Transactional(readOnly = true)
    public void walkCustomer(Scope scope, Window window, long customerId, JourneyWalker walker) {
        walk(scope, window, customerId, walker);
    }

    private static final long EVERY_CUSTOMER = -1;

    private void walk(Scope scope, Window window, long onlyCustomer, JourneyWalker walker) {
        jdbc.sql(SQL)
                .withFetchSize(FETCH_SIZE)
                .params(QueryParameters.of(scope, window))
                .param("customer", onlyCustomer)
                .query((RowCallbackHandler) rs -> {
                    long customer = rs.getLong(1);
                    LocalDate date = LocalDate.ofEpochDay(rs.getLong(4));
                    if (rs.getInt(2) == 0) {
                        walker.win(new WinEvent(customer, date));
                    } else {
                        walker.visit(new FunnelVisit(rs.getLong(3), customer, date, rs.getInt(5)));
                    }
                });
        walker.finish();
    }
}
