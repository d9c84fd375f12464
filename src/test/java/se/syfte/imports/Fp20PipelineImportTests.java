package se.syfte.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.support.DatabaseTest;

/**
 * The public "CRM and Sales Pipelines" data: 3,000 leads as the original Excel file (serial
 * dates, an Excel table, a Dictionary sheet) and as its CSV export (M/D/YYYY dates, a header
 * with a comma in it). Both, read with the same mapping, store the same deals.
 */
class Fp20PipelineImportTests extends DatabaseTest {

    private static final Path DATASET = Path.of("..", "shared", "data", "public", "fp20-crm-and-sales-pipelines");
    private static final ColumnMapping DEALS = ColumnMapping.parse(List.of(
            "customer=Organization,owner=Owner,created=Lead acquisition date,value=\"Deal Value, $\",status=Status,"
                    + "closed=Actual close date,stage=Stage",
            "Status: Customer=WON, Churned Customer=WON, Disqualified=LOST, Opportunity=OPEN, Qualified=OPEN,"
                    + " Sales Accepted=OPEN, New=OPEN"));
    private static final String OWNERS = """
            Name,Team
            Laura Thompson,Europe
            Jessica Martinez,Europe
            Michael Brown,Europe
            Emily Johnson,Europe
            John Smith,Europe
            Sarah Davis,Europe
            Kevin Anderson,Europe
            David Wilson,Europe
            """;

    @Autowired
    ImportService imports;

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @Test
    void theWorkbookAndItsCsvExportStoreTheSameDeals() throws IOException {
        Result csv = importInto("CRM-and-Sales-Pipelines.csv");
        Result workbook = importInto("CRM-and-Sales-Pipelines_C17_English.xlsx");

        // 3,000 leads; the 177 disqualified ones have no close date, which a lost deal needs.
        assertThat(csv.result.counts().get(ImportKind.DEALS)).isEqualTo(new ImportCounts(2823, 0, 0));
        assertThat(csv.result.rejections())
                .hasSize(177)
                .allMatch(rejection -> rejection.reason().english().equals("a lost deal needs its close date"));
        assertThat(csv.result.notes()).anyMatch(note -> note.english().contains("read month first"));
        assertThat(workbook.result.counts()).isEqualTo(csv.result.counts());
        assertThat(workbook.result.rejections()).hasSameSizeAs(csv.result.rejections());
        assertThat(workbook.deals).hasSize(2823).isEqualTo(csv.deals);
    }

    private record Result(ImportResult result, List<String> deals) {}

    private Result importInto(String file) throws IOException {
        Organisation organisation = organisations.create("fp20-" + System.nanoTime(), "Pipelines AB");
        Path owners = Files.writeString(folder.resolve("owners-" + organisation.id() + ".csv"), OWNERS);
        imports.run(ImportRequest.of(organisation, List.of(owners), new ImportOptions(false, false)));
        Path copy = Files.copy(DATASET.resolve(file), folder.resolve(organisation.id() + "-" + file));
        ImportResult result = imports.run(ImportRequest.of(
                organisation,
                List.of(copy),
                new ImportOptions(false, true, ImportFormat.AUTO, false, Optional.of(ImportKind.DEALS), DEALS)));
        List<String> deals = jdbc.sql("""
                        SELECT c.name || '|' || s.name || '|' || CAST(d.created_date AS VARCHAR) || '|'
                               || CAST(d.value AS VARCHAR) || '|' || d.status || '|'
                               || COALESCE(CAST(d.close_date AS VARCHAR), '') || '|' || COALESCE(d.stage, '')
                        FROM deal d
                        JOIN customer c ON c.org_id = d.org_id AND c.id = d.customer_id
                        JOIN salesperson s ON s.org_id = d.org_id AND s.id = d.owner_id
                        WHERE d.org_id = :org
                        ORDER BY 1
                        """)
                .param("org", organisation.id())
                .query(String.class)
                .list();
        return new Result(result, deals);
    }
}
