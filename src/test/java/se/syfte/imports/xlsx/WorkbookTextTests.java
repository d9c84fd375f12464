package se.syfte.imports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookTextTests {

    private static final Predicate<String> SLASHED = text -> text.indexOf('/') >= 0;

    @TempDir
    Path folder;

    @Test
    void aWorkbookWhoseSharedStringsHoldNoSlashHoldsNoSlashedDate() throws IOException {
        Path file = workbook("iso.xlsx", "2026-10-15", "Anna Åberg");

        assertThat(WorkbookText.mayHold(file, SLASHED)).isFalse();
    }

    @Test
    void aSlashedDateAmongTheSharedStringsIsFound() throws IOException {
        Path file = workbook("slashed.xlsx", "10/15/2026", "Anna Åberg");

        assertThat(WorkbookText.mayHold(file, SLASHED)).isTrue();
    }

    @Test
    void aSheetWithTextOfItsOwnMustBeReadToTell() throws IOException {
        Path file = folder.resolve("inline.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("""
                    <worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>10/15/2026</t></is></c></row>\
                    </sheetData></worksheet>""".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThat(WorkbookText.mayHold(file, SLASHED)).isTrue();
    }

    private Path workbook(String name, String... texts) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Syfte", "1.0");
            Worksheet sheet = workbook.newWorksheet("Besök");
            for (int i = 0; i < texts.length; i++) {
                sheet.value(0, i, texts[i]);
            }
            sheet.value(1, 0, 46_000);
            workbook.finish();
        }
        return file;
    }
}
