package se.syfte.purposes.db;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.purposes.DefaultPurposes;
import se.syfte.purposes.Purpose;
import se.syfte.purposes.PurposeDraft;
import se.syfte.purposes.PurposeKind;

@Repository
public class PurposeRepository {

    private final JdbcClient jdbc;

    PurposeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Funnel purposes by step first, then care purposes, each by code. */
    public List<Purpose> findAll(long orgId) {
        return jdbc.sql("""
                        SELECT id, code, name_sv, name_en, kind, step, default_minutes
                        FROM purpose
                        WHERE org_id = :org
                        ORDER BY CASE WHEN kind = 'FUNNEL' THEN 0 ELSE 1 END, step, code
                        """)
                .param("org", orgId)
                .query((rs, row) -> new Purpose(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name_sv"),
                        rs.getString("name_en"),
                        PurposeKind.valueOf(rs.getString("kind")),
                        rs.getObject("step", Integer.class),
                        rs.getInt("default_minutes")))
                .list();
    }

    public void insertDefaults(long orgId) {
        for (DefaultPurposes.Definition definition : DefaultPurposes.ALL) {
            long purposeId = jdbc.sql("""
                            INSERT INTO purpose (org_id, code, name_sv, name_en, kind, step, default_minutes)
                            VALUES (:org, :code, :sv, :en, :kind, :step, :minutes)
                            RETURNING id
                            """)
                    .param("org", orgId)
                    .param("code", definition.code())
                    .param("sv", definition.nameSv())
                    .param("en", definition.nameEn())
                    .param("kind", definition.kind().name())
                    .param("step", definition.step())
                    .param("minutes", DefaultPurposes.DEFAULT_MINUTES)
                    .query(Long.class)
                    .single();
            for (String keyword : definition.keywords()) {
                jdbc.sql("INSERT INTO purpose_keyword (org_id, purpose_id, keyword) VALUES (:org, :purpose, :keyword)")
                        .param("org", orgId)
                        .param("purpose", purposeId)
                        .param("keyword", keyword)
                        .update();
            }
        }
    }

    public long insert(long orgId, PurposeDraft draft) {
        return jdbc.sql("""
                        INSERT INTO purpose (org_id, code, name_sv, name_en, kind, step, default_minutes)
                        VALUES (:org, :code, :sv, :en, :kind, :step, :minutes)
                        RETURNING id
                        """)
                .param("org", orgId)
                .param("code", draft.code())
                .param("sv", draft.nameSv().strip())
                .param("en", draft.nameEn().strip())
                .param("kind", draft.kind().name())
                .param("step", draft.step())
                .param("minutes", draft.defaultMinutes())
                .query(Long.class)
                .single();
    }

    /** Everything but the code, which imports and the API name the purpose by. */
    public void update(long orgId, long id, PurposeDraft draft) {
        jdbc.sql("""
                        UPDATE purpose
                        SET name_sv = :sv, name_en = :en, kind = :kind, step = :step, default_minutes = :minutes
                        WHERE org_id = :org AND id = :id
                        """)
                .param("org", orgId)
                .param("id", id)
                .param("sv", draft.nameSv().strip())
                .param("en", draft.nameEn().strip())
                .param("kind", draft.kind().name())
                .param("step", draft.step())
                .param("minutes", draft.defaultMinutes())
                .update();
    }

    /**
     * Makes the purpose's keyword rules exactly {@code keywords}, deleting only the dropped ones
     * and inserting only the new ones: DuckDB refuses a key deleted and inserted again in one
     * transaction.
     */
    public void replaceKeywords(long orgId, long purposeId, List<String> keywords) {
        List<String> current = keywords(orgId, purposeId);
        for (String dropped : current) {
            if (!keywords.contains(dropped)) {
                jdbc.sql(
                                "DELETE FROM purpose_keyword WHERE org_id = :org AND purpose_id = :purpose AND keyword = :keyword")
                        .param("org", orgId)
                        .param("purpose", purposeId)
                        .param("keyword", dropped)
                        .update();
            }
        }
        for (String added : keywords) {
            if (!current.contains(added)) {
                jdbc.sql("INSERT INTO purpose_keyword (org_id, purpose_id, keyword) VALUES (:org, :purpose, :keyword)")
                        .param("org", orgId)
                        .param("purpose", purposeId)
                        .param("keyword", added)
                        .update();
            }
        }
    }

    /** Each keyword rule with the code of the purpose it classifies as. */
    public java.util.Map<String, String> keywordOwners(long orgId) {
        java.util.Map<String, String> owners = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT k.keyword, p.code
                        FROM purpose_keyword k
                        JOIN purpose p ON p.org_id = k.org_id AND p.id = k.purpose_id
                        WHERE k.org_id = :org
                        """)
                .param("org", orgId)
                .query((rs, row) -> owners.put(rs.getString(1), rs.getString(2)))
                .list();
        return owners;
    }

    /** How many stored visits have the purpose: what a change to its kind, step or duration reaches. */
    public long visits(long orgId, long purposeId) {
        return jdbc.sql("SELECT COUNT(*) FROM visit WHERE org_id = :org AND purpose_id = :purpose")
                .param("org", orgId)
                .param("purpose", purposeId)
                .query(Long.class)
                .single();
    }

    /** Every purpose's classification keywords, by purpose id. */
    public java.util.Map<Long, List<String>> keywordsByPurpose(long orgId) {
        java.util.Map<Long, List<String>> keywords = new java.util.HashMap<>();
        jdbc.sql("SELECT purpose_id, keyword FROM purpose_keyword WHERE org_id = :org ORDER BY keyword")
                .param("org", orgId)
                .query((rs, row) -> java.util.Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(entry -> keywords.computeIfAbsent(entry.getKey(), id -> new java.util.ArrayList<>())
                        .add(entry.getValue()));
        return keywords;
    }

    public List<String> keywords(long orgId, long purposeId) {
        return jdbc.sql(
                        "SELECT keyword FROM purpose_keyword WHERE org_id = :org AND purpose_id = :purpose ORDER BY keyword")
                .param("org", orgId)
                .param("purpose", purposeId)
                .query(String.class)
                .list();
    }
}
