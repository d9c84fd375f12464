package se.syfte.audit;

/** What the audit log records (docs/security.md). */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    USER_CREATED,
    USER_CHANGED,
    USER_DISABLED,
    USER_ENABLED,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    IMPORT,
    VISIT_CREATED,
    VISIT_CHANGED,
    VISIT_DELETED,
    DEAL_CHANGED,
    ORDER_CHANGED,
    TARGET_CHANGED,
    CUSTOMER_CHANGED,
    SETTINGS_CHANGED
}
