package se.syfte.analytics.concentration.db;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.analytics.concentration.Concentration;
import se.syfte.analytics.core.NameOrder;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.Window;
import se.syfte.analytics.core.db.QueryParameters;
import se.syfte.database.SqlFile;

/** Each salesperson's most visited customer per funnel purpose, concentrated or not. */
@Repository
public class ConcentrationQuery {

    private static final String SQL =
            SqlFile.read(new ClassPathResource("concentration.sql", ConcentrationQuery.class));
    /** Swedish order (å, ä, ö after z), the same whichever database answers. */
    private static final Comparator<Concentration> BY_NAME =
            Comparator.comparing(Concentration::customer, NameOrder.SWEDISH);

    private final JdbcClient jdbc;

    ConcentrationQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Concentration> run(Scope scope, Window window) {
        Map<String, Concentration> mostVisited = new LinkedHashMap<>();
        jdbc.sql(SQL)
                .params(QueryParameters.of(scope, window))
                .query((rs, row) -> new Concentration(
                        rs.getLong("salesperson_id"),
                        rs.getString("purpose_code"),
                        rs.getLong("all_visits"),
                        rs.getLong("customer_id"),
                        rs.getString("customer"),
                        rs.getLong("visits")))
                .list()
                .forEach(candidate -> mostVisited.merge(
                        candidate.salespersonId() + "/" + candidate.purposeCode(),
                        candidate,
                        (a, b) -> BY_NAME.compare(a, b) <= 0 ? a : b));
        return List.copyOf(mostVisited.values());
    }
}
