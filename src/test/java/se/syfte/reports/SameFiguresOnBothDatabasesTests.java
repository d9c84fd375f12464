package se.syfte.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import se.syfte.SyfteApplication;
import se.syfte.analytics.core.AnalyticsSettings;
import se.syfte.analytics.core.Period;
import se.syfte.analytics.core.Window;
import se.syfte.demo.DemoService;
import se.syfte.demo.DemoStories;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.db.OrganisationRepository;
import se.syfte.reports.format.ReportFormat;
import se.syfte.reports.format.ReportWriter;
import se.syfte.support.DatabaseTest;
import se.syfte.support.TestDatabase;

/**
 * Every report of the demo organisation, computed on the suite's database and on a fresh DuckDB
 * file, must be the same text: on the PostgreSQL run this proves both databases agree, on the
 * DuckDB run that computing again gives the same output.
 */
class SameFiguresOnBothDatabasesTests extends DatabaseTest {

    private static final String CODE = "demo-same";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
    private static final Window WINDOW = Window.lastTwelveFullMonths(AS_OF);

    @Autowired
    DemoService demo;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    ReportService reports;

    @Test
    void everyReportIsTheSameOnAFreshDuckDbFile() throws Exception {
        demo.create(CODE, 42, AS_OF, true);
        Map<String, String> here = allReports(demo, organisations, reports);
        SpringApplication duckdb = new SpringApplication(SyfteApplication.class);
        duckdb.setWebApplicationType(WebApplicationType.NONE);
        duckdb.setDefaultProperties(Map.of(
                "spring.datasource.url", "jdbc:duckdb:" + TestDatabase.freshDuckDbFile(),
                "spring.datasource.driver-class-name", "org.duckdb.DuckDBDriver",
                "logging.level.root", "warn"));
        try (ConfigurableApplicationContext other = duckdb.run()) {
            DemoService otherDemo = other.getBean(DemoService.class);
            otherDemo.create(CODE, 42, AS_OF, true);
            Map<String, String> there = allReports(
                    otherDemo, other.getBean(OrganisationRepository.class), other.getBean(ReportService.class));

            assertThat(here.keySet()).hasSize(FigureNames.all().size() + 1);
            here.forEach((name, text) -> assertThat(text).as(name).isEqualTo(there.get(name)));
        }
    }

    private static Map<String, String> allReports(
            DemoService demo, OrganisationRepository organisations, ReportService reports) throws Exception {
        Organisation organisation = organisations.findByCode(CODE).orElseThrow();
        Map<String, String> texts = new java.util.TreeMap<>();
        for (String name : reports.names()) {
            Optional<String> salesperson = reports.figure(name).orElseThrow().forOneSalesperson()
                    ? Optional.of(DemoStories.QUOTE_HEAVY_SALESPERSON)
                    : Optional.empty();
            texts.put(name, csv(reports, organisation, name, salesperson));
        }
        texts.put(
                "funnel of one salesperson",
                csv(reports, organisation, "funnel", Optional.of(DemoStories.STRONG_PERFORMER)));
        return texts;
    }

    private static String csv(
            ReportService reports, Organisation organisation, String name, Optional<String> salesperson)
            throws Exception {
        Report report = reports.run(
                organisation,
                reports.wholeOrganisation(organisation),
                name,
                new ReportRequest(
                        WINDOW,
                        salesperson,
                        Optional.empty(),
                        Period.MONTH,
                        AnalyticsSettings.defaults(),
                        Locale.ENGLISH));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportWriter.of(ReportFormat.CSV).write(report, bytes);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out.lines().count()).as(name).isGreaterThan(1);
        return out;
    }
}
