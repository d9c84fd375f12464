package se.syfte.purposes;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.syfte.purposes.db.PurposeRepository;

/** An organisation's purposes and their keywords, for the pages and APIs of every feature. */
@Service
public class PurposeService {

    private final PurposeRepository purposes;

    PurposeService(PurposeRepository purposes) {
        this.purposes = purposes;
    }

    /** Funnel purposes by step first, then care purposes, each by code. */
    public List<Purpose> all(long org) {
        return purposes.findAll(org);
    }

    /** Each purpose's name in the reader's language, by its code. */
    public Map<String, String> namesByCode(long org, java.util.Locale locale) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        all(org).forEach(purpose -> names.put(purpose.code(), purpose.name(locale)));
        return names;
    }

    public List<String> keywords(long org, long purpose) {
        return purposes.keywords(org, purpose);
    }

    public Map<Long, List<String>> keywordsByPurpose(long org) {
        return purposes.keywordsByPurpose(org);
    }

    /** Each keyword rule with the code of the purpose it classifies as. */
    public Map<String, String> keywordOwners(long org) {
        return purposes.keywordOwners(org);
    }

    /** How many stored visits have the purpose: what a change to its kind, step or duration reaches. */
    public long visits(long org, long purpose) {
        return purposes.visits(org, purpose);
    }

    /** A new purpose with its keywords. */
    @Transactional
    public long add(long org, PurposeDraft draft) {
        long id = purposes.insert(org, draft);
        purposes.replaceKeywords(org, id, draft.keywords());
        return id;
    }

    /** The purpose as drafted, its keywords replaced by the draft's. */
    @Transactional
    public void change(long org, long id, PurposeDraft draft) {
        purposes.update(org, id, draft);
        purposes.replaceKeywords(org, id, draft.keywords());
    }
}
