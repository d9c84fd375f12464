package se.syfte.targets.db;

import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import se.syfte.database.Upserted;
import se.syfte.targets.Target;
import se.syfte.targets.TargetOwner;

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

    /** Each owner's monthly targets for the month from {@code start}, by purpose. */
    public java.util.Map<Long, java.util.Map<Long, Integer>> monthly(
            long orgId, TargetOwner owner, java.util.Collection<Long> owners, java.time.LocalDate start) {
        java.util.Map<Long, java.util.Map<Long, Integer>> targets = new java.util.HashMap<>();
        if (owners.isEmpty()) {
            return targets;
        }
        jdbc.query(
                "SELECT " + owner.column() + ", purpose_id, target_count FROM target"
                        + " WHERE org_id = :org AND period = 'MONTH' AND period_start = :start"
                        + " AND " + owner.column() + " IN (:owners)",
                new MapSqlParameterSource("org", orgId)
                        .addValue("start", start)
                        .addValue("owners", java.util.List.copyOf(owners)),
                (java.sql.ResultSet row) -> {
                    targets.computeIfAbsent(row.getLong(1), id -> new java.util.HashMap<>())
                            .put(row.getLong(2), row.getInt(3));
                });
        return targets;
    }

    /** Sets an owner's monthly targets for a month to exactly these (none where a purpose is absent). */
    public void replaceMonthly(
            long orgId, TargetOwner owner, long id, java.time.LocalDate start, java.util.Map<Long, Integer> counts) {
        jdbc.update(
                "DELETE FROM target WHERE org_id = :org AND " + owner.column() + " = :owner"
                        + " AND period = 'MONTH' AND period_start = :start",
                new MapSqlParameterSource("org", orgId).addValue("owner", id).addValue("start", start));
        insertAll(
                orgId,
                counts.entrySet().stream()
                        .map(count -> owner.monthly(id, count.getKey(), start, count.getValue()))
                        .toList());
    }

    /** Stores a target keyed by whose it is, its purpose, period and start: added, or given its count. */
    public Upserted save(long orgId, Target target) {
        MapSqlParameterSource row = new MapSqlParameterSource()
                .addValue("org", orgId)
                .addValue("salesperson", target.salespersonId(), Types.BIGINT)
                .addValue("team", target.teamId(), Types.BIGINT)
                .addValue("purpose", target.purposeId())
                .addValue("period", target.period().name())
                .addValue("start", target.periodStart())
                .addValue("count", target.count());
        Long existing = jdbc.queryForObject("""
                SELECT MIN(id) FROM target
                WHERE org_id = :org AND COALESCE(salesperson_id, -1) = COALESCE(:salesperson, -1)
                  AND COALESCE(team_id, -1) = COALESCE(:team, -1) AND purpose_id = :purpose
                  AND period = :period AND period_start = :start
                """, row, Long.class);
        if (existing == null) {
            insertAll(orgId, List.of(target));
            return Upserted.ADDED;
        }
        int changed = jdbc.update("""
                UPDATE target SET target_count = :count
                WHERE org_id = :org AND id = :id AND target_count <> :count
                """, row.addValue("id", existing));
        return changed > 0 ? Upserted.UPDATED : Upserted.UNCHANGED;
    }
}
