CREATE INDEX sign_in_failure_by_email ON sign_in_failure (email, failed_at);
