package se.syfte.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.syfte.purposes.Purpose;
import se.syfte.purposes.PurposeKind;
import se.syfte.purposes.db.PurposeRepository;
import se.syfte.support.DatabaseTest;

class OrganisationServiceTests extends DatabaseTest {

    @Autowired
    OrganisationService organisations;

    @Autowired
    PurposeRepository purposes;

    @Test
    void newOrganisationStartsWithTheDefaultPurposesInFunnelOrder() {
        Organisation created = organisations.create("purposes-" + System.nanoTime(), "Purposes AB");

        assertThat(purposes.findAll(created.id()))
                .extracting(Purpose::code, Purpose::kind, Purpose::step, Purpose::defaultMinutes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PRESENTATION", PurposeKind.FUNNEL, 1, 60),
                        org.assertj.core.groups.Tuple.tuple("QUOTE", PurposeKind.FUNNEL, 2, 60),
                        org.assertj.core.groups.Tuple.tuple("NEGOTIATION", PurposeKind.FUNNEL, 3, 60),
                        org.assertj.core.groups.Tuple.tuple("RELATION", PurposeKind.CARE, null, 60),
                        org.assertj.core.groups.Tuple.tuple("REPORTING", PurposeKind.CARE, null, 60));
    }

    @Test
    void defaultPurposesCarrySwedishAndEnglishNamesAndKeywords() {
        Organisation created = organisations.create("names-" + System.nanoTime(), "Names AB");
        Purpose quote = purposes.findAll(created.id()).stream()
                .filter(p -> p.code().equals("QUOTE"))
                .findFirst()
                .orElseThrow();

        assertThat(quote.nameSv()).isEqualTo("Offertpresentation");
        assertThat(quote.nameEn()).isEqualTo("Quote presentation");
        assertThat(purposes.keywords(created.id(), quote.id())).contains("offert", "quote", "proposal");
    }

    @Test
    void refusesAnUnknownOrganisationAndNamesTheKnownOnes() {
        String known = "known-" + System.nanoTime();
        organisations.create(known, "Known AB");

        assertThatThrownBy(() -> organisations.require("no-such-organisation"))
                .isInstanceOf(UnknownOrganisationException.class)
                .hasMessageContaining("'no-such-organisation'")
                .hasMessageContaining(known);
    }

    @Test
    void createsTheDefaultOrganisationOnFirstUse() {
        Organisation first = organisations.require(Organisation.DEFAULT_CODE);
        Organisation again = organisations.require(Organisation.DEFAULT_CODE);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(purposes.findAll(first.id())).hasSize(5);
    }

    @Test
    void refusesASecondOrganisationWithTheSameCode() {
        String code = "twice-" + System.nanoTime();
        organisations.create(code, "Once AB");

        assertThatThrownBy(() -> organisations.create(code, "Twice AB"))
                .isInstanceOf(OrganisationExistsException.class);
    }
}
