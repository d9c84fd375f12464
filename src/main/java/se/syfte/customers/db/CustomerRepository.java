package se.syfte.customers.db;

import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.customers.OrgNumber;
import se.syfte.database.Upserted;

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
    /** The ids of the customers of these names (the first, where two share one). */
    public java.util.Map<String, Long> idsByName(long orgId, java.util.Collection<String> names) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        if (names.isEmpty()) {
            return ids;
        }
        jdbc.sql("SELECT name, MIN(id) AS id FROM customer WHERE org_id = :org AND name IN (:names) GROUP BY name")
                .param("org", orgId)
                .param("names", List.copyOf(names))
                .query((row, number) -> ids.put(row.getString("name"), row.getLong("id")))
                .list();
        return ids;
    }

    /** Stores a new customer; the organisation number arrives validated as an {@link OrgNumber}. */
    public long insert(long orgId, String name, OrgNumber orgNumber, String segment, String industry) {
        return insert(orgId, name, orgNumber, new Details(segment, industry, null, null));
    }

    /** Stores a new customer with its details; an owner must be a salesperson of the organisation. */
    public long insert(long orgId, String name, OrgNumber orgNumber, Details details) {
        return jdbc.sql("""
                        INSERT INTO customer (org_id, name, org_number, segment, industry, tier, owner_id)
                        VALUES (:org, :name, :orgNumber, :segment, :industry, :tier, :owner)
                        RETURNING id
                        """)
                .param("org", orgId)
                .param("name", name)
                .param("orgNumber", orgNumber == null ? null : orgNumber.value(), Types.VARCHAR)
                .param("segment", details.segment(), Types.VARCHAR)
                .param("industry", details.industry(), Types.VARCHAR)
                .param("tier", details.tier(), Types.VARCHAR)
                .param("owner", details.ownerId(), Types.BIGINT)
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

    /** Every customer's id by its external id, for those that have one. */
    public java.util.Map<String, Long> idsByExternalId(long orgId) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.sql("SELECT external_id, id FROM customer WHERE org_id = :org AND external_id IS NOT NULL")
                .param("org", orgId)
                .query((row, n) -> ids.put(row.getString(1), row.getLong(2)))
                .list();
        return ids;
    }

    /** Every customer's id by its name in lower case (the first, where names repeat), read at once. */
    public java.util.Map<String, Long> idsByLowerCaseName(long orgId) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.sql("SELECT name, id FROM customer WHERE org_id = :org ORDER BY id DESC")
                .param("org", orgId)
                .query((row, n) -> ids.put(row.getString(1).toLowerCase(java.util.Locale.ROOT), row.getLong(2)))
                .list();
        return ids;
    }

    /** Sets the tier and the owner where given (a null clears it); the rest stays. */
    public void assign(long orgId, long id, boolean tierGiven, String tier, boolean ownerGiven, Long ownerId) {
        jdbc.sql("""
                        UPDATE customer
                        SET tier = CASE WHEN :tierGiven THEN :tier ELSE tier END,
                            owner_id = CASE WHEN :ownerGiven THEN :owner ELSE owner_id END
                        WHERE org_id = :org AND id = :id
                        """)
                .param("org", orgId)
                .param("id", id)
                .param("tierGiven", tierGiven)
                .param("tier", tier, Types.VARCHAR)
                .param("ownerGiven", ownerGiven)
                .param("owner", ownerId, Types.BIGINT)
                .update();
    }

    /** What a file may say of a customer besides its name and ids; an empty one says nothing. */
    public record Details(String segment, String industry, String tier, Long ownerId) {}

    /**
     * Stores a customer keyed by its external id, or else its name: added, or given the name and
     * whichever of the id, organisation number and details are known (an unknown one keeps what
     * is stored).
     */
    public Upserted save(long orgId, String name, String externalId, OrgNumber orgNumber, Details details) {
        java.util.Optional<Long> existing = externalId == null
                ? java.util.Optional.empty()
                : jdbc.sql("SELECT id FROM customer WHERE org_id = :org AND external_id = :id")
                        .param("org", orgId)
                        .param("id", externalId)
                        .query(Long.class)
                        .optional();
        if (existing.isEmpty()) {
            existing = idByName(orgId, name);
        }
        long id = existing.orElseGet(() -> insert(orgId, name, null, null, null));
        int changed = jdbc.sql("""
                        UPDATE customer
                        SET name = :name, external_id = COALESCE(:external, external_id),
                            org_number = COALESCE(:number, org_number), segment = COALESCE(:segment, segment),
                            industry = COALESCE(:industry, industry), tier = COALESCE(:tier, tier),
                            owner_id = COALESCE(:owner, owner_id)
                        WHERE org_id = :org AND id = :id
                          AND (name <> :name
                               OR COALESCE(external_id, '') <> COALESCE(:external, external_id, '')
                               OR COALESCE(org_number, '') <> COALESCE(:number, org_number, '')
                               OR COALESCE(segment, '') <> COALESCE(:segment, segment, '')
                               OR COALESCE(industry, '') <> COALESCE(:industry, industry, '')
                               OR COALESCE(tier, '') <> COALESCE(:tier, tier, '')
                               OR COALESCE(owner_id, -1) <> COALESCE(:owner, owner_id, -1))
                        """)
                .param("org", orgId)
                .param("id", id)
                .param("name", name)
                .param("external", externalId, Types.VARCHAR)
                .param("number", orgNumber == null ? null : orgNumber.value(), Types.VARCHAR)
                .param("segment", details.segment(), Types.VARCHAR)
                .param("industry", details.industry(), Types.VARCHAR)
                .param("tier", details.tier(), Types.VARCHAR)
                .param("owner", details.ownerId(), Types.BIGINT)
                .update();
        return existing.isEmpty() ? Upserted.ADDED : changed > 0 ? Upserted.UPDATED : Upserted.UNCHANGED;
    }
}
