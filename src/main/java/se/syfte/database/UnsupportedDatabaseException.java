package se.syfte.database;

public class UnsupportedDatabaseException extends RuntimeException {

    public UnsupportedDatabaseException(String url) {
        super("'" + url + "' is not a database URL Syfte can use: give jdbc:duckdb:FILE or"
                + " jdbc:postgresql://HOST[:PORT]/DATABASE");
    }
}
