package se.syfte.accounts;

import java.util.List;

/**
 * A request about accounts that cannot be carried out. The message is one English sentence for
 * the command line; a page says it in the reader's language from the bundle key
 * {@code account.refused.<reason>} with the same arguments.
 */
public class AccountException extends RuntimeException {

    private final String reason;
    private final List<Object> arguments;

    public AccountException(String reason, String sentence, Object... arguments) {
        super(sentence);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    /** The key of the refusal's words in the message bundles. */
    public String messageKey() {
        return "account.refused." + reason;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
