package se.syfte.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The database the suite runs on: a fresh DuckDB file, or the PostgreSQL database whose URL the
 * build passes in {@code syfte.test.db-url} (from {@code SYFTE_TEST_DB_URL}).
 */
public final class TestDatabase {

    private static final String PROPERTY = "syfte.test.db-url";
    private static final String URL = resolve();

    private TestDatabase() {}

    public static String url() {
        return URL;
    }

    public static boolean isPostgreSql() {
        return URL.startsWith("jdbc:postgresql:");
    }

    private static String resolve() {
        String configured = System.getProperty(PROPERTY, "duckdb");
        return configured.isBlank() || configured.equals("duckdb") ? "jdbc:duckdb:" + freshDuckDbFile() : configured;
    }

    /** A new DuckDB file under target/, so each run of the suite starts empty. */
    public static Path freshDuckDbFile() {
        try {
            Path folder = Files.createDirectories(Path.of("target", "test-databases"));
            Path file = Files.createTempFile(folder, "syfte-", ".duckdb");
            Files.delete(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
