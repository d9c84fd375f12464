package se.syfte.dashboard.db;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.Window;
import se.syfte.analytics.core.db.QueryParameters;
import se.syfte.dashboard.Headline;
import se.syfte.database.SqlFile;

/** The order intake, deals and pipeline of a cut's headline, in one statement. */
@Repository
public class HeadlineQuery {

    private static final String HEADLINE = SqlFile.read(new ClassPathResource("headline.sql", HeadlineQuery.class));

    private final JdbcClient jdbc;

    HeadlineQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Headline.Money run(Scope scope, Window window) {
        return jdbc.sql(HEADLINE)
                .params(QueryParameters.of(scope, window))
                .query((rs, row) -> new Headline.Money(
                        rs.getBigDecimal("order_intake"),
                        rs.getBigDecimal("won_value"),
                        rs.getLong("won"),
                        rs.getLong("lost"),
                        rs.getBigDecimal("pipeline")))
                .single();
    }
}
