-- Mappings for files of other layouts, saved by name per organisation (syfte import --save-profile).
CREATE TABLE import_profile (
    org_id   BIGINT        NOT NULL,
    name     VARCHAR(100)  NOT NULL,
    kind     VARCHAR(20),
    mapping  VARCHAR(8000) NOT NULL,
    PRIMARY KEY (org_id, name)
);
