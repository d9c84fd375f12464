package se.syfte.imports.db;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.imports.ImportCounts.Outcome;
import se.syfte.imports.ImportRows;

/**
 * Stores the imported rows that come few at a time, row by row, so that importing the same file
 * again changes nothing: salespeople keyed by name, customers by external id or else name,
 * targets by whose they are, purpose and period. Visits, deals and orders go through
 * {@link ImportStaging}.
 */
@Repository
public class ImportStore {

    private final JdbcClient jdbc;

    ImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long team(long org, String name) {
        return jdbc.sql("SELECT id FROM team WHERE org_id = :org AND LOWER(name) = LOWER(:name)")
                .param("org", org)
                .param("name", name)
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("INSERT INTO team (org_id, name) VALUES (:org, :name) RETURNING id")
                        .param("org", org)
                        .param("name", name)
                        .query(Long.class)
                        .single());
    }

    public Optional<Long> salespersonId(long org, String name) {
        return jdbc.sql("SELECT id FROM salesperson WHERE org_id = :org AND LOWER(name) = LOWER(:name)")
                .param("org", org)
                .param("name", name)
                .query(Long.class)
                .optional();
    }

    public Outcome salesperson(long org, ImportRows.SalespersonRow row) {
        long team = team(org, row.team());
        Optional<Long> existing = salespersonId(org, row.name());
        if (existing.isEmpty()) {
            jdbc.sql("INSERT INTO salesperson (org_id, team_id, name, email) VALUES (:org, :team, :name, :email)")
                    .param("org", org)
                    .param("team", team)
                    .param("name", row.name())
                    .param("email", row.email())
                    .update();
            return Outcome.ADDED;
        }
        int changed = jdbc.sql("""
                        UPDATE salesperson SET team_id = :team, email = :email
                        WHERE org_id = :org AND id = :id
                          AND (team_id <> :team OR COALESCE(email, '') <> COALESCE(:email, ''))
                        """)
                .param("org", org)
                .param("id", existing.get())
                .param("team", team)
                .param("email", row.email(), java.sql.Types.VARCHAR)
                .update();
        return changed > 0 ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    public Optional<Long> customerId(long org, String externalId, String name) {
        if (externalId != null) {
            Optional<Long> byId = byExternalId("customer", org, externalId);
            if (byId.isPresent()) {
                return byId;
            }
        }
        return jdbc.sql("SELECT MIN(id) FROM customer WHERE org_id = :org AND LOWER(name) = LOWER(:name)")
                .param("org", org)
                .param("name", name)
                .query(Long.class)
                .optional();
    }

    /** Every customer's id by its name in lower case (the first, where names repeat), read at once. */
    public java.util.Map<String, Long> customerIdsByName(long org) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.sql("SELECT name, id FROM customer WHERE org_id = :org ORDER BY id DESC")
                .param("org", org)
                .query((row, n) -> ids.put(row.getString(1).toLowerCase(java.util.Locale.ROOT), row.getLong(2)))
                .list();
        return ids;
    }

    public long newCustomer(long org, String name) {
        return jdbc.sql("INSERT INTO customer (org_id, name) VALUES (:org, :name) RETURNING id")
                .param("org", org)
                .param("name", name)
                .query(Long.class)
                .single();
    }

    public Outcome customer(long org, ImportRows.CustomerRow row) {
        Optional<Long> existing = customerId(org, row.externalId(), row.name());
        long id = existing.orElseGet(() -> newCustomer(org, row.name()));
        int changed = jdbc.sql("""
                        UPDATE customer
                        SET name = :name, external_id = COALESCE(:external, external_id),
                            org_number = COALESCE(:number, org_number), segment = COALESCE(:segment, segment),
                            industry = COALESCE(:industry, industry)
                        WHERE org_id = :org AND id = :id
                          AND (name <> :name
                               OR COALESCE(external_id, '') <> COALESCE(:external, external_id, '')
                               OR COALESCE(org_number, '') <> COALESCE(:number, org_number, '')
                               OR COALESCE(segment, '') <> COALESCE(:segment, segment, '')
                               OR COALESCE(industry, '') <> COALESCE(:industry, industry, ''))
                        """)
                .param("org", org)
                .param("id", id)
                .param("name", row.name())
                .param("external", row.externalId(), java.sql.Types.VARCHAR)
                .param(
                        "number",
                        row.orgNumber() == null ? null : row.orgNumber().value(),
                        java.sql.Types.VARCHAR)
                .param("segment", row.segment(), java.sql.Types.VARCHAR)
                .param("industry", row.industry(), java.sql.Types.VARCHAR)
                .update();
        return existing.isEmpty() ? Outcome.ADDED : changed > 0 ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    /** A target is keyed by whose it is, its purpose, period and start; importing it again sets its count. */
    public Outcome target(long org, ImportRows.TargetRow row, Long salesperson, Long team) {
        Optional<Long> existing = jdbc.sql("""
                        SELECT MIN(id) FROM target
                        WHERE org_id = :org AND COALESCE(salesperson_id, -1) = COALESCE(:salesperson, -1)
                          AND COALESCE(team_id, -1) = COALESCE(:team, -1) AND purpose_id = :purpose
                          AND period = :period AND period_start = :start
                        """)
                .param("org", org)
                .param("salesperson", salesperson, java.sql.Types.BIGINT)
                .param("team", team, java.sql.Types.BIGINT)
                .param("purpose", row.purposeId())
                .param("period", row.period().name())
                .param("start", row.start())
                .query(Long.class)
                .optional();
        if (existing.isEmpty()) {
            jdbc.sql("""
                            INSERT INTO target (org_id, salesperson_id, team_id, purpose_id, period, period_start, target_count)
                            VALUES (:org, :salesperson, :team, :purpose, :period, :start, :count)
                            """)
                    .param("org", org)
                    .param("salesperson", salesperson, java.sql.Types.BIGINT)
                    .param("team", team, java.sql.Types.BIGINT)
                    .param("purpose", row.purposeId())
                    .param("period", row.period().name())
                    .param("start", row.start())
                    .param("count", row.count())
                    .update();
            return Outcome.ADDED;
        }
        int changed = jdbc.sql("""
                        UPDATE target SET target_count = :count
                        WHERE org_id = :org AND id = :id AND target_count <> :count
                        """)
                .param("org", org)
                .param("id", existing.get())
                .param("count", row.count())
                .update();
        return changed > 0 ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    /** The row of {@code table} (one of this store's own) that carries the file's id. */
    private Optional<Long> byExternalId(String table, long org, String externalId) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE org_id = :org AND external_id = :id")
                .param("org", org)
                .param("id", externalId)
                .query(Long.class)
                .optional();
    }
}
