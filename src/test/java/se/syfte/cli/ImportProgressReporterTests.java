package se.syfte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportProgressReporterTests {

    @Test
    void writesAPlainLineEveryTenthOfTheWayWhenNotOnATerminal() {
        List<String> lines = linesFor(1000, 1000);

        assertThat(lines.subList(0, lines.size() - 1))
                .hasSize(9)
                .allMatch(line -> line.matches("read [\\d,]+ of 1,000 rows \\([\\d,]+ rows/s, about \\d+ s left\\)"));
        assertThat(lines.get(lines.size() - 1)).matches("read 1,000 rows \\([\\d,]+ rows/s\\)");
    }

    @Test
    void writesALineEveryHundredThousandRowsWhenTheirNumberIsNotKnown() {
        List<String> lines = linesFor(250_000, -1);

        assertThat(lines)
                .extracting(line -> line.replaceAll(" \\(.*", ""))
                .containsExactly("read 100,000 rows", "read 200,000 rows", "read 250,000 rows");
    }

    private static List<String> linesFor(int rows, long total) {
        StringWriter err = new StringWriter();
        try (ImportProgressReporter progress = new ImportProgressReporter(new PrintWriter(err), false)) {
            for (int done = 1; done <= rows; done++) {
                progress.read(done, total);
            }
            progress.read(rows, rows);
        }
        return err.toString().lines().toList();
    }
}
