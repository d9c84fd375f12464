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
 * The public "CRM + Sales Opportunities" dataset (shared/data/public): 8,800 opportunities of 35
 * agents, read with a column and value mapping, messy rows and all.
 */
class PublicOpportunitiesImportTests extends DatabaseTest {

    private static final Path DATASET = Path.of("..", "shared", "data", "public", "crm-sales-opportunities");
    private static final List<String> DEAL_MAPPING = List.of(
            "owner=sales_agent,customer=account,created=engage_date,value=close_value,status=deal_stage,closed=close_date,"
                    + "external_id=opportunity_id,title=product",
            "deal_stage: Won=WON, Lost=LOST, Engaging=OPEN, Prospecting=OPEN");

    @Autowired
    ImportService imports;

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @Test
    void everyOpportunityIsStoredOrRejectedWithItsReasonAndAProfileReadsItAgain() throws IOException {
        Organisation organisation = organisations.create("opportunities-" + System.nanoTime(), "Opportunities AB");
        Path teams = Files.copy(DATASET.resolve("sales_teams.csv"), folder.resolve("sales_teams.csv"));
        Path pipeline = Files.copy(DATASET.resolve("sales_pipeline.csv"), folder.resolve("sales_pipeline.csv"));

        ImportResult agents = imports.run(ImportRequest.of(
                organisation,
                List.of(teams),
                new ImportOptions(
                        false,
                        false,
                        ImportFormat.AUTO,
                        false,
                        Optional.of(ImportKind.SALESPEOPLE),
                        ColumnMapping.parse(List.of("name=sales_agent,team=regional_office")))));
        ImportOptions deals = new ImportOptions(
                false, true, ImportFormat.AUTO, false, Optional.empty(), ColumnMapping.parse(DEAL_MAPPING));
        imports.saveProfile(organisation, "opportunities", deals);
        ImportResult result = imports.run(ImportRequest.of(organisation, List.of(pipeline), deals));

        assertThat(agents.counts().get(ImportKind.SALESPEOPLE)).isEqualTo(new ImportCounts(35, 0, 0));
        long dataRows = Files.readAllLines(pipeline).size() - 1;
        ImportCounts stored = result.counts().get(ImportKind.DEALS);
        assertThat(dataRows).isEqualTo(8800);
        assertThat(stored.added()).isEqualTo(7212);
        assertThat(result.rejections().stream()
                        .map(RowRejection::row)
                        .distinct()
                        .count())
                .isEqualTo(1588);
        assertThat(stored.added() + 1588).isEqualTo(dataRows);
        assertThat(result.rejections())
                .filteredOn(rejection -> rejection.column().equals("Customer"))
                .hasSize(1425)
                .allSatisfy(
                        rejection -> assertThat(rejection.reason().english()).isEqualTo("is empty"));
        assertThat(Files.readAllLines(result.rejectFiles().get(0))).hasSize(1588 + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM deal WHERE org_id = :org AND status = 'WON'")
                        .param("org", organisation.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(4238);

        ImportResult again = imports.run(ImportRequest.of(
                organisation,
                List.of(pipeline),
                imports.withProfile(organisation, new ImportOptions(false, true), "opportunities")));
        assertThat(again.counts().get(ImportKind.DEALS)).isEqualTo(new ImportCounts(0, 0, 7212));
    }

    /** The same data as an Excel workbook with serial dates, pivot tables and a data model, which are left alone. */
    @Test
    void theExcelWorkbookOfTheSameDataGivesTheSameDeals() throws IOException {
        Organisation organisation = organisations.create("opportunities-xlsx-" + System.nanoTime(), "Opportunities AB");
        Path teams = Files.copy(DATASET.resolve("sales_teams.csv"), folder.resolve("sales_teams.csv"));
        Path workbook = Files.copy(DATASET.resolve("excel-data-model-with-pivots.xlsx"), folder.resolve("pivots.xlsx"));
        imports.run(ImportRequest.of(
                organisation,
                List.of(teams),
                new ImportOptions(
                        false,
                        false,
                        ImportFormat.AUTO,
                        false,
                        Optional.of(ImportKind.SALESPEOPLE),
                        ColumnMapping.parse(List.of("name=sales_agent,team=regional_office")))));

        ImportResult result = imports.run(ImportRequest.of(
                organisation,
                List.of(workbook),
                new ImportOptions(
                        false, true, ImportFormat.AUTO, false, Optional.empty(), ColumnMapping.parse(DEAL_MAPPING))));

        assertThat(result.counts().get(ImportKind.DEALS).added()).isEqualTo(7212);
        assertThat(result.rejections().stream()
                        .map(RowRejection::row)
                        .distinct()
                        .count())
                .isEqualTo(1588);
        assertThat(result.notes())
                .anyMatch(note -> note.english().contains("[Q1]: lacks the columns --map reads, left out"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM deal WHERE org_id = :org AND status = 'WON'")
                        .param("org", organisation.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(4238);
        assertThat(result.rejectFiles())
                .singleElement()
                .satisfies(file -> assertThat(file.getFileName().toString()).isEqualTo("pivots.rejected.xlsx"));
    }
}
