package se.syfte.accounts;

/** A request about accounts that cannot be carried out, said in one sentence for the person who made it. */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
