package se.syfte.analytics.core;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names in Swedish order (å, ä, ö after z), the same whichever database answered. A collator
 * compares slowly, so each name's collation key is made once and kept.
 */
public final class NameOrder implements Comparator<String> {

    public static final NameOrder SWEDISH = new NameOrder(Locale.forLanguageTag("sv-SE"));

    private final Collator collator;
    private final Map<String, CollationKey> keys = new ConcurrentHashMap<>();

    private NameOrder(Locale locale) {
        this.collator = Collator.getInstance(locale);
    }

    @Override
    public int compare(String a, String b) {
        return key(a).compareTo(key(b));
    }

    private CollationKey key(String name) {
        CollationKey key = keys.get(name);
        if (key == null) {
            synchronized (collator) {
                key = collator.getCollationKey(name);
            }
            if (keys.size() > 100_000) {
                keys.clear();
            }
            keys.put(name, key);
        }
        return key;
    }
}
