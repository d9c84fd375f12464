package se.syfte.accounts.db;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal API tokens, kept as hashes; revoked tokens stay listed, and never work again. */
@Repository
public class ApiTokenRepository {

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Token(long id, String name, Instant created, Instant lastUsed, Instant revoked) {

        public boolean active() {
            return revoked == null;
        }
    }

    public record Owner(long orgId, long userId, long tokenId) {}

    public long insert(long org, long user, String name, String hash, Instant now) {
        return jdbc.sql("""
                        INSERT INTO api_token (org_id, user_id, name, token_hash, created_at)
                        VALUES (:org, :user, :name, :hash, :now) RETURNING id
                        """)
                .param("org", org)
                .param("user", user)
                .param("name", name)
                .param("hash", hash)
                .param("now", utc(now))
                .query(Long.class)
                .single();
    }

    /** The account an active token belongs to; noting that it was used. */
    public Optional<Owner> use(String hash, Instant now) {
        Optional<Owner> owner = jdbc.sql("""
                        SELECT org_id, user_id, id FROM api_token WHERE token_hash = :hash AND revoked_at IS NULL
                        """)
                .param("hash", hash)
                .query((row, n) -> new Owner(row.getLong(1), row.getLong(2), row.getLong(3)))
                .optional();
        owner.ifPresent(found -> jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE org_id = :org AND id = :id")
                .param("now", utc(now))
                .param("org", found.orgId())
                .param("id", found.tokenId())
                .update());
        return owner;
    }

    public List<Token> findAll(long org, long user) {
        return jdbc.sql("""
                        SELECT id, name, created_at, last_used_at, revoked_at FROM api_token
                        WHERE org_id = :org AND user_id = :user ORDER BY id
                        """)
                .param("org", org)
                .param("user", user)
                .query((row, n) -> new Token(
                        row.getLong(1),
                        row.getString(2),
                        instant(row.getObject(3, LocalDateTime.class)),
                        instant(row.getObject(4, LocalDateTime.class)),
                        instant(row.getObject(5, LocalDateTime.class))))
                .list();
    }

    /** Revokes one of the user's own tokens; false when they have none of that id. */
    public boolean revoke(long org, long user, long id, Instant now) {
        return jdbc.sql("""
                                UPDATE api_token SET revoked_at = :now
                                WHERE org_id = :org AND user_id = :user AND id = :id AND revoked_at IS NULL
                                """)
                        .param("now", utc(now))
                        .param("org", org)
                        .param("user", user)
                        .param("id", id)
                        .update()
                > 0;
    }

    /** Revokes every token of the user still active; how many it revoked. */
    public int revokeAll(long org, long user, Instant now) {
        return jdbc.sql("UPDATE api_token SET revoked_at = :now"
                        + " WHERE org_id = :org AND user_id = :user AND revoked_at IS NULL")
                .param("now", utc(now))
                .param("org", org)
                .param("user", user)
                .update();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
