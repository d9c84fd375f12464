package se.syfte.visits.db;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import se.syfte.visits.Visit;

@Repository
public class VisitRepository {

    private final NamedParameterJdbcTemplate jdbc;

    VisitRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insertAll(long orgId, List<Visit> visits) {
        SqlParameterSource[] rows = visits.stream()
                .map(visit -> new MapSqlParameterSource()
                        .addValue("org", orgId)
                        .addValue("date", visit.date())
                        .addValue("time", visit.time())
                        .addValue("salesperson", visit.salespersonId())
                        .addValue("customer", visit.customerId())
                        .addValue("purpose", visit.purposeId())
                        .addValue("minutes", visit.durationMinutes())
                        .addValue("channel", visit.channel().name())
                        .addValue("note", visit.note())
                        .addValue("deal", visit.dealId()))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("""
                INSERT INTO visit (org_id, visit_date, visit_time, salesperson_id, customer_id, purpose_id,
                                   duration_minutes, channel, note, deal_id)
                VALUES (:org, :date, :time, :salesperson, :customer, :purpose, :minutes, :channel, :note, :deal)
                """, rows);
    }
}
