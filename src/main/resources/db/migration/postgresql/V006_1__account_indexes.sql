-- One account per e-mail address across organisations, and tokens found by their hash.
CREATE UNIQUE INDEX app_user_by_email ON app_user (email);
CREATE UNIQUE INDEX api_token_by_hash ON api_token (token_hash);
