package se.syfte.imports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.Role;
import se.syfte.accounts.db.AccountRepository;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.accounts.web.TestAccounts;
import se.syfte.audit.AuditAction;
import se.syfte.audit.AuditLog;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;
import se.syfte.support.DatabaseTest;

class ImportPageTests extends DatabaseTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TeamRepository teams;

    @Autowired
    SalespersonRepository salespeople;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    Organisation organisation;
    SignedInUser manager;

    @BeforeEach
    void aManagerOfTeamSyd() {
        organisation = organisations.create("import-page-" + System.nanoTime(), "Import AB");
        salespeople.insert(organisation.id(), teams.insert(organisation.id(), "Team Syd"), "Anna Åberg", null);
        salespeople.insert(organisation.id(), teams.insert(organisation.id(), "Team Nord"), "Nils Nord", null);
        manager = TestAccounts.signedIn(
                TestAccounts.create(accounts, repository, organisation, Role.MANAGER, null, List.of("Team Syd")));
    }

    @Test
    void aFileWithOneBadRowShowsItsReasonAndStoresNothing() throws Exception {
        mvc.perform(upload("""
                        Datum,Säljare,Kund,Syfte
                        2026-11-02,Anna Åberg,Kund AB,QUOTE
                        2026-11-03,Anna Åberg,Kund AB,Lunch
                        """, new MockHttpSession()))
                .andExpect(status().isOk())
                .andExpect(xpath("//tbody/tr[td[2]='3']/td[5]").string("no purpose with that code or name"))
                .andExpect(xpath("count(//form[contains(@action,'/import/') and not(contains(@action,'/columns'))])")
                        .number(0.0));

        assertThat(visits()).isZero();
    }

    @Test
    void aCheckedFileIsStoredOnConfirmationAndAudited() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult checked = mvc.perform(
                        upload("Datum,Säljare,Kund,Syfte\n2026-11-02,Anna Åberg,Kund AB,QUOTE\n", session))
                .andExpect(xpath("//tbody/tr[th='Visits']/td[1]").string("1"))
                .andReturn();
        assertThat(visits()).isZero();
        String action =
                checked.getResponse().getContentAsString().replaceAll("(?s).*action=\"(/import/[^\"]+)\".*", "$1");

        mvc.perform(post(action).session(session).with(user(manager)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(xpath("//h2").string("Stored from visits.csv"))
                // Once stored there is nothing more to store: no button that could only answer 404.
                .andExpect(xpath("//form[starts-with(@action, '/import/')]").doesNotExist());

        assertThat(visits()).isEqualTo(1);
        assertThat(audit.latest(organisation.id(), 5)).anyMatch(event -> event.action() == AuditAction.IMPORT);
    }

    @Test
    void anUploadLeftWaitingIsDeletedWhenTheSessionEndsAndAStoredOneAtOnce() throws Exception {
        MockHttpSession abandoned = new MockHttpSession();
        MockHttpSession confirmed = new MockHttpSession();
        long before = uploadsWaiting();

        mvc.perform(upload("Datum,Säljare,Kund,Syfte\n2026-11-02,Anna Åberg,Kund AB,QUOTE\n", abandoned))
                .andExpect(status().isOk());
        MvcResult checked = mvc.perform(
                        upload("Datum,Säljare,Kund,Syfte\n2026-11-03,Anna Åberg,Kund AB,QUOTE\n", confirmed))
                .andReturn();
        assertThat(uploadsWaiting()).isEqualTo(before + 2);
        String action =
                checked.getResponse().getContentAsString().replaceAll("(?s).*action=\"(/import/[^\"]+)\".*", "$1");
        mvc.perform(post(action).session(confirmed).with(user(manager)).with(csrf()));
        assertThat(uploadsWaiting()).isEqualTo(before + 1);

        abandoned.invalidate();

        assertThat(uploadsWaiting()).isEqualTo(before);
    }

    @Test
    void startUpRemovesOnlyUploadsOlderThanASession(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Path old = java.nio.file.Files.createDirectories(folder.resolve("upload1"));
        java.nio.file.Files.writeString(old.resolve("besok.csv"), "Datum");
        java.nio.file.Files.setLastModifiedTime(
                old,
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(9))));
        java.nio.file.Path fresh = java.nio.file.Files.createDirectories(folder.resolve("upload2"));

        int removed = Uploads.removeOlderThan(folder, java.time.Duration.ofHours(8), java.time.Instant.now());

        assertThat(removed).isEqualTo(1);
        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
    }

    private long uploadsWaiting() throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(Uploads.FOLDER)) {
            return 0;
        }
        try (var folders = java.nio.file.Files.list(Uploads.FOLDER)) {
            return folders.count();
        }
    }

    @Test
    void withSkipTheValidRowsAreStoredAndTheRejectedOnesDownloaded() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult checked = mvc.perform(multipart("/import")
                        .file(new MockMultipartFile(
                                "file",
                                "visits.csv",
                                "text/csv",
                                "Datum,Säljare,Kund,Syfte\n2026-11-02,Anna Åberg,Kund AB,QUOTE\n2026-11-03,Anna Åberg,Kund AB,LUNCH\n"
                                        .getBytes(StandardCharsets.UTF_8)))
                        .param("onError", "skip")
                        .session(session)
                        .with(user(manager))
                        .with(csrf()))
                .andExpect(
                        xpath("//form[starts-with(@action, '/import/') and not(contains(@action, '/columns'))]/button")
                                .string("Store the valid rows"))
                .andExpect(xpath("//input[@name='onError'][@value='skip']/@checked")
                        .exists())
                .andReturn();
        String action =
                checked.getResponse().getContentAsString().replaceAll("(?s).*action=\"(/import/[^\"]+)\".*", "$1");

        MvcResult stored = mvc.perform(
                        post(action).session(session).with(user(manager)).with(csrf()))
                .andExpect(xpath("//a[starts-with(@href, '/import/rejects/')]").exists())
                .andReturn();
        String download =
                stored.getResponse().getContentAsString().replaceAll("(?s).*href=\"(/import/rejects/[^\"]+)\".*", "$1");

        assertThat(visits()).isEqualTo(1);
        mvc.perform(get(download).session(session).with(user(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("LUNCH")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("reason")));
    }

    /** Issue: a manager's template listed every salesperson of the organisation, other teams included. */
    @Test
    void aManagersTemplateListsOnlyTheirOwnSalespeople() throws Exception {
        byte[] template = mvc.perform(
                        get("/import/template").param("lang", "sv").with(user(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        java.util.List<String> cells = new java.util.ArrayList<>();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook =
                new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(template))) {
            workbook.getSheets().forEach(sheet -> {
                try (var rows = sheet.openStream()) {
                    rows.forEach(row -> row.forEach(cell -> cells.add(cell == null ? "" : cell.getText())));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        assertThat(cells).contains("Anna Åberg").doesNotContain("Nils Nord");
    }

    /** Issue: a manager's import changed another team's customer, which the same manager gets 404 for. */
    @Test
    void aManagersImportChangesOnlyTheirOwnCustomersAndMayAddNewOnes() throws Exception {
        long orgId = organisation.id();
        java.util.Map<String, Long> people = new java.util.HashMap<>();
        jdbc.sql("SELECT name, id FROM salesperson WHERE org_id = :org")
                .param("org", orgId)
                .query((rs, n) -> people.put(rs.getString(1), rs.getLong(2)))
                .list();
        for (String[] customer : new String[][] {{"Nords Kund AB", "Nils Nord"}, {"Syds Kund AB", "Anna Åberg"}}) {
            jdbc.sql("INSERT INTO customer (org_id, name, segment) VALUES (:org, :name, 'Original')")
                    .param("org", orgId)
                    .param("name", customer[0])
                    .update();
            jdbc.sql("INSERT INTO visit (org_id, visit_date, salesperson_id, customer_id, channel)"
                            + " SELECT :org, DATE '2026-11-02', :person, id, 'ON_SITE' FROM customer"
                            + " WHERE org_id = :org AND name = :name")
                    .param("org", orgId)
                    .param("person", people.get(customer[1]))
                    .param("name", customer[0])
                    .update();
        }
        MockHttpSession session = new MockHttpSession();

        mvc.perform(multipart("/import")
                        .file(new MockMultipartFile(
                                "file",
                                "kunder.csv",
                                "text/csv",
                                "Kund;Segment\nNords Kund AB;Kapad\nSyds Kund AB;Egen\nNy Kund AB;Ny\n"
                                        .getBytes(StandardCharsets.UTF_8)))
                        .param("onError", "skip")
                        .session(session)
                        .with(user(manager))
                        .with(csrf()))
                .andExpect(xpath("//tbody/tr[td[2]='2']/td[5]")
                        .string(org.hamcrest.Matchers.startsWith("not among your customers")));

        java.util.Map<String, String> segments = new java.util.HashMap<>();
        jdbc.sql("SELECT name, segment FROM customer WHERE org_id = :org")
                .param("org", orgId)
                .query((rs, n) -> segments.put(rs.getString(1), rs.getString(2)))
                .list();
        assertThat(segments).containsEntry("Nords Kund AB", "Original");
    }

    /** Issue: an upload over the limit got Tomcat's own 413 page. */
    @Test
    void anUploadOverTheLimitIsAnsweredInSyftesWords() throws Exception {
        byte[] body = new byte[102 << 20];
        java.util.Arrays.fill(body, (byte) 'a');
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.util.function.Function<String, java.net.http.HttpRequest> upload =
                path -> java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "multipart/form-data; boundary=x")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                        .build();

        java.net.http.HttpResponse<String> api =
                client.send(upload.apply("/api/v1/imports"), java.net.http.HttpResponse.BodyHandlers.ofString());
        java.net.http.HttpResponse<String> page =
                client.send(upload.apply("/import"), java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.body()).contains("larger than the 100 MB an import reads");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/import?tooLarge"));
        mvc.perform(get("/import").param("tooLarge", "").with(user(manager)))
                .andExpect(xpath("//p[@role='alert']")
                        .string(org.hamcrest.Matchers.startsWith("The file is larger than the 100 MB")));
    }

    @Test
    void aManagersFileMayNameOnlyTheirOwnSalespeople() throws Exception {
        mvc.perform(upload("Datum,Säljare,Kund,Syfte\n2026-11-02,Nils Nord,Kund AB,QUOTE\n", new MockHttpSession()))
                .andExpect(xpath("//tbody/tr/td[5]").string("no salesperson of that name"));
    }

    @Test
    void aFileOfAnotherTypeIsRefusedInOneSentence() throws Exception {
        mvc.perform(multipart("/import")
                        .file(new MockMultipartFile("file", "notes.pdf", "application/pdf", new byte[] {1, 2, 3}))
                        .with(user(manager))
                        .with(csrf()))
                .andExpect(xpath("//p[@class='error']")
                        .string("Syfte imports .xlsx workbooks, .csv files and .ics calendars."));
    }

    /**
     * The mapping step: a column whose header says nothing is read as the duration it holds, a
     * purpose Syfte does not know is read as one it does, the mapping is saved as a profile, and
     * the file is then stored as corrected.
     */
    @Test
    void theMappingStepReadsAColumnAndAValueAsChosenSavesTheProfileAndStoresThat() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String checked = mvc.perform(upload("""
                        Datum,Säljare,Kund,Syfte,Åtgång
                        2026-11-02,Anna Åberg,Kund AB,Lunch,45
                        2026-11-03,Anna Åberg,Kund AB,QUOTE,30
                        """, session))
                .andExpect(
                        xpath("//form[@class='mapping']//tr[th='Åtgång']/td[1]").string("45 · 30"))
                .andExpect(xpath("//form[@class='mapping']//tr[th='Åtgång']//option[@selected]/@value")
                        .string(""))
                .andExpect(xpath("//form[@class='mapping']//tr[th='Syfte']//option[@selected]/@value")
                        .string("purpose"))
                .andExpect(
                        xpath("//form[@class='mapping']//tr[th='Lunch']/td[1]").string("Syfte"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String columns = checked.replaceAll("(?s).*action=\"(/import/[^\"]+/columns)\".*", "$1");

        String corrected = mvc.perform(post(columns)
                        .session(session)
                        .with(user(manager))
                        .with(csrf())
                        .param("tableKind", "VISITS")
                        .param("columnTable", "0", "0", "0", "0", "0")
                        .param("columnHeader", "Datum", "Säljare", "Kund", "Syfte", "Åtgång")
                        .param("columnField", "date", "salesperson", "customer", "purpose", "duration")
                        .param("valueColumn", "Syfte")
                        .param("valueSource", "Lunch")
                        .param("valueTarget", "RELATION")
                        .param("saveProfile", "egen fil"))
                .andExpect(status().isOk())
                .andExpect(xpath("//tbody/tr[th='Visits']/td[1]").string("2"))
                .andExpect(xpath("//p[@role='alert']").doesNotExist())
                .andExpect(xpath("//textarea[@id='map']").string("duration=Åtgång\nSyfte: Lunch=RELATION"))
                .andExpect(xpath("//select[@id='profile']/option[@value='egen fil']")
                        .exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String store = corrected.replaceAll("(?s).*action=\"(/import/[^\"/]+)\".*", "$1");
        mvc.perform(post(store).session(session).with(user(manager)).with(csrf()))
                .andExpect(xpath("//h2").string("Stored from visits.csv"));

        assertThat(jdbc.sql("""
                        SELECT p.code || ' ' || v.duration_minutes FROM visit v
                        JOIN purpose p ON p.org_id = v.org_id AND p.id = v.purpose_id
                        WHERE v.org_id = :org ORDER BY v.visit_date
                        """)
                        .param("org", organisation.id())
                        .query(String.class)
                        .list())
                .containsExactly("RELATION 45", "QUOTE 30");
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
            String csv, MockHttpSession session) {
        return multipart("/import")
                .file(new MockMultipartFile("file", "visits.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .session(session)
                .with(user(manager))
                .with(csrf());
    }

    private long visits() {
        return jdbc.sql("SELECT COUNT(*) FROM visit WHERE org_id = :org")
                .param("org", organisation.id())
                .query(Long.class)
                .single();
    }
}
