package se.syfte.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import se.syfte.deals.DealStatus;

/** Deals: a won or lost deal needs its close date; an open one keeps none. */
record DealRows(ImportSink sink, KnownNames names) implements RowReader {

    private static final Map<String, DealStatus> STATUSES = Map.ofEntries(
            Map.entry("open", DealStatus.OPEN),
            Map.entry("öppen", DealStatus.OPEN),
            Map.entry("pågående", DealStatus.OPEN),
            Map.entry("won", DealStatus.WON),
            Map.entry("vunnen", DealStatus.WON),
            Map.entry("closed won", DealStatus.WON),
            Map.entry("lost", DealStatus.LOST),
            Map.entry("förlorad", DealStatus.LOST),
            Map.entry("closed lost", DealStatus.LOST),
            Map.entry("closedwon", DealStatus.WON),
            Map.entry("closedlost", DealStatus.LOST));

    @Override
    public void read(Cells cells) {
        String externalId = cells.uniqueKey();
        String customer = cells.required("customer");
        String owner = cells.optional("owner");
        names.requireSalesperson(cells, "owner", owner);
        LocalDate created = cells.date("created", DATE_FORMS);
        // A deal whose value nobody knows yet is stored at zero.
        BigDecimal value = cells.optional("value") == null ? BigDecimal.ZERO : cells.amount("value");
        if (value != null && value.signum() < 0) {
            cells.reject("value", cells.optional("value"), ImportText.reason("negativeDealValue"));
        }
        String statusText = cells.required("status");
        DealStatus status = statusText == null ? null : STATUSES.get(statusText.toLowerCase(Locale.ROOT));
        if (statusText != null && status == null) {
            cells.reject("status", statusText, ImportText.reason("dealStatus"));
        }
        LocalDate closed = null;
        if (cells.optional("closed") != null) {
            closed = cells.date("closed", ImportText.reason("notADate"));
        } else if (status != null && status != DealStatus.OPEN) {
            cells.reject("closed", "", ImportText.reason("closeDate." + status.name()));
        }
        if (cells.ok()) {
            sink.deal(new ImportRows.DealRow(
                    cells.source(),
                    externalId,
                    customer,
                    owner,
                    cells.optional("title"),
                    created,
                    cells.optional("stage"),
                    value,
                    RowReader.currency(cells),
                    status,
                    status == DealStatus.OPEN ? null : closed));
        }
    }
}
