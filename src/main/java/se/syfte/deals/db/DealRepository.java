package se.syfte.deals.db;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.syfte.deals.Deal;

@Repository
public class DealRepository {

    private final JdbcClient jdbc;

    DealRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
