package se.syfte.organisation.db;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
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
}
