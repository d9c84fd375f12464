package se.syfte.organisation;

import java.time.ZoneId;

/** The tenant: every row of every table belongs to one (SPEC §2); with its settings of SPEC §5. */
public record Organisation(
        long id, String code, String name, String currency, ZoneId timeZone, FollowThrough followThrough) {

    /** The organisation every command uses unless {@code --org} names another; created on first use. */
    public static final String DEFAULT_CODE = "default";
}
