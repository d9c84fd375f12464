package se.syfte.organisation.db;

import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.database.Upserted;
import se.syfte.organisation.Salesperson;

@Repository
public class SalespersonRepository {

    private final JdbcClient jdbc;

    SalespersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long orgId, long teamId, String name, String email) {
        return jdbc.sql("""
                        INSERT INTO salesperson (org_id, team_id, name, email)
                        VALUES (:org, :team, :name, :email)
                        RETURNING id
                        """)
                .param("org", orgId)
                .param("team", teamId)
                .param("name", name)
                .param("email", email)
                .query(Long.class)
                .single();
    }

    public List<Salesperson> findAll(long orgId) {
        return jdbc.sql("SELECT id, team_id, name, email FROM salesperson WHERE org_id = :org ORDER BY name")
                .param("org", orgId)
                .query(Salesperson.class)
                .list();
    }

    public void update(long orgId, long id, long teamId, String name, String email) {
        jdbc.sql(
                        "UPDATE salesperson SET team_id = :team, name = :name, email = :email WHERE org_id = :org AND id = :id")
                .param("org", orgId)
                .param("id", id)
                .param("team", teamId)
                .param("name", name)
                .param("email", email)
                .update();
    }

    /** The salesperson of that name, whatever its case. */
    public Optional<Long> idByName(long orgId, String name) {
        return jdbc.sql("SELECT id FROM salesperson WHERE org_id = :org AND LOWER(name) = LOWER(:name)")
                .param("org", orgId)
                .param("name", name)
                .query(Long.class)
                .optional();
    }

    /** Stores a salesperson keyed by name: added, or moved to the team and given the e-mail address. */
    public Upserted save(long orgId, long teamId, String name, String email) {
        Optional<Long> existing = idByName(orgId, name);
        if (existing.isEmpty()) {
            insert(orgId, teamId, name, email);
            return Upserted.ADDED;
        }
        int changed = jdbc.sql("""
                        UPDATE salesperson SET team_id = :team, email = :email
                        WHERE org_id = :org AND id = :id
                          AND (team_id <> :team OR COALESCE(email, '') <> COALESCE(:email, ''))
                        """)
                .param("org", orgId)
                .param("id", existing.get())
                .param("team", teamId)
                .param("email", email, Types.VARCHAR)
                .update();
        return changed > 0 ? Upserted.UPDATED : Upserted.UNCHANGED;
    }
}
