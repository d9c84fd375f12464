package se.syfte.customers.web;

import java.util.List;
import se.syfte.customers.CustomerHistory;
import se.syfte.reports.Column;
import se.syfte.reports.ReportTable;

/** The customer page's tables, with the columns and cell types every report table has. */
final class CustomerTables {

    private CustomerTables() {}

    static ReportTable visits(List<CustomerHistory.Visit> visits) {
        ReportTable.Builder table = ReportTable.builder(
                "visits",
                Column.date("date"),
                Column.text("salesperson"),
                Column.text("purpose"),
                Column.hours("hours"),
                Column.text("channel"),
                Column.text("note"));
        visits.forEach(v -> table.row(v.date(), v.salesperson(), v.purposeCode(), v.hours(), v.channel(), v.note()));
        return table.build();
    }

    static ReportTable deals(List<CustomerHistory.Deal> deals) {
        ReportTable.Builder table = ReportTable.builder(
                "deals",
                Column.text("title"),
                Column.text("salesperson"),
                Column.date("created"),
                Column.text("stage"),
                Column.text("status"),
                Column.amount("value"),
                Column.date("close_date"));
        deals.forEach(
                d -> table.row(d.title(), d.owner(), d.created(), d.stage(), d.status(), d.value(), d.closeDate()));
        return table.build();
    }

    static ReportTable orders(List<CustomerHistory.Order> orders) {
        ReportTable.Builder table =
                ReportTable.builder("orders", Column.date("date"), Column.text("salesperson"), Column.amount("amount"));
        orders.forEach(o -> table.row(o.date(), o.salesperson(), o.amount()));
        return table.build();
    }

    static ReportTable visitors(List<CustomerHistory.Visitor> visitors) {
        ReportTable.Builder table = ReportTable.builder(
                "visitors",
                Column.text("salesperson"),
                Column.integer("visits"),
                Column.hours("hours"),
                Column.date("last_visit"));
        visitors.forEach(v -> table.row(v.salesperson(), v.visits(), v.hours(), v.lastVisit()));
        return table.build();
    }
}
