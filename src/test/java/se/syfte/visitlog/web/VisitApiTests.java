package se.syfte.visitlog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.accounts.web.TestAccounts;
import se.syfte.audit.AuditAction;
import se.syfte.audit.AuditLog;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.support.DatabaseTest;

class VisitApiTests extends DatabaseTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    Organisation organisation;
    SignedInUser anna;

    @BeforeEach
    void annaWithAnAccount() {
        TestAccounts.Anna world = TestAccounts.anna(context, "visits");
        organisation = world.organisation();
        anna = world.signedIn();
    }

    /** Issue: the list filtered after its 1,000-row cap, and said nothing of what it left out. */
    @Test
    void theListFiltersInTheDatabaseAndPagesWithANextLink() throws Exception {
        long customer = jdbc.sql("INSERT INTO customer (org_id, name) VALUES (:org, 'Mängd AB') RETURNING id")
                .param("org", organisation.id())
                .query(Long.class)
                .single();
        long quote = jdbc.sql("SELECT id FROM purpose WHERE org_id = :org AND code = 'QUOTE'")
                .param("org", organisation.id())
                .query(Long.class)
                .single();
        long relation = jdbc.sql("SELECT id FROM purpose WHERE org_id = :org AND code = 'RELATION'")
                .param("org", organisation.id())
                .query(Long.class)
                .single();
        java.util.List<se.syfte.visits.Visit> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 1800; i++) {
            rows.add(new se.syfte.visits.Visit(
                    LocalDate.of(2020, 1, 1).plusDays(i),
                    null,
                    anna.account().salespersonId(),
                    customer,
                    i % 3 == 0 ? relation : quote,
                    60,
                    se.syfte.visits.Channel.ON_SITE,
                    null,
                    null,
                    se.syfte.visits.VisitStatus.HELD,
                    false));
        }
        context.getBean(se.syfte.visits.db.VisitRepository.class).insertAll(organisation.id(), rows);

        org.springframework.test.web.servlet.MvcResult first = mvc.perform(
                        get("/api/v1/visits?from=2020-01-01&to=2026-01-01&purpose=quote")
                                .with(user(anna)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1000))
                .andExpect(jsonPath("$[*].purpose", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("QUOTE"))))
                .andReturn();
        String link = first.getResponse().getHeader("Link");
        assertThat(link).contains("purpose=quote", "offset=1000").endsWith("rel=\"next\"");
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));

        mvc.perform(get(java.net.URI.create(next)).with(user(anna)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(200))
                .andExpect(result ->
                        assertThat(result.getResponse().getHeader("Link")).isNull());
    }

    @Test
    void aSalespersonLogsTheirOwnVisitWithoutNamingThemselvesAndItIsAudited() throws Exception {
        mvc.perform(post("/api/v1/visits")
                        .with(user(anna))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"date": "2026-11-30", "customer": "Ny Kund AB", "purpose": "Offertpresentation",
                                 "durationMinutes": 45, "channel": "video"}
                                """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.salesperson").value("Anna Åberg"))
                .andExpect(jsonPath("$.purpose").value("QUOTE"))
                .andExpect(jsonPath("$.channel").value("VIDEO"));

        mvc.perform(get("/api/v1/visits")
                        .param("from", "2026-11-01")
                        .param("to", "2026-12-01")
                        .with(user(anna)))
                .andExpect(jsonPath("$[0].customer").value("Ny Kund AB"));
        assertThat(audit.latest(organisation.id(), 10))
                .anyMatch(event -> event.action() == AuditAction.VISIT_CREATED
                        && event.detail().contains("Anna Åberg at Ny Kund AB (Quote presentation)"));
    }

    @Test
    void aVisitLoggedForALaterDayIsPlannedAndOneForTodayIsHeld() throws Exception {
        LocalDate today = context.getBean(OrganisationService.class).today(organisation);
        for (LocalDate day : List.of(today, today.plusDays(7))) {
            mvc.perform(post("/api/v1/visits")
                            .with(user(anna))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"date\": \"" + day + "\", \"customer\": \"Plan AB\", \"purpose\": \"QUOTE\"}"))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.status").value(day.equals(today) ? "HELD" : "PLANNED"))
                    .andExpect(jsonPath("$.planned").value(!day.equals(today)));
        }

        assertThat(jdbc.sql("SELECT status || ' ' || CAST(planned AS VARCHAR) FROM visit WHERE org_id = :org"
                                + " ORDER BY visit_date")
                        .param("org", organisation.id())
                        .query(String.class)
                        .list())
                .containsExactly("HELD false", "PLANNED true");
    }

    @Test
    void aVisitWithoutCustomerAndWithANegativeDurationNamesBothFieldsAndStoresNothing() throws Exception {
        mvc.perform(post("/api/v1/visits")
                        .with(user(anna))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"2026-11-30\", \"purpose\": \"QUOTE\", \"durationMinutes\": -5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("customer"))
                .andExpect(jsonPath("$.errors[1].field").value("durationMinutes"));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM visit WHERE org_id = :org")
                        .param("org", organisation.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPlannedVisitIsConfirmedHeldWithItsDurationOnceItsDayHasComeAndNotBefore() throws Exception {
        LocalDate today = context.getBean(OrganisationService.class).today(organisation);
        String created = mvc.perform(post("/api/v1/visits")
                        .with(user(anna))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"" + today.plusDays(3)
                                + "\", \"customer\": \"Plan AB\", \"purpose\": \"QUOTE\"}"))
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));

        mvc.perform(confirm(id, "{\"status\": \"HELD\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value("a visit dated after today cannot have been held"));

        // Its day passes without a word: it is unconfirmed until Anna says how it went.
        jdbc.sql("UPDATE visit SET visit_date = :day WHERE org_id = :org AND id = :id")
                .param("day", today.minusDays(1))
                .param("org", organisation.id())
                .param("id", id)
                .update();
        mvc.perform(get("/api/v1/visits").param("status", "planned").with(user(anna)))
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains((int) id)));
        mvc.perform(confirm(id, "{\"status\": \"held\", \"durationMinutes\": 45, \"note\": \"Offert lämnad\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.planned").value(true))
                .andExpect(jsonPath("$.durationMinutes").value(45))
                .andExpect(jsonPath("$.note").value("Offert lämnad"));
        assertThat(audit.latest(organisation.id(), 10))
                .anyMatch(event -> event.action() == AuditAction.VISIT_CHANGED
                        && event.detail().endsWith("planned → held"));
    }

    @Test
    void aVisitForALaterDayCannotBeLoggedHeldNorConfirmedAsPlanned() throws Exception {
        LocalDate today = context.getBean(OrganisationService.class).today(organisation);
        mvc.perform(post("/api/v1/visits")
                        .with(user(anna))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"" + today.plusDays(1)
                                + "\", \"customer\": \"Plan AB\", \"purpose\": \"QUOTE\", \"status\": \"HELD\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(post("/api/v1/visits")
                        .with(user(anna))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"" + today.minusDays(1)
                                + "\", \"customer\": \"Plan AB\", \"purpose\": \"QUOTE\", \"status\": \"cancelled\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("CANCELLED"));

        assertThat(jdbc.sql("SELECT status FROM visit WHERE org_id = :org")
                        .param("org", organisation.id())
                        .query(String.class)
                        .list())
                .containsExactly("CANCELLED");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder confirm(long id, String body) {
        return post("/api/v1/visits/{id}/confirm", id)
                .with(user(anna))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }
}
