package se.syfte.organisation.db;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.organisation.FollowThrough;
import se.syfte.organisation.Organisation;

@Repository
public class OrganisationRepository {

    /** Child tables first, so PostgreSQL's foreign keys hold at every statement. */
    private static final List<String> TABLES_OF_AN_ORGANISATION = List.of(
            "import_lock",
            "sign_in_failure",
            "import_profile",
            "api_token",
            "audit_event",
            "user_team",
            "app_user",
            "visit",
            "orders",
            "target",
            "deal",
            "purpose_keyword",
            "purpose",
            "customer",
            "salesperson",
            "team");

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organisation> findByCode(String code) {
        return find("code = :key", code);
    }

    public Optional<Organisation> findById(long id) {
        return find("id = :key", id);
    }

    private Optional<Organisation> find(String condition, Object key) {
        return jdbc.sql("""
                        SELECT id, code, name, currency, time_zone, next_step_days, cadence_a_days, cadence_b_days,
                               cadence_c_days
                        FROM organisation WHERE """ + " " + condition)
                .param("key", key)
                .query((rs, row) -> new Organisation(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("currency"),
                        ZoneId.of(rs.getString("time_zone")),
                        new FollowThrough(
                                rs.getInt("next_step_days"),
                                rs.getInt("cadence_a_days"),
                                rs.getInt("cadence_b_days"),
                                rs.getInt("cadence_c_days"))))
                .optional();
    }

    public void saveFollowThrough(long id, FollowThrough settings) {
        jdbc.sql("""
                        UPDATE organisation SET next_step_days = :next, cadence_a_days = :a, cadence_b_days = :b,
                                                cadence_c_days = :c
                        WHERE id = :org
                        """)
                .param("next", settings.nextStepDays())
                .param("a", settings.cadenceA())
                .param("b", settings.cadenceB())
                .param("c", settings.cadenceC())
                .param("org", id)
                .update();
    }

    public List<String> codes() {
        return jdbc.sql("SELECT code FROM organisation ORDER BY code")
                .query(String.class)
                .list();
    }

    public long insert(String code, String name, String currency, String timeZone) {
        return jdbc.sql("INSERT INTO organisation (code, name, currency, time_zone)"
                        + " VALUES (:code, :name, :currency, :zone) RETURNING id")
                .param("code", code)
                .param("name", name)
                .param("currency", currency)
                .param("zone", timeZone)
                .query(Long.class)
                .single();
    }

    /** Deletes the organisation and every row that belongs to it. */
    public void delete(long orgId) {
        for (String table : TABLES_OF_AN_ORGANISATION) {
            jdbc.sql("DELETE FROM " + table + " WHERE org_id = :org")
                    .param("org", orgId)
                    .update();
        }
        jdbc.sql("DELETE FROM organisation WHERE id = :org").param("org", orgId).update();
    }
}
