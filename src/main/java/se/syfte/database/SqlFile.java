package se.syfte.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;

/** Reads a query kept as a .sql file beside the class that runs it. */
public final class SqlFile {

    private SqlFile() {}

    public static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the query " + resource, e);
        }
    }
}
