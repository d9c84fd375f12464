package se.syfte.database;

import java.util.Arrays;
import java.util.Optional;

/** The databases Syfte runs on, with the same migrations and queries. */
public enum Vendor {
    DUCKDB("jdbc:duckdb:", "org.duckdb.DuckDBDriver"),
    POSTGRESQL("jdbc:postgresql:", "org.postgresql.Driver");

    private final String prefix;
    private final String driverClass;

    Vendor(String prefix, String driverClass) {
        this.prefix = prefix;
        this.driverClass = driverClass;
    }

    public static Optional<Vendor> of(String url) {
        return Arrays.stream(values())
                .filter(vendor -> url.startsWith(vendor.prefix))
                .findFirst();
    }

    public String prefix() {
        return prefix;
    }

    public String driverClass() {
        return driverClass;
    }

    /** The folder of migrations only this database runs, beside the shared ones. */
    public String migrationFolder() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
