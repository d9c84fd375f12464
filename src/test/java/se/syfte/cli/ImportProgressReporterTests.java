package se.syfte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ImportProgressReporterTests {

    @Test
    void writesAPlainLineEveryTenthOfTheWayWhenNotOnATerminal() {
        StringWriter err = new StringWriter();
        try (ImportProgressReporter progress = new ImportProgressReporter(new PrintWriter(err), false)) {
            for (int done = 1; done <= 1000; done++) {
                progress.stored(done, 1000);
            }
        }

        assertThat(err.toString().lines())
                .hasSize(11)
                .allMatch(line -> line.matches("stored [\\d,]+ of 1,000 rows \\([\\d,]+ rows/s, about \\d+ s left\\)"));
        assertThat(err.toString().lines().reduce((first, last) -> last))
                .hasValueSatisfying(last -> assertThat(last).startsWith("stored 1,000 of 1,000 rows"));
    }
}
