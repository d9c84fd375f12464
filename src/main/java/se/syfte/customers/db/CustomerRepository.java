package se.syfte.customers.db;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.customers.OrgNumber;

@Repository
public class CustomerRepository {

    private final JdbcClient jdbc;

    CustomerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public java.util.List<String> names(long orgId) {
        return jdbc.sql("SELECT name FROM customer WHERE org_id = :org ORDER BY name")
                .param("org", orgId)
                .query(String.class)
                .list();
    }

    /** Each customer name with its id (the first, where names repeat), for links from reports that name customers. */
    public java.util.Map<String, Long> idsByName(long orgId) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.sql("SELECT name, MIN(id) AS id FROM customer WHERE org_id = :org GROUP BY name")
                .param("org", orgId)
                .query((row, number) -> ids.put(row.getString("name"), row.getLong("id")))
                .list();
        return ids;
    }

    /** Stores a new customer; the organisation number arrives validated as an {@link OrgNumber}. */
    public long insert(long orgId, String name, OrgNumber orgNumber, String segment, String industry) {
        return jdbc.sql("""
                        INSERT INTO customer (org_id, name, org_number, segment, industry)
                        VALUES (:org, :name, :orgNumber, :segment, :industry)
                        RETURNING id
                        """)
                .param("org", orgId)
                .param("name", name)
                .param("orgNumber", orgNumber == null ? null : orgNumber.value())
                .param("segment", segment)
                .param("industry", industry)
                .query(Long.class)
                .single();
    }

    /** The customer of that name, whatever its case (the first, where names repeat). */
    public java.util.Optional<Long> idByName(long orgId, String name) {
        return jdbc.sql("SELECT MIN(id) FROM customer WHERE org_id = :org AND LOWER(name) = LOWER(:name)")
                .param("org", orgId)
                .param("name", name.strip())
                .query(Long.class)
                .optional();
    }
}
