package se.syfte.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.syfte.analytics.core.AnalyticsSettings;
import se.syfte.analytics.core.Period;
import se.syfte.analytics.core.Window;
import se.syfte.demo.DemoService;
import se.syfte.demo.DemoStories;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.support.DatabaseTest;

class FigureRegistryTests extends DatabaseTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    @Autowired
    ReportService reports;

    @Autowired
    DemoService demo;

    @Autowired
    OrganisationService organisations;

    @Test
    void theCommandLineAndTheServiceKnowTheSameFiguresInTheOrderOfSpecSection4() {
        assertThat(FigureNames.all())
                .containsExactly(
                        "activity",
                        "attainment",
                        "funnel",
                        "cohort",
                        "loops",
                        "concentration",
                        "effort",
                        "winrate",
                        "traditional",
                        "coaching",
                        "held",
                        "nextsteps",
                        "cadence");
        assertThat(reports.names()).isEqualTo(FigureNames.all());
    }

    @Test
    void everyFigureWritesTheColumnsItDeclaresWithAColumnPerStepForReachedStep() {
        String code = "figures-" + System.nanoTime();
        demo.create(code, 42, AS_OF, true);
        Organisation organisation = organisations.require(code);
        for (String name : reports.names()) {
            Figure figure = reports.figure(name).orElseThrow();
            Report report = reports.run(
                    organisation,
                    reports.wholeOrganisation(organisation),
                    name,
                    new ReportRequest(
                            Window.lastTwelveFullMonths(AS_OF),
                            figure.forOneSalesperson()
                                    ? Optional.of(DemoStories.QUOTE_HEAVY_SALESPERSON)
                                    : Optional.empty(),
                            Optional.empty(),
                            Period.MONTH,
                            AnalyticsSettings.defaults(),
                            Locale.ENGLISH));
            // A report of findings (coaching) declares its sections; any other its first table's columns.
            if (name.equals("coaching")) {
                assertThat(report.sections().stream().map(ReportTable::title).toList())
                        .as(name)
                        .isEqualTo(figure.columns());
            } else {
                List<String> written = report.sections().get(0).columns().stream()
                        .map(Column::name)
                        .toList();
                List<String> declared = figure.columns().stream()
                        .flatMap(column -> column.equals("reached_<STEP>")
                                ? List.of("reached_PRESENTATION", "reached_QUOTE", "reached_NEGOTIATION").stream()
                                : List.of(column).stream())
                        .toList();
                assertThat(written).as(name).isEqualTo(declared);
            }
        }
    }

    @Test
    void aFigureOfOneSalespersonRefusesAWholeTeam() {
        Organisation organisation = organisations.create("one-" + System.nanoTime(), "One");
        assertThat(reports.figure("coaching").orElseThrow().forOneSalesperson()).isTrue();
        assertThatThrownBy(() -> reports.run(
                        organisation,
                        reports.wholeOrganisation(organisation),
                        "coaching",
                        ReportRequest.forPage(
                                Window.lastTwelveFullMonths(AS_OF),
                                Optional.empty(),
                                Optional.empty(),
                                Locale.ENGLISH)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("for one salesperson");
    }
}
