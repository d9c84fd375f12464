package se.syfte.imports.db;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.imports.ImportCounts.Outcome;
import se.syfte.imports.ImportRows;

/**
 * Stores imported rows so that importing the same file again changes nothing: salespeople keyed
 * by name, customers by external id or else name, visits by external id or else date, time,
 * salesperson, customer and purpose.
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

    public Outcome visit(long org, ImportRows.VisitRow row, long salesperson, long customer) {
        Optional<Long> existing = row.externalId() != null
                ? byExternalId("visit", org, row.externalId())
                : jdbc.sql("""
                                SELECT MIN(id) FROM visit
                                WHERE org_id = :org AND visit_date = :date AND salesperson_id = :salesperson
                                  AND customer_id = :customer AND COALESCE(purpose_id, -1) = COALESCE(:purpose, -1)
                                  AND COALESCE(CAST(visit_time AS VARCHAR), '') = :time
                                """)
                        .param("org", org)
                        .param("date", row.date())
                        .param("salesperson", salesperson)
                        .param("customer", customer)
                        .param("purpose", row.purposeId())
                        .param(
                                "time",
                                row.time() == null
                                        ? ""
                                        : row.time().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")))
                        .query(Long.class)
                        .optional();
        return addOrUpdate(existing, """
                            INSERT INTO visit (org_id, visit_date, visit_time, salesperson_id, customer_id, purpose_id,
                                               duration_minutes, channel, note, external_id)
                            VALUES (:org, :date, :time, :salesperson, :customer, :purpose, :minutes, :channel, :note,
                                    :external)
                            """, """
                        UPDATE visit SET visit_date = :date, visit_time = :time, salesperson_id = :salesperson,
                                         customer_id = :customer, purpose_id = :purpose, duration_minutes = :minutes,
                                         channel = :channel, note = :note
                        WHERE org_id = :org AND id = :id
                          AND (visit_date <> :date OR salesperson_id <> :salesperson OR customer_id <> :customer
                               OR COALESCE(purpose_id, -1) <> COALESCE(:purpose, -1) OR channel <> :channel
                               OR COALESCE(duration_minutes, -1) <> COALESCE(:minutes, -1)
                               OR COALESCE(note, '') <> COALESCE(:note, ''))
                        """, visitParameters(org, row, salesperson, customer));
    }

    public Outcome deal(long org, ImportRows.DealRow row, long customer, Long owner) {
        Optional<Long> existing = row.externalId() != null
                ? byExternalId("deal", org, row.externalId())
                : jdbc.sql("""
                                SELECT MIN(id) FROM deal
                                WHERE org_id = :org AND customer_id = :customer AND created_date = :created
                                  AND COALESCE(title, '') = COALESCE(:title, '')
                                """)
                        .param("org", org)
                        .param("customer", customer)
                        .param("created", row.created())
                        .param("title", row.title(), java.sql.Types.VARCHAR)
                        .query(Long.class)
                        .optional();
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("org", org);
        parameters.put("external", row.externalId());
        parameters.put("customer", customer);
        parameters.put("owner", owner);
        parameters.put("title", row.title());
        parameters.put("created", row.created());
        parameters.put("stage", row.stage());
        parameters.put("value", row.value());
        parameters.put("currency", row.currency());
        parameters.put("status", row.status().name());
        parameters.put("closed", row.closed());
        return addOrUpdate(existing, """
                            INSERT INTO deal (org_id, external_id, customer_id, owner_id, title, created_date, stage, value,
                                              currency, status, close_date)
                            VALUES (:org, :external, :customer, :owner, :title, :created, :stage, :value, :currency,
                                    :status, :closed)
                            """, """
                        UPDATE deal SET customer_id = :customer, owner_id = :owner, title = :title,
                                        created_date = :created, stage = :stage, value = :value, currency = :currency,
                                        status = :status, close_date = :closed
                        WHERE org_id = :org AND id = :id
                          AND (customer_id <> :customer OR COALESCE(owner_id, -1) <> COALESCE(:owner, -1)
                               OR COALESCE(title, '') <> COALESCE(:title, '') OR created_date <> :created
                               OR COALESCE(stage, '') <> COALESCE(:stage, '') OR value <> :value
                               OR currency <> :currency OR status <> :status
                               OR COALESCE(close_date, DATE '1900-01-01') <> COALESCE(:closed, DATE '1900-01-01'))
                        """, parameters);
    }

    public Outcome order(long org, ImportRows.OrderRow row, long customer, Long salesperson) {
        Optional<Long> existing = row.externalId() != null
                ? byExternalId("orders", org, row.externalId())
                : jdbc.sql("""
                                SELECT MIN(id) FROM orders
                                WHERE org_id = :org AND customer_id = :customer AND order_date = :date
                                  AND amount = :amount AND COALESCE(salesperson_id, -1) = COALESCE(:salesperson, -1)
                                """)
                        .param("org", org)
                        .param("customer", customer)
                        .param("date", row.date())
                        .param("amount", row.amount())
                        .param("salesperson", salesperson, java.sql.Types.BIGINT)
                        .query(Long.class)
                        .optional();
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("org", org);
        parameters.put("external", row.externalId());
        parameters.put("customer", customer);
        parameters.put("salesperson", salesperson);
        parameters.put("date", row.date());
        parameters.put("amount", row.amount());
        parameters.put("currency", row.currency());
        return addOrUpdate(existing, """
                            INSERT INTO orders (org_id, external_id, customer_id, salesperson_id, order_date, amount, currency)
                            VALUES (:org, :external, :customer, :salesperson, :date, :amount, :currency)
                            """, """
                        UPDATE orders SET customer_id = :customer, salesperson_id = :salesperson, order_date = :date,
                                          amount = :amount, currency = :currency
                        WHERE org_id = :org AND id = :id
                          AND (customer_id <> :customer OR COALESCE(salesperson_id, -1) <> COALESCE(:salesperson, -1)
                               OR order_date <> :date OR amount <> :amount OR currency <> :currency)
                        """, parameters);
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

    /**
     * Adds the row when there is none, else updates it — where the update changes nothing, the
     * row was already as the file has it.
     */
    private Outcome addOrUpdate(
            Optional<Long> existing, String insert, String update, java.util.Map<String, Object> parameters) {
        if (existing.isEmpty()) {
            jdbc.sql(insert).params(parameters).update();
            return Outcome.ADDED;
        }
        java.util.Map<String, Object> withId = new java.util.HashMap<>(parameters);
        withId.put("id", existing.get());
        return jdbc.sql(update).params(withId).update() > 0 ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    /** The row of {@code table} (one of this store's own) that carries the file's id. */
    private Optional<Long> byExternalId(String table, long org, String externalId) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE org_id = :org AND external_id = :id")
                .param("org", org)
                .param("id", externalId)
                .query(Long.class)
                .optional();
    }

    private static java.util.Map<String, Object> visitParameters(
            long org, ImportRows.VisitRow row, long salesperson, long customer) {
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("org", org);
        parameters.put("date", row.date());
        parameters.put("time", row.time());
        parameters.put("salesperson", salesperson);
        parameters.put("customer", customer);
        parameters.put("purpose", row.purposeId());
        parameters.put("minutes", row.minutes());
        parameters.put("channel", row.channel().name());
        parameters.put("note", row.note());
        parameters.put("external", row.externalId());
        return parameters;
    }
}
