package se.syfte.imports;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which stored customers an import may change: every one for an admin; for a manager those their
 * salespeople own or work with (as the customer page decides), while a customer the import names
 * for the first time may always be added. A row is matched as storing matches it: by its id when
 * it has one, else by name.
 */
record CustomersInScope(Map<String, Long> byLowerCaseName, Map<String, Long> byExternalId, Set<Long> visible) {

    static final CustomersInScope ALL = new CustomersInScope(null, null, null);

    boolean mayChange(String name, String externalId) {
        if (visible == null) {
            return true;
        }
        Long id = externalId == null ? null : byExternalId.get(externalId);
        if (id == null && name != null) {
            id = byLowerCaseName.get(name.strip().toLowerCase(Locale.ROOT));
        }
        return id == null || visible.contains(id);
    }
}
