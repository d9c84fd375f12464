package se.syfte.organisation.db;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.organisation.Team;

@Repository
public class TeamRepository {

    private final JdbcClient jdbc;

    TeamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long orgId, String name) {
        return jdbc.sql("INSERT INTO team (org_id, name) VALUES (:org, :name) RETURNING id")
                .param("org", orgId)
                .param("name", name)
                .query(Long.class)
                .single();
    }

    public List<Team> findAll(long orgId) {
        return jdbc.sql("SELECT id, name FROM team WHERE org_id = :org ORDER BY name")
                .param("org", orgId)
                .query(Team.class)
                .list();
    }

    public void rename(long orgId, long id, String name) {
        jdbc.sql("UPDATE team SET name = :name WHERE org_id = :org AND id = :id")
                .param("org", orgId)
                .param("id", id)
                .param("name", name)
                .update();
    }

    /** The team of that name, whatever its case; a new team when there is none. */
    public long idOrAdd(long orgId, String name) {
        return jdbc.sql("SELECT id FROM team WHERE org_id = :org AND LOWER(name) = LOWER(:name)")
                .param("org", orgId)
                .param("name", name)
                .query(Long.class)
                .optional()
                .orElseGet(() -> insert(orgId, name));
    }
}
