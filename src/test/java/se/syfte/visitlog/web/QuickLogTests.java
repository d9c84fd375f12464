package se.syfte.visitlog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.accounts.web.TestAccounts;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.support.DatabaseTest;

class QuickLogTests extends DatabaseTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    Organisation organisation;
    SignedInUser anna;

    @BeforeEach
    void annaWithAnAccount() {
        TestAccounts.Anna world = TestAccounts.anna(context, "log");
        organisation = world.organisation();
        anna = world.signedIn();
    }

    @Test
    void theFormIsDatedTodayAndHasAButtonPerPurpose() throws Exception {
        mvc.perform(get("/log").with(user(anna)).header("Accept-Language", "sv"))
                .andExpect(status().isOk())
                .andExpect(xpath("//input[@name='date']/@value")
                        .string(LocalDate.now(ZoneId.of("Europe/Stockholm")).toString()))
                .andExpect(xpath("count(//div[@class='purposes']/button[@name='purpose'])")
                        .number(5.0))
                .andExpect(
                        xpath("//div[@class='purposes']/button[@value='QUOTE']").string("Offertpresentation"));
    }

    @Test
    void tappingAPurposeSavesTheVisitWhichThenHeadsTheList() throws Exception {
        mvc.perform(post("/log")
                        .with(user(anna))
                        .with(csrf())
                        .param("customer", "Öland Bygg AB")
                        .param(
                                "date",
                                LocalDate.now(ZoneId.of("Europe/Stockholm"))
                                        .minusDays(3)
                                        .toString())
                        .param("minutes", "")
                        .param("channel", "ON_SITE")
                        .param("note", "")
                        .param("purpose", "QUOTE"))
                .andExpect(redirectedUrl("/log"))
                .andExpect(flash().attributeExists("saved"));

        mvc.perform(get("/log").with(user(anna)))
                .andExpect(xpath("//ul[@class='recent']/li[1]//strong").string("Öland Bygg AB"));
    }

    @Test
    void aVisitWithoutCustomerOrWithANegativeDurationShowsTheFormAgainAndStoresNothing() throws Exception {
        mvc.perform(post("/log")
                        .with(user(anna))
                        .with(csrf())
                        .param("customer", "")
                        .param(
                                "date",
                                LocalDate.now(ZoneId.of("Europe/Stockholm"))
                                        .minusDays(3)
                                        .toString())
                        .param("minutes", "-10")
                        .param("purpose", "QUOTE"))
                .andExpect(status().isOk())
                .andExpect(xpath("//div[@class='error']//li[1]").string("Customer: is empty"))
                .andExpect(xpath("//div[@class='error']//li[2]").string("Minutes: is minutes from 0 to 1440"))
                .andExpect(xpath("//input[@name='minutes']/@value").string("-10"));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM visit WHERE org_id = :org")
                        .param("org", organisation.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aDateFarFromTodayIsAskedAboutOnceAndTheNextTapSavesIt() throws Exception {
        LocalDate nextYear =
                context.getBean(OrganisationService.class).today(organisation).plusYears(1);
        String asked = mvc.perform(post("/log")
                        .with(user(anna))
                        .with(csrf())
                        .header("Accept-Language", "sv")
                        .param("customer", "Nästa År AB")
                        .param("date", nextYear.toString())
                        .param("channel", "ON_SITE")
                        .param("purpose", "QUOTE"))
                .andExpect(status().isOk())
                .andExpect(xpath("//p[@id='date-question']").exists())
                .andExpect(xpath("//input[@name='dateConfirmed']/@value").string("true"))
                .andExpect(xpath("//input[@name='customer']/@value").string("Nästa År AB"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(asked).containsPattern("3[56][56] dagar från i dag");
        assertThat(visitsOf("Nästa År AB")).isZero();

        mvc.perform(post("/log")
                        .with(user(anna))
                        .with(csrf())
                        .param("customer", "Nästa År AB")
                        .param("date", nextYear.toString())
                        .param("channel", "ON_SITE")
                        .param("dateConfirmed", "true")
                        .param("purpose", "QUOTE"))
                .andExpect(redirectedUrl("/log"));
        assertThat(visitsOf("Nästa År AB")).isEqualTo(1);
    }

    @Test
    void deletingAVisitAsksFirstNamingTheVisit() throws Exception {
        mvc.perform(post("/log")
                        .with(user(anna))
                        .with(csrf())
                        .param("customer", "Fråga Först AB")
                        .param(
                                "date",
                                LocalDate.now(ZoneId.of("Europe/Stockholm"))
                                        .minusDays(1)
                                        .toString())
                        .param("channel", "ON_SITE")
                        .param("purpose", "QUOTE"))
                .andExpect(redirectedUrl("/log"));

        mvc.perform(get("/log").with(user(anna)).header("Accept-Language", "en"))
                .andExpect(xpath("//ul[@class='recent']/li[1]//form[contains(@action, '/delete')]/@data-confirm")
                        .string(org.hamcrest.Matchers.startsWith("Delete the visit to Fråga Först AB on ")))
                .andExpect(xpath("//script[@src='/js/confirm.js']").exists());
    }

    private long visitsOf(String customer) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM visit JOIN customer ON customer.org_id = visit.org_id
                            AND customer.id = visit.customer_id
                        WHERE visit.org_id = :org AND customer.name = :name
                        """)
                .param("org", organisation.id())
                .param("name", customer)
                .query(Long.class)
                .single();
    }

    @Test
    void aLaterDayPlansTheVisitAndAPassedPlanIsConfirmedInOneTapFromTheStartPage() throws Exception {
        LocalDate today = context.getBean(OrganisationService.class).today(organisation);
        mvc.perform(post("/log")
                        .with(user(anna))
                        .with(csrf())
                        .param("customer", "Gotland Plan AB")
                        .param("date", today.plusDays(2).toString())
                        .param("channel", "ON_SITE")
                        .param("purpose", "QUOTE"))
                .andExpect(redirectedUrl("/log"));
        mvc.perform(post("/log")
                        .with(user(anna))
                        .with(csrf())
                        .param("customer", "Passerad AB")
                        .param("date", today.plusDays(1).toString())
                        .param("channel", "ON_SITE")
                        .param("purpose", "RELATION"))
                .andExpect(redirectedUrl("/log"));
        jdbc.sql("UPDATE visit SET visit_date = :day WHERE org_id = :org AND visit_date = :planned")
                .param("day", today.minusDays(2))
                .param("org", organisation.id())
                .param("planned", today.plusDays(1))
                .update();

        mvc.perform(get("/log").with(user(anna)).header("Accept-Language", "en"))
                .andExpect(xpath("//section[@class='plans']/h2[1]").string("To confirm (1)"))
                .andExpect(xpath("//section[@class='plans']/ul[1]/li//strong").string("Passerad AB"))
                .andExpect(xpath("//section[@class='plans']/h2[2]").string("Planned for the coming two weeks"))
                .andExpect(xpath("//section[@class='plans']/ul[2]/li//strong").string("Gotland Plan AB"));
        mvc.perform(get("/").with(user(anna)).header("Accept-Language", "sv"))
                .andExpect(status().isOk())
                .andExpect(xpath("//section[@class='plans']/ul[1]/li//strong").string("Passerad AB"))
                .andExpect(xpath("//section[@class='plans']/ul[1]//button[@value='NO_SHOW']")
                        .string("Uteblev"));

        long passed = jdbc.sql("SELECT id FROM visit WHERE org_id = :org AND visit_date = :day")
                .param("org", organisation.id())
                .param("day", today.minusDays(2))
                .query(Long.class)
                .single();
        mvc.perform(post("/log/{id}/confirm", passed)
                        .with(user(anna))
                        .with(csrf())
                        .param("status", "NO_SHOW")
                        .param("minutes", "")
                        .param("back", "/"))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attributeExists("confirmed"));

        assertThat(jdbc.sql("SELECT status || ' ' || CAST(planned AS VARCHAR) FROM visit WHERE org_id = :org"
                                + " ORDER BY visit_date")
                        .param("org", organisation.id())
                        .query(String.class)
                        .list())
                .containsExactly("NO_SHOW true", "PLANNED true");
        mvc.perform(get("/").with(user(anna)))
                .andExpect(xpath("count(//section[@class='plans']/ul)").number(1.0));
    }

    @Test
    void aConfirmationThatCannotBeReadIsShownAndChangesNothing() throws Exception {
        LocalDate today = context.getBean(OrganisationService.class).today(organisation);
        mvc.perform(post("/log")
                .with(user(anna))
                .with(csrf())
                .param("customer", "Imorgon AB")
                .param("date", today.plusDays(1).toString())
                .param("purpose", "QUOTE"));
        long planned = jdbc.sql("SELECT id FROM visit WHERE org_id = :org")
                .param("org", organisation.id())
                .query(Long.class)
                .single();

        mvc.perform(post("/log/{id}/confirm", planned)
                        .with(user(anna))
                        .with(csrf())
                        .param("status", "HELD"))
                .andExpect(redirectedUrl("/log"))
                .andExpect(flash().attribute("confirmErrors", java.util.Map.of("status", "visit.wrong.heldInFuture")));

        assertThat(jdbc.sql("SELECT status FROM visit WHERE org_id = :org")
                        .param("org", organisation.id())
                        .query(String.class)
                        .single())
                .isEqualTo("PLANNED");
    }
}
