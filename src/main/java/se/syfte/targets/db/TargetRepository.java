package se.syfte.targets.db;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import se.syfte.targets.Target;
import se.syfte.targets.TargetPeriod;

@Repository
public class TargetRepository {

    private final NamedParameterJdbcTemplate jdbc;

    TargetRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insertAll(long orgId, List<Target> targets) {
        SqlParameterSource[] rows = targets.stream()
                .map(target -> new MapSqlParameterSource()
                        .addValue("org", orgId)
                        .addValue("salesperson", target.salespersonId())
                        .addValue("team", target.teamId())
                        .addValue("purpose", target.purposeId())
                        .addValue("period", target.period().name())
                        .addValue("start", target.periodStart())
                        .addValue("count", target.count()))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("""
                INSERT INTO target (org_id, salesperson_id, team_id, purpose_id, period, period_start, target_count)
                VALUES (:org, :salesperson, :team, :purpose, :period, :start, :count)
                """, rows);
    }

    /** Each salesperson's monthly targets for the month from {@code start}, by purpose. */
    public java.util.Map<Long, java.util.Map<Long, Integer>> monthly(
            long orgId, java.util.Collection<Long> salespeople, java.time.LocalDate start) {
        java.util.Map<Long, java.util.Map<Long, Integer>> targets = new java.util.HashMap<>();
        if (salespeople.isEmpty()) {
            return targets;
        }
        jdbc.query(
                """
                SELECT salesperson_id, purpose_id, target_count FROM target
                WHERE org_id = :org AND period = 'MONTH' AND period_start = :start
                  AND salesperson_id IN (:salespeople)
                """,
                new MapSqlParameterSource("org", orgId)
                        .addValue("start", start)
                        .addValue("salespeople", java.util.List.copyOf(salespeople)),
                (java.sql.ResultSet row) -> {
                    targets.computeIfAbsent(row.getLong(1), id -> new java.util.HashMap<>())
                            .put(row.getLong(2), row.getInt(3));
                });
        return targets;
    }

    /** Sets a salesperson's monthly targets for a month to exactly these (none where a purpose is absent). */
    public void replaceMonthly(
            long orgId, long salesperson, java.time.LocalDate start, java.util.Map<Long, Integer> counts) {
        jdbc.update(
                """
                DELETE FROM target WHERE org_id = :org AND salesperson_id = :salesperson
                  AND period = 'MONTH' AND period_start = :start
                """,
                new MapSqlParameterSource("org", orgId)
                        .addValue("salesperson", salesperson)
                        .addValue("start", start));
        insertAll(
                orgId,
                counts.entrySet().stream()
                        .map(count -> new Target(
                                salesperson, null, count.getKey(), TargetPeriod.MONTH, start, count.getValue()))
                        .toList());
    }
}
