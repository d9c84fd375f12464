package se.syfte.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import se.syfte.visits.Channel;

/**
 * Visits. A row of Syfte's layout must name its purpose; a CRM activity or calendar meeting that
 * no keyword rule classified is rejected, or kept without a purpose when the import says so.
 */
record VisitRows(ImportSink sink, KnownNames names, boolean translated, boolean keepUnclassified) implements RowReader {

    private static final Map<String, Channel> CHANNELS = Map.ofEntries(
            Map.entry("on_site", Channel.ON_SITE),
            Map.entry("onsite", Channel.ON_SITE),
            Map.entry("på plats", Channel.ON_SITE),
            Map.entry("besök", Channel.ON_SITE),
            Map.entry("fysiskt", Channel.ON_SITE),
            Map.entry("in person", Channel.ON_SITE),
            Map.entry("video", Channel.VIDEO),
            Map.entry("teams", Channel.VIDEO),
            Map.entry("videomöte", Channel.VIDEO),
            Map.entry("phone", Channel.PHONE),
            Map.entry("telefon", Channel.PHONE),
            Map.entry("call", Channel.PHONE));

    @Override
    public void read(Cells cells) {
        LocalDate date = cells.date("date", DATE_FORMS);
        LocalTime time = cells.optional("time") == null
                ? null
                : cells.parsed("time", Values::time, "not a time of day (write 09:30)");
        String salesperson = cells.required("salesperson");
        names.requireSalesperson(cells, "salesperson", salesperson);
        String customer = cells.required("customer");
        String purpose = cells.optional("purpose");
        Long purposeId = names.purpose(cells, "purpose", purpose);
        if (purpose == null && !translated) {
            cells.reject("purpose", "", "is empty");
        } else if (purpose == null && !keepUnclassified) {
            cells.reject(
                    "purpose",
                    "",
                    "the activity's type and subject match no purpose's keyword rules; add a keyword"
                            + " to a purpose, or import with --unclassified keep");
        }
        Integer minutes = minutes(cells);
        Channel channel = channel(cells);
        String externalId = cells.uniqueKey();
        if (cells.ok()) {
            sink.visit(new ImportRows.VisitRow(
                    cells.source(),
                    date,
                    time,
                    salesperson,
                    customer,
                    purposeId,
                    minutes,
                    channel,
                    cells.optional("note"),
                    externalId));
        }
    }

    /** The duration in minutes; none when the row leaves it to the purpose's default. */
    private static Integer minutes(Cells cells) {
        if (cells.optional("duration") == null) {
            return null;
        }
        BigDecimal duration = cells.parsed("duration", Values::minutes, "not a number of minutes (90, or 1:30)");
        if (duration != null && duration.signum() < 0) {
            cells.reject("duration", cells.optional("duration"), "a duration cannot be negative");
            return null;
        }
        return duration == null ? null : duration.intValue();
    }

    private static Channel channel(Cells cells) {
        String text = cells.optional("channel");
        if (text == null) {
            return Channel.ON_SITE;
        }
        Channel channel = CHANNELS.get(text.toLowerCase(Locale.ROOT).replace('-', '_'));
        if (channel == null) {
            cells.reject("channel", text, "not a channel (on site, video or phone)");
        }
        return channel;
    }
}
