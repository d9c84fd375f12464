package se.syfte.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.syfte.purposes.Purpose;

/**
 * The names rows may refer to: the organisation's purposes by code or name in either language,
 * and its salespeople (with those the same import adds), case-insensitive.
 */
final class KnownNames {

    private final Map<String, Long> purposes = new HashMap<>();
    private final Map<Long, String> purposeCodes = new HashMap<>();
    private final Set<String> salespeople = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    KnownNames(List<Purpose> purposes, List<String> salespeople) {
        for (Purpose purpose : purposes) {
            purposeCodes.put(purpose.id(), purpose.code());
            this.purposes.put(purpose.code().toLowerCase(Locale.ROOT), purpose.id());
            this.purposes.put(purpose.nameSv().toLowerCase(Locale.ROOT), purpose.id());
            this.purposes.put(purpose.nameEn().toLowerCase(Locale.ROOT), purpose.id());
        }
        this.salespeople.addAll(salespeople);
    }

    /** The purpose a cell names, or null (rejecting the cell) when none has that code or name; null for no name. */
    Long purpose(Cells cells, String key, String name) {
        Long id = name == null ? null : purposes.get(name.toLowerCase(Locale.ROOT));
        if (name != null && id == null) {
            cells.reject(key, name, ImportText.reason("unknownPurpose"));
        }
        return id;
    }

    Map<Long, String> purposeCodes() {
        return purposeCodes;
    }

    /** Rejects a cell that names no known salesperson, suggesting the closest name. */
    void requireSalesperson(Cells cells, String key, String name) {
        if (name != null && !salespeople.contains(name)) {
            cells.reject(
                    key,
                    name,
                    ClosestName.to(name, salespeople)
                            .map(known -> ImportText.reason("unknownSalespersonLike", known))
                            .orElse(ImportText.reason("unknownSalesperson")));
        }
    }

    void addSalesperson(String name) {
        salespeople.add(name);
    }
}
