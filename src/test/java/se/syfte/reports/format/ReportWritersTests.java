package se.syfte.reports.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.syfte.analytics.core.Ratio;
import se.syfte.reports.Column;
import se.syfte.reports.Report;
import se.syfte.reports.ReportTable;

class ReportWritersTests {

    private static final Report LOOPS = Report.of(
            "loops",
            ReportTable.builder(
                            "loops",
                            Column.text("customer"),
                            Column.integer("visits"),
                            Column.rate("rate"),
                            Column.amount("amount"),
                            Column.date("first_visit"),
                            Column.bool("time_sink"))
                    .row(
                            "Berg, Sten & Co AB",
                            10L,
                            Ratio.of(1, 3),
                            new BigDecimal("1234.5"),
                            LocalDate.of(2026, 11, 29),
                            true)
                    .row("Öst AB", 0L, Ratio.of(0, 0), BigDecimal.ZERO, null, false)
                    .build());

    private static String write(ReportFormat format, Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter.of(format).write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void textFormatsWriteUtf8BytesAndLeaveTheStreamOpenForTheCaller() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream stream = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                throw new AssertionError("the caller closes its own stream");
            }
        };
        ReportWriter.of(ReportFormat.CSV).write(LOOPS, stream);
        ReportWriter.of(ReportFormat.CSV).write(LOOPS, stream);
        String twice = bytes.toString(StandardCharsets.UTF_8);
        assertThat(twice).contains("Öst AB");
        assertThat(twice.lines().filter(line -> line.startsWith("customer,")).count())
                .isEqualTo(2);
    }

    @Test
    void csvRoundsRatesToFourPlacesAndAmountsToTwoAndLeavesNoValueEmpty() throws IOException {
        assertThat(write(ReportFormat.CSV, LOOPS)).isEqualTo("""
                        customer,visits,rate,amount,first_visit,time_sink
                        "Berg, Sten & Co AB",10,0.3333,1234.50,2026-11-29,true
                        Öst AB,0,,0.00,,false
                        """);
    }

    @Test
    void csvNeutralisesTextThatASpreadsheetWouldRunAndLeavesNegativeNumbersAlone() throws IOException {
        Report report = Report.of(
                "r",
                ReportTable.builder("r", Column.text("customer"), Column.amount("amount"))
                        .row("=HYPERLINK(\"http://evil\",\"x\")", new BigDecimal("-5"))
                        .row("+46 8 123", new BigDecimal("-0.5"))
                        .row("-Bolaget", BigDecimal.ONE)
                        .row("@SUM(A1)", BigDecimal.ONE)
                        .row("\tTab AB", BigDecimal.ONE)
                        .row("\rReturn AB", BigDecimal.ONE)
                        .row("Vanligt AB = bra", BigDecimal.ONE)
                        .build());

        assertThat(write(ReportFormat.CSV, report))
                .isEqualTo("customer,amount\n"
                        + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",-5.00\n"
                        + "'+46 8 123,-0.50\n"
                        + "'-Bolaget,1.00\n"
                        + "'@SUM(A1),1.00\n"
                        + "'\tTab AB,1.00\n"
                        + "\"'\rReturn AB\",1.00\n"
                        + "Vanligt AB = bra,1.00\n");
    }

    @Test
    void csvRoundsHalfUp() throws IOException {
        Report report = Report.of(
                "r",
                ReportTable.builder("r", Column.rate("rate"))
                        .row(Ratio.of(2, 3))
                        .row(0.33335)
                        .build());

        assertThat(write(ReportFormat.CSV, report)).isEqualTo("rate\n0.6667\n0.3334\n");
    }

    @Test
    void jsonKeepsTypesAndWritesNoValueAsNull() throws IOException {
        String json = write(ReportFormat.JSON, LOOPS);

        assertThat(json).contains("\"report\" : \"loops\"");
        assertThat(json).contains("\"visits\" : 10", "\"rate\" : 0.3333", "\"amount\" : 1234.50");
        assertThat(json).contains("\"first_visit\" : \"2026-11-29\"", "\"time_sink\" : true");
        assertThat(json).contains("\"rate\" : null", "\"first_visit\" : null");
    }

    @Test
    void tableAlignsNumbersRightAndTextLeft() throws IOException {
        assertThat(write(ReportFormat.TABLE, LOOPS).lines())
                .containsExactly(
                        "customer            visits    rate   amount  first_visit  time_sink",
                        "Berg, Sten & Co AB      10  0.3333  1234.50  2026-11-29   true",
                        "Öst AB                   0             0.00               false");
    }
}
