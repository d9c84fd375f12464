package se.syfte.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.Role;
import se.syfte.accounts.db.AccountRepository;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.accounts.web.TestAccounts;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.support.DatabaseTest;
import se.syfte.visitlog.VisitService;

/** The API's customers, purposes, targets and imports, and its OpenAPI description. */
class ApiResourcesTests extends DatabaseTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    SalespersonRepository salespeople;

    @Autowired
    VisitService visits;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    Organisation organisation;
    SignedInUser anna;
    SignedInUser admin;
    long annaId;

    @BeforeEach
    void annaAndAnAdmin() {
        TestAccounts.Anna world = TestAccounts.anna(context, "api");
        organisation = world.organisation();
        anna = world.signedIn();
        admin = TestAccounts.signedIn(TestAccounts.create(accounts, repository, organisation, Role.ADMIN, null));
        annaId = anna.account().salespersonId();
    }

    @Test
    void purposesComeWithTheirKeywordRules() throws Exception {
        mvc.perform(get("/api/v1/purposes").with(user(anna)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'QUOTE')].keywords[*]", hasItem("offert")))
                .andExpect(jsonPath("$[?(@.code == 'QUOTE')].step", contains(2)));
    }

    @Test
    void aSalespersonSeesTheCustomersTheyVisitedAndAnAdminSeesEveryCustomer() throws Exception {
        visits.create(
                admin.account(),
                new VisitService.VisitInput(
                        LocalDate.of(2026, 11, 2), null, annaId, "Annas Kund AB", "QUOTE", 60, null, null, null));
        jdbc.sql("INSERT INTO customer (org_id, name) VALUES (:org, 'Ingen Besökt AB')")
                .param("org", organisation.id())
                .update();

        mvc.perform(get("/api/v1/customers").with(user(anna)))
                .andExpect(jsonPath("$[*].name", contains("Annas Kund AB")));
        mvc.perform(get("/api/v1/customers").with(user(admin)))
                .andExpect(jsonPath("$[*].name", contains("Annas Kund AB", "Ingen Besökt AB")));
    }

    @Test
    void anAdminGivesACustomerATierAndAnOwnerAndClearsTheTierAlone() throws Exception {
        long customer = visits.create(
                        admin.account(),
                        new VisitService.VisitInput(
                                LocalDate.of(2026, 11, 2), null, annaId, "Tierkund AB", "QUOTE", 60, null, null, null))
                .visit()
                .customerId();

        mvc.perform(patch("/api/v1/customers/{id}", customer)
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tier\":\" a \",\"owner\":\"anna åberg\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tier").value("A"))
                .andExpect(jsonPath("$.owner").value("Anna Åberg"));
        mvc.perform(patch("/api/v1/customers/{id}", customer)
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tier\":\"\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tier").doesNotExist())
                .andExpect(jsonPath("$.owner").value("Anna Åberg"));
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE org_id = :org AND action = 'CUSTOMER_CHANGED'"
                                + " ORDER BY id")
                        .param("org", organisation.id())
                        .query(String.class)
                        .list())
                .containsExactly(
                        "Tierkund AB: tier none → A, owner none → Anna Åberg",
                        "Tierkund AB: tier A → none, owner Anna Åberg → Anna Åberg");
    }

    @Test
    void aWrongTierAndAnUnknownOwnerAreNamedAndNothingChanges() throws Exception {
        long customer = visits.create(
                        admin.account(),
                        new VisitService.VisitInput(
                                LocalDate.of(2026, 11, 2), null, annaId, "Felkund AB", "QUOTE", 60, null, null, null))
                .visit()
                .customerId();

        mvc.perform(patch("/api/v1/customers/{id}", customer)
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tier\":\"D\",\"owner\":\"Ingen Alls\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("tier", "owner")))
                .andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString("'D'")));
        mvc.perform(get("/api/v1/customers/{id}", customer).with(user(admin)))
                .andExpect(jsonPath("$.tier").doesNotExist())
                .andExpect(jsonPath("$.owner").doesNotExist());
    }

    /** Issue: −1, the query's sentinel for "every customer", answered 200 with the caller's first customer. */
    @Test
    void anIdNoCustomerCanHaveIsNotFound() throws Exception {
        visits.create(
                admin.account(),
                new VisitService.VisitInput(
                        LocalDate.of(2026, 11, 2), null, annaId, "Annas Kund AB", "QUOTE", 60, null, null, null));

        for (String id : List.of("-1", "0")) {
            mvc.perform(get("/api/v1/customers/{id}", id).with(user(anna))).andExpect(status().isNotFound());
            mvc.perform(get("/customers/{id}", id).with(user(anna))).andExpect(status().isNotFound());
        }
    }

    @Test
    void visitsAreListedByPurposeAndCustomerWhenAsked() throws Exception {
        for (String[] visit : new String[][] {{"Kund AB", "QUOTE"}, {"Kund AB", "RELATION"}, {"Annan AB", "QUOTE"}}) {
            visits.create(
                    admin.account(),
                    new VisitService.VisitInput(
                            LocalDate.of(2026, 11, 2), null, annaId, visit[0], visit[1], 60, null, null, null));
        }

        mvc.perform(get("/api/v1/visits")
                        .param("from", "2026-11-01")
                        .param("to", "2026-12-01")
                        .param("purpose", "quote")
                        .param("customer", "kund ab")
                        .with(user(anna)))
                .andExpect(jsonPath("$[*].purpose", contains("QUOTE")))
                .andExpect(jsonPath("$[*].customer", contains("Kund AB")));
        mvc.perform(get("/api/v1/visits")
                        .param("from", "2026-11-01")
                        .param("to", "2026-12-01")
                        .param("salespersonId", String.valueOf(annaId))
                        .with(user(admin)))
                .andExpect(jsonPath("$.length()").value(3));
    }

    @Test
    void aMonthsTargetsAreSetByPurposeCodeAndReadBack() throws Exception {
        mvc.perform(putTargets("2026-11", "{\"targets\":{\"QUOTE\":4,\"RELATION\":10}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].purpose", contains("QUOTE", "RELATION")));

        mvc.perform(get("/api/v1/targets").param("month", "2026-11").with(user(anna)))
                .andExpect(jsonPath("$[?(@.purpose == 'QUOTE')].target", contains(4)))
                .andExpect(jsonPath("$[0].salesperson").value("Anna Åberg"));
    }

    @Test
    void aNegativeTargetOrAWrongMonthIsAProblemNamingTheFieldAndNothingIsStored() throws Exception {
        mvc.perform(putTargets("2026-11", "{\"targets\":{\"QUOTE\":-1,\"LUNCH\":2}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("targets.QUOTE", "targets.LUNCH")));
        mvc.perform(putTargets("november", "{\"targets\":{\"QUOTE\":1}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("month"));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM target WHERE org_id = :org")
                        .param("org", organisation.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anImportDryRunTellsWhatWouldBeStoredAndAFileWithABadRowStoresNothing() throws Exception {
        String csv =
                "Datum,Säljare,Kund,Syfte\n2026-11-02,Anna Åberg,Kund AB,QUOTE\n2026-11-03,Anna Åberg,Kund AB,Lunch\n";

        mvc.perform(importing("visits.csv", csv).param("dryRun", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(false))
                .andExpect(jsonPath("$.rejections[0].row").value(3))
                .andExpect(jsonPath("$.rejections[0].value").value("Lunch"));
        mvc.perform(importing("visits.csv", csv))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rejections[0].column").value("Syfte"));
        assertThat(storedVisits()).isZero();

        mvc.perform(importing("visits.csv", "Datum,Säljare,Kund,Syfte\n2026-11-02,Anna Åberg,Kund AB,QUOTE\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(true))
                .andExpect(jsonPath("$.counts.VISITS.added").value(1));
        assertThat(storedVisits()).isEqualTo(1);
        mvc.perform(importing("notes.pdf", "%PDF")).andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void theOpenApiDescriptionListsTheApiAndItsTokenScheme() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(anna)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Syfte API"))
                .andExpect(jsonPath("$.paths['/api/v1/visits'].post").exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/visits/{id}/confirm'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/customers/{id}'].patch").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reports/{name}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/imports'].post").exists())
                .andExpect(jsonPath("$.paths['/login']").doesNotExist())
                .andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"));
    }

    @Test
    void everyOperationOfTheApiHasANamedTagAndASummaryAndTheMenuLinksTheDescription() throws Exception {
        String description = mvc.perform(get("/v3/api-docs").with(user(anna)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        tools.jackson.databind.JsonNode api =
                tools.jackson.databind.json.JsonMapper.builder().build().readTree(description);
        java.util.Set<String> tags = new java.util.TreeSet<>();
        api.path("tags").forEach(tag -> tags.add(tag.path("name").asString()));
        java.util.List<String> operations = new java.util.ArrayList<>();
        api.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    operations.add(operation.getKey() + " " + path.getKey());
                    assertThat(operation.getValue().path("summary").asString())
                            .as("the summary of %s %s", operation.getKey(), path.getKey())
                            .isNotBlank();
                    assertThat(operation.getValue().path("tags"))
                            .as("the tags of %s %s", operation.getKey(), path.getKey())
                            .hasSize(1);
                    assertThat(tags)
                            .contains(operation.getValue().path("tags").get(0).asString());
                }));

        assertThat(operations).hasSizeGreaterThan(20);
        assertThat(tags)
                .contains("Visits", "Reports", "Accounts", "Your account")
                .allSatisfy(tag -> assertThat(tag).doesNotContain("controller"));
        assertThat(mvc.perform(get("/").with(user(anna)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("href=\"/swagger-ui.html\"");
    }

    @Test
    void anImportTakesTheCommandLinesChoicesAndNamesAWrongOne() throws Exception {
        String csv = "Datum,Säljare,Kund,Syfte,Längd i minuter\n"
                + "2026-11-02,Anna Åberg,Kund AB,QUOTE,45\n"
                + "2026-11-03,Anna Åberg,Kund AB,LUNCH,30\n";

        mvc.perform(importing("visits.csv", csv).param("format", "excel"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(importing("visits.csv", csv)
                        .param("onError", "skip")
                        .param("map", "duration=Längd i minuter")
                        .param("saveProfile", "api-profil"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(true))
                .andExpect(jsonPath("$.tables[0].columns[4].header").value("Längd i minuter"))
                .andExpect(jsonPath("$.tables[0].columns[4].field").value("duration"))
                .andExpect(jsonPath("$.tables[0].columns[4].samples[0]").value("45"))
                .andExpect(jsonPath("$.savedProfile").value("api-profil"))
                .andExpect(jsonPath("$.counts.VISITS.added").value(1))
                .andExpect(jsonPath("$.rejections[0].row").value(3));

        assertThat(jdbc.sql("SELECT duration_minutes FROM visit WHERE org_id = :org")
                        .param("org", organisation.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(45);
        assertThat(context.getBean(se.syfte.imports.ImportService.class).profileNames(organisation))
                .contains("api-profil");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder putTargets(
            String month, String body) {
        return put("/api/v1/targets/{month}/{salespersonId}", month, annaId)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(user(admin))
                .with(csrf());
    }

    private MockMultipartHttpServletRequestBuilder importing(String name, String content) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                .with(user(admin))
                .with(csrf());
    }

    private long storedVisits() {
        return jdbc.sql("SELECT COUNT(*) FROM visit WHERE org_id = :org")
                .param("org", organisation.id())
                .query(Long.class)
                .single();
    }
}
