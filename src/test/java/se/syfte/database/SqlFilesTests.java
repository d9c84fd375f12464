package se.syfte.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class SqlFilesTests {

    private static final List<String> SPEC_5_FIGURES = List.of("/analytics/held/", "/analytics/nextsteps/");

    /** Every query beside a class is scoped by the organisation (SPEC §2: every query, every table). */
    @Test
    void everyQueryFileIsScopedByTheOrganisation() throws IOException {
        Resource[] queries = new PathMatchingResourcePatternResolver().getResources("classpath*:se/syfte/**/*.sql");

        assertThat(queries).isNotEmpty();
        for (Resource query : queries) {
            assertThat(SqlFile.read(query)).as(query.getFilename()).containsPattern("org_id\\s*=\\s*:org\\b");
        }
    }

    /**
     * Every figure of SPEC §3 counts HELD visits only (SPEC §5): each visit a figure's query reads,
     * under whatever alias, is filtered by its status. The figures of SPEC §5 read other statuses
     * too (the held rate all of them, a next step planned visits), each visit still by its status.
     */
    @Test
    void everyFigureQueryReadsHeldVisitsOnly() throws IOException {
        List<Resource> figures = new ArrayList<>();
        PathMatchingResourcePatternResolver files = new PathMatchingResourcePatternResolver();
        figures.addAll(List.of(files.getResources("classpath*:se/syfte/analytics/**/*.sql")));
        figures.addAll(List.of(files.getResources("classpath*:se/syfte/customers/db/customer-*.sql")));
        Pattern visitRead = Pattern.compile("\\b(?:FROM|JOIN)\\s+visit\\s+(\\w+)");

        int reads = 0;
        for (Resource query : figures) {
            String sql = SqlFile.read(query);
            if (SPEC_5_FIGURES.stream().anyMatch(query.getURL().getPath()::contains)) {
                Matcher read = visitRead.matcher(sql);
                while (read.find()) {
                    assertThat(sql)
                            .as(query.getFilename() + ", visit " + read.group(1) + " by status")
                            .containsPattern("\\b" + read.group(1) + "\\.status\\s*(=|IN\\b)");
                }
                continue;
            }
            Matcher read = visitRead.matcher(sql);
            while (read.find()) {
                reads++;
                assertThat(sql)
                        .as(query.getFilename() + ", visit " + read.group(1))
                        .containsPattern("\\b" + read.group(1) + "\\.status\\s*=\\s*'HELD'");
            }
        }
        assertThat(reads).isGreaterThan(10);
    }
}
