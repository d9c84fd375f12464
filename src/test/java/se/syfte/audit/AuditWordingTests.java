package se.syfte.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class AuditWordingTests {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final AuditWording wording = new AuditWording(messages());

    @Test
    void aRoleChangeIsSaidInTheReadersLanguageWithItsCountsInTheRightNumber() {
        AuditDetail changed = AuditDetail.of(
                "userChangedSignedOut",
                "anna@example.se",
                AuditDetail.term("role.SALESPERSON"),
                AuditDetail.term("role.MANAGER"),
                "Anna Åberg",
                1,
                3);

        assertThat(wording.say(changed, Locale.ENGLISH))
                .isEqualTo("anna@example.se: salesperson → manager, named Anna Åberg; 1 session ended and 3 API"
                        + " tokens revoked");
        assertThat(wording.say(changed, SWEDISH))
                .isEqualTo("anna@example.se: säljare → chef, med namnet Anna Åberg; 1 session avslutade och 3"
                        + " API-nycklar återkallade");
    }

    @Test
    void aPurposeIsNamedInTheReadersLanguageAsItWasNamedThen() {
        AuditDetail created = AuditDetail.of(
                "visitCreated",
                "3006",
                "2026-11-30",
                "Anna Åberg",
                "Ny Kund AB",
                new AuditDetail.Names("Offertpresentation", "Quote presentation"));

        assertThat(wording.say(created, SWEDISH))
                .isEqualTo("besök 3006: 2026-11-30 Anna Åberg hos Ny Kund AB (Offertpresentation)");
        assertThat(wording.say(created, Locale.ENGLISH))
                .isEqualTo("visit 3006: 2026-11-30 Anna Åberg at Ny Kund AB (Quote presentation)");
    }

    @Test
    void anImportSaysEachKindsCountsInOneEntry() {
        AuditDetail imported = AuditDetail.of(
                "import",
                "visits.csv (SHA-256 ab12)",
                new AuditDetail.Parts(List.of(
                        AuditDetail.of("importCounts", AuditDetail.term("import.kind.VISITS"), 1200, 3, 0),
                        AuditDetail.of("importCounts", AuditDetail.term("import.kind.CUSTOMERS"), 4, 0, 0))),
                2);

        assertThat(wording.say(imported, SWEDISH))
                .isEqualTo(
                        "visits.csv (SHA-256 ab12): Besök 1\u00a0200 tillagda, 3 uppdaterade, 0 oförändrade, Kunder 4"
                                + " tillagda, 0 uppdaterade, 0 oförändrade; 2 avvisade");
    }

    @Test
    void anEntryWrittenBeforeDetailsWereMessagesKeepsItsText() {
        AuditEvent older = new AuditEvent(
                1, Instant.EPOCH, null, "cli", AuditAction.IMPORT, "visits.csv: 3 added", Optional.empty());

        assertThat(wording.say(older, SWEDISH)).isEqualTo("visits.csv: 3 added");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
