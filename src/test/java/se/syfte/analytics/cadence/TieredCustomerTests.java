package se.syfte.analytics.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TieredCustomerTests {

    private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);

    @Test
    void aCustomerVisitedExactlyItsCadenceAgoIsDueTodayAndNotOverdue() {
        TieredCustomer acme = new TieredCustomer(1, "Acme AB", "A", 7L, LocalDate.of(2026, 5, 31), 30);

        assertThat(acme.overdue(JUNE_30)).isFalse();
        assertThat(acme.nextDue()).isEqualTo(JUNE_30);
        assertThat(acme.daysOverdue(JUNE_30)).isZero();
    }

    @Test
    void oneDayMoreIsOverdueByOneDay() {
        TieredCustomer beta = new TieredCustomer(2, "Beta AB", "A", 7L, LocalDate.of(2026, 5, 30), 30);

        assertThat(beta.overdue(JUNE_30)).isTrue();
        assertThat(beta.daysOverdue(JUNE_30)).isEqualTo(1);
    }

    @Test
    void aCustomerNeverVisitedIsOverdueWithNoDueDayNorDaysOverdue() {
        TieredCustomer gamma = new TieredCustomer(3, "Gamma AB", "B", 7L, null, 60);

        assertThat(gamma.overdue(JUNE_30)).isTrue();
        assertThat(gamma.nextDue()).isNull();
        assertThat(gamma.daysOverdue(JUNE_30)).isNull();
    }

    @Test
    void coverageIsTheShareNotOverdueAndHasNoValueWithoutTieredCustomers() {
        List<TieredCustomer> annas = List.of(
                new TieredCustomer(1, "Acme AB", "A", 7L, LocalDate.of(2026, 5, 31), 30),
                new TieredCustomer(2, "Beta AB", "A", 7L, LocalDate.of(2026, 5, 30), 30),
                new TieredCustomer(3, "Gamma AB", "B", 7L, null, 60));

        Coverage coverage = Coverage.of(annas, JUNE_30);

        assertThat(coverage.overdue()).isEqualTo(2);
        assertThat(coverage.share().value()).hasValueCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Coverage.of(List.of(), JUNE_30).share().isEmpty()).isTrue();
    }
}
