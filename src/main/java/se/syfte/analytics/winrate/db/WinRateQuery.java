package se.syfte.analytics.winrate.db;

import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.Window;
import se.syfte.analytics.core.db.QueryParameters;
import se.syfte.analytics.winrate.WinRate;
import se.syfte.database.SqlFile;

@Repository
public class WinRateQuery {

    private static final String WIN_RATES = SqlFile.read(new ClassPathResource("winrate.sql", WinRateQuery.class));
    private static final String WON_DEAL_DAYS =
            SqlFile.read(new ClassPathResource("won-deal-days.sql", WinRateQuery.class));

    private final JdbcClient jdbc;

    WinRateQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<WinRate> run(Scope scope, Window window) {
        return jdbc.sql(WIN_RATES)
                .params(QueryParameters.of(scope, window))
                .query((rs, row) -> new WinRate(
                        rs.getLong("salesperson_id"),
                        rs.getLong("won"),
                        rs.getLong("lost"),
                        rs.getBigDecimal("won_value"),
                        rs.getBigDecimal("lost_value")))
                .list();
    }

    /** Per owner, the days from creation to close of each deal won in the window. */
    public List<Map.Entry<Long, Long>> wonDealDays(Scope scope, Window window) {
        return jdbc.sql(WON_DEAL_DAYS)
                .params(QueryParameters.of(scope, window))
                .query((rs, row) -> Map.entry(rs.getLong("salesperson_id"), rs.getLong("days")))
                .list();
    }
}
