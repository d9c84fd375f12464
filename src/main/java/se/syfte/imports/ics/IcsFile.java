package se.syfte.imports.ics;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.util.CompatibilityHints;
import se.syfte.imports.ImportRefusedException;
import se.syfte.imports.ImportText;
import se.syfte.imports.SourceRows;
import se.syfte.imports.SourceTable;

/**
 * The meetings of an iCalendar file as a table, one row per occurrence within the import window:
 * recurring meetings expanded with their extra dates, exceptions and moved instances, times in the
 * organisation's zone, the duration from start and end, the meeting's status and the day it was
 * booked (CREATED).
 */
public final class IcsFile {

    public static final List<String> HEADERS = List.of(
            "Date",
            "Time",
            "Duration",
            "Organizer",
            "Attendees",
            "Location",
            "Summary",
            "Categories",
            "Uid",
            "Status",
            "Created");

    private static final Pattern TIME_ZONE = Pattern.compile("BEGIN:VTIMEZONE\\R.*?END:VTIMEZONE\\R?", Pattern.DOTALL);

    static {
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, true);
    }

    private IcsFile() {}

    public static SourceTable read(Path file, LocalDate from, LocalDate to, ZoneId zone) throws IOException {
        List<ImportText> notes = new ArrayList<>();
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(withoutNamelessTimeZones(file, notes)));
        } catch (ParserException e) {
            throw new ImportRefusedException(
                    ImportText.refusal("notCalendar", file.getFileName().toString(), e.getLineNo()), e);
        }
        Map<String, List<VEvent>> byUid = new LinkedHashMap<>();
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            String uid = event.getProperty(Property.UID).map(Property::getValue).orElse("");
            byUid.computeIfAbsent(uid, key -> new ArrayList<>()).add(event);
        }
        Period<ZonedDateTime> window = new Period<>(from.atStartOfDay(zone), to.atStartOfDay(zone));
        List<SourceTable.SourceRow> rows = new ArrayList<>();
        int number = 1;
        for (Map.Entry<String, List<VEvent>> meeting : byUid.entrySet()) {
            VEvent master = meeting.getValue().stream()
                    .filter(event -> event.getProperty(Property.RECURRENCE_ID).isEmpty())
                    .findFirst()
                    .orElse(meeting.getValue().get(0));
            List<Period<Temporal>> occurrences;
            try {
                occurrences = occurrences(master, meeting.getValue(), window, zone);
            } catch (RuntimeException unreadable) {
                notes.add(ImportText.note("unreadableMeeting", meeting.getKey()));
                continue;
            }
            for (Period<Temporal> occurrence : occurrences) {
                LocalDateTime start = local(occurrence.getStart(), zone);
                long minutes = Duration.between(
                                instant(occurrence.getStart(), zone), instant(occurrence.getEnd(), zone))
                        .toMinutes();
                rows.add(new SourceTable.SourceRow(
                        ++number,
                        List.of(
                                start.toLocalDate().toString(),
                                start.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")),
                                String.valueOf(minutes),
                                text(master, Property.ORGANIZER),
                                master.getProperties(Property.ATTENDEE).stream()
                                        .map(IcsFile::person)
                                        .collect(Collectors.joining(";")),
                                text(master, Property.LOCATION),
                                text(master, Property.SUMMARY),
                                text(master, Property.CATEGORIES),
                                meeting.getKey() + "@" + start,
                                text(master, Property.STATUS),
                                created(master, zone))));
            }
        }
        return new SourceTable(file.getFileName().toString(), null, HEADERS, SourceRows.of(rows), notes);
    }

    /**
     * The master's occurrences (its rule, extra dates and exceptions), with each instance a later
     * component moved (RECURRENCE-ID) taken away and put where that component says (RFC 5545).
     */
    private static List<Period<Temporal>> occurrences(
            VEvent master, List<VEvent> components, Period<ZonedDateTime> window, ZoneId zone) {
        Map<Instant, Period<Temporal>> byStart = new java.util.TreeMap<>();
        for (Period<Temporal> occurrence : master.<Temporal>calculateRecurrenceSet(window)) {
            byStart.put(instant(occurrence.getStart(), zone), occurrence);
        }
        Instant from = window.getStart().toInstant();
        Instant to = window.getEnd().toInstant();
        for (VEvent moved : components) {
            if (moved == master || moved.getProperty(Property.RECURRENCE_ID).isEmpty()) {
                continue;
            }
            RecurrenceId<Temporal> id = moved.<RecurrenceId<Temporal>>getProperty(Property.RECURRENCE_ID)
                    .orElseThrow();
            byStart.remove(instant(id.getDate(), zone));
            Temporal start = moved.<Temporal>getStartDate().orElseThrow().getDate();
            Temporal end = moved.<Temporal>getEndDate().map(DtEnd::getDate).orElse(start);
            Instant at = instant(start, zone);
            if (!at.isBefore(from) && at.isBefore(to)) {
                byStart.put(at, new Period<>(start, end));
            }
        }
        return new ArrayList<>(byStart.values());
    }

    /** Some calendars carry a time zone without a name, which nothing can refer to: it is left out. */
    private static String withoutNamelessTimeZones(Path file, List<ImportText> notes) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher zones = TIME_ZONE.matcher(text);
        StringBuilder kept = new StringBuilder();
        while (zones.find()) {
            boolean named = zones.group().contains("TZID:") || zones.group().contains("TZID;");
            if (!named) {
                notes.add(ImportText.note("unnamedTimeZone"));
            }
            zones.appendReplacement(kept, Matcher.quoteReplacement(named ? zones.group() : ""));
        }
        zones.appendTail(kept);
        return kept.toString();
    }

    /** The day the meeting was booked, in the organisation's zone; empty when the file does not tell. */
    private static String created(VEvent event, ZoneId zone) {
        return event.<Created>getProperty(Property.CREATED)
                .map(created -> LocalDate.ofInstant(created.getDate(), zone).toString())
                .orElse("");
    }

    private static String text(VEvent event, String property) {
        return event.getProperty(property)
                .map(value -> property.equals(Property.ORGANIZER) ? person(value) : value.getValue())
                .orElse("")
                .strip();
    }

    /** A person as "Name <address>" from CN and the mailto address. */
    private static String person(Property property) {
        String address = property.getValue().replaceFirst("(?i)^mailto:", "");
        return property.getParameter(Parameter.CN)
                .map(cn -> cn.getValue() + " <" + address + ">")
                .orElse(address);
    }

    private static Instant instant(Temporal temporal, ZoneId zone) {
        if (temporal instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (temporal instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (temporal instanceof Instant instant) {
            return instant;
        }
        if (temporal instanceof LocalDateTime local) {
            return local.atZone(zone).toInstant();
        }
        return ((LocalDate) temporal).atStartOfDay(zone).toInstant();
    }

    private static LocalDateTime local(Temporal temporal, ZoneId zone) {
        return LocalDateTime.ofInstant(instant(temporal, zone), zone);
    }
}
