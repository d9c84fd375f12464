package se.syfte.purposes;

import java.util.List;
import se.syfte.analytics.core.VisitMinutes;

/** The purpose set every new organisation starts with (SPEC §2), with classification keywords. */
public final class DefaultPurposes {

    public static final int DEFAULT_MINUTES = VisitMinutes.DEFAULT;

    public record Definition(
            String code, String nameSv, String nameEn, PurposeKind kind, Integer step, List<String> keywords) {}

    public static final List<Definition> ALL = List.of(
            new Definition(
                    "RELATION",
                    "Relationsbesök",
                    "Relationship visit",
                    PurposeKind.CARE,
                    null,
                    List.of(
                            "relation",
                            "relationsbesök",
                            "relationship",
                            "lunch",
                            "uppföljning",
                            "follow-up",
                            "check-in")),
            new Definition(
                    "PRESENTATION",
                    "Företagspresentation",
                    "Company presentation",
                    PurposeKind.FUNNEL,
                    1,
                    List.of(
                            "presentation",
                            "företagspresentation",
                            "introduktion",
                            "introduction",
                            "intro",
                            "discovery",
                            "demo")),
            new Definition(
                    "QUOTE",
                    "Offertpresentation",
                    "Quote presentation",
                    PurposeKind.FUNNEL,
                    2,
                    List.of("offert", "offertpresentation", "quote", "quotation", "proposal", "anbud", "tender")),
            new Definition(
                    "NEGOTIATION",
                    "Avtalsförhandling",
                    "Contract negotiation",
                    PurposeKind.FUNNEL,
                    3,
                    List.of("avtal", "förhandling", "avtalsförhandling", "negotiation", "contract", "kontrakt")),
            new Definition(
                    "REPORTING",
                    "Månadsrapportering",
                    "Monthly reporting",
                    PurposeKind.CARE,
                    null,
                    List.of("rapportering", "månadsrapport", "månadsmöte", "reporting", "monthly report", "review")));

    private DefaultPurposes() {}
}
