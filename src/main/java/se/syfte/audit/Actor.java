package se.syfte.audit;

/** Who did something: a signed-in account, or someone at the command line (who has the database itself). */
public record Actor(Long userId, String name) {

    public static final Actor COMMAND_LINE = new Actor(null, "command line");
}
