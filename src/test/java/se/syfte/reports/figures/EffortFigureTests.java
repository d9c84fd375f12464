package se.syfte.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.syfte.analytics.effort.CustomerEffort;
import se.syfte.analytics.effort.EffortAndYield;
import se.syfte.reports.ReportTable;

/** Issue: the dashboard drew a bar per customer and listed every customer, 100,000 of them at scale. */
class EffortFigureTests {

    private final EffortFigure figure = new EffortFigure(null);

    private static EffortAndYield customers(int count) {
        List<CustomerEffort> customers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            customers.add(new CustomerEffort(
                    i, "Kund " + i, 1, i, BigDecimal.valueOf(i % 3 == 0 ? 0 : i), BigDecimal.ZERO, BigDecimal.ZERO));
        }
        return EffortAndYield.of(customers);
    }

    @Test
    void theCurveOfManyCustomersHasAtMostTheGivenPointsAndEndsAtTheWhole() {
        ReportTable curve = figure.curve(customers(1000), 200);

        assertThat(curve.rows()).hasSizeLessThanOrEqualTo(200).hasSizeGreaterThan(150);
        assertThat(curve.rows().get(curve.rows().size() - 1)).containsExactly(1.0, 1.0);
    }

    @Test
    void theCurveOfFewCustomersHasAPointForEach() {
        assertThat(figure.curve(customers(12), 200).rows()).hasSize(12);
    }

    @Test
    void theCustomersWithTheMostHoursComeFirstAndNoMoreThanAsked() {
        ReportTable most = figure.mostHours(customers(1000), 20);

        assertThat(most.rows()).hasSize(20);
        assertThat(most.rows().get(0).get(0)).isEqualTo("Kund 1000");
        assertThat(most.rows().get(19).get(0)).isEqualTo("Kund 981");
    }
}
