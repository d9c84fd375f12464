package se.syfte.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import se.syfte.visits.Channel;
import se.syfte.visits.VisitStatus;

/**
 * Visits. A row of Syfte's layout must name its purpose; a CRM activity or calendar meeting that
 * no keyword rule classified is rejected, or kept without a purpose when the import says so. A
 * visit's status is the row's own word, or else by its date against the organisation's
 * {@code today} (SPEC §5).
 */
record VisitRows(ImportSink sink, KnownNames names, boolean translated, boolean keepUnclassified, LocalDate today)
        implements RowReader {

    private static final BigDecimal MAX_MINUTES = BigDecimal.valueOf(1440);

    /** A channel by its code or a Swedish or English word, in lower case with single spaces. */
    private static final Map<String, Channel> CHANNELS = Map.ofEntries(
            Map.entry("on site", Channel.ON_SITE),
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

    /** A status by its code or a Swedish or English word, written in lower case with spaces. */
    private static final Map<String, VisitStatus> STATUSES = Map.ofEntries(
            Map.entry("planned", VisitStatus.PLANNED),
            Map.entry("scheduled", VisitStatus.PLANNED),
            Map.entry("booked", VisitStatus.PLANNED),
            Map.entry("planerad", VisitStatus.PLANNED),
            Map.entry("planerat", VisitStatus.PLANNED),
            Map.entry("bokad", VisitStatus.PLANNED),
            Map.entry("bokat", VisitStatus.PLANNED),
            Map.entry("held", VisitStatus.HELD),
            Map.entry("done", VisitStatus.HELD),
            Map.entry("completed", VisitStatus.HELD),
            Map.entry("hållen", VisitStatus.HELD),
            Map.entry("hållet", VisitStatus.HELD),
            Map.entry("genomförd", VisitStatus.HELD),
            Map.entry("genomfört", VisitStatus.HELD),
            Map.entry("utförd", VisitStatus.HELD),
            Map.entry("utfört", VisitStatus.HELD),
            Map.entry("cancelled", VisitStatus.CANCELLED),
            Map.entry("canceled", VisitStatus.CANCELLED),
            Map.entry("inställd", VisitStatus.CANCELLED),
            Map.entry("inställt", VisitStatus.CANCELLED),
            Map.entry("avbokad", VisitStatus.CANCELLED),
            Map.entry("avbokat", VisitStatus.CANCELLED),
            Map.entry("no show", VisitStatus.NO_SHOW),
            Map.entry("noshow", VisitStatus.NO_SHOW),
            Map.entry("uteblev", VisitStatus.NO_SHOW),
            Map.entry("utebliven", VisitStatus.NO_SHOW),
            Map.entry("uteblivet", VisitStatus.NO_SHOW),
            Map.entry("kunden uteblev", VisitStatus.NO_SHOW));

    @Override
    public void read(Cells cells) {
        LocalDate date = cells.date("date", DATE_FORMS);
        LocalTime time = cells.optional("time") == null
                ? null
                : cells.parsed("time", Values::time, ImportText.reason("notTime"));
        String salesperson = cells.required("salesperson");
        names.requireSalesperson(cells, "salesperson", salesperson);
        String customer = cells.required("customer");
        String purpose = cells.optional("purpose");
        Long purposeId = names.purpose(cells, "purpose", purpose);
        if (purpose == null && !translated) {
            cells.reject("purpose", "", ImportText.reason("empty"));
        } else if (purpose == null && !keepUnclassified) {
            cells.reject("purpose", "", ImportText.reason("unclassified"));
        }
        Integer minutes = minutes(cells);
        Channel channel = channel(cells);
        String externalId = cells.uniqueKey();
        VisitStatus given = status(cells, date);
        LocalDate booked = cells.optional("booked") == null ? null : cells.date("booked", DATE_FORMS);
        if (cells.ok()) {
            VisitStatus status = given != null ? given : VisitStatus.byDate(date, today);
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
                    externalId,
                    status,
                    given != null,
                    planned(date, status, booked)));
        }
    }

    /**
     * The duration in whole minutes from 0 to a day's 1,440 (as the API takes it); none when the
     * row leaves it to the purpose's default. A column headed in hours ({@code Tid (h)}) is
     * converted, to the nearest minute.
     */
    private static Integer minutes(Cells cells) {
        String text = cells.optional("duration");
        if (text == null) {
            return null;
        }
        boolean hours = cells.inHours("duration");
        BigDecimal duration = hours
                ? cells.parsed("duration", Values::decimal, ImportText.reason("notHours"))
                : cells.parsed("duration", Values::minutes, ImportText.reason("notMinutes"));
        if (duration == null) {
            return null;
        }
        if (hours) {
            duration = duration.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP);
        }
        if (duration.signum() < 0) {
            cells.reject("duration", text, ImportText.reason("durationNegative"));
        } else if (duration.stripTrailingZeros().scale() > 0) {
            cells.reject("duration", text, ImportText.reason("durationWhole"));
        } else if (duration.compareTo(MAX_MINUTES) > 0) {
            cells.reject("duration", text, ImportText.reason("durationMost"));
        } else {
            return duration.intValueExact();
        }
        return null;
    }

    /**
     * The row's status, none when it gives none. Only a visit whose day has come can have been
     * held or missed by the customer.
     */
    private VisitStatus status(Cells cells, LocalDate date) {
        String text = cells.optional("status");
        if (text == null) {
            return null;
        }
        VisitStatus status = STATUSES.get(spoken(text));
        if (status == null) {
            cells.reject("status", text, ImportText.reason("visitStatus"));
        } else if (date != null && date.isAfter(today) && status == VisitStatus.HELD) {
            cells.reject("status", text, ImportText.reason("heldInFuture"));
        } else if (date != null && date.isAfter(today) && status == VisitStatus.NO_SHOW) {
            cells.reject("status", text, ImportText.reason("missedInFuture"));
        }
        return status;
    }

    /**
     * Booked before its day: dated after today, still planned by the file's word, or booked on an
     * earlier day by the file's booked date.
     */
    private boolean planned(LocalDate date, VisitStatus status, LocalDate booked) {
        return date.isAfter(today) || status == VisitStatus.PLANNED || (booked != null && booked.isBefore(date));
    }

    private static Channel channel(Cells cells) {
        String text = cells.optional("channel");
        if (text == null) {
            return Channel.ON_SITE;
        }
        Channel channel = CHANNELS.get(spoken(text));
        if (channel == null) {
            cells.reject("channel", text, ImportText.reason("channel"));
        }
        return channel;
    }

    /** A word as the maps hold it: lower case, one space where spaces, dashes or underscores stood. */
    private static String spoken(String text) {
        // Read for two cells of every row, so by hand rather than by a regex.
        StringBuilder word = new StringBuilder(text.length());
        boolean gap = false;
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isWhitespace(c) || c == '_' || c == '-') {
                gap = !word.isEmpty();
            } else {
                if (gap) {
                    word.append(' ');
                    gap = false;
                }
                word.append(c);
            }
        }
        return word.toString();
    }
}
