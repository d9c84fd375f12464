package se.syfte.accounts;

import java.time.Instant;
import java.util.List;

/** Where the throttle keeps failed sign-ins, by address in lower case. */
public interface FailedSignIns {

    /** The failures of the address after {@code since}, oldest first. */
    List<Instant> since(String email, Instant since);

    /** Records a failure; failures no longer in any window may be forgotten meanwhile. */
    void add(String email, Instant at, Instant forgetBefore);

    void clear(String email);
}
