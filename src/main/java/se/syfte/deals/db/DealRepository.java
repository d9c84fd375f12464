package se.syfte.deals.db;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.database.MergeFile;
import se.syfte.database.StagedMerges;
import se.syfte.deals.Deal;

@Repository
public class DealRepository {

    /** An import's deals: matched by the file's id, or else by customer, created date and title. */
    private static final MergeFile IMPORT = MergeFile.read(
            DealRepository.class,
            "deal-merge.sql",
            "import_deal",
            "row_no",
            "external_id",
            "customer_id",
            "owner_id",
            "title",
            "created_date",
            "stage",
            "value",
            "currency",
            "status",
            "close_date");

    private final JdbcClient jdbc;
    private final StagedMerges merges;

    DealRepository(JdbcClient jdbc, StagedMerges merges) {
        this.jdbc = jdbc;
        this.merges = merges;
    }

    /**
     * Stages imported deals, each as its id, customer, owner, title, created date, stage, value,
     * currency, status and close date, for one merge into the organisation's deals.
     */
    public StagedMerges.Staging stageImport(long orgId) {
        return merges.stage(orgId, IMPORT);
    }

    public long insert(long orgId, Deal deal) {
        return jdbc.sql("""
                        INSERT INTO deal (org_id, customer_id, owner_id, title, created_date, stage, value, currency,
                                          status, close_date)
                        VALUES (:org, :customer, :owner, :title, :created, :stage, :value, :currency, :status, :closed)
                        RETURNING id
                        """)
                .param("org", orgId)
                .param("customer", deal.customerId())
                .param("owner", deal.ownerId())
                .param("title", deal.title())
                .param("created", deal.createdDate())
                .param("stage", deal.stage())
                .param("value", deal.value())
                .param("currency", deal.currency())
                .param("status", deal.status().name())
                .param("closed", deal.closeDate())
                .query(Long.class)
                .single();
    }
}
