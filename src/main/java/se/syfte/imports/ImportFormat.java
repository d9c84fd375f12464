package se.syfte.imports;

import java.util.Locale;

/** Which layouts an import reads: Syfte's own, one CRM's exports, or whichever fits ({@code auto}). */
public enum ImportFormat {
    AUTO,
    SYFTE,
    PIPEDRIVE,
    HUBSPOT,
    SALESFORCE,
    ICS;

    public boolean allows(CrmFormat layout) {
        return this == AUTO || (this != SYFTE && this != ICS && layout.name().startsWith(name()));
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
