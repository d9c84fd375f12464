package se.syfte.database;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/**
 * A set-wise merge into one table, written beside the repository that owns the table: a
 * temporary staging table and its columns in the order rows are staged (the first is the row
 * number), and the file's sections, each after a line {@code -- section: name}: create, match,
 * update, insert and drop, and optionally references, a count of the staged rows that refer to
 * rows that do not exist. Statements take the organisation as {@code :org}.
 */
public record MergeFile(String stagingTable, List<String> columns, Map<String, String> sections) {

    public static MergeFile read(Class<?> owner, String file, String stagingTable, String... columns) {
        return new MergeFile(
                stagingTable, List.of(columns), sectionsOf(SqlFile.read(new ClassPathResource(file, owner))));
    }

    String section(String name) {
        String section = sections.get(name);
        if (section == null) {
            throw new IllegalStateException("the merge into " + stagingTable + " has no section " + name);
        }
        return section;
    }

    java.util.Optional<String> optionalSection(String name) {
        return java.util.Optional.ofNullable(sections.get(name));
    }

    private static Map<String, String> sectionsOf(String sql) {
        Map<String, String> sections = new LinkedHashMap<>();
        String[] parts = sql.split("(?m)^-- section: ");
        for (int i = 1; i < parts.length; i++) {
            int end = parts[i].indexOf('\n');
            sections.put(
                    parts[i].substring(0, end).strip(),
                    parts[i].substring(end + 1).strip().replaceAll(";$", ""));
        }
        return sections;
    }
}
