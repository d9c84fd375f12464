package se.syfte.imports.ics;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.syfte.imports.SourceTable;
import se.syfte.organisation.Salesperson;

/**
 * Who and whom a calendar meeting is about: the salesperson is its organiser, or else an attendee,
 * known by name or e-mail address; the customer is a known customer named in its location,
 * summary or categories (the longest name found), or else its location.
 */
public record CalendarDirectory(List<Salesperson> salespeople, List<String> customers) {

    private static final Pattern PERSON = Pattern.compile("^(.*?)\\s*<([^>]*)>$");

    /**
     * The meeting as a row of Syfte's visits layout; the purpose is left to the keyword rules. A
     * cancelled meeting is a cancelled visit; any other's status follows from its date (SPEC §5).
     */
    public List<String> visit(SourceTable.SourceRow meeting, String purposeCode) {
        String organiser = meeting.cell(3);
        String salesperson = Optional.of(organiser)
                .flatMap(this::known)
                .or(() -> java.util.Arrays.stream(meeting.cell(4).split(";"))
                        .map(this::known)
                        .flatMap(Optional::stream)
                        .findFirst())
                .orElse(nameOf(organiser));
        String location = meeting.cell(5);
        String customer = named(location)
                .or(() -> named(meeting.cell(6)))
                .or(() -> named(meeting.cell(7)))
                .orElse(location);
        return List.of(
                meeting.cell(0),
                meeting.cell(1),
                salesperson,
                customer,
                purposeCode,
                meeting.cell(2),
                "",
                meeting.cell(6),
                meeting.cell(8),
                meeting.cell(9).equalsIgnoreCase("CANCELLED") ? "cancelled" : "",
                meeting.cell(10));
    }

    private Optional<String> known(String person) {
        String name = nameOf(person);
        String address = addressOf(person);
        return salespeople.stream()
                .filter(s -> s.name().equalsIgnoreCase(name)
                        || (s.email() != null && s.email().equalsIgnoreCase(address)))
                .map(Salesperson::name)
                .findFirst();
    }

    private Optional<String> named(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return customers.stream()
                .filter(name -> !name.isBlank() && lower.contains(name.toLowerCase(Locale.ROOT)))
                .max(Comparator.comparingInt(String::length));
    }

    private static String nameOf(String person) {
        Matcher matcher = PERSON.matcher(person.strip());
        return matcher.matches() ? matcher.group(1) : person.strip();
    }

    private static String addressOf(String person) {
        Matcher matcher = PERSON.matcher(person.strip());
        return matcher.matches() ? matcher.group(2) : person.strip();
    }
}
