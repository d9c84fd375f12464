package se.syfte.purposes.db;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.purposes.DefaultPurposes;
import se.syfte.purposes.Purpose;
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
