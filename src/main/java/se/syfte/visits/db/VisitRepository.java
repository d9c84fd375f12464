package se.syfte.visits.db;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import se.syfte.analytics.core.Scope;
import se.syfte.analytics.core.db.QueryParameters;
import se.syfte.database.MergeFile;
import se.syfte.database.StagedMerges;
import se.syfte.visits.Channel;
import se.syfte.visits.StoredVisit;
import se.syfte.visits.Visit;
import se.syfte.visits.VisitStatus;

@Repository
public class VisitRepository {

    /** An import's visits: matched by the file's id, or else by day, time, salesperson, customer and purpose. */
    private static final MergeFile IMPORT = MergeFile.read(
            VisitRepository.class,
            "visit-merge.sql",
            "import_visit",
            "row_no",
            "external_id",
            "visit_date",
            "visit_time",
            "salesperson_id",
            "customer_id",
            "purpose_id",
            "duration_minutes",
            "channel",
            "note",
            "status",
            "status_given",
            "planned");

    private final NamedParameterJdbcTemplate jdbc;
    private final StagedMerges merges;

    VisitRepository(NamedParameterJdbcTemplate jdbc, StagedMerges merges) {
        this.jdbc = jdbc;
        this.merges = merges;
    }

    /**
     * Stages imported visits, each as its id, date, time, salesperson, customer, purpose, minutes,
     * channel, note, status, whether the file gave the status (else it is by date, and a cancelled
     * or missed visit keeps its own) and whether it was planned, for one merge into the
     * organisation's visits.
     */
    public StagedMerges.Staging stageImport(long orgId) {
        return merges.stage(orgId, IMPORT);
    }

    public void insertAll(long orgId, List<Visit> visits) {
        SqlParameterSource[] rows = visits.stream()
                .map(visit -> new MapSqlParameterSource()
                        .addValue("org", orgId)
                        .addValue("date", visit.date())
                        .addValue("time", visit.time())
                        .addValue("salesperson", visit.salespersonId())
                        .addValue("customer", visit.customerId())
                        .addValue("purpose", visit.purposeId())
                        .addValue("minutes", visit.durationMinutes())
                        .addValue("channel", visit.channel().name())
                        .addValue("note", visit.note())
                        .addValue("deal", visit.dealId())
                        .addValue("status", visit.status().name())
                        .addValue("planned", visit.planned()))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("""
                INSERT INTO visit (org_id, visit_date, visit_time, salesperson_id, customer_id, purpose_id,
                                   duration_minutes, channel, note, deal_id, status, planned)
                VALUES (:org, :date, :time, :salesperson, :customer, :purpose, :minutes, :channel, :note, :deal,
                        :status, :planned)
                """, rows);
    }

    private static final String SELECT = """
            SELECT v.id, v.visit_date, v.visit_time, v.salesperson_id, v.customer_id, v.purpose_id,
                   v.duration_minutes, v.channel, v.note, v.deal_id, v.status, v.planned, s.name AS salesperson,
                   c.name AS customer, p.code AS purpose
            FROM visit v
            JOIN salesperson s ON s.org_id = v.org_id AND s.id = v.salesperson_id
            JOIN customer c ON c.org_id = v.org_id AND c.id = v.customer_id
            LEFT JOIN purpose p ON p.org_id = v.org_id AND p.id = v.purpose_id
            """;

    /** A visit of one of the given salespeople; any other is as if it did not exist. */
    public java.util.Optional<StoredVisit> find(Scope scope, long id) {
        return jdbc
                .query(
                        SELECT + " WHERE v.org_id = :org AND v.id = :id AND v.salesperson_id IN (:salespeople)",
                        scoped(scope).addValue("id", id),
                        VisitRepository::stored)
                .stream()
                .findFirst();
    }

    /** The newest visits first, at most {@code limit}, in {@code [from, to)}. */
    public List<StoredVisit> list(Scope scope, java.time.LocalDate from, java.time.LocalDate to, int limit) {
        return list(scope, from, to, VisitFilter.NONE, 0, limit);
    }

    /**
     * The visits the filter keeps, newest first, from the {@code offset}th on and at most {@code
     * limit}: filtered in the database before the page is cut.
     */
    public List<StoredVisit> list(
            Scope scope, java.time.LocalDate from, java.time.LocalDate to, VisitFilter filter, int offset, int limit) {
        return jdbc.query(
                SELECT + """
                         WHERE v.org_id = :org AND v.salesperson_id IN (:salespeople)
                           AND v.visit_date >= :from AND v.visit_date < :to
                           AND (CAST(:purpose AS VARCHAR) IS NULL OR UPPER(p.code) = UPPER(CAST(:purpose AS VARCHAR)))
                           AND (CAST(:customer AS VARCHAR) IS NULL OR LOWER(c.name) = LOWER(CAST(:customer AS VARCHAR)))
                           AND (CAST(:status AS VARCHAR) IS NULL OR v.status = UPPER(CAST(:status AS VARCHAR)))
                        ORDER BY v.visit_date DESC, v.visit_time DESC NULLS LAST, v.id DESC
                        LIMIT :limit OFFSET :offset
                        """,
                scoped(scope)
                        .addValue("from", from)
                        .addValue("to", to)
                        .addValue("purpose", filter.purposeCode(), java.sql.Types.VARCHAR)
                        .addValue("customer", filter.customer(), java.sql.Types.VARCHAR)
                        .addValue("status", filter.status(), java.sql.Types.VARCHAR)
                        .addValue("offset", offset)
                        .addValue("limit", limit),
                VisitRepository::stored);
    }

    /** The PLANNED visits in {@code [from, to)}, soonest or newest first, at most {@code limit}. */
    public List<StoredVisit> planned(
            Scope scope, java.time.LocalDate from, java.time.LocalDate to, boolean soonestFirst, int limit) {
        String order = soonestFirst ? "ASC" : "DESC";
        return jdbc.query(
                SELECT + """
                         WHERE v.org_id = :org AND v.salesperson_id IN (:salespeople) AND v.status = 'PLANNED'
                           AND v.visit_date >= :from AND v.visit_date < :to
                        """ + "ORDER BY v.visit_date " + order + ", v.visit_time " + order + " NULLS LAST, v.id "
                        + order + " LIMIT :limit",
                scoped(scope).addValue("from", from).addValue("to", to).addValue("limit", limit),
                VisitRepository::stored);
    }

    public long insert(long orgId, Visit visit) {
        return jdbc.queryForObject("""
                INSERT INTO visit (org_id, visit_date, visit_time, salesperson_id, customer_id, purpose_id,
                                   duration_minutes, channel, note, deal_id, status, planned)
                VALUES (:org, :date, :time, :salesperson, :customer, :purpose, :minutes, :channel, :note, :deal,
                        :status, :planned)
                RETURNING id
                """, parameters(orgId, visit), Long.class);
    }

    public void update(long orgId, long id, Visit visit) {
        jdbc.update("""
                UPDATE visit SET visit_date = :date, visit_time = :time, salesperson_id = :salesperson,
                                 customer_id = :customer, purpose_id = :purpose, duration_minutes = :minutes,
                                 channel = :channel, note = :note, status = :status, planned = :planned
                WHERE org_id = :org AND id = :id
                """, parameters(orgId, visit).addValue("id", id));
    }

    public void delete(long orgId, long id) {
        jdbc.update(
                "DELETE FROM visit WHERE org_id = :org AND id = :id",
                new MapSqlParameterSource("org", orgId).addValue("id", id));
    }

    private static MapSqlParameterSource scoped(Scope scope) {
        return new MapSqlParameterSource("org", scope.orgId())
                .addValue("salespeople", QueryParameters.salespeople(scope));
    }

    private static MapSqlParameterSource parameters(long orgId, Visit visit) {
        return new MapSqlParameterSource()
                .addValue("org", orgId)
                .addValue("date", visit.date())
                .addValue("time", visit.time())
                .addValue("salesperson", visit.salespersonId())
                .addValue("customer", visit.customerId())
                .addValue("purpose", visit.purposeId())
                .addValue("minutes", visit.durationMinutes())
                .addValue("channel", visit.channel().name())
                .addValue("note", visit.note())
                .addValue("deal", visit.dealId())
                .addValue("status", visit.status().name())
                .addValue("planned", visit.planned());
    }

    private static StoredVisit stored(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        long purpose = row.getLong("purpose_id");
        Long purposeId = row.wasNull() ? null : purpose;
        int minutes = row.getInt("duration_minutes");
        Integer durationMinutes = row.wasNull() ? null : minutes;
        long deal = row.getLong("deal_id");
        Long dealId = row.wasNull() ? null : deal;
        return new StoredVisit(
                row.getLong("id"),
                new Visit(
                        row.getObject("visit_date", java.time.LocalDate.class),
                        row.getObject("visit_time", java.time.LocalTime.class),
                        row.getLong("salesperson_id"),
                        row.getLong("customer_id"),
                        purposeId,
                        durationMinutes,
                        Channel.valueOf(row.getString("channel")),
                        row.getString("note"),
                        dealId,
                        VisitStatus.valueOf(row.getString("status")),
                        row.getBoolean("planned")),
                row.getString("salesperson"),
                row.getString("customer"),
                row.getString("purpose"));
    }
}
