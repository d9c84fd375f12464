package se.syfte.reports.figures;

import java.util.Comparator;
import org.springframework.stereotype.Component;
import se.syfte.analytics.journeys.Journey;
import se.syfte.reports.Column;
import se.syfte.reports.JourneyFigures;
import se.syfte.reports.ReportContext;
import se.syfte.reports.ReportTable;

/** One customer's journeys in the cut, by start and salesperson: how far each got and how it ended. */
@Component
public class CustomerJourneys {

    private final JourneyFigures journeys;

    CustomerJourneys(JourneyFigures journeys) {
        this.journeys = journeys;
    }

    public ReportTable table(ReportContext context, long customerId) {
        ReportTable.Builder table = ReportTable.builder(
                "journeys",
                Column.text("salesperson"),
                Column.date("start"),
                Column.date("last_visit"),
                Column.text("furthest_purpose"),
                Column.text("outcome"),
                Column.date("won_on"));
        journeys.journeysOfCustomer(context, customerId).stream()
                .sorted(Comparator.comparing(Journey::start)
                        .thenComparing(journey -> context.nameOf(journey.salespersonId()), ReportContext.names()))
                .forEach(journey -> table.row(
                        context.nameOf(journey.salespersonId()),
                        journey.start(),
                        journey.last(),
                        context.stepLabel(journey.maxStep()),
                        journey.outcome().name(),
                        journey.wonOn().orElse(null)));
        return table.build();
    }
}
