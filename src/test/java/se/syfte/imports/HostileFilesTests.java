package se.syfte.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files meant to hurt get a clear refusal, quickly and in little memory. */
class HostileFilesTests {

    @TempDir
    Path folder;

    @Test
    void refusesAFileLargerThanTheLimit() throws IOException {
        Path file = folder.resolve("big.csv");
        Files.writeString(file, "Datum,Säljare,Kund,Syfte\n" + "2026-11-02,Anna,Kund AB,QUOTE\n".repeat(100));
        ImportLimits small = new ImportLimits(1024, 50, 1000, 1L << 30, 200);

        assertThatThrownBy(() -> TablesOfFile.read(file, small))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessage(
                        "big.csv: refused, 2 kB is more than the 1 kB an import reads (syfte.import.max-file-mb); split the file");
    }

    @Test
    void refusesAWorkbookWithTooManySheets() throws IOException {
        Path file = folder.resolve("sheets.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Test", "1.0");
            for (int i = 0; i < 60; i++) {
                workbook.newWorksheet("Sheet " + i).value(0, 0, "x");
            }
            workbook.finish();
        }

        assertThatThrownBy(() -> TablesOfFile.read(file))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("60 sheets, more than the 50");
    }

    @Test
    void refusesMoreColumnsThanTheLimit() throws IOException {
        Path file = folder.resolve("wide.csv");
        Files.writeString(file, "c,".repeat(1_100) + "c\n");
        Path widest = folder.resolve("widest.csv");
        Files.writeString(widest, "c,".repeat(16_384) + "c\n");

        assertThatThrownBy(() -> TablesOfFile.read(file))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("1101 columns are more than the 1000");
        assertThatThrownBy(() -> TablesOfFile.read(widest))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessage("widest.csv: line 1 holds more than 16,384 columns, far more than any table Syfte reads;"
                        + " is it a CSV file?");
    }

    @Test
    void refusesAZipBomb() throws IOException {
        Path file = folder.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }

        assertThat(Files.size(file)).isLessThan(200_000);
        assertThatThrownBy(() -> TablesOfFile.read(file))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("looks like a zip bomb");
    }

    /** A zip that declares its part smaller than it inflates must not slip past the unpacked limit. */
    @Test
    void countsTheBytesAPartInflatesToNotTheSizeItDeclares() throws IOException {
        Path file = folder.resolve("forged.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<Types/>");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 3; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(file);
        // Every central directory header says the part unpacks to 100 bytes.
        for (int i = 0; i + 28 < bytes.length; i++) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
                bytes[i + 24] = 100;
                bytes[i + 25] = 0;
                bytes[i + 26] = 0;
                bytes[i + 27] = 0;
            }
        }
        Files.write(file, bytes);
        ImportLimits twoMegabytes = new ImportLimits(100L << 20, 50, 1000, 2L << 20, 1_000_000);

        assertThatThrownBy(() -> TablesOfFile.read(file, twoMegabytes))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("more than the 2 MB an import reads");
    }

    @Test
    void refusesATextFileCalledAWorkbook() throws IOException {
        Path file = folder.resolve("fake.xlsx");
        Files.writeString(file, "Datum,Kund\n");

        assertThatThrownBy(() -> TablesOfFile.read(file))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("not an Excel workbook");
    }

    @Test
    void refusesAPictureCalledACsvFileInSyftesWords() throws IOException {
        byte[] picture = new byte[4096];
        new java.util.Random(7).nextBytes(picture);
        picture[0] = (byte) 0x89;
        picture[10] = 0;
        Path file = folder.resolve("bild.csv");
        Files.write(file, picture);

        assertThatThrownBy(() -> TablesOfFile.read(file))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessage("bild.csv: is not a text file (it holds binary data, such as a picture or a packed file);"
                        + " save the sheet as CSV or .xlsx and import that");
    }

    @Test
    void tellsAWorkbookUnderACsvNameToBeRenamed() throws IOException {
        Path workbook = folder.resolve("riktig.xlsx");
        try (OutputStream out = Files.newOutputStream(workbook)) {
            Workbook book = new Workbook(out, "Test", "1.0");
            book.newWorksheet("Besök").value(0, 0, "Datum");
            book.finish();
        }
        Path file = Files.copy(workbook, folder.resolve("export.csv"));

        assertThatThrownBy(() -> TablesOfFile.read(file))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("rename it to .xlsx");
    }

    @Test
    void saysAnEmptyFileIsEmpty() throws IOException {
        for (String name : java.util.List.of("tom.csv", "tom.xlsx")) {
            Path file = Files.write(folder.resolve(name), new byte[0]);

            assertThatThrownBy(() -> TablesOfFile.read(file))
                    .isInstanceOf(ImportRefusedException.class)
                    .hasMessage(name + ": the file is empty");
        }
    }

    /** A quote that never closes makes one cell of the rest of the file: the library's limit, in Syfte's words. */
    @Test
    void namesTheLineOfACellThatRunsOnPastWhatACellHolds() throws IOException {
        Path file = folder.resolve("citat.csv");
        Files.writeString(
                file, "Datum;Säljare;Kund;Syfte\n2026-11-02;Anna;\"Kund AB;QUOTE\n" + "x".repeat(17_000_000) + "\n");

        assertThatThrownBy(() -> {
                    try (var rows = TablesOfFile.read(file).get(0).rows().open()) {
                        rows.forEach(row -> {});
                    }
                })
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageStartingWith(
                        "citat.csv: line 2 holds a cell that runs on for more than 16 million characters")
                .hasMessageNotContaining("buffer");
    }

    /** A billion-laughs entity in a sheet must neither expand nor hang the import. */
    @Test
    void doesNotExpandXmlEntities() throws IOException {
        Path file = folder.resolve("laughs.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="Besök" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    </Relationships>""");
            StringBuilder laughs = new StringBuilder("<!ENTITY lol0 \"lol\">");
            for (int i = 1; i < 10; i++) {
                laughs.append("<!ENTITY lol")
                        .append(i)
                        .append(" \"")
                        .append(("&lol" + (i - 1) + ";").repeat(10))
                        .append("\">");
            }
            entry(
                    zip,
                    "xl/worksheets/sheet1.xml",
                    "<?xml version=\"1.0\"?><!DOCTYPE worksheet [" + laughs
                            + "]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>");
        }

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                TablesOfFile.read(file)
                        .forEach(table ->
                                assertThat(String.join("", table.headers())).hasSizeLessThan(10_000));
            } catch (ImportRefusedException refused) {
                assertThat(refused.getMessage()).startsWith("laughs.xlsx: cannot be read as a workbook");
            }
        });
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
