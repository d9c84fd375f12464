package se.syfte.audit;

import java.util.Arrays;
import java.util.List;

/**
 * What an audit entry says, kept as a message of the bundles ({@code audit.detail.KEY}) with its
 * arguments, so that each reader reads it in their own language: codes such as a role become
 * words, and what the organisation named stays as it was named.
 */
public record AuditDetail(String key, List<Argument> arguments) {

    public AuditDetail {
        arguments = List.copyOf(arguments);
    }

    /** One value in the message. */
    public sealed interface Argument permits Text, Count, Term, Names, Parts {}

    /** Shown as it is: an address, a name, a date, a file. */
    public record Text(String text) implements Argument {}

    /** A number the message may choose its words by (one session, two sessions). */
    public record Count(long count) implements Argument {}

    /** A word of the bundles, such as a role ({@code role.ADMIN}) or a visit's status. */
    public record Term(String key) implements Argument {}

    /** A name the organisation keeps in both languages, as it was then: a purpose's. */
    public record Names(String swedish, String english) implements Argument {}

    /** Details of their own said one after the other, such as an import's counts per kind. */
    public record Parts(List<AuditDetail> parts) implements Argument {
        public Parts {
            parts = List.copyOf(parts);
        }
    }

    /** Strings become {@link Text}, whole numbers {@link Count}, anything else its text. */
    public static AuditDetail of(String key, Object... arguments) {
        return new AuditDetail(
                key, Arrays.stream(arguments).map(AuditDetail::argument).toList());
    }

    public static Term term(String key) {
        return new Term(key);
    }

    private static Argument argument(Object value) {
        if (value instanceof Argument argument) {
            return argument;
        }
        if (value instanceof Integer || value instanceof Long) {
            return new Count(((Number) value).longValue());
        }
        return new Text(value == null ? "" : value.toString());
    }
}
