package se.syfte.audit.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.syfte.audit.AuditDetail;

class AuditMessageJsonTests {

    @Test
    void everyKindOfArgumentReadsBackAsItWasWritten() {
        AuditDetail detail = AuditDetail.of(
                "import",
                "kunder \"2026\".csv",
                new AuditDetail.Parts(
                        List.of(AuditDetail.of("importCounts", AuditDetail.term("import.kind.VISITS"), 7L, 0, 1))),
                new AuditDetail.Names("Offertpresentation", "Quote presentation"),
                3);

        assertThat(AuditMessageJson.read(AuditMessageJson.write(detail))).contains(detail);
    }

    @Test
    void aDetailTooLongForItsColumnIsNotWrittenRatherThanCut() {
        AuditDetail detail = AuditDetail.of("tokenCreated", "x".repeat(9000));

        assertThat(AuditMessageJson.write(detail)).isNull();
        assertThat(AuditMessageJson.read(null)).isEmpty();
    }
}
