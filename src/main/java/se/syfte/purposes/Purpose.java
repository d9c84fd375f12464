package se.syfte.purposes;

import java.util.Locale;

/** Why a visit happened (SPEC §2). Only FUNNEL purposes have a step. */
public record Purpose(
        long id, String code, String nameSv, String nameEn, PurposeKind kind, Integer step, int defaultMinutes) {

    public Purpose {
        if ((kind == PurposeKind.FUNNEL) != (step != null)) {
            throw new IllegalArgumentException("a FUNNEL purpose has a step and a CARE purpose none: " + code);
        }
        if (step != null && step < 1) {
            throw new IllegalArgumentException("steps start at 1: " + code);
        }
    }

    public String name(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? nameSv : nameEn;
    }
}
