package se.syfte.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class SqlFilesTests {

    /** Every query beside a class is scoped by the organisation (SPEC §2: every query, every table). */
    @Test
    void everyQueryFileIsScopedByTheOrganisation() throws IOException {
        Resource[] queries = new PathMatchingResourcePatternResolver().getResources("classpath*:se/syfte/**/*.sql");

        assertThat(queries).isNotEmpty();
        for (Resource query : queries) {
            assertThat(SqlFile.read(query)).as(query.getFilename()).containsPattern("org_id\\s*=\\s*:org\\b");
        }
    }
}
