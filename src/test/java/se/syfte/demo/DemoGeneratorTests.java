package se.syfte.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.syfte.analytics.core.Window;
import se.syfte.customers.OrgNumber;
import se.syfte.visits.VisitStatus;

class DemoGeneratorTests {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    @Test
    void sameSeedAndDayGiveTheSameData() {
        assertThat(DemoGenerator.generate(42, AS_OF)).isEqualTo(DemoGenerator.generate(42, AS_OF));
    }

    @Test
    void anotherSeedGivesOtherData() {
        assertThat(DemoGenerator.generate(43, AS_OF).visits())
                .isNotEqualTo(DemoGenerator.generate(42, AS_OF).visits());
    }

    @Test
    void hasTheSizeOfARealTeam() {
        DemoData data = DemoGenerator.generate(42, AS_OF);

        assertThat(data.teams()).hasSize(2);
        assertThat(data.salespeople()).hasSize(12);
        assertThat(data.customers()).hasSize(300);
        assertThat(data.customers().stream().map(DemoData.Company::name).distinct())
                .hasSize(300);
        assertThat(data.visits()).hasSizeBetween(3000, 8000);
        assertThat(data.deals()).hasSizeGreaterThan(300);
        assertThat(data.targets()).hasSize(12 * 13 * 5);
    }

    @Test
    void coversThreeYearsAndNothingButPlannedVisitsFromTheDemosDayOn() {
        DemoData data = DemoGenerator.generate(42, AS_OF);

        assertThat(data.visits())
                .allMatch(v -> v.date().isBefore(AS_OF) || v.status() == VisitStatus.PLANNED && v.planned());
        assertThat(data.orders()).allMatch(o -> o.date().isBefore(AS_OF));
        assertThat(data.deals()).allMatch(d -> d.closed() == null || d.closed().isBefore(AS_OF));
        assertThat(data.visits().stream().map(DemoData.VisitRow::date).min(LocalDate::compareTo))
                .hasValueSatisfying(
                        first -> assertThat(first).isBefore(AS_OF.minusYears(3).plusMonths(1)));
    }

    @Test
    void everyRowNamesAKnownSalespersonAndCustomer() {
        DemoData data = DemoGenerator.generate(42, AS_OF);
        Set<String> people =
                data.salespeople().stream().map(DemoData.Person::name).collect(Collectors.toSet());
        Set<String> customers =
                data.customers().stream().map(DemoData.Company::name).collect(Collectors.toSet());
        Set<String> dealKeys = data.deals().stream().map(DemoData.DealRow::key).collect(Collectors.toSet());

        assertThat(data.visits()).allMatch(v -> people.contains(v.salesperson()) && customers.contains(v.customer()));
        assertThat(data.visits()).allMatch(v -> v.dealKey() == null || dealKeys.contains(v.dealKey()));
        assertThat(data.deals()).allMatch(d -> people.contains(d.owner()) && customers.contains(d.customer()));
        assertThat(data.orders()).allMatch(o -> customers.contains(o.customer()));
    }

    @Test
    void everyCustomerHasAValidOrganisationNumberAndAnIndustry() {
        DemoData data = DemoGenerator.generate(42, AS_OF);

        assertThat(data.customers()).allSatisfy(c -> {
            assertThat(OrgNumber.parse(c.orgNumber().value())).isPresent();
            assertThat(c.industry()).isNotBlank();
            assertThat(c.segment()).isNotBlank();
        });
        assertThat(data.customers().stream().map(DemoData.Company::industry).distinct())
                .contains("Bygg", "Outsourcing", "Fastighetsservice", "IT");
    }

    /** The stories are placed relative to the default window, so they hold whenever the demo is made. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30", "2026-01-01", "2027-03-15", "2025-07-31"})
    void plantsTheLoopAndTheConcentrationInTheDefaultWindowOfAnyDay(String day) {
        LocalDate asOf = LocalDate.parse(day);
        DemoData data = DemoGenerator.generate(42, asOf);
        Window window = Window.lastTwelveFullMonths(asOf);

        long loopQuotes = data.visits().stream()
                .filter(v -> v.status() == VisitStatus.HELD)
                .filter(v -> v.customer().equals(DemoStories.LOOP_CUSTOMER)
                        && v.purpose().equals("QUOTE"))
                .filter(v -> window.contains(v.date()))
                .count();
        long johansQuotes = data.visits().stream()
                .filter(v -> v.status() == VisitStatus.HELD)
                .filter(v -> v.salesperson().equals(DemoStories.QUOTE_HEAVY_SALESPERSON)
                        && v.purpose().equals("QUOTE"))
                .filter(v -> window.contains(v.date()))
                .count();
        assertThat(loopQuotes).isEqualTo(10);
        assertThat((double) loopQuotes / johansQuotes).isGreaterThan(0.5);
        assertThat(data.visits())
                .noneMatch(v -> v.customer().equals(DemoStories.LOOP_CUSTOMER)
                        && v.purpose().equals("NEGOTIATION"));
    }

    /** The follow-through adds only visits that are not held, so no figure of SPEC §3 moves. */
    @Test
    void theFollowThroughKeepsTheHeldHistoryAsItWas() {
        DemoData history = DemoGenerator.history(42, AS_OF);
        DemoData demo = DemoGenerator.generate(42, AS_OF);

        assertThat(demo.visits().stream()
                        .filter(v -> v.status() == VisitStatus.HELD)
                        .map(v -> List.of(v.date(), v.time(), v.salesperson(), v.customer(), v.purpose(), v.minutes()))
                        .sorted(java.util.Comparator.comparing(Object::toString))
                        .toList())
                .isEqualTo(history.visits().stream()
                        .map(v -> List.of(v.date(), v.time(), v.salesperson(), v.customer(), v.purpose(), v.minutes()))
                        .sorted(java.util.Comparator.comparing(Object::toString))
                        .toList());
        assertThat(demo.visits())
                .filteredOn(v -> v.status() != VisitStatus.HELD)
                .allMatch(DemoData.VisitRow::planned);
        assertThat(demo.orders()).isEqualTo(history.orders());
        assertThat(demo.deals()).isEqualTo(history.deals());
        assertThat(demo.customers().stream().map(DemoData.Company::name).toList())
                .isEqualTo(
                        history.customers().stream().map(DemoData.Company::name).toList());
    }
}
