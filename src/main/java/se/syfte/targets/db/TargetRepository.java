package se.syfte.targets.db;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import se.syfte.targets.Target;

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
}
