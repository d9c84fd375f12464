package se.syfte.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Orders: a customer, a date and an amount, with the salesperson credited when the row names one. */
record OrderRows(ImportSink sink, KnownNames names) implements RowReader {

    @Override
    public void read(Cells cells) {
        String externalId = cells.uniqueKey();
        String customer = cells.required("customer");
        String salesperson = cells.optional("salesperson");
        names.requireSalesperson(cells, "salesperson", salesperson);
        LocalDate date = cells.date("date", DATE_FORMS);
        BigDecimal amount = cells.amount("amount");
        if (cells.ok()) {
            sink.order(new ImportRows.OrderRow(
                    cells.source(), externalId, customer, salesperson, date, amount, RowReader.currency(cells)));
        }
    }
}
